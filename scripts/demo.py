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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("screen", choices=["main", "login", "wizard", "staff", "consent", "booking", "register",
                                           "book", "week", "file", "requests", "audit", "progress", "crash",
                                           "settings"],
                        default="main", nargs="?")
    parser.add_argument("--employee", action="store_true")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--lang", default=None)
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
            fill_book(desk)
            window = MainWindow(desk, "Atelier Lumière")
            if args.screen == "file":
                client_id = desk.clients.search("")[3]
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
        elif args.screen == "settings":
            from ui.settings_dialog import SettingsDialog
            window = SettingsDialog(desk)
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


if __name__ == "__main__":
    main()
