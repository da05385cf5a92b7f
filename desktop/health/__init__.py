"""Health information and patch tests (GDPR Art. 9), kept apart behind their own consent."""
