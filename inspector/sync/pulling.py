"""Storing what was pulled: returns into the bench's cache (through `upsert_returns`), policy into the data dir.

A pulled page is read with the import file's checks, so a return the bench would refuse from a file is refused here
too (reported, not stored) and a return is never half-stored. A return the hub has since cancelled or closed is
stored with that status, and the parcel scan flags it (`return_not_open`).

Each pulled return also carries its progress ("progress": what each station has inspected against each line). That
key is not part of the import format, so it is taken off before the checks; for every return stored, the other
stations' part replaces what the bench knew (`replace_line_progress`), so a unit beyond the quantity returned is
flagged extra at whichever bench it is scanned.

Asked for with format 2, a return also carries its customer's history ("customer": their recent returns, for the
repeat-returner signal). It too is taken off before the checks and kept with the return (`customer_history`); a
return served without one has none.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.domain.policy import PolicyError, policy_from_dict
from inspector.importing import plan_import, returns_from_document
from inspector.importing.problems import ImportFileError
from inspector.usecases.customer_history import replace_customer_histories
from inspector.usecases.line_progress import LineProgress, ReplaceLineProgress, replace_line_progress
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

HUB_SOURCE = "hub"   # ReturnRow.source
SERVED_ONLY = ("progress", "customer")   # what the hub adds to a return: not part of the import format


@dataclass(frozen=True)
class StoredReturns:
    added: int
    updated: int
    refused: tuple[str, ...]     # RMA numbers whose data the bench would not accept
    problems: tuple[str, ...]


def store_returns(documents: list[dict[str, Any]], uow: UnitOfWork, at: dt.datetime,
                  own_station: str | None = None) -> StoredReturns:
    """`own_station`: this bench's name, whose progress the bench counts from its own rows."""
    named = [doc for doc in documents if isinstance(doc, dict) and isinstance(doc.get("rma_number"), str)]
    progress = {doc["rma_number"]: served_progress(doc["progress"]) for doc in named if "progress" in doc}
    customers = {doc["rma_number"]: doc.get("customer") for doc in named}
    documents = [_without_served(doc) for doc in documents]
    try:
        plan = plan_import(list(returns_from_document({"returns": documents})), at.date())
    except ImportFileError as exc:
        return StoredReturns(0, 0, (), (str(exc),))
    problems = tuple(p.describe() for p in plan.problems)
    if not plan.returns:
        return StoredReturns(0, 0, tuple(plan.rejected), problems)
    result = upsert_returns(UpsertReturns(plan.returns, HUB_SOURCE, at), uow)
    # After the returns, in a transaction of its own: a crash in between leaves the cursor where it was, and the
    # next pull brings both again.
    stored = {r.rma_number for r in plan.returns}
    replace_line_progress(ReplaceLineProgress({rma: entries for rma, entries in progress.items() if rma in stored},
                                              own_station), uow)
    replace_customer_histories(uow, {rma: data for rma, data in customers.items() if rma in stored})
    return StoredReturns(result.added, result.updated, tuple(plan.rejected), problems)


def _without_served(doc: Any) -> Any:
    return {k: v for k, v in doc.items() if k not in SERVED_ONLY} if isinstance(doc, dict) else doc


def served_progress(entries: Any) -> list[LineProgress]:
    """The progress the hub served with a return; an entry that is not a well-formed count is passed over (the
    hub writes them, so there is nothing for the person at the bench to act on), and the last of two for the same
    line and station is kept."""
    kept: dict[tuple[int, str], LineProgress] = {}
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, dict):
            continue
        line_no, station, inspected = entry.get("line_no"), entry.get("station"), entry.get("inspected")
        if (type(line_no) is int and line_no >= 1 and type(station) is str and 0 < len(station) <= 64
                and type(inspected) is int and 0 <= inspected < 2**31):
            kept[(line_no, station)] = LineProgress(line_no, station, inspected)
    return list(kept.values())


def store_policy(override_path: Path, policy: dict[str, Any]) -> None:
    """Checked first, then swapped in atomically: a bad policy from the hub never replaces a good one."""
    try:
        policy_from_dict(policy)
    except (PolicyError, ValueError, KeyError, TypeError) as exc:
        raise PolicyError(f"the hub's policy was not applied: {exc}") from exc
    tmp = override_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(policy, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, override_path)
