"""Masking holds on every output surface: screens, search, CSV exports, the CLI's JSON and every PDF.

Two viewers who may see neither contact details nor notes (Perm.CLIENT_CONTACT, Perm.CLIENT_NOTES): an
employee (contact masked by default; the owner closed notes), and a manager for whom the owner closed both.
The clients have distinctive names, emails, phones, a birth date and notes; no surface may show any of them in
full. Each surface must also show the client (masked), so that an empty surface cannot pass.
"""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from desktop.kernel.permissions import Perm, Role
from storage.errors import PermissionDenied
from tests.conftest import NEW_PASSWORD, make_staff

FIRST, LAST = "Zéphyrine", "Quatremains"
EMAIL, PHONE, BIRTH = "zephyrine.quatremains@exemple.fr", "06 47 83 29 15", "23/11/1987"
NOTES = "balayage miel, formule-secrete-534"
OTHER = {"first_name": "Barnabé", "last_name": "Vertefeuille", "email": "barnabe.vertefeuille@exemple.fr",
         "phone": "07 58 91 36 42"}
DAY = "2030-01-07"

# What must never appear (compared without spaces, case-folded): the full last names (they are also the emails'
# local parts), the emails' domain, the phones' middle digits (masked phones show the last four only), the birth
# year and the notes.
SECRETS = {"last name": "quatremains", "other last name": "vertefeuille", "email": "exemple.fr",
           "phone": "4783", "other phone": "5891", "birth date": "1987", "notes": "formule-secrete"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_HASH = re.compile(r"[0-9a-f]{16,}", re.IGNORECASE)


def flat(text: str) -> str:
    """Without any whitespace: a PDF may break a line inside a name, a phone number or an id."""
    return re.sub(r"\s+", "", text)


def leaks(text: str) -> list[str]:
    """The secrets found in this text (ids and hashes, whose hex digits could look like a phone, set aside;
    ids once more after joining lines, in case a PDF broke one)."""
    joined = _UUID.sub("", flat(_HASH.sub(" ", _UUID.sub(" ", text)))).casefold()
    return sorted(name for name, secret in SECRETS.items() if secret in joined)


def assert_masked(text: str, *, shows=(FIRST,)) -> None:
    for expected in shows:
        assert flat(expected) in flat(text), f"{expected!r} is not on this surface at all:\n{text}"
    assert leaks(text) == [], f"{leaks(text)} leaked:\n{text}"


def test_the_leak_detector_sees_each_secret_in_any_usual_form():
    for form in (LAST, LAST.upper(), EMAIL, "+33647832915", "06 47 83 29 15", "0647832915", "23/11/1987",
                 "1987-11-23", NOTES, "Vertefeuille", "07 58 91 36 42"):
        assert leaks(f"x {form} y"), form
    assert leaks("Zéphyrine Q. zeph••• •• •• •• 29 15 barn••• •• •• •• 36 42 "
                 "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d 4783c0ffee4783c0ffee "
                 "9b1deb4d-3b7d-4783-\n9bdd-2b0d7b3dcb6d") == []  # ids, even broken over two lines
    assert leaks("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d 0647832915") == ["phone"]  # a phone beside an id is seen


# -- the world --------------------------------------------------------------------------------------------

@pytest.fixture
def world(owner):
    """Two clients with everything a surface could leak, an appointment, and consent decisions."""
    client = owner.clients.add(first_name=FIRST, last_name=LAST, email=EMAIL, phone=PHONE, birth_date=BIRTH,
                               notes=NOTES)
    other = owner.clients.add(**OTHER)
    owner.booking.add_service("Balayage", 90)
    appointment = owner.booking.book(client, "Balayage", "claire", f"{DAY}T10:00")
    owner.booking.book(other, "Balayage", "claire", f"{DAY}T14:00")
    owner.consent.record(client, "email", "granted", "desk", text_version=1)
    owner.consent.record(client, "sms", "refused", "desk", text_version=1)
    owner.consent.record(other, "sms", "granted", "desk", text_version=1)
    owner.consent.record(client, "health", "granted", "desk", text_version=1)
    owner.health.save_note(client, "allergie au latex", True)
    full = owner.clients.show(client)
    assert full["last_name"] == LAST and full["notes"] == NOTES and full["birth_date"] == "1987-11-23"
    return SimpleNamespace(client=client, other=other, appointment=appointment)


def _employee(owner):
    desk = make_staff(owner, "lea", "employee")
    owner.settings.set_visibility(Role.EMPLOYEE, Perm.CLIENT_NOTES, False)
    return desk


def _masked_manager(owner):
    desk = make_staff(owner, "marc", "manager")
    owner.settings.set_visibility(Role.MANAGER, Perm.CLIENT_CONTACT, False)
    owner.settings.set_visibility(Role.MANAGER, Perm.CLIENT_NOTES, False)
    return desk


@pytest.fixture(params=["employee", "masked_manager"])
def viewer(request, owner, world):
    desk = {"employee": _employee, "masked_manager": _masked_manager}[request.param](owner)
    assert not desk.can(Perm.CLIENT_CONTACT) and not desk.can(Perm.CLIENT_NOTES)
    return desk


@pytest.fixture
def masked_manager(owner, world):
    """Exports are for managers and owners; this manager may not see contacts or notes."""
    desk = _masked_manager(owner)
    assert desk.can(Perm.CONSENT_EXPORT) and not desk.can(Perm.CLIENT_CONTACT)
    return desk


# -- screens ----------------------------------------------------------------------------------------------

def widget_texts(root) -> str:
    """Every text a person could read in this widget tree: labels, fields, buttons, titles, tooltips, lists,
    tables (through their models) and the items of graphics scenes."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGraphicsView, QGroupBox, QLabel,
                                   QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QWidget)

    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [widget.windowTitle(), widget.toolTip()]
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            parts.append(widget.title())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            parts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models keep columnCount private: one column
                columns = 1
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    index = model.index(row, column)
                    parts += [str(model.data(index, role) or "") for role in
                              (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                parts += [item.toolTip(), str(getattr(item, "text", "") or "")]
    return "\n".join(part for part in parts if part)


def test_client_list_model(qtbot, viewer):
    from PySide6.QtCore import Qt

    from ui.clients.model import ClientTableModel

    model = ClientTableModel(viewer.clients)
    model.set_search("")
    assert model.rowCount() == 2
    cells = [str(model.data(model.index(row, column), role) or "") for row in range(model.rowCount())
             for column in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert_masked("\n".join(cells), shows=(FIRST, "Q.", "29 15", "zeph", OTHER["first_name"], "V."))


def test_main_window_list_and_client_file(qtbot, viewer, world, request):
    from ui.main_window import MainWindow

    window = MainWindow(viewer, "Atelier Lumière")
    qtbot.addWidget(window)
    request.addfinalizer(window.shutdown)  # its reader thread stops even when an assertion fails
    window.table.selectRow(window.model.row_of(world.client))
    assert window.detail.client_id == world.client
    assert_masked(widget_texts(window), shows=(f"{FIRST} Q.", "29 15", "zeph", OTHER["first_name"]))


def test_client_file_and_its_dialogs(qtbot, viewer, world, ops):
    from ui.clients.detail import ClientDetail
    from ui.clients.editor import ClientDialog
    from ui.consent.dialog import ConsentDialog

    detail = ClientDetail(viewer, ops(viewer))
    qtbot.addWidget(detail)
    detail.show_client(world.client)
    assert not detail.mask_notice.isHidden()
    assert_masked(widget_texts(detail), shows=(f"{FIRST} Q.", "29 15", "zeph", "Balayage"))
    editor = ClientDialog(viewer, world.client)
    qtbot.addWidget(editor)
    assert_masked(widget_texts(editor) + "\n" + editor.first_edit.text(), shows=(FIRST,))
    memo = ConsentDialog(viewer, world.client, ["email", "sms"])
    qtbot.addWidget(memo)
    assert_masked(widget_texts(memo), shows=(FIRST,))


def test_health_dialog_for_a_role_that_may_see_health(qtbot, owner, masked_manager, world):
    from ui.health.dialog import HealthDialog

    assert masked_manager.can(Perm.HEALTH)
    dialog = HealthDialog(masked_manager, world.client)
    qtbot.addWidget(dialog)
    assert_masked(widget_texts(dialog), shows=(f"{FIRST} Q.", "allergie au latex"))


def test_appointment_book_and_appointment_dialog(qtbot, viewer, world, request, ops):
    from ui.book.appointment import AppointmentDialog
    from ui.book.widget import BookWidget

    runner = ops(viewer)
    book = BookWidget(viewer, runner)
    qtbot.addWidget(book)
    request.addfinalizer(book.shutdown)
    with qtbot.waitSignal(book.loaded, timeout=5000):
        book.go_to(date.fromisoformat(DAY))
    assert set(book.view.items_by_id) >= {world.appointment}
    item = book.view.items_by_id[world.appointment]
    assert_masked(item.text + "\n" + item.toolTip(), shows=(f"{FIRST} Q.", "Balayage"))
    assert_masked(widget_texts(book), shows=(f"{FIRST} Q.", f"{OTHER['first_name']} V."))
    dialog = AppointmentDialog(viewer, viewer.booking.appointment(world.appointment), runner)
    qtbot.addWidget(dialog)
    assert_masked(widget_texts(dialog), shows=(f"{FIRST} Q.", "Balayage"))


def test_booking_dialog_finds_by_name_only_and_shows_masked_results(qtbot, viewer, world):
    from PySide6.QtCore import Qt

    from ui.booking import BookingDialog
    from ui.booking.client_finder import NEW_CLIENT

    dialog = BookingDialog(viewer)
    qtbot.addWidget(dialog)
    finder = dialog.finder

    def found() -> list[str]:
        ids = [finder.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(finder.results.count())]
        return [i for i in ids if i != NEW_CLIENT]

    finder.find_edit.setText("zephyrine")
    assert found() == [world.client]
    results = "\n".join(finder.results.item(i).text() for i in range(finder.results.count()))
    assert_masked(results, shows=(FIRST, "Q.", "29 15"))
    for hidden in ("0647832915", "06 47 83 29 15", "+33647832915", "exemple.fr", EMAIL):
        finder.find_edit.setText(hidden)
        assert found() == [], f"{hidden!r} found a client through a hidden field"
    finder._choose(_item_for(finder, world.client, "zephyrine"))
    assert finder.client_id == world.client
    assert_masked(finder.name_label.text(), shows=(f"{FIRST} Q.",))


def _item_for(finder, client_id, text):
    from PySide6.QtCore import Qt

    finder.find_edit.setText(text)
    return next(finder.results.item(i) for i in range(finder.results.count())
                if finder.results.item(i).data(Qt.ItemDataRole.UserRole) == client_id)


def test_consent_register_screen(qtbot, masked_manager, world, ops):
    from ui.consent.register import ConsentRegisterDialog

    dialog = ConsentRegisterDialog(masked_manager, ops(masked_manager))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    assert_masked(widget_texts(dialog), shows=(f"{FIRST} Q.", f"{OTHER['first_name']} V."))


# -- search -----------------------------------------------------------------------------------------------

HIDDEN_SEARCHES = ("0647832915", "06 47 83 29 15", "+33647832915", "33647832915", "47 83 29", "2915",
                   EMAIL, "exemple.fr", "exemple", "1987", "23/11/1987", "formule",
                   # a name first, then a hidden field: the name must not open the other columns
                   "zephyrine 0647", "zephyrine exemple", "quatremains 33647", "zeph exemple.fr")


def test_no_search_through_hidden_fields(owner, viewer, world):
    assert viewer.clients.search("zephyrine") == [world.client]  # names stay searchable
    assert viewer.clients.search("quatre") == [world.client]
    for text in HIDDEN_SEARCHES:
        assert viewer.clients.search(text) == [], text
        assert viewer.clients.count_matching(text) == 0, text
        assert viewer.clients.page(text, 0, 50) == [], text
    # The owner finds the client through the contact fields the viewer may not search.
    for text in ("0647832915", "06 47 83 29 15", "+33647832915", EMAIL, "exemple.fr"):
        assert world.client in owner.clients.search(text), text


# -- CSV exports ------------------------------------------------------------------------------------------

def read_csv(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))


def test_csv_exports(masked_manager, world, tmp_path):
    exports = masked_manager.consent_exports
    files = {
        "register": (tmp_path / "register.csv", lambda p: exports.register(p)),
        "audience email": (tmp_path / "audience-email.csv", lambda p: exports.audience("email", p)),
        "audience sms": (tmp_path / "audience-sms.csv", lambda p: exports.audience("sms", p)),
        "suppression": (tmp_path / "suppression.csv", lambda p: exports.suppression(p)),
    }
    expected_rows = {"register": 4, "audience email": 1, "audience sms": 1, "suppression": 1}
    for name, (path, export) in files.items():
        assert export(path) == expected_rows[name], name
        rows = read_csv(path)
        text = "\n".join(";".join(row) for row in rows)
        client = world.other if name == "audience sms" else world.client
        assert client in text, name
        shows = (FIRST, "Q.") if client == world.client else (OTHER["first_name"], "V.")
        assert_masked(text, shows=shows)
    assert "zeph" in (tmp_path / "audience-email.csv").read_text(encoding="utf-8-sig")  # the masked contact
    assert "36 42" in (tmp_path / "audience-sms.csv").read_text(encoding="utf-8-sig")
    # The rows the screens show, too.
    assert_masked("\n".join(";".join(map(str, row)) for row in exports.register_rows()), shows=(FIRST, "Q."))
    assert_masked("\n".join(";".join(map(str, row)) for row in exports.audience_rows("email")), shows=(FIRST,))


def test_employees_cannot_export_at_all(owner, world, tmp_path):
    employee = _employee(owner)
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    for export in (lambda: employee.consent_exports.register(tmp_path / "r.csv"),
                   lambda: employee.consent_exports.audience("email", tmp_path / "a.csv"),
                   lambda: employee.consent_exports.suppression(tmp_path / "s.csv"),
                   lambda: employee.consent_exports.proof(world.client, tmp_path / "p.pdf")):
        with pytest.raises(PermissionDenied):
            export()
    assert list(tmp_path.iterdir()) == []


# -- PDFs -------------------------------------------------------------------------------------------------

def pdf_text(path) -> str:
    reader = PdfReader(path)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    return "\n".join([metadata, *(page.extract_text() for page in reader.pages)])


def test_booking_confirmation_pdf(viewer, world, tmp_path):
    path = tmp_path / "confirmation.pdf"
    viewer.booking.confirmation(world.appointment, path)
    assert_masked(pdf_text(path), shows=(f"{FIRST} Q.", "Balayage"))


def test_consent_proof_pdf(masked_manager, world, tmp_path):
    path = tmp_path / "proof.pdf"
    assert masked_manager.consent_exports.proof(world.client, path) == 3
    assert_masked(pdf_text(path), shows=(f"{FIRST} Q.", world.client))


# -- the CLI ----------------------------------------------------------------------------------------------

def test_cli_json(run_cli, viewer, world):
    login = viewer.session.login

    def as_viewer(*args):
        result = run_cli("--user", login, "--password-stdin", "--json", *args, stdin=NEW_PASSWORD + "\n")
        assert result.code == 0, result.err
        return result.out

    shown = as_viewer("client", "show", world.client)
    assert json.loads(shown)["client"]["masked"] is True
    assert_masked(shown, shows=(FIRST, "Q.", "29 15"))
    found = as_viewer("client", "find", "zephyrine")
    assert [c["id"] for c in json.loads(found)["clients"]] == [world.client]
    assert_masked(found, shows=(FIRST, "Q."))
    for hidden in ("0647832915", EMAIL):
        assert json.loads(as_viewer("client", "find", hidden))["clients"] == [], hidden
    listed = as_viewer("appointment", "list", "--day", DAY)
    assert len(json.loads(listed)["appointments"]) == 2
    assert_masked(listed, shows=(f"{FIRST} Q.", f"{OTHER['first_name']} V."))
    status = as_viewer("consent", "status", world.client)
    assert json.loads(status)["channels"]["email"]["status"] == "granted"
    assert_masked(status, shows=(world.client,))
    # Plain text output is masked too.
    text = run_cli("--user", login, "--password-stdin", "client", "show", world.client, stdin=NEW_PASSWORD + "\n")
    assert text.code == 0
    assert_masked(text.out, shows=(FIRST, "Q."))
    unmasked = run_cli("--user", login, "--password-stdin", "client", "show", world.client, "--unmasked",
                       stdin=NEW_PASSWORD + "\n")
    assert unmasked.code == 4 and leaks(unmasked.out + unmasked.err) == []


def test_cli_confirmation_pdf(run_cli, viewer, world, tmp_path):
    path = tmp_path / "confirmation.pdf"
    result = run_cli("--user", viewer.session.login, "--password-stdin", "appointment", "confirmation",
                     world.appointment, "--pdf", str(path), stdin=NEW_PASSWORD + "\n")
    assert result.code == 0, result.err
    assert_masked(pdf_text(path), shows=(f"{FIRST} Q.",))


def test_masking_follows_role_and_visibility_changes_at_once(owner, world):
    """A signed-in manager's very next read is masked after the owner closes contacts, or after a demotion."""
    manager = make_staff(owner, "marc", "manager")  # notes stay open to managers here: contacts only

    def contact_leaks(value) -> list[str]:
        return [found for found in leaks(str(value)) if found != "notes"]

    assert manager.clients.show(world.client)["last_name"] == LAST
    owner.settings.set_visibility(Role.MANAGER, Perm.CLIENT_CONTACT, False)
    shown = manager.clients.show(world.client)
    assert shown["last_name"] == "Q." and contact_leaks(shown) == []
    owner.settings.set_visibility(Role.MANAGER, Perm.CLIENT_CONTACT, True)
    assert manager.clients.rows([world.client])[0]["last_name"] == LAST
    owner.staff.set_role("marc", "employee")
    listed = manager.clients.rows([world.client])
    assert listed[0]["last_name"] == "Q." and contact_leaks(listed) == []
    day = manager.booking.day(DAY)
    assert f"{FIRST} Q." in str(day) and contact_leaks(day) == []
