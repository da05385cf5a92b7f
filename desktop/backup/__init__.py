"""Backups and restore: encrypted, automatic, verified, restorable on a new PC, and erasures that stay erased.

- config.py: this PC's backup folder and rotation (a file beside the database), and the last outcome
- files.py: backup names, the listing, rotation (daily, weekly, monthly)
- make.py: a consistent copy while the app works, checked, written atomically, read back
- check.py: checking a backup file and the database inside it
- restore.py: staging a restore (erasures re-applied, verify), then a new salon folder or in place
- service.py: the operations (permissions: Perm.BACKUP, Perm.BACKUP_ADMIN)
- scheduler.py: the daily backup while the app is open (APScheduler), and one at close
The file format is storage/backup_file.py; the erasure journal is storage/erasure_journal.py.
"""
