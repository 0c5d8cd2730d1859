"""SQLAlchemy storage: typed mappings, Alembic migrations, the unit of work."""
