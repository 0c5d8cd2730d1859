"""A thread of the serving hub that the engine's commits wake: started once, stopped once, woken by every commit but
its own. The WAL checkpointer and the webhook sender are two."""
from __future__ import annotations

import threading

from sqlalchemy import Engine, event
from typing_extensions import Self


class CommitWokenThread:
    def __init__(self, engine: Engine, name: str, join_s: float) -> None:
        self._engine = engine
        self._join_s = join_s
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        event.listen(engine, "commit", self._on_commit)

    def start(self) -> Self:
        """Starts the thread once; a later call, or one after `stop`, does nothing."""
        with self._lock:
            if not self._thread.is_alive() and not self._stopped.is_set():
                self._thread.start()
        return self

    def stop(self) -> bool:
        """Ends the thread (its `_run` sees `_stopped`); False when it was stopped already."""
        with self._lock:
            if self._stopped.is_set():
                return False
            self._stopped.set()
            event.remove(self._engine, "commit", self._on_commit)
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(self._join_s)
        return True

    def _on_commit(self, _connection: object) -> None:
        if threading.current_thread() is not self._thread:   # its own bookkeeping wakes nothing
            self._wake.set()

    def _run(self) -> None:
        raise NotImplementedError
