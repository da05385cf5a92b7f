"""`salon-desk consent …`: record decisions, statuses, exports, the proof PDF and the wording."""
from __future__ import annotations

from desktop import i18n
from desktop.cli.common import C, action, day, export_done, group, label, number, output_file
from desktop.cli.help import h
from desktop.consent.rules import SOURCE_TEXT_METHODS
from desktop.settings import PRIVACY_NOTICE, RIGHTS_CONTACT, SALON_CALLED, SALON_LEGAL_NAME
from storage.errors import QT_TRANSLATE_NOOP, InputError


def register(commands, common) -> None:
    consent = group(commands, common, "consent", h(QT_TRANSLATE_NOOP("CLI", "marketing consent")))
    record = action(consent, common, "record", _consent_record, help=h(QT_TRANSLATE_NOOP(
        "CLI", "record a client's decision for one channel")))
    record.add_argument("client")
    record.add_argument("--channel", required=True, choices=["email", "sms", "health"])
    record.add_argument("--decision", required=True, choices=["granted", "refused", "withdrawn"])
    record.add_argument("--method", required=True,
                        choices=["desk", "phone", "paper", "online", "marketplace", "link", "sms-stop", "email",
                                 "letter"],
                        help=h(QT_TRANSLATE_NOOP(
                            "CLI", "how the client decided; a withdrawal: desk, phone, email or letter")))
    record.add_argument("--text-version", type=number(1, 1_000_000),
                        help=h(QT_TRANSLATE_NOOP(
                            "CLI", "the version shown (default: the salon's current wording; online and marketplace "
                             "grants must give the version registered for their --source)")))
    record.add_argument("--language", default="fr", choices=["fr", "en"])
    record.add_argument("--source", help=h(QT_TRANSLATE_NOOP("CLI", "which site or form, for online decisions")))
    record.add_argument("--evidence", help=h(QT_TRANSLATE_NOOP("CLI", "booking id, or file hash and row")))
    action(consent, common, "status", _consent_status, help=h(QT_TRANSLATE_NOOP(
        "CLI", "a client's consent per channel"))).add_argument("client")
    register_ = action(consent, common, "register", _consent_register, help=h(QT_TRANSLATE_NOOP(
        "CLI", "the consent register as CSV")))
    register_.add_argument("--csv", required=True, metavar="FILE", type=output_file)
    register_.add_argument("--client")
    register_.add_argument("--channel", choices=["email", "sms"])
    register_.add_argument("--since", metavar="YYYY-MM-DD")
    register_.add_argument("--until", metavar="YYYY-MM-DD")
    audience = action(consent, common, "audience", _consent_audience, help=h(QT_TRANSLATE_NOOP(
        "CLI", "who may receive marketing on a channel, as CSV")))
    audience.add_argument("--channel", required=True, choices=["email", "sms"])
    audience.add_argument("--csv", required=True, metavar="FILE", type=output_file)
    suppression = action(consent, common, "suppression", _consent_suppression,
                         help=h(QT_TRANSLATE_NOOP("CLI", "the do-not-contact list for every tool, as CSV")))
    suppression.add_argument("--csv", required=True, metavar="FILE", type=output_file)
    proof = action(consent, common, "proof", _consent_proof, help=h(QT_TRANSLATE_NOOP(
        "CLI", "a client's consent proof (PDF)")))
    proof.add_argument("client")
    proof.add_argument("--pdf", required=True, metavar="FILE", type=output_file)
    text = action(consent, common, "text", _consent_text, help=h(QT_TRANSLATE_NOOP(
        "CLI", "show or edit the consent wording")))
    text.add_argument("--channel", required=True, choices=["email", "sms", "health"])
    text.add_argument("--language", default="fr", choices=["fr", "en"])
    text.add_argument("--version", type=number(1, 1_000_000))
    text.add_argument("--source", help=h(QT_TRANSLATE_NOOP(
        "CLI", "the online form or platform that shows this text (widget, treatwell…)")))
    text.add_argument("--set-from", metavar="FILE", help=h(QT_TRANSLATE_NOOP(
        "CLI", "owner: a new version from this UTF-8 file (with --source: "
                                                          "register the wording that form or platform shows)")))
    ident = action(consent, common, "identity", _consent_identity,
                   help=h(QT_TRANSLATE_NOOP("CLI", "show or set how the consent texts name the salon (owner)")))
    ident.add_argument("--legal-name", help=h(QT_TRANSLATE_NOOP("CLI", "the company's legal name (raison sociale)")))
    ident.add_argument("--called", help=h(QT_TRANSLATE_NOOP(
        "CLI", 'how a sentence names the salon, e.g. "le salon Marie Coiffure"')))
    ident.add_argument("--privacy-notice", help=h(QT_TRANSLATE_NOOP("CLI", "where clients read the privacy notice")))
    ident.add_argument("--rights-contact", help=h(QT_TRANSLATE_NOOP("CLI", "where clients exercise their rights")))


def _consent_record(desk, args, out, stdin) -> int:
    version = args.text_version
    if version is None and args.decision == "granted" and args.method in SOURCE_TEXT_METHODS:
        raise InputError(QT_TRANSLATE_NOOP(
            "Messages", "An online or marketplace grant needs --text-version: the version of the text registered "
                        "for its --source (salon-desk consent text --source S --set-from FILE)."))
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
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Cannot read {path} as UTF-8 text."),
                             path=args.set_from) from exc
        row = (desk.consent.register_source_text(args.channel, args.source, body, args.language) if args.source
               else desk.consent.edit_text(args.channel, body, args.language))
    else:
        row = desk.consent.text(args.channel, args.language, args.version, args.source)
    out.done({"ok": True, "channel": args.channel, "language": row["language"], "version": row["version"],
              "source": row["source"], "sha256": row["sha256"], "text": row["body"]},
             f"v{row['version']} {row['sha256']}\n{row['body']}")
    return 0


def _consent_identity(desk, args, out, stdin) -> int:
    wanted = {SALON_LEGAL_NAME: args.legal_name, SALON_CALLED: args.called, PRIVACY_NOTICE: args.privacy_notice,
              RIGHTS_CONTACT: args.rights_contact}
    for setting, value in wanted.items():
        if value is not None:
            desk.settings.set(setting, value)
    values = {setting.key: desk.settings.get(setting) for setting in wanted}
    text = desk.consent.text("email", "fr")
    out.done({"ok": True, **values, "email_text_version": text["version"]},
             "\n".join(f"{key}: {value}" for key, value in values.items()) + f"\n\n{text['body']}")
    return 0
