"""A PostgreSQL for the hub tests: from $INSPECTOR_TEST_PG_URL or the file `.ci/postgres-setup.sh` writes.

Without one the PostgreSQL tests skip, saying why; on CI (CI=true) they fail instead, so a broken setup cannot
pass as green. Each test gets a database of its own, dropped afterwards.
"""
from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.engine import make_url

ENV = "INSPECTOR_TEST_PG_URL"
ENV_FILE = Path(__file__).resolve().parents[3] / ".ci" / "postgres.env"


def configured_url() -> str | None:
    if os.environ.get(ENV):
        return os.environ[ENV]
    if ENV_FILE.exists():
        for line in ENV_FILE.read_text().splitlines():
            key, _, value = line.partition("=")
            if key.strip() == ENV and value.strip():
                return value.strip()
    return None


def require_url() -> str:
    url = configured_url()
    if url is None:
        reason = (f"no PostgreSQL: set {ENV} or run `bash .ci/postgres-setup.sh` (writes {ENV_FILE.name})")
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    return url


@contextmanager
def fresh_database(base_url: str) -> Iterator[str]:
    name = f"hub_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # noqa: BLE001 - a configured but unusable server is a failure, not a skip
            pytest.fail(f"PostgreSQL at {make_url(base_url).render_as_string(hide_password=True)} unusable: {exc}")
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin, name: str, tries: int = 40) -> None:
    """Drops the test's database, ending its sessions. An autovacuum worker that has just started on it belongs to the
    server, and FORCE may not end it ("member of pg_signal_backend"); it is gone within moments, so try again."""
    for attempt in range(tries):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError as exc:
            if "pg_signal_backend" not in str(exc.orig) or attempt == tries - 1:
                raise
            time.sleep(0.25)
