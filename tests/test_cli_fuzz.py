"""Random argument values through the CLI's parser and services: every outcome is an exit code from 0 to 4 with at
most one line on stderr, never a traceback (issue 12, "Must show"), and never the last-resort line either: each
bad value is met by a check that says what is wrong with it."""
from __future__ import annotations

import io
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop import cli
from tests.conftest import OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"

EDGES = ["", " ", "0", "-1", "1", "720", "721", "99999999999999999999999", "1e400", "nan", "-0", "0x10", "٣",
         "2026-03-29T02:30", "2026-10-25T02:30", "9999-12-31T23:50", "0001-01-01T00:00", "2026-13-01",
         "2026-02-30", "1899-12-31", "2101-01-01", "2026-12-01", "2026-12-01T10:00", "--", "-x", "\x1b[2J", "\x00",
         "caf\udce9", "\x9b31m", "a\nb", "../../etc/passwd", "'; DROP TABLE client; --", "=HYPERLINK()", "€" * 300]
TEXT = st.one_of(st.sampled_from(EDGES), st.text(max_size=40), st.text(st.characters(max_codepoint=0x9f),
                                                                      max_size=12))
NUMBER = st.one_of(st.integers(-10 ** 30, 10 ** 30).map(str), st.sampled_from(EDGES))
DAY = st.one_of(st.dates().map(str), st.sampled_from(EDGES))
MOMENT = st.one_of(st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")), st.sampled_from(EDGES))


def optional(flag: str, values) -> st.SearchStrategy:
    return st.one_of(st.just(()), values.map(lambda value: (flag, value)))


@st.composite
def command(draw, client: str, folder: str) -> list[str]:
    ident = draw(st.one_of(st.just(client), TEXT))
    path = draw(st.sampled_from([f"{folder}/out.csv", f"{folder}/missing/out.csv", folder, "/proc/nope/x"]))
    shapes = [
        lambda: ["client", "add", "--first-name", draw(TEXT), "--last-name", draw(TEXT),
                 *draw(optional("--email", TEXT)), *draw(optional("--phone", TEXT)),
                 *draw(optional("--birth-date", DAY)), *draw(optional("--notes", TEXT))],
        lambda: ["client", "edit", ident, *draw(optional("--notes", TEXT)), *draw(optional("--phone", TEXT))],
        lambda: ["client", "show", ident],
        lambda: ["client", "find", draw(TEXT), *draw(optional("--limit", NUMBER))],
        lambda: ["service", "add", draw(TEXT), "--minutes", draw(NUMBER), *draw(optional("--price", TEXT))],
        lambda: ["appointment", "add", ident, "--service", draw(st.sampled_from(["Brushing", "x"])), "--staff",
                 draw(st.sampled_from(["claire", "nobody"])), "--start", draw(MOMENT),
                 *draw(optional("--minutes", NUMBER))],
        lambda: ["appointment", "list", "--day", draw(DAY)],
        lambda: ["appointment", "status", ident, draw(st.sampled_from(["done", "cancelled", "x"]))],
        lambda: ["consent", "record", ident, "--channel", draw(st.sampled_from(["email", "sms"])), "--decision",
                 draw(st.sampled_from(["granted", "refused", "withdrawn"])), "--method",
                 draw(st.sampled_from(["desk", "online", "sms-stop"])), *draw(optional("--text-version", NUMBER)),
                 *draw(optional("--source", TEXT)), *draw(optional("--evidence", TEXT))],
        lambda: ["consent", "status", ident],
        lambda: ["consent", "register", "--csv", path, *draw(optional("--since", DAY)),
                 *draw(optional("--until", DAY))],
        lambda: ["consent", "audience", "--channel", "sms", "--csv", path],
        lambda: ["consent", "text", "--channel", "email", *draw(optional("--version", NUMBER))],
        lambda: ["audit", "list", *draw(optional("--since", DAY)), *draw(optional("--limit", NUMBER)),
                 *draw(optional("--action", TEXT))],
        lambda: ["dsar", "open", ident, "--kind", "access", *draw(optional("--received", DAY))],
        lambda: ["dsar", "list", *draw(optional("--due-within", NUMBER))],
        lambda: ["staff", "add", draw(TEXT), "--role", draw(st.sampled_from(["employee", "manager", "king"]))],
        lambda: ["verify"],
    ]
    return [*draw(st.sampled_from([[], ["--json"]])), *draw(st.sampled_from(shapes))()]


@pytest.fixture
def salon_for_fuzz(run_cli, layout, tmp_path):
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW).code == 0
    owner = lambda *args: run_cli("--user", "claire", "--password-stdin", *args, stdin=PW)  # noqa: E731
    assert owner("service", "add", "Brushing", "--minutes", "30").code == 0
    client = owner("client", "add", "--first-name", "Marie", "--last-name", "Dupont", "--phone",
                   "0612345678").out.strip()
    return layout, client, str(tmp_path)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_random_arguments_end_in_one_line_and_an_exit_code(salon_for_fuzz, data):
    layout, client, folder = salon_for_fuzz
    args = data.draw(command(client, folder))
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(PW), out, err
    try:
        code = cli.main(["--home", str(layout.home), "--user", "claire", "--password-stdin", *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    assert 0 <= code <= 4, (args, code, err.getvalue())
    assert err.getvalue().count("\n") <= 1 and "Traceback" not in err.getvalue(), (args, err.getvalue())
    assert "Something unexpected went wrong" not in err.getvalue(), (args, err.getvalue())  # no bug, even caught
