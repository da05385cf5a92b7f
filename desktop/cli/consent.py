"""`salon-desk consent …`: record decisions, statuses, exports, the proof PDF and the wording."""
from __future__ import annotations

from desktop import i18n
from desktop.cli.common import C, action, day, export_done, group, label
from desktop.cli.help import h
from storage.errors import QT_TRANSLATE_NOOP, InputError


def register(commands, common) -> None:
    consent = group(commands, common, "consent", h(QT_TRANSLATE_NOOP("CLI", "marketing consent")))
    record = action(consent, common, "record", _consent_record)
    record.add_argument("client")
    record.add_argument("--channel", required=True, choices=["email", "sms"])
    record.add_argument("--decision", required=True, choices=["granted", "refused", "withdrawn"])
    record.add_argument("--method", required=True,
                        choices=["desk", "phone", "paper", "online", "marketplace", "link", "sms-stop"])
    record.add_argument("--text-version", type=int, help=h(QT_TRANSLATE_NOOP("CLI", "the version shown (default: the current one)")))
    record.add_argument("--language", default="fr", choices=["fr", "en"])
    record.add_argument("--source", help=h(QT_TRANSLATE_NOOP("CLI", "which site or form, for online decisions")))
    record.add_argument("--evidence", help=h(QT_TRANSLATE_NOOP("CLI", "booking id, or file hash and row")))
    action(consent, common, "status", _consent_status).add_argument("client")
    register_ = action(consent, common, "register", _consent_register)
    register_.add_argument("--csv", required=True, metavar="FILE")
    register_.add_argument("--client")
    register_.add_argument("--channel", choices=["email", "sms"])
    register_.add_argument("--since", metavar="YYYY-MM-DD")
    register_.add_argument("--until", metavar="YYYY-MM-DD")
    audience = action(consent, common, "audience", _consent_audience)
    audience.add_argument("--channel", required=True, choices=["email", "sms"])
    audience.add_argument("--csv", required=True, metavar="FILE")
    action(consent, common, "suppression", _consent_suppression).add_argument("--csv", required=True, metavar="FILE")
    proof = action(consent, common, "proof", _consent_proof)
    proof.add_argument("client")
    proof.add_argument("--pdf", required=True, metavar="FILE")
    text = action(consent, common, "text", _consent_text, help=h(QT_TRANSLATE_NOOP("CLI", "show or edit the consent wording")))
    text.add_argument("--channel", required=True, choices=["email", "sms"])
    text.add_argument("--language", default="fr", choices=["fr", "en"])
    text.add_argument("--version", type=int)
    text.add_argument("--set-from", metavar="FILE", help=h(QT_TRANSLATE_NOOP("CLI", "owner: a new version from this UTF-8 file")))


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
    text = "\n".join(_status_line(channel, s) for channel, s in channels.items())
    out.done({"ok": True, "client_id": args.client, "channels": channels}, text)
    return 0


def _status_line(channel: str, state: dict) -> str:
    """'E-mail : accepté depuis le 03/12/2026 (texte v2)' in the screen's language; JSON keeps the codes."""
    from desktop import timefmt
    from desktop.consent.rules import CHANNEL_LABELS, STATUS_LABELS

    line = i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "{channel}: {status}"), channel=label("Consent", CHANNEL_LABELS, channel),
                   status=label("Consent", STATUS_LABELS, state["status"]))
    if state["since"]:
        line += " " + i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "since {date}"), date=timefmt.local(state["since"]))
    if state["text_version"] is not None:
        line += " " + i18n.tr(C, QT_TRANSLATE_NOOP("CLI", "(text version {version})"), version=state["text_version"])
    return line


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
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Cannot read {path} as UTF-8 text."),
                             path=args.set_from) from exc
        row = desk.consent.edit_text(args.channel, body, args.language)
    else:
        row = desk.consent.text(args.channel, args.language, args.version)
    out.done({"ok": True, "channel": args.channel, "language": row["language"], "version": row["version"],
              "sha256": row["sha256"], "text": row["body"]}, f"v{row['version']} {row['sha256']}\n{row['body']}")
    return 0
