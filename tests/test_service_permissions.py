"""Every public service method is an operation with a declared permission, checked before anything is written.

The services are found on a Desk (every attribute that is a Service), so a new service or method is covered
without touching this file, except that each @requires method needs valid arguments in CALLS: the denied call
must be one the body would have carried out.
"""
from __future__ import annotations

import inspect
from datetime import date, datetime, timedelta

import pytest

from desktop import salon as salons
from desktop.consent.rules import Decision
from desktop.desk import Desk
from desktop.kernel import permissions
from desktop.kernel.operation import Service
from desktop.kernel.permissions import Perm, Role
from desktop.kernel.principal import SystemPrincipal
from desktop.settings import IDLE_LOCK
from desktop.timefmt import SALON_ZONE
from storage.errors import InputError, PermissionDenied
from tests.conftest import NEW_PASSWORD, OWNER_PASSWORD, make_staff
from tests.support.db import conn_of, store_of

# The Service base class's own helpers: how a service body reaches its unit of work, the audit log and the
# change hub. Plumbing, not operations; test_the_service_base_has_no_other_public_helper keeps the list closed.
PLUMBING = {"unit_of_work", "log", "log_many", "changed"}


def desk_services(desk: Desk) -> dict[str, Service]:
    return {name: value for name, value in vars(desk).items() if isinstance(value, Service)}


def public_methods(cls: type) -> dict[str, object]:
    return {name: getattr(cls, name) for name in dir(cls)
            if not name.startswith("_") and name not in PLUMBING and callable(getattr(cls, name))}


# Found once from a Desk that touches no database (building the services reads nothing).
SERVICES = {name: type(service) for name, service in desk_services(Desk(None, SystemPrincipal("collect"))).items()}
METHODS = [(service, name, method) for service, cls in SERVICES.items() for name, method in public_methods(cls).items()]
OPERATIONS = [(service, name, method.permission) for service, name, method in METHODS
              if getattr(method, "permission", None) is not None]


def test_every_service_of_the_desk_is_found():
    assert {"clients", "staff", "settings", "verify", "booking", "consent", "consent_exports", "health",
            "audit"} <= set(SERVICES)
    assert len(METHODS) > 60


def test_the_service_base_has_no_other_public_helper():
    assert {name for name in dir(Service) if not name.startswith("_")} == PLUMBING


@pytest.mark.parametrize("service, name", [(s, n) for s, n, _ in METHODS])
def test_every_public_service_method_declares_a_permission(service, name):
    method = getattr(SERVICES[service], name)
    assert hasattr(method, "permission"), f"desk.{service}.{name} has neither @requires nor @public"
    assert method.permission is None or method.permission in Perm


# -- each operation, called without its permission, writes nothing --------------------------------------------

WHEN = datetime(2030, 1, 7, 10, 0, tzinfo=SALON_ZONE)
CONSENT_TEXT = "J’accepte de recevoir la lettre du salon par e-mail, une fois par mois."


class World:
    """One salon with something for every operation to act on."""

    def __init__(self, owner, store, tmp_path) -> None:
        self.owner, self.tmp = owner, tmp_path
        self.manager = make_staff(owner, "marc", "manager")
        self.employee = make_staff(owner, "lea", "employee")
        make_staff(owner, "tom", "employee")
        make_staff(owner, "zoe", "employee")
        owner.staff.deactivate("zoe")
        self.system = salons.system_desk(store, "test")
        self.client = owner.clients.add(first_name="Marie", last_name="Dupont", email="marie.dupont@exemple.fr",
                                        phone="06 12 34 56 78", notes="frange")
        self.service = owner.booking.add_service("Coupe", 45)
        self.absence = owner.time_off.add_absence("tom", "training", date(2030, 3, 4))
        self.appointment = owner.booking.book(self.client, "Coupe", "claire", WHEN)
        owner.consent.record(self.client, "email", "granted", "desk", text_version=1)
        owner.consent.record(self.client, "health", "granted", "desk", text_version=1)
        owner.health.save_note(self.client, "allergie au latex", True)
        self.shared = owner.clients.add(first_name="Inès", last_name="Roux", source="marketplace")
        self.request = owner.requests.open(self.shared, "erasure")  # the platform is listed to be told
        self.import_file = tmp_path / "import.csv"
        self.import_file.write_bytes("Nom;Prénom;E-mail\r\nMartin;Léa;lea@exemple.fr\r\n".encode("cp1252"))
        self.table = owner.imports.read(self.import_file)
        self.plan = owner.imports.preview(self.table)
        self.import_report = owner.imports.commit(self.plan)["report_id"]

    def backup(self) -> str:
        """A backup file of this salon (made by the owner, who may)."""
        folder = self.tmp / "made"
        folder.mkdir(exist_ok=True)
        return self.owner.backups.create(to=folder)["path"]


