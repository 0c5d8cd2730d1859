"""`inspector doctor`'s look at the bench database: integrity, schema revision, outbox. Read-only throughout: the
file is opened with SQLite's `mode=ro`, never migrated, never written (not even the WAL pragmas the bench sets)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from inspector.support.checks import Check, fail, how_long, ok, warn

STUCK_AFTER = dt.timedelta(hours=1)   # pending this long while the hub answers: something holds the queue
_QUICK_CHECK_LINES = 3                # of SQLite's list of damage, shown in the finding
RESTORE = "Restore the newest good backup (inspector restore FILE; pre-upgrade copies are in <data dir>/backups)."


def read_only_engine(path: Path) -> Engine:
    """An engine on the file that cannot write it: no pragmas, no migrations, SQLite's `mode=ro`; `immutable` when no
    write-ahead log lies beside it (no bench has it open), so that reading leaves no -wal or -shm files behind."""
    from inspector.storage.backups import read_only_connection
    return create_engine("sqlite://", creator=lambda: read_only_connection(path), poolclass=NullPool)


def _problem_text(exc: BaseException) -> tuple[str, str]:
    from inspector.storage.database import environment_problem
    problem = environment_problem(exc)
    if problem is not None:
        return problem.message, problem.what_to_do
    return f"{type(getattr(exc, 'orig', exc)).__name__}: {getattr(exc, 'orig', exc)}", RESTORE


def integrity(engine: Engine) -> Check:
    name = "database integrity"
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").all()]
    except SQLAlchemyError as exc:
        return fail(name, *_problem_text(exc))
    if rows == ["ok"]:
        return ok(name, "quick_check: ok")
    shown = "; ".join(str(r) for r in rows[:_QUICK_CHECK_LINES]) + (" ..." if len(rows) > _QUICK_CHECK_LINES else "")
    return fail(name, f"quick_check found damage: {shown}", RESTORE)


def migrations(engine: Engine) -> Check:
    from inspector.storage import migrating
    from inspector.storage.database import NEWER_SCHEMA, SchemaAge, head_revision, schema_age
    name = "database schema"
    try:
        with engine.connect() as conn:
            current = migrating.current_revision(conn)
    except SQLAlchemyError as exc:
        return fail(name, *_problem_text(exc))
    head = head_revision()
    age = schema_age(current)
    if age is SchemaAge.CURRENT:
        return ok(name, f"at revision {current}, this program's newest")
    if age is SchemaAge.OLDER:
        return warn(name, f"at revision {current}; this program's newest is {head}",
                    "Nothing to do: the bench backs the database up and upgrades it when it next starts.")
    if age is SchemaAge.NEWER:
        return fail(name, f"at revision {current}, unknown to this program (newest {head}): {NEWER_SCHEMA[0]}",
                    NEWER_SCHEMA[1])
    return warn(name, "no schema revision recorded: not a bench database, or one never opened",
                "Check --data-dir points at the bench's data folder; the bench sets up a new database itself.")


@dataclass(frozen=True)
class OutboxState:
    pending: int
    rejected: int
    oldest_pending: dt.datetime | None
    oldest_error: str | None      # the last error of the oldest pending row, when it has one


def read_outbox(engine: Engine) -> OutboxState:
    from inspector.storage.orm import OutboxRow
    from inspector.sync.outbox import PENDING, REJECTED
    outbox = OutboxRow.__table__
    with engine.connect() as conn:
        counts = dict(conn.execute(select(outbox.c.status, func.count()).where(
            outbox.c.status.in_((PENDING, REJECTED))).group_by(outbox.c.status)).all())
        oldest = conn.execute(select(outbox.c.created_at, outbox.c.last_error).where(outbox.c.status == PENDING)
                              .order_by(outbox.c.id).limit(1)).first()
    return OutboxState(counts.get(PENDING, 0), counts.get(REJECTED, 0), oldest[0] if oldest else None,
                       oldest[1] if oldest else None)


def outbox(engine: Engine, now: dt.datetime, hub_reachable: bool | None) -> Check:
    """`hub_reachable`: True when the hub answered, False when it did not, None when no hub is set up."""
    name = "outbox"
    try:
        state = read_outbox(engine)
    except SQLAlchemyError as exc:
        return fail(name, *_problem_text(exc))
    age = now - state.oldest_pending if state.oldest_pending else dt.timedelta(0)
    found = f"{state.pending} record(s) waiting to be sent"
    if state.pending:
        found += f", the oldest for {how_long(age)}"
        if state.oldest_error:
            found += f" (last error: {state.oldest_error[:200]})"
    found += f"; {state.rejected} set aside by the hub"
    if state.pending and age > STUCK_AFTER and hub_reachable:
        return fail(name, f"stuck: {found}, although the hub answers",
                    "Run `inspector sync` and act on what it says (a refused token, a station name the hub does not "
                    "know); if it sends nothing, send `inspector support-bundle` to support.")
    if state.rejected:
        return warn(name, found, "List them with `inspector sync --rejected`; once the cause is fixed, "
                                 "`inspector sync --retry-rejected` sends them again.")
    if state.pending and age > STUCK_AFTER and hub_reachable is None:
        return warn(name, found, "No hub is set up: the records stay here until one is (inspector settings "
                                 "--hub-url URL --hub-token-stdin).")
    if state.pending and age > STUCK_AFTER:
        return warn(name, found, "They are sent when the hub answers again (see the hub check); nothing is lost.")
    return ok(name, found)
