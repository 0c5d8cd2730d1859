"""Alembic environment of the hub's own migration line: the connection is handed in by
`inspector.hub.storage.ensure_schema` (inside its lock), never built at import."""
from inspector.hub.schema import HubBase
from inspector.storage.migrating import run_env

run_env(HubBase.metadata)