# service.method -> valid arguments, built from the world.
CALLS = {
    "clients.add": lambda w: ((), {"first_name": "Zoé", "last_name": "Lefèvre", "phone": "06 98 76 54 32"}),
    "clients.add_many": lambda w: (([{"first_name": "Zoé", "last_name": "Lefèvre", "phone": "06 98 76 54 32"}],), {}),
    "clients.edit": lambda w: ((w.client,), {"first_name": "Marianne"}),
    "clients.show": lambda w: ((w.client,), {}),
    "clients.search": lambda w: (("dupont",), {}),
    "clients.count_matching": lambda w: (("dupont",), {}),
    "clients.page": lambda w: (("", 0, 10), {}),
    "clients.position": lambda w: ((w.client,), {}),
    "clients.rows": lambda w: (([w.client],), {}),
    "clients.names": lambda w: (([w.client],), {}),
    "clients.count": lambda w: ((), {}),
    "staff.list": lambda w: ((), {}),
    "staff.add": lambda w: (("nina", "employee"), {}),
    "staff.deactivate": lambda w: (("tom",), {}),
    "staff.reactivate": lambda w: (("zoe",), {}),
    "staff.set_role": lambda w: (("tom", "manager"), {}),
    "staff.reset_password": lambda w: (("tom",), {}),
    "staff.unlock": lambda w: (("tom",), {}),
    "staff.acknowledgement_needed": lambda w: ((), {}),
    "staff.acknowledge": lambda w: ((), {}),
    "staff.password_context": lambda w: ((), {}),
    "staff.password_reminder_seen": lambda w: ((), {}),
    "staff.password_renewal_due": lambda w: ((), {}),
    "staff.set_own_password": lambda w: ((OWNER_PASSWORD, "une autre phrase assez longue"), {}),
    "settings.set": lambda w: ((IDLE_LOCK, 7), {}),
    "settings.set_opening_week": lambda w: ((["09:00-19:00"] * 6 + [""],), {}),
    "settings.set_idle_lock_minutes": lambda w: ((7,), {}),
    "settings.set_consent_quiet_days": lambda w: ((200,), {}),
    "settings.set_patch_test_months": lambda w: (("Majirel", 6), {}),
    "settings.set_working_week": lambda w: (("tom", ["10:00-16:00"] * 5 + ["", ""]), {}),
    "settings.set_visibility": lambda w: ((Role.EMPLOYEE, Perm.CLIENT_NOTES, False), {}),
    "verify.run": lambda w: ((), {}),
    "verify.acknowledge": lambda w: ((), {}),
    "booking.add_service": lambda w: (("Brushing", 30), {}),
    "catalogue.add": lambda w: (("Balayage", 90), {"category": "Couleur"}),
    "catalogue.edit": lambda w: ((w.service,), {"minutes": 50}),
    "catalogue.archive": lambda w: ((w.service,), {}),
    "catalogue.restore": lambda w: ((w.service,), {}),
    "catalogue.get": lambda w: ((w.service,), {}),
    "catalogue.list": lambda w: ((), {}),
    "catalogue.categories": lambda w: ((), {}),
    "availability.check": lambda w: (("tom", WHEN, WHEN + timedelta(minutes=30)), {}),
    "availability.problems": lambda w: (("tom", WHEN, WHEN + timedelta(minutes=30)), {}),
    "availability.plan": lambda w: ((WHEN.date(), "tom"), {}),
    "availability.plans": lambda w: (([WHEN.date()], ["tom"]), {}),
    "availability.free_starts": lambda w: (("tom", 30, WHEN.date()), {}),
    "availability.next_free": lambda w: (("tom", 30), {"after": WHEN}),
    "time_off.add_closure": lambda w: ((date(2030, 8, 5), date(2030, 8, 20)), {"label": "Congés d'été"}),
    "time_off.add_absence": lambda w: (("tom", "holiday", date(2030, 2, 4), date(2030, 2, 8)), {}),
    "time_off.remove": lambda w: ((w.absence,), {}),
    "time_off.between": lambda w: ((date(2030, 1, 1), date(2030, 12, 31)), {}),
    "time_off.booked_during": lambda w: ((w.absence,), {}),
    "appointments.change": lambda w: ((w.appointment,), {"start": WHEN + timedelta(hours=2)}),
    "appointments.set_note": lambda w: ((w.appointment, "apporter la photo"), {}),
    "day_sheets.save": lambda w: ((WHEN.date(), w.tmp / "jour.pdf"), {}),
    "identity.update": lambda w: ((), {"phone": "01 42 00 00 00"}),
    "staff.my_name": lambda w: ((), {}),
    "staff.rename": lambda w: (("tom", "Tom Martin"), {}),
    "booking.services": lambda w: ((), {}),
    "booking.staff_choices": lambda w: ((), {}),
    "booking.book": lambda w: ((w.client, "Coupe", "claire", "2030-01-07T14:00"), {}),
    "booking.move": lambda w: ((w.appointment, "claire", WHEN + timedelta(hours=1),
                                WHEN + timedelta(hours=1, minutes=45)), {}),
    "booking.between": lambda w: ((WHEN - timedelta(hours=1), WHEN + timedelta(days=1)), {}),
    "booking.history": lambda w: ((w.client,), {}),
    "booking.confirmation": lambda w: ((w.appointment, w.tmp / "confirmation.pdf"), {}),
    "booking.set_status": lambda w: ((w.appointment, "cancelled"), {}),
    "booking.appointment": lambda w: ((w.appointment,), {}),
    "booking.day": lambda w: (("2030-01-07",), {}),
    "consent.text": lambda w: (("email",), {}),
    "consent.edit_text": lambda w: (("email", CONSENT_TEXT), {}),
    "consent.record": lambda w: ((w.client, "sms", "refused", "desk"), {"text_version": 1}),
    "consent.record_many": lambda w: (([Decision(w.client, "sms", "refused", "desk", text_version=1)],), {}),
    "consent.withdraw": lambda w: ((w.client, "email", "desk"), {}),
    "consent.register_source_text": lambda w: (("email", "Bella", CONSENT_TEXT), {}),
    "consent.ask_later": lambda w: ((w.client,), {}),
    "consent.status": lambda w: ((w.client,), {}),
    "consent.platform_newsletter": lambda w: ((w.client,), {}),
    "consent.history": lambda w: ((w.client,), {}),
    "consent.needs_prompt": lambda w: ((w.client,), {}),
    "consent.summary": lambda w: ((), {}),
    "consent_exports.register_rows": lambda w: ((), {}),
    "consent_exports.register": lambda w: ((w.tmp / "register.csv",), {}),
    "consent_exports.audience_rows": lambda w: (("email",), {}),
    "consent_exports.audience": lambda w: (("email", w.tmp / "audience.csv"), {}),
    "consent_exports.suppression": lambda w: ((w.tmp / "suppression.csv",), {}),
    "consent_exports.proof": lambda w: ((w.client, w.tmp / "proof.pdf"), {}),
    "health.summary": lambda w: ((w.client,), {}),
    "health.details": lambda w: ((w.client,), {}),
    "health.save_note": lambda w: ((w.client, "allergie au latex", True), {}),
    "health.add_to_note": lambda w: ((w.client, "allergie au latex"), {}),
    "health.purge_expired": lambda w: ((), {}),
    "health.add_patch_test": lambda w: ((w.client, date.today(), "Coloration", "negative"), {}),
    "health.erase_health_data": lambda w: ((w.client,), {}),  # inside a transaction: see invoke()
    "audit.entries": lambda w: ((), {}),
    "audit.actions": lambda w: ((), {}),
    "audit.export": lambda w: ((w.tmp / "audit.csv",), {}),
    "audit.prune": lambda w: ((), {}),
    "settings.set_audit_retention_months": lambda w: ((18,), {}),
    "requests.open": lambda w: ((w.client, "access"), {}),
    "requests.get": lambda w: ((w.request,), {}),
    "requests.list": lambda w: ((), {}),
    "requests.memos": lambda w: ((), {}),
    "requests.extend": lambda w: ((w.request, "Many years of appointments to gather"), {}),
    "requests.set_identity_note": lambda w: ((w.request, "asked for the booking reference"), {}),
    "requests.mark_told": lambda w: ((w.request, "platform"), {}),
    "requests.close": lambda w: ((w.request,), {}),
    "requests.record_document": lambda w: ((), {"client_id": w.client, "request_id": w.request, "kind": "portability",
                                                "fingerprint": "f" * 64, "sha256": "0" * 64, "language": None}),
    "privacy.report": lambda w: ((w.client, w.tmp / "report.pdf"), {}),
    "privacy.portability": lambda w: ((w.client, w.tmp / "export.json"), {}),
    "privacy.erase": lambda w: ((w.shared,), {}),
    "imports.read": lambda w: ((w.import_file,), {}),
    "imports.preview": lambda w: ((w.table,), {}),
    "imports.dry_run": lambda w: ((w.plan,), {}),
    "imports.check_attestations": lambda w: ((w.plan, []), {}),
    "imports.commit": lambda w: ((w.plan,), {}),
    "imports.reports": lambda w: ((), {}),
    "imports.report": lambda w: ((w.import_report,), {}),
    "imports.export_report": lambda w: ((w.import_report, w.tmp / "import-report.csv"), {}),
    "backups.create": lambda w: ((), {"to": w.tmp}),
    "backups.list": lambda w: ((), {}),
    "backups.verify": lambda w: ((w.backup(),), {}),
    "backups.settings": lambda w: ((), {}),
    "backups.configure": lambda w: ((), {"daily": 5}),
    "backups.prepare_restore": lambda w: ((w.backup(),), {}),
}


