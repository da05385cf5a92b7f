"""`salon-desk health …`: health data's own retention."""
from __future__ import annotations

from desktop import i18n
from desktop.cli.common import C, action, group
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    health = group(commands, common, "health", h(QT_TRANSLATE_NOOP("CLI", "health data")))
    action(health, common, "purge", _health_purge, help=h(QT_TRANSLATE_NOOP(
        "CLI", "owner: delete health data past its retention period")))


def _health_purge(desk, args, out, stdin) -> int:
    counts = desk.health.purge_expired()
    out.done({"ok": True, **counts},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Deleted {tests} patch tests and {notes} health notes past retention."),
                     tests=counts["patch_tests"], notes=counts["notes"]))
    return 0
