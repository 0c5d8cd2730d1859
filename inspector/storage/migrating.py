"""Running an Alembic migration line at start-up, for the bench (`inspector/storage/migrations`) and the hub
(`inspector/hub/migrations`): each line has its own script location and version table, so they never mix.

Nothing builds an engine here or in an env.py: the caller hands in an engine (the migrations run in one transaction of
their own) or a connection already in a transaction (they run inside it and the caller commits: the hub holds a lock
around stamping and upgrading that way).
"""
from __future__ import annotations

import functools
import threading
from contextlib import nullcontext
from enum import Enum
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, MetaData

DEFAULT_VERSION_TABLE = "alembic_version"
# Alembic's `context` and `op` are module-level proxies to the command running: two commands at once in one process
# (two hubs, or a hub and a bench, opened on different threads) would each see the other's. One at a time, then.
_ONE_COMMAND = threading.Lock()


class NewerSchemaError(CommandError):
    """The database is at a revision this program does not know: a newer program migrated it."""

    def __init__(self, current: str, head: str | None) -> None:
        super().__init__(f"database schema revision {current} is not one this program knows (newest: {head})")
        self.current, self.head = current, head


def alembic_config(script_location: Path, bind: Engine | Connection | None = None,
                   version_table: str = DEFAULT_VERSION_TABLE) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    cfg.attributes["bind"] = bind
    cfg.attributes["version_table"] = version_table
    return cfg


def run_env(target_metadata: MetaData) -> None:
    """The whole of each line's env.py."""
    attributes = context.config.attributes
    bind = attributes["bind"]
    with (bind.begin() if isinstance(bind, Engine) else nullcontext(bind)) as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          version_table=attributes["version_table"],
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()


class SchemaAge(str, Enum):
    """A database's revision of one migration line, as this program sees it."""
    EMPTY = "empty"        # no revision: a new database (or not one of this line's)
    OLDER = "older"        # a revision this program upgrades
    CURRENT = "current"    # this program's head
    NEWER = "newer"        # unknown here: a newer program migrated it; never "upgraded down"


@functools.cache
def _scripts(script_location: Path) -> ScriptDirectory:
    """A line's migration scripts, read once per process (a start-up or a readiness probe asks every time)."""
    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision(script_location: Path) -> str | None:
    return _scripts(script_location).get_current_head()


def schema_age(script_location: Path, revision: str | None) -> SchemaAge:
    if revision is None:
        return SchemaAge.EMPTY
    if revision == head_revision(script_location):
        return SchemaAge.CURRENT
    try:
        _scripts(script_location).get_revision(revision)
    except CommandError:
        return SchemaAge.NEWER
    return SchemaAge.OLDER


def current_revision(connection: Connection, version_table: str = DEFAULT_VERSION_TABLE) -> str | None:
    """None when the line was never applied to this database."""
    return MigrationContext.configure(connection, opts={"version_table": version_table}).get_current_revision()


def check_known(script_location: Path, connection: Connection, version_table: str = DEFAULT_VERSION_TABLE) -> None:
    """Raises NewerSchemaError when the database is at a revision missing from `script_location`."""
    current = current_revision(connection, version_table)
    if schema_age(script_location, current) is SchemaAge.NEWER:
        raise NewerSchemaError(current, head_revision(script_location))


def upgrade(script_location: Path, bind: Engine | Connection, revision: str = "head",
            version_table: str = DEFAULT_VERSION_TABLE) -> None:
    with _ONE_COMMAND:
        command.upgrade(alembic_config(script_location, bind, version_table), revision)


def stamp(script_location: Path, connection: Connection, revision: str,
          version_table: str = DEFAULT_VERSION_TABLE) -> None:
    """Records `revision` as applied without running it: for a database whose tables were made another way."""
    with _ONE_COMMAND:
        command.stamp(alembic_config(script_location, connection, version_table), revision)
