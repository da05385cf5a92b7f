"""Data-protection requests: logging them, answering them, erasing a client."""
