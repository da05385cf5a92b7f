"""A new salon's first morning, keyboard only (pytest-qt; no mouse event anywhere): two services, a colleague
and two weekly schedules set up in the app, then three appointments, each on the free slot the booking
proposes. Enter on a search result only chooses the client: nothing is booked before a service and a time
are shown."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.timefmt import SALON_ZONE
from storage import timeutil


def focus():
    return QApplication.focusWidget()


@pytest.fixture
def keys(qtbot):
    class Keys:
        windows: list = []  # the main window and the dialogs opened over it, bottom first

        def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1):
            for _ in range(times):
                qtbot.keyClick(focus(), key, modifier)
                self.back()

        def back(self):
            """When a dialog closes, a window manager gives the keyboard back to the window beneath; the offscreen
            platform has none, so do what it would."""
            if focus() is not None:
                return
            beneath = next((w for w in reversed(self.windows) if w.isVisible()), None)
            if beneath is not None:
                beneath.activateWindow()
                qtbot.waitUntil(lambda: focus() is not None)

        def type(self, text: str):
            qtbot.keyClicks(focus(), text)

        def replace(self, text: str):
            """Select what the focused field holds and type over it."""
            self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            if text:
                self.type(text)
            else:
                self.press(Qt.Key.Key_Delete)

        def alt(self, letter):
            """A button's underlined letter: Qt animates the click, so let the event loop run it."""
            self.press(letter, Qt.KeyboardModifier.AltModifier)
            qtbot.wait(200)
            self.back()

        def tab_to(self, widget, limit: int = 30):
            for _ in range(limit):
                if focus() is widget:
                    return
                self.press(Qt.Key.Key_Tab)
            raise AssertionError(f"Tab never reached {widget.objectName() or widget}")

        def opened(self, dialog):
            self.windows.append(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.activateWindow()
            qtbot.waitUntil(lambda: focus() is not None and focus().window() is dialog)

        def menu(self, letter: str):
            """Salon menu (Alt+S), then the item with this underlined letter."""
            self.press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
            qtbot.keyClick(QApplication.activePopupWidget(), letter)
    return Keys()


@pytest.fixture
def window(qtbot, owner, monkeypatch):
    from tests.test_gui import FakeDialogs
    from ui import dialogs as dialog_module
    from ui.main_window import MainWindow

    monkeypatch.setattr(dialog_module, "dialogs", FakeDialogs())  # the one-time password shown to the owner
    win = MainWindow(owner, "Atelier Lumière")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.book_widget.view.layout_ is not None)
    return win


@pytest.fixture(autouse=True)
def main_beneath(window, keys):
    keys.windows[:] = [window]


