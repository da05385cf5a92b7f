"""Start the desktop app: Qt application, translations, then the first-run or sign-in flow."""
from __future__ import annotations

import sys

from desktop.paths import Layout

MIN_QT = (6, 5)


def run(layout: Layout) -> int:
    from PySide6 import QtCore
    from PySide6.QtWidgets import QApplication

    if tuple(int(part) for part in QtCore.qVersion().split(".")[:2]) < MIN_QT:
        print(f"Salon Desk needs Qt {MIN_QT[0]}.{MIN_QT[1]} or newer", file=sys.stderr)
        return 1
    from desktop import i18n
    from ui.app import Controller

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Salon Desk")
    app.setOrganizationName("SalonDesk")
    i18n.install()
    controller = Controller(layout)
    controller.start()
    code = app.exec()
    controller.shutdown()
    return code
