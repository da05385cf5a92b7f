"""The errors every layer shows: one plain, translated line each (no traceback reaches a user).

Defined in storage/errors.py so the Qt-free core can raise them; screens and the CLI import them from here.
"""
from storage.errors import (QT_TRANSLATE_NOOP, AuthError, Busy, Conflict, InputError, NotFound, Overlap,
                            PermissionDenied, SalonError, StorageError, Term)

__all__ = ["QT_TRANSLATE_NOOP", "AuthError", "Busy", "Conflict", "InputError", "NotFound", "Overlap",
           "PermissionDenied", "SalonError", "StorageError", "Term"]
