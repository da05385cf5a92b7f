"""Every screen of the app, filled with a demo salon, for screenshots (scripts/screens.py) and the label-fit test
(tests/test_screens.py). Uses the keyring the caller installed; nothing touches a real salon.

A screen is a name and a builder: the builder returns the widgets to show, bottom first (a main window, then
the dialog over it).
"""
from __future__ import annotations

import random
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

PASSWORD = "velours et ciseaux dorés"
STAFF = (("lea", "Léa Bernard", "employee"), ("marc", "Marc Petit", "manager"), ("ines", "Inès Moreau", "employee"))
SERVICES = (("Coupe femme", "Coupe", 45, 0, "42,50", "#e9dcf2"), ("Coupe homme", "Coupe", 30, 0, "24", "#e9dcf2"),
            ("Brushing", "Coiffage", 30, 0, "28", "#dbe8f7"), ("Couleur racines", "Couleur", 30, 35, "55", "#fbe3cf"),
            ("Balayage", "Couleur", 90, 30, "120", "#fbe3cf"), ("Soin profond", "Soin", 20, 0, "18,50", "#dcefe0"))


IMPORT_HEADER = ["Nom", "Prénom", "Portable", "E-mail", "Remarques", "Newsletter", "Points fidélité"]
IMPORT_ROWS = [["Garnier", "Sophie", "06 11 22 33 44", "sophie.garnier@exemple.fr", "", "Oui", "120"],
               ["GARNIER", "Sophie", "+33 6 11 22 33 44", "", "", "Oui", "0"],
               ["Lambert", "Aurélie", "06 55 44 33 22", "aurelie.l@exemple.fr", "CB 4111 1111 1111 1111", "Non", "40"],
               ["Fontaine", "Nathalie", "", "nath.fontaine@exemple.fr", "allergie au latex", "Oui", "15"],
               ["", "Julie", "", "", "", "", ""],
               ["Chevalier", "Margaux", "07 81 92 03 14", "", "=HYPERLINK(\"x\")", "", "5"],
               *[[last, first, f"06 7{i} 00 1{i} 2{i}", f"{first[0].lower()}.{last.lower()}@exemple.fr", "", "Oui", str(i)]
                 for i, (first, last) in enumerate((("Camille", "Roussel"), ("Anaïs", "Perrin"), ("Hélène", "Morel"),
                                                    ("Chloé", "Blanc"), ("Noémie", "Henry")))]]


