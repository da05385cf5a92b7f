"""Faults of the disk and of the database file as plain SalonErrors, for screens (which never import storage/)."""
from storage.faults import expected

__all__ = ["expected"]
