"""Open a demo salon's screens for a look or a screenshot (developer tool).

    python scripts/demo.py [main|login|wizard|staff] [--employee] [--clients N] [--seconds S]

Uses an in-memory keyring and a throwaway folder; nothing touches the real salon data.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from tests.support.keyrings import MemoryKeyring  # noqa: E402

PASSWORD = "velours et ciseaux dorés"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("screen", choices=["main", "login", "wizard", "staff"], default="main", nargs="?")
    parser.add_argument("--employee", action="store_true")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=6)
    parser.add_argument("--lang", default=None)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.seed import seed_clients
    from desktop import auth, i18n, setup
    from desktop.paths import Layout
    from ui.style import STYLESHEET

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLESHEET)
    i18n.install(args.lang)
    layout = Layout(Path(tempfile.mkdtemp()) / "home")
    if args.screen == "wizard":
        from ui.first_run import FirstRunWizard
        window = FirstRunWizard(layout)
    else:
        store, _ = setup.init_salon(layout, salon_name="Atelier Lumière", owner_login="claire",
                                    owner_password=PASSWORD, owner_name="Claire Martin")
        desk = auth.login(store, "claire", PASSWORD)
        seed_clients(desk, args.clients)
        if args.employee:
            _, otp = desk.staff.add("lea", "employee", "Léa Petit")
            lea = auth.login(store, "lea", otp)
            lea.staff.set_own_password(otp, "un peigne rouge sous la pluie")
            desk = lea
        if args.screen == "login":
            from ui.login import LoginWindow
            window = LoginWindow(store, "Atelier Lumière", "claire")
        elif args.screen == "staff":
            from ui.staff.dialog import StaffDialog
            for login, role in (("lea", "employee"), ("marc", "manager"), ("ines", "employee")):
                if not args.employee:
                    desk.staff.add(login, role)
            window = StaffDialog(desk)
        else:
            from ui.main_window import MainWindow
            window = MainWindow(desk, "Atelier Lumière")
            window.table.selectRow(4)
    window.show()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()


if __name__ == "__main__":
    main()
