"""Password policy: 12+ characters, no composition rules, no common or salon-themed passwords."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, strategies as st

from desktop.staff import passwords
from storage.errors import InputError


@pytest.mark.parametrize("password", [
    "", "a" * 11, "short pass", "Azerty123!", "azertyuiop12", "motdepasse2024", "Coiffure2026!!",
    "salon salon salon", "passwordpassword", "123456789012", "aaaaaaaaaaaaaaaa", "abababababab",
    "Balayage-Paris-75", "qwertyuiop!!", "Salon-Beaute-2025", "x" * 1025, "une phrase longue\x00",
])
def test_refused(password):
    assert passwords.problem(password) is not None


@pytest.mark.parametrize("password", [
    "velours et ciseaux dorés", "trois mèches et un chignon", "Le chat dort sur la caisse", "🌸🌸 fleur de cerisier 🌸",
    "a" * 3 + "bcdefghxyzuv",  # sequences alone are stripped, the rest is enough
])
def test_accepted(password):
    assert passwords.problem(password) is None


def test_context_words_are_refused():
    assert passwords.problem("Atelier Lumiere 2026!", context=("Atelier", "Lumière")) is not None
    assert passwords.problem("claire-claire-2026", context=("claire",)) is not None


def test_length_counts_characters_not_bytes_and_allows_1024_bytes():
    assert passwords.problem("é" * 11) is not None
    long_ok = "cheval rouge " + "x" * (1024 - 13 - 20) + "bleu marine vert ok"
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
