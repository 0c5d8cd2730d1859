"""The owning bench pulls what supervisors elsewhere decided on its inspections (GET /v1/decisions, by change
number) and applies each (`inspector.usecases.site_decisions.apply_pulled_decisions`).

A decision whose supervisor this bench does not know yet waits: the cursor stops before it, so it comes again next
time (the site's team is pulled before, so this is brief); the ones after it are applied meanwhile, and a page pulled
again changes nothing (idempotent by the decision's id). A malformed one is set aside with a reason and passed over.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from inspector.domain.review import ReviewAction
from inspector.sync.client import HubClient
from inspector.usecases.site_decisions import ApplyPulledDecisions, PulledDecision, apply_pulled_decisions
from inspector.usecases.unit_of_work import UnitOfWork

PAGE = 500
ACTIONS = frozenset(a.value for a in ReviewAction)


class NoDecisionsRoute(Exception):
    """A hub from before the site: it serves no decisions (and took none from a desk)."""


def fetch_decisions(client: HubClient, since: int, limit: int = PAGE) -> tuple[list[Any], int, bool]:
    answer = client.pull_page("/decisions", since, limit)
    if answer is None:
        raise NoDecisionsRoute()
    return list(answer["decisions"]), int(answer["cursor"]), bool(answer["more"])


@dataclass
class DecisionsPulled:
    applied: int = 0
    known: int = 0
    set_aside: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"applied": self.applied, "known": self.known,
                "set_aside": [{"id": i, "reason": r} for i, r in self.set_aside]}


def read_decision(item: Any) -> tuple[PulledDecision | None, str]:
    """A pulled decision, or None and why it cannot be one."""
    if not isinstance(item, dict) or not isinstance(item.get("data"), dict):
        return None, "not a record"
    data = item["data"]
    try:
        at = dt.datetime.fromisoformat(data["at"])
        based = data.get("based_on_version")
        decision = PulledDecision(
            id=_text(data, "id"), station=_text(data, "station"), inspection_id=_text(data, "inspection_id"),
            action=_text(data, "action"), before=_mapping(data, "before"), after=_mapping(data, "after"),
            reason=data["reason"] if isinstance(data.get("reason"), str) else "",
            operator_id=_text(data, "operator_id"), at=at, inspection_version=_number(data, "inspection_version"),
            based_on_version=None if based is None else _number(data, "based_on_version"))
    except (KeyError, TypeError, ValueError) as exc:
        return None, f"malformed decision: {exc}"
    if at.tzinfo is None:
        return None, "malformed decision: its time has no offset"
    if decision.action not in ACTIONS:
        return None, f"unknown action {decision.action!r}"
    if decision.id != item.get("id"):
        return None, "the decision's id differs from its record's"
    return decision, ""


def _text(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value or len(value) > 64:
        raise ValueError(f"{key} is not an id")
    return value


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data[key]
    if not isinstance(value, dict):
        raise TypeError(f"{key} is not an object")
    return value


def _number(data: dict[str, Any], key: str) -> int:
    value = data[key]
    if type(value) is not int or value < 1:
        raise ValueError(f"{key} is not a version")
    return value


def store_decisions(items: list[Any], uow: UnitOfWork, at: dt.datetime, pulled: DecisionsPulled) -> None:
    """Applies a page in one transaction (`apply_pulled_decisions`); a malformed item is set aside with why."""
    decisions = []
    for item in items:
        decision, why = read_decision(item)
        if decision is None:
            pulled.set_aside.append((str(item.get("id") if isinstance(item, dict) else item)[:64], why))
            continue
        decisions.append(decision)
    done = apply_pulled_decisions(ApplyPulledDecisions(decisions, at), uow)
    pulled.applied += done.applied
    pulled.known += done.known
    pulled.set_aside.extend(done.set_aside)
