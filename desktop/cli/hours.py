"""`salon-desk hours …`: opening hours per weekday, a person's weekly schedule, closures, absences, holidays."""
from __future__ import annotations

from desktop import i18n, timefmt
from desktop.booking.hours import WEEKDAY_NAMES, format_ranges, parse_ranges
from desktop.booking.time_off import ABSENCE_KINDS
from desktop.cli.common import C, UsageError, action, group
from desktop.cli.help import h
from desktop.settings import CLOSED_ON_HOLIDAYS
from storage.errors import QT_TRANSLATE_NOOP

DAYS = (("mon", "lun", "1"), ("tue", "mar", "2"), ("wed", "mer", "3"), ("thu", "jeu", "4"), ("fri", "ven", "5"),
        ("sat", "sam", "6"), ("sun", "dim", "7"))
CLOSED_WORDS = ("", "closed", "fermé", "ferme", "-")


def register(commands, common) -> None:
    hours = group(commands, common, "hours", h(QT_TRANSLATE_NOOP(
        "CLI", "opening hours, schedules, closures and absences")))
    show = action(hours, common, "show", _show, help=h(QT_TRANSLATE_NOOP("CLI", "the week's hours")))
    show.add_argument("--staff", metavar="LOGIN", help=h(QT_TRANSLATE_NOOP("CLI", "this person's schedule")))
    set_ = action(hours, common, "set", _set, help=h(QT_TRANSLATE_NOOP(
        "CLI", "one weekday's hours, for example: hours set sat \"09:00-12:00, 14:00-18:00\"")))
    set_.add_argument("day", metavar="DAY", help=h(QT_TRANSLATE_NOOP("CLI", "mon … sun (or lun … dim, or 1 … 7)")))
    set_.add_argument("ranges", metavar="RANGES", help=h(QT_TRANSLATE_NOOP("CLI", "\"closed\" for a closed day")))
    set_.add_argument("--staff", metavar="LOGIN", help=h(QT_TRANSLATE_NOOP("CLI", "this person's schedule")))
    action(hours, common, "reset", _reset, help=h(QT_TRANSLATE_NOOP(
        "CLI", "this person follows the salon's opening hours again"))).add_argument("--staff", required=True,
                                                                                  metavar="LOGIN")
    holidays = action(hours, common, "holidays", _holidays, help=h(QT_TRANSLATE_NOOP(
        "CLI", "whether the salon closes on French public holidays")))
    holidays.add_argument("state", choices=["closed", "open"])
    closure = action(hours, common, "closure", _closure, help=h(QT_TRANSLATE_NOOP(
        "CLI", "an exceptional closure of the salon")))
    absence = action(hours, common, "absence", _absence, help=h(QT_TRANSLATE_NOOP(
        "CLI", "a staff member's absence")))
    absence.add_argument("login")
    absence.add_argument("--kind", required=True, choices=ABSENCE_KINDS)
    closure.add_argument("--label", default="")
    for sub in (closure, absence):
        sub.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
        sub.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
        sub.add_argument("--start", metavar="HH:MM", help=h(QT_TRANSLATE_NOOP("CLI", "part of one day only")))
        sub.add_argument("--end", metavar="HH:MM")


def _day(text: str) -> int:
    for index, names in enumerate(DAYS):
        if text.strip().lower()[:3] in names:
            return index
    raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "A day is mon, tue, wed, thu, fri, sat or sun.")))


def _week_text(week) -> str:
    closed = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "closed"))
    return "\n".join(f"{i18n.translate('Weekdays', WEEKDAY_NAMES[day]):<10} {format_ranges(ranges) or closed}"
                     for day, ranges in enumerate(week))


def _staff_id(desk, login: str) -> str:
    from storage.errors import NotFound

    for row in desk.staff.list():
        if row["login"].casefold() == login.casefold():
            return row["id"]
    raise NotFound(QT_TRANSLATE_NOOP("Messages", "No staff member with login {login}."), login=login)


def _show(desk, args, out, stdin) -> int:
    week = desk.settings.opening_week()
    own = desk.settings.working_week(_staff_id(desk, args.staff)) if args.staff else None
    shown = own if own is not None else week
    data = {"ok": True, "week": [format_ranges(day) for day in shown], "own_schedule": own is not None,
            "closed_on_public_holidays": bool(desk.settings.get(CLOSED_ON_HOLIDAYS))}
    out.done(data, _week_text(shown))
    return 0


def _set(desk, args, out, stdin) -> int:
    day = _day(args.day)
    ranges = () if args.ranges.strip().lower() in CLOSED_WORDS else parse_ranges(args.ranges)
    if args.staff:
        current = desk.settings.working_week(_staff_id(desk, args.staff)) or desk.settings.opening_week()
        week = tuple(ranges if index == day else current[index] for index in range(7))
        desk.settings.set_working_week(args.staff, week)
    else:
        current = desk.settings.opening_week()
        week = tuple(ranges if index == day else current[index] for index in range(7))
        desk.settings.set_opening_week(week)
    out.done({"ok": True, "week": [format_ranges(d) for d in week]}, _week_text(week))
    return 0


def _reset(desk, args, out, stdin) -> int:
    desk.settings.set_working_week(args.staff, None)
    out.done({"ok": True}, i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{login} follows the salon's opening hours."),
                                   login=args.staff))
    return 0


def _holidays(desk, args, out, stdin) -> int:
    desk.settings.set(CLOSED_ON_HOLIDAYS, args.state == "closed")
    out.done({"ok": True, "closed_on_public_holidays": args.state == "closed"},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Closed on public holidays.")) if args.state == "closed"
             else i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Open on public holidays.")))
    return 0


def _closure(desk, args, out, stdin) -> int:
    row_id = desk.time_off.add_closure(args.first, args.last, label=args.label, start=args.start, end=args.end)
    return _added(desk, row_id, out)


def _absence(desk, args, out, stdin) -> int:
    row_id = desk.time_off.add_absence(args.login, args.kind, args.first, args.last, start=args.start, end=args.end)
    return _added(desk, row_id, out)


def _added(desk, row_id: str, out) -> int:
    """The id on stdout; the appointments it falls on (clients to call) on stderr, or in the JSON."""
    booked = desk.time_off.booked_during(row_id)
    out.done({"ok": True, "id": row_id, "booked": [a["id"] for a in booked]}, row_id)
    if booked and not out.as_json:
        out.problems([i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Booked appointments in this time: {count}. Call the "
                                                          "clients to move them:"), count=len(booked))]
                     + [f"{timefmt.salon_time(a['starts_at']):%d/%m/%Y %H:%M}  {a['staff_name']:<16} "
                        f"{a['client'] or '-':<24} {a['id']}" for a in booked])
    return 0
