"""Signed updates end to end, on loopback: a tufup repository with 1.0 and 1.1 served by `python -m http.server`;
1.0 finds 1.1, downloads and verifies it, and installs it at its next start; tampering and rollback are refused."""
from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop import updates

ROOT = Path(__file__).resolve().parent.parent
APP = "salon-desk-linux"


def load_publisher():
    spec = importlib.util.spec_from_file_location("publish_update", ROOT / "scripts" / "publish_update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_bundle(folder: Path, version: str) -> Path:
    """A tiny stand-in for the frozen folder."""
    folder.mkdir(parents=True)
    (folder / "salon-desk-gui").write_text(f"#!/bin/sh\necho {version}\n")
    (folder / "salon-desk-gui").chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "VERSION").write_text(version)
    return folder


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Keys, the linux repository with 1.0 (metadata kept aside) then 1.1 with notes."""
    publisher = load_publisher()
    base = tmp_path_factory.mktemp("publisher")
    repo, keys, shipped = base / "www", base / "keys", base / "shipped"
    publisher.init(repo, keys, "http://127.0.0.1/unused", passwords=False, shipped=shipped)
    publisher.add(repo, keys, "linux", make_bundle(base / "bundle-1.0", "1.0"), "1.0", {}, passwords=False)
    shutil.copytree(repo / "linux" / "metadata", base / "metadata-1.0")
    publisher.add(repo, keys, "linux", make_bundle(base / "bundle-1.1", "1.1"), "1.1",
                  {"fr": "Rendez-vous plus rapides.", "en": "Faster bookings."}, passwords=False)
    return {"repo": repo, "keys": keys, "root": shipped / "root-linux.json", "old_metadata": base / "metadata-1.0",
            "channel": (shipped / "channel.json").read_text(), "publisher": publisher}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(published, tmp_path):
    """A copy of the repository (tests may tamper with it) served on 127.0.0.1 only, stopped at the end."""
    served = tmp_path / "served"
    shutil.copytree(published["repo"], served)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                "--directory", str(served)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("http.server did not start")
            time.sleep(0.05)
    yield {"dir": served, "url": f"http://127.0.0.1:{port}"}
    process.terminate()
    process.wait(timeout=10)


def installed(tmp_path, published, server, version="1.0") -> updates.Channel:
    install = tmp_path / "Programs" / "salon-desk"
    if not install.exists():
        shutil.copytree(make_bundle(tmp_path / f"installed-{version}", version), install)
    return updates.Channel(install_dir=install, state_dir=tmp_path / "state",
                           repository_url=f"{server['url']}/linux", trusted_root=published["root"],
                           current_version=version, app_name=APP)


def test_publisher_writes_the_roots_the_app_ships_with(published):
    assert published["root"].read_text().startswith("{")
    assert '"url": "http://127.0.0.1/unused"' in published["channel"]


def test_version_1_0_finds_downloads_verifies_and_installs_1_1_at_next_start(tmp_path, published, server):
    channel = installed(tmp_path, published, server)
    ready = updates.check(channel, force=True)
    assert ready == updates.Ready("1.1", {"fr": "Rendez-vous plus rapides.", "en": "Faster bookings."})
    assert ready.notes_in("fr") == "Rendez-vous plus rapides."
    assert updates.pending(channel) == ready
    assert [p.name for p in channel.targets_dir.iterdir()] == [f"{APP}-1.1.tar.gz"]  # the next patch's base
    # Nothing changes while the app runs: 1.0 is still what is installed.
    assert (channel.install_dir / "_internal" / "VERSION").read_text() == "1.0"
    assert (channel.staged_dir / "_internal" / "VERSION").read_text() == "1.1"

    home = tmp_path / "home"
    home.mkdir()
    (home / "salon.db").write_bytes(b"encrypted pages")
    (home / "salon.db-wal").write_bytes(b"wal frames")
    done = updates.install_pending(channel, home)  # what the app runs at its next start
    assert done == updates.Installed("1.1", home / "salon.db.before-1.1.bak")
    assert (home / "salon.db.before-1.1.bak").read_bytes() == b"encrypted pages"
    assert (home / "salon.db.before-1.1.bak-wal").read_bytes() == b"wal frames"
    assert (channel.install_dir / "_internal" / "VERSION").read_text() == "1.1"
    assert (channel.install_dir / "salon-desk-gui").stat().st_mode & 0o100  # still executable
    assert updates.pending(channel) is None

    # The start after that: 1.1 cleans up the kept 1.0 and finds nothing newer.
    restarted = installed(tmp_path, published, server, version="1.1")
    assert updates.install_pending(restarted, home) is None
    assert not restarted.previous_dir.exists()
    assert updates.check(restarted, force=True) is None


def test_the_next_update_downloads_only_a_binary_patch(tmp_path, published, server):
    channel = installed(tmp_path, published, server)
    updates.check(channel, force=True)
    updates.install_pending(channel, tmp_path / "home")  # now 1.1, with the 1.1 archive kept as a base
    bundle = make_bundle(tmp_path / "bundle-1.2", "1.2")
    published["publisher"].add(server["dir"], published["keys"], "linux", bundle, "1.2", {"en": "Patch."},
                               passwords=False)
    (server["dir"] / "linux" / "targets" / f"{APP}-1.2.tar.gz").unlink()  # only the patch can be fetched
    restarted = installed(tmp_path, published, server, version="1.1")
    assert updates.check(restarted, force=True).version == "1.2"
    assert updates.install_pending(restarted, tmp_path / "home").version == "1.2"
    assert (restarted.install_dir / "_internal" / "VERSION").read_text() == "1.2"


def test_a_tampered_update_is_refused_and_nothing_is_staged(tmp_path, published, server):
    archive = server["dir"] / "linux" / "targets" / f"{APP}-1.1.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same length, different bytes
    archive.write_bytes(bytes(data))
    channel = installed(tmp_path, published, server)
    with pytest.raises(updates.Refused, match="LengthOrHashMismatch"):
        updates.check(channel, force=True)
    assert updates.pending(channel) is None and not channel.staged_dir.exists()
    assert (channel.install_dir / "_internal" / "VERSION").read_text() == "1.0"


def test_tampered_metadata_is_refused(tmp_path, published, server):
    targets = server["dir"] / "linux" / "metadata" / "targets.json"
    targets.write_text(targets.read_text().replace("Faster bookings.", "Install me now."))
    with pytest.raises(updates.Refused):
        updates.check(installed(tmp_path, published, server), force=True)


def test_a_metadata_rollback_is_refused(tmp_path, published, server):
    channel = installed(tmp_path, published, server, version="1.1")
    assert updates.check(channel, force=True) is None  # has seen the repository with 1.1
    metadata = server["dir"] / "linux" / "metadata"
    shutil.rmtree(metadata)
    shutil.copytree(published["old_metadata"], metadata)  # older, validly signed metadata
    with pytest.raises(updates.Refused, match="BadVersionNumber"):
        updates.check(channel, force=True)


def test_refreshed_metadata_is_accepted_and_expired_metadata_refused(tmp_path, published, server, monkeypatch):
    publisher = published["publisher"]
    channel = installed(tmp_path, published, server, version="1.1")
    timestamp = server["dir"] / "linux" / "metadata" / "timestamp.json"
    before = timestamp.read_text()
    monkeypatch.setitem(publisher.EXPIRY_DAYS, "timestamp", 8)  # a different expiry even within the same second
    assert publisher.main(["refresh", "--repo", str(server["dir"]), "--keys", str(published["keys"]),
                           "--no-passwords"]) == 0
    assert timestamp.read_text() != before
    assert updates.check(channel, force=True) is None  # fresh, valid: simply nothing newer
    monkeypatch.setitem(publisher.EXPIRY_DAYS, "timestamp", -1)  # a mirror frozen in the past
    publisher.refresh(server["dir"], published["keys"], passwords=False)
    with pytest.raises(updates.Refused, match="Expired"):
        updates.check(channel, force=True)


def test_a_failed_swap_leaves_the_running_version(tmp_path, published, server, monkeypatch):
    channel = installed(tmp_path, published, server)
    updates.check(channel, force=True)
    original = Path.rename

    def rename(self, target):
        if Path(self) == channel.staged_dir:
            raise PermissionError("in use")
        return original(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    assert updates.install_pending(channel, tmp_path / "home") is None
    assert (channel.install_dir / "_internal" / "VERSION").read_text() == "1.0"
    assert not channel.previous_dir.exists() and updates.pending(channel) is None


def test_the_check_runs_at_most_once_a_day(tmp_path, published, server):
    channel = installed(tmp_path, published, server)
    now = datetime(2025, 3, 4, 9, 0, tzinfo=timezone.utc)
    channel.state_dir.mkdir(parents=True)
    channel.stamp_file.write_text(now.isoformat())
    assert updates.check(channel, now=now + timedelta(hours=23)) is None  # not due: no network
    assert not channel.metadata_dir.exists()
    assert updates.check(channel, now=now + timedelta(hours=25)).version == "1.1"


def test_the_background_service_tells_when_a_version_is_ready(tmp_path, published, server):
    channel = installed(tmp_path, published, server)
    told, event = [], threading.Event()
    service = updates.UpdateService(channel, on_ready=lambda ready: (told.append(ready), event.set()),
                                    first_delay=0.01)
    service.start()
    assert event.wait(60)
    service.stop()
    assert told[0].version == "1.1" and threading.current_thread() is threading.main_thread()


def test_at_start_installs_then_restarts_into_the_new_version(tmp_path, published, server, monkeypatch):
    channel = installed(tmp_path, published, server)
    updates.check(channel, force=True)
    monkeypatch.setattr(updates, "channel_for_this_copy", lambda: (channel, ""))
    monkeypatch.setattr(sys, "platform", "linux")
    restarted = []
    monkeypatch.setattr(updates.os, "execve", lambda path, args, env: restarted.append((args, env)))
    home = tmp_path / "elsewhere"
    home.mkdir()
    (home / "salon.db").write_bytes(b"pages")
    updates.at_start(["Salon Desk", "--home", str(home)])
    assert (channel.install_dir / "_internal" / "VERSION").read_text() == "1.1"
    assert (home / "salon.db.before-1.1.bak").exists()
    args, env = restarted[0]
    assert args[1:] == ["--home", str(home)] and env["PYINSTALLER_RESET_ENVIRONMENT"] == "1"


def test_at_start_never_stops_the_app(monkeypatch):
    def broken():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(updates, "channel_for_this_copy", broken)
    updates.at_start(["Salon Desk"])  # logs, returns


def test_running_from_source_has_no_channel(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("SALON_DESK_UPDATES", raising=False)
    assert updates.channel_for_this_copy() == (None, updates.FROM_SOURCE)


def test_windows_hand_over_script_swaps_with_undo_and_restarts(tmp_path):
    channel = updates.Channel(install_dir=Path(r"C:\Users\claire\AppData\Local\Programs\Salon Desk"),
                              state_dir=tmp_path, repository_url="http://127.0.0.1/windows",
                              trusted_root=tmp_path / "root.json")
    script = updates.windows_script(channel, 4242, "Salon Desk.exe", ["--home", r"D:\salon 100%"])
    assert 'tasklist /FI "PID eq 4242"' in script
    assert 'move "%APP%" "%OLD%" >NUL || goto start' in script
    assert 'move "%NEW%" "%APP%" >NUL || move "%OLD%" "%APP%" >NUL' in script
    assert r'set "NEW=C:\Users\claire\AppData\Local\Programs\Salon Desk.incoming"' in script
    assert r'start "" "%APP%\Salon Desk.exe" --home "D:\salon 100%%"' in script


@pytest.mark.skipif(sys.platform != "win32", reason="runs the cmd.exe hand-over script: Windows only")
def test_windows_hand_over_script_runs(tmp_path):
    install = make_bundle(tmp_path / "Programs" / "Salon Desk", "1.0")
    staged = make_bundle(tmp_path / "Programs" / "Salon Desk.incoming", "1.1")
    (staged / ".complete").write_text("1.1")
    (install / "app.cmd").write_text("@echo started > \"%~dp0started.txt\"\n")
    (staged / "app.cmd").write_text("@echo started > \"%~dp0started.txt\"\n")
    channel = updates.Channel(install_dir=install, state_dir=tmp_path / "state", repository_url="http://127.0.0.1",
                              trusted_root=tmp_path / "root.json")
    waited_for = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
    script = tmp_path / "update.cmd"
    script.write_text(updates.windows_script(channel, waited_for.pid, "app.cmd", []), encoding="oem")
    subprocess.run(["cmd.exe", "/c", str(script)], check=True, timeout=120)
    waited_for.wait()
    assert (install / "_internal" / "VERSION").read_text() == "1.1"
    assert channel.previous_dir.exists() and not staged.exists()
    deadline = time.monotonic() + 30
    while not (install / "started.txt").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert (install / "started.txt").exists()
