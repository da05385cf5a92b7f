"""Answering a request: the access report (PDF and JSON), the portability export and erasure with its
certificate. Managers and the owner, after typing their password again; each document's fingerprint and
hash go into the request register."""
from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from desktop.i18n import translator_for
from desktop.kernel.operation import Service, requires
from desktop.kernel.permissions import Perm
from desktop.backup import journal
from desktop.privacy import certificate, erasure, portability, report
from desktop.privacy.subject import fingerprint, gather
from storage import atomic, clients, db, timeutil
from storage.errors import QT_TRANSLATE_NOOP, InputError, NotFound, PermissionDenied

log = logging.getLogger(__name__)
LANGUAGES = ("fr", "en")
WHOLE_FILE = QT_TRANSLATE_NOOP(
    "Messages", "Only someone who may see the whole client file (contact details, notes and health information) "
    "can answer this request.")


class PrivacyService(Service):
    def _client(self, client_id: str) -> dict[str, Any]:
        row = clients.get(self._db, client_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "No client with id {id}."), id=client_id)
        return row

    def _sees_whole_file(self, data: dict[str, Any]) -> None:
        """The report shows everything, so it is for those whose role shows everything (visibility settings
        included): a document must not leak what the screen masks."""
        needed = [Perm.CLIENT_CONTACT, Perm.CLIENT_NOTES]
        if data["health"] or data["patch_tests"]:
            needed.append(Perm.HEALTH)
        if not all(self.desk.can(perm) for perm in needed):
            raise PermissionDenied(WHOLE_FILE)

    def _write(self, path: Path | str, content: bytes) -> str:
        try:
            atomic.write_bytes(Path(path), content)
        except OSError as exc:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"), path=str(path),
                             reason=exc.strerror or type(exc).__name__) from exc
        return hashlib.sha256(content).hexdigest()

    @requires(Perm.REQUEST_MANAGE, reauth=True)
    def report(self, client_id: str, pdf_path: Path | str, *, json_path: Path | str | None = None,
               language: str = "fr", request_id: str | None = None) -> dict[str, Any]:
        """The access report (Art. 15) as a PDF, and optionally the same data as JSON."""
        if language not in LANGUAGES:
            raise InputError(QT_TRANSLATE_NOOP("Messages", "The report is written in French or English."))
        self._client(client_id)
        data = gather(self._db, client_id)
        self._sees_whole_file(data)
        generated_at = timeutil.iso(timeutil.now())
        digest = fingerprint({"data": data, "generated_at": generated_at, "language": language})
        pdf = report.render(data, fingerprint=digest, generated_at=generated_at,
                            translate=translator_for(language))
        sha = self._write(pdf_path, pdf)
        if json_path:
            self._write(json_path, json.dumps({"generated_at": generated_at, "fingerprint": digest, **data},
                                              ensure_ascii=False, indent=2, default=str).encode("utf-8"))
        with self.unit_of_work() as uow:
            self.desk.requests.record_document(uow, client_id=client_id, request_id=request_id,
                                               kind="access_report", fingerprint=digest, sha256=sha,
                                               language=language)
            self.log(uow, "export", "client", client_id, purpose="access_report", request=request_id)
        return {"path": str(pdf_path), "fingerprint": digest, "sha256": sha, "appointments": len(data["appointments"])}

    @requires(Perm.REQUEST_MANAGE, reauth=True)
    def portability(self, client_id: str, json_path: Path | str, *, csv_path: Path | str | None = None,
                    request_id: str | None = None) -> dict[str, Any]:
        """The data the client gave, as JSON (and a zip of CSV files): GDPR Art. 20."""
        self._client(client_id)
        data = gather(self._db, client_id)
        self._sees_whole_file(data)
        export = portability.document(data, timeutil.iso(timeutil.now()))
        digest = fingerprint(export)
        sha = self._write(json_path, portability.to_json(export))
        if csv_path:
            self._write(csv_path, portability.to_csv_bundle(export))
        with self.unit_of_work() as uow:
            self.desk.requests.record_document(uow, client_id=client_id, request_id=request_id, kind="portability",
                                               fingerprint=digest, sha256=sha, language=None)
            self.log(uow, "export", "client", client_id, purpose="portability", request=request_id)
        return {"path": str(json_path), "fingerprint": digest, "sha256": sha}

    @requires(Perm.ERASE, reauth=True)
    def erase(self, client_id: str, *, request_id: str | None = None, certificate_path: Path | str | None = None,
              language: str = "fr") -> dict[str, Any]:
        """Erase the client everywhere (see desktop/privacy/erasure.py) in one transaction, then fold the WAL
        into the file so the erased bytes are gone from disk; optionally write the erasure certificate."""
        client = self._client(client_id)
        if request_id is not None:
            self.desk.requests.get(request_id)
        data = gather(self._db, client_id)
        self._sees_whole_file(data)
        with self.unit_of_work() as uow:
            record = erasure.erase_client(uow, client_id, request_id=request_id,
                                          erased_by=self.desk.principal.staff_id)
            self.log(uow, "client_erased", "erasure", record["id"], request=request_id)
        try:  # the erasure has committed: a failed checkpoint is logged, never reported as a failed erasure
            db.checkpoint(self._db)
        except db.DatabaseError:
            log.warning("checkpoint after erasure %s failed; it runs again at the next close", record["id"],
                        exc_info=True)
        journal.keep(self.desk._kernel.store)  # noqa: SLF001 (a restored older backup must erase this client again)
        self.changed("client")
        result = {"erasure_id": record["id"], "summary": record["summary"], "certificate": None}
        if certificate_path:
            who = self._db.execute("SELECT coalesce(nullif(display_name, ''), login) FROM staff WHERE id = ?",
                                   (self.desk.principal.staff_id,)).fetchone()
            pdf = certificate.render(record, salon=data["salon"], erased_by=who[0] if who else "",
                                     had_appointments=len(data["appointments"]), client_source=client["source"],
                                     translate=translator_for(language))
            sha = self._write(certificate_path, pdf)
            with self.unit_of_work() as uow:
                self.desk.requests.record_document(uow, client_id=client_id, request_id=request_id,
                                                   kind="erasure_certificate", fingerprint=record["id"], sha256=sha,
                                                   language=language)
            result["certificate"] = str(certificate_path)
        return result
