"""Marketing and health consent: the rules (one place), the service, exports and the proof PDF."""
