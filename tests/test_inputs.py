"""Inputs (issue 12, item 4): time in Paris across clock changes, bounded years and durations, no control
characters stored or printed, and a bad value is exit 1 (bad input), never 2 (usage)."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from storage import timeutil
from storage.errors import InputError
from tests.conftest import OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"


@pytest.fixture
def booked(run_cli):
    """A salon with a client and a 30-minute service; returns (owner's CLI, client id)."""
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW).code == 0
    owner = lambda *args: run_cli("--user", "claire", "--password-stdin", *args, stdin=PW)  # noqa: E731
    assert owner("service", "add", "Brushing", "--minutes", "30").code == 0
    return owner, owner("client", "add", "--first-name", "Marie", "--last-name", "Dupont").out.strip()


def bad_input(result, text: str) -> None:
    assert result.code == 1, (result.code, result.err)
    assert result.err.count("\n") == 1 and text in result.err, result.err


def test_a_booking_across_the_clocks_going_back_lasts_what_it_says_and_says_which_hour(booked):
    owner, client = booked
    result = owner("--json", "appointment", "add", client, "--service", "Brushing", "--staff", "claire",
                   "--start", "2027-10-31T02:30", "--allow-outside-hours")  # a Sunday night: the salon is closed
    data = json.loads(result.out)
    assert result.code == 0 and "happens twice on 31/10/2027" in data["note"] and "first 02:30" in data["note"]
    text = owner("appointment", "add", client, "--service", "Brushing", "--staff", "claire", "--start",
                 "2027-10-31T02:00", "--allow-outside-hours", "--allow-overlap")
    assert len(text.out.splitlines()) == 1 and "happens twice" in text.err  # stdout: the id alone, for scripts
    day = next(a for a in json.loads(owner("--json", "appointment", "list", "--day", "2027-10-31").out)["appointments"]
               if a["id"] == data["id"])
    assert timeutil.parse(day["ends_at"]) - timeutil.parse(day["starts_at"]) == timedelta(minutes=30)
    assert day["starts_at"] == "2027-10-31T00:30:00.000Z"
    plain = owner("appointment", "add", client, "--service", "Brushing", "--staff", "claire", "--start",
                  "2027-11-02T10:00")
    assert plain.code == 0 and len(plain.out.splitlines()) == 1  # no note on an ordinary day


def test_a_time_that_does_not_exist_is_refused_with_the_next_valid_one(booked):
    owner, client = booked
    bad_input(owner("appointment", "add", client, "--service", "Brushing", "--staff", "claire", "--start",
                    "2026-03-29T02:30"), "02:30 does not exist on 29/03/2026 in Paris")
    assert "The next valid time is 03:00." in owner("appointment", "add", client, "--service", "Brushing",
                                                    "--staff", "claire", "--start", "2026-03-29T02:00").err


@pytest.mark.parametrize("args, text", [
    (("--start", "9999-12-31T23:50"), "Dates run from the year 1900 to 2100."),
    (("--start", "1899-12-31T10:00"), "Dates run from the year 1900 to 2100."),
    (("--start", "2026-12-01T10:00", "--minutes", "0"), "is not a whole number from 1 to 720"),
    (("--start", "2026-12-01T10:00", "--minutes", "721"), "is not a whole number from 1 to 720"),
    (("--start", "2026-12-01T10:00", "--minutes", "100000000000000000000"), "is not a whole number from 1 to 720"),
    (("--start", "2026-12-01T10:00", "--minutes", "abc"), "is not a whole number from 1 to 720"),
    (("--start", "tomorrow"), "Write the start as YYYY-MM-DDTHH:MM"),
])
def test_out_of_range_times_and_durations_are_bad_input(booked, args, text):
    owner, client = booked
    bad_input(owner("appointment", "add", client, "--service", "Brushing", "--staff", "claire", *args), text)


@pytest.mark.parametrize("args, text", [
    (("appointment", "list", "--day", "9999-12-31"), "Dates run from the year 1900 to 2100."),
    (("consent", "register", "--csv", "/tmp/r.csv", "--since", "2026-13-01"), "2026-13-01 is not a date"),
    (("audit", "list", "--until", "99999-01-01"), "99999-01-01 is not a date"),
    (("audit", "list", "--limit", "100000000000000000000"), "is not a whole number"),
    (("client", "find", "x", "--limit", "0"), "is not a whole number from 1 to 1000"),
    (("service", "add", "Coupe", "--minutes", "0"), "is not a whole number from 1 to 720"),
    (("service", "add", "Coupe", "--minutes", "30", "--price", "abc"), "Write the price in euros"),
    (("dsar", "list", "--due-within", "-1"), "is not a whole number from 0 to 3650"),
    (("consent", "text", "--channel", "sms", "--version", "99999999999999"), "is not a whole number"),
])
def test_a_bad_value_is_exit_1_never_2(booked, args, text):
    owner, _ = booked
    bad_input(owner(*args), text)


def test_the_service_refuses_a_zero_or_huge_duration_too(owner):
    owner.booking.add_service("Brushing", 30)
    client = owner.clients.add(first_name="Marie", last_name="Dupont")
    for minutes in (0, -5, 721, 10 ** 20):
        with pytest.raises(InputError, match="1 to 720 minutes"):
            owner.booking.book(client, "Brushing", "claire", "2026-12-01T10:00", minutes=minutes)


@pytest.mark.parametrize("notes", ["\x1b[31mrouge", "bip\x07", "nul\x00", "tab\x0bvertical", "c1\x9b2J"])
def test_control_characters_are_refused_in_text_fields(booked, notes):
    owner, client = booked
    bad_input(owner("client", "add", "--first-name", "Ana", "--last-name", "Silva", "--notes", notes),
              "control characters")
    bad_input(owner("client", "edit", client, "--notes", notes), "control characters")
    bad_input(owner("client", "edit", client, "--first-name", notes), "control characters")


def test_newlines_and_tabs_are_kept_and_windows_line_ends_become_newlines(owner):
    client = owner.clients.add(first_name="Marie", last_name="Dupont", notes="ligne 1\r\nligne 2\ttab")
    assert owner.clients.show(client)["notes"] == "ligne 1\nligne 2\ttab"


def test_the_cli_never_prints_a_raw_control_character(booked, layout):
    from desktop import store as stores

    owner, client = booked
    store = stores.open_store(layout)  # a note written before this rule, or by another program
    store.conn.execute("UPDATE client SET notes = ? WHERE id = ?", ("\x1b]0;pwned\x07 \x9b2J fin", client))
    store.close()
    shown = owner("client", "show", client)
    assert shown.code == 0 and "\\x1b]0;pwned\\x07 \\x9b2J fin" in shown.out
    assert not any(ch in shown.out for ch in "\x1b\x07\x9b")
    as_json = owner("--json", "client", "show", client)
    assert not any(ch in as_json.out for ch in "\x1b\x07\x9b")
    assert json.loads(as_json.out)["client"]["notes"] == "\x1b]0;pwned\x07 \x9b2J fin"
    found = owner("client", "find", "\x1b[2J")
    assert "\x1b" not in found.out + found.err


def test_an_argument_that_is_not_utf8_is_bad_input(booked):
    owner, _ = booked
    bad_input(owner("client", "find", "caf\udce9"), "not valid UTF-8")
