"""The fixed demo data shipped in `resources/demo/`: operators, returns, and the barcodes that walk the exceptions.

The returns file is in the import format (docs/import-format.md) and is read by the importer itself, so the demo
can never hold a return the importer would refuse. Delivery dates are relative ("delivered_days_ago") so the demo
stays inside (or, for one return, outside) its return window whatever day it is loaded.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from inspector.domain.operators import Role
from inspector.domain.returns import Return
from inspector.importing import plan_import, returns_from_document
from inspector.paths import resource

DEMO_DIR = ("demo",)


@dataclass(frozen=True)
class DemoOperator:
    badge: str
    name: str
    role: Role
    pin: str  # printed on the demo sheet: demo only


@dataclass(frozen=True)
class DemoExceptions:
    unexpected_parcel_tracking: str
    wrong_item_gtin: str
    serial_not_shipped_gtin: str
    serial_not_shipped: str


def _load(name: str) -> Any:
    return json.loads(resource(*DEMO_DIR, name).read_text(encoding="utf-8"))


def demo_operators() -> tuple[DemoOperator, ...]:
    return tuple(DemoOperator(o["badge"], o["name"], Role(o["role"]), o["pin"]) for o in _load("demo_operators.json")
                 ["operators"])


def demo_returns(today: dt.date) -> tuple[Return, ...]:
    document = _load("demo_returns.json")
    for entry in document["returns"]:
        days = entry.pop("delivered_days_ago")
        entry["delivered_on"] = (today - dt.timedelta(days=days)).isoformat()
    plan = plan_import(returns_from_document(document), today)
    if plan.problems:  # a shipped file the importer refuses is a bug in the release, not the user's problem
        raise ValueError("demo_returns.json: " + "; ".join(p.describe() for p in plan.problems))
    return plan.returns


def demo_exceptions() -> DemoExceptions:
    data = _load("demo_exceptions.json")
    serial = data["serial_not_shipped"]
    return DemoExceptions(data["unexpected_parcel_tracking"], data["wrong_item_gtin"], serial["gtin"],
                          serial["serial"])
