"""First run: a working keyring checked first, a new key in it, the encrypted database, the salon's identity, the
owner, and the recovery code."""
from __future__ import annotations

import json
import logging
import sys
import uuid

from desktop import identity
from desktop.kernel.forms import collect
from desktop.paths import Layout, make_private
from desktop.settings import SALON_LEGAL_NAME
from desktop.staff import passwords
from desktop.staff.service import check_login
from desktop.store import Store, is_set_up
from storage import anchor, atomic, audit, db, keystore, recovery, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError

logger = logging.getLogger(__name__)

# What to do when there is no usable keyring, in plain words and without an exception's name.
NO_KEYRING = {
    "linux": QT_TRANSLATE_NOOP(
        "Messages", "This computer has no working keyring, where Salon Desk keeps the key to the salon's encrypted "
        "data. Install and unlock a Secret Service keyring, such as GNOME Keyring (package gnome-keyring) or "
        "KWallet, sign in to the desktop again, then try again."),
    "darwin": QT_TRANSLATE_NOOP(
        "Messages", "The macOS Keychain cannot be used, and Salon Desk keeps the key to the salon's encrypted data "
        "there. Unlock your login keychain in Keychain Access, then try again."),
    "win32": QT_TRANSLATE_NOOP(
        "Messages", "The Windows Credential Manager cannot be used, and Salon Desk keeps the key to the salon's "
        "encrypted data there. Sign in to Windows with your own account, then try again."),
}


def keyring_problem() -> str | None:
    """None when the system keyring can keep a secret; else what is missing and what to do (a source string of
    context "Messages"). A probe entry is written and removed; nothing else is touched."""
    probe = f"setup-probe-{uuid.uuid4()}"
    try:
        keystore.save(probe, keystore.new_key())
    except keystore.KeyringUnavailable as exc:  # the guard's own reason goes to the log, for support
        logger.info("no usable keyring: %s", exc.message())
        return NO_KEYRING.get(sys.platform, NO_KEYRING["linux"])
    keystore.forget(probe)
    return None


def init_salon(layout: Layout, *, salon_name: str, owner_login: str, owner_password: str,
               address: str = "", owner_name: str = "", legal_name: str = "", phone: str = "",
               email: str = "") -> tuple[Store, str]:
    """Create everything or nothing. Returns the open store and the recovery code (shown once).

    Without a usable keyring, nothing at all is written (not even the folder). Every wrong field is reported at
    once (FieldErrors)."""
    problem = keyring_problem()
    if problem:
        raise keystore.KeyringUnavailable(problem)
    salon = collect({
        "salon": lambda: identity.check(trade_name=salon_name, legal_name=legal_name, address=address, phone=phone,
                                        email=email),
        "owner_login": lambda: check_login(owner_login),
        "owner_password": lambda: passwords.check(owner_password,
                                                  context=(owner_login, owner_name, *(salon_name or "").split())),
    })["salon"]
    if is_set_up(layout) or any(p.exists() for p in layout.database_files()):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A salon is already set up in {home}."),
                         home=str(layout.home))
    layout.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private(layout)

    key_hex, key_id, code = keystore.new_key(), str(uuid.uuid4()), recovery.new_code()
    keystore.save(key_id, key_hex)
    conn = None
    try:
        conn = db.connect(layout.database, key_hex, create=True)
        stamp = timeutil.iso(timeutil.now())
        store = Store(layout, conn, key_id, key_hex)
        store.anchor = conn.anchor = anchor.Anchor(key_id, conn.chain_key)  # the first heads go to the keyring
        conn.keyinfo_path = layout.keyinfo
        salon_id, owner_id = str(uuid.uuid4()), str(uuid.uuid4())
        with store.unit_of_work() as uow:
            uow.insert("salon", {"id": salon_id, "name": salon["trade_name"], "address": salon["address"],
                                 "phone": salon["phone"], "email": salon["email"], "created_at": stamp,
                                 "updated_at": stamp})
            if salon["legal_name"] != salon["trade_name"]:
                uow.upsert("setting", {"key": SALON_LEGAL_NAME.key, "value": salon["legal_name"], "updated_at": stamp})
            uow.insert("staff", {"id": owner_id, "login": owner_login, "display_name": owner_name.strip(),
                                 "role": "owner", "password_hash": passwords.hash_password(owner_password),
                                 "must_change_password": 0, "active": 1, "session_epoch": 0,
                                 "created_at": stamp, "updated_at": stamp, "password_changed_at": stamp})
            audit.append(uow, "salon_created", staff_id=owner_id, object_type="salon", object_id=salon_id)
            audit.append(uow, "staff_added", staff_id=owner_id, object_type="staff", object_id=owner_id,
                         details={"role": "owner"})
        store.anchor.flush()
        info = {"format": 1, "key_id": key_id, "fingerprint": keystore.fingerprint(key_hex),
                "recovery": recovery.wrap(key_hex, code)}
        info["mac"] = recovery.info_mac(conn.chain_key, info)
        atomic.write_text(layout.keyinfo, json.dumps(info, indent=2))
        make_private(layout)
    except BaseException:
        if conn is not None:
            conn.close()
        for path in [*layout.database_files(), layout.keyinfo]:
            path.unlink(missing_ok=True)
        keystore.forget(key_id)
        keystore.forget_entry(anchor.entry(key_id))
        raise
    return store, code