class Studio:
    """A demo salon, signed in as its owner, and the screens built on it."""

    def __init__(self, clients: int = 120) -> None:
        from bench.seed import seed_clients
        from desktop import salon as salons, setup
        from desktop.paths import Layout

        self.folder = Path(tempfile.mkdtemp(prefix="salon-desk-screens-"))
        self.layout = Layout(self.folder / "home")
        self.store, self.code = setup.init_salon(
            self.layout, salon_name="Atelier Lumière", legal_name="SARL Lumière Coiffure", owner_login="claire",
            owner_password=PASSWORD, owner_name="Claire Martin", address="3 rue des Lilas, 75011 Paris",
            phone="01 42 00 00 00", email="contact@atelier-lumiere.fr")
        self.desk = salons.login(self.store, "claire", PASSWORD)
        self.clients = seed_clients(self.desk, clients)
        self._fill()
        self._records()
        self.windows: list = []
        self.runners: list = []

    def _fill(self) -> None:
        from desktop.timefmt import salon_now

        desk = self.desk
        for login, name, role in STAFF:
            desk.staff.add(login, role, name)
        for name, category, minutes, processing, price, colour in SERVICES:
            desk.catalogue.add(name, minutes, category=category, processing_minutes=processing, price=price,
                               colour=colour)
        desk.settings.set_opening_week(["09:00-19:00"] * 5 + ["09:00-12:30, 13:30-18:00", ""])
        desk.settings.set_working_week("lea", ["", "10:00-13:00, 14:00-19:00", "10:00-13:00, 14:00-19:00",
                                               "10:00-13:00, 14:00-19:00", "10:00-19:00", "09:00-12:30, 13:30-18:00",
                                               ""])
        today = salon_now().date()
        desk.time_off.add_absence("marc", "training", today, start="14:00", end="19:00")
        desk.time_off.add_absence("ines", "holiday", today + timedelta(days=2), today + timedelta(days=4))
        desk.time_off.add_closure(today + timedelta(days=20), today + timedelta(days=22), label="Travaux")
        rng = random.Random(3)
        with desk.transaction():
            for offset in range(-3, 4):
                day = today + timedelta(days=offset)
                for login in ("claire", "lea", "marc", "ines"):
                    for start in desk.availability.free_starts(login, 30, day, after=datetime(2000, 1, 1).astimezone()):
                        if rng.random() < 0.16:
                            service = rng.choice(SERVICES)
                            try:
                                appointment = desk.booking.book(rng.choice(self.clients), service[0], login, start,
                                                                allow_past=True, note=rng.choice(
                                                                    ["", "", "frange courte", "sans ammoniaque"]))
                            except Exception:  # noqa: BLE001 (a clash with the previous one: skip it)
                                continue
                            if start < salon_now():
                                desk.booking.set_status(appointment, rng.choice(["done"] * 6 + ["no_show"]))
                            elif rng.random() < 0.08:
                                desk.booking.set_status(appointment, "cancelled")

    def _records(self) -> None:
        """What the privacy, import and backup screens show: a kept import report, a backup in a folder of its own,
        an open access request and an erasure request, a client with health consent and patch tests."""
        from datetime import date

        from desktop.imports.plan import Attestation, Decisions
        from desktop.timefmt import salon_today
        from tests.support.import_files import VISA, french_excel

        desk, today = self.desk, salon_today()
        self.import_file = french_excel(self.folder / "clients-ancien-logiciel.csv", IMPORT_HEADER, IMPORT_ROWS)
        plan = desk.imports.preview(desk.imports.read(self.import_file))
        self.import_result = desk.imports.commit(plan, Decisions(), [Attestation(
            "email", "formulaire papier signé à l’accueil, 2021-2024", date(2024, 3, 1),
            desk.consent.text("email")["version"])])
        assert VISA not in str(self.import_result)
        self.backup_folder = self.folder / "Clé USB"
        self.backup_folder.mkdir()
        desk.backups.configure(self.backup_folder)
        self.backup = desk.backups.create()
        self.request_client = self.clients[5]
        desk.requests.open(self.request_client, "access", received_on=today - timedelta(days=24), channel="email",
                           identity_note="pièce d’identité vue au salon")
        desk.requests.open(self.request_client, "erasure", received_on=today - timedelta(days=3), channel="desk")
        self.health_client = self.clients[9]
        desk.consent.record(self.health_client, "health", "granted", "desk",
                            text_version=desk.consent.text("health")["version"])
        desk.health.save_note(self.health_client, "Cuir chevelu sensible ; allergie à la PPD", True)
        for product, months in (("Majirel", 6), ("Inoa", 12), ("Dia Light", 0)):
            desk.settings.set_patch_test_months(product, months)
        desk.health.add_patch_test(self.health_client, today - timedelta(days=40), "Majirel", "negative")
        desk.health.add_patch_test(self.health_client, today - timedelta(days=400), "Inoa", "doubtful")

    def ops(self):
        from ui.ops import OperationRunner

        self.runners.append(OperationRunner(self.desk))
        return self.runners[-1]

    def main_window(self, tab: int = 0):
        from ui.main_window import MainWindow

        window = MainWindow(self.desk, "Atelier Lumière")
        window.tabs.setCurrentIndex(tab)
        self.windows.append(window)
        return window

    def dispose(self, widgets: list) -> None:
        """Close a screen's widgets, stopping each main window's database worker first."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        for widget in reversed(widgets):
            if widget in self.windows:
                self.windows.remove(widget)
                widget.shutdown()
            widget.hide()
            widget.deleteLater()
        QApplication.processEvents()
        # processEvents() alone leaves deleteLater() for the event loop: delete them now, not at some later test
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def close(self) -> None:
        self.dispose(list(self.windows))
        for runner in self.runners:
            runner.shutdown()
        self.store.close()


def _wizard(page: int, keyring_missing: bool = False):
    def build(studio: Studio):
        import keyring

        from tests.support.keyrings import MemoryKeyring, NoKeyring
        from ui.first_run import FirstRunWizard

        previous = keyring.get_keyring()
        keyring.set_keyring(NoKeyring() if keyring_missing else MemoryKeyring())
        try:
            wizard = FirstRunWizard(studio.layout.__class__(studio.folder / f"new-{page}"))
        finally:
            keyring.set_keyring(previous)
        wizard.restart()  # the first page is current: next() moves on as a click would
        if page >= 1:
            values = {"trade_name": "Atelier Lumière", "legal_name": "SARL Lumière Coiffure",
                      "address": "3 rue des Lilas, 75011 Paris", "phone": "01 42 00 00 00", "email": "x"}
            for name, value in values.items():
                wizard.salon_page.form.edits[name].setText(value)
            wizard.salon_page.validatePage()  # the email error under its field
        if page >= 2:
            wizard.salon_page.form.edits["email"].setText("contact@atelier-lumiere.fr")
            wizard.next()
            owner = wizard.owner_page
            owner.login_edit.setText("claire")
            owner.password_edit.setText("coiffure2026")
            owner.again_edit.setText("coiffure")
            owner.validatePage()  # every mistake at once
        if page >= 3:
            owner.name_edit.setText("Claire Martin")
            owner.password_edit.setText(PASSWORD)
            owner.again_edit.setText(PASSWORD)
            wizard.next()
        return [wizard]
    return build


def _book(week: bool):
    def build(studio: Studio):
        from desktop.timefmt import salon_today

        window = studio.main_window(1)
        window.book_widget.set_week(week)
        window.book_widget.go_to(salon_today())
        return [window]
    return build


def _booking(new_client: bool):
    def build(studio: Studio):
        from ui.booking import BookingDialog

        window = studio.main_window(1)
        dialog = BookingDialog(studio.desk, None if new_client else studio.clients[7], window)
        dialog.proposed.connect(window.show_proposal)
        if new_client:
            dialog.finder.find_edit.setText("Zoé Lefèvre")
            dialog.finder._choose(dialog.finder.results.item(dialog.finder.results.count() - 1))
            dialog.finder.phone_edit.setText("06 98")
            dialog.finder.new_client_fields()
        dialog.slot.service_combo.setCurrentIndex(3)
        return [window, dialog]
    return build


def _over_main(factory: Callable, tab: int = 0):
    def build(studio: Studio):
        window = studio.main_window(tab)
        return [window, factory(studio, window)]
    return build


def _appointment(studio, window):
    from ui.book.appointment import AppointmentDialog

    rows = studio.desk.booking.between(datetime.now().astimezone() - timedelta(days=3),
                                       datetime.now().astimezone() + timedelta(days=3))
    row = next(r for r in rows if r["note"]) if any(r["note"] for r in rows) else rows[0]
    return AppointmentDialog(studio.desk, studio.desk.booking.appointment(row["id"]), window.ops, window)


def _service_editor(studio, window):
    from ui.services.editor import ServiceEditor

    editor = ServiceEditor(studio.desk, parent=window)
    editor.name_edit.setText("")
    editor.price_edit.setText("beaucoup")
    editor.save()  # every mistake under its field
    return editor


def _staff(studio, window):
    from ui.staff.dialog import StaffDialog

    return StaffDialog(studio.desk, window)


def _schedule(studio, window):
    from ui.staff.schedule import ScheduleDialog

    row = next(r for r in studio.desk.staff.list() if r["login"] == "lea")
    return ScheduleDialog(studio.desk, row, window)


def _simple(path: str, name: str, *args):
    def factory(studio, window):
        module = __import__(path, fromlist=[name])
        extra = [getattr(window, "ops") if a == "ops" else studio.clients[3] if a == "client" else a for a in args]
        return getattr(module, name)(studio.desk, *extra, window)
    return factory


def _add_staff(studio, window):
    from ui.staff.dialog import AddStaffDialog

    dialog = AddStaffDialog({"claire", "lea"}, window)
    dialog.login_edit.setText("lea")
    dialog.accept()  # both mistakes at once
    return dialog


def _time_off(login):
    def factory(studio, window):
        from ui.hours.time_off_dialog import TimeOffDialog

        return TimeOffDialog(studio.desk, login, "Léa Bernard" if login else "", window)
    return factory


def _consent_memo(studio, window):
    from ui.consent.dialog import ConsentDialog

    return ConsentDialog(studio.desk, studio.clients[-1], ["email", "sms"], parent=window)


def _health(studio, window):
    from ui.health.dialog import HealthDialog

    return HealthDialog(studio.desk, studio.clients[3], parent=window)


def _password(studio, window):
    from ui.password_change import PasswordChangeDialog

    return PasswordChangeDialog(studio.desk, parent=window)


def _recovery(studio: Studio):
    from desktop.i18n import translate
    from ui.recovery import RecoveryDialog

    return [RecoveryDialog(studio.layout, translate("Messages", "This PC's keyring holds no key for this salon "
                                                    "database. Unlock it with your recovery code (the app asks for it "
                                                    "at start-up; or salon-desk recover)."))]


def _crash(studio, window):
    from ui.crash import CrashDialog

    return CrashDialog("KeyError", studio.layout.home / "logs" / "salon-desk.log", window)


def _file(tab: int):
    def build(studio: Studio):
        window = studio.main_window(0)
        window.table.selectRow(max(window.model.row_of(studio.request_client), 0))  # the one with requests
        window.detail.tabs.setCurrentIndex(tab)
        return [window]
    return build


def _login(studio: Studio):
    from desktop.salon import Salon
    from ui.login import LoginWindow

    window = LoginWindow(Salon(studio.store), "Atelier Lumière", "claire")
    window.password_edit.setText("not my password")
    window.sign_in()  # the error under the form, nothing squashed
    return [window]


def _main(studio: Studio):
    window = studio.main_window(0)
    window.table.selectRow(3)
    return [window]


def settle(condition: Callable[[], bool], seconds: float = 20) -> None:
    """Process events until `condition` holds: what a screen loads on the database worker has arrived."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


