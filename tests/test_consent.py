"""The consent rules: each test fails when its rule is broken."""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings, strategies as st

from desktop.consent.rules import fold
from storage import consent as ledger, db, timeutil
from storage.errors import InputError, PermissionDenied


@pytest.fixture
def client_id(owner):
    return owner.clients.add(first_name="Marie", last_name="Dupont", email="marie@exemple.fr",
                             phone="06 12 34 56 78")


def current(desk, channel="email"):
    return desk.consent.text(channel)["version"]


def test_grant_without_a_text_version_is_refused(owner, client_id):
    with pytest.raises(InputError, match="exact text version"):
        owner.consent.record(client_id, "email", "granted", "desk")
    assert owner.consent.status(client_id)["email"].status == "unknown"


def test_grant_stores_the_exact_text_and_its_hash(owner, client_id):
    text = owner.consent.text("email")
    event = owner.consent.record(client_id, "email", "granted", "desk", text_version=text["version"])
    assert event["text_sha256"] == ledger.text_hash(text["body"]) and event["text_id"] == text["id"]
    assert "Atelier Lumière" in text["body"]  # the default names the salon
    state = owner.consent.status(client_id)["email"]
    assert (state.status, state.text_version, state.method) == ("granted", 1, "desk")


def test_one_channel_per_event(owner, client_id):
    with pytest.raises(InputError, match="one channel"):
        owner.consent.record(client_id, "email+sms", "granted", "desk", text_version=1)
    from desktop.consent.rules import check_event
    with pytest.raises(InputError, match="not the sms consent text"):
        check_event(channel="sms", decision="granted", method="desk", text=owner.consent.text("email"),
                    recorded_by="x", source=None, evidence=None)


def test_grant_needs_a_positive_act(owner, client_id):
    for method in ("link", "sms_stop"):
        with pytest.raises(InputError, match="positive act"):
            owner.consent.record(client_id, "sms", "granted", method, text_version=current(owner, "sms"))
    with pytest.raises(InputError, match="evidence"):
        owner.consent.record(client_id, "sms", "granted", "import", text_version=current(owner, "sms"))
    event = owner.consent.record(client_id, "sms", "granted", "import", text_version=current(owner, "sms"),
                                 evidence="clients.csv sha256=ab12 row 7")
    assert event["evidence"].endswith("row 7")


def test_not_asked_is_not_refused(owner, client_id):
    assert owner.consent.status(client_id)["sms"].status == "unknown"
    owner.consent.record(client_id, "sms", "refused", "desk", text_version=current(owner, "sms"))
    assert owner.consent.status(client_id)["sms"].status == "refused"
    assert owner.consent.status(client_id)["email"].status == "unknown"


def test_no_soft_opt_in_is_assumed(owner, client_id, tmp_path):
    """A client with contact details and a completed service, but no grant, is never in the audience; a client
    who granted is, so the audience is not empty for some other reason."""
    owner.booking.add_service("Coupe", 45)
    done = owner.booking.book(client_id, "Coupe", "claire", "2026-01-05T10:00", allow_past=True)
    owner.booking.set_status(done, "done")  # a sale of a service: what a soft opt-in would lean on
    owner.consent.ask_later(client_id)
    granted = owner.clients.add(first_name="Hugo", last_name="Martin", email="hugo@exemple.fr", phone="0622334455")
    for channel in ("email", "sms"):
        owner.consent.record(granted, channel, "granted", "desk", text_version=current(owner, channel))
        assert [row[0] for row in owner.consent_exports.audience_rows(channel)] == [granted], channel
    owner.consent_exports.audience("email", tmp_path / "audience.csv")
    exported = (tmp_path / "audience.csv").read_text(encoding="utf-8-sig")
    assert granted in exported and client_id not in exported


