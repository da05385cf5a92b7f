"""Encrypted local store: SQLCipher connection, migrations, unit of work and repositories.

This package never imports Qt; the desktop services, the CLI and sync all build on it.
"""
