"""`salon-desk service …` and `salon-desk appointment …`: the salon's services and its book."""
from __future__ import annotations

from desktop import i18n
from desktop.cli.common import C, action, amount, group, number, output_file
from storage.errors import QT_TRANSLATE_NOOP


def register(commands, common) -> None:
    service = group(commands, common, "service", "services the salon offers")
    sadd = action(service, common, "add", _service_add)
    sadd.add_argument("name")
    sadd.add_argument("--minutes", type=number(1, 720), required=True)
    sadd.add_argument("--price", type=amount, metavar="EUR", help="informational only: no payments are recorded")
    appointment = group(commands, common, "appointment", "appointments")
    aadd = action(appointment, common, "add", _appointment_add)
    aadd.add_argument("client")
    aadd.add_argument("--service", required=True)
    aadd.add_argument("--staff", required=True, metavar="LOGIN")
    aadd.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM")
    aadd.add_argument("--minutes", type=number(1, 720))
    aadd.add_argument("--allow-overlap", action="store_true")
    action(appointment, common, "list", _appointment_list).add_argument("--day", required=True, metavar="YYYY-MM-DD")
    astatus = action(appointment, common, "status", _appointment_status)
    astatus.add_argument("id")
    astatus.add_argument("status", choices=["booked", "done", "cancelled", "no-show"])
    aconfirm = action(appointment, common, "confirmation", _appointment_confirmation,
                      help="the booking confirmation as a PDF")
    aconfirm.add_argument("id")
    aconfirm.add_argument("--pdf", required=True, metavar="FILE", type=output_file)


def _service_add(desk, args, out, stdin) -> int:
    service_id = desk.booking.add_service(args.name, args.minutes, args.price)
    out.done({"ok": True, "id": service_id}, service_id)
    return 0


def _appointment_add(desk, args, out, stdin) -> int:
    from desktop import localtime

    appointment_id = desk.booking.book(args.client, args.service, args.staff, args.start, minutes=args.minutes,
                                       allow_overlap=args.allow_overlap)
    note = localtime.twice_note(localtime.parse(args.start))  # the hour repeated when the clocks go back
    out.done({"ok": True, "id": appointment_id, "note": note}, "\n".join(filter(None, (appointment_id, note))))
    return 0


def _appointment_list(desk, args, out, stdin) -> int:
    from desktop import timefmt

    rows = desk.booking.day(args.day)
    keys = ("id", "client_id", "client", "service", "staff", "starts_at", "ends_at", "status")
    text = "\n".join(f"{timefmt.local(r['starts_at'])[-5:]}-{timefmt.local(r['ends_at'])[-5:]}  {r['staff']:<12} "
                     f"{r['service']:<20} {r['client']:<24} {r['status']:<9} {r['id']}" for r in rows)
    out.done({"ok": True, "day": args.day, "appointments": [{k: r[k] for k in keys} for r in rows]}, text)
    return 0


def _appointment_status(desk, args, out, stdin) -> int:
    desk.booking.set_status(args.id, args.status)
    out.done({"ok": True, "id": args.id, "status": args.status.replace("-", "_")},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Appointment updated.")))
    return 0


def _appointment_confirmation(desk, args, out, stdin) -> int:
    desk.booking.confirmation(args.id, args.pdf)
    out.done({"ok": True, "id": args.id, "path": args.pdf},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Confirmation written to {path}."), path=args.pdf))
    return 0