def test_any_role_withdraws_in_one_call(owner, employee, client_id):
    owner.consent.record(client_id, "sms", "granted", "desk", text_version=current(owner, "sms"))
    employee.consent.withdraw(client_id, "sms", "phone")
    state = owner.consent.status(client_id)["sms"]
    assert state.status == "withdrawn" and state.method == "phone"


def test_newest_event_decides_and_a_grant_after_a_seen_withdrawal_counts(owner, client_id):
    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)
    owner.consent.withdraw(client_id, "email", method="link")
    assert owner.consent.status(client_id)["email"].status == "withdrawn"
    owner.consent.record(client_id, "email", "granted", "desk", text_version=1)  # same PC: it saw the withdrawal
    assert owner.consent.status(client_id)["email"].status == "granted"


def event(seq, decision, device, order, at, observed=0):
    return {"id": f"e{seq}", "seq": seq, "decision": decision, "device_id": device, "device_order": order,
            "observed_seq": observed, "occurred_at": f"2026-01-01T00:00:{at:02d}.000Z", "method": "desk",
            "text_version": 1 if decision == "granted" else None, "text_sha256": None}


def test_a_stale_grant_never_overrides_a_withdrawal():
    withdrawal = event(1, "withdrawn", "server", 1, 10)  # e.g. an unsubscribe link, server seq 500
    stale = event(2, "granted", "pc-b", 1, 20, observed=400)  # PC B had pulled up to 400 only
    state = fold("sms", [withdrawal, stale], server_seqs={"e1": 500})
    assert state.status == "withdrawn" and state.superseded == ("e2",)
    fresh = event(3, "granted", "pc-b", 2, 30, observed=500)  # after B pulled the withdrawal
    assert fold("sms", [withdrawal, stale, fresh], server_seqs={"e1": 500}).status == "granted"


def test_fold_reads_a_withdrawals_stored_server_seq():
    withdrawal = {**event(1, "withdrawn", "server", 1, 10), "server_seq": 500}
    stale = event(2, "granted", "pc-b", 1, 20, observed=400)
    fresh = event(3, "granted", "pc-b", 2, 30, observed=500)
    assert fold("sms", [withdrawal, stale]).status == "withdrawn"
    assert fold("sms", [withdrawal, stale, fresh]).status == "granted"
    not_synced = {**withdrawal, "server_seq": None}  # as before the column: another PC's grant never saw it
    assert fold("sms", [not_synced, fresh]).status == "withdrawn"
    assert fold("sms", [not_synced, fresh], server_seqs={"e1": 500}).status == "granted"


decisions = st.sampled_from(["granted", "refused", "withdrawn"])


@settings(max_examples=200)
@given(st.lists(st.tuples(decisions, st.sampled_from(["a", "b"]), st.integers(0, 59), st.integers(0, 900)),
                max_size=12), st.integers(0, 1000))
def test_fold_properties(raw, withdrawal_seq):
    events, orders = [], {"a": 0, "b": 0}
    for seq, (decision, device, at, observed) in enumerate(raw, start=1):
        orders[device] += 1
        events.append(event(seq, decision, device, orders[device], at, observed))
    seqs = {e["id"]: withdrawal_seq for e in events if e["decision"] == "withdrawn"}
    state = fold("email", events, seqs)
    if not events:
        assert state.status == "unknown"
        return
    ordered = sorted(events, key=lambda e: (e["occurred_at"], e["seq"]))
    # Order of arrival never matters.
    assert fold("email", list(reversed(events)), seqs) == state
    # Without any withdrawal, the newest event decides.
    if not any(e["decision"] == "withdrawn" for e in events):
        assert state.status == ordered[-1]["decision"]
    # After a withdrawal, only a grant that saw it can make the status granted.
    if state.status == "granted":
        grant = next(e for e in events if e["id"] == state.event_id)
        for w in (e for e in ordered if e["decision"] == "withdrawn" and (e["occurred_at"], e["seq"]) <
                  (grant["occurred_at"], grant["seq"])):
            saw = (w["device_id"] == grant["device_id"] and w["device_order"] < grant["device_order"]) or \
                grant["observed_seq"] >= withdrawal_seq
            assert saw or any(x["decision"] == "withdrawn" for x in ordered if x is not w and
                              (w["occurred_at"], w["seq"]) < (x["occurred_at"], x["seq"]) <
                              (grant["occurred_at"], grant["seq"]))


