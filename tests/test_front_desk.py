"""The front desk's rules, whoever calls: the services catalogue, opening hours and schedules, closures and
absences, past times, the next free slot, the day sheet, and the CLI that speaks French."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.booking import hours
from desktop.booking.availability import InThePast, OutsideHours
from desktop.booking.catalogue import parse_price, price_text
from desktop.kernel.forms import FieldErrors
from desktop.timefmt import SALON_ZONE
from storage.errors import InputError, PermissionDenied
from tests.conftest import OWNER_PASSWORD

PW = OWNER_PASSWORD + "\n"
TUESDAY = date(2037, 12, 1)  # 2037 has 2026's calendar; far enough ahead never to be past
SUNDAY = date(2037, 12, 6)
CHRISTMAS = date(2037, 12, 25)


def at(day: date, hhmm: str) -> datetime:
    hour, minute = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SALON_ZONE)


@pytest.fixture
def desk(owner):
    owner.catalogue.add("Coupe femme", 45, category="Coupe", price="38,50")
    owner.catalogue.add("Couleur", 30, category="Couleur", processing_minutes=35, colour="#FBE3CF")
    owner.staff.add("ines", "employee", "Inès Bernard")
    return owner


@pytest.fixture
def client_id(desk):
    return desk.clients.add(first_name="Marie", last_name="Dupont")


# -- hours arithmetic --------------------------------------------------------------------------------------
def test_ranges_parse_the_way_a_salon_writes_them():
    assert hours.parse_ranges("09:00-12:00, 14:00-19:00") == ((540, 720), (840, 1140))
    assert hours.parse_ranges("9h-12h et 14h30-19h") == ((540, 720), (870, 1140))
    assert hours.parse_ranges("") == ()
    for bad in ("9-8", "25:00-26:00", "09:00-12:00, 11:00-13:00", "midi"):
        with pytest.raises(InputError):
            hours.parse_ranges(bad)
    assert hours.subtract(((540, 1140),), ((720, 840),)) == ((540, 720), (840, 1140))
    assert hours.intersect(((540, 720), (840, 1140)), ((600, 900),)) == ((600, 720), (840, 900))


def test_an_older_single_range_still_reads():
    from desktop.settings import OPENING_HOURS, WORKING_HOURS

    assert OPENING_HOURS.parse("10:00-18:00") == (((600, 1080),),) * 6 + ((),)  # Sunday closed
    assert WORKING_HOURS.parse("10:00-18:00") == (((600, 1080),),) * 7


# -- the services catalogue ----------------------------------------------------------------------------------
def test_prices_take_a_decimal_comma():
    assert parse_price("42,50") == 4250 and parse_price("42.5") == 4250 and parse_price("38 €") == 3800
    assert parse_price("") is None and price_text(4250) == "42,50 €"
    with pytest.raises(InputError):
        parse_price("quarante")
    with pytest.raises(InputError):
        parse_price("12,345")


def test_a_service_form_reports_every_mistake_at_once(desk):
    with pytest.raises(FieldErrors) as wrong:
        desk.catalogue.add("", 2, price="beaucoup", colour="mauve")
    assert set(wrong.value.errors) == {"name", "minutes", "price", "colour"}
    with pytest.raises(FieldErrors) as taken:
        desk.catalogue.add("coupe FEMME", 30)
    assert set(taken.value.errors) == {"name"}


def test_archiving_keeps_past_appointments_and_stops_new_bookings(desk, client_id):
    service = [s for s in desk.catalogue.list() if s["name"] == "Couleur"][0]
    appointment = desk.booking.book(client_id, "Couleur", "claire", at(TUESDAY, "10:00"))
    booked = desk.booking.appointment(appointment)
    assert booked["service"] == "Couleur" and booked["colour"] == "#fbe3cf"
    assert (booked["ends_at"] > booked["starts_at"]) and booked["processing_minutes"] == 35
    assert desk.booking.day(TUESDAY.isoformat())[0]["ends_at"].endswith("T10:05:00.000Z")  # 09:00 UTC + 30 + 35 min
    desk.catalogue.archive(service["id"])
    assert "Couleur" not in [s["name"] for s in desk.catalogue.list()]
    assert desk.booking.appointment(appointment)["service"] == "Couleur"  # the past keeps it
    with pytest.raises(InputError, match="archived"):
        desk.booking.book(client_id, "Couleur", "claire", at(TUESDAY, "14:00"))
    desk.catalogue.restore(service["id"])
    assert desk.booking.book(client_id, "Couleur", "claire", at(TUESDAY, "14:00"))


def test_only_managers_and_the_owner_edit_the_catalogue(desk, employee):
    assert [s["name"] for s in employee.catalogue.list()] == ["Couleur", "Coupe femme"]  # by category
    with pytest.raises(PermissionDenied):
        employee.catalogue.add("Brushing", 30)


# -- hours, closures, absences, the past -----------------------------------------------------------------------
def test_closed_days_holidays_absences_and_the_past_need_an_override(desk, client_id):
    book = lambda start, **kw: desk.booking.book(client_id, "Coupe femme", "ines", start, **kw)  # noqa: E731
    with pytest.raises(OutsideHours, match="closed on 06/12/2037"):
        book(at(SUNDAY, "10:00"))
    with pytest.raises(OutsideHours, match="Christmas Day"):
        book(at(CHRISTMAS, "10:00"))
    with pytest.raises(OutsideHours, match="opening hours"):
        book(at(TUESDAY, "18:30"))
    desk.time_off.add_absence("ines", "training", TUESDAY, start="14:00", end="18:00")
    with pytest.raises(OutsideHours, match="Inès Bernard is away at that time \\(Training\\)"):
        book(at(TUESDAY, "15:00"))
    assert book(at(TUESDAY, "10:00"))  # the morning is free
    with pytest.raises(InThePast, match="already past"):
        book(datetime(2020, 3, 3, 10, 0, tzinfo=SALON_ZONE))
    assert book(at(SUNDAY, "10:00"), allow_outside_hours=True)
    assert book(datetime(2020, 3, 3, 10, 0, tzinfo=SALON_ZONE), allow_past=True)
    assert desk.booking.day(SUNDAY.isoformat())  # the override went through


def test_a_weekly_schedule_with_a_lunch_break_and_a_salon_closure(desk, client_id):
    desk.settings.set_opening_week(["09:00-12:00, 14:00-19:00"] * 6 + [""])
    desk.settings.set_working_week("ines", ["", "10:00-12:00, 14:00-16:00", "", "", "", "09:00-19:00", ""])
    with pytest.raises(OutsideHours, match="opening hours"):
        desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY, "12:30"))
    with pytest.raises(OutsideHours, match="Inès Bernard's working hours"):
        desk.booking.book(client_id, "Coupe femme", "ines", at(TUESDAY, "16:00"))
    desk.time_off.add_closure(TUESDAY + timedelta(days=1), label="Travaux")
    with pytest.raises(OutsideHours, match="closed on 02/12/2037"):
        desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY + timedelta(days=1), "10:00"))
    plan = desk.availability.plan(TUESDAY, "ines")
    assert plan.open == ((600, 720), (840, 960))


def test_moving_passes_the_same_checks(desk, client_id):
    appointment = desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY, "10:00"))
    with pytest.raises(OutsideHours):
        desk.booking.move(appointment, "claire", at(SUNDAY, "10:00"), at(SUNDAY, "10:45"))
    desk.booking.move(appointment, "claire", at(SUNDAY, "10:00"), at(SUNDAY, "10:45"), allow_outside_hours=True)


def test_employees_see_who_is_away_but_not_why(desk, employee):
    desk.time_off.add_absence("ines", "sick", TUESDAY)
    assert [r["kind"] for r in employee.time_off.between(TUESDAY, TUESDAY)] == ["other"]
    assert [r["kind"] for r in desk.time_off.between(TUESDAY, TUESDAY)] == ["sick"]
    with pytest.raises(PermissionDenied):
        employee.time_off.add_absence("ines", "holiday", TUESDAY)
    with pytest.raises(PermissionDenied):
        employee.time_off.add_closure(TUESDAY)


def test_the_next_free_slot_skips_closed_days_absences_and_appointments(desk, client_id):
    desk.time_off.add_absence("ines", "holiday", TUESDAY)
    desk.booking.book(client_id, "Coupe femme", "ines", at(TUESDAY + timedelta(days=1), "09:00"))
    found = desk.availability.next_free("ines", 45, after=at(TUESDAY, "08:00"))
    assert found == at(TUESDAY + timedelta(days=1), "09:45")
    saturday_evening = desk.availability.next_free("ines", 45, after=at(date(2037, 12, 5), "18:30"))
    assert saturday_evening == at(date(2037, 12, 7), "09:00")  # Sunday closed: Monday morning
    starts = desk.availability.free_starts("ines", 65, TUESDAY + timedelta(days=1), after=at(TUESDAY, "08:00"))
    assert starts[0] == at(TUESDAY + timedelta(days=1), "09:45") and starts[-1].strftime("%H:%M") == "17:45"


def test_an_appointment_changes_service_staff_and_time_with_its_note(desk, client_id):
    appointment = desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY, "10:00"), note="frange")
    colour = [s for s in desk.catalogue.list() if s["name"] == "Couleur"][0]
    desk.appointments.change(appointment, service_id=colour["id"], staff_login="ines", start=at(TUESDAY, "11:00"))
    row = desk.booking.appointment(appointment)
    assert (row["service"], row["staff"], row["staff_name"], row["note"]) == ("Couleur", "ines", "Inès Bernard", "frange")
    assert row["ends_at"].endswith("T11:05:00.000Z")  # 11:00 Paris + 65 min
    with pytest.raises(InputError, match="payment card"):
        desk.appointments.set_note(appointment, "carte 4111 1111 1111 1111")
    desk.appointments.set_note(appointment, "")
    assert desk.booking.appointment(appointment)["note"] == ""


def test_the_day_sheet_masks_clients_as_the_role_requires(desk, employee, tmp_path):
    from pypdf import PdfReader

    client_id = desk.clients.add(first_name="Marie", last_name="Dupont")
    desk.booking.book(client_id, "Coupe femme", "ines", at(TUESDAY, "10:00"), note="frange courte")
    path = tmp_path / "sheet.pdf"
    assert employee.day_sheets.save(TUESDAY, path) == 1
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Marie D." in text and "Dupont" not in text and "frange courte" in text
    assert "Day sheet of Inès Bernard" in text and "Day sheet of Claire Martin" in text
    assert len(PdfReader(path).pages) == 3  # Claire, Inès and Léa (the employee printing)


def test_the_salon_identity_is_stored_and_goes_on_the_confirmation(desk, client_id, tmp_path):
    from pypdf import PdfReader

    desk.identity.update(legal_name="SARL Lumière", phone="01 42 00 00 00", email="contact@lumiere.fr",
                         address="3 rue des Lilas, 75011 Paris")
    assert desk.identity.get()["phone"] == "+33142000000"
    with pytest.raises(FieldErrors) as wrong:
        desk.identity.update(trade_name="", phone="123", email="nope")
    assert set(wrong.value.errors) == {"trade_name", "phone", "email"}
    appointment = desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY, "10:00"))
    desk.booking.confirmation(appointment, tmp_path / "c.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "c.pdf").pages)
    assert "SARL Lumière" in text and "01 42 00 00 00" in text and "contact@lumiere.fr" in text


def test_the_legal_name_has_one_home_shared_with_the_consent_texts(desk):
    """The salon-details screen and the law settings edit the same legal name: the consent texts name it as data
    controller; the trade name alone (the default) leaves the setting empty."""
    from desktop.settings import SALON_LEGAL_NAME

    desk.identity.update(legal_name="SARL Lumière")
    assert desk.settings.get(SALON_LEGAL_NAME) == "SARL Lumière"
    assert "SARL Lumière" in desk.consent._fills("fr")["controller"]  # noqa: SLF001
    desk.settings.set(SALON_LEGAL_NAME, "SAS Lumière")
    assert desk.identity.get()["legal_name"] == "SAS Lumière"
    desk.identity.update(legal_name="")
    assert desk.settings.get(SALON_LEGAL_NAME) == ""
    assert desk.identity.get()["legal_name"] == desk.identity.get()["trade_name"]


# -- the CLI -------------------------------------------------------------------------------------------------
@pytest.fixture
def cli(run_cli):
    assert run_cli("init", "--salon", "Atelier Lumière", "--owner", "claire", "--owner-name", "Claire Martin",
                   "--phone", "01 42 00 00 00", stdin=PW).code == 0

    def as_owner(*args):
        return run_cli("--user", "claire", "--password-stdin", *args, stdin=PW)
    return as_owner


def test_the_cli_refuses_closed_days_absences_and_the_past_in_one_line(cli):
    client = cli("client", "add", "--first-name", "Marie", "--last-name", "Dupont").out.strip()
    assert cli("service", "add", "Coupe femme", "--minutes", "45", "--price", "42,50").code == 0
    assert cli("staff", "add", "ines", "--role", "employee", "--name", "Léa").code == 0
    assert cli("hours", "absence", "ines", "--kind", "holiday", "--from", "2037-12-03").code == 0
    book = lambda staff, start, *extra: cli("appointment", "add", client, "--service", "Coupe femme",  # noqa: E731
                                            "--staff", staff, "--start", start, *extra)
    for staff, start in (("claire", "2037-12-06T10:00"), ("ines", "2037-12-03T10:00"), ("claire", "2020-03-03T10:00"),
                         ("claire", "2037-12-01T03:00")):
        refused = book(staff, start)
        assert refused.code == 1 and refused.err.count("\n") == 1 and refused.out == "", (start, refused.err)
    assert book("claire", "2037-12-06T10:00", "--allow-outside-hours").code == 0
    assert book("claire", "2020-03-03T10:00", "--allow-past").code == 0
    listed = json.loads(cli("--json", "service", "list").out)["services"]
    assert listed[0]["price_cents"] == 4250


def test_a_group_s_help_lists_every_action_and_usage_errors_point_to_it(cli):
    for group, actions in (("client", ("add", "edit", "show", "find")), ("staff", ("add", "list", "deactivate")),
                           ("consent", ("record", "status", "register")), ("appointment", ("add", "day-sheet"))):
        shown = cli(group, "--help").out
        assert all(f"    {name}" in shown for name in actions), (group, shown)
    missing = cli("appointment", "confirmation")
    assert missing.code == 2 and missing.err.count("\n") == 1 and "(see --help)" in missing.err


def test_a_service_that_could_never_be_booked_is_refused(desk):
    with pytest.raises(FieldErrors) as wrong:
        desk.catalogue.add("Soin complet", 30, processing_minutes=720)
    assert set(wrong.value.errors) == {"processing_minutes"}
    desk.catalogue.add("Soin express ", 690, processing_minutes=30)  # 12 hours in all: allowed
    assert desk.booking.book(desk.clients.add(first_name="Zoé", last_name="Roux"), " Soin  express ", "claire",
                             at(TUESDAY, "09:00"), allow_outside_hours=True)  # a name is looked up as it is stored


def test_only_a_begun_appointment_is_done_or_missed_and_only_a_booked_one_confirmed(desk, client_id, tmp_path):
    ahead = desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY, "10:00"))
    for status in ("done", "no_show"):
        with pytest.raises(InputError):
            desk.booking.set_status(ahead, status)
    past = desk.booking.book(client_id, "Coupe femme", "claire", at(date(2024, 3, 5), "10:00"), allow_past=True)
    desk.booking.set_status(past, "no_show")
    with pytest.raises(InputError):
        desk.booking.confirmation(past, tmp_path / "c.pdf")
    desk.booking.set_status(ahead, "cancelled")
    with pytest.raises(InputError):
        desk.booking.confirmation(ahead, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_the_cli_speaks_french(cli, monkeypatch, qapp):  # qapp: the translator needs the app, made first
    monkeypatch.setenv("SALON_DESK_LANG", "fr")
    try:
        client = cli("client", "add", "--first-name", "Marie", "--last-name", "Dupont").out.strip()
        cli("service", "add", "Coupe femme", "--minutes", "45")
        cli("appointment", "add", client, "--service", "Coupe femme", "--staff", "claire", "--start",
            "2037-12-01T10:00")
        listed = cli("appointment", "list", "--day", "2037-12-01").out
        assert "réservé" in listed and "booked" not in listed and "Claire Martin" in listed
        assert json.loads(cli("--json", "appointment", "list", "--day", "2037-12-01").out)["appointments"][0][
            "status"] == "booked"
        status = cli("consent", "status", client).out
        assert "vNone" not in status and "pas encore demandé" in status
        helped = cli("appointment", "add", "--help").out
        assert "options :" in helped and "réserver même" in helped
    finally:
        from desktop import i18n
        i18n.uninstall()


def test_init_without_a_keyring_writes_nothing_and_says_what_to_install(run_cli, layout):
    import keyring

    from tests.support.keyrings import NoKeyring

    keyring.set_keyring(NoKeyring())
    result = run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=PW)
    assert result.code == 1 and result.err.count("\n") == 1 and "GNOME Keyring" in result.err
    assert "Error" not in result.err and not layout.home.exists()


def test_the_data_folder_and_database_files_are_the_user_s_only(salon, owner):
    import stat

    layout, store, _ = salon
    owner.clients.add(first_name="Marie", last_name="Dupont")  # the WAL exists now
    assert stat.S_IMODE(layout.home.stat().st_mode) == 0o700
    for path in (*layout.database_files(), layout.keyinfo):
        assert path.exists() and stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_client_form_reports_every_mistake_at_once(owner):
    with pytest.raises(FieldErrors) as wrong:
        owner.clients.add(first_name="", last_name="Dupont", email="marie@", phone="06 12", birth_date="31/02/1990")
    assert set(wrong.value.errors) == {"first_name", "email", "phone", "birth_date"}
    assert wrong.value.message().count(".") >= 4  # one line, every message (the CLI prints it so)


def test_an_appointment_note_is_in_the_access_report_and_goes_with_erasure(desk, client_id, tmp_path):
    from pypdf import PdfReader

    from tests.conftest import OWNER_PASSWORD

    appointment = desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY, "10:00"), note="frange courte")
    desk.reauthenticate(OWNER_PASSWORD)
    desk.privacy.report(client_id, tmp_path / "report.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages).split())
    assert "frange courte" in text
    desk.privacy.erase(client_id)
    kept = desk._kernel.conn.execute("SELECT client_id, note FROM appointment WHERE id = ?", (appointment,)).fetchone()
    assert kept == (None, None)  # detached: the statistics stay, nothing about the person


def test_a_length_is_absolute_time_across_the_clock_change(desk, client_id):
    """Changing an appointment's service keeps its length in real minutes, on the night the clocks go back."""
    from desktop.booking.availability import later

    start = datetime(2037, 10, 25, 1, 30, tzinfo=SALON_ZONE)  # the clocks go back at 03:00
    assert (later(start, 120) - start.astimezone(timezone.utc).replace(tzinfo=SALON_ZONE)).total_seconds() != 0
    assert (later(start, 120).astimezone(timezone.utc) - start.astimezone(timezone.utc)) == timedelta(minutes=120)
    assert later(start, 120).strftime("%H:%M") == "02:30"  # 01:30 + 2 h, one of them repeated


