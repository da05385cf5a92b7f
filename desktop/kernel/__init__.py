"""The operation kernel: principals, the permission table, operations and the unit of work they share."""
