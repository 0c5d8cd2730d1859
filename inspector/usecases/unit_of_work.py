"""One transaction per use case; rolls back unless committed; environment errors become EnvironmentProblem."""
from __future__ import annotations

import datetime as dt
from types import TracebackType
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from inspector.domain.policy import Policy
from inspector.storage.database import Database, environment_problem
from inspector.storage.orm import OutboxRow


class UnitOfWork:
    def __init__(self, database: Database, policy: Policy) -> None:
        self.database = database
        self.policy = policy
        self.session: Session

    def __enter__(self) -> "UnitOfWork":
        self.session = self.database.session()
        self._committed = False
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, SQLAlchemyError):
            problem = environment_problem(exc)
            if problem is not None:
                raise problem from exc

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def record_change(self, record_type: str, record_id: str, version: int, payload: dict[str, Any],
                      at: dt.datetime) -> None:
        """Queue the change for upstream in this same transaction, so it is sent if and only if it happened."""
        self.session.add(OutboxRow(record_type=record_type, record_id=record_id, version=version,
                                   payload=payload, created_at=at))