def test_choosing_a_closed_day_keeps_it_and_says_nothing_is_free(qtbot, desk):
    """Stepping through the days in the booking must never snap back to another day: a closed day stays
    chosen, with no time proposed and a line saying so; an open day gets its first free time."""
    from PySide6.QtCore import QDate, Qt

    from ui.booking.slot_picker import SlotPicker

    picker = SlotPicker(desk, staff_login="claire", start=None, minutes=None)
    qtbot.addWidget(picker)
    picker.service_combo.setCurrentIndex(picker.service_combo.findData("Coupe femme"))
    picker.day_edit.setDate(QDate(SUNDAY.year, SUNDAY.month, SUNDAY.day))
    assert picker.day() == SUNDAY and picker.start() is None and not picker.ready
    assert "Nothing free on this day" in picker.problem_label.text()
    qtbot.keyClick(picker.day_edit, Qt.Key.Key_Down)  # back to Saturday, open: its first free time
    assert picker.day() == date(2037, 12, 5) and picker.start() == at(date(2037, 12, 5), "09:00") and picker.ready
    picker.day_edit.setFocus()
    picker.day_edit.setCurrentSectionIndex(0)
    qtbot.keyClicks(picker.day_edit, "10")  # typed: the day's number, though the field starts with its name
    assert picker.day() == date(2037, 12, 10)