def test_platform_newsletter_is_read_only_here(owner, client_id):
    with pytest.raises(PermissionDenied, match="platform"):
        owner.consent.record(client_id, "platform", "granted", "online", text_version=1)


def test_editing_the_text_makes_version_2_and_old_events_keep_version_1(owner, client_id):
    first = owner.consent.text("email")
    owner.consent.record(client_id, "email", "granted", "desk", text_version=first["version"])
    second = owner.consent.edit_text("email", "J’accepte de recevoir la lettre du salon par e-mail, une fois par mois.")
    assert second["version"] == 2 and owner.consent.text("email")["version"] == 2
    history = owner.consent.history(client_id)
    assert history[0]["text_version"] == 1 and history[0]["text"] == first["body"]


def test_texts_are_immutable(owner, store):
    owner.consent.text("email")
    with pytest.raises(db.IntegrityError):
        store.conn.execute("UPDATE consent_text SET body = 'x'")


def test_employee_cannot_edit_texts_or_export(employee, client_id, tmp_path):
    with pytest.raises(PermissionDenied):
        employee.consent.edit_text("email", "Un tout autre texte, suffisamment long.")
    with pytest.raises(PermissionDenied):
        employee.consent_exports.audience("email", tmp_path / "a.csv")


def test_ask_later_waits_for_the_next_visit(owner, client_id):
    assert owner.consent.needs_prompt(client_id) == ["email", "sms"]
    owner.consent.ask_later(client_id)
    assert owner.consent.needs_prompt(client_id) == []
    assert owner.consent.needs_prompt(client_id, now=timeutil.now() + timedelta(days=400)) == []  # no visit yet
    owner.booking.add_service("Brushing", 30)
    visit = (timeutil.now() + timedelta(days=3)).replace(hour=9, minute=0)
    owner.booking.book(client_id, "Brushing", "claire", timeutil.iso(visit)[:16], allow_outside_hours=True)
    assert owner.consent.needs_prompt(client_id, now=visit - timedelta(days=1)) == []
    assert owner.consent.needs_prompt(client_id, now=visit) == ["email", "sms"]


def test_a_refusal_waits_the_quiet_period_and_a_withdrawal_is_never_asked_again(owner, client_id):
    owner.consent.record(client_id, "email", "refused", "desk", text_version=1)
    owner.consent.record(client_id, "sms", "withdrawn", "desk")
    assert owner.consent.needs_prompt(client_id, now=timeutil.now() + timedelta(days=179)) == []
    assert owner.consent.needs_prompt(client_id, now=timeutil.now() + timedelta(days=181)) == ["email"]
    assert owner.consent.needs_prompt(client_id, now=timeutil.now() + timedelta(days=3000)) == ["email"]


def test_no_question_about_a_channel_the_client_cannot_receive(owner):
    landline = owner.clients.add(first_name="Hugo", last_name="Martin", phone="01 23 45 67 89")
    assert owner.consent.needs_prompt(landline) == []
    nothing = owner.clients.add(first_name="Zoé", last_name="Petit")
    assert owner.consent.needs_prompt(nothing) == []
    mobile = owner.clients.add(first_name="Ana", last_name="Silva", phone="+33 7 61 22 33 44")
    assert owner.consent.needs_prompt(mobile) == ["sms"]


def test_future_dates_are_refused(owner, client_id):
    with pytest.raises(InputError, match="future"):
        owner.consent.record(client_id, "email", "refused", "desk",
                             occurred_at=timeutil.now() + timedelta(days=1))


