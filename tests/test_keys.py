"""The key lives in the keyring; the recovery code is the way back; never a plaintext fallback."""
from __future__ import annotations

import json

import keyring
import pytest

from desktop import setup

from desktop import salon as salons
from desktop import store as stores
from storage import keystore, recovery
from storage.errors import InputError
from tests.conftest import OWNER_PASSWORD
from tests.support.keyrings import LockedKeyring, MemoryKeyring, NoKeyring


def test_no_keyring_at_setup_writes_nothing(layout):
    keyring.set_keyring(NoKeyring())
    with pytest.raises(keystore.KeyringUnavailable, match="Install and unlock a Secret Service keyring") as refused:
        setup.init_salon(layout, salon_name="Atelier", owner_login="claire", owner_password=OWNER_PASSWORD)
    assert "Error" not in str(refused.value)  # plain words, never an exception's name
    assert not layout.home.exists()  # not even the folder


@pytest.mark.parametrize("backend", [NoKeyring, LockedKeyring])
def test_no_or_locked_keyring_offers_the_recovery_code(salon, backend):
    layout, store, code = salon
    store.close()
    keyring.set_keyring(backend())
    with pytest.raises(keystore.KeyringUnavailable, match="recovery code"):
        stores.open_store(layout)
    reopened, saved = stores.open_with_recovery_code(layout, code)
    assert saved is False  # this session only: nothing written in clear
    assert salons.login(reopened, "claire", OWNER_PASSWORD)
    reopened.close()


def test_lost_keyring_entry_is_restored_from_the_code(salon):
    layout, store, code = salon
    store.close()
    keyring.set_keyring(MemoryKeyring())  # a new PC
    with pytest.raises(keystore.KeyMissing):
        stores.open_store(layout)
    reopened, saved = stores.open_with_recovery_code(layout, code.lower().replace("-", " "))
    assert saved
    reopened.close()
    stores.open_store(layout).close()


def test_wrong_recovery_code_changes_nothing(salon):
    layout, store, code = salon
    store.close()
    before = layout.keyinfo.read_bytes()
    other = recovery.new_code()
    with pytest.raises(InputError, match="does not open"):
        stores.open_with_recovery_code(layout, other)
    with pytest.raises(InputError, match="20 letters"):
        stores.open_with_recovery_code(layout, "123")
    assert layout.keyinfo.read_bytes() == before


def test_keyinfo_holds_no_key_in_clear(salon, memory_keyring):
    layout, _, code = salon
    key = next(iter(memory_keyring.secrets.values()))
    text = layout.keyinfo.read_text()
    assert key not in text and code not in text and code.replace("-", "") not in text
    assert set(json.loads(text)) == {"format", "key_id", "fingerprint", "recovery", "mac"}
    assert (layout.keyinfo.stat().st_mode & 0o077) == 0


def test_recovery_code_alphabet_and_lookalikes():
    code = recovery.new_code()
    assert len(code) == 23 and code.count("-") == 3
    assert recovery.normalize("abcde-1234o-fghjk-6789l") == "ABCDE12340FGHJK67891"


def test_oversized_kdf_parameters_are_refused_before_allocating(salon):
    layout, store, code = salon
    info = stores.read_keyinfo(layout)
    info["recovery"]["memory_cost"] = 8 * 1024 * 1024
    with pytest.raises(InputError, match="damaged"):
        recovery.unwrap(info["recovery"], code)
