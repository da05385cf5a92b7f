"""Password policy: 12+ characters, no composition rules, zxcvbn score 3 or more with French, salon and personal
words; the refusal carries zxcvbn's advice."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, strategies as st

from desktop.staff import passwords, strength
from storage.errors import InputError


@pytest.mark.parametrize("password", [
    "", "a" * 11, "short pass", "Azerty123!", "azertyuiop12", "motdepasse2024", "Kerastase2025!",
    "salon salon salon", "passwordpassword", "123456789012", "aaaaaaaaaaaaaaaa", "abababababab",
    "qwertyuiop!!", "x" * 1025, "une phrase longue\x00", "bonjourmonamour", "soleilprintemps",
    "coiffurebalayage", "kerastaseolaplex",
])
def test_refused(password):
    assert passwords.problem(password) is not None


@pytest.mark.parametrize("password, word, dictionary", [
    ("soleilprintemps", "printemps", "french"), ("chocolatchaud", "chaud", "french"),
    ("coiffurebalayage", "balayage", "salon"), ("kerastaseolaplex", "olaplex", "salon"),
])
def test_french_and_salon_words_are_what_refuses(password, word, dictionary):
    """zxcvbn alone accepts these; the French words from wordfreq and the salon words make them guessable."""
    from zxcvbn import zxcvbn

    assert zxcvbn(password)["score"] >= strength.MIN_SCORE
    assert strength.estimate(password).score < strength.MIN_SCORE
    assert word in strength.dictionaries()[dictionary]


def test_refusal_gives_zxcvbns_advice_in_the_apps_language():
    error = passwords.refusal("motdepasse2024")
    assert isinstance(error, strength.WeakPassword) and error.advice
    assert all(line in strength.FEEDBACK or line in strength.OWN_WARNINGS.values() for line in error.advice)
    french = error.message(lambda context, text: {"This password is too easy to guess.": "Trop facile."}.get(
        text, "[" + context + "] " + text))
    assert french.startswith("Trop facile. [PasswordAdvice] ")


@pytest.mark.parametrize("password", [
    "velours et ciseaux dorés", "trois mèches et un chignon", "Le chat dort sur la caisse", "🌸🌸 fleur de cerisier 🌸",
    "a" * 3 + "bcdefghxyzuv",  # sequences alone are stripped, the rest is enough
])
def test_accepted(password):
    assert passwords.problem(password) is None


def test_the_salon_and_the_persons_names_are_user_inputs():
    assert passwords.problem("Claire Martin 1985") is None
    assert passwords.problem("Claire Martin 1985", context=("claire", "Claire Martin", "Atelier Lumière")) is not None
    assert passwords.problem("claire-claire-2026", context=("claire",)) is not None
    weak, strong = strength.estimate("Atelier Lumiere 2026!", ("Atelier Lumière",)), \
        strength.estimate("Atelier Lumiere 2026!")
    assert weak.guesses * 1000 < strong.guesses


def test_the_french_words_come_from_the_shipped_resource_not_wordfreq():
    import sys

    assert "wordfreq" not in sys.modules
    words = strength.dictionaries()["french"]
    assert len(words) > 20_000 and words["de"] == 1 and "beaute" in words and "beauté" in words


def test_length_counts_characters_not_bytes_and_allows_1024_bytes():
    assert passwords.problem("é" * 11) is not None
    long_ok = "cheval rouge, pivoine et tambour " + "x" * (1024 - 33 - 20) + "bleu marine vert ok"
    assert len(long_ok.encode()) <= 1024 and passwords.problem(long_ok) is None
    assert passwords.problem(long_ok + "!!") is not None


def test_nfc_and_nfd_are_the_same_password():
    nfc = "velours et ciseaux dorés"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    assert passwords.verify(passwords.hash_password(nfc), nfd)


def test_spaces_are_not_trimmed():
    stored = passwords.hash_password(" velours et ciseaux dorés ")
    assert not passwords.verify(stored, "velours et ciseaux dorés")


def test_corrupt_hash_is_a_failed_login_not_a_crash():
    assert passwords.verify("$argon2id$garbage", "anything at all") is False


def test_one_time_password_is_one_word_and_strong():
    otp = passwords.one_time_password()
    assert " " not in otp and len(otp.replace("-", "")) == 16


@given(st.text(max_size=300) | st.sampled_from(["velours et ciseaux dorés", "Azerty123!", "a" * 11]))
def test_check_refuses_exactly_what_problem_names(text):
    """problem() answers None or a reason; check() raises InputError exactly when there is a reason."""
    reason = passwords.problem(text)
    if reason is None:
        passwords.check(text)
    else:
        assert isinstance(reason, str) and reason
        with pytest.raises(InputError):
            passwords.check(text)
