"""Open a demo salon's screens for a look or a screenshot (developer tool).

    python scripts/demo.py [main|login|wizard|staff|requests|audit|progress|…] [--employee] [--clients N] [--seconds S]

Uses an in-memory keyring and a throwaway folder; nothing touches the real salon data.
"""
from __future__ import annotations

import argparse
from datetime import date
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSWORD = "velours et ciseaux dorés"


def fill_book(desk) -> None:
    """Four staff and about forty appointments today, some done, cancelled or missed."""
    import random
    from datetime import datetime, timedelta

    from desktop.timefmt import SALON_ZONE

    for login, name, role in (("lea", "Léa", "employee"), ("marc", "Marc", "manager"), ("ines", "Inès", "employee")):
        if not desk._kernel.conn.execute("SELECT 1 FROM staff WHERE login = ?", (login,)).fetchone():
            desk.staff.add(login, role, name)
    services = [("Brushing", 30), ("Couleur racines", 60), ("Balayage", 90), ("Coupe homme", 30)]
    for name, minutes in services:
        desk.booking.add_service(name, minutes)
    rng = random.Random(4)
    ids = desk.clients.search("")
    today = datetime.now(SALON_ZONE).replace(hour=9, minute=0, second=0, microsecond=0)
    for day in range(-3, 4):
        base = today + timedelta(days=day)
        for login in ("claire", "lea", "marc", "ines"):
            moment = base + timedelta(minutes=rng.choice([0, 15, 30]))
            while moment.hour < 18:
                service, minutes = rng.choice(services + [("Coupe femme", 45)])
                appointment = desk.booking.book(rng.choice(ids), service, login, moment, allow_past=True,
                                                allow_outside_hours=True)  # a demo's past days, any weekday
                status = rng.choices(["booked", "done", "cancelled", "no_show"], [6, 3, 1, 1])[0]
                if day < 0 or moment.hour < 11:
                    desk.booking.set_status(appointment, status if status != "booked" else "done")
                elif status in ("cancelled", "no_show") and day == 0:
                    desk.booking.set_status(appointment, status)
                moment += timedelta(minutes=minutes + rng.choice([0, 0, 15, 30, 60]))


def audit_history(desk, store) -> None:
    """Another employee signs in (a failed attempt first) and opens a few client files."""
    from desktop import salon as salons

    _, otp = desk.staff.add("nora", "employee", "Nora Benali")
    try:
        salons.login(store, "nora", "wrong password here")
    except Exception:  # noqa: BLE001 (the failure is what the audit log should show)
        pass
    nora = salons.login(store, "nora", otp)
    nora.staff.set_own_password(otp, "un peigne rouge sous la pluie")
    for client_id in nora.clients.search("")[:6]:
        nora.clients.show(client_id)


def slow_export(desk, progress) -> int:
    """Stands for a long export so the progress dialog can be seen (and cancelled)."""
    import time

    from PySide6.QtCore import QCoreApplication

    for step in range(200):
        progress.update(step, 200, QCoreApplication.translate("ConsentRegisterDialog",
                                                              "Exporting the consent register…"))
        progress.check()
        time.sleep(0.05)
    return 200


IMPORT_PAGES = ("file", "mapping", "preview", "consent", "report")


def import_wizard(desk, page: str):
    """The import wizard on a generated French Excel file, walked to `page` (its steps run on the worker)."""
    from PySide6.QtCore import QTimer

    from tests.support.import_files import HEADER_FR, VISA, bench_rows, french_excel
    from ui import dialogs as dialog_module
    from ui.imports.wizard import ImportWizard
    from ui.ops import OperationRunner

    rows = bench_rows(240)
    rows[3][5], rows[8][5], rows[11][5] = f"CB {VISA}", "Allergie au latex", "=HYPERLINK(\"http://x\")"
    rows[20] = list(rows[2])
    rows[30][3] = "pas-un-email"
    path = french_excel(Path(tempfile.mkdtemp()) / "clients-ancien-logiciel.csv", HEADER_FR + ["Adresse"],
                        [r + ["12 rue des Lilas"] for r in rows])
    dialog_module.dialogs.open_file = lambda *_args: str(path)
    dialog_module.dialogs.ask_password = lambda *_args: PASSWORD
    wizard = ImportWizard(desk, OperationRunner(desk))
    steps = list(IMPORT_PAGES[1:IMPORT_PAGES.index(page) + 1])

    def step() -> None:
        current = wizard.currentPage()
        if current is wizard.file_page and wizard.table is None:
            if not wizard.file_page.path_edit.text():
                wizard.file_page.choose()
        elif steps and current.isComplete() and not (current is wizard.consent_page and steps[0] != "report"):
            steps.pop(0)
            wizard.next()
        elif steps and current is wizard.consent_page:
            box = current.boxes[0]
            box.attest.setChecked(True)
            box.how.setText("formulaire papier signé à l’accueil, 2019 à 2024")
            box.when.setText("01/03/2024")
            box.version.setCurrentIndex(0)
            box.scope.button(1).setChecked(True)
            if len(current.boxes) > 1:
                current.boxes[1].skip.setChecked(True)
        if steps or not current.isComplete():
            QTimer.singleShot(200, step)
    QTimer.singleShot(100, step)
    return wizard