def test_booking_never_requires_a_grant(owner, client_id):
    owner.booking.add_service("Brushing", 30)
    owner.consent.record(client_id, "email", "refused", "desk", text_version=1)
    owner.consent.withdraw(client_id, "sms", "desk")
    for hour in (9, 10):
        assert owner.booking.book(client_id, "Brushing", "claire", f"2037-12-01T{hour:02d}:00")
    other = owner.clients.add(first_name="Nouvelle", last_name="Cliente")  # never asked at all
    assert owner.booking.book(other, "Brushing", "claire", "2037-12-01T11:00")


def test_platform_newsletter_arrives_from_the_platform_and_is_shown_read_only(owner, client_id, store, tmp_path):
    import uuid

    from desktop.consent.rules import accept_platform_event

    stamp = timeutil.iso(timeutil.now())
    with store.unit_of_work() as uow:
        text = ledger.add_text(uow, purpose="platform_newsletter", language="fr", owner="platform",
                               body="J’accepte de recevoir la lettre de la plateforme.", created_at=stamp,
                               created_by=None)
        base = {"client_id": client_id, "decision": "granted", "occurred_at": stamp, "timezone": "Europe/Paris",
                "recorded_at": stamp, "method": "online", "source": "platform", "text_id": text["id"],
                "text_version": 1, "text_sha256": text["sha256"], "evidence": None, "device_id": "platform",
                "observed_seq": 0}
        with pytest.raises(InputError, match="online source"):
            accept_platform_event(uow, {**base, "id": str(uuid.uuid4()), "method": "desk"})
        accept_platform_event(uow, {**base, "id": str(uuid.uuid4())})
    assert owner.consent.platform_newsletter(client_id).status == "granted"
    assert owner.consent.status(client_id)["email"].status == "unknown"  # the salon's own channels are apart
    salon_grant = owner.clients.add(first_name="Hugo", last_name="Martin", email="hugo@exemple.fr")
    owner.consent.record(salon_grant, "email", "granted", "desk", text_version=1)
    assert owner.consent_exports.audience("email", tmp_path / "a.csv") == 1
    audience = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert salon_grant in audience and client_id not in audience  # the platform's grant is not the salon's
    owner.consent.record(client_id, "email", "refused", "desk", text_version=1)
    assert owner.consent_exports.suppression(tmp_path / "s.csv") == 1  # the salon's refusal, not the platform's
    assert owner.consent.platform_newsletter(client_id).status == "granted"


def test_verify_names_a_stored_status_that_drifted(owner, client_id, store):
    owner.consent.record(client_id, "sms", "refused", "desk", text_version=1)
    assert owner.verify.run()["consent_ledger"] == []
    store.conn.execute("UPDATE consent_status SET status = 'granted' WHERE client_id = ?", (client_id,))
    found = owner.verify.run()["consent_ledger"]
    assert found == [f"stored consent status of client {client_id} (sms) differs from the ledger"]


def test_owner_raises_the_quiet_period_but_never_below_180_days(owner, employee, client_id, store):
    from desktop.settings import CONSENT_QUIET_DAYS

    with pytest.raises(InputError, match="at least 180 days"):
        owner.settings.set_consent_quiet_days(179)
    with pytest.raises(InputError):
        owner.settings.set(CONSENT_QUIET_DAYS, 30)
    owner.settings.set_consent_quiet_days(365)
    owner.consent.record(client_id, "email", "refused", "desk", text_version=1)
    assert owner.consent.needs_prompt(client_id, now=timeutil.now() + timedelta(days=200)) == ["sms"]
    assert owner.consent.needs_prompt(client_id, now=timeutil.now() + timedelta(days=366)) == ["email", "sms"]
    store.conn.execute("UPDATE setting SET value = '30' WHERE key = 'consent_quiet_days'")  # an older, lower value
    assert owner.consent.quiet_days() == 180
    with pytest.raises(PermissionDenied):
        employee.settings.set_consent_quiet_days(365)


