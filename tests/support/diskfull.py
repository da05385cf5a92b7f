"""Disk-full runs through the CLI, on a small tmpfs of their own (run inside `unshare --mount`, so the mount is
private to this process and vanishes with it).

    unshare -rm python -m tests.support.diskfull --runs 40 --seed 7 DIR

Each run leaves a random amount of free space (filler file): none, 8 KiB, anywhere from 256 B to 1 MiB, and most
often near the edge between failing and succeeding as seen so far (where a COMMIT can pass and what follows it,
the checkpoint at close, fail). It runs one writing command through `salon-desk`
(in this process: cli.main), frees the space again and looks at the database: the exit code must agree with what
is there (0 and the write is there, or non-zero and it is not), with at most one line on stderr and no traceback.
Then the tmpfs goes read-only for one more write. Prints one JSON line with the counts.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import traceback
from collections import Counter
from pathlib import Path

PASSWORD = "velours et ciseaux dorés"
SIZE = 4 * 1024 * 1024


def _fast_crypto() -> None:
    from argon2 import PasswordHasher

    from desktop.staff import passwords
    from storage import recovery

    passwords.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    passwords._DUMMY_HASH = None  # noqa: SLF001
    recovery.KDF = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


def cli(home: Path, *args: str, stdin: str = PASSWORD + "\n") -> tuple[int | None, str, str]:
    """(exit code, stdout, stderr) of one salon-desk command; an exception that escapes is a traceback."""
    from desktop import cli as salon_cli

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = salon_cli.main(["--home", str(home), *args])
    except BaseException:  # noqa: BLE001 (what the user would have seen)
        err.write(traceback.format_exc())
        code = None
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return code, out.getvalue(), err.getvalue()


def owner(home: Path, *args: str):
    return cli(home, "--user", "claire", "--password-stdin", *args)


def count(home: Path, sql: str, params: tuple = ()) -> int:
    from desktop import store as stores
    from desktop.paths import Layout

    store = stores.open_store(Layout(home))
    try:
        return store.conn.execute(sql, params).fetchone()[0]
    finally:
        store.close()


def fill(mount: Path, leave: int) -> None:
    """Leave about `leave` bytes free on the tmpfs."""
    stats = os.statvfs(mount)
    free = stats.f_bavail * stats.f_frsize
    size = max(0, free - leave)
    with open(mount / "filler", "wb") as handle:
        while size > 0:
            chunk = min(size, 1 << 20)
            try:
                handle.write(bytes(chunk))
            except OSError:
                break
            size -= chunk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mount", type=Path)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(args.mount)], check=True)
    os.environ.update({"SALON_DESK_TEST_KEYRING": str(args.mount / "keyring.json"), "SALON_DESK_INSECURE_KEYRING": "1",
                       "SALON_DESK_LANG": "en"})
    import keyring

    from tests.support.keyrings import FileKeyring

    keyring.set_keyring(FileKeyring())  # on the full disk too: the anchor's writes can fail
    _fast_crypto()
    home = args.mount / "home"
    rng = random.Random(args.seed)
    assert cli(home, "init", "--salon", "Atelier", "--owner", "claire")[0] == 0
    assert owner(home, "service", "add", "Brushing", "--minutes", "30")[0] == 0
    client = owner(home, "client", "add", "--first-name", "Marie", "--last-name", "Dupont",
                   "--phone", "06 12 34 56 78")[1].strip()

    kinds = {
        "client": (lambda i: owner(home, "client", "add", "--first-name", "Run", "--last-name", f"Run{i}",
                                   "--notes", "x" * rng.randrange(0, 3000)),
                   lambda i: count(home, "SELECT count(*) FROM client WHERE last_name = ?", (f"Run{i}",))),
        "consent": (lambda i: owner(home, "consent", "record", client, "--channel", "sms", "--decision",
                                    "withdrawn" if i % 2 else "granted", "--method", "desk"),
                    lambda i: count(home, "SELECT count(*) FROM consent_event")),
        "appointment": (lambda i: owner(home, "appointment", "add", client, "--service", "Brushing", "--staff",
                                        "claire", "--start", f"2030-12-{1 + i % 28:02d}T{8 + i % 10:02d}:00",
                                        "--allow-overlap", "--allow-outside-hours"),
                        lambda i: count(home, "SELECT count(*) FROM appointment")),
    }
    results = Counter()
    messages: Counter = Counter()
    frees = []
    failed, succeeded = 0, 1 << 20  # the most free space seen to fail, the least seen to succeed
    for i in range(args.runs):
        kind = rng.choice(sorted(kinds))
        write, observe = kinds[kind]
        before = observe(i)
        if i % 10 in (0, 5):
            leave = 8 * 1024 if i % 10 == 0 else 0
        elif i % 3 == 0:  # anywhere from 256 B to 1 MiB
            leave = int(2 ** rng.uniform(8, 20))
        else:  # near the edge between failing and succeeding, where a commit can pass and what follows fail
            leave = int(rng.uniform(max(0, failed - 32 * 1024), succeeded + 32 * 1024))
        frees.append(leave)
        fill(args.mount, leave)
        code, _, err = write(i)
        (args.mount / "filler").unlink()
        written = observe(i) != before
        if written:
            succeeded = min(succeeded, leave)
        else:
            failed = max(failed, leave)
        results["runs"] += 1
        results["written"] += written
        results["disagreements"] += (code == 0) != written
        results["tracebacks"] += code is None or "Traceback" in err
        results["multi_line_stderr"] += err.count("\n") > 1
        results["exit_codes_outside_0_4"] += code is None or not 0 <= code <= 4
        if code:
            messages[err.strip()[:90]] += 1
    from desktop import store as stores
    from desktop.paths import Layout
    from desktop.verify import problems

    store = stores.open_store(Layout(home))
    results["verify_problems"] = sum(len(lines) for lines in problems(store.conn, store.key).values())
    store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(args.mount)], check=True)
    code, _, err = owner(home, "client", "add", "--first-name", "Lecture", "--last-name", "Seule")
    read_only = {"exit_code": code, "stderr": err.strip()}
    print(json.dumps({**results, "free_bytes": {"min": min(frees), "max": max(frees)},
                      "messages": dict(messages), "read_only": read_only}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