def _law_screen(screen: str, desk, owner):
    """The screens of the law corrections: health consent and patch tests, the withdrawal, the client form's
    health-note choice, the owner's settings, the staff acknowledgement."""
    client_id = owner.clients.search("")[20]
    owner.consent.record(client_id, "health", "granted", "paper", evidence="classeur santé n° 12",
                         text_version=owner.consent.text("health")["version"])
    owner.settings.set_patch_test_months("Majirel", 6)
    owner.health.add_patch_test(client_id, date.today(), "Majirel", "negative")
    owner.health.save_note(client_id, "Allergie au latex : gants nitrile.", True)
    if screen == "health":
        from ui.health.dialog import HealthDialog
        return HealthDialog(desk, client_id if "--consented" in sys.argv else owner.clients.search("")[21])
    if screen == "withdraw":
        from ui.consent.withdraw import WithdrawDialog
        return WithdrawDialog(desk, client_id, "health")
    if screen == "editor":
        from ui.clients.editor import ClientDialog
        dialog = ClientDialog(desk, client_id)
        dialog.notes_edit.setPlainText("Enceinte de 4 mois, allergique à la PPD. Traitement kératine en mars.")
        return dialog
    if screen == "settings":
        from ui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(desk)
        dialog.tabs.setCurrentIndex(2 if "--patch" in sys.argv else 1)
        return dialog
    from ui.acknowledgement import AcknowledgementDialog
    return AcknowledgementDialog(desk)


