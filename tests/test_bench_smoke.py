"""Each benchmark runs end to end at a tiny size, so a broken script fails CI. No timing is checked."""
from __future__ import annotations

import os
import tempfile

import pytest

from bench import backup, consent, foundation, frontdesk, imports, integrity, privacy


@pytest.fixture(autouse=True)
def own_environment(monkeypatch, tmp_path):
    """The benchmarks work in a temporary folder and point the environment at their own file keyring: keep
    the folder under pytest's and put the environment back afterwards."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)


def test_foundation_runs(capsys):
    foundation.main(["--clients", "120", "--starts", "1"])
    out = capsys.readouterr().out
    assert "search-as-you-type" in out and "process start to the login window" in out
    assert out.count("baseline, ") == out.count("ratio: ") == 7


def test_consent_runs(capsys):
    consent.main(["--clients", "120", "--records", "10"])
    out = capsys.readouterr().out
    assert "record a consent decision" in out and "audience export (sms" in out
    assert out.count("baseline, ") == out.count("ratio: ") == 4


def test_frontdesk_runs(qapp, capsys):
    frontdesk.main(["--clients", "120", "--appointments", "3000", "--runs", "2", "--cold", "1"])
    out = capsys.readouterr().out
    assert "first open on a fresh Desk" in out and "largest gap between ticks" in out
    assert out.count("baseline, ") == out.count("ratio: ") == 6


def test_privacy_runs(capsys):
    privacy.main(["--clients", "60", "--subjects", "1", "--appointments", "40"])
    out = capsys.readouterr().out
    assert "access report" in out and "portability export" in out and "erasure of a client" in out
    assert out.count("baseline, ") == out.count("ratio: ") == 3


def test_imports_runs(capsys, monkeypatch):
    from storage import recovery

    monkeypatch.setattr(recovery, "KDF", recovery.KDF)  # the benchmark sets cheap parameters: put them back after
    imports.main(["--rows", "40", "--big", "60", "--runs", "1"])
    out = capsys.readouterr().out
    assert "preview of 40 rows" in out and "commit of 40 rows" in out and "60 rows: preview" in out
    assert out.count("baseline, ") == 3 and out.count("ratio: ") == 3 and "process peak" in out
    assert "CLI `import clients FILE --commit` of 60 rows in its own process" in out
    assert "the import wizard, 60 rows" in out and "the import's share" in out


def test_backup_runs(qapp, capsys):
    backup.main(["--clients", "60", "--appointments", "400", "--runs", "1"])
    out = capsys.readouterr().out
    assert "verified backup of a" in out and "backup file written, without its verification" in out
    assert "its verification (" in out and "verified backup in all" in out and "largest gap between ticks" in out
    assert "restore into a new folder" in out and out.count("consistent copy: ") == 3
    assert out.count("verification floor, alone: ") == 3
    assert out.count("baseline, ") == out.count("ratio: ") == 9


def test_integrity_runs(capsys):
    integrity.main(["--records", "4", "--kills", "2", "--disk-full", "0"])
    out = capsys.readouterr().out
    assert "with the chains' anchor" in out and "kill -9 during writes: 2 kills" in out and " 0 lost" in out
    assert out.count("baseline, ") == out.count("ratio: ") == 2
