from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts
os.environ["SALON_DESK_LANG"] = "en"  # tests read English unless they ask for French

import keyring  # noqa: E402
import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from desktop import cli, salon as salons, setup  # noqa: E402
from desktop.staff import passwords  # noqa: E402
from desktop.paths import Layout  # noqa: E402
from storage import recovery  # noqa: E402
from tests.support.db import store_of  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OWNER_PASSWORD = "velours et ciseaux dorés"
FAST_KDF = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


@pytest.fixture(autouse=True)
def memory_keyring():
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch, request):
    """Cheap Argon2 parameters for speed; tests about the real parameters opt out with @pytest.mark.real_kdf."""
    if request.node.get_closest_marker("real_kdf"):
        return
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setattr(passwords, "_DUMMY_HASH", None)
    monkeypatch.setattr(recovery, "KDF", FAST_KDF)


def pytest_configure(config):
    config.addinivalue_line("markers", "real_kdf: use the production Argon2 parameters")


@pytest.fixture
def layout(tmp_path) -> Layout:
    return Layout(tmp_path / "home")


@pytest.fixture
def salon(layout):
    """A fresh salon: (layout, store, recovery code); owner 'claire'."""
    store, code = setup.init_salon(layout, salon_name="Atelier Lumière", owner_login="claire",
                                   owner_password=OWNER_PASSWORD, owner_name="Claire Martin")
    yield layout, store, code
    store.close()


@pytest.fixture
def store(salon):
    return salon[1]


@pytest.fixture
def owner(store):
    return salons.login(store, "claire", OWNER_PASSWORD)


NEW_PASSWORD = "un peigne rouge sous la pluie"


def make_staff(owner_desk, login: str, role: str):
    """Add a staff member and sign them in with a chosen password; returns their Desk."""
    _, otp = owner_desk.staff.add(login, role)
    first = salons.login(store_of(owner_desk), login, otp)
    first.staff.set_own_password(otp, NEW_PASSWORD)
    return salons.login(store_of(owner_desk), login, NEW_PASSWORD)


@pytest.fixture
def employee(owner):
    return make_staff(owner, "lea", "employee")


@pytest.fixture
def manager(owner):
    return make_staff(owner, "marc", "manager")


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def run_cli(layout):
    """Run `salon-desk` in this process with --home set; stdin is the given text."""
    def run(*args: str, stdin: str = "") -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(sys, "stdin", io.StringIO(stdin))
            mp.setattr(sys, "stdout", out)
            mp.setattr(sys, "stderr", err)
            code = cli.main(["--home", str(layout.home), *args])
        return CliResult(code, out.getvalue(), err.getvalue())
    return run


@pytest.fixture
def ops(qapp):
    """The operation runner for a Desk (its worker thread and connection are closed after the test)."""
    from ui.ops import OperationRunner

    runners = []

    def runner_for(desk) -> OperationRunner:
        runners.append(OperationRunner(desk))
        return runners[-1]
    yield runner_for
    for runner in runners:
        runner.shutdown()