# Operations whose permitted call, in this healthy world, is refused for a reason of its own (and so writes
# nothing either way): acknowledging a file that matches its anchor.
NOTHING_TO_DO = {"verify.acknowledge"}


def test_every_operation_has_arguments_for_the_denial_test():
    assert set(CALLS) == {f"{service}.{name}" for service, name, _ in OPERATIONS}


def invoke(desk: Desk, service: str, name: str, args: tuple, kwargs: dict):
    """Call desk.<service>.<name>; an operation that joins its caller's unit of work gets one."""
    method = getattr(getattr(desk, service), name)
    if "uow" in inspect.signature(method).parameters:
        with desk._kernel.unit_of_work() as uow:  # noqa: SLF001 (an internal operation, called as a service does)
            return method(uow, *args, **kwargs)
    return method(*args, **kwargs)


def footprint(desk: Desk, tmp_path) -> tuple:
    conn = conn_of(desk)
    counts = tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for table in ("outbox", "audit", "field_clock", "tombstone"))
    files = sorted(p.name for p in tmp_path.iterdir())
    return conn.total_changes, counts, files


@pytest.mark.parametrize("service, name, perm", OPERATIONS, ids=[f"{s}.{n}" for s, n, _ in OPERATIONS])
def test_an_operation_without_its_permission_is_refused_before_any_write(service, name, perm, owner, store,
                                                                          tmp_path, monkeypatch):
    world = World(owner, store, tmp_path)
    args, kwargs = CALLS[f"{service}.{name}"](world)
    lacking = [desk for desk in (world.employee, world.manager, world.system) if not desk.can(perm)]
    for desk in lacking:
        before = footprint(desk, tmp_path)
        with pytest.raises(PermissionDenied):
            invoke(desk, service, name, args, kwargs)
        assert footprint(desk, tmp_path) == before, f"{desk.principal.actor} wrote before being refused"

    # Nobody at all: even the owner, and the system, without the permission in the table.
    with monkeypatch.context() as patched:
        patched.setitem(permissions.MATRIX, perm, None)
        patched.setattr("desktop.desk.SYSTEM", permissions.SYSTEM - {perm})
        for desk in (owner, world.system):
            before = footprint(desk, tmp_path)
            with pytest.raises(PermissionDenied):
                invoke(desk, service, name, args, kwargs)
            assert footprint(desk, tmp_path) == before, f"{desk.principal.actor} wrote before being refused"

    # The same call with the permission goes through: the refusals above were refusals of a real action.
    allowed = owner if perm is not Perm.SYNC else world.system
    if f"{service}.{name}" in NOTHING_TO_DO:  # permitted, then refused for its own reason: never PermissionDenied
        with pytest.raises(InputError):
            invoke(allowed, service, name, args, kwargs)
        return
    invoke(allowed, service, name, args, kwargs)


def test_a_session_change_is_enforced_before_any_write(owner, employee, tmp_path):
    """A deactivated member's Desk is refused at its next action, and that action writes nothing."""
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    owner.staff.deactivate("lea")
    before = footprint(employee, tmp_path)
    with pytest.raises(Exception, match="session has ended"):
        employee.clients.edit(client_id, first_name="Marianne")
    assert footprint(employee, tmp_path) == before


def test_must_change_password_allows_only_the_own_password(owner, store, tmp_path):
    _, otp = owner.staff.add("ines", "employee")
    desk = salons.login(store_of(owner), "ines", otp)
    client_id = owner.clients.add(first_name="Marie", last_name="Dupont")
    before = footprint(desk, tmp_path)
    with pytest.raises(Exception, match="one-time password"):
        desk.clients.edit(client_id, first_name="Marianne")
    assert footprint(desk, tmp_path) == before
    desk.staff.set_own_password(otp, NEW_PASSWORD)
    desk.clients.edit(client_id, first_name="Marianne")
