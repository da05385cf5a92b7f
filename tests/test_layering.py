"""storage/ and sync/ never import Qt or ui/; desktop/ services stay Qt-free too."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "shiboken6", "ui")
# desktop/ modules allowed to touch Qt: start-up and translation glue only.
DESKTOP_QT = {"gui.py", "i18n.py"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", ["storage", "sync"])
def test_core_packages_do_not_import_qt(package):
    for path in (ROOT / package).rglob("*.py"):
        assert not imported_roots(path) & set(FORBIDDEN), path


def test_services_do_not_import_qt():
    for path in (ROOT / "desktop").rglob("*.py"):
        if path.name not in DESKTOP_QT:
            assert not imported_roots(path) & set(FORBIDDEN), path


def test_screens_never_hold_a_store_or_a_connection():
    """ui/ acts through a Desk; the database worker's own Desk comes from desk.open_worker() (ui/ops.py)."""
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                assert node.attr not in ("store", "conn", "_kernel", "_store"), f"{path}:{node.lineno}"
