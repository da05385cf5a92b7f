"""Backups as operations: back up now, list, verify, this PC's backup settings, and an in-place restore's first
half (the owner, after typing the password again). The scheduled backup calls the same `create` as the system
principal on its own connection. The heavy work is in make.py, check.py and restore.py."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.backup import check, config as configs, files, make, restore
from desktop.kernel.operation import Service, public, requires
from desktop.kernel.permissions import Perm
from desktop.kernel.progress import Progress
from storage import erasure_journal
from storage.errors import QT_TRANSLATE_NOOP, InputError, SalonError


class BackupService(Service):
    @property
    def _store(self):
        return self.desk._kernel.store  # noqa: SLF001 (services are the kernel's own)

    @requires(Perm.BACKUP)
    def create(self, *, to: Path | str | None = None, progress: Progress | None = None) -> dict[str, Any]:
        """Back up now, into `to` or this PC's backup folder; returns path, bytes, fingerprint, verified (and
        method, deleted, seconds, on_this_pc). One plain error, and nothing under a backup name, on failure."""
        store = self._store
        config = configs.load(store.layout)
        destination = Path(to).expanduser() if to else config.destination(store.layout)
        try:
            result = make.make(store, destination=destination, config=config, progress=progress,
                               must_exist=bool(to) or config.folder is not None)
        except SalonError as exc:
            try:
                with self.unit_of_work() as uow:
                    self.log(uow, "backup_failed", folder=str(destination), reason=exc.template)
            except SalonError:
                pass  # a full or read-only salon folder: the state file and the error say it already
            raise
        with self.unit_of_work() as uow:
            self.log(uow, "backup_made", file=Path(result["path"]).name, bytes=result["bytes"],
                     fingerprint=result["fingerprint"][:16], method=result["method"], deleted=len(result["deleted"]))
        restore.drop_set_aside(store.layout)
        on_this_pc = configs.Config(destination).on_this_pc(store.layout)
        return {**result, "on_this_pc": on_this_pc}

    @requires(Perm.BACKUP)
    def list(self, folder: Path | str | None = None) -> dict[str, Any]:
        """The backups in `folder` or this PC's backup folder, newest first, with size and fingerprint."""
        destination = Path(folder) if folder else configs.load(self._store.layout).destination(self._store.layout)
        if not destination.is_dir():
            return {"folder": str(destination), "missing": True, "backups": []}
        return {"folder": str(destination), "missing": False,
                "backups": [entry.as_dict() for entry in files.listing(destination)]}

    @requires(Perm.BACKUP)
    def verify(self, path: Path | str, *, progress: Progress | None = None) -> dict[str, Any]:
        """Check a backup file and the database inside it with this salon's key; raises one error naming it."""
        def interrupted() -> bool:
            return progress is not None and progress.cancelled

        def on_chunk(done: int) -> None:
            if progress is not None:
                progress.check()
                progress.update(done, max(Path(path).stat().st_size, 1), make.LABEL_READ_BACK)
        return check.verify_file(Path(path), self._store.key, scratch=self._store.layout.home, on_chunk=on_chunk,
                                 interrupt=interrupted)

    @requires(Perm.BACKUP)
    def settings(self) -> dict[str, Any]:
        layout = self._store.layout
        config = configs.load(layout)
        return {"folder": str(config.destination(layout)), "default_folder": config.folder is None,
                "on_this_pc": config.on_this_pc(layout), **config.keep()}

    @public
    def status(self) -> configs.Status:
        """For the memo: the last good backup, the last failure, and whether the folder is there. Reveals nothing
        about clients. It may look at a network folder: call it off the GUI thread."""
        return configs.status(self._store.layout)

    @requires(Perm.BACKUP_ADMIN)
    def configure(self, folder: Path | str | None = None, *, daily: int | None = None, weekly: int | None = None,
                  monthly: int | None = None) -> dict[str, Any]:
        """This PC's backup folder (created if its parent exists; it must accept a file) and rotation."""
        layout = self._store.layout
        current = configs.load(layout)
        chosen = current.folder
        if folder is not None:
            chosen = Path(folder).expanduser().resolve()
            if not chosen.is_dir():
                if not chosen.parent.is_dir():
                    raise InputError(make.FOLDER_MISSING, folder=str(chosen))
                try:
                    chosen.mkdir(mode=0o700)
                except OSError as exc:
                    raise make.destination_error(exc, chosen) from exc
            try:
                fd, probe = tempfile.mkstemp(prefix=".salon-desk-probe-", dir=chosen)
                os.close(fd)
                os.unlink(probe)
            except OSError as exc:
                raise make.destination_error(exc, chosen) from exc
        config = configs.with_changes(current, folder=chosen, daily=daily, weekly=weekly, monthly=monthly)
        configs.save(layout, config)
        with self.unit_of_work() as uow:
            self.log(uow, "backup_settings_changed", folder=str(config.destination(layout)), **config.keep())
        return self.settings()

    @requires(Perm.BACKUP_ADMIN, reauth=True)
    def prepare_restore(self, path: Path | str, *, code: str | None = None,
                        progress: Progress | None = None) -> restore.Staged:
        """The first half of an in-place restore: check the backup and prepare its database (this salon's key,
        or the recovery code), with every erasure made since applied again and verify passed. Nothing the salon
        uses changes; the caller closes every connection, then calls restore.commit_in_place(staged)."""
        store = self._store
        staged = restore.stage(store.layout, path, code=code, key_hex=None if code else store.key,
                               extra_erasures=erasure_journal.records(self._db), progress=progress, new_home=False)
        if staged.key_hex != store.key:
            staged.discard()
            raise InputError(QT_TRANSLATE_NOOP(
                "Messages", "{file} belongs to another salon (its key is not this salon's)."), file=Path(path).name)
        with self.unit_of_work() as uow:
            self.log(uow, "backup_restore_prepared", file=Path(path).name,
                     backup_created_at=staged.header.get("created_at"), erasures_reapplied=staged.reapplied)
        return staged