def add_services(keys, monkeypatch):
    from ui.services.dialog import ServicesDialog
    from ui.services.editor import ServiceEditor

    services = iter([("Coupe femme", "Coupe", "45", "", "38,50"), ("Couleur", "Couleur", "30", "35", "55")])

    def edit(editor):
        name, category, minutes, processing, price = next(services)
        keys.opened(editor)
        assert focus() is editor.name_edit
        keys.type(name)
        keys.press(Qt.Key.Key_Tab)
        keys.type(category)                    # the category, typed into its list
        keys.press(Qt.Key.Key_Tab)
        keys.replace(minutes)                  # the duration
        keys.press(Qt.Key.Key_Tab)
        if processing:
            keys.replace(processing)           # the processing time (a colour developing)
        keys.press(Qt.Key.Key_Tab)
        keys.type(price)                       # a decimal comma
        keys.press(Qt.Key.Key_Return)          # Save
        return editor.result()

    def catalogue(dialog):
        keys.opened(dialog)
        for _ in range(2):
            keys.alt(Qt.Key.Key_A)             # &Add…
        keys.press(Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(ServiceEditor, "exec", edit)
    monkeypatch.setattr(ServicesDialog, "exec", catalogue)
    keys.menu("v")                             # Ser&vices…


def set_up_staff(keys, monkeypatch):
    from ui.staff.dialog import AddStaffDialog, StaffDialog
    from ui.staff.schedule import ScheduleDialog

    weeks = iter([["", *["10:00-13:00, 14:00-19:00"] * 5, ""],       # Léa: Tuesday to Saturday, lunch 13-14
                  ["09:00-12:30, 13:30-19:00"] * 6 + [""]])          # Claire: Monday to Saturday

    def add(dialog):
        keys.opened(dialog)
        keys.type("Lea Bernard")               # her name, shown in the book
        keys.press(Qt.Key.Key_Tab)
        keys.type("lea")
        keys.press(Qt.Key.Key_Return)
        return dialog.result()

    def schedule(dialog):
        keys.opened(dialog)
        assert focus() is dialog.own_radio     # "has their own hours"
        keys.press(Qt.Key.Key_Space)
        for edit, ranges in zip(dialog.week.edits, next(weeks)):
            keys.tab_to(edit)
            keys.replace(ranges)
        keys.press(Qt.Key.Key_Return)          # Save
        return dialog.result()

    def staff(dialog):
        keys.opened(dialog)
        keys.alt(Qt.Key.Key_A)                 # &Add… a colleague; her row is then selected
        assert dialog.selected_login() == "lea"
        keys.alt(Qt.Key.Key_S)                 # &Schedule and absences…
        keys.press(Qt.Key.Key_Up)              # Claire's row
        assert dialog.selected_login() == "claire"
        keys.alt(Qt.Key.Key_S)
        keys.press(Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(AddStaffDialog, "exec", add)
    monkeypatch.setattr(ScheduleDialog, "exec", schedule)
    monkeypatch.setattr(StaffDialog, "exec", staff)
    keys.menu("t")                             # S&taff…


def test_a_new_salon_sets_up_and_books_three_appointments_by_keyboard(qtbot, window, owner, keys, monkeypatch):
    from ui.booking import BookingDialog
    from ui.consent.dialog import ConsentDialog

    add_services(keys, monkeypatch)
    assert [(s["name"], s["minutes"], s["processing_minutes"], s["price_cents"]) for s in owner.catalogue.list()] \
        == [("Couleur", 30, 35, 5500), ("Coupe femme", 45, 0, 3850)]
    set_up_staff(keys, monkeypatch)
    lea = next(r for r in owner.staff.list() if r["login"] == "lea")
    claire = next(r for r in owner.staff.list() if r["login"] == "claire")
    assert owner.settings.working_week(lea["id"])[1] == ((600, 780), (840, 1140))
    assert owner.settings.working_week(claire["id"])[0] == ((540, 750), (810, 1140))

    booked = []  # (appointment id, the slot shown when Enter was pressed)

    def later(memo):                           # the consent memo: "ask later", by keyboard too
        keys.opened(memo)
        keys.tab_to(memo.later_button)
        keys.press(Qt.Key.Key_Space)
        return memo.result()

    def booking(client: str, new: bool, staff_steps: int):
        def drive(dialog):
            proposals = []
            dialog.proposed.connect(lambda login, start, end: proposals.append((login, start)))
            keys.opened(dialog)
            assert focus() is dialog.finder.find_edit
            keys.type(client)
            if not new:
                assert dialog.finder.results.item(0).text().startswith("Dupont")
            keys.press(Qt.Key.Key_Return)      # choose the result (or open the new client's fields)
            assert dialog.isVisible() and dialog.appointment_id is None and not dialog.book_button.isEnabled()
            if new:
                assert focus() is dialog.finder.phone_edit
                keys.type("0612345678")
                keys.press(Qt.Key.Key_Return)  # on to the service, still nothing booked
            assert focus() is dialog.slot.service_combo
            keys.press(Qt.Key.Key_Return)      # no service yet: Enter books nothing
            assert dialog.isVisible() and dialog.appointment_id is None
            keys.press(Qt.Key.Key_Down)        # the first service: Couleur, 65 minutes with its processing
            keys.press(Qt.Key.Key_Tab)         # Tab follows the path: service, staff, day, time
            assert focus() is dialog.slot.staff_combo
            keys.press(Qt.Key.Key_Down, times=staff_steps)
            keys.press(Qt.Key.Key_Tab)
            assert focus() is dialog.slot.day_edit
            keys.press(Qt.Key.Key_Tab)
            assert focus() is dialog.slot.time_combo
            login, start = proposals[-1]       # the next free slot, proposed and outlined in the book
            assert (login, start) == (dialog.slot.login, dialog.slot.start())
            view = window.book_widget.view     # the book (read on its worker) outlines the proposed slot
            qtbot.waitUntil(lambda: view._proposal is not None and view._proposal.data(0)[:2] == (login, start))
            assert view.layout_.index_of(start.date(), login) is not None
            assert start == owner.availability.next_free(login, 65)  # the first free start from now
            keys.press(Qt.Key.Key_Return)      # Book
            booked.append((dialog.appointment_id, login, start))
            return dialog.result()
        return drive

    monkeypatch.setattr(ConsentDialog, "exec", later)
    for client, new, staff_steps in (("Marie Dupont", True, 0), ("Dupont", False, 1), ("Dupont", False, 0)):
        monkeypatch.setattr(BookingDialog, "exec", booking(client, new, staff_steps))
        keys.press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert len(booked) == 3 and all(appointment_id for appointment_id, _, _ in booked)
    for appointment_id, login, start in booked:
        row = owner.booking.appointment(appointment_id)
        assert row["staff"] == login and row["service"] == "Couleur"
        assert timeutil.parse(row["starts_at"]).astimezone(SALON_ZONE) == start
    assert booked[0][1] == booked[2][1] == "claire" and booked[1][1] == "lea"
    assert booked[2][2] > booked[0][2]  # Claire's second appointment goes after her first one


def readme_shortcuts() -> set[str]:
    """The Ctrl/Alt combinations in README's keyboard table (first column)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| Keys | Where | What |"):].split("\n\n")[0]
    keys = set()
    for row in table.splitlines()[2:]:
        for combo in row.split("|")[1].split("/"):
            combo = combo.strip()
            if combo.startswith(("Ctrl+", "Alt+")) and combo != "Alt+letter":
                keys.add(combo)
    return keys


def test_readme_s_shortcut_table_matches_the_app(window):
    from PySide6.QtGui import QAction, QKeySequence

    actions = {action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
               for action in window.findChildren(QAction) if not action.shortcut().isEmpty()}
    menu = window.menuBar().actions()[0].text()
    actions.add("Alt+" + menu[menu.index("&") + 1].upper())  # the Salon menu's underlined letter
    assert readme_shortcuts() == actions