def test_down_then_enter_in_the_finder_takes_the_first_match(qtbot, desk, client_id):
    from PySide6.QtCore import Qt

    from ui.booking.client_finder import ClientFinder

    finder = ClientFinder(desk)
    qtbot.addWidget(finder)
    finder.show()
    finder.find_edit.setFocus()
    qtbot.keyClicks(finder.find_edit, "Dup")
    qtbot.keyClick(finder.find_edit, Qt.Key.Key_Down)
    qtbot.keyClick(finder.find_edit, Qt.Key.Key_Return)
    assert finder.client_id == client_id and not finder.is_new


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_refused_booking_shows_its_message_once_and_nothing_is_clipped(qtbot, qapp, desk, client_id, language):
    """Booking on a closed day: the slot's line says why, the override appears, and the dialog grows so that
    every label and check box fits (it said the same thing twice and clipped both before)."""
    from desktop import i18n
    from tests.support.fit import clipped
    from ui.booking import BookingDialog
    from ui.style import STYLESHEET

    i18n.install(language)
    qapp.setStyleSheet(STYLESHEET)  # the app's own look, as tests/test_screens.py measures it
    try:
        dialog = BookingDialog(desk, client_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.set_slot(at(SUNDAY, "10:00"), service="Coupe femme", login="claire")
        dialog.book()
        assert dialog.appointment_id is None and not dialog.overrides["allow_outside_hours"].isHidden()
        assert dialog.error_label.text() == "" and dialog.slot.problem_label.isVisible()
        assert clipped(dialog) == []
        assert dialog.height() >= dialog.sizeHint().height()
    finally:
        qapp.setStyleSheet("")
        i18n.install("en")


def test_a_closure_or_absence_names_the_appointments_it_falls_on(desk, client_id):
    booked = desk.booking.book(client_id, "Coupe femme", "ines", at(TUESDAY, "10:00"))
    desk.booking.book(client_id, "Coupe femme", "claire", at(TUESDAY + timedelta(days=1), "10:00"))
    absence = desk.time_off.add_absence("ines", "sick", TUESDAY)
    assert [a["id"] for a in desk.time_off.booked_during(absence)] == [booked]
    closure = desk.time_off.add_closure(TUESDAY, TUESDAY + timedelta(days=1), start=None, end=None)
    assert len(desk.time_off.booked_during(closure)) == 2
    evening = desk.time_off.add_closure(TUESDAY, start="16:00", end="19:00")
    assert desk.time_off.booked_during(evening) == []


def test_the_cli_says_which_appointments_a_closure_falls_on(cli):
    client = cli("client", "add", "--first-name", "Zoé", "--last-name", "Roux").out.strip()
    assert cli("service", "add", "Coupe femme", "--minutes", "45").code == 0
    assert cli("appointment", "add", client, "--service", "Coupe femme", "--staff", "claire", "--start",
               "2037-12-02T10:00").code == 0
    said = cli("hours", "closure", "--from", "2037-12-02", "--label", "Inondation")
    assert said.code == 0 and len(said.out.splitlines()) == 1 and "Booked appointments in this time: 1." in said.err


def test_a_new_category_gets_a_colour_of_its_own_and_a_known_one_keeps_its_colour(qtbot, desk):
    from desktop.booking.catalogue import PALETTE
    from ui.services.editor import ServiceEditor

    editor = ServiceEditor(desk)
    qtbot.addWidget(editor)
    editor.category_combo.setCurrentText("Couleur")  # known: its colour
    assert editor.colour_combo.currentData() == "#fbe3cf"
    editor.category_combo.setCurrentText("Soin")  # new: the first colour no category uses
    coupe = next(s["colour"] for s in desk.catalogue.list() if s["category"] == "Coupe")
    assert editor.colour_combo.currentData() not in {coupe, "#fbe3cf"}
    assert editor.colour_combo.currentData() in PALETTE


def test_empty_results_leave_stdout_empty_and_say_so_on_stderr(cli):
    found = cli("client", "find", "personne")
    assert found.code == 0 and found.out == "" and "No client found." in found.err
    day = cli("appointment", "list", "--day", "2037-12-01")
    assert day.code == 0 and day.out == "" and "No appointments that day." in day.err


def test_every_command_and_action_says_what_it_does():
    import argparse

    from desktop.cli import build_parser

    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    silent = [name for name, parser in commands.choices.items() for sub in parser._actions
              if isinstance(sub, argparse._SubParsersAction) for choice in sub._choices_actions if not choice.help]
    silent += [choice.dest for choice in commands._choices_actions if not choice.help]
    assert silent == []
