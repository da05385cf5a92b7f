"""Password strength from a maintained estimator: zxcvbn (its common-password, name and English dictionaries), plus
the most frequent French words (resources/passwords/fr_words.txt, from wordfreq), salon and beauty words and
brands (salon_words.txt), and the salon's and the person's own names as user inputs. Its feedback is translated.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from datetime import date
from importlib import resources

from zxcvbn import feedback as zx_feedback, matching, scoring

from storage.errors import QT_TRANSLATE_NOOP, InputError
from storage.text import fold

MIN_SCORE = 3          # zxcvbn's "safely unguessable" (about 10^8 guesses and more)
MAX_ESTIMATED = 100    # characters estimated: more only adds guesses, and zxcvbn grows with the square
C = "PasswordAdvice"

# zxcvbn's English feedback, marked so that lupdate collects it and the French catalogue translates it.
FEEDBACK = {text: text for text in (
    QT_TRANSLATE_NOOP("PasswordAdvice", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("PasswordAdvice", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordAdvice", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("PasswordAdvice", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Avoid sequences."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Avoid recent years."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "This is a very common password."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("PasswordAdvice", "Predictable substitutions like '@' instead of 'a' don't help very much."),
)}
# Our own dictionaries' warnings (zxcvbn has none for dictionaries it does not know).
OWN_WARNINGS = {
    "french": QT_TRANSLATE_NOOP("PasswordAdvice", "Common French words are easy to guess."),
    "salon": QT_TRANSLATE_NOOP("PasswordAdvice", "Salon words and beauty brands are easy to guess."),
    "user_inputs": QT_TRANSLATE_NOOP("PasswordAdvice", "The salon's name and your own names are easy to guess."),
    "years": QT_TRANSLATE_NOOP("PasswordAdvice", "Recent years are easy to guess."),
}
WEAK = QT_TRANSLATE_NOOP("Messages", "This password is too easy to guess.")


class WeakPassword(InputError):
    """Refused by the estimator; the message carries zxcvbn's advice, translated."""

    def __init__(self, advice: list[str]) -> None:
        self.advice = advice
        super().__init__(WEAK)

    def message(self, translate=None) -> str:
        lines = [translate(C, line) if translate else line for line in self.advice]
        return " ".join([super().message(translate), *lines])


@dataclass(frozen=True)
class Estimate:
    score: int
    guesses: float
    advice: list[str]


def _read(name: str) -> list[str]:
    text = resources.files("resources").joinpath(f"passwords/{name}").read_text(encoding="utf-8")
    return [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _ranked(words: list[str]) -> dict[str, int]:
    """Rank by position; each word also without its accents and apostrophes, at the same rank."""
    ranked: dict[str, int] = {}
    for rank, word in enumerate(words, 1):
        for form in (word, fold(word), fold(word).replace("'", "").replace("-", "")):
            ranked.setdefault(form, rank)
    return ranked


def _years() -> dict[str, int]:
    """Years near today, nearest first: this zxcvbn takes only 1900-2019 for "recent years"."""
    this = date.today().year
    order = sorted(range(1940, this + 16), key=lambda year: abs(year - this))
    return {str(year): rank for rank, year in enumerate(order, 1)}


@functools.cache
def dictionaries() -> dict[str, dict[str, int]]:
    own = {name: ranked for name, ranked in matching.RANKED_DICTIONARIES.items() if name != "user_inputs"}
    return {**own, "french": _ranked(_read("fr_words.txt")), "salon": _ranked(_read("salon_words.txt")),
            "years": _years()}


def _user_inputs(context: tuple[str, ...]) -> list[str]:
    words = []
    for item in context:
        if item and len(item) >= 3:
            words.append(item.lower())
            words += [w for w in item.lower().replace("-", " ").split() if len(w) >= 3]
    return words


def estimate(password: str, context: tuple[str, ...] = ()) -> Estimate:
    password = unicodedata.normalize("NFC", password)[:MAX_ESTIMATED]
    ranked = {**dictionaries(), "user_inputs": _ranked(_user_inputs(context))}
    result = scoring.most_guessable_match_sequence(password, matching.omnimatch(password, ranked))
    score = _score(result["guesses"])
    advice = zx_feedback.get_feedback(score, result["sequence"]) if score < MIN_SCORE else {"warning": "",
                                                                                            "suggestions": []}
    warning = advice["warning"] or _own_warning(result["sequence"])
    lines = [line for line in (warning, *advice["suggestions"]) if line]
    return Estimate(score, float(result["guesses"]), [FEEDBACK.get(line, line) for line in lines])


def _score(guesses) -> int:
    for score, limit in enumerate((1e3, 1e6, 1e8, 1e10)):
        if guesses < limit + 5:
            return score
    return 4


def _own_warning(sequence: list[dict]) -> str:
    names = [match.get("dictionary_name") for match in sequence if match.get("pattern") == "dictionary"]
    for name in ("user_inputs", "salon", "years", "french"):
        if name in names:
            return OWN_WARNINGS[name]
    return ""
