"""The rules of return inspection, in plain Python: no database session, no I/O, no Qt."""
