"""Disk full through the CLI (issue 12, "Must show"): at least 40 runs at random free-space sizes on a small tmpfs;
no run's exit code disagrees with what is in the database afterwards, no traceback, one line at most on stderr;
and read-only media has its own message. The tmpfs is mounted in a private mount namespace (tests/support/
diskfull.py), which needs root or unprivileged user namespaces; where neither is allowed the test says so and
bench/integrity.py runs the same thing where it can."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

RUNS = 48


def namespace() -> list[str] | None:
    """The unshare command that gives this process a mount namespace of its own, if any works here."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    for flags in (["-rm"], ["-m"]):
        probe = subprocess.run([unshare, *flags, "true"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return [unshare, *flags]
    return None


def run(tmp_path, runs: int, seed: int) -> dict:
    command = namespace()
    if command is None:
        pytest.skip("cannot mount a small tmpfs here (no unshare, root or user namespaces): "
                    "python -m bench.integrity --disk-full runs it on a machine that can")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run([*command, sys.executable, "-m", "tests.support.diskfull", "--runs", str(runs), "--seed",
                           str(seed), str(mount)], capture_output=True, text=True, timeout=600, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    if done.returncode and "mount" in done.stderr and "permission denied" in done.stderr.lower():
        pytest.skip(f"cannot mount a tmpfs in a private namespace here: {done.stderr.strip()[-200:]}")
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_disk_full_runs_never_disagree_with_the_database_and_never_show_a_traceback(tmp_path):
    seed = random.randrange(1 << 30)
    found = run(tmp_path, RUNS, seed)
    assert found["runs"] == RUNS >= 40
    assert found["disagreements"] == 0 and found["tracebacks"] == 0, (seed, found)
    assert found["multi_line_stderr"] == 0 and found["exit_codes_outside_0_4"] == 0, (seed, found)
    assert found["verify_problems"] == 0, (seed, found)
    assert 0 < found["written"] < RUNS, (seed, found)  # the sizes straddle what a write needs
    assert set(found["messages"]) <= {"salon-desk: The disk is full: nothing was changed. Free some space and try "
                                      "again."}, (seed, found["messages"])
    assert found["read_only"] == {"exit_code": 1, "stderr": "salon-desk: The salon folder is read-only (or on "
                                                            "read-only media): nothing was changed."}
