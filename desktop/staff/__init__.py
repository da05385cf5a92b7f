"""Staff accounts: the service, passwords and signing in with lockout."""
