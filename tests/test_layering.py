"""Layers: storage/ and sync/ never import Qt or ui/; desktop/ services stay Qt-free; ui/ reaches data through
desktop/ services only (no storage import, no store, connection or SQL)."""
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


# -- ui/ reaches data only through desktop/ services ----------------------------------------------------------

# Attribute names that lead to the database behind a Desk or a Salon (or run SQL on it).
DATABASE_ATTRIBUTES = {"store", "_store", "conn", "_kernel", "_db", "execute", "executemany", "executescript"}


def ui_sources() -> list[Path]:
    found = sorted((ROOT / "ui").rglob("*.py"))
    assert len(found) > 20, "ui/ not found"
    return found


def storage_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """Every way this module names the storage package: import, from-import, __import__/import_module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "storage"]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "storage":
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            target = node.args[0].value
            if name in ("__import__", "import_module") and isinstance(target, str) and \
                    target.split(".")[0] == "storage":
                found.append((node.lineno, target))
    return found


def database_access(tree: ast.AST) -> list[tuple[int, str]]:
    """Attribute accesses (x.conn, x._kernel, x.execute(...)) and getattr(x, "conn") on database names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in DATABASE_ATTRIBUTES:
            found.append((node.lineno, node.attr))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("getattr", "setattr", "hasattr") \
                and len(node.args) > 1 and isinstance(node.args[1], ast.Constant) \
                and node.args[1].value in DATABASE_ATTRIBUTES:
            found.append((node.lineno, node.args[1].value))
    return found


def held_units_of_work(tree: ast.AST) -> list[int]:
    """`with desk.transaction() as uow`: a screen may compose operations in one transaction, but holding the
    unit of work itself would let it write synced tables past every permission check."""
    return [node.lineno for node in ast.walk(tree) if isinstance(node, (ast.With, ast.AsyncWith))
            for item in node.items
            if item.optional_vars is not None and isinstance(item.context_expr, ast.Call)
            and getattr(item.context_expr.func, "attr", None) in ("transaction", "unit_of_work")]


@pytest.mark.parametrize("path", ui_sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_composes_transactions_without_holding_the_unit_of_work(path):
    assert held_units_of_work(ast.parse(path.read_text(encoding="utf-8"))) == [], path


@pytest.mark.parametrize("path", ui_sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_never_imports_storage(path):
    assert storage_imports(ast.parse(path.read_text(encoding="utf-8"))) == [], path


@pytest.mark.parametrize("path", ui_sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_ui_never_reaches_the_store_or_runs_sql(path):
    assert database_access(ast.parse(path.read_text(encoding="utf-8"))) == [], path


def test_the_checks_see_each_way_in():
    """The detectors above are not blind: each forbidden form is found in a sample."""
    sample = ast.parse("\n".join([
        "import storage", "import storage.db as db", "from storage import audit", "from storage.errors import X",
        "__import__('storage.uow')", "importlib.import_module('storage')",
        "desk._kernel.conn.execute('DELETE FROM client')", "salon._store", "self._db", "getattr(desk, '_kernel')",
        "x.store.conn",
    ]))
    assert len(storage_imports(sample)) == 6
    assert {name for _, name in database_access(sample)} == {"_kernel", "conn", "execute", "_store", "_db", "store"}
    assert held_units_of_work(ast.parse("with desk.transaction() as uow:\n    pass\n"
                                        "with self.desk.transaction() as u, open(f) as g:\n    pass\n")) == [1, 3]
    harmless = ast.parse("from desktop.store import is_set_up\nbutton.clicked.connect(f)\ndialog.exec()\n"
                         "from storage_helpers import x\nstorage = 1\nwith desk.transaction():\n    pass\n")
    assert storage_imports(harmless) == [] and database_access(harmless) == [] and held_units_of_work(harmless) == []


def test_desk_and_salon_expose_no_store_or_connection(owner, store):
    from desktop.desk import Desk
    from desktop.kernel.operation import Service
    from desktop.salon import Salon
    from desktop.store import Store
    from storage.db import Connection
    from storage.uow import UnitOfWork

    salon = Salon(store)
    for obj in (owner, salon, *(v for v in vars(owner).values() if isinstance(v, Service))):
        public = [name for name in dir(obj) if not name.startswith("_")]
        assert not {"store", "conn", "connection", "db"} & set(public), type(obj).__name__
        for name in public:
            value = getattr(obj, name)
            assert not isinstance(value, (Store, Connection, UnitOfWork)), f"{type(obj).__name__}.{name}"
    assert isinstance(owner, Desk)
