"""A serving hub on SQLite copies its write-ahead log back into the database off the request path.

Left to itself, SQLite checkpoints inside the commit that takes the log past 1,000 pages: that batch's answer waits
while some 4 MB are copied and synced, a sixth of the hub's time per batch. A serving hub raises that threshold to a
backstop (`BACKSTOP_PAGES`, reached only if this thread falls far behind or dies) and runs this thread instead:
woken by commits (a `CommitWokenThread`), it checkpoints in PASSIVE mode on its own connection, which never blocks a
writer or a reader, at most every `min_gap_s` and once more on stopping. PostgreSQL has its own checkpointer.
"""
from __future__ import annotations

import logging
import sqlite3

from sqlalchemy import Engine

from inspector.hub.commit_woken_thread import CommitWokenThread

log = logging.getLogger(__name__)

BACKSTOP_PAGES = 16_384     # 64 MB of log at the default page size


class WalCheckpointer(CommitWokenThread):
    def __init__(self, engine: Engine, min_gap_s: float = 0.25) -> None:
        super().__init__(engine, "hub-wal-checkpoint", join_s=10)
        self._min_gap_s = min_gap_s
        self.checkpoints = 0

    def _connect(self) -> sqlite3.Connection:
        # Opened as the engine opens the database (a URI filename included), but outside its pool: the engine's
        # transactions begin with BEGIN IMMEDIATE, and a checkpoint runs outside any transaction.
        args, kwargs = self._engine.dialect.create_connect_args(self._engine.url)
        return sqlite3.connect(*args, **{**kwargs, "isolation_level": None})

    def _run(self) -> None:
        connection = self._connect()
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                # The commit event comes just before the commit: waiting lets it land, and a few more gather.
                if self._stopped.wait(self._min_gap_s):
                    break
                self._checkpoint(connection)
            self._checkpoint(connection)
        finally:
            connection.close()

    def _checkpoint(self, connection: sqlite3.Connection) -> None:
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.checkpoints += 1
        except sqlite3.Error as exc:   # the backstop still checkpoints inside commits; say why this one did not
            log.warning("checkpoint of the hub's write-ahead log skipped: %s", exc)
