"""Alembic environment: the engine is handed in by `inspector.storage.database.migrate`, never built at import."""
from inspector.storage.migrating import run_env
from inspector.storage.orm import Base

run_env(Base.metadata)
