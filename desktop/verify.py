"""`verify`: SQLCipher page integrity (a damaged page named with its table), SQLite integrity, the audit chain
(from its last checkpoint to its head), the consent ledger (chain, head, texts, statuses re-derived from the
events), the chains' anchor in the keyring, and the MAC of salon-desk.json."""
from __future__ import annotations

import json
import logging
import re
from typing import Callable

from desktop import log as applog
from desktop.consent.rules import stale_statuses
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from storage import audit, consent, db, faults, pages, recovery
from storage.errors import QT_TRANSLATE_NOOP, InputError, StorageError

log = logging.getLogger(__name__)

CHECKS = ("cipher_integrity", "integrity", "audit_chain", "consent_ledger", "anchor", "key_info")
_PAGE = re.compile(r"\bpage (\d+)\b", re.IGNORECASE)


def problems(conn, key_hex: str | None = None) -> dict[str, list[str]]:
    """Each check's findings (English, naming what fails); all lists empty means everything holds. With the key,
    a damaged page is named with the table it belongs to."""
    roots = _run(lambda: _roots(conn))
    cipher = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    if cipher:  # once a page fails its HMAC, the connection refuses every read: nothing else can be checked
        named = _name_pages(conn, cipher, roots if isinstance(roots, dict) else {}, key_hex)
        skipped = ["not checked: the database file is damaged (see cipher_integrity); restore a backup"]
        return {"cipher_integrity": named, **{check: skipped for check in CHECKS[1:]}}
    integrity = _run(lambda: [row[0] for row in conn.execute("PRAGMA integrity_check")])
    return {
        "cipher_integrity": [],
        "integrity": [] if integrity == ["ok"] else integrity,
        "audit_chain": _run(lambda: audit.verify(conn)),
        "consent_ledger": _run(lambda: consent.verify(conn) + stale_statuses(conn)),
        "anchor": _run(lambda: _anchor(conn)),
        "key_info": _key_info(conn),
    }


def _run(check: Callable[[], object]):
    """A check that cannot read the file says so, in one line, instead of stopping verify."""
    try:
        return check()
    except db.DatabaseError as exc:
        return [f"could not be read: {faults.kind(exc) or 'database error'} ({exc})"]


def _roots(conn) -> dict[int, str]:
    roots = {1: "the schema (sqlite_master)"}
    for kind, name, table, root in conn.execute(
            "SELECT type, name, tbl_name, rootpage FROM sqlite_master WHERE rootpage > 0"):
        roots[root] = f"table {name}" if kind == "table" else f"index {name} of table {table}"
    return roots


def _name_pages(conn, lines: list[str], roots: dict[int, str], key_hex: str | None) -> list[str]:
    """SQLCipher's lines, each with the table its page belongs to where the b-trees tell."""
    owner: dict[int, str] = {}
    if key_hex and roots:
        path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
        try:
            owner = pages.owners(pages.read_pages(path, key_hex), roots)
        except (OSError, ValueError):
            owner = {}
    named = []
    for line in lines:
        match = _PAGE.search(line)
        where = owner.get(int(match.group(1))) if match else None
        named.append(f"{line} ({where})" if where else line)
    return named


def _anchor(conn) -> list[str]:
    anchor = getattr(conn, "anchor", None)
    if anchor is not None:
        return anchor.verify(conn)
    if getattr(conn, "keyinfo_path", None) is not None:  # opened for a salon, without a usable keyring
        return ["not checked: this PC's keyring cannot be used, so the chains' anchor cannot be read"]
    return []  # a bare connection (tests, benchmarks): no salon, no anchor


def _key_info(conn) -> list[str]:
    path = getattr(conn, "keyinfo_path", None)
    if path is None:
        return []
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{path.name} cannot be read ({type(exc).__name__})"]
    if not isinstance(info, dict) or not recovery.info_holds(conn.chain_key, info):
        return [f"{path.name} was changed outside Salon Desk (bad MAC): its recovery data or Argon2 parameters "
                "may no longer open the database"]
    return []


NOTHING_TO_ACKNOWLEDGE = QT_TRANSLATE_NOOP(
    "Messages", "This salon's database file matches the record kept in the keyring: there is nothing to acknowledge.")


class VerifyService(Service):
    @requires(Perm.VERIFY)
    def run(self) -> dict[str, list[str]]:
        found = problems(self._db, self.desk._kernel.store.key)  # noqa: SLF001 (the key names damaged pages)
        applog.flush_cipher_log()  # what SQLCipher said about damaged pages, into the log file now
        try:
            with self.unit_of_work() as uow:
                self.desk.log(uow, "verify_run", ok=not any(found.values()))
        except StorageError:  # a damaged file cannot take the audit row: the findings matter more
            log.warning("verify could not write its audit row")
        return found

    @requires(Perm.ACKNOWLEDGE)
    def acknowledge(self) -> list[str]:
        """The owner accepts a file that no longer matches its anchor (a backup restored on purpose): the audit log
        records what did not match and the old anchor, then the file's own heads become the anchor. Returns what
        was accepted (English lines)."""
        store = self.desk._kernel.store  # noqa: SLF001 (the anchor belongs to the opened salon)
        found = list(store.mismatch)
        if not found or store.anchor is None:
            raise InputError(NOTHING_TO_ACKNOWLEDGE)
        before = {name: {"seq": mark["seq"], "hash": mark["hash"]} for name, mark in store.anchor.chains.items()}
        with self.unit_of_work() as uow:
            self.desk.log(uow, "chain_anchor_acknowledged", problems=found, anchored=before)
        store.anchor.acknowledge(self._db)
        store.mismatch.clear()
        return found
