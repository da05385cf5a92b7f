"""Property: whatever bytes arrive (random, or a plausible table in any encoding and delimiter, cut anywhere), the
import raises only its own one-line errors, and a commit either completes or leaves nothing (a crash injected at
any write point included)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from desktop.imports.reading import ImportFileError
from storage.errors import SalonError
from storage.uow import UnitOfWork
from tests.support.db import conn_of
from tests.support.import_files import HEADER_FR
from tests.support.salons import database_state, fresh_salon


class Crash(Exception):
    pass


CELL = st.one_of(st.sampled_from(["Dupont", "Éloïse", "06 12 34 56 78", "+33 6 98 76 54 32", "marie@exemple.fr",
                                  "MARIE@EXEMPLE.FR", "15/03/1985", "12/31/1990", "Oui", "Non", "=1+1",
                                  "4111 1111 1111 1111", "Allergie au latex", "a;b", 'dit "bonjour"', "ligne\r\nsuite",
                                  "", " "]),
                 st.text(max_size=12))
TABLE = st.lists(st.lists(CELL, min_size=0, max_size=9), min_size=0, max_size=8)
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
DELIMITER = st.sampled_from([";", ",", "\t", "|"])


def render(rows: list[list[str]], delimiter: str, encoding: str, header: bool, cut: int | None) -> bytes:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    if header:
        writer.writerow(HEADER_FR)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding, errors="replace")
    return data[:cut] if cut is not None else data


@pytest.fixture(scope="module")
def salon_desk():
    """One salon for every example (a module fixture runs before conftest's per-test keyring, so it sets its own)."""
    import keyring

    from tests.support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with fresh_salon() as (store, owner):
            owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr", phone="0612345678")
            yield owner
    finally:
        keyring.set_keyring(previous)


def attempt(owner, path, crash_at: int | None) -> None:
    """Read, preview and commit; a crash after `crash_at` writes. Only SalonErrors (and the crash) may escape."""
    conn = conn_of(owner)
    before = database_state(conn)
    clients_before = owner.clients.count()
    points = {"count": 0}

    def countdown(real):
        def step(*args, **kwargs):
            result = real(*args, **kwargs)
            points["count"] += 1
            if crash_at is not None and points["count"] == crash_at:
                raise Crash()
            return result
        return step

    try:
        table = owner.imports.read(path)
        plan = owner.imports.preview(table)
    except ImportFileError as exc:
        assert "\n" not in exc.message() and database_state(conn) == before
        return
    except SalonError:
        assert database_state(conn) == before
        return
    owner.imports.dry_run(plan)
    assert database_state(conn) == before  # a preview writes nothing
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(UnitOfWork, "_log", countdown(UnitOfWork._log))
        try:
            result = owner.imports.commit(plan)
        except (Crash, SalonError):
            assert database_state(conn) == before  # no partial commit
            return
    assert owner.clients.count() == clients_before + len(result["imported"])
    assert crash_at is None or points["count"] < crash_at


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600))
def test_random_bytes_never_crash_the_import(salon_desk, tmp_path, data):
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    attempt(salon_desk, path, None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=TABLE, delimiter=DELIMITER, encoding=ENCODING, header=st.booleans(),
       cut=st.one_of(st.none(), st.integers(0, 400)), crash_at=st.one_of(st.none(), st.integers(1, 40)))
def test_tables_in_any_encoding_and_delimiter_import_whole_or_not_at_all(salon_desk, tmp_path, rows, delimiter,
                                                                         encoding, header, cut, crash_at):
    path = tmp_path / "clients.csv"
    path.write_bytes(render(rows, delimiter, encoding, header, cut))
    attempt(salon_desk, path, crash_at)


PEOPLE = [("Dupont", "Marie", "marie@exemple.fr", "06 12 34 56 78"), ("Martin", "Léa", "", "06 98 76 54 32"),
          ("Dupont", "Anne", "marie@exemple.fr", ""), ("Dupont", "Anne", "", "06 12 34 56 78"),
          ("Roux", "Zoé", "zoe@exemple.fr", ""), ("Faure", "Inès", "", ""), ("Dupont", "Marie", "MARIE@exemple.fr", ""),
          ("Blanc", "Hugo", "", "01 45 67 89 10"), ("Martin", "Léa", "lea@exemple.fr", "")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(PEOPLE), st.sampled_from(["Oui", "Non", ""]),
                               st.sampled_from(["Oui", "Non", ""])), min_size=1, max_size=8),
       keep=st.sets(st.integers(2, 9)), skip=st.sets(st.integers(2, 9)), picked=st.one_of(st.none(), st.sets(
           st.integers(2, 9))), for_all=st.sampled_from([None, "merge", "keep"]))
@example(rows=[(PEOPLE[2], "Oui", ""), (PEOPLE[2], "Oui", "")], keep=set(), skip=set(), picked=None,
         for_all="merge")  # a family member merged all the same, twice: the second row follows the first's client
def test_the_dry_run_counts_the_consent_events_the_commit_records(salon_desk, tmp_path, rows, keep, skip, picked,
                                                                  for_all):
    """Duplicates of clients and of earlier rows, rows with no address for the channel, keep / skip decisions and
    attestations for some rows: the dry run's count is what the commit then records."""
    from datetime import date

    from desktop.imports.plan import Attestation, Decisions
    from tests.support.import_files import french_excel

    path = french_excel(tmp_path / "consent.csv", ["Nom", "Prénom", "E-mail", "Portable", "Newsletter", "SMS"],
                        [[*person, email, sms] for person, email, sms in rows])
    plan = salon_desk.imports.preview(salon_desk.imports.read(path))
    attestations = [Attestation("email", "formulaire papier signé à l'accueil", date(2024, 3, 1), 1,
                                frozenset(picked) if picked is not None else None),
                    Attestation("sms", "formulaire papier signé à l'accueil", date(2024, 3, 1), 1)]
    decisions = Decisions(duplicates={**{n: "keep" for n in keep}, **{n: "skip" for n in skip - keep}},
                          all_duplicates=for_all)
    planned = salon_desk.imports.dry_run(plan, decisions, attestations)["consent_events_planned"]
    assert salon_desk.imports.commit(plan, decisions, attestations)["consent_events_created"] == planned