MARKETPLACE_TEXT = "Je souhaite recevoir les offres du salon par e-mail (case cochée sur la plateforme Bella)."


def test_an_online_grant_with_the_desk_wording_is_refused(owner, client_id):
    desk_text = owner.consent.text("email")
    for method in ("online", "marketplace"):
        with pytest.raises(InputError, match="form or platform showed"):
            owner.consent.record(client_id, "email", "granted", method, source="bella",
                                 text_version=desk_text["version"])
    registered = owner.consent.register_source_text("email", "bella", MARKETPLACE_TEXT)
    assert registered["source"] == "bella" and owner.consent.text("email")["id"] == desk_text["id"]
    with pytest.raises(InputError, match="form or platform showed"):  # another platform's text
        owner.consent.record(client_id, "email", "granted", "marketplace", source="widget",
                             text_version=registered["version"])
    with pytest.raises(InputError, match="salon's own wording"):  # the platform's text at the desk
        owner.consent.record(client_id, "email", "granted", "desk", text_version=registered["version"])
    event = owner.consent.record(client_id, "email", "granted", "marketplace", source="bella",
                                 text_version=registered["version"])
    assert event["text_id"] == registered["id"]
    assert owner.consent.history(client_id)[0]["text"] == MARKETPLACE_TEXT


def test_only_the_owner_registers_a_source_text(employee, client_id):
    with pytest.raises(PermissionDenied):
        employee.consent.register_source_text("email", "bella", MARKETPLACE_TEXT)


def test_the_cli_requires_the_text_version_of_the_source(run_cli, tmp_path):
    import json

    from tests.conftest import OWNER_PASSWORD
    assert run_cli("init", "--salon", "Salon Marie", "--owner", "claire", stdin=OWNER_PASSWORD + "\n").code == 0
    user = ("--user", "claire", "--password-stdin", "--json")
    client = json.loads(run_cli(*user, "client", "add", "--first-name", "Inès", "--last-name", "Roux", "--email",
                                "ines@exemple.fr", stdin=OWNER_PASSWORD + "\n").out)["id"]
    online = ("consent", "record", client, "--channel", "email", "--decision", "granted", "--method", "online",
              "--source", "widget")
    missing = run_cli(*user, *online, stdin=OWNER_PASSWORD + "\n")
    assert missing.code == 1 and "--text-version" in missing.err
    desk_version = json.loads(run_cli(*user, "consent", "text", "--channel", "email",
                                      stdin=OWNER_PASSWORD + "\n").out)["version"]
    assert run_cli(*user, *online, "--text-version", str(desk_version), stdin=OWNER_PASSWORD + "\n").code == 1
    form = tmp_path / "widget.txt"
    form.write_text("Oui, je veux recevoir les nouvelles du salon par e-mail (bouton de réservation).", encoding="utf-8")
    registered = run_cli(*user, "consent", "text", "--channel", "email", "--source", "widget", "--set-from",
                         str(form), stdin=OWNER_PASSWORD + "\n")
    assert registered.code == 0, registered.err
    version = json.loads(registered.out)["version"]
    assert run_cli(*user, *online, "--text-version", str(version), stdin=OWNER_PASSWORD + "\n").code == 0


def test_sms_consent_needs_a_number_that_takes_sms_and_email_consent_an_address(owner):
    landline = owner.clients.add(first_name="Hugo", last_name="Martin", phone="01 23 45 67 89")
    with pytest.raises(InputError, match="no mobile number"):
        owner.consent.record(landline, "sms", "granted", "desk", text_version=current(owner, "sms"))
    with pytest.raises(InputError, match="no email address"):
        owner.consent.record(landline, "email", "granted", "desk", text_version=current(owner))
    owner.consent.record(landline, "sms", "refused", "desk", text_version=current(owner, "sms"))  # a no is fine
    mobile = owner.clients.add(first_name="Ana", last_name="Silva", phone="07 61 22 33 44")
    assert owner.consent.record(mobile, "sms", "granted", "desk", text_version=current(owner, "sms"))


