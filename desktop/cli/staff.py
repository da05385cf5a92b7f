"""`salon-desk staff …`: accounts, roles, passwords, unlocking."""
from __future__ import annotations

from desktop import i18n
from typing import Callable

from desktop.cli.common import C, action, group, role_label
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    staff = group(commands, common, "staff", h(QT_TRANSLATE_NOOP("CLI", "staff accounts")))
    add = action(staff, common, "add", _staff_add, help=h(QT_TRANSLATE_NOOP(
        "CLI", "add an account; prints its one-time password")))
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=["owner", "manager", "employee"])
    add.add_argument("--name", default="")
    action(staff, common, "list", _staff_list, help=h(QT_TRANSLATE_NOOP("CLI", "the staff accounts")))
    for name, method, message, text in (
            ("deactivate", "deactivate", QT_TRANSLATE_NOOP("CLI", "{login} is deactivated."),
             QT_TRANSLATE_NOOP("CLI", "revoke an account's access (someone who leaves)")),
            ("reactivate", "reactivate", QT_TRANSLATE_NOOP("CLI", "{login} is active again."),
             QT_TRANSLATE_NOOP("CLI", "give a deactivated account its access back")),
            ("unlock", "unlock", QT_TRANSLATE_NOOP("CLI", "{login} is unlocked."),
             QT_TRANSLATE_NOOP("CLI", "lift the lock after too many wrong passwords"))):
        action(staff, common, name, _staff_simple(method, message), help=h(text)).add_argument("login")
    action(staff, common, "reset-password", _staff_reset, help=h(QT_TRANSLATE_NOOP(
        "CLI", "a new one-time password for an account"))).add_argument("login")
    rename = action(staff, common, "rename", _staff_rename,
                    help=h(QT_TRANSLATE_NOOP("CLI", "the name others read (empty: the login)")))
    rename.add_argument("login")
    rename.add_argument("name")
    role = action(staff, common, "set-role", _staff_role, help=h(QT_TRANSLATE_NOOP(
        "CLI", "owner: change an account's role")))
    role.add_argument("login")
    role.add_argument("role", choices=["owner", "manager", "employee"])
    action(staff, common, "set-password", _staff_password, help=h(QT_TRANSLATE_NOOP("CLI", "change your own password")))


def _staff_add(desk, args, out, stdin) -> int:
    staff_id, otp = desk.staff.add(args.login, args.role, args.name)
    out.done({"ok": True, "id": staff_id, "login": args.login, "role": args.role, "one_time_password": otp},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Added {login} ({role}). One-time password: {otp}"),
                     login=args.login, role=role_label(args.role), otp=otp))
    return 0


def _staff_list(desk, args, out, stdin) -> int:
    rows = desk.staff.list()
    active, inactive, locked = (i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "active")),
                                i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "deactivated")),
                                i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "locked")))
    lines = [f"{r['login']:<20} {role_label(r['role']):<12} {active if r['active'] else inactive:<12}"
             f"{locked if r['locked'] else ''}" for r in rows]
    out.done({"ok": True, "staff": rows}, "\n".join(lines))
    return 0


def _staff_simple(method: str, message: str) -> Callable:
    def handler(desk, args, out, stdin) -> int:
        getattr(desk.staff, method)(args.login)
        out.done({"ok": True, "login": args.login, "action": method}, i18n.tr(C, message, login=args.login))
        return 0
    return handler


def _staff_reset(desk, args, out, stdin) -> int:
    otp = desk.staff.reset_password(args.login)
    out.done({"ok": True, "login": args.login, "one_time_password": otp},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "New one-time password for {login}: {otp}"), login=args.login, otp=otp))
    return 0


def _staff_role(desk, args, out, stdin) -> int:
    desk.staff.set_role(args.login, args.role)
    out.done({"ok": True, "login": args.login, "role": args.role},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{login} is now {role}."), login=args.login,
                     role=role_label(args.role)))
    return 0


def _staff_password(desk, args, out, stdin) -> int:
    new = stdin.line(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "New password: ")))
    desk.staff.set_own_password(args.signin_password, new)
    out.done({"ok": True, "login": desk.session.login, "changed": True},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Password changed.")))
    return 0


def _staff_rename(desk, args, out, stdin) -> int:
    desk.staff.rename(args.login, args.name)
    out.done({"ok": True, "login": args.login},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{login} is now shown as {name}."), login=args.login,
                     name=args.name.strip() or args.login))
    return 0
