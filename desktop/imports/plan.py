"""The preview (dry run): what importing a table would do, row by row, before anything is written.

Qt-free data the wizard shows and the CLI prints: invalid rows with their reason, erased people flagged,
duplicates of existing clients or of an earlier row (on the normalised email, then a phone, then name and
birth date; on the name alone only between files with neither contact details nor a birth date), card
numbers (shown as brand and last 4 digits at most), health words, formula cells. The choices the user makes
(keep / merge / skip, drop the note or skip the row, hold a health note back) are Decisions.
"""
from __future__ import annotations

import re
from hashlib import blake2b
from sys import intern
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterator

from desktop.clients import contact, notes_guard
from desktop.imports.mapping import CONSENT_FIELDS, IGNORE
from desktop.imports.normalise import Normalised, normalise
from desktop.imports.reading import Table, column_letter
from storage.text import fold

DUPLICATE_ACTIONS = ("merge", "keep", "skip")
SECURITY_CODE = "CVV •••"  # what the preview shows of a card security code in the notes
CARD_ACTIONS = ("drop_note", "skip")
HEALTH_ACTIONS = ("hold", "keep")


@dataclass(slots=True)
class RowPlan:
    row: int
    # 100,000 of these stay in memory from the preview to the commit: empty lists are one shared empty tuple,
    # and equal consent answers one shared dict (none of them is changed once built)
    values: contact.CheckedClient | dict = field(repr=False)  # never in a repr: notes may hold what is held back
    phones: tuple | list = field(repr=False)
    consent: dict
    reason: str | None = None
    cards: list | tuple = ()                          # "visa •••• 0366": brand and last 4 digits only
    health: list | tuple = ()
    formulas: list | tuple = ()                       # column letters
    duplicate_of: tuple | None = None                # ("client", id) or ("row", number)
    matched_on: str | None = None                    # email / phone / name_birth / name
    erased: bool = False
    proposed: str = "merge"                          # "keep" for a shared email or phone under another name

    @property
    def status(self) -> str:
        if self.reason:
            return "invalid"
        if self.erased:
            return "erased"
        return "duplicate" if self.duplicate_of else "new"


@dataclass
class Attestation:
    """How and when the file's consent answers for one channel were obtained, and which text was shown. Only
    with one does a consent column become consent events; `rows` limits it to those rows (client by client)."""

    channel: str
    evidence: str
    obtained_on: date
    text_version: int
    rows: frozenset[int] | None = None


@dataclass
class Decisions:
    duplicates: dict[int, str] = field(default_factory=dict)   # row -> merge / keep / skip (default: proposed)
    all_duplicates: str | None = None                           # one choice for every duplicate not chosen above
    cards: dict[int, str] = field(default_factory=dict)        # row -> drop_note / skip (default drop_note)
    health: dict[int, str] = field(default_factory=dict)       # row -> hold / keep (default hold)

    def duplicate(self, row: RowPlan) -> str:
        """The user's choice for this duplicate, else the one made for every duplicate, else the preview's
        proposal (merge; keep a family member who shares an email or a phone)."""
        return self.duplicates.get(row.row) or self.all_duplicates or row.proposed

    def card(self, row: int) -> str:
        return self.cards.get(row, "drop_note")

    def health_note(self, row: int) -> str:
        return self.health.get(row, "hold")


@dataclass
class Plan:
    file_name: str
    sha256: str
    size: int
    kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header: list[str]
    mapping: list[str]
    rows: list[RowPlan]
    imported_before: list[str] = field(default_factory=list)  # when this very file was imported already

    def where(self, status: str) -> list[RowPlan]:
        return [r for r in self.rows if r.status == status]

    @property
    def consent_columns(self) -> list[str]:
        return [channel for channel, name in CONSENT_FIELDS.items() if name in self.mapping]

    def answers(self, channel: str, answer: str = "yes") -> list[int]:
        return [r.row for r in self.rows if r.status in ("new", "duplicate") and r.consent.get(channel) == answer]


class Matcher:
    """Keys of known people: existing clients (from the database) and the rows already seen in the file.

    A key ("email\x1f…", "phone\x1f…", names and birth date) is kept as its 128-bit BLAKE2b digest, and a target
    as a client id (str) or a row number (int): at 100,000 rows (three keys a row, in the preview and again in
    the commit) the saving over the keys' text or tuples is tens of megabytes. A row's keys are (kind, digest).

    Families share an email or a phone: a shared key keeps its first person, and each other name seen on it gets a
    key of its own (the key with the name), so Léa on her mother's phone is Léa, not her mother."""

    def __init__(self) -> None:
        self.keys: dict[bytes, str | int] = {}
        self.names: dict[str | int, str] = {}  # target -> its name_key()

    def add_client(self, client_id: str, email: str | None, phone: str | None, first: str, last: str,
                   birth: str | None) -> None:
        self.remember(_digests(self._keys(email, [phone] if phone else [], first, last, birth)), client_id,
                      name_key(first, last))

    def find(self, keys: list[tuple[str, bytes]], name: str) -> tuple[tuple | None, str | None, bool]:
        """(target, the key kind it was found by, whether it bears another name): a key of this very person
        first, else someone else on a shared email or phone (a family member, or a typo)."""
        shared = None
        for kind, digest in keys:
            found = self.keys.get(digest)
            if found is None:
                continue
            if kind in SHARED and self.names.get(found, name) != name:
                own = self.keys.get(_with_name(digest, name))
                if own is None:
                    shared = shared or (found, kind)
                    continue
                found = own
            return _target(found), kind, False
        return (_target(shared[0]), shared[1], True) if shared else (None, None, False)

    def remember(self, keys: list[tuple[str, bytes]], target: str | int, name: str) -> None:
        """`target` (a client id, or a row number) is known by these keys from now on."""
        self.names.setdefault(target, name)
        for kind, digest in keys:
            found = self.keys.setdefault(digest, target)
            if found != target and kind in SHARED and self.names.get(found) != name:
                self.keys.setdefault(_with_name(digest, name), target)

    @classmethod
    def keys_of(cls, values, phones: list[str]) -> list[tuple[str, bytes]]:
        """A row's keys, in the order they are tried (compute them once, for several matchers)."""
        return _digests(cls._keys(values.get("email"), phones, values["first_name"], values["last_name"],
                                  values.get("birth_date")))

    @staticmethod
    def _keys(email: str | None, phones: list[str], first: str, last: str, birth: str | None) -> Iterator[str]:
        if email:
            yield "email\x1f" + email.lower()
        for phone in phones:
            yield "phone\x1f" + phone
        names = f"{fold(' '.join(first.split()))}\x1f{fold(' '.join(last.split()))}"
        if birth:
            yield f"name_birth\x1f{names}\x1f{birth}"
        if not email and not phones and not birth:
            yield "name\x1f" + names


