"""`salon-desk backup …`: back up now, list, verify a file, restore (into a new folder or in place), and this
PC's backup folder and rotation.

`verify` and `restore` run before sign-in: on a new PC there is nobody to sign in yet, and the recovery code
(stdin) is what opens the backup. Restoring over an existing salon signs in first (owner; password on stdin's
first line, the recovery code on the second).
"""
from __future__ import annotations

from pathlib import Path

from desktop import i18n
from desktop.backup import check, restore
from desktop.cli.common import C, UsageError, action, group
from desktop.cli.help import h
from desktop.timefmt import local
from storage import backup_file, keystore
from storage.errors import QT_TRANSLATE_NOOP

ON_THIS_PC = QT_TRANSLATE_NOOP(
    "CLI", "Warning: this folder is on this PC. It protects against mistakes, not against a lost or broken PC: "
    "choose a USB drive or a network folder with 'backup settings --dir'.")


def register(commands, common) -> None:
    backup = group(commands, common, "backup",
                   h(QT_TRANSLATE_NOOP("CLI", "backups: now, list, verify, restore, settings")))
    now = action(backup, common, "now", _now, help=h(QT_TRANSLATE_NOOP(
        "CLI", "back up now (owner); prints path, bytes, fingerprint, verified")))
    now.add_argument("--to", metavar="DIR", help=h(QT_TRANSLATE_NOOP(
        "CLI", "this folder instead of the backup folder")))
    listed = action(backup, common, "list", _list, help=h(QT_TRANSLATE_NOOP(
        "CLI", "the backups in the backup folder, newest first")))
    listed.add_argument("--folder", metavar="DIR")
    verify = backup.add_parser("verify", parents=[common],
                               help=h(QT_TRANSLATE_NOOP(
                                   "CLI", "check a backup file (the key: this PC's keyring, or the code on stdin)")))
    verify.add_argument("file")
    verify.set_defaults(before_sign_in=_verify)
    restored = backup.add_parser("restore", parents=[common],
                                 help=h(QT_TRANSLATE_NOOP(
                                     "CLI", "restore a backup: the recovery code on stdin (over an existing salon: "
                                            "owner, password on the first line, the code on the second)")))
    restored.add_argument("file")
    restored.set_defaults(before_sign_in=_restore)
    settings = action(backup, common, "settings", _settings, help=h(QT_TRANSLATE_NOOP(
        "CLI", "this PC's backup folder and rotation (owner)")))
    settings.add_argument("--dir", metavar="DIR")
    settings.add_argument("--keep-daily", type=int, metavar="N")
    settings.add_argument("--keep-weekly", type=int, metavar="N")
    settings.add_argument("--keep-monthly", type=int, metavar="N")


def _short(fingerprint: str) -> str:
    return "-".join(fingerprint[i:i + 4] for i in range(0, 16, 4)).upper() if fingerprint else "?"


def _now(desk, args, out, stdin) -> int:
    result = desk.backups.create(to=args.to)
    lines = [i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Backup written to {path} ({bytes} bytes, fingerprint {fingerprint}), "
                                                 "verified."),
                     path=result["path"], bytes=result["bytes"], fingerprint=_short(result["fingerprint"]))]
    if result["on_this_pc"]:
        lines.append(i18n.tr(C, ON_THIS_PC))
    keys = ("path", "bytes", "fingerprint", "verified", "method", "deleted", "on_this_pc")
    out.done({"ok": True, **{key: result[key] for key in keys}}, "\n".join(lines))
    return 0


def _list(desk, args, out, stdin) -> int:
    found = desk.backups.list(args.folder)
    if found["missing"]:
        out.done({"ok": True, **found}, i18n.tr(C, QT_TRANSLATE_NOOP(
            "CLI", "The backup folder {folder} cannot be found (an unplugged USB drive?)."), folder=found["folder"]))
        return 0
    rows = [f"{local(b['created_at']) if b['created_at'] else '?':<16}  {b['bytes']:>12}  {_short(b['fingerprint'])}  "
            f"{b['name']}{'  ' + b['problem'] if b['problem'] else ''}" for b in found["backups"]]
    header = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Backups in {folder}: {count}"), count=len(rows),
                     folder=found["folder"])
    out.done({"ok": True, **found}, "\n".join([header, *rows]))
    return 0