def _import(page: int, tab: int = 2):
    """The import wizard over the main window, on the file the demo salon imported once already (on the preview:
    the card numbers' tab, or `tab`)."""
    def factory(studio, window):
        from ui.imports.wizard import ImportWizard

        wizard = ImportWizard(studio.desk, window.ops, window)
        wizard.restart()
        if page >= 1:
            wizard.path = str(studio.import_file)
            wizard.file_page.path_edit.setText(wizard.path)
            wizard.file_page._loaded(studio.desk.imports.read(studio.import_file))  # noqa: SLF001 (as the worker does)
        if page >= 2:
            wizard.next()
        if page >= 3:
            wizard.next()
            settle(wizard.preview_page.isComplete)
            wizard.preview_page.tabs.setCurrentIndex(tab)  # 2: the card number, last four digits only
        if page >= 4:
            wizard.next()
            box = wizard.consent_page.boxes[0]
            box.attest.setChecked(True)
            box.how.setText("formulaire papier signé à l’accueil")
            box.when.setText("01/03/2024")
            box.version.setCurrentIndex(0)
            box.scope.button(2).setChecked(True)
            box.answers.tick(0)
        if page >= 5:
            wizard.import_page.start = lambda: None  # the demo salon's own import stands in for this one
            wizard.next()
            wizard.import_page._done(studio.import_result)  # noqa: SLF001
        return wizard
    return factory


