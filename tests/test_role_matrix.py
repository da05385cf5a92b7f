"""The permission table (desktop/kernel/permissions.TABLE) is the one source of who may do what.

Every (role, permission) pair and the system column are checked from the table itself, through `allows()` and
through real Desks; README's role table is parsed and held to the same table; and every visibility setting is
shown to change the answer.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import salon as salons
from desktop.kernel.permissions import MATRIX, SYSTEM, TABLE, VISIBILITY, Perm, Role, allows, setting_key
from storage.errors import PermissionDenied

ROOT = Path(__file__).resolve().parent.parent
ROLES = (Role.EMPLOYEE, Role.MANAGER, Role.OWNER)


def expected(role: Role, perm: Perm) -> bool:
    """What TABLE says, read independently of allows(): the lowest role that may, or nobody."""
    lowest, _ = TABLE[perm]
    return lowest is not None and ROLES.index(role) >= ROLES.index(lowest)


def test_the_table_covers_every_permission_once():
    assert set(TABLE) == set(Perm)
    assert set(MATRIX) == set(Perm)
    assert SYSTEM == {perm for perm, (_, system) in TABLE.items() if system}


@pytest.mark.parametrize("perm", list(Perm))
@pytest.mark.parametrize("role", ROLES)
def test_allows_follows_the_table_for_every_role_and_permission(role, perm):
    assert allows(role, perm) is expected(role, perm)
    assert allows(role, perm, {}) is expected(role, perm)  # no settings saved yet: the defaults


def test_the_table_is_not_trivial():
    """Each role gets something the role below it does not, and sync is nobody's but the system's."""
    granted = {role: {perm for perm in Perm if allows(role, perm)} for role in ROLES}
    assert granted[Role.EMPLOYEE] < granted[Role.MANAGER] < granted[Role.OWNER]
    assert granted[Role.OWNER] == set(Perm) - {Perm.SYNC}
    assert Perm.SYNC in SYSTEM and Perm.SETTINGS not in SYSTEM


@pytest.fixture
def desks(owner, manager, employee, store):
    return {Role.OWNER: owner, Role.MANAGER: manager, Role.EMPLOYEE: employee,
            "system": salons.system_desk(store, "test")}


def test_real_desks_authorize_exactly_what_the_table_says(desks):
    for who, desk in desks.items():
        for perm in Perm:
            wanted = TABLE[perm][1] if who == "system" else expected(who, perm)
            assert desk.can(perm) is wanted, (who, perm)
            if wanted:
                desk.authorize(perm)
            else:
                with pytest.raises(PermissionDenied):
                    desk.authorize(perm)


def test_the_system_principal_through_the_salon(salon):
    layout, store, _ = salon
    job = salons.Salon(store).system("scheduler")
    assert job.principal.is_system and job.principal.actor == "system:scheduler"
    for perm, (_, system) in TABLE.items():
        assert job.can(perm) is system, perm
        if not system:
            with pytest.raises(PermissionDenied, match="Background jobs"):
                job.authorize(perm)


# -- visibility ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("perm", VISIBILITY)
@pytest.mark.parametrize("role", (Role.EMPLOYEE, Role.MANAGER))
def test_every_visibility_setting_changes_what_allows_returns(role, perm):
    opened = allows(role, perm, {setting_key(role, perm): "1"})
    closed = allows(role, perm, {setting_key(role, perm): "0"})
    assert (opened, closed) == (True, False)
    # The setting of one role or one field leaves the others alone.
    other_role = Role.MANAGER if role is Role.EMPLOYEE else Role.EMPLOYEE
    assert allows(other_role, perm, {setting_key(role, perm): "0" if expected(other_role, perm) else "1"}) \
        is expected(other_role, perm)
    for other in VISIBILITY:
        if other is not perm:
            assert allows(role, other, {setting_key(role, perm): "0" if expected(role, other) else "1"}) \
                is expected(role, other)
    # The owner always sees everything.
    assert allows(Role.OWNER, perm, {setting_key(Role.OWNER, perm): "0"})


@pytest.mark.parametrize("perm", [p for p in Perm if p not in VISIBILITY])
def test_settings_cannot_open_or_close_anything_else(perm):
    for role in (Role.EMPLOYEE, Role.MANAGER):
        for value in ("0", "1"):
            assert allows(role, perm, {setting_key(role, perm): value}) is expected(role, perm)


def test_the_owner_s_visibility_settings_reach_signed_in_desks(owner, manager, employee):
    for desk, role in ((employee, Role.EMPLOYEE), (manager, Role.MANAGER)):
        for perm in VISIBILITY:
            default = expected(role, perm)
            assert desk.can(perm) is default
            owner.settings.set_visibility(role, perm, not default)
            assert desk.can(perm) is (not default), (role, perm)
            owner.settings.set_visibility(role, perm, default)
            assert desk.can(perm) is default


# -- README ------------------------------------------------------------------------------------------------

# Each row of README's role table, by its first column, and the permissions it stands for.
README_ROWS: dict[str, tuple[Perm, ...]] = {
    "Find, add and edit clients": (Perm.CLIENT_READ, Perm.CLIENT_WRITE),
    "Client contact details (full name, phone, email, birth date)": (Perm.CLIENT_CONTACT,),
    "Client notes": (Perm.CLIENT_NOTES,),
    "Health notes and patch-test details (others see only the allergy alert and the patch-test validity)":
        (Perm.HEALTH,),
    "Book, move and mark appointments; record consent decisions, withdraw consent (health included) in one click":
        (Perm.APPOINTMENT_WRITE, Perm.CONSENT_RECORD),
    "The services catalogue (add, edit, archive)": (Perm.SERVICES_EDIT,),
    "Consent register, audience and suppression exports, consent proof PDF": (Perm.CONSENT_EXPORT,),
    "Edit the consent wording (a new version)": (Perm.CONSENT_TEXT,),
    "Staff list, add/deactivate/unlock/reset accounts below their own role; schedules and absences":
        (Perm.STAFF_READ, Perm.STAFF_MANAGE),
    "Change roles, salon settings (who sees what, idle lock, retention periods, book colours), opening hours and "
    "closures, the salon's details": (Perm.STAFF_ROLE, Perm.SETTINGS),
    "`verify`": (Perm.VERIFY,),
    "Audit log viewer and its CSV export": (Perm.AUDIT_READ,),
    "Retention purges (health data past its retention period)": (Perm.RETENTION,),
    "Change one's own password, read and acknowledge the GDPR page": (Perm.OWN_PASSWORD,),
    "Log that a client made a data-protection request": (Perm.REQUEST_LOG,),
    "The request register: answer, extend and close requests; access report and portability export":
        (Perm.REQUEST_MANAGE,),
    "Erase a client (with a certificate)": (Perm.ERASE,),
    "Import a client file from other software, and its kept reports": (Perm.IMPORT,),
    "Back up now, list and verify backups": (Perm.BACKUP,),
    "Restore a backup in place (password typed again); this PC's backup folder and how many backups are kept":
        (Perm.BACKUP_ADMIN,),
    "Accept a database file that no longer matches its anchor (`acknowledge`)": (Perm.ACKNOWLEDGE,),
    "Apply changes arriving from the cloud service (sync)": (Perm.SYNC,),
}
README_COLUMNS = ("Employee", "Manager", "Owner", "Background jobs (sync, scheduler)")
FOOTNOTE = "¹"


def readme_role_table() -> tuple[list[str], list[list[str]]]:
    """The header and body rows of the table under README's '## Roles' heading."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Roles\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    cells = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines]
    assert len(cells) > 2 and set("".join(cells[1])) <= set("-: "), "README's role table is not where expected"
    return cells[0], cells[2:]


