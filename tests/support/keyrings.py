"""Keyring backends for tests. keyring has no in-memory backend of its own, and keyrings.alt
must not be installed (it silently becomes the default and writes secrets to disk)."""
from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class FileKeyring(KeyringBackend):
    """Shared between processes through SALON_DESK_TEST_KEYRING (subprocess and frozen-app tests). It keeps
    secrets in a plain file, as keyrings.alt's does, so the app refuses it unless SALON_DESK_INSECURE_KEYRING=1
    (which prints a warning): that is how subprocess tests and benchmarks use it. Saves replace the file
    atomically, so a process killed mid-write (the crash test) never leaves it half written."""

    priority = 1  # type: ignore[assignment]

    @property
    def file_path(self) -> str:
        return self._path()

    def _path(self) -> str:
        return os.environ["SALON_DESK_TEST_KEYRING"]

    def _load(self) -> dict:
        try:
            with open(self._path(), encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        tmp = f"{self._path()}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, self._path())

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)


class NoKeyring(KeyringBackend):
    """What headless Linux gives: no backend at all."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise NoKeyringError("No recommended backend was available.")

    def set_password(self, service, username, password):
        raise NoKeyringError("No recommended backend was available.")

    def delete_password(self, service, username):
        raise NoKeyringError("No recommended backend was available.")


class LockedKeyring(NoKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("The keychain is locked.")

    def set_password(self, service, username, password):
        raise KeyringLocked("The keychain is locked.")
