"""The import wizard, driven like a person would: file, mapping, preview, consent, progress with a cancel, report."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QProgressDialog, QPushButton, QRadioButton, QWizard

from desktop import i18n
from desktop.imports.commit import Run
from desktop.imports.service import ImportService
from tests.conftest import OWNER_PASSWORD
from tests.support.db import conn_of
from tests.support.import_files import VISA, french_excel
from tests.support.salons import database_state
from tests.test_gui import FakeDialogs
from ui import dialogs as dialog_module


class ImportDialogs(FakeDialogs):
    def __init__(self, open_path, save_path):
        super().__init__(save_path=save_path, password=OWNER_PASSWORD)
        self.open_path = open_path

    def open_file(self, parent, title, pattern):
        return self.open_path


def rows(count):
    found = [["Dupont", "Marie", "06 12 34 56 78", "marie@exemple.fr", f"CB {VISA}", "Oui", "x"],
             ["DUPONT", "Marie", "+33 6 12 34 56 78", "", "", "Oui", "x"],
             ["Martin", "Léa", "", "lea@exemple.fr", "allergie au latex", "Non", "x"],
             ["", "Sans", "", "", "", "", "x"]]
    found += [[f"Client{i}", "Zoé", f"06 55 {i // 100:02d} {i % 100:02d} 00", "", "", "Oui", "x"] for i in range(count)]
    return found


@pytest.fixture
def uninstall_translations():
    yield
    i18n.uninstall()


@pytest.fixture
def wizard(qtbot, owner, ops, tmp_path, monkeypatch, uninstall_translations):
    from ui.imports.wizard import ImportWizard

    i18n.install("en")  # as the app does: English has its plural forms ("1 client", "82 clients")
    path = french_excel(tmp_path / "clients.csv", ["Nom", "Prénom", "Téléphone", "E-mail", "Remarques", "Newsletter",
                                                   "Fidélité"], rows(80))
    monkeypatch.setattr(dialog_module, "dialogs", ImportDialogs(str(path), str(tmp_path / "report.csv")))
    wizard = ImportWizard(owner, ops(owner))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_wizard_from_file_to_report_with_a_cancel_during_the_commit(qtbot, wizard, owner, monkeypatch, tmp_path):
    # 1. The file: read on the worker, described in plain words.
    assert not wizard.file_page.isComplete()
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton, "chooseFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    assert "84 row" in wizard.file_page.status.text() and "7 columns read" in wizard.file_page.status.text() and "Windows-1252" in wizard.file_page.status.text()
    # 2. The mapping: guessed from the French headers, corrected by hand.
    wizard.next()
    assert wizard.mapping() == ["last_name", "first_name", "phone", "email", "notes", "email_consent", "ignore"]
    wizard.mapping_page.set_field(2, "mobile")
    assert wizard.mapping()[2] == "mobile"
    # 3. The preview: duplicates, invalid rows, card numbers (last 4 digits only), health notes.
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    page = wizard.preview_page
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[:4] == ["Duplicates (1)", "Cannot be imported (1)", "Card numbers (1)", "Health information (1)"]
    assert page.cards.item(0, 1).text() == "visa •••• 1111" and VISA not in page.summary.text()
    page.combos["cards"][2].setCurrentIndex(page.combos["cards"][2].findData("drop_note"))
    page.combos["duplicates"][3].setCurrentIndex(page.combos["duplicates"][3].findData("merge"))
    # 4. Consent: nothing preselected, so the import cannot start until each channel is answered.
    wizard.next()
    consent = wizard.consent_page
    assert [b.channel for b in consent.boxes] == ["email"]
    assert not any(r.isChecked() for r in consent.findChildren(QRadioButton))
    assert not consent.isComplete() and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    box = consent.boxes[0]
    box.attest.setChecked(True)
    assert not consent.isComplete()
    box.how.setText("formulaire papier signé à l'accueil")
    box.when.setText("01/03/2024")
    box.version.setCurrentIndex(0)
    box.scope.button(1).setChecked(True)
    assert consent.isComplete() and wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    # 5. The commit, slowed down so that a person can press Cancel in the progress dialog.
    real_apply = Run.apply

    def slow_apply(self, row):
        time.sleep(0.02)
        return real_apply(self, row)
    monkeypatch.setattr(Run, "apply", slow_apply)
    before = database_state(conn_of(owner))  # (showing the consent texts set up version 1 of each wording)
    wizard.next()
    assert wizard.currentPage() is wizard.import_page
    dialog = None

    def progress_shown():
        nonlocal dialog
        dialog = next((d for d in wizard.import_page.findChildren(QProgressDialog) if d.isVisible()), None)
        return dialog is not None
    qtbot.waitUntil(progress_shown, timeout=5000)
    assert dialog.labelText() in ("Importing the clients…",)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    qtbot.waitUntil(lambda: "cancelled" in wizard.import_page.status.text(), timeout=10000)
    assert database_state(conn_of(owner)) == before  # the database is as it was
    assert not wizard.import_page.isComplete() and wizard.import_page.retry_button.isVisible()
    # 6. Again, to the end: the report, kept and exportable.
    monkeypatch.setattr(Run, "apply", real_apply)
    wizard.import_page.retry_button.click()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    result = wizard.import_page.result
    assert result["imported"][:2] == [2, 4] and result["merged"] == [] and result["unchanged"] == [3]
    assert result["consent_events_created"] == 1 + 1  # rows 2 and 4 (yes/no); the Zoés gave no email address
    assert "82 clients imported" in wizard.import_page.status.text()
    assert wizard.table is None  # the file's cells were let go when the commit began (memory, issue 10)
    assert wizard.import_page.lines.rowCount() == 84
    wizard.import_page.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "report.csv").exists(), timeout=5000)
    assert VISA not in (tmp_path / "report.csv").read_text("utf-8-sig")
    assert owner.clients.count() == 82


def test_the_earlier_imports_dialog_shows_a_kept_report(qtbot, owner, ops, tmp_path, monkeypatch):
    from ui.imports.reports import ImportReportsDialog

    path = french_excel(tmp_path / "f.csv", ["Nom", "Prénom"], [["Dupont", "Marie"], ["", "Léa"]])
    owner.imports.commit(owner.imports.preview(owner.imports.read(path)))
    monkeypatch.setattr(dialog_module, "dialogs", ImportDialogs(str(path), str(tmp_path / "r.csv")))
    dialog = ImportReportsDialog(owner, ops(owner))
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() == 1 and dialog.list.item(0, 1).text() == "f.csv"
    assert dialog.lines.rowCount() == 2 and dialog.lines.item(1, 2).text() == "no last name"
    dialog.export()
    qtbot.waitUntil(lambda: (tmp_path / "r.csv").exists(), timeout=5000)


def test_the_main_window_offers_the_import_to_managers_only(qtbot, owner, employee):
    from ui.main_window import MainWindow

    for desk, offered in ((owner, True), (employee, False)):
        window = MainWindow(desk, "Atelier")
        qtbot.addWidget(window)
        assert hasattr(window, "import_action") is offered
        window.shutdown()


def test_a_family_member_on_a_shared_phone_is_proposed_as_a_new_client(qtbot, owner, ops, tmp_path, monkeypatch):
    from ui.imports.wizard import ImportWizard

    path = french_excel(tmp_path / "famille.csv", ["Nom", "Prénom", "Téléphone"], [
        ["Dupont", "Marie", "01 45 67 89 10"], ["Dupont", "Léa", "01 45 67 89 10"], ["DUPONT", "marie", "0145678910"]])
    monkeypatch.setattr(dialog_module, "dialogs", ImportDialogs(str(path), str(tmp_path / "report.csv")))
    wizard = ImportWizard(owner, ops(owner))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton, "chooseFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    page = wizard.preview_page
    combos = page.combos["duplicates"]
    assert (combos[3].currentData(), combos[4].currentData()) == ("keep", "merge")
    assert page.duplicates.item(0, 2).text() == "phone, another name"
    assert page.duplicates.item(1, 2).text() == "phone"


# -- one client, driven with the wizard's own buttons ------------------------------------------------------------

def one_client_wizard(qtbot, owner, ops, tmp_path, monkeypatch, language="en"):
    """The wizard on a file of one client who said yes to the newsletter, in `language` (uninstalled after)."""
    from ui.imports.wizard import ImportWizard

    monkeypatch.setenv("SALON_DESK_LANG", language)
    i18n.install(language)  # (the test asks for uninstall_translations)
    path = french_excel(tmp_path / "un-client.csv", ["Nom", "Prénom", "E-mail", "Newsletter"],
                        [["Dupont", "Marie", "marie@exemple.fr", "Oui"]])
    dialogs = ImportDialogs(str(path), str(tmp_path / "report.csv"))
    monkeypatch.setattr(dialog_module, "dialogs", dialogs)
    wizard = ImportWizard(owner, ops(owner))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, dialogs


def click(qtbot, wizard, which):
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_consent(qtbot, wizard):
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton, "chooseFile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.consent_page
    return wizard.consent_page


def attest(box, when):
    box.attest.setChecked(True)
    box.how.setText("formulaire papier signé à l'accueil")
    box.when.setText(when)
    box.version.setCurrentIndex(0)
    box.scope.button(1).setChecked(True)


def test_a_consent_date_the_import_would_refuse_is_corrected_on_the_consent_page_in_french(
        qtbot, owner, ops, tmp_path, monkeypatch, uninstall_translations):
    wizard, _ = one_client_wizard(qtbot, owner, ops, tmp_path, monkeypatch, "fr")
    consent = to_consent(qtbot, wizard)
    box = consent.boxes[0]
    for when in ("01/01/2999", "31/12/1985"):  # in the future; before 1990
        attest(box, when)
        assert consent.isComplete()  # a date, so the Import button is on…
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
        # …but the page says why not, and stays: past it, a commit page has no Back and the import no way round
        assert wizard.currentPage() is consent and consent.error.isVisible()
        assert consent.error.text() == ("Indiquez la date à laquelle le consentement a été recueilli "
                                        "(pas dans le futur).")
        assert owner.clients.count() == 0
    box.when.setText("01/03/2024")
    assert not consent.error.isVisible()  # corrected: the message goes
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentPage() is wizard.import_page
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert owner.clients.count() == 1


def test_a_refusal_at_the_commit_reads_as_french_writes_it(qtbot, owner, ops, tmp_path, monkeypatch,
                                                          uninstall_translations):
    # the consent page lets the date through: the commit refuses it
    monkeypatch.setattr(ImportService, "check_attestations", lambda self, plan, attestations: None)
    wizard, _ = one_client_wizard(qtbot, owner, ops, tmp_path, monkeypatch, "fr")
    attest(to_consent(qtbot, wizard).boxes[0], "01/01/2999")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    page = wizard.import_page
    qtbot.waitUntil(page.retry_button.isVisible, timeout=20000)
    assert page.status.text() == ("Rien n’a été importé. Indiquez la date à laquelle le consentement a été recueilli "
                                  "(pas dans le futur).")  # no capital after a colon
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # nothing done: Cancel is the way out


def test_a_good_file_after_a_bad_one_is_not_reported_in_red(qtbot, owner, ops, tmp_path, monkeypatch,
                                                             uninstall_translations):
    wizard, dialogs = one_client_wizard(qtbot, owner, ops, tmp_path, monkeypatch)
    good = dialogs.open_path
    bad = tmp_path / "clients.xlsx"
    bad.write_bytes(b"this is no workbook")
    page, choose = wizard.file_page, wizard.file_page.findChild(QPushButton, "chooseFile")

    def colour():
        page.status.ensurePolished()
        return page.status.palette().color(page.status.foregroundRole())
    normal = colour()
    dialogs.open_path = str(bad)
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() not in ("", "Reading the file…"), timeout=5000)
    assert not page.isComplete() and colour() == QColor("#b00020")  # the error, in red
    dialogs.open_path = good
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert "1 row and 4 columns read" in page.status.text()
    assert colour() == normal and page.status.objectName() == "importStatus"  # the success, not in red


@pytest.mark.parametrize("language, done", [
    ("en", "Done. 1 client imported, 0 merged, 0 already there, 0 skipped. 1 consent decision recorded. The report "
           "is kept (Earlier imports)."),
    ("fr", "Terminé. 1 client importé ; fusionnés : 0 ; déjà présents : 0 ; ignorés : 0. 1 décision de consentement "
           "enregistrée. Le rapport est conservé (Imports précédents)."),
])
def test_the_report_counts_one_client_in_the_singular_and_offers_only_to_finish(
        qtbot, owner, ops, tmp_path, monkeypatch, uninstall_translations, language, done):
    wizard, _ = one_client_wizard(qtbot, owner, ops, tmp_path, monkeypatch, language)
    attest(to_consent(qtbot, wizard).boxes[0], "01/03/2024")
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert wizard.import_page.status.text() == done
    # the import is in: no Cancel that would look as if it could undo it; Finish closes the wizard
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible() and owner.clients.count() == 1


def test_consent_attested_client_by_client_ticks_rows_with_the_keyboard(qtbot, owner, ops, tmp_path, monkeypatch):
    from ui.imports.wizard import ImportWizard

    path = french_excel(tmp_path / "trois.csv", ["Nom", "Prénom", "E-mail", "Newsletter"], [
        ["Dupont", "Marie", "marie@exemple.fr", "Oui"], ["Martin", "Léa", "lea@exemple.fr", "Non"],
        ["Roux", "Zoé", "zoe@exemple.fr", "Oui"]])
    monkeypatch.setattr(dialog_module, "dialogs", ImportDialogs(str(path), str(tmp_path / "report.csv")))
    wizard = ImportWizard(owner, ops(owner))
    qtbot.addWidget(wizard)
    wizard.show()
    box = to_consent(qtbot, wizard).boxes[0]
    attest(box, "01/03/2024")
    box.scope.button(2).setChecked(True)  # only the clients I tick
    assert not wizard.consent_page.isComplete()  # nobody ticked yet
    view = box.rows
    assert [view.model().index(i).data() for i in range(3)] == ["Row 2: Marie D. (yes)", "Row 3: Léa M. (no)",
                                                                 "Row 4: Zoé R. (yes)"]
    view.setFocus()
    view.setCurrentIndex(view.model().index(2))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert box.picked() == {4} and wizard.consent_page.isComplete()
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert wizard.import_page.result["consent_events_created"] == 1
    zoe = owner.clients.search("Roux")[0]
    assert owner.consent.status(zoe)["email"].status == "granted"
    assert owner.consent.status(owner.clients.search("Dupont")[0])["email"].status == "unknown"


def test_a_long_report_shows_its_first_rows_and_says_the_export_has_them_all(qtbot, owner, ops, tmp_path,
                                                                             monkeypatch, uninstall_translations):
    from ui.imports import finish, reports

    monkeypatch.setattr(finish, "SHOWN", 2)
    monkeypatch.setattr(reports, "SHOWN", 2)
    wizard, _ = one_client_wizard(qtbot, owner, ops, tmp_path, monkeypatch)
    path = french_excel(tmp_path / "trois.csv", ["Nom", "Prénom"], [["Dupont", "Marie"], ["Martin", "Léa"],
                                                                    ["Roux", "Zoé"]])
    monkeypatch.setattr(dialog_module.dialogs, "open_path", str(path))  # the same wizard, on a three-row file
    to_consent(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=20000)
    assert wizard.import_page.lines.rowCount() == 2
    assert "The first 2 rows are shown here; export the report for all 3." in wizard.import_page.status.text()
    dialog = reports.ImportReportsDialog(owner, ops(owner))
    qtbot.addWidget(dialog)
    dialog.list.selectRow(0)
    dialog.show_selected()
    assert dialog.lines.rowCount() == 2 and "export the report for all 3" in dialog.detail.text()
