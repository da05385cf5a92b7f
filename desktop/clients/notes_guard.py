"""The notes guard: card numbers are never stored; health words are flagged for the health section.

Card detection follows security-and-law.md: 13–19 digits with single spaces or hyphens, nothing touching
either end, a valid Luhn check digit AND a card brand's prefix and length. A business-number word just
before ("SIRET", "IBAN", "facture"…) lowers confidence to a warning. Used by every way into notes: the
client form, the CLI, and (later) import and sync.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from storage.errors import QT_TRANSLATE_NOOP, InputError
from storage.text import fold

# (brand, prefixes as (low, high) inclusive ranges compared on the same number of digits, allowed lengths)
BRANDS: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[int, ...]], ...] = (
    ("visa", (("4", "4"),), (13, 16, 19)),
    ("mastercard", (("51", "55"), ("2221", "2720")), (16,)),
    ("amex", (("34", "34"), ("37", "37")), (15,)),
    ("discover", (("6011", "6011"), ("622126", "622925"), ("644", "649"), ("65", "65")), (16, 17, 18, 19)),
    ("jcb", (("3528", "3589"),), (16, 17, 18, 19)),
    ("diners", (("300", "305"), ("309", "309"), ("36", "36"), ("38", "39")), (14, 15, 16, 17, 18, 19)),
    ("unionpay", (("62", "62"),), (16, 17, 18, 19)),
    ("maestro", (("50", "50"), ("56", "69")), (13, 14, 15, 16, 17, 18, 19)),
)
_CANDIDATE = re.compile(r"(?<!\w)(?<!\d[ -])\d(?:[ -]?\d){12,18}(?!\w)(?![ -]\d)")
_LOWER_CONFIDENCE = ("siret", "siren", "tva", "iban", "facture", "n° client", "no client", "tel", "tél")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009"), " ")

HEALTH_WORDS = (
    "allergie", "allergique", "allergy", "allergic", "latex", "eczema", "psoriasis", "dermatite", "dermatitis",
    "pelade", "alopecie", "alopecia", "enceinte", "grossesse", "pregnant", "pregnancy", "allaitement",
    "traitement", "treatment", "medicament", "medication", "chimio", "chimiotherapie", "chemotherapy", "cancer",
    "diabete", "diabetes", "asthme", "asthma", "epilepsie", "epilepsy", "test cutane", "patch test",
    "test d'allergie", "reaction allergique", "urticaire", "irritation", "brulure", "lesion", "teigne",
    "poux", "mycose",
)
_HEALTH = re.compile(r"\b(" + "|".join(re.escape(w) for w in HEALTH_WORDS) + r")s?\b")

CARD_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "This note contains what looks like a payment card number. Card numbers must never be stored: "
    "remove it, then save again. Nothing was saved.")


@dataclass(frozen=True)
class CardHit:
    brand: str
    start: int
    end: int
    confident: bool  # False when a business-number word just before makes it likely a SIRET, IBAN…

    def __repr__(self) -> str:  # never the digits, not even in a traceback
        return f"CardHit({self.brand}, {self.start}-{self.end}, confident={self.confident})"


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").translate(_SPACES).translate(_DASHES)


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def brand_of(digits: str) -> str | None:
    for brand, ranges, lengths in BRANDS:
        if len(digits) in lengths and any(low <= digits[:len(low)] <= high for low, high in ranges):
            return brand
    return None


def find_cards(text: str) -> list[CardHit]:
    text = normalize(text)
    hits = []
    for match in _CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        brand = brand_of(digits)
        if brand and luhn_ok(digits):
            before = fold(text[max(0, match.start() - 20):match.start()])
            hits.append(CardHit(brand, match.start(), match.end(),
                                not any(word in before for word in _LOWER_CONFIDENCE)))
    return hits


def check_notes(text: str | None) -> None:
    """Refuse text holding a card number (a confident hit). The message never quotes the number."""
    if any(hit.confident for hit in find_cards(text or "")):
        raise InputError(CARD_MESSAGE)


def health_terms(text: str | None) -> list[str]:
    """Health words found (folded), to steer the note into the health section."""
    return sorted(set(_HEALTH.findall(fold(text or "").replace("’", "'"))))
