"""The notes guard: card numbers are never stored; health words are flagged for the health section.

A candidate is 13–19 digits with spaces (up to three), hyphens, or one dot or slash throughout, and nothing
touching either end (security-and-law.md).
It is a card number when it passes Luhn with a brand's prefix and length, or, because a typo is still a card
number, when it is grouped like a card (4-4-4-4, 4-6-5…) with a brand's prefix, or when a card word ("CB",
"carte", "Visa", "exp", "CVV"…) stands next to it. A business word just before ("SIRET", "IBAN", "facture",
"ticket"…) lowers that to a warning, unless an expiry date or a three-digit code sits next to the number.
Never cards: IBANs (their own mod-97 check), phone numbers, SIRET numbers in their 3-3-3-5 layout. A card
security code after its word ("CVV 123") is refused on its own. Used by every way into notes: the client form,
the CLI, the health notes, and (later) import and sync.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

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
_CANDIDATE = re.compile(r"(?<!\w)(?<!\d[ -])(?<!\d  )\d(?:(?: {1,3}|-)?\d){12,23}(?!\w)(?!(?: {1,3}|-)\d)")
# 4111.1111.1111.1111 or 4111/1111/1111/1111: one separator throughout (a date's 12/03/2025 is too short); read
# as spaces, which keeps every position (the masks are cut from the same normalised text)
_DOTTED = re.compile(r"(?<!\d)(?<!\d[./])\d{1,6}([./])\d{1,6}(?:\1\d{1,6})+(?!\d)")
_LOWER_CONFIDENCE = ("siret", "siren", "tva", "iban", "facture", "n° client", "no client", "tel", "tél", "ticket",
                     "commande", "ref", "reference")
CARD_LAYOUTS = {(4, 4, 4, 4), (4, 6, 5), (4, 6, 4), (4, 4, 4, 4, 3), (4, 4, 4, 1)}
NEAR = 30  # characters either side of a number in which a card word, an expiry date or a code counts
_CARD_WORDS = re.compile(r"\b(cb|carte|cartes|visa|mastercard|master card|amex|american express|maestro|exp|expire|"
                         r"expiration|cryptogramme|crypto|cvv|cvv2|cvc)\b")
_EXPIRY = re.compile(r"(?<![\d/])(0[1-9]|1[0-2]) ?/ ?(\d{2}|20\d{2})(?![\d/])")  # 12/27, never 12/03/2025
_CODE_AFTER = re.compile(r"[\s,;/:-]{1,4}(?:(?:cvv2?|cvc|crypto|cryptogramme)\W{0,3})?\d{3}(?![\d/,.])")
_CODE_WORD = re.compile(r"\b(cvv|cvv2|cvc|cryptogramme|crypto|code de securite)\b\W{0,4}(\d{3,4})(?!\d)")
_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})(?![A-Za-z0-9])")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009"), " ")

HEALTH_WORDS = (
    "allergie", "allergique", "allergy", "allergic", "latex", "eczema", "psoriasis", "dermatite", "dermatitis",
    "pelade", "alopecie", "alopecia", "enceinte", "grossesse", "pregnant", "pregnancy", "allaitement",
    "traitement", "treatment", "medicament", "medication", "chimio", "chimiotherapie", "chemotherapy", "cancer",
    "diabete", "diabetes", "asthme", "asthma", "epilepsie", "epilepsy", "test cutane", "patch test",
    "test d'allergie", "reaction allergique", "urticaire", "irritation", "brulure", "lesion", "teigne",
    "poux", "mycose", "diabetique", "vih", "seropositif", "seropositive", "depression", "sclerose", "thyroide",
    "hypothyroidie", "hyperthyroidie", "hypertension", "cardiaque", "pacemaker", "hepatite", "lupus",
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
    text = unicodedata.normalize("NFKC", text or "").translate(_SPACES).translate(_DASHES)
    return _DOTTED.sub(_as_spaces, text) if "." in text or "/" in text else text


def _as_spaces(match: re.Match) -> str:
    """The longest run of groups from the start holding 13 to 19 digits, its separators as spaces (the rest, an
    expiry date's 09.28 say, stays as written)."""
    separator = match.group(1)
    groups, kept, digits = match.group().split(separator), 0, 0
    for index, group in enumerate(groups, start=1):
        digits += len(group)
        if digits > 19:
            break
        if digits >= 13:
            kept = index
    if not kept:
        return match.group()
    return " ".join(groups[:kept]) + "".join(separator + group for group in groups[kept:])


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


def brand_by_prefix(digits: str) -> str | None:
    """A brand whose prefix the number starts with, whatever its length (a typo may add or drop nothing else)."""
    for brand, ranges, _ in BRANDS:
        if any(low <= digits[:len(low)] <= high for low, high in ranges):
            return brand
    return None


def iban_ok(text: str) -> bool:
    """ISO 13616 mod-97: the IBAN's own check, so a valid IBAN is never taken for a card."""
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def _without_ibans(text: str) -> str:
    return _IBAN.sub(lambda m: "x" * len(m.group()) if iban_ok(m.group()) else m.group(), text)


def _is_phone(text: str, start: int, digits: str) -> bool:
    """An international number (+33…, 0033…) that the numbering plan knows, never a card."""
    if not (digits.startswith("00") or text[max(0, start - 1):start] == "+"):
        return False
    try:
        number = phonenumbers.parse("+" + digits.removeprefix("00"), None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _spans(match: re.Match) -> list[tuple[int, int]]:
    """The candidate, then without its last short group, then without its last two (a card followed by the 09 28
    of its expiry date: up to 24 digits are read for that), each kept when it holds 13 to 19 digits."""
    spans, text = [], match.group()
    for _ in range(3):
        if 13 <= sum(ch.isdigit() for ch in text) <= 19:
            spans.append((match.start(), match.start() + len(text)))
        head = re.fullmatch(r"(.*\d)(?: {1,3}|-)\d{1,4}", text)
        if not head:
            break
        text = head.group(1)
    return spans


def _hit(text: str, start: int, end: int) -> CardHit | None:
    number = text[start:end]
    digits = re.sub(r"\D", "", number)
    layout = tuple(len(group) for group in re.split(r" +|-", number))
    if layout in ((3, 3, 3, 5), (3, 3, 3)) or _is_phone(text, start, digits):  # SIRET, SIREN, a phone number
        return None
    around = fold(text[max(0, start - NEAR):start] + " " + text[end:end + NEAR])
    brand = brand_of(digits)
    if not (brand and luhn_ok(digits)):
        if layout in CARD_LAYOUTS and brand_by_prefix(digits):
            brand = brand_by_prefix(digits)
        elif _CARD_WORDS.search(around):
            brand = brand_by_prefix(digits) or "unknown"
        else:
            return None
    before = fold(text[max(0, start - 20):start])
    with_details = bool(_EXPIRY.search(around) or _CODE_AFTER.match(fold(text[end:end + 16])))
    return CardHit(brand, start, end, with_details or not any(word in before for word in _LOWER_CONFIDENCE))


def find_cards(text: str) -> list[CardHit]:
    text = _without_ibans(normalize(text))
    hits = []
    for match in _CANDIDATE.finditer(text):
        found = [hit for hit in (_hit(text, start, end) for start, end in _spans(match)) if hit]
        if found:  # the span that is a card by its brand and checksum, else the longest (so the mask is its own)
            hits.append(next((hit for hit in found if _checks_out(text[hit.start:hit.end])), found[0]))
    return hits


def _checks_out(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    return bool(brand_of(digits)) and luhn_ok(digits)


def security_code(text: str | None) -> bool:
    """A card security code after its word ("CVV 123", "cryptogramme : 456"): never stored, card or not."""
    return bool(_CODE_WORD.search(fold(normalize(text or ""))))


def check_notes(text: str | None) -> None:
    """Refuse text holding a card number (a confident hit) or a card security code. The message never quotes
    the number."""
    if any(hit.confident for hit in find_cards(text or "")) or security_code(text):
        raise InputError(CARD_MESSAGE)


# "traitement" is a health word ("sous traitement"), except for a salon's own treatments ("traitement kératine").
_SALON_TREATMENT = re.compile(
    r"^s?\W+(?:(?:a|au|aux|a la|de|du|des|d'|l'|pour|anti)\W*)*(keratine|keratin|lissant|lissage|botox|capillaire|"
    r"cheveux|hair|hydratant|nourrissant|reparateur|profond|olaplex|plex|proteine|anti-?frisottis|frisottis|"
    r"couleur|colour|color|soin|brillance|pointes|racines|cuir chevelu|barbe|ongles|visage|peau|minceur|"
    r"anti-?age|eclat|gloss|repigmentant|decolorant|volume|boucles|detox)")


def health_terms(text: str | None) -> list[str]:
    """Health words found (folded), to steer the note into the health section. Salon treatments ("traitement
    kératine", "soin") are not health words."""
    folded = fold(text or "").replace("’", "'")
    found = set()
    for match in _HEALTH.finditer(folded):
        word = match.group(1)
        if word in ("traitement", "treatment") and _SALON_TREATMENT.match(folded[match.end():match.end() + 40]):
            continue
        found.add(word)
    return sorted(found)


HEALTH_MESSAGE = QT_TRANSLATE_NOOP(
    "Messages", "These notes look like health information. Health information is not kept in ordinary notes: move "
    "it to Health & patch tests (with the client's explicit consent), or confirm that it is not health information "
    "(salon-desk: --not-health). Nothing was saved.")


class HealthInNotes(InputError):
    """Notes flagged as health data, saved only after an explicit choice."""


def check_health(text: str | None) -> None:
    """Refuse notes that look like health information; the caller passes them only after the desk confirmed
    they are not (and logs who confirmed)."""
    if health_terms(text):  # the message never quotes the note: errors may reach a log
        raise HealthInNotes(HEALTH_MESSAGE)