SHARED = ("email", "phone")  # the keys a family may share


def _target(found: str | int) -> tuple:
    return ("row", found) if isinstance(found, int) else ("client", found)


def _with_name(digest: bytes, name: str) -> bytes:
    return blake2b(digest + name.encode("utf-8"), digest_size=16).digest()


def name_key(first: str, last: str) -> str:
    """Who a row names, for telling family members apart on a shared email or phone: first and last name with
    case, accents, spaces and hyphens folded away (Jean-Pierre is Jean Pierre)."""
    return intern(_LETTERS.sub("", fold(first)) + "\x1f" + _LETTERS.sub("", fold(last)))  # names repeat


_LETTERS = re.compile(r"[\W_]")  # spaces, hyphens, apostrophes: any script's letters stay


def _digests(keys: Iterator[str]) -> list[tuple[str, bytes]]:
    return [(key.split("\x1f", 1)[0], blake2b(key.encode("utf-8"), digest_size=16).digest()) for key in keys]


def masked_cards(note: str, hits: list[notes_guard.CardHit]) -> list[str]:
    """What may be shown of each card number: its brand and last 4 digits (the rule allows 6 + 4 at most)."""
    text = notes_guard.normalize(note)
    return [f"{hit.brand} •••• {re.sub(r'[^0-9]', '', text[hit.start:hit.end])[-4:]}" for hit in hits]


def masked_text(text: str) -> str:
    """The text with every card number (confident or not) shown as "•••• 1234": for samples of a column."""
    normal = notes_guard.normalize(text)
    hits = notes_guard.find_cards(normal)
    for hit in sorted(hits, key=lambda h: h.start, reverse=True):
        digits = re.sub(r"[^0-9]", "", normal[hit.start:hit.end])
        normal = f"{normal[:hit.start]}•••• {digits[-4:]}{normal[hit.end:]}"
    return normal if hits else text


def build(table: Table, mapping: list[str], *, existing: Matcher, erased: Callable[[str | None, list[str]], bool],
          imported_before: list[str] | None = None, progress=None, today: date | None = None) -> Plan:
    """The plan for this table under this mapping; `existing` knows the salon's clients, `erased(email,
    phones)` says whether a suppression entry flags the person."""
    file_rows = Matcher()
    consents: dict[tuple, dict] = {}
    plans: list[RowPlan] = []
    formulas: dict[int, list[str]] = {}
    used = {i for i, f in enumerate(mapping) if f != IGNORE}
    for number, column in sorted(table.formulas):
        if column in used:
            formulas.setdefault(number, []).append(column_letter(column))
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows):
        if progress is not None and done % 500 == 0:
            progress.check()
            progress.update(done, total)
        found: Normalised = normalise(cells, mapping, today=today)
        answers = tuple((c, a) for c, a in found.consent.items() if a)
        consent = consents.get(answers)
        if consent is None:
            consent = consents[answers] = dict(answers)
        plan = RowPlan(number, found.values if not found.reason else {}, tuple(found.phones), consent, found.reason,
                       formulas=formulas.get(number, ()))
        if found.card_elsewhere:
            plan.reason = "card_elsewhere"
        if not plan.reason:
            plan.cards = masked_cards(found.values.get("notes") or "", found.cards) if found.cards else ()
            if found.security_code:  # never stored either (check_notes): the note goes as with a card number
                plan.cards = [*plan.cards, SECURITY_CODE]
            plan.health = found.health or ()
            if erased(found.values.get("email"), found.phones):
                plan.erased = True
            else:
                keys = Matcher.keys_of(found.values, found.phones)
                name = name_key(found.values["first_name"], found.values["last_name"])
                target, on, someone_else = existing.find(keys, name)
                if target is None or someone_else:  # the file's own rows may hold this very person
                    in_file = file_rows.find(keys, name)
                    if in_file[0] is not None and (target is None or not in_file[2]):
                        target, on, someone_else = in_file
                plan.duplicate_of, plan.matched_on = target, on
                if someone_else:
                    plan.proposed = "keep"  # a family member on a shared email or phone: a client of their own
                file_rows.remember(keys, number if target is None or someone_else else target[1], name)
        plans.append(plan)
    if progress is not None:
        progress.update(total, total)
    return Plan(table.file_name, table.sha256, table.size, table.kind, table.encoding, table.delimiter, table.sheet,
                list(table.header), list(mapping), plans, list(imported_before or []))
