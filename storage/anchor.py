"""The chains' anchor: the heads of the audit log and of the consent ledger (seq and hash), kept outside the
database file, in the OS keyring beside the key, MACed with a key derived from the database key.

The heads inside the file (chain_head) show a cut tail, but whoever holds the key can recompute them, and a copy
of an older file carries older heads that agree with it. The anchor is what such a file cannot agree with: it is
written after every commit that extends a chain (at most once a second) and at close, and opening and verify check
that the file still holds the anchored rows. A file behind its anchor (a rollback, a truncation) or whose anchored
row differs (a rewrite) is refused at opening until the owner acknowledges it, which the audit log records.

Pruning deletes anchored rows legitimately: the anchor also records up to which seq checkpoints are allowed, and a
prune raises that bound in the keyring before it commits.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from typing import Any

from storage import audit, chain, consent, keystore
from storage.errors import QT_TRANSLATE_NOOP, StorageError, Term

CHAINS = (audit.CHAIN, consent.CHAIN)
LABEL = b"salon-desk anchor v1"
EVERY = 1.0  # seconds: the anchor is written at most this often (and always at close)
BEHIND = QT_TRANSLATE_NOOP(
    "Messages", "This salon's database file is older than the one Salon Desk last saved, or its newest records were "
    "removed (its audit log or consent ledger ends before the record kept in this PC's keyring).")
REWRITTEN = QT_TRANSLATE_NOOP(
    "Messages", "This salon's database file was changed outside Salon Desk: its audit log or consent ledger no "
    "longer holds the record kept in this PC's keyring.")
WHAT_TO_DO = QT_TRANSLATE_NOOP(
    "Messages", "{what} Restore the most recent backup of the salon folder; or, if this file is "
    "the one to keep (a backup restored on purpose), the owner accepts it with: salon-desk acknowledge --user LOGIN "
    "(this is written in the audit log).")


class AnchorDamaged(StorageError):
    """The anchor in the keyring fails its MAC: someone with access to the keyring changed it."""


class AnchorMismatch(StorageError):
    """The file no longer holds what its anchor records; `problems` says what, in English."""

    def __init__(self, template: str, problems: list[str], **params: object) -> None:
        super().__init__(template, **params)
        self.problems = problems


def entry(key_id: str) -> str:
    return f"chain-anchor:{key_id}"


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode("utf-8")


def file_heads(conn) -> dict[str, dict[str, Any]]:
    """The heads and newest checkpoints the file holds, as an anchor would record them."""
    heads = {name: (seq, digest) for name, seq, digest in conn.execute("SELECT chain, seq, hash FROM chain_head")}
    pruned = dict(conn.execute("SELECT chain, max(seq) FROM chain_checkpoint GROUP BY chain"))
    found = {}
    for c in CHAINS:
        seq, digest = heads.get(c.table, (0, chain.GENESIS))
        found[c.table] = {"seq": seq, "hash": digest, "pruned": pruned.get(c.table) or 0}
    return found


def problems(conn, chains: dict[str, dict[str, Any]]) -> list[str]:
    """What the file lacks of what the anchor records, in English, one line per chain; empty when it holds.
    Rows after the anchored ones are normal (the anchor lags by up to a second, or a crash came first)."""
    found = []
    for c in CHAINS:
        mark = chains.get(c.table)
        if mark is None:
            continue
        seq, digest, allowed = int(mark["seq"]), str(mark["hash"]), int(mark.get("pruned", 0))
        checkpoints = chain.checkpoints(conn, c)
        newest = checkpoints[-1] if checkpoints else None
        if newest is not None and newest["seq"] > allowed:
            found.append(f"{c.table}: rows were pruned up to #{newest['seq']}, beyond what its anchor in the keyring "
                         f"allows (#{allowed})")
        if seq == 0:
            continue
        if newest is not None and seq <= newest["seq"]:
            if seq == newest["seq"] and newest["hash"] != digest:
                found.append(f"{c.table}: checkpoint #{seq} is not the row its anchor in the keyring records: "
                             "the ledger was rewritten")
            continue
        row = conn.execute(f"SELECT hash FROM {c.table} WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            last = conn.execute(f"SELECT max(seq) FROM {c.table}").fetchone()[0] or 0
            found.append(f"{c.table}: the file ends at row #{last} but its anchor in the keyring records row #{seq}: "
                         "the file was rolled back to an older copy, or its newest rows were removed")
        elif row[0] != digest:
            found.append(f"{c.table}: row #{seq} is not the one its anchor in the keyring records: the ledger was "
                         "rewritten")
    return found


def mismatch(found: list[str]) -> AnchorMismatch:
    what = BEHIND if all("ends at row" in line for line in found) else REWRITTEN
    return AnchorMismatch(WHAT_TO_DO, found, what=Term(what))


class Anchor:
    """One salon's anchor, shared by every connection of a process (thread-safe). `held` while the file does not
    match it: nothing is written over the evidence until the owner acknowledges."""

    def __init__(self, key_id: str, chain_key: bytes, *, clock=time.monotonic) -> None:
        self.entry = entry(key_id)
        self._key = hmac.new(chain_key, LABEL, hashlib.sha256).digest()
        self._clock = clock
        self._lock = threading.Lock()
        self.chains: dict[str, dict[str, Any]] = {}
        self.pending = False
        self.held = False
        self.created = False  # no anchor was found at opening: this one was made from the file
        self.writes = 0
        self._last = float("-inf")

    # -- the keyring entry ----------------------------------------------------------------------------------
    def _mac(self, chains: dict[str, Any]) -> str:
        return hmac.new(self._key, _canonical(["anchor", chains]), hashlib.sha256).hexdigest()

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The anchored chains, None when there is no anchor; StorageError when it was tampered with."""
        text = keystore.load_entry(self.entry)
        if text is None:
            return None
        try:
            data = json.loads(text)
            chains = data["chains"]
            holds = hmac.compare_digest(str(data.get("mac", "")), self._mac(chains))
        except (ValueError, KeyError, TypeError):
            holds = False
        if not holds:
            raise AnchorDamaged(QT_TRANSLATE_NOOP(
                "Messages", "The record of this salon's ledgers kept in the keyring was changed outside Salon Desk "
                "(bad MAC). Run verify, and restore a backup if it fails."))
        return chains

    def _save(self, chains: dict[str, dict[str, Any]]) -> None:
        keystore.save_entry(self.entry, json.dumps({"v": 1, "chains": chains, "mac": self._mac(chains)},
                                                   sort_keys=True))
        self.chains = chains
        self.pending = False
        self.writes += 1
        self._last = self._clock()

    def _merged(self) -> dict[str, dict[str, Any]]:
        """Ours, raised to whatever another process wrote meanwhile (heads and prune bounds only move forward)."""
        try:
            theirs = self.read() or {}
        except AnchorDamaged:
            theirs = {}
        merged = {}
        for name in set(self.chains) | set(theirs):
            mine, other = self.chains.get(name), theirs.get(name)
            best = dict(mine or other)
            if mine and other and int(other["seq"]) > int(mine["seq"]):
                best.update(seq=other["seq"], hash=other["hash"])
            best["pruned"] = max(int((mine or {}).get("pruned", 0)), int((other or {}).get("pruned", 0)))
            merged[name] = best
        return merged

    # -- opening ------------------------------------------------------------------------------------------
    def open(self, conn) -> list[str]:
        """Check the file against the anchor. Returns what it lacks (the caller refuses or holds); with no anchor
        yet (a new PC, a salon from before anchors) the file's own heads become the anchor."""
        anchored = self.read()
        if anchored is None:
            with self._lock:
                self._save(file_heads(conn))
                self.created = True
            return []
        found = problems(conn, anchored)
        with self._lock:
            self.chains = anchored
            if found:
                self.held = True
                return found
            self.chains = _forward(anchored, file_heads(conn))
            self.pending = self.chains != anchored
        return []

    # -- after commits ------------------------------------------------------------------------------------
    def moved(self, heads: dict[str, tuple[int, str]], *, now: bool = False) -> None:
        """A commit extended these chains; write at most once a second (`now`: at once)."""
        with self._lock:
            for name, (seq, digest) in heads.items():
                mark = self.chains.setdefault(name, {"seq": 0, "hash": chain.GENESIS, "pruned": 0})
                if seq > int(mark["seq"]):
                    mark.update(seq=seq, hash=digest)
                    self.pending = True
            if self.pending and not self.held and (now or self._clock() - self._last >= EVERY):
                self._save(self._merged())

    def flush(self) -> None:
        """At close: whatever the last second's commits moved."""
        with self._lock:
            if self.pending and not self.held:
                self._save(self._merged())

    def allow_prune(self, table: str, through: int) -> None:
        """Before a prune commits: checkpoints up to `through` become legitimate. Raises when the keyring cannot
        record it, and then the prune does not happen."""
        with self._lock:
            if self.held:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "Messages", "The database file does not match its record in the keyring: nothing is pruned "
                    "until the owner acknowledges it."))
            mark = self.chains.setdefault(table, {"seq": 0, "hash": chain.GENESIS, "pruned": 0})
            mark["pruned"] = max(int(mark.get("pruned", 0)), through)
            self._save(self._merged())

    def acknowledge(self, conn) -> None:
        """The owner accepts the file as it is: its own heads become the anchor."""
        with self._lock:
            self.held = False
            self._save(file_heads(conn))

    def verify(self, conn) -> list[str]:
        """verify's check: the file against what the keyring holds now."""
        try:
            anchored = self.read()
        except AnchorDamaged:
            return ["the chains' anchor in the keyring was changed outside Salon Desk (bad MAC)"]
        except keystore.KeyringUnavailable:
            return ["the chains' anchor cannot be read: this PC's keyring cannot be used"]
        if anchored is None:
            return ["the chains' anchor is missing from the keyring"]
        return problems(conn, anchored)


def _forward(anchored: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The anchor moved onto the file's heads where the file is ahead (its prune bounds kept)."""
    merged = {}
    for name in set(anchored) | set(current):
        mark = dict(anchored.get(name) or current[name])
        if name in current and int(current[name]["seq"]) > int(mark["seq"]):
            mark.update(seq=current[name]["seq"], hash=current[name]["hash"])
        mark["pruned"] = max(int(mark.get("pruned", 0)), int((anchored.get(name) or {}).get("pruned", 0)))
        merged[name] = mark
    return merged
