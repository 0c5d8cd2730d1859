"""A serving hub on SQLite copies its write-ahead log back into the database off the request path.

Left to itself, SQLite checkpoints inside the commit that takes the log past 1,000 pages: that batch's answer waits
while some 4 MB are copied and synced, a sixth of the hub's time per batch. A serving hub raises that threshold to a
backstop (`BACKSTOP_PAGES`, reached only if this thread falls far behind or dies) and runs this thread instead:
woken by commits, it checkpoints in PASSIVE mode on its own connection, which never blocks a writer or a reader, at
most every `min_gap_s` and once more on stopping. PostgreSQL has its own checkpointer.
"""
from __future__ import annotations

import logging
import sqlite3
import threading

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)

BACKSTOP_PAGES = 16_384     # 64 MB of log at the default page size


class WalCheckpointer:
    def __init__(self, engine: Engine, min_gap_s: float = 0.25) -> None:
        self._engine = engine
        self._min_gap_s = min_gap_s
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="hub-wal-checkpoint", daemon=True)
        self.checkpoints = 0
        event.listen(engine, "commit", self._on_commit)

    def start(self) -> "WalCheckpointer":
        """Starts the thread once; a later call, or one after `stop`, does nothing."""
        with self._lock:
            if not self._thread.is_alive() and not self._stopped.is_set():
                self._thread.start()
        return self

    def stop(self) -> None:
        """Ends the thread after one last checkpoint (if it ran); later calls do nothing."""
        with self._lock:
            if self._stopped.is_set():
                return
            self._stopped.set()
            event.remove(self._engine, "commit", self._on_commit)
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(10)

    def _on_commit(self, _connection: object) -> None:
        self._wake.set()

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