def backup_screen(screen: str, desk, store, layout):
    """The backup memo, "Back up now" running (slowed down to be seen), the owner's Backups window, or the
    first-run wizard's restore dialog filled in."""
    import time
    from datetime import timedelta

    from desktop.salon import Salon
    from storage import backup_file
    from ui.backup.runner import BackupRunner
    from ui.main_window import MainWindow

    runner = BackupRunner(Salon(store), first_check=timedelta(hours=1))
    runner.start()
    if screen == "restore":
        from ui.backup.restore_dialog import RestoreDialog
        from desktop.paths import Layout

        made = desk.backups.create(to=layout.home.parent / "usb")
        window = RestoreDialog(Layout(layout.home.parent / "new-pc"))
        window.file_edit.setText(made["path"])
        window.code_edit.setText("7KQ2M-")
        return window, runner
    if screen == "backups":
        from ui.backup.dialog import BackupsDialog
        from ui.ops import OperationRunner

        from storage import timeutil

        real_now = timeutil.now
        try:
            for days in (40, 9, 3, 2, 1):  # backups made on earlier days (rotation keeps one a day)
                timeutil.now = lambda d=days: real_now() - timedelta(days=d)
                desk.backups.create()
        finally:
            timeutil.now = real_now
        window = BackupsDialog(desk, OperationRunner(desk), runner)
        return window, runner
    window = MainWindow(desk, "Atelier Lumière", backups=runner)
    window.table.selectRow(3)
    if screen == "backup-progress":
        backup_file.CHUNK = 4096
        real_write = backup_file.write

        def slow(out, header, body, size, key, on_chunk=None):
            return real_write(out, header, body, size, key,
                              on_chunk=lambda done: (time.sleep(0.08), on_chunk and on_chunk(done)))
        backup_file.write = slow
        desk.backups.configure(layout.home.parent / "usb")
        from PySide6.QtCore import QTimer
        QTimer.singleShot(800, window.backup_memo.back_up_now)
    return window, runner


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("screen", choices=["main", "login", "wizard", "staff", "consent", "booking", "register",
                                           "book", "week", "file", "requests", "audit", "progress", "crash",
                                           "settings", "health", "withdraw", "editor", "acknowledgement",
                                           "backup-memo", "backup-progress", "backups", "restore",
                                           *(f"import-{page}" for page in IMPORT_PAGES)],
                        default="main", nargs="?")
    parser.add_argument("--employee", action="store_true")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--lang", default=None)
    parser.add_argument("--patch", action="store_true", help="settings: open the patch-test tab")
    parser.add_argument("--consented", action="store_true", help="health: a client who gave health consent")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.seed import seed_clients
    from desktop import i18n, setup
    from desktop import salon as salons
    from desktop.paths import Layout
    from ui.style import STYLESHEET

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLESHEET)
    i18n.install(args.lang)
    layout = Layout(Path(tempfile.mkdtemp()) / "home")
    ops = None
    if args.screen == "wizard":
        from ui.first_run import FirstRunWizard
        window = FirstRunWizard(layout)
    else:
        store, _ = setup.init_salon(layout, salon_name="Atelier Lumière", owner_login="claire",
                                    owner_password=PASSWORD, owner_name="Claire Martin")
        desk = salons.login(store, "claire", PASSWORD)
        seed_clients(desk, args.clients)
        desk.booking.add_service("Coupe femme", 45, 38)
        for i, client_id in enumerate(desk.clients.search("")[:12]):
            desk.consent.record(client_id, "email", "granted", "desk", text_version=1)
            desk.consent.record(client_id, "sms", "refused" if i % 2 else "granted", "desk", text_version=1)
            if i % 3 == 0:
                desk.consent.withdraw(client_id, "sms", method="sms_stop")
        if args.employee:
            _, otp = desk.staff.add("lea", "employee", "Léa Petit")
            lea = salons.login(store, "lea", otp)
            lea.staff.set_own_password(otp, "un peigne rouge sous la pluie")
            desk = lea
        if args.screen == "login":
            from ui.login import LoginWindow
            from desktop.salon import Salon
            window = LoginWindow(Salon(store), "Atelier Lumière", "claire")
        elif args.screen == "staff":
            from ui.staff.dialog import StaffDialog
            for login, role in (("lea", "employee"), ("marc", "manager"), ("ines", "employee")):
                if not args.employee:
                    desk.staff.add(login, role)
            window = StaffDialog(desk)
        elif args.screen in ("book", "week", "file"):
            from ui.main_window import MainWindow
            fill_book(salons.login(store, "claire", PASSWORD))  # staff and services need the owner
            window = MainWindow(desk, "Atelier Lumière")
            if args.screen == "file":
                client_id = desk.clients.search("")[3]
                owner = salons.login(store, "claire", PASSWORD)
                owner.consent.record(client_id, "health", "granted", "desk",
                                     text_version=owner.consent.text("health")["version"])
                owner.settings.set_patch_test_months("Majirel", 6)
                owner.health.add_patch_test(client_id, date.today(), "Majirel 6.34", "negative")
                window.table.selectRow(3)
                window.detail.tabs.setCurrentIndex(0)
            else:
                window.tabs.setCurrentIndex(1)
                window.book_widget.go_to(date.today())
                window.book_widget.set_week(args.screen == "week")
                window.book_widget.view.verticalScrollBar().setValue(0)
        elif args.screen == "requests":
            from datetime import timedelta

            from desktop.timefmt import salon_today
            from ui.main_window import MainWindow
            owner = salons.login(store, "claire", PASSWORD)
            ids = owner.clients.search("")
            owner.requests.open(ids[3], "access", received_on=salon_today() - timedelta(days=27), channel="email")
            owner.requests.open(ids[3], "restriction", received_on=salon_today() - timedelta(days=3))
            owner.requests.open(ids[7], "erasure", received_on=salon_today() - timedelta(days=35), channel="letter")
            window = MainWindow(desk, "Atelier Lumière")
            window.table.selectRow(3)
            window.detail.tabs.setCurrentWidget(window.detail.requests) if "--file" not in sys.argv else None
        elif args.screen in ("health", "withdraw", "editor", "settings", "acknowledgement"):
            window = _law_screen(args.screen, desk, salons.login(store, "claire", PASSWORD))
        elif args.screen == "consent":
            from ui.consent.dialog import ConsentDialog
            window = ConsentDialog(desk, desk.clients.search("")[20], ["email", "sms"])
        elif args.screen == "booking":
            from ui.booking import BookingDialog
            window = BookingDialog(desk, desk.clients.search("")[20])
        elif args.screen in ("register", "progress"):
            from ui.consent.register import ConsentRegisterDialog
            from ui.ops import OperationRunner
            ops = OperationRunner(desk)
            window = ConsentRegisterDialog(desk, ops)
            if args.screen == "progress":
                ops.run(slow_export, progress_label=window.tr("Exporting the consent register…"), cancellable=True,
                        parent=window)
        elif args.screen == "crash":
            from desktop import log
            from ui.crash import CrashDialog
            window = CrashDialog("KeyError", log.setup(layout))
        elif args.screen.startswith("import-"):
            window = import_wizard(desk, args.screen.split("-", 1)[1])
            ops = window.ops
        elif args.screen in ("backup-memo", "backup-progress", "backups", "restore"):
            (layout.home.parent / "usb").mkdir(exist_ok=True)
            window, backup_runner = backup_screen(args.screen, salons.login(store, "claire", PASSWORD), store, layout)
        elif args.screen == "audit":
            from ui.audit.dialog import AuditLogDialog
            from ui.ops import OperationRunner
            fill_book(desk)
            audit_history(desk, store)
            ops = OperationRunner(desk)
            window = AuditLogDialog(desk, ops)
        else:
            from ui.main_window import MainWindow
            window = MainWindow(desk, "Atelier Lumière")
            window.table.selectRow(3)
    window.show()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    for worker in (getattr(window, "ops", None), ops):  # the main window's database worker, or the dialog's
        if worker is not None:
            worker.shutdown()
    if "backup_runner" in locals():
        backup_runner.shutdown()


if __name__ == "__main__":
    main()
