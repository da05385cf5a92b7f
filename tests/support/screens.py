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
        window.table.selectRow(3)
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
}
