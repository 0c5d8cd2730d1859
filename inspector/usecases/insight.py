"""Why things come back over a range of days: the figures behind the supervisor's insight view.

The same figures as the end-of-day report (`inspector.reports`), read from the same rows as the exports. Only a
supervisor may read them: the role is checked here with the review's own check, not by the window that opens the view.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inspector.usecases.review import require_range, require_supervisor
from inspector.usecases.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from inspector.reports.figures import DayFigures


@dataclass(frozen=True)
class InsightQuery:
    first_day: dt.date
    last_day: dt.date             # inclusive, the site's days like the exports
    station: str | None = None


def insight_figures(query: InsightQuery, supervisor_id: str, uow: UnitOfWork) -> DayFigures:
    """Raises RefusedError for anyone but an active supervisor, or for a range that ends before it starts."""
    require_range(query.first_day, query.last_day)
    with uow:
        require_supervisor(uow, supervisor_id)
    from inspector.reports.day_pdf import gather_day   # ReportLab loads with it: only when figures are wanted
    from inspector.domain.code_words import PolicyLabels
    return gather_day(uow.database, query.first_day, query.last_day, query.station, zone=uow.policy.zone,
                      labels=PolicyLabels.of(uow.policy))