def _key_for(path: Path, stdin) -> str | None:
    """This PC's key for the backup's salon, else the key the recovery code (stdin) unwraps, else None."""
    from storage import recovery

    header = backup_file.read_header(path)
    try:
        return keystore.load(header["key_id"])
    except (keystore.KeyMissing, keystore.KeyringUnavailable):
        pass
    try:
        code = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code (empty: check the file only): ")))
    except UsageError:
        return None
    return recovery.unwrap(header["recovery"], code) if code.strip() else None


def _verify(args, layout, out, stdin) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "No file at {path}."), path=str(path)))
    key_hex = _key_for(path, stdin)
    result = check.verify_file(path, key_hex, scratch=layout.home if layout.home.is_dir() else None)
    if result["verified"]:
        text = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{file}: verified (backup of {salon} from {date}, fingerprint "
                                                   "{fingerprint}): the file, its key and the database inside pass "
                                                   "every check."),
                       file=path.name, salon=result["salon"], date=local(result["created_at"]),
                       fingerprint=_short(result["fingerprint"]))
    else:
        text = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{file}: the file is whole (length and checksum). Give the "
                                                   "recovery code on stdin to check the database inside."),
                       file=path.name)
    out.done({"ok": True, **result}, text)
    return 0


def _restore(args, layout, out, stdin) -> int:
    from desktop.salon import Salon
    from desktop.store import is_set_up

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "No file at {path}."), path=str(path)))
    if is_set_up(layout) or any(p.exists() for p in layout.database_files()):
        if not args.user:
            raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP(
                "CLI", "A salon is already set up in {home}: restoring over it needs --user (the owner), the "
                "password on stdin's first line and the recovery code on the second. Or restore into an empty "
                "folder with --home."), home=str(layout.home)))
        opened = Salon.open(layout)
        try:
            password = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Password for {user}: "), user=args.user))
            desk = opened.sign_in(args.user, password)
            code = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code: ")))
            staged = desk.backups.prepare_restore(path, code=code)
        finally:
            opened.close()
        aside, saved = restore.commit_in_place(staged)
        result = {**staged.summary(), "set_aside": [str(p) for p in aside], "key_saved_to_keyring": saved}
        text = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Restored the backup of {date} in place (later erasures applied "
                                                   "again: {count}). The previous database is kept as {aside}."),
                       date=local(result["backup_created_at"]), count=staged.reapplied,
                       aside=aside[0].name if aside else "-")
    else:
        code = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Recovery code: ")))
        staged = restore.stage(layout, path, code=code, new_home=True)
        store, saved = restore.commit_new_home(staged)
        store.close()
        result = {**staged.summary(), "key_saved_to_keyring": saved}
        text = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Restored the backup of {salon} from {date} into {home} (later "
                                                   "erasures applied again: {count}). Staff sign in with their usual "
                                                   "passwords."),
                       salon=result["salon"], date=local(result["backup_created_at"]), home=str(layout.home),
                       count=staged.reapplied)
        if not saved:
            text += "\n" + i18n.tr(C, QT_TRANSLATE_NOOP(
                "CLI", "This PC has no usable keyring: unlock with the recovery code at each start."))
    out.done({"ok": True, **result}, text)
    return 0


def _settings(desk, args, out, stdin) -> int:
    changing = any(v is not None for v in (args.dir, args.keep_daily, args.keep_weekly, args.keep_monthly))
    result = desk.backups.configure(args.dir, daily=args.keep_daily, weekly=args.keep_weekly,
                                    monthly=args.keep_monthly) if changing else desk.backups.settings()
    lines = [i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Backups go to {folder}; kept: {daily} daily, {weekly} weekly, "
                                                 "{monthly} monthly."),
                     folder=result["folder"], daily=result["daily"], weekly=result["weekly"],
                     monthly=result["monthly"])]
    if result["on_this_pc"]:
        lines.append(i18n.tr(C, ON_THIS_PC))
    out.done({"ok": True, **result}, "\n".join(lines))
    return 0