def _backups(studio, window):
    from ui.backup.dialog import BackupsDialog

    dialog = BackupsDialog(studio.desk, window.ops, None, window)
    settle(lambda: dialog.table.rowCount() > 0)
    dialog.table.selectRow(0)
    return dialog


def _backup_memo(studio: Studio):
    """The main window of a salon whose last good backup is five days old, and a backup under way."""
    from PySide6.QtCore import QObject, Signal

    from desktop.backup.config import Status
    from desktop.backup.make import FOLDER_FULL, LABEL_COPY
    from desktop.i18n import translate
    from desktop.kernel.errors import SalonError
    from ui.main_window import MainWindow

    class Runner(QObject):
        status_changed, started, progress = Signal(object), Signal(), Signal(int, str)
        finished, failed = Signal(object), Signal(str)
        running = False

        def __init__(self) -> None:
            super().__init__()
            now = datetime.now().astimezone()
            self.status = Status(studio.backup_folder, False, False, now - timedelta(days=5, hours=2), SalonError(
                FOLDER_FULL, folder=str(studio.backup_folder)), now - timedelta(days=1), now)

        def refresh(self) -> None:
            pass

    runner = Runner()
    window = MainWindow(studio.desk, "Atelier Lumière", backups=runner)
    runner.setParent(window)
    studio.windows.append(window)
    runner.started.emit()
    runner.progress.emit(420, translate("Backup", LABEL_COPY))
    return [window]


def _restore(studio: Studio):
    from ui.backup.restore_dialog import RestoreDialog

    wizard = _wizard(0)(studio)[0]
    dialog = RestoreDialog(studio.layout.__class__(studio.folder / "restored"), wizard)
    dialog.file_edit.setText(studio.backup["path"])
    dialog.code_edit.setText("ABCDE-FGHJK")
    return [wizard, dialog]


