"""The consent part of the client file: status per channel, one-click withdrawal, and the history."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout,
                               QWidget)

from desktop import timefmt
from desktop.consent.rules import CHANNEL_LABELS, CHANNELS, METHOD_LABELS, STATUS_LABELS, Status
from desktop.desk import Desk
from desktop.i18n import translate
from desktop.kernel.errors import QT_TRANSLATE_NOOP
from desktop.kernel.permissions import Perm
from ui import dialogs as dialog_module
from ui.ops import OperationRunner

LINES = {
    "unknown": QT_TRANSLATE_NOOP("ConsentPanel", "{channel}: not asked yet"),
    "granted": QT_TRANSLATE_NOOP("ConsentPanel", "{channel}: agreed on {date} ({method}, text version {version})"),
    "refused": QT_TRANSLATE_NOOP("ConsentPanel", "{channel}: refused on {date}"),
    "withdrawn": QT_TRANSLATE_NOOP("ConsentPanel", "Unsubscribed from {channel} on {date} via {method}"),
}


def status_line(channel: str, state: Status) -> str:
    return QCoreApplication.translate("ConsentPanel", LINES[state.status]).format(
        channel=translate("Consent", CHANNEL_LABELS[channel]), date=timefmt.local(state.since, with_time=False),
        method=translate("Consent", METHOD_LABELS.get(state.method or "", "")) if state.method else "",
        version=state.text_version)


class ConsentPanel(QGroupBox):
    changed = Signal()

    def __init__(self, desk: Desk, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Marketing consent"))
        self.desk = desk
        self.ops = ops
        self.client_id: str | None = None
        grid = QGridLayout()
        self.lines: dict[str, QLabel] = {}
        self.withdraw_buttons: dict[str, QPushButton] = {}
        self.ask_buttons: dict[str, QPushButton] = {}
        for row, channel in enumerate(CHANNELS):
            line = QLabel()
            line.setObjectName(f"consentLine_{channel}")
            line.setWordWrap(True)
            withdraw = QPushButton(self.tr("Withdraw"))
            withdraw.setObjectName(f"withdraw_{channel}")
            withdraw.clicked.connect(lambda _=False, c=channel: self.withdraw(c))
            ask = QPushButton(self.tr("Ask…"))
            ask.setObjectName(f"ask_{channel}")
            ask.clicked.connect(lambda _=False, c=channel: self.ask(c))
            grid.addWidget(line, row, 0)
            grid.addWidget(withdraw, row, 1)
            grid.addWidget(ask, row, 2)
            grid.setColumnStretch(0, 1)
            self.lines[channel], self.withdraw_buttons[channel], self.ask_buttons[channel] = line, withdraw, ask
        self.platform_line = QLabel()
        self.platform_line.setObjectName("hint")
        self.platform_line.setWordWrap(True)
        grid.addWidget(self.platform_line, len(CHANNELS), 0, 1, 3)
        note = QLabel(self.tr("Appointment confirmations and reminders never depend on marketing consent."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.history = QListWidget()
        self.history.setObjectName("consentHistory")
        self.history.setMaximumHeight(90)
        self.proof_button = QPushButton(self.tr("Proof (PDF)…"))
        self.proof_button.setObjectName("consentProof")
        self.proof_button.setToolTip(self.tr("The consent proof: every decision, with the exact text shown"))
        self.proof_button.clicked.connect(self.save_proof)
        self.proof_button.setVisible(desk.can(Perm.CONSENT_EXPORT))
        history_row = QHBoxLayout()  # beside the history, so the file gains no height on a 768-pixel screen
        history_row.addWidget(self.history, 1)
        history_row.addWidget(self.proof_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addLayout(history_row)

    def show_client(self, client_id: str) -> None:
        self.client_id = client_id
        for channel, state in self.desk.consent.status(client_id).items():
            self.lines[channel].setText(status_line(channel, state))
            self.withdraw_buttons[channel].setVisible(state.status == "granted")
            self.ask_buttons[channel].setVisible(state.status != "granted")
        platform = self.desk.consent.platform_newsletter(client_id)
        self.platform_line.setVisible(platform is not None)
        if platform is not None:
            self.platform_line.setText(self.tr("Platform newsletter: {status} since {date} (managed by the platform, "
                                               "read-only)").format(
                status=translate("Consent", STATUS_LABELS[platform.status]),
                date=timefmt.local(platform.since, with_time=False)))
        self.history.clear()
        for event in self.desk.consent.history(client_id):
            self.history.addItem(self.tr("{date} · {channel} · {decision} · {method} · {who}").format(
                date=timefmt.local(event["occurred_at"]),
                channel=translate("Consent", CHANNEL_LABELS[event["channel"]]),
                decision=translate("Consent", STATUS_LABELS[event["decision"]]),
                method=translate("Consent", METHOD_LABELS[event["method"]]),
                who=event["recorded_by_login"] or event["source"] or ""))

    def withdraw(self, channel: str) -> None:
        from ui.consent.withdraw import WithdrawDialog

        if self.client_id and WithdrawDialog(self.desk, self.client_id, channel, self).exec():
            self.show_client(self.client_id)
            self.changed.emit()

    def ask(self, channel: str) -> None:
        from ui.consent.dialog import ConsentDialog

        if not self.client_id:
            return
        dialog = ConsentDialog(self.desk, self.client_id, [channel], parent=self)
        dialog.exec()
        self.show_client(self.client_id)
        self.changed.emit()

    def save_proof(self) -> None:
        """The client's consent proof PDF (manager and owner), written on the database worker."""
        client_id = self.client_id
        if not client_id:
            return
        path = dialog_module.dialogs.save_file(self, self.tr("Save the consent proof"), "consent-proof.pdf",
                                               self.tr("PDF files (*.pdf)"))
        if path:
            self.ops.run(lambda desk, _progress: desk.consent_exports.proof(client_id, path),
                         progress_label=self.tr("Preparing the consent proof…"), parent=self)
