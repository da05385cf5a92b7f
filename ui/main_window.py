"""The main window: client search and list on the left, the client file on the right."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QSizePolicy, QSplitter,
                               QTableView, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.permissions import ROLE_LABELS, Perm
from desktop.kernel.errors import NotFound, SalonError
from ui import dialogs as dialog_module
from ui.changes import Changes
from ui.clients.detail import ClientDetail
from ui.clients.editor import ClientDialog
from ui.clients.model import ClientTableModel
from ui.dialogs import message_of
from ui.ops import OperationRunner

SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()
    session_ended = Signal(str)
    restore_staged = Signal(object)  # the owner's in-place restore, checked: the controller swaps it in

    def __init__(self, desk: Desk, salon_name: str, parent: QWidget | None = None, backups=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.backups = backups  # ui.backup.runner.BackupRunner: the scheduled backup, owned by the controller
        self.ops = OperationRunner(desk, self)  # the database worker every screen of this window shares
        self.ops.session_ended.connect(self.session_ended)
        self.setWindowTitle(self.tr("Salon Desk — {salon}").format(salon=salon_name))
        self.resize(1180, 720)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Find a client: name, phone or email (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_search)

        self.model = ClientTableModel(desk.clients, self)
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 120, 130)):  # room left for the email at 1366 px wide
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.edit_client(self.model.client_id(index.row())))

        self.detail = ClientDetail(desk, self.ops)
        self.detail.edit_requested.connect(self.edit_client)
        self.detail.book_requested.connect(self.book)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 500])
        from ui.book.widget import BookWidget

        self.book_widget = BookWidget(desk, self.ops)
        self.book_widget.booking_requested.connect(self.book_slot)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(splitter, self.tr("Clients"))
        self.tabs.addTab(self.book_widget, self.tr("Appointment book"))
        self.tabs.currentChanged.connect(lambda _index: self.tabs.currentWidget() is self.book_widget
                                         and self.book_widget.view.setFocus())
        self.requests_memo = QLabel()
        self.requests_memo.setObjectName("memo")
        self.requests_memo.setWordWrap(True)
        self.requests_memo.linkActivated.connect(lambda client_id: self._open_requests(client_id))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        column.addWidget(self.requests_memo)
        if backups is not None:
            from ui.backup.memo import BackupMemo

            self.backup_memo = BackupMemo(backups, owner=desk.can(Perm.BACKUP_ADMIN))
            column.addWidget(self.backup_memo)
        column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.changes = Changes(desk, self)
        self.changes.changed.connect(self._changed)
        self._show_request_memos()

        self._build_actions()
        self.count_label = QLabel()
        role = translate("Roles", ROLE_LABELS[desk.role])
        self.user_label = QLabel(self.tr("Signed in: {name} ({role})").format(name=desk.staff.my_name(), role=role))
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)
        if backups is not None:
            from ui.backup.memo import BackupStatus

            self.backup_status = BackupStatus(backups)
            self.statusBar().addWidget(self.backup_status)  # beside the client count, away from who is signed in
        self.guarded(self.apply_search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search_edit.setFocus()

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(self.search_edit)
        self.new_client_action = QAction(self.tr("New client"), self)
        self.new_client_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_client_action.triggered.connect(lambda: self.edit_client(None))
        toolbar.addAction(self.new_client_action)
        toolbar.widgetForAction(self.new_client_action).setObjectName("primaryAction")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        toolbar.addAction(self.lock_action)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_client)
        self.addAction(find)
        today = QAction(self)
        today.setShortcut(QKeySequence("Ctrl+T"))
        today.triggered.connect(self.show_today)
        self.addAction(today)

        salon_menu = self.menuBar().addMenu(self.tr("&Salon"))
        salon_menu.addAction(self.new_client_action)
        book_action = salon_menu.addAction(self.tr("&Book an appointment…"))
        book_action.setShortcut(QKeySequence("Ctrl+B"))
        book_action.triggered.connect(lambda: self.book(self.detail.client_id if self.tabs.currentIndex() == 0
                                                        else None))
        if self.desk.can(Perm.SERVICES_EDIT):
            self.services_action = salon_menu.addAction(self.tr("Ser&vices…"))
            self.services_action.triggered.connect(self.open_services)
        if self.desk.can(Perm.SETTINGS):
            self.hours_action = salon_menu.addAction(self.tr("&Opening hours…"))
            self.hours_action.triggered.connect(self.open_hours)
            self.details_action = salon_menu.addAction(self.tr("Salon &details…"))
            self.details_action.triggered.connect(self.open_details)
        if self.desk.can(Perm.CONSENT_EXPORT):
            self.consent_action = salon_menu.addAction(self.tr("Consent register…"))
            self.consent_action.triggered.connect(self.open_consent_register)
        if self.desk.can(Perm.IMPORT):
            self.import_action = salon_menu.addAction(self.tr("Import clients from a file…"))
            self.import_action.triggered.connect(self.open_import)
        if self.desk.can(Perm.STAFF_READ):
            self.staff_action = salon_menu.addAction(self.tr("S&taff…"))
            self.staff_action.triggered.connect(self.open_staff)
        if self.desk.can(Perm.AUDIT_READ):
            self.audit_action = salon_menu.addAction(self.tr("Audit log…"))
            self.audit_action.triggered.connect(self.open_audit_log)
        if self.desk.can(Perm.BACKUP_ADMIN):
            self.backups_action = salon_menu.addAction(self.tr("Backups…"))
            self.backups_action.triggered.connect(self.open_backups)
        if self.desk.can(Perm.SETTINGS):
            self.settings_action = salon_menu.addAction(self.tr("Settings…"))
            self.settings_action.triggered.connect(self.open_settings)
        password_action = salon_menu.addAction(self.tr("Change my password…"))
        password_action.triggered.connect(self.change_password)
        salon_menu.addSeparator()
        salon_menu.addAction(self.lock_action)
        quit_action = salon_menu.addAction(self.tr("Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        from ui.about import add_help_menu

        self.about_action = add_help_menu(self, self.desk)  # Help › About; the owner's update notice

    def shutdown(self) -> None:
        """Stop the database worker, then the listeners, before this window goes (quit or lock)."""
        self.ops.shutdown()
        self.changes.close()
        self.book_widget.shutdown()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.shutdown()
        self.closed.emit()
        super().closeEvent(event)

    def guarded(self, action) -> object:
        """Run a service call from a screen: an ended session signs out, other errors are shown."""
        from desktop.kernel.principal import SessionEnded

        try:
            return action()
        except SessionEnded as exc:
            self.session_ended.emit(message_of(exc))
        except SalonError as exc:
            dialog_module.dialogs.error(self, message_of(exc))
        return None

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.guarded(lambda: self.model.set_search(self.search_edit.text()))
        self.detail.clear()
        self.count_label.setText(self.tr("%n client(s)", "", self.model.rowCount()))
        if self.model.rowCount() == 1 and self.search_edit.text().strip():
            self.table.selectRow(0)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        client_id = self.model.client_id(rows[0].row()) if rows else None
        if client_id:
            self.guarded(lambda: self.detail.show_client(client_id))
        else:
            self.detail.clear()

    def edit_client(self, client_id: str | None) -> None:
        dialog = self.guarded(lambda: ClientDialog(self.desk, client_id, self))
        if dialog is None or not dialog.exec():
            return
        if client_id is None:  # a new client: the consent memo, which never blocks anything
            from ui.consent.dialog import ask_if_needed

            self.guarded(lambda: ask_if_needed(self.desk, dialog.client_id, self))
        self._search_timer.stop()
        self.guarded(self.model.refresh)
        row = self.model.row_of(dialog.client_id)
        if row < 0:  # hidden by the current search: show everyone so the saved client is in view
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.apply_search()
            row = self.model.row_of(dialog.client_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.count_label.setText(self.tr("%n client(s)", "", self.model.rowCount()))

    def find_client(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_today(self) -> None:
        from desktop.timefmt import salon_today

        self.tabs.setCurrentIndex(1)
        self.book_widget.go_to(salon_today())
        self.book_widget.view.setFocus()

    def _show_request_memos(self) -> None:
        """Data-protection requests due within a week, or overdue: the clock is one month (GDPR Art. 12)."""
        memos = self.desk.requests.memos() if self.desk.can(Perm.REQUEST_MANAGE) else []
        self.requests_memo.setVisible(bool(memos))
        if not memos:
            return
        lines = []
        for memo in memos[:5]:
            who = memo["client"] or self.tr("an erased client")
            text = (self.tr("Overdue since {date}") if memo["overdue"] else self.tr("Due by {date}")).format(
                date="/".join(reversed(memo["due"].split("-"))))
            lines.append(f"{text} — <a href=\"{memo['client_id']}\">{who}</a>")
        if len(memos) > len(lines):
            lines.append(self.tr("and {count} more").format(count=len(memos) - len(lines)))
        header = self.tr("%n data-protection request(s) to answer soon:", "", len(memos))
        self.requests_memo.setText(header + "<br>" + "<br>".join(lines))

    def _open_requests(self, client_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.guarded(lambda: self.detail.show_client(client_id))
        if self.detail.client_id == client_id:
            self.detail.tabs.setCurrentWidget(self.detail.requests)

    def _changed(self, kind: str) -> None:
        if kind in ("request", "client"):
            QTimer.singleShot(0, lambda: self.guarded(self._show_request_memos))
        if kind == "client":  # the list and its count in the status bar, never stale
            QTimer.singleShot(0, lambda: self.guarded(self._refresh_list))
        if kind in ("client", "consent", "appointment") and self.detail.client_id:
            client_id = self.detail.client_id
            QTimer.singleShot(0, lambda: self.detail.client_id == client_id and
                              self.guarded(lambda: self._refresh_detail(client_id)))

    def _refresh_list(self) -> None:
        self.model.refresh()
        self.count_label.setText(self.tr("%n client(s)", "", self.model.rowCount()))

    def _refresh_detail(self, client_id: str) -> None:
        try:
            self.detail.show_client(client_id)
        except NotFound:  # erased meanwhile (here or on another PC): the file is gone, nothing to report
            self.detail.clear()

    def book(self, client_id: str | None = None) -> None:
        """New booking: for this client, or with the client finder (Ctrl+B)."""
        from ui.booking import BookingDialog

        dialog = self.guarded(lambda: BookingDialog(self.desk, client_id, self))
        if dialog is not None:
            dialog.proposed.connect(self.show_proposal)
            dialog.exec()
            self.book_widget.view.clear_proposal()

    def book_slot(self, login: str, start, end) -> None:
        from ui.booking import BookingDialog

        dialog = self.guarded(lambda: BookingDialog(self.desk, None, self, staff_login=login, start=start, end=end))
        if dialog is not None:
            dialog.proposed.connect(self.show_proposal)
            dialog.exec()
            self.book_widget.view.clear_proposal()

    def show_proposal(self, login: str, start, end) -> None:
        """The booking dialog's proposed slot, outlined in the book behind it."""
        self.tabs.setCurrentWidget(self.book_widget)
        self.book_widget.show_slot(login, start, end)

    def open_services(self) -> None:
        from ui.services.dialog import ServicesDialog

        self.guarded(lambda: ServicesDialog(self.desk, self).exec())

    def open_hours(self) -> None:
        from ui.hours.opening import OpeningHoursDialog

        self.guarded(lambda: OpeningHoursDialog(self.desk, self).exec())

    def open_details(self) -> None:
        from ui.salon_details import SalonDetailsDialog

        if self.guarded(lambda: SalonDetailsDialog(self.desk, self).exec()):
            self.setWindowTitle(self.tr("Salon Desk — {salon}").format(salon=self.desk.identity.get()["trade_name"]))

    def open_consent_register(self) -> None:
        from ui.consent.register import ConsentRegisterDialog

        self.guarded(lambda: ConsentRegisterDialog(self.desk, self.ops, self).exec())

    def open_import(self) -> None:
        from ui.imports.wizard import ImportWizard

        self.guarded(lambda: ImportWizard(self.desk, self.ops, self).exec())

    def open_audit_log(self) -> None:
        from ui.audit.dialog import AuditLogDialog

        self.guarded(lambda: AuditLogDialog(self.desk, self.ops, self).exec())

    def open_staff(self) -> None:
        from ui.staff.dialog import StaffDialog

        self.guarded(lambda: StaffDialog(self.desk, self).exec())

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.guarded(lambda: SettingsDialog(self.desk, self).exec()):
            self.guarded(self.model.refresh)
            self.detail.clear()

    def open_backups(self) -> None:
        from ui.backup.dialog import BackupsDialog

        dialog = self.guarded(lambda: BackupsDialog(self.desk, self.ops, self.backups, self))
        if dialog is not None and dialog.exec() and dialog.staged is not None:
            self.restore_staged.emit(dialog.staged)  # after the dialog is gone: the controller closes this window

    def change_password(self) -> None:
        from ui.password_change import PasswordChangeDialog

        PasswordChangeDialog(self.desk, parent=self).exec()
