"""Hand-made `BenchState` snapshots for rendering tests that need no database."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from inspector.bench.state import (BenchState, Cue, ExpectedLineView, Feedback, FindingView, ItemView, OperatorView,
                                   Option, ParcelView, Phase, ScanLogEntry)

GRADES = (Option("A", "As new"), Option("B", "Open box / like new"), Option("C", "Used"),
          Option("D", "Damaged / parts"), Option("E", "Unsellable"))
DAMAGE = (Option("scratches", "Scratches / scuffs"), Option("dents", "Dents / cracks"),
          Option("missing_accessory", "Missing accessory"), Option("defective", "Defective (does not work)"))
DISPOSITIONS = (Option("restock", "Back to stock"), Option("open_box", "Open box"), Option("refurbish", "Refurbish"),
                Option("recycle", "Recycling"), Option("quarantine", "Quarantine"))
PACKAGING = (Option("intact", "Intact"), Option("crushed", "Crushed (carrier)"))
AT = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone.utc)


def signed_out() -> BenchState:
    return BenchState(phase=Phase.SIGNED_OUT, station="bench-7", database="sqlite:///tmp/bench.sqlite3",
                      grades=GRADES, damage_types=DAMAGE, dispositions=DISPOSITIONS, packaging_conditions=PACKAGING)


def parcel_view(**changes) -> ParcelView:
    lines = (ExpectedLineView("l1", 1, "PHONE-X1", "04006381333931", "Phone X1 (black)", 1, 0, Decimal("299.90"),
                              "EUR", "electronics"),
             ExpectedLineView("l2", 2, "MUG-NAME", "05901234123457", "Mug", 2, 1, Decimal("12.50"), "EUR",
                              "personalised"))
    view = ParcelView("p1", "1Z999AA10123456784", "RMA-10000001", "ORD-5001", "Does not fit", dt.date(2026, 11, 15),
                      "intact", (), (), lines, 1)
    return replace(view, **changes)


def item_view(**changes) -> ItemView:
    findings = (FindingView("scratches", "Scratches / scuffs", True, Decimal("29.99"), "10% of 299.90"),
                FindingView("dents", "Dents / cracks", False, None, ""),
                FindingView("missing_accessory", "Missing accessory", True, Decimal("5.00"), "fixed 5.00"),
                FindingView("defective", "Defective (does not work)", False, None, ""))
    view = ItemView("i1", "LP-000123", "PHONE-X1", "04006381333931", "Phone X1 (black)", "SN-AAA1", None, None,
                    "matched", (), "B", findings, Decimal("34.99"), Decimal("264.91"), Decimal("299.90"), "EUR",
                    "open_box", "open_box", None, "OPENBOX", "")
    return replace(view, **changes)


def inspecting(**changes) -> BenchState:
    state = replace(signed_out(), phase=Phase.INSPECTING,
                    operator=OperatorView("o1", "OP-1001", "Ana Popescu", "inspector"),
                    parcel=parcel_view(), item=item_view(),
                    feedback=Feedback(Cue.SUCCESS, "Grade B."),
                    shift_log=(ScanLogEntry(AT, "1Z999AA10123456784", Cue.SUCCESS, "RMA-10000001: scan the first item."),
                               ScanLogEntry(AT + dt.timedelta(seconds=9), "]C10104006381333931", Cue.SUCCESS,
                                            "Phone X1 (black): grade it (1-5).")),
                    shift_scans=2)
    return replace(state, **changes)
