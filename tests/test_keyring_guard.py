"""Keyring (issue 12, item 5): a backend that drops writes, keeps secrets in a plain file or nowhere is no keyring;
SALON_DESK_INSECURE_KEYRING=1 alone lets tests use one, with a warning; the Argon2 parameters in salon-desk.json are
bounded and MACed."""
from __future__ import annotations

import io
import json
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop import setup, store as stores
from desktop.verify import problems
from storage import keystore, recovery
from storage.errors import InputError
from tests.conftest import OWNER_PASSWORD
from tests.support.keyrings import FileKeyring, MemoryKeyring


class DropsWrites(KeyringBackend):
    """Says yes to everything and keeps nothing."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        pass

    def delete_password(self, service, username):
        pass


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt.file.PlaintextKeyring (keyrings.alt must never be installed)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def init(layout):
    return setup.init_salon(layout, salon_name="Atelier", owner_login="claire", owner_password=OWNER_PASSWORD)


@pytest.mark.parametrize("backend, text", [
    (null.Keyring, "keeps secrets in a plain file or not at all"),
    (fail.Keyring, "keeps secrets in a plain file or not at all"),
    (PlaintextKeyring, "keeps secrets in a plain file or not at all"),
    (DropsWrites, "did not keep what was saved in it"),
])
def test_a_keyring_that_would_lose_or_expose_the_key_is_refused_and_nothing_is_written(layout, backend, text):
    keyring.set_keyring(backend())
    with pytest.raises(keystore.KeyringUnavailable, match=text):  # the guard itself, as an open salon meets it
        keystore.save("probe", keystore.new_key())
    with pytest.raises(keystore.KeyringUnavailable, match="no working keyring"):  # setting up: what to install
        init(layout)
    assert not layout.database.exists() and not layout.keyinfo.exists()


def test_recover_onto_a_keyring_that_drops_writes_says_so(salon):
    layout, store, code = salon
    store.close()
    keyring.set_keyring(DropsWrites())
    reopened, saved = stores.open_with_recovery_code(layout, code)
    assert saved is False
    reopened.close()


def test_the_chainer_is_as_weak_as_its_weakest_backend():
    class Chain(KeyringBackend):
        backends = [MemoryKeyring(), PlaintextKeyring()]

        def get_password(self, service, username): ...

        def set_password(self, service, username, password): ...

        def delete_password(self, service, username): ...

    assert keystore.insecure(Chain()) and not keystore.insecure(MemoryKeyring())
    assert keystore.insecure(FileKeyring())


def test_the_insecure_variable_lets_a_test_use_a_file_keyring_with_a_one_line_warning(layout, monkeypatch, tmp_path):
    monkeypatch.setenv("SALON_DESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    with pytest.raises(keystore.KeyringUnavailable, match=r"\(FileKeyring\) keeps secrets in a plain file"):
        keystore.save("probe", keystore.new_key())
    with pytest.raises(keystore.KeyringUnavailable, match="no working keyring"):
        init(layout)
    monkeypatch.setenv(keystore.INSECURE_VARIABLE, "1")
    monkeypatch.setattr(keystore, "_warned", False)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    store, _ = init(layout)
    store.close()
    warning = sys.stderr.getvalue()
    assert warning.count("\n") == 1 and "SALON_DESK_INSECURE_KEYRING=1" in warning and "FileKeyring" in warning


@pytest.mark.parametrize("name, value", [
    ("time_cost", 10 ** 9), ("time_cost", 0), ("memory_cost", 8 * 1024 * 1024), ("memory_cost", 8),
    ("parallelism", 1000), ("parallelism", True), ("time_cost", "3"),
])
def test_argon2_parameters_out_of_bounds_are_refused_before_any_work(salon, name, value, monkeypatch):
    layout, _, code = salon
    blob = {**stores.read_keyinfo(layout)["recovery"], name: value}

    def argon2(*args, **kwargs):
        raise AssertionError("Argon2 ran: huge parameters would have made recover hang")

    monkeypatch.setattr(recovery, "hash_secret_raw", argon2)
    with pytest.raises(InputError, match="damaged"):
        recovery.unwrap(blob, code)


def test_a_changed_salon_desk_json_is_named_by_verify(salon):
    layout, store, _ = salon
    assert not any(problems(store.conn).values())
    info = json.loads(layout.keyinfo.read_text())
    info["recovery"]["time_cost"] = 6  # within bounds, but not what Salon Desk wrote
    layout.keyinfo.write_text(json.dumps(info))
    assert problems(store.conn)["key_info"] == [
        "salon-desk.json was changed outside Salon Desk (bad MAC): its recovery data or Argon2 parameters may no "
        "longer open the database"]


def test_a_salon_desk_json_from_before_macs_is_sealed_at_opening(salon):
    layout, store, _ = salon
    store.close()
    info = json.loads(layout.keyinfo.read_text())
    del info["mac"]
    layout.keyinfo.write_text(json.dumps(info))
    reopened = stores.open_store(layout)
    assert "mac" in json.loads(layout.keyinfo.read_text()) and not problems(reopened.conn)["key_info"]
    reopened.close()
