"""`salon-desk service …` and `salon-desk appointment …`: the salon's services and its book."""
from __future__ import annotations

from datetime import date

from desktop import i18n
from desktop.booking.catalogue import price_text
from desktop.cli.common import C, UsageError, action, group, label, number, output_file
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP

STATUS = {"booked": QT_TRANSLATE_NOOP("CLI", "booked"), "done": QT_TRANSLATE_NOOP("CLI", "done"),
          "cancelled": QT_TRANSLATE_NOOP("CLI", "cancelled"), "no_show": QT_TRANSLATE_NOOP("CLI", "no-show")}


def register(commands, common) -> None:
    service = group(commands, common, "service", h(QT_TRANSLATE_NOOP("CLI", "services the salon offers")))
    sadd = action(service, common, "add", _service_add, help=h(QT_TRANSLATE_NOOP("CLI", "add a service")))
    sadd.add_argument("name")
    sadd.add_argument("--minutes", type=number(1, 720), required=True)
    sedit = action(service, common, "edit", _service_edit, help=h(QT_TRANSLATE_NOOP("CLI", "change a service")))
    sedit.add_argument("name")
    sedit.add_argument("--new-name")
    sedit.add_argument("--minutes", type=number(1, 720))
    for sub in (sadd, sedit):
        sub.add_argument("--price", metavar="EUR", help=h(QT_TRANSLATE_NOOP(
            "CLI", "informational only, no payments are recorded; a decimal comma works (42,50)")))
        sub.add_argument("--category")
        sub.add_argument("--processing", type=number(0, 720), metavar="MINUTES",
                         help=h(QT_TRANSLATE_NOOP(
                             "CLI", "processing time, added to --minutes in the appointment's length")))
        sub.add_argument("--colour", metavar="#RRGGBB")
    slist = action(service, common, "list", _service_list, help=h(QT_TRANSLATE_NOOP("CLI", "list the services")))
    slist.add_argument("--archived", action="store_true", help=h(QT_TRANSLATE_NOOP("CLI", "archived ones too")))
    for name, method, text in (("archive", "archive", QT_TRANSLATE_NOOP("CLI", "no new bookings; past ones keep it")),
                               ("restore", "restore", QT_TRANSLATE_NOOP("CLI", "bookable again"))):
        action(service, common, name, _service_state(method), help=h(text)).add_argument("name")

    appointment = group(commands, common, "appointment", h(QT_TRANSLATE_NOOP("CLI", "appointments")))
    aadd = action(appointment, common, "add", _appointment_add, help=h(QT_TRANSLATE_NOOP("CLI", "book an appointment")))
    aadd.add_argument("client")
    aadd.add_argument("--service", required=True)
    aadd.add_argument("--staff", required=True, metavar="LOGIN")
    aadd.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM")
    aadd.add_argument("--minutes", type=number(1, 720))
    aadd.add_argument("--note")
    aadd.add_argument("--allow-overlap", action="store_true",
                      help=h(QT_TRANSLATE_NOOP("CLI", "book even over another appointment of the same person")))
    aadd.add_argument("--allow-outside-hours", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CLI", "book even when the salon is closed or the person is away")))
    aadd.add_argument("--allow-past", action="store_true",
                      help=h(QT_TRANSLATE_NOOP("CLI", "record an appointment whose time has gone by")))
    action(appointment, common, "list", _appointment_list,
           help=h(QT_TRANSLATE_NOOP("CLI", "one day's appointments"))).add_argument("--day", required=True,
                                                                                metavar="YYYY-MM-DD")
    astatus = action(appointment, common, "status", _appointment_status,
                     help=h(QT_TRANSLATE_NOOP("CLI", "mark done, cancelled or no-show")))
    astatus.add_argument("id")
    astatus.add_argument("status", choices=["booked", "done", "cancelled", "no-show"])
    aconfirm = action(appointment, common, "confirmation", _appointment_confirmation,
                      help=h(QT_TRANSLATE_NOOP("CLI", "the booking confirmation as a PDF")))
    aconfirm.add_argument("id")
    aconfirm.add_argument("--pdf", required=True, metavar="FILE", type=output_file)
    sheet = action(appointment, common, "day-sheet", _day_sheet,
                   help=h(QT_TRANSLATE_NOOP("CLI", "the day sheets (PDF), one page per staff member")))
    sheet.add_argument("--day", required=True, metavar="YYYY-MM-DD")
    sheet.add_argument("--pdf", required=True, metavar="FILE", type=output_file)
    sheet.add_argument("--staff", metavar="LOGIN", action="append", help=h(QT_TRANSLATE_NOOP(
        "CLI", "only this person (repeat for several)")))


def _service_fields(args) -> dict:
    fields = {"price": args.price, "category": args.category, "processing_minutes": args.processing,
              "colour": args.colour}
    return {key: value for key, value in fields.items() if value is not None}


def _service_add(desk, args, out, stdin) -> int:
    service_id = desk.catalogue.add(args.name, args.minutes, **_service_fields(args))
    out.done({"ok": True, "id": service_id}, service_id)
    return 0


def _by_name(desk, name: str) -> dict:
    for row in desk.catalogue.list(archived=True):
        if row["name"].casefold() == name.casefold() or row["id"] == name:
            return row
    from storage.errors import NotFound
    raise NotFound(QT_TRANSLATE_NOOP("Messages", "No service called {name}."), name=name)


def _service_edit(desk, args, out, stdin) -> int:
    row = _by_name(desk, args.name)
    fields = _service_fields(args)
    if args.new_name:
        fields["name"] = args.new_name
    if args.minutes is not None:
        fields["minutes"] = args.minutes
    desk.catalogue.edit(row["id"], **fields)
    out.done({"ok": True, "id": row["id"]}, i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Service updated.")))
    return 0


def _service_state(method: str):
    def handler(desk, args, out, stdin) -> int:
        row = _by_name(desk, args.name)
        getattr(desk.catalogue, method)(row["id"])
        out.done({"ok": True, "id": row["id"], "active": method == "restore"},
                 i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Service archived.")) if method == "archive"
                 else i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Service restored.")))
        return 0
    return handler


def _service_list(desk, args, out, stdin) -> int:
    rows = desk.catalogue.list(archived=args.archived)
    archived = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "archived"))
    lines = [f"{r['name']:<24} {r['category']:<14} {r['minutes']:>4} min"
             + (f" + {r['processing_minutes']}" if r["processing_minutes"] else "")
             + f"  {price_text(r['price_cents']):>10}" + ("" if r["active"] else f"  ({archived})") for r in rows]
    keys = ("id", "name", "category", "minutes", "processing_minutes", "price_cents", "colour", "active")
    out.done({"ok": True, "services": [{k: (bool(r[k]) if k == "active" else r[k]) for k in keys} for r in rows]},
             "\n".join(lines))
    return 0


def _appointment_add(desk, args, out, stdin) -> int:
    from desktop import localtime

    appointment_id = desk.booking.book(args.client, args.service, args.staff, args.start, minutes=args.minutes,
                                       allow_overlap=args.allow_overlap, allow_outside_hours=args.allow_outside_hours,
                                       allow_past=args.allow_past, note=args.note)
    note = localtime.twice_note(localtime.parse(args.start))  # the hour repeated when the clocks go back
    out.done({"ok": True, "id": appointment_id, "note": note}, appointment_id)  # stdout: the id alone, for scripts
    if note and not out.as_json:
        out.problems([note])
    return 0


def _appointment_list(desk, args, out, stdin) -> int:
    from desktop import timefmt

    rows = desk.booking.day(args.day)
    keys = ("id", "client_id", "client", "service", "staff", "starts_at", "ends_at", "status", "note")
    text = "\n".join(f"{timefmt.local(r['starts_at'])[-5:]}-{timefmt.local(r['ends_at'])[-5:]}  {r['staff_name']:<16} "
                     f"{r['service']:<20} {r['client']:<24} {label(C, STATUS, r['status']):<9} {r['id']}"
                     for r in rows)
    out.done({"ok": True, "day": args.day, "appointments": [{k: r[k] for k in keys} for r in rows]}, text)
    if not rows and not out.as_json:  # stdout stays empty for scripts; a person reads why
        out.problems([i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "No appointments that day."))])
    return 0


def _appointment_status(desk, args, out, stdin) -> int:
    desk.booking.set_status(args.id, args.status)
    status = args.status.replace("-", "_")
    out.done({"ok": True, "id": args.id, "status": status},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Appointment marked {status}."), status=label(C, STATUS, status)))
    return 0


def _appointment_confirmation(desk, args, out, stdin) -> int:
    desk.booking.confirmation(args.id, args.pdf)
    out.done({"ok": True, "id": args.id, "path": args.pdf},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Confirmation written to {path}."), path=args.pdf))
    return 0


def _day_sheet(desk, args, out, stdin) -> int:
    try:
        day = date.fromisoformat(args.day)
    except ValueError:
        raise UsageError(i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Dates are written YYYY-MM-DD."))) from None
    count = desk.day_sheets.save(day, args.pdf, logins=args.staff)
    out.done({"ok": True, "path": args.pdf, "appointments": count},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Day sheets written to {path} (appointments: {count})."),
                     path=args.pdf, count=count))
    return 0
