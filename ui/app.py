"""The app's flow: unlock the database, first run or sign in, main window, idle lock back to sign-in."""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import SalonError
from desktop.paths import Layout
from desktop.salon import KEY_PROBLEMS, AnchorMismatch, Salon, is_set_up
from ui import dialogs as dialog_module
from ui.dialogs import message_of
from ui.first_run import FirstRunWizard
from ui.idle import IdleWatcher
from ui.login import LoginWindow
from ui.main_window import MainWindow
from ui.style import STYLESHEET


class Controller(QObject):
    def __init__(self, layout: Layout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = layout
        self.salon: Salon | None = None
        self.wizard: FirstRunWizard | None = None
        self.login_window: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.desk: Desk | None = None
        self.backups = None  # ui.backup.runner.BackupRunner while a salon is open
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle_timeout_ms: int | None = None  # tests shorten it; else the salon's setting
        app = QApplication.instance()
        app.setStyleSheet(STYLESHEET)
        app.setQuitOnLastWindowClosed(False)

    def start(self) -> None:
        if not is_set_up(self.layout):
            self.wizard = FirstRunWizard(self.layout)
            self.wizard.created.connect(self._created)
            self.wizard.rejected.connect(QApplication.quit)
            self.wizard.show()
            return
        self.salon = self._unlock()
        if self.salon is None:
            QApplication.quit()
            return
        self._start_backups()
        self.show_login()

    def _start_backups(self) -> None:
        """The daily backup while the app is open, signed in or not (desktop/backup/scheduler.py)."""
        from ui.backup.runner import BackupRunner

        if self.backups is not None:
            self.backups.shutdown()
            self.backups.deleteLater()
        self.backups = BackupRunner(self.salon, self)
        self.backups.start()

    def _unlock(self) -> Salon | None:
        try:
            return Salon.open(self.layout)
        except KEY_PROBLEMS as exc:
            from ui.recovery import RecoveryDialog

            dialog = RecoveryDialog(self.layout, message_of(exc))
            return dialog.salon if dialog.exec() else None
        except AnchorMismatch as exc:  # an older or altered file: the owner may accept it, nobody else
            from ui.integrity import AcknowledgeDialog

            # what happened only: the dialog itself says what to do (the CLI's command line is not for this screen)
            what = exc.params.get("what")
            dialog = AcknowledgeDialog(self.layout, translate(what.context, what) if what else message_of(exc))
            return dialog.salon if dialog.exec() else None
        except SalonError as exc:
            dialog_module.dialogs.error(None, message_of(exc))
            return None

    def _created(self, salon: Salon, owner_login: str) -> None:
        from desktop.gui import start_log

        self.salon = salon
        self.wizard = None
        start_log(self.layout)
        self._start_backups()
        self.show_login(owner_login)

    def salon_name(self) -> str:
        return self.salon.name()

    def show_login(self, login: str = "", message: str = "") -> None:
        self.login_window = LoginWindow(self.salon, self.salon_name(), login)
        self.login_window.signed_in.connect(self.signed_in)
        self.login_window.rejected.connect(self._login_closed)
        if message:
            self.login_window.error_label.setText(message)
            self.login_window.error_label.show()
        self.login_window.show()
        if os.environ.get("SALON_DESK_STARTUP_PROBE"):  # bench/foundation.py measures start-up to this point
            QTimer.singleShot(0, self._report_startup)

    def _report_startup(self) -> None:
        # Linux: VmHWM is this process's own peak (ru_maxrss would include the parent's, kept across exec).
        peak_mib = 0.0
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                peak_mib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
        except (OSError, StopIteration):
            pass
        print(f"login-window-shown peak_rss_mib={peak_mib:.0f}", flush=True)
        QApplication.quit()

    def _login_closed(self) -> None:
        if self.main_window is None and self.login_window is not None and self.login_window.result() == 0:
            QApplication.quit()

    def signed_in(self, desk: Desk) -> None:
        login_window, self.login_window = self.login_window, None
        if desk.session.must_change:
            from ui.password_change import PasswordChangeDialog

            current = login_window.one_time_password if login_window else ""
            if not PasswordChangeDialog(desk, current).exec():
                self.show_login(desk.session.login)
                return
        if desk.staff.acknowledgement_needed():
            from ui.acknowledgement import AcknowledgementDialog

            if not AcknowledgementDialog(desk).exec():
                self.show_login(desk.session.login)
                return
        if desk.staff.password_renewal_due():
            from ui.password_change import remind_owner

            remind_owner(desk)
        self.desk = desk
        self.main_window = MainWindow(desk, self.salon_name(), backups=self.backups)
        self.main_window.restore_staged.connect(self.restore_in_place, Qt.ConnectionType.QueuedConnection)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.session_ended.connect(lambda text: self.lock(text))
        self.main_window.closed.connect(self._main_closed)
        self.main_window.show()
        minutes = desk.settings.idle_lock_minutes()
        self.idle.start(self.idle_timeout_ms or minutes * 60_000)

    def _main_closed(self) -> None:
        if self.sender() is self.main_window:  # closed by the user, not by the lock
            QApplication.quit()

    def lock(self, message: str = "") -> None:
        """Close every screen with client data and return to sign-in."""
        if self.main_window is None:
            return
        self.show_login(self._close_screens(), message)

    def _close_screens(self) -> str:
        """Close the main window and every screen with client data; returns who was signed in."""
        self.idle.stop()
        login = self.desk.session.login if self.desk else ""
        for widget in QApplication.topLevelWidgets():
            if widget is not self.main_window and widget.isVisible() and widget is not self.login_window:
                widget.close()
        window, self.main_window, self.desk = self.main_window, None, None
        window.shutdown()
        window.hide()
        window.deleteLater()
        return login

    def restore_in_place(self, staged) -> None:
        """The owner's in-place restore, second half: every screen and connection closed, the restored database
        swapped in (the current one set aside), the salon opened again at the sign-in window."""
        from desktop.backup.restore import commit_in_place
        from desktop.timefmt import local

        login = self._close_screens()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window goes before its connection
        if self.backups is not None:
            self.backups.shutdown()
        self.salon.close()
        try:
            aside, _ = commit_in_place(staged)
            message = self.tr("The backup of {date} is restored; %n later erasure(s) applied again. The previous "
                              "database is kept beside it as {file}.", "", staged.reapplied).format(
                date=local(staged.header["created_at"]), file=aside[0].name)
        except SalonError as exc:
            message = message_of(exc)
        self.salon = self._unlock()
        if self.salon is None:
            QApplication.quit()
            return
        self._start_backups()
        self.show_login(login, message)

    def shutdown(self) -> None:
        self.idle.stop()
        if self.backups is not None:  # today's backup, if missing, before the app goes
            self.backups.back_up_before_closing()
            self.backups.shutdown()
            self.backups = None
        if self.main_window is not None:
            self.main_window.shutdown()
        if self.salon is not None:
            self.salon.close()
            self.salon = None
