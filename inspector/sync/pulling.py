"""Storing what was pulled: returns into the bench's cache (through `upsert_returns`), policy into the data dir.

A pulled page is read with the import file's checks, so a return the bench would refuse from a file is refused here
too (reported, not stored) and a return is never half-stored. A return the hub has since cancelled or closed is
stored with that status, and the parcel scan flags it (`return_not_open`).
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
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork

HUB_SOURCE = "hub"   # ReturnRow.source


@dataclass(frozen=True)
class StoredReturns:
    added: int
    updated: int
    refused: tuple[str, ...]     # RMA numbers whose data the bench would not accept
    problems: tuple[str, ...]


def store_returns(documents: list[dict[str, Any]], uow: UnitOfWork, at: dt.datetime) -> StoredReturns:
    try:
        plan = plan_import(list(returns_from_document({"returns": documents})), at.date())
    except ImportFileError as exc:
        return StoredReturns(0, 0, (), (str(exc),))
    problems = tuple(p.describe() for p in plan.problems)
    if not plan.returns:
        return StoredReturns(0, 0, tuple(plan.rejected), problems)
    result = upsert_returns(UpsertReturns(plan.returns, HUB_SOURCE, at), uow)
    return StoredReturns(result.added, result.updated, tuple(plan.rejected), problems)


def store_policy(override_path: Path, policy: dict[str, Any]) -> None:
    """Checked first, then swapped in atomically: a bad policy from the hub never replaces a good one."""
    try:
        policy_from_dict(policy)
    except (PolicyError, ValueError, KeyError, TypeError) as exc:
        raise PolicyError(f"the hub's policy was not applied: {exc}") from exc
    tmp = override_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(policy, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, override_path)
