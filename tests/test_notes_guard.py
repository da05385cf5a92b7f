"""The notes guard, table-driven: every brand and length in three formats, and look-alikes that must pass."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from desktop.clients import notes_guard
from storage.errors import InputError
from tests.support.db import conn_of


def with_check_digit(body: str) -> str:
    for digit in "0123456789":
        if notes_guard.luhn_ok(body + digit):
            return body + digit
    raise AssertionError


def card(prefix: str, length: int) -> str:
    number = with_check_digit((prefix + "40128888888818817350")[:length - 1])
    assert len(number) == length
    return number


BRAND_CASES = [  # (prefix, lengths)
    ("4", (13, 16, 19)), ("51", (16,)), ("55", (16,)), ("2221", (16,)), ("2720", (16,)), ("34", (15,)),
    ("37", (15,)), ("6011", (16, 19)), ("622126", (16,)), ("644", (16,)), ("65", (16, 18)), ("3528", (16, 19)),
    ("3589", (17,)), ("300", (14,)), ("305", (16,)), ("36", (14,)), ("38", (15,)), ("62", (16, 19)),
    ("50", (13,)), ("67", (18,)),
]
CARDS = [card(prefix, length) for prefix, lengths in BRAND_CASES for length in lengths]


def spaced(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def hyphenated(number: str) -> str:
    return "-".join(number[i:i + 4] for i in range(0, len(number), 4))


def grouped(number: str, separator: str) -> str:
    return separator.join(number[i:i + 4] for i in range(0, len(number), 4))


CARD_NOTES = ([f"payé avec la carte {n}" for n in CARDS] + [f"CB {spaced(n)} exp 12/27" for n in CARDS]
              + [f"{hyphenated(n)}" for n in CARDS]
              # as notes and spreadsheets write them too: dots, slashes, double spaces
              + [f"CB {grouped(n, '.')}" for n in CARDS[::3]] + [f"{grouped(n, '/')} 09/28" for n in CARDS[1::3]]
              + [f"réglé {grouped(n, '  ')}" for n in CARDS[2::3]] + ["carte 4111/1111/1111/1111 exp 12/27",
                                                                      "4111.1111.1111.1111", "4111  1111  1111  1111",
                                                                      "Payé CB 4111.1111.1111.1111.",
                                                                      "4111/1111/1111/1111/", "4111.1111.1111.1111...",
                                                                      "4111.1111.1111.1111.09.28",
                                                                      "4111.1111.1111.1111/09.28",
                                                                      "3782.822463.10005.09.28", "3782/822463/10005/09/28",
                                                                      "3782.822463.10005.0928", "3056.930902.5904.09.28",
                                                                      "4111 1111 1111 1111 09 28",
                                                                      "4111-1111-1111-1111 09-28",
                                                                      "4111 1111 1111 1111 09 2028"])

LOOK_ALIKES = [
    # French mobile and landline numbers, every usual format
    "06 12 34 56 78", "0612345678", "06.12.34.56.78", "06-12-34-56-78", "+33 6 12 34 56 78", "+33612345678",
    "0033 6 12 34 56 78", "0033612345678", "+33 (0)6 12 34 56 78", "01 23 45 67 89", "04.91.12.34.56",
    "+33 1 23 45 67 89", "07 61 22 33 44", "09 70 12 34 56", "tél : 06 12 34 56 78 ou 01 23 45 67 89",
    # dates and times
    "12/03/2025", "2025-03-12", "12.03.2025 à 14h30", "le 03/04/2026 puis le 10/04/2026", "20250312",
    # amounts, postcodes, addresses
    "38,50 €", "1 234,56 €", "€ 1 250 000", "75011 Paris", "13001 Marseille", "12 rue de la Paix 75002 Paris",
    # IBANs and business numbers
    "FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189", "IBAN FR14 2004 1010 0505 0001 3M02 606",
    "SIRET 362 521 879 00034", "SIREN 732 829 320", "TVA FR40303265045", "n° client 4111 1111 1111 1111",
    # long numbers of no brand, and ungrouped brand-prefixed numbers that fail Luhn with no card word near
    "1234 5678 9012 3456", "0000 0000 0000 0000", "9999999999999999", "4970101234567892",
    # order numbers, references, colour formulas
    "commande 2025-000123", "réf. 123456789", "couleur 6.34 + 7.1 (20 vol)", "ticket 000123456789",
    "mèches 30 min, pose 45 min", "formule 5/0 + 6/3, oxydant 6 %", "rdv n°12345678901",
    "code postal 69007, 3e étage", "né(e) le 01/01/1990", "prix 1 299,00 € TTC", "06 12 34 56 78 / 06 98 76 54 32",
    "numéro sécu 2 85 05 75 123 456 78",
    # issue 14: never refused, even beside card words
    "FR76 3000 6000 0112 3456 7890 189 (virement, pas de CB)", "payé par carte, IBAN FR7630006000011234567890189",
    "GB29 NWBK 6016 1331 9268 19 carte", "DE89 3704 0044 0532 0130 00", "BE68 5390 0754 7034",
    "SIRET 362 521 879 00034 paiement CB", "362 521 879 00034", "SIREN 732 829 320 carte",
    "carte de visite : 06 12 34 56 78", "CB refusée, rappeler au 0033 6 12 34 56 78",
    "CB refusée, rappeler au +33 6 12 34 56 78", "visa : +44 20 7946 0958", "+86 138 0013 8000 carte",
    "carte cadeau de 50 € le 12/03/2025", "ticket CB 000123456789", "CB 38,50 € le 12/03/2025 à 14h30",
    "exp 12/27", "carte fidélité : 10 passages", "75011 Paris, carte Visa acceptée",
    "facture 2025-0001234 du 12/03/2025, 120 €", "prix 1 299,00 € TTC payé en CB",
    "commande 4970 1012 3456 7892", "ticket 4111 1111 1111 1112", "réf. 5500 0000 0000 0005",
    "couleur 6.34 + 7.1, code 123", "cheveux crépus, 3 cm coupés",
    # dotted and slashed look-alikes
    "RDV 12.03.2025 puis 14.05.2026", "12/03/2025 14/05/2026 16/07/2026", "06.12.34.56.78 / 06.98.76.54.32",
    "01.23.45.67.89.10.11", "formule 6/0 + 7/1 + 8/3 + 9/0", "version 1.2.3.4.5.6.7.8", "04/12/2025/06/01/2026",
]

TYPO_CARDS = [  # one digit off: grouped like a card with a brand's prefix
    "4970 1012 3456 7892", "4111 1111 1111 1112", "5500 0000 0000 0005", "3782 822463 10006",
    "4000-0000-0000-0001", "6011 0000 0000 0005", "note : 5412 7534 1234 5679 fin", "3056 930902 5905",
    "4970 1012 3456 7892 123",
]
CARD_WORD_NUMBERS = [  # any 13 to 19 digits next to a card word, checksum or not
    "CB 1234 5678 9012 3456", "carte 1234567890123", "Visa 4970101234567892", "Mastercard: 5412753412345679",
    "9876 5432 1098 7654 exp 09/28", "cryptogramme au dos, carte 1234 5678 9012 345",
    "n° 9876543210987654 (CVV noté)", "AMEX 3782 8224 6310 006",
]
WITH_DETAILS = [  # a business word before, but an expiry date or a three-digit code beside: still a card
    "facture 4111 1111 1111 1111 exp 12/27", "n° client 4111 1111 1111 1111 / 123",
    "ticket 4970 1012 3456 7892 09/28",
]
SECURITY_CODES = ["CVV 123", "cryptogramme : 456", "crypto 789 au dos", "code de sécurité 1234", "cvc: 321"]


def test_the_table_is_big_enough():
    assert len(CARD_NOTES) >= 50 and len(LOOK_ALIKES) >= 50
    assert len(CARDS) >= 25


@pytest.mark.parametrize("note", CARD_NOTES)
def test_card_numbers_are_found(note):
    with pytest.raises(InputError) as refused:
        notes_guard.check_notes(note)
    digits = "".join(ch for ch in note if ch.isdigit())
    assert digits[-4:] not in str(refused.value) and digits[:6] not in str(refused.value)


@pytest.mark.parametrize("note", LOOK_ALIKES)
def test_look_alikes_are_not_flagged(note):
    notes_guard.check_notes(note)


@pytest.mark.parametrize("note", TYPO_CARDS + CARD_WORD_NUMBERS + WITH_DETAILS + SECURITY_CODES)
def test_typos_card_words_and_codes_are_refused(note):
    with pytest.raises(InputError) as refused:
        notes_guard.check_notes(note)
    digits = "".join(ch for ch in note if ch.isdigit())
    assert digits[-4:] not in str(refused.value)


def test_the_look_alike_table_covers_every_kind():
    kinds = ("FR76", "IBAN", "SIRET", "SIREN", "+33", "0033", "06 ", "€", "/2025", "75011", "ticket", "commande")
    assert all(any(kind in note for note in LOOK_ALIKES) for kind in kinds)
    assert len(LOOK_ALIKES) >= 75


def test_iban_check():
    assert notes_guard.iban_ok("FR76 3000 6000 0112 3456 7890 189")
    assert not notes_guard.iban_ok("FR76 3000 6000 0112 3456 7890 188")
    assert not notes_guard.iban_ok("FR76 4970 1012 3456 7892")


def test_business_words_lower_confidence():
    hits = notes_guard.find_cards("facture 4111 1111 1111 1111")
    assert hits and not hits[0].confident
    assert "4111" not in repr(hits[0])


def test_no_break_spaces_and_unicode_dashes():
    number = card("4", 16)
    for text in (spaced(number).replace(" ", "\u202f"), spaced(number).replace(" ", "\u00a0"),
                 hyphenated(number).replace("-", "\u2013"), hyphenated(number).replace("-", "\u2011")):
        hits = notes_guard.find_cards(f"carte {text}")
        assert [(hit.brand, hit.confident) for hit in hits] == [("visa", True)], repr(text)
        assert (hits[0].start, hits[0].end) == (6, 6 + len(text))
        with pytest.raises(InputError):
            notes_guard.check_notes(text)


@pytest.mark.parametrize("note, words", [
    ("allergie au latex", ["allergie", "latex"]), ("Enceinte de 5 mois", ["enceinte"]),
    ("eczéma du cuir chevelu", ["eczema"]), ("patch test fait le 02/03", ["patch test"]),
    ("couleur 6.34, coupe dégradée", []), ("traitement kératine, soin profond", []),
    ("Traitement à la kératine puis soin Olaplex", []), ("soin du cuir chevelu", []),
    ("traitement anti-frisottis", []), ("sous traitement pour la thyroïde", ["thyroide", "traitement"]),
    ("diabétique, VIH, dépression", ["depression", "diabetique", "vih"]), ("sclérose en plaques", ["sclerose"]),
    ("coupe dégradée, frange droite, shampooing doux", []),
    ("enceinte…, allergique à la PPD", ["allergique", "enceinte"]),
])
def test_health_words(note, words):
    assert notes_guard.health_terms(note) == words


@given(st.text(max_size=200))
def test_guard_only_ever_refuses_with_its_own_error(text):
    try:
        notes_guard.check_notes(text)
    except InputError as exc:
        assert exc.template == notes_guard.CARD_MESSAGE


def test_service_and_cli_refuse_and_store_nothing(owner, run_cli):
    from tests.conftest import OWNER_PASSWORD

    number = spaced(card("4", 16))
    conn = conn_of(owner)
    clients = lambda: conn.execute("SELECT count(*) FROM client").fetchone()[0]  # noqa: E731
    before = clients()
    with pytest.raises(InputError):
        owner.clients.add(first_name="Marie", last_name="Dupont", notes=f"carte {number}")
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont", notes="frange")
    with pytest.raises(InputError):
        owner.clients.edit(client_id, notes=f"visa {number}")
    assert owner.clients.show(client_id)["notes"] == "frange"
    assert clients() == before + 1

    def cli(*args):
        return run_cli("--user", "claire", "--password-stdin", *args, stdin=OWNER_PASSWORD + "\n")

    for args in (("client", "add", "--first-name", "Hugo", "--last-name", "Martin", "--notes", f"CB {number}"),
                 ("client", "edit", client_id, "--notes", f"payé carte {number} exp 12/27")):
        refused = cli(*args)
        assert refused.code == 1 and refused.err.count("\n") == 1 and "card number" in refused.err, args
        assert number[-4:] not in refused.err and number[:4] not in refused.err
    assert clients() == before + 1
    assert owner.clients.show(client_id)["notes"] == "frange"
    assert cli("client", "edit", client_id, "--notes", "frange courte").code == 0  # the CLI does write otherwise
    assert owner.clients.show(client_id)["notes"] == "frange courte"
    outbox = " ".join(r[0] for r in conn.execute("SELECT fields FROM outbox"))
    audit = " ".join(r[0] for r in conn.execute("SELECT details FROM audit"))
    assert number.replace(" ", "")[-8:] not in outbox.replace(" ", "") + audit.replace(" ", "")


def test_health_notes_need_an_explicit_choice_and_the_confirmation_is_logged(owner):
    note = "enceinte de 3 mois, allergique à la PPD"
    with pytest.raises(notes_guard.HealthInNotes) as refused:
        owner.clients.add(first_name="Inès", last_name="Roux", notes=note)
    assert "enceinte" not in str(refused.value) and owner.clients.count() == 0  # never quotes the note
    client_id = owner.clients.add(first_name="Inès", last_name="Roux", notes="frange courte")
    with pytest.raises(notes_guard.HealthInNotes):
        owner.clients.edit(client_id, notes=note)
    owner.clients.edit(client_id, notes="PPD : produit de la marque, pas une allergie", not_health=True)
    owner.clients.edit(client_id, first_name="Inés")  # unchanged notes need no new confirmation
    rows = conn_of(owner).execute("SELECT staff_id, object_id, details FROM audit WHERE action = "
                                  "'notes_confirmed_not_health'").fetchall()
    assert rows == [(owner.session.staff_id, client_id, "{}")]


def test_the_cli_exits_1_on_health_notes_unless_not_health(run_cli):
    import json

    from tests.conftest import OWNER_PASSWORD
    assert run_cli("init", "--salon", "Atelier", "--owner", "claire", stdin=OWNER_PASSWORD + "\n").code == 0
    user = ("--user", "claire", "--password-stdin")
    refused = run_cli(*user, "client", "add", "--first-name", "Inès", "--last-name", "Roux", "--notes",
                      "allergique à la PPD", stdin=OWNER_PASSWORD + "\n")
    assert refused.code == 1 and "health information" in refused.err and "PPD" not in refused.err
    kept = run_cli(*user, "--json", "client", "add", "--first-name", "Inès", "--last-name", "Roux", "--notes",
                   "allergique à la PPD", "--not-health", stdin=OWNER_PASSWORD + "\n")
    assert kept.code == 0 and json.loads(kept.out)["ok"]
