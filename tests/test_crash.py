"""The kill test (issue 12, "Must show"): 176 writers killed with SIGKILL at random moments lose no acknowledged
write, the salon opens after each (its anchor included) and verify passes. About 40 s; bench/integrity.py prints
the same figure."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

from bench.common import keyring_config
from tests.conftest import ROOT

KILLS = 176


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked (POSIX)")
def test_176_kills_during_writes_lose_no_acknowledged_write(tmp_path):
    seed = random.randrange(1 << 30)
    done = subprocess.run([sys.executable, "-m", "tests.support.crashes", "--kills", str(KILLS), "--seed", str(seed),
                           str(tmp_path)], capture_output=True, text=True, timeout=900, cwd=ROOT,
                          env={**os.environ, **keyring_config(tmp_path), "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["kills"] == KILLS and found["acknowledged"] > KILLS, (seed, found)
    assert found["lost"] == 0 and found["open_failures"] == 0 and found["verify_failures"] == 0, (seed, found)