def test_the_audience_leaves_out_who_cannot_receive_and_keeps_e164_as_it_is(owner, client_id, store, tmp_path):
    owner.consent.record(client_id, "sms", "granted", "desk", text_version=current(owner, "sms"))
    owner.consent.record(client_id, "email", "granted", "desk", text_version=current(owner))
    other = owner.clients.add(first_name="Zoé", last_name="=HYPERLINK(1)", phone="06 98 76 54 32")
    owner.consent.record(other, "sms", "granted", "desk", text_version=current(owner, "sms"))
    owner.clients.edit(other, phone="01 23 45 67 89")  # now a landline: granted, but cannot receive SMS
    owner.consent_exports.audience("sms", tmp_path / "sms.csv")
    text = (tmp_path / "sms.csv").read_text(encoding="utf-8-sig")
    assert ";+33612345678;" in text and "'+33612345678" not in text
    assert other not in text
    owner.consent_exports.audience("email", tmp_path / "email.csv")
    assert ";marie@exemple.fr;" in (tmp_path / "email.csv").read_text(encoding="utf-8-sig")
    owner.consent_exports.suppression(tmp_path / "s.csv")  # free text is still neutralised
    owner.consent.withdraw(other, "sms", "desk")
    owner.consent_exports.suppression(tmp_path / "s.csv")
    assert ";'=HYPERLINK(1);" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")


def test_csv_keeps_checked_fields_and_neutralises_the_rest():
    from desktop import csv_export

    assert csv_export.neutralize(csv_export.phone("+33612345678")) == "+33612345678"
    assert csv_export.neutralize("+33612345678") == "'+33612345678"
    assert csv_export.neutralize(csv_export.phone("+33 6 12")) == "'+33 6 12"
    assert csv_export.neutralize(csv_export.email("=cmd@exemple.fr")) == "'=cmd@exemple.fr"
    assert csv_export.neutralize(csv_export.email("marie@exemple.fr")) == "marie@exemple.fr"


@pytest.mark.parametrize("name, called", [
    ("Salon Marie", "le Salon Marie"), ("Marie Coiffure", "le salon Marie Coiffure"),
    ("Atelier Lumière", "l’Atelier Lumière"), ("Institut Belle Peau", "l’Institut Belle Peau"),
    ("La Maison de Beauté", "La Maison de Beauté"), ("L'Instant Beauté", "L'Instant Beauté"),
])
def test_texts_never_say_le_salon_salon_marie(name, called):
    from desktop.consent.rules import called_in_french

    assert called_in_french(name) == called


def test_the_texts_name_the_controller_as_the_owner_sets(owner, client_id, store):
    from desktop.settings import SALON_CALLED, SALON_LEGAL_NAME

    first = owner.consent.text("email")
    assert "Responsable du traitement : Atelier Lumière" in first["body"]
    assert "Politique de confidentialité" in first["body"] and "exercer vos droits" in first["body"]
    health = owner.consent.text("health")["body"]
    assert "alerte allergie" in health and "24 mois" in health
    owner.consent.record(client_id, "email", "granted", "desk", text_version=first["version"])
    owner.settings.set(SALON_LEGAL_NAME, "SARL Lumière")
    owner.settings.set(SALON_CALLED, "l’atelier de Claire")
    second = owner.consent.text("email")
    assert second["version"] > first["version"]
    assert second["body"].startswith("J’accepte que l’atelier de Claire")
    assert "SARL Lumière (Atelier Lumière)" in second["body"]
    assert owner.consent.history(client_id)[0]["text"] == first["body"]  # the client keeps what they saw
    edited = owner.consent.edit_text("email", "J’accepte de recevoir la lettre du salon par e-mail, une fois par mois.")
    owner.settings.set(SALON_LEGAL_NAME, "SAS Lumière")
    assert owner.consent.text("email")["id"] == edited["id"]  # the owner's own wording is never replaced
