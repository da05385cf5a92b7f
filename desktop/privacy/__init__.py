"""Data-subject requests (GDPR Art. 12 to 21): the register and its legal clock, the access report, the
portability export, rectification, restriction, objection and erasure."""
