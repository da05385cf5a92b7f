"""The front desk through the keyboard and the mouse: booking, the book, moving with undo, overlaps."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.timefmt import SALON_ZONE
from storage import timeutil


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), key, modifier)


@pytest.fixture
def window(qtbot, owner):
    from ui.main_window import MainWindow

    owner.booking.add_service("Coupe femme", 45)
    win = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.book_widget.view.layout_ is not None)  # the first read, from the database worker
    return win


def show_day(qtbot, book, day):
    with qtbot.waitSignal(book.loaded, timeout=5000):
        book.go_to(day)


def test_book_a_new_client_by_keyboard_only_with_the_consent_memo(qtbot, window, owner, monkeypatch):
    from ui.booking import BookingDialog
    from ui.consent.dialog import ConsentDialog

    def drive_booking(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focus() is dialog.finder.find_edit)
        qtbot.keyClicks(focus(), "Zoe Lefevre")
        press(qtbot, Qt.Key.Key_Return)          # "+ New client: Zoe Lefevre": the fields open, nothing is booked
        finder = dialog.finder
        assert finder.first_edit.text() == "Zoe" and finder.last_edit.text() == "Lefevre"
        assert focus() is finder.phone_edit
        qtbot.keyClicks(focus(), "0612345678")
        press(qtbot, Qt.Key.Key_Return)          # on to the service, still nothing booked
        assert focus() is dialog.slot.service_combo and not dialog.book_button.isEnabled()
        press(qtbot, Qt.Key.Key_Return)          # no service yet: Enter books nothing
        assert dialog.isVisible() and dialog.appointment_id is None
        press(qtbot, Qt.Key.Key_Down)            # the first service; the next free slot is proposed
        assert dialog.slot.time_combo.currentText() and dialog.book_button.isEnabled()
        press(qtbot, Qt.Key.Key_Return)          # Book
        return dialog.result()

    answers = []

    def drive_memo(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: focus() is not None and focus().window() is dialog)
        assert set(dialog.groups) == {"sms"}  # no email address given: no email question
        assert all(group.checkedButton() is None for group in dialog.groups.values())
        # Only SMS is asked (the client gave a mobile number, no email): No, then Record: keys only.
        for _ in range(10):  # Tab to the SMS question's "Yes"
            if focus() is dialog.groups["sms"].button(1):
                break
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Right)           # "No"
        press(qtbot, Qt.Key.Key_Space)
        answers.append({c: g.checkedId() for c, g in dialog.groups.items()})
        for _ in range(10):
            if focus() is dialog.record_button:
                break
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Space)
        return dialog.result()

    monkeypatch.setattr(BookingDialog, "exec", drive_booking)
    monkeypatch.setattr(ConsentDialog, "exec", drive_memo)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert answers == [{"sms": 2}]
    client_id = owner.clients.search("lefevre")[0]
    assert owner.clients.show(client_id)["phone"] == "+33612345678"
    status = owner.consent.status(client_id)
    assert status["email"].status == "unknown" and status["sms"].status == "refused"
    assert len(owner.booking.history(client_id)) == 1


def book(owner, client_id, start, minutes=45, staff="claire"):
    return owner.booking.book(client_id, "Coupe femme", staff, start, minutes=minutes)


def test_move_an_appointment_by_drag_then_undo(qtbot, window, owner):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    day = date(2037, 12, 2)
    appointment_id = book(owner, client_id, datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE))
    book_widget = window.book_widget
    window.tabs.setCurrentIndex(1)
    show_day(qtbot, book_widget, day)
    view = book_widget.view
    start_point = view.mapFromScene(view.scene_point(appointment_id))
    target = start_point + QPoint(0, int(60 * view.layout_.pixels_per_minute))  # one hour later
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start_point)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    moved = owner.booking.day("2037-12-02")[0]
    assert timeutil.parse(moved["starts_at"]).astimezone(SALON_ZONE).hour == 11
    assert timeutil.parse(moved["ends_at"]).astimezone(SALON_ZONE).minute == 45
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = owner.booking.day("2037-12-02")[0]
    assert timeutil.parse(back["starts_at"]).astimezone(SALON_ZONE).hour == 10
    qtbot.waitUntil(lambda: appointment_id in view.items_by_id)


def test_resize_by_dragging_the_bottom_edge(qtbot, window, owner):
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    appointment_id = book(owner, client_id, datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE))
    show_day(qtbot, window.book_widget, date(2037, 12, 2))
    view = window.book_widget.view
    edge = view.mapFromScene(view.scene_point(appointment_id, bottom=True))
    target = edge + QPoint(0, int(30 * view.layout_.pixels_per_minute))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    row = owner.booking.day("2037-12-02")[0]
    assert timeutil.parse(row["ends_at"]).astimezone(SALON_ZONE).strftime("%H:%M") == "11:15"


def test_an_overlap_is_refused_with_a_clear_message(qtbot, window, owner, monkeypatch):
    from tests.test_gui import FakeDialogs
    from ui import dialogs as dialog_module

    fake = FakeDialogs()
    fake.confirm = lambda parent, text: fake.errors.append(text) or False  # the user declines the override
    monkeypatch.setattr(dialog_module, "dialogs", fake)
    marie = owner.clients.add(first_name="Marie", last_name="Dupont")
    hugo = owner.clients.add(first_name="Hugo", last_name="Martin")
    first = book(owner, marie, datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE))
    book(owner, hugo, datetime(2037, 12, 2, 11, 0, tzinfo=SALON_ZONE))
    show_day(qtbot, window.book_widget, date(2037, 12, 2))
    view = window.book_widget.view
    start_point = view.mapFromScene(view.scene_point(first))
    target = start_point + QPoint(0, int(45 * view.layout_.pixels_per_minute))  # onto Hugo's 11:00
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start_point)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert fake.errors and "already has an appointment" in fake.errors[0]
    row = [r for r in owner.booking.day("2037-12-02") if r["id"] == first][0]
    assert timeutil.parse(row["starts_at"]).astimezone(SALON_ZONE).hour == 10  # nothing changed
    assert not window.book_widget.undo_stack.canUndo()
    show_day(qtbot, window.book_widget, date(2037, 12, 2))
    fake.confirm = lambda parent, text: True  # now the user explicitly overrides
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start_point)
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    row = [r for r in owner.booking.day("2037-12-02") if r["id"] == first][0]
    assert timeutil.parse(row["starts_at"]).astimezone(SALON_ZONE).strftime("%H:%M") == "10:45"


def test_click_on_a_free_slot_opens_booking_there(qtbot, window, owner, monkeypatch):
    from ui.booking import BookingDialog

    seen = {}
    monkeypatch.setattr(BookingDialog, "exec", lambda dialog: seen.update(
        staff=dialog.staff_combo.currentData(), start=dialog.start()) or 0)
    show_day(qtbot, window.book_widget, date(2037, 12, 2))
    view = window.book_widget.view
    layout = view.layout_
    y = (14 * 60 - layout.opening[0]) * layout.pixels_per_minute
    point = view.mapFromScene(layout.x_of(0) + 20, y + 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert seen["staff"] == "claire" and seen["start"].strftime("%d/%m %H:%M") == "02/12 14:00"


def test_opening_and_working_hours_shape_the_book(qtbot, window, owner, employee):
    from storage.errors import InputError, PermissionDenied

    owner.settings.set_opening_week(["08:00-12:00, 13:30-20:00"] * 6 + [""])
    owner.settings.set_working_week("lea", ["10:00-16:00"] * 7)
    owner.time_off.add_absence("lea", "training", date(2037, 12, 3))
    with pytest.raises(InputError):
        owner.settings.set_opening_week(["20:00-08:00"] * 7)
    with pytest.raises(PermissionDenied):
        employee.settings.set_opening_week(["07:00-21:00"] * 7)
    book = window.book_widget
    book.set_week(True)
    show_day(qtbot, book, date(2037, 12, 1))
    layout = book.view.layout_
    assert layout.opening == (8 * 60, 20 * 60)
    lea = {c.day.day: c.open for c in layout.columns if c.login == "lea"}
    assert lea[1] == ((600, 720), (810, 960)) and lea[3] == () and lea[6] == ()  # lunch, training, Sunday
    assert book.closed_label([c for c in layout.columns if c.login == "lea" and c.day.day == 3][0], 0, 1440) == \
        "Training"
    assert all(c.open == () for c in layout.columns if c.day.day == 6)  # Sunday: the salon is closed


def test_the_book_reads_off_the_gui_thread(qtbot, window, monkeypatch):
    import threading

    from desktop.booking.service import BookingService

    threads = []
    real = BookingService.between

    def spy(self, start, end):
        threads.append(threading.get_ident())
        return real(self, start, end)

    monkeypatch.setattr(BookingService, "between", spy)
    show_day(qtbot, window.book_widget, date(2037, 12, 9))
    assert threads and threading.get_ident() not in threads


@pytest.mark.parametrize("when, setup, words, flag", [
    (datetime(2037, 12, 6, 10, 0, tzinfo=SALON_ZONE), None, "closed on 06/12/2037", "allow_outside_hours"),
    (datetime(2037, 12, 25, 10, 0, tzinfo=SALON_ZONE), None, "Christmas Day", "allow_outside_hours"),
    (datetime(2037, 12, 3, 10, 0, tzinfo=SALON_ZONE), "absence", "away at that time", "allow_outside_hours"),
    (datetime(2020, 3, 3, 10, 0, tzinfo=SALON_ZONE), None, "already past", "allow_past"),
])
def test_the_booking_dialog_needs_an_explicit_override(qtbot, owner, monkeypatch, when, setup, words, flag):
    """A closed day, a public holiday, an absence or a past time: refused with a plain line, and the override
    that books it anyway appears unticked; ticked, the booking goes through."""
    from ui.booking import BookingDialog
    from ui.consent.dialog import ConsentDialog

    monkeypatch.setattr(ConsentDialog, "exec", lambda dialog: 0)
    owner.booking.add_service("Coupe femme", 45)
    if setup == "absence":
        owner.time_off.add_absence("claire", "training", when.date())
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    dialog = BookingDialog(owner, client_id)
    qtbot.addWidget(dialog)
    dialog.set_slot(when, service="Coupe femme", login="claire")
    assert words in dialog.slot.problem_label.text()  # said before anyone presses Book
    dialog.book()
    assert dialog.appointment_id is None and words in dialog.error_label.text()
    box = dialog.overrides[flag]
    assert box.isVisibleTo(dialog) and not box.isChecked()
    assert owner.booking.day(when.date().isoformat()) == []
    box.setChecked(True)
    dialog.book()
    assert dialog.appointment_id and len(owner.booking.day(when.date().isoformat())) == 1


def test_the_appointment_dialog_changes_service_staff_time_and_note(qtbot, owner, ops):
    from PySide6.QtCore import QDateTime

    from ui.book.appointment import AppointmentDialog

    owner.booking.add_service("Coupe femme", 45)
    colour = owner.catalogue.add("Couleur", 30, processing_minutes=35)
    owner.staff.add("lea", "employee", "Léa Bernard")
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    appointment_id = book(owner, client_id, datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE))
    dialog = AppointmentDialog(owner, owner.booking.appointment(appointment_id), ops(owner))
    qtbot.addWidget(dialog)
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData(colour))
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("lea"))
    dialog.start_edit.setDateTime(QDateTime(2037, 12, 6, 11, 0, 0))  # a Sunday: the override is offered
    dialog.note_edit.setText("carte 4111 1111 1111 1111")
    dialog.save_changes()
    assert "closed" in dialog.error_label.text() and dialog.override_box.isVisibleTo(dialog)
    dialog.start_edit.setDateTime(QDateTime(2037, 12, 2, 11, 0, 0))
    dialog.save_changes()  # the notes guard: no card number, and nothing saved
    assert "card" in dialog.error_label.text()
    assert owner.booking.appointment(appointment_id)["service"] == "Coupe femme"
    dialog.note_edit.setText("frange courte")
    dialog.save_changes()
    row = owner.booking.appointment(appointment_id)
    assert (row["service"], row["staff_name"], row["note"]) == ("Couleur", "Léa Bernard", "frange courte")
    assert timeutil.parse(row["starts_at"]).astimezone(SALON_ZONE).strftime("%H:%M") == "11:00"
    assert timeutil.parse(row["ends_at"]).astimezone(SALON_ZONE).strftime("%H:%M") == "12:05"


def test_today_has_a_time_line_past_appointments_are_muted_and_colours_follow_the_setting(qtbot, window, owner):
    from desktop.settings import BOOK_COLOURS
    from desktop.timefmt import salon_now

    colour = owner.catalogue.add("Couleur", 30, colour="#fbe3cf")
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    past = owner.booking.book(client_id, "Coupe femme", "claire", datetime(2020, 3, 3, 10, 0, tzinfo=SALON_ZONE),
                              allow_past=True, allow_outside_hours=True)
    coming = owner.booking.book(client_id, "Couleur", "claire", datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE))
    book_widget = window.book_widget
    show_day(qtbot, book_widget, salon_now().date())
    assert len(book_widget.view._now_lines) == (1 if 9 * 60 <= salon_now().hour * 60 + salon_now().minute <= 19 * 60
                                                else 0)
    show_day(qtbot, book_widget, date(2020, 3, 3))
    assert book_widget.view.items_by_id[past].muted and not book_widget.view._now_lines
    show_day(qtbot, book_widget, date(2037, 12, 2))
    item = book_widget.view.items_by_id[coming]
    assert not item.muted and item.brush().color().name() == "#e9dcf2"  # by status: booked
    owner.settings.set(BOOK_COLOURS, "category")
    show_day(qtbot, book_widget, date(2037, 12, 2))
    assert book_widget.view.items_by_id[coming].brush().color().name() == "#fbe3cf"  # the service's colour
    assert colour


def test_the_book_columns_share_the_width_and_the_undo_button_says_defaire(qtbot, window, owner, monkeypatch):
    from desktop import i18n

    owner.staff.add("lea", "employee", "Léa Bernard")
    window.resize(1600, 900)
    window.tabs.setCurrentIndex(1)
    book_widget = window.book_widget
    show_day(qtbot, book_widget, date(2037, 12, 2))
    qtbot.waitUntil(lambda: abs(book_widget.view.layout_.width - book_widget.view.viewport().width()) < 3)
    assert book_widget.view.layout_.column_width > 600  # two columns fill 1600 px
    monkeypatch.setenv("SALON_DESK_LANG", "fr")
    i18n.install("fr")
    try:
        from ui.book.widget import BookWidget

        french = BookWidget(owner, window.ops)
        qtbot.addWidget(french)
        assert french.undo_button.text() == "Défaire"
        french.shutdown()
    finally:
        i18n.uninstall()


def test_the_status_bar_counts_a_client_added_elsewhere(qtbot, window, owner):
    assert window.count_label.text().startswith("0 client")
    owner.clients.add(first_name="Marie", last_name="Dupont")  # a booking's new client, another screen…
    qtbot.waitUntil(lambda: window.count_label.text().startswith("1 client"))


def test_a_new_client_booked_inline_needs_a_phone_and_names_every_mistake(qtbot, owner):
    from ui.booking import BookingDialog

    owner.booking.add_service("Coupe femme", 45)
    dialog = BookingDialog(owner)
    qtbot.addWidget(dialog)
    dialog.finder.find_edit.setText("Zoe")
    dialog.finder._choose(dialog.finder.results.item(dialog.finder.results.count() - 1))  # "+ New client: Zoe"
    dialog.set_slot(datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE), service="Coupe femme")
    dialog.book()
    errors = dialog.finder.errors.labels
    assert dialog.appointment_id is None and owner.clients.search("zoe") == []
    assert errors["last_name"].text() and errors["phone"].text() and not errors["first_name"].text()


def test_a_change_made_in_the_appointment_dialog_is_undone_too(qtbot, window, owner, monkeypatch):
    """Défaire takes back what the appointment's dialog changed (service, person, time), not only drags."""
    from ui.book import appointment as dialog_module

    owner.booking.add_service("Brushing", 30)
    owner.staff.add("ines", "employee", "Inès Bernard")
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    appointment_id = book(owner, client_id, datetime(2037, 12, 2, 10, 0, tzinfo=SALON_ZONE))
    book_widget = window.book_widget
    window.tabs.setCurrentIndex(1)
    show_day(qtbot, book_widget, date(2037, 12, 2))

    def change(dialog):
        dialog.service_combo.setCurrentIndex(dialog.service_combo.findText("Brushing", Qt.MatchFlag.MatchStartsWith))
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("ines"))
        dialog.save_changes()
    monkeypatch.setattr(dialog_module.AppointmentDialog, "exec", lambda self: change(self))
    book_widget.open_appointment(appointment_id)
    changed = owner.booking.appointment(appointment_id)
    assert (changed["service"], changed["staff"]) == ("Brushing", "ines")
    assert book_widget.undo_button.isEnabled()
    book_widget.undo_button.click()
    back = owner.booking.appointment(appointment_id)
    assert (back["service"], back["staff"]) == ("Coupe femme", "claire")
    assert timeutil.parse(back["ends_at"]) - timeutil.parse(back["starts_at"]) == timedelta(minutes=45)
