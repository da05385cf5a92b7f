"""contact.email and contact.phone take a short way for the usual addresses and French numbers (an import checks
100,000 of them): whatever the input, the answer is exactly what email-validator and phonenumbers give alone."""
from __future__ import annotations

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings, strategies as st

from desktop.clients import contact
from storage.errors import InputError


def library_email(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        return "invalid"


def library_phone(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, contact.DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return "invalid"
    if not phonenumbers.is_valid_number(number):
        return "invalid"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def ours(check, value: str) -> str | None:
    try:
        return check(value)
    except InputError:
        return "invalid"


LOCAL = st.one_of(st.sampled_from(["marie", "Marie.Dupont", "POSTMASTER", "Info", "a..b", ".a", "a.", "x+tag",
                                   "o'neil", "é", '"quoted"', "a b", ""]),
                  st.text(alphabet="aZ09._-+'é\" @<>", max_size=12))
DOMAIN = st.one_of(st.sampled_from(["gmail.com", "GMAIL.COM", "orange.fr", "exemple.fr", "x", "x.test", "localhost",
                                    "-x.fr", "x-.fr", "x..fr", "x.123", "bücher.ch", "xn--bcher-kva.ch", "[1.2.3.4]",
                                    "a" * 64 + ".fr", "fr", ".fr", "x.fr."]),
                   st.text(alphabet="az09.-", max_size=12))


@settings(max_examples=800, deadline=None)
@given(LOCAL, DOMAIN, st.sampled_from(["", " ", "  "]), st.booleans())
def test_an_email_is_checked_as_email_validator_checks_it(local, domain, space, long):
    value = f"{space}{local}@{domain}{space}" + ("" if not long else ".y" * 30)
    assert ours(contact.email, value) == library_email(value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_text_as_an_email_gets_email_validators_answer(value):
    assert ours(contact.email, value) == library_email(value)


PREFIX = st.sampled_from(["0", "+33", "0033", "+33 ", "0033 ", "+ 33", "+33 (0)", "33", "+44", "00", "", "-", ".",
                          "+-33", "0 0 33", "tel: ", "+330", "0330"])
SEPARATOR = st.sampled_from(["", " ", ".", "-", "\u00a0", "  ", "/", "–", "x"])


@st.composite
def numbers(draw):
    """A prefix, then mostly 8 to 10 digits (the lengths near a French number's) with separators anywhere."""
    digits = draw(st.one_of(st.text(alphabet="0123456789", min_size=8, max_size=10),
                            st.text(alphabet="0123456789", max_size=13)))
    cuts = sorted(draw(st.lists(st.integers(0, len(digits)), max_size=5)))
    pieces, start = [], 0
    for cut in cuts:
        pieces += [digits[start:cut], draw(SEPARATOR)]
        start = cut
    return draw(PREFIX) + "".join(pieces) + digits[start:] + draw(st.sampled_from(["", " ", "-", "."]))


@settings(max_examples=2000, deadline=None)
@given(numbers())
def test_a_phone_number_is_read_as_phonenumbers_reads_it(value):
    assert ours(contact.phone, value) == library_phone(value)


@pytest.mark.parametrize("value, expected", [
    ("06 12 34 56 78", "+33612345678"), ("+33 6 12 34 56 78", "+33612345678"), ("0033612345678", "+33612345678"),
    ("01.42.68.53.00", "+33142685300"), ("06-12-34-56-78", "+33612345678"), ("0012345678", "invalid"),
    ("06" + " " * 300 + "12345678", "invalid"),
])
def test_the_usual_french_numbers(value, expected):
    assert ours(contact.phone, value) == expected == library_phone(value)


@pytest.mark.parametrize("value, expected", [
    ("Marie.Dupont@GMAIL.com", "Marie.Dupont@gmail.com"), ("POSTMASTER@exemple.fr", "postmaster@exemple.fr"),
    ("marie@x.test", "invalid"), ("a" * 250 + "@exemple.fr", "invalid"), ("marie@exemple", "invalid"), ("a..b@exemple.fr", "invalid"),
])
def test_the_usual_addresses(value, expected):
    assert ours(contact.email, value) == expected == library_email(value)


@pytest.mark.parametrize("typed, plausible", [("01/01/1900", True), ("31/12/1899", False), ("02/01/2027", False),
                                              ("01/12/2026", True)])
def test_the_desk_and_the_import_share_one_birth_date_rule(typed, plausible, monkeypatch):
    from datetime import datetime, timezone

    from desktop.imports.normalise import normalise
    from storage import timeutil

    monkeypatch.setattr(timeutil, "now", lambda: datetime(2026, 12, 1, 12, tzinfo=timezone.utc))
    row = normalise(["Dupont", "Marie", typed], ["last_name", "first_name", "birth_date"])
    assert (row.reason is None) is plausible
    assert row.reason in (None, "birth_date_implausible")
    if plausible:
        assert contact.birth_date(typed) == row.values["birth_date"]
    else:
        with pytest.raises(InputError):
            contact.birth_date(typed)
