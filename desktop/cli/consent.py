"""`salon-desk consent …`: record decisions, statuses, exports, the proof PDF and the wording."""
from __future__ import annotations

from desktop import i18n
from desktop.cli.common import C, action, day, export_done, group, number, output_file
from storage.errors import QT_TRANSLATE_NOOP, InputError


def register(commands, common) -> None:
    consent = group(commands, common, "consent", "marketing consent")
    record = action(consent, common, "record", _consent_record)
    record.add_argument("client")
    record.add_argument("--channel", required=True, choices=["email", "sms"])
    record.add_argument("--decision", required=True, choices=["granted", "refused", "withdrawn"])
    record.add_argument("--method", required=True,
                        choices=["desk", "phone", "paper", "online", "marketplace", "link", "sms-stop"])
    record.add_argument("--text-version", type=number(1, 1_000_000),
                        help="the version shown (default: the current one)")
    record.add_argument("--language", default="fr", choices=["fr", "en"])
    record.add_argument("--source", help="which site or form, for online decisions")
    record.add_argument("--evidence", help="booking id, or file hash and row")
    action(consent, common, "status", _consent_status).add_argument("client")
    register_ = action(consent, common, "register", _consent_register)
    register_.add_argument("--csv", required=True, metavar="FILE", type=output_file)
    register_.add_argument("--client")
    register_.add_argument("--channel", choices=["email", "sms"])
    register_.add_argument("--since", metavar="YYYY-MM-DD")
    register_.add_argument("--until", metavar="YYYY-MM-DD")
    audience = action(consent, common, "audience", _consent_audience)
    audience.add_argument("--channel", required=True, choices=["email", "sms"])
    audience.add_argument("--csv", required=True, metavar="FILE", type=output_file)
    action(consent, common, "suppression", _consent_suppression).add_argument("--csv", required=True, metavar="FILE",
                                                                             type=output_file)
    proof = action(consent, common, "proof", _consent_proof)
    proof.add_argument("client")
    proof.add_argument("--pdf", required=True, metavar="FILE", type=output_file)
    text = action(consent, common, "text", _consent_text, help="show or edit the consent wording")
    text.add_argument("--channel", required=True, choices=["email", "sms"])
    text.add_argument("--language", default="fr", choices=["fr", "en"])
    text.add_argument("--version", type=number(1, 1_000_000))
    text.add_argument("--set-from", metavar="FILE", help="owner: a new version from this UTF-8 file")


def _consent_record(desk, args, out, stdin) -> int:
    version = args.text_version
    if version is None and args.decision in ("granted", "refused"):  # the wording shown when asking
        version = desk.consent.text(args.channel, args.language)["version"]
    event = desk.consent.record(args.client, args.channel, args.decision, args.method.replace("-", "_"),
                                text_version=version, language=args.language, source=args.source,
                                evidence=args.evidence)
    out.done({"ok": True, "event_id": event["id"], "text_version": event["text_version"],
              "text_sha256": event["text_sha256"]}, event["id"])
    return 0


def _consent_status(desk, args, out, stdin) -> int:
    desk.clients.show(args.client, purpose="consent_status")  # unknown id: one clear error
    statuses = desk.consent.status(args.client)
    channels = {channel: state.as_dict() for channel, state in statuses.items()}
    text = "\n".join(f"{channel}: {s['status']}" + (f" since {s['since']} (text v{s['text_version']})"
                                                    if s["since"] else "") for channel, s in channels.items())
    out.done({"ok": True, "client_id": args.client, "channels": channels}, text)
    return 0


def _consent_register(desk, args, out, stdin) -> int:
    return export_done(out, args.csv, desk.consent_exports.register(
        args.csv, client_id=args.client, channel=args.channel, since=day(args.since), until=day(args.until)))


def _consent_audience(desk, args, out, stdin) -> int:
    return export_done(out, args.csv, desk.consent_exports.audience(args.channel, args.csv))


def _consent_suppression(desk, args, out, stdin) -> int:
    return export_done(out, args.csv, desk.consent_exports.suppression(args.csv))


def _consent_proof(desk, args, out, stdin) -> int:
    count = desk.consent_exports.proof(args.client, args.pdf)
    out.done({"ok": True, "path": args.pdf, "events": count},
             i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "Consent proof with {count} events written to {path}."),
                     count=count, path=args.pdf))
    return 0


def _consent_text(desk, args, out, stdin) -> int:
    if args.set_from:
        try:
            body = open(args.set_from, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Cannot read {path} as UTF-8 text."),
                             path=args.set_from) from exc
        row = desk.consent.edit_text(args.channel, body, args.language)
    else:
        row = desk.consent.text(args.channel, args.language, args.version)
    out.done({"ok": True, "channel": args.channel, "language": row["language"], "version": row["version"],
              "sha256": row["sha256"], "text": row["body"]}, f"v{row['version']} {row['sha256']}\n{row['body']}")
    return 0