def _open_request(studio, window):
    from ui.privacy.open_dialog import OpenRequestDialog

    dialog = OpenRequestDialog(studio.desk, studio.request_client, window)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("portability"))
    dialog.identity_edit.setText("carte d’identité présentée à l’accueil")
    return dialog


def _erase(studio, window):
    from ui.privacy.erase_dialog import EraseDialog

    requests = studio.desk.requests.list(client_id=studio.request_client)
    request = next(r["id"] for r in requests if r["kind"] == "erasure")
    dialog = EraseDialog(studio.desk, window.ops, studio.request_client, request, window)
    dialog.confirm_box.setChecked(True)
    return dialog


def _withdraw(channel: str):
    def factory(studio, window):
        from ui.consent.withdraw import WithdrawDialog

        return WithdrawDialog(studio.desk, studio.health_client, channel, window)
    return factory


def _settings(tab: int):
    def factory(studio, window):
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(studio.desk, window)
        dialog.tabs.setCurrentIndex(tab)
        return dialog
    return factory


def _integrity(studio: Studio):
    from storage.anchor import mismatch
    from ui.dialogs import message_of
    from ui.integrity import AcknowledgeDialog

    dialog = AcknowledgeDialog(studio.layout, message_of(mismatch(["client ends at row 40"])))
    dialog.login_edit.setText("claire")
    return [dialog]


def _about(studio, window):
    from ui.about import AboutDialog

    return AboutDialog(None, window)


def _health_file(studio, window):
    from ui.health.dialog import HealthDialog

    return HealthDialog(studio.desk, studio.health_client, parent=window)


SCREENS: dict[str, Callable[[Studio], list]] = {
    "wizard-no-keyring": _wizard(0, keyring_missing=True),
    "wizard-salon": _wizard(1),
    "wizard-owner": _wizard(2),
    "wizard-recovery": _wizard(3),
    "login": _login,
    "main": _main,
    "book-day": _book(False),
    "book-week": _book(True),
    "booking": _booking(False),
    "booking-new-client": _booking(True),
    "appointment": _over_main(_appointment, 1),
    "services": _over_main(_simple("ui.services.dialog", "ServicesDialog")),
    "service-editor": _over_main(_service_editor),
    "opening-hours": _over_main(_simple("ui.hours.opening", "OpeningHoursDialog")),
    "closure": _over_main(_time_off(None)),
    "staff": _over_main(_staff),
    "add-staff": _over_main(_add_staff),
    "schedule": _over_main(_schedule),
    "absence": _over_main(_time_off("lea")),
    "settings": _over_main(_simple("ui.settings_dialog", "SettingsDialog")),
    "salon-details": _over_main(_simple("ui.salon_details", "SalonDetailsDialog")),
    "client-editor": _over_main(_simple("ui.clients.editor", "ClientDialog", "client")),
    "consent-register": _over_main(_simple("ui.consent.register", "ConsentRegisterDialog", "ops")),
    "consent-memo": _over_main(_consent_memo),
    "client-history": _file(1),
    "client-requests": _file(2),
    "health": _over_main(_health),
    "password-change": _over_main(_password),
    "acknowledgement": _over_main(_simple("ui.acknowledgement", "AcknowledgementDialog")),
    "recovery": _recovery,
    "crash": _over_main(_crash),
    "audit-log": _over_main(_simple("ui.audit.dialog", "AuditLogDialog", "ops")),
    "import-file": _over_main(_import(1)),
    "import-mapping": _over_main(_import(2)),
    "import-preview": _over_main(_import(3)),
    "import-preview-health": _over_main(_import(3, tab=3)),
    "import-consent": _over_main(_import(4)),
    "import-report": _over_main(_import(5)),
    "import-reports": _over_main(_simple("ui.imports.reports", "ImportReportsDialog", "ops")),
    "backups": _over_main(_backups),
    "backup-memo": _backup_memo,
    "restore-backup": _restore,
    "request-open": _over_main(_open_request),
    "erase": _over_main(_erase),
    "withdraw-email": _over_main(_withdraw("email")),
    "withdraw-health": _over_main(_withdraw("health")),
    "settings-consent-texts": _over_main(_settings(1)),
    "settings-patch-tests": _over_main(_settings(2)),
    "health-file": _over_main(_health_file),
    "integrity": _integrity,
    "about": _over_main(_about),
}
