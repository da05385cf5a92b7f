"""Start the desktop app: Qt application, translations, the log file and the crash dialog, then the first-run
or sign-in flow."""
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
    import logging
    import platform

    from desktop import __version__, i18n, log
    from ui import crash
    from ui.app import Controller

    i18n.release_core_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Salon Desk")
    app.setOrganizationName("SalonDesk")
    language = i18n.install()
    start_log(layout)
    crash.install()
    logger = logging.getLogger("salon_desk")
    logger.info("Salon Desk %s started (Python %s, Qt %s, %s, %s)", log.Plain(__version__),
                log.Plain(platform.python_version()), log.Plain(QtCore.qVersion()), log.Plain(platform.system()),
                log.Plain(language))
    controller = Controller(layout)
    controller.start()
    code = app.exec()
    controller.shutdown()
    logger.info("Salon Desk stopped")
    return code


def start_log(layout: Layout) -> None:
    """The salon's log file, once there is a salon: a first start writes nothing before the salon is created
    (without a keyring, nothing at all). A read-only folder: the app still opens; the crash dialog says there is
    no log."""
    from desktop import log
    from desktop.store import is_set_up

    if log.current_file() is not None or not is_set_up(layout):
        return
    try:
        log.setup(layout)
    except OSError:
        pass
