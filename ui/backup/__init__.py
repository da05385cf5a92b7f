"""Backups on screen: the memo and status-bar progress, the owner's Backups window, the restore from the wizard."""
