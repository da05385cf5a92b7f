"""Importing a client file from other salon software: reading, mapping, the preview and the commit (Qt-free)."""
