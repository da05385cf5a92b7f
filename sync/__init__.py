"""Sync client and reference cloud server (to come; see shared/design/sync-protocol.md).

The outbox, field clocks and tombstones it will use are already written by storage.uow.
"""