def granted(cell: str) -> bool:
    """'✓' and '✓¹' grant; an empty cell, 'masked¹' or 'alert only¹' do not."""
    return re.fullmatch(rf"✓{FOOTNOTE}?", cell) is not None


def test_readme_role_table_matches_the_permission_table():
    header, rows = readme_role_table()
    assert tuple(header[1:]) == README_COLUMNS
    labels = [row[0] for row in rows]
    assert len(labels) == len(set(labels))
    assert set(labels) == set(README_ROWS), "update README_ROWS with README's role table"
    mapped = [perm for perms in README_ROWS.values() for perm in perms]
    assert sorted(mapped) == sorted(Perm), "every permission in exactly one README row"
    for row in rows:
        assert len(row) == 1 + len(README_COLUMNS), row
        *roles, system = row[1:]
        for perm in README_ROWS[row[0]]:
            for role, cell in zip(ROLES, roles):
                assert granted(cell) is expected(role, perm), f"README says {cell!r} for {role} / {perm}"
            assert granted(system) is TABLE[perm][1], f"README says {system!r} for background jobs / {perm}"
            # Fields the owner opens and closes carry the footnote for the roles it can change.
            for role, cell in zip(ROLES[:2], roles[:2]):
                assert (FOOTNOTE in cell) is (perm in VISIBILITY), f"{row[0]!r}, {role}: footnote"

