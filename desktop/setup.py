"""First run: a new key in the keyring, the encrypted database, the owner, and the recovery code."""
from __future__ import annotations

import json
import uuid

from desktop.staff import passwords
from desktop.paths import Layout
from desktop.staff.service import check_login
from desktop.store import Store, is_set_up
from storage import anchor, atomic, audit, db, keystore, recovery, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError


def init_salon(layout: Layout, *, salon_name: str, owner_login: str, owner_password: str,
               address: str = "", owner_name: str = "") -> tuple[Store, str]:
    """Create everything or nothing. Returns the open store and the recovery code (shown once)."""
    salon_name = " ".join((salon_name or "").split())
    if not salon_name:
        raise InputError(QT_TRANSLATE_NOOP("Messages", "The salon name cannot be empty."))
    check_login(owner_login)
    passwords.check(owner_password, context=(owner_login, owner_name, *salon_name.split()))
    if is_set_up(layout) or any(p.exists() for p in layout.database_files()):
        raise InputError(QT_TRANSLATE_NOOP("Messages", "A salon is already set up in {home}."),
                         home=str(layout.home))
    layout.home.mkdir(parents=True, exist_ok=True, mode=0o700)

    key_hex, key_id, code = keystore.new_key(), str(uuid.uuid4()), recovery.new_code()
    keystore.save(key_id, key_hex)  # no keyring: stop here, nothing written
    conn = None
    try:
        conn = db.connect(layout.database, key_hex, create=True)
        stamp = timeutil.iso(timeutil.now())
        store = Store(layout, conn, key_id, key_hex)
        store.anchor = conn.anchor = anchor.Anchor(key_id, conn.chain_key)  # the first heads go to the keyring
        conn.keyinfo_path = layout.keyinfo
        salon_id, owner_id = str(uuid.uuid4()), str(uuid.uuid4())
        with store.unit_of_work() as uow:
            uow.insert("salon", {"id": salon_id, "name": salon_name, "address": address.strip(),
                                 "created_at": stamp, "updated_at": stamp})
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
    except BaseException:
        if conn is not None:
            conn.close()
        for path in [*layout.database_files(), layout.keyinfo]:
            path.unlink(missing_ok=True)
        keystore.forget(key_id)
        keystore.forget_entry(anchor.entry(key_id))
        raise
    return store, code
