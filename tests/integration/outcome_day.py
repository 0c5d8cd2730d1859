"""Outcomes, weights and fraud risks on a generated day (issue 13), and what its exports and report must add up to.

The demo history (`generate_history`) writes items as a bench of before issue 13 did: no outcome (read as a refund
of the refund), no risk. `give_outcomes` stores on the day's completed items what the bench's use cases store
(outcome, amount, basis, risk JSON, the held flag, weights) in the bench's real SQLite file, and approves some held
items through the review's own use case (an audit row and an outbox row, as a supervisor's approval makes). The
truth is then read straight from the tables with its own SQL, not through the exporter or the report.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

from inspector.domain.fraud import Reason, Risk, Signal
from inspector.storage.database import Database
from inspector.usecases.review import Approve, approve
from inspector.usecases.unit_of_work import UnitOfWork

HELD = "held_for_review"
OUTCOMES = (None, "refund", "store_credit", "exchange", "supervisor", "none")   # None: a row from before 0008
REASONS = ((Signal.WEIGHT_OFF, 40, "1,620 g, expected 1,200 g ± 120 g"),
           (Signal.ITEM_SWAPPED, 60, "serial is not the one shipped"),
           (Signal.REPEAT_RETURNER, 30, "4 returns in 90 days"))


def _places(currency: str) -> Decimal:
    return Decimal(1) if currency in ("JPY", "KRW") else Decimal("0.01")


def _risk(n: int, held: bool) -> Risk:
    reasons = tuple(Reason(s, w, d) for s, w, d in REASONS[: 1 + n % 3])
    return Risk(sum(r.weight for r in reasons), 80, held, reasons)


def give_outcomes(database: Database, uow: UnitOfWork, day: dt.date, supervisor_id: str, station: str,
                  at: dt.datetime, refuse_one: bool = True) -> dict[str, list[str]]:
    """Outcomes of every kind, risks and holds on the day's completed items with a currency; some holds approved,
    one approval refused by the hub (it releases nothing). The items without a currency get the outcome none, one of
    them held. Returns the ids per what was done."""
    done: dict[str, list[str]] = defaultdict(list)
    with database.engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, refund, currency, flags, parcel_id, operator_id FROM item_inspections WHERE status = "
            "'completed' AND substr(completed_at, 1, 10) = ? AND currency IS NOT NULL "
            "ORDER BY completed_at, license_plate",
            (day.isoformat(),)).all()
        for n, (item_id, refund, currency, flags, parcel_id, operator_id) in enumerate(rows):
            outcome = OUTCOMES[n % len(OUTCOMES)]
            refund = Decimal(refund or 0)
            amount: Decimal | None = None
            if outcome == "refund":
                amount = refund
            elif outcome == "store_credit":
                amount = refund + (refund * Decimal("0.10")).quantize(_places(currency), ROUND_HALF_UP)
            elif outcome in ("exchange", "supervisor", "none"):
                amount = Decimal(0).quantize(_places(currency))
            risky, held = n % 4 == 1, n % 8 == 1
            risk = _risk(n, held) if risky else Risk.from_json(None)
            kept = json.loads(flags) + ([HELD] if held else [])
            conn.exec_driver_sql(
                "UPDATE item_inspections SET requested_outcome = ?, outcome = ?, outcome_amount = ?, "
                "outcome_basis = ?, exchange_sku = ?, weight_g = ?, weight_source = ?, risk = ?, flags = ? "
                "WHERE id = ?",
                (None if outcome is None else outcome if outcome in ("refund", "store_credit", "exchange")
                 else "refund", outcome, None if amount is None else str(amount),
                 None if outcome is None else f"test: {outcome}", "TEE-M-BLU" if outcome == "exchange" else None,
                 700 + n if n % 3 == 0 else None, "typed" if n % 3 == 0 else None,
                 None if outcome is None else json.dumps(risk.to_json(), separators=(",", ":"), sort_keys=True),
                 json.dumps(kept, separators=(",", ":"), sort_keys=True), item_id))
            if n % 5 == 0:
                conn.exec_driver_sql("UPDATE parcel_receipts SET weight_g = ?, weight_source = 'scale', "
                                     "expected_weight_g = ? WHERE id = ?", (1620 + n, 1500, parcel_id))
            done[outcome or "old"].append(item_id)
            if held:
                done["held"].append(item_id)
                if operator_id != supervisor_id and len(done["held"]) % 3 == 0:
                    done["to_approve"].append(item_id)
        # Items off the return have no price: nothing to pay (outcome none, amount 0), the swap signal, one held.
        off_return = conn.exec_driver_sql(
            "SELECT id, flags FROM item_inspections WHERE status = 'completed' AND substr(completed_at, 1, 10) = ? "
            "AND currency IS NULL ORDER BY completed_at, license_plate", (day.isoformat(),)).all()
        for n, (item_id, flags) in enumerate(off_return):
            held = n == 0
            risk = Risk(60, 60 if held else 80, held, (Reason(Signal.ITEM_SWAPPED, 60, "not on the return"),))
            conn.exec_driver_sql(
                "UPDATE item_inspections SET outcome = 'none', outcome_amount = '0', outcome_basis = 'not on the "
                "return', risk = ?, flags = ? WHERE id = ?",
                (json.dumps(risk.to_json(), separators=(",", ":"), sort_keys=True),
                 json.dumps(json.loads(flags) + ([HELD] if held else []), separators=(",", ":"), sort_keys=True),
                 item_id))
            done["no_currency"].append(item_id)
            if held:
                done["held_no_currency"].append(item_id)
    for item_id in done["to_approve"]:
        approve(Approve(item_id, supervisor_id, station, at, note="checked the parcel"), uow)
    # The first approval stays; the hub refused the second (another supervisor decided first): it counts for nothing.
    if refuse_one and len(done["to_approve"]) > 1:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE inspection_audit SET refused_reason = 'another supervisor decided first' "
                                 "WHERE inspection_id = ?", (done["to_approve"][1],))
    return done


def give_customers(database: Database) -> None:
    """Customer ids on the returns: two returns of one customer, the others their own."""
    with database.engine.begin() as conn:
        ids = [i for (i,) in conn.exec_driver_sql("SELECT id FROM returns ORDER BY rma_number")]
        for n, return_id in enumerate(ids):
            conn.exec_driver_sql("UPDATE returns SET customer_id = ? WHERE id = ?",
                                 ("C-0001" if n < 2 else f"C-{n:04d}", return_id))


def truth(database: Database, day: dt.date, station: str | None = None) -> dict:
    """Per (outcome, currency): [units, amount]; held per currency: [units, amount]; signal counts. From the
    tables, with the rules written out here again: NULL outcome = refund of the refund; held = the flag and no
    approve/override_outcome that was not refused; no currency = currency ""."""
    where = "i.status = 'completed' AND substr(i.completed_at, 1, 10) = ?"
    params: list = [day.isoformat()]
    if station:
        where += " AND i.station = ?"
        params.append(station)
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT i.id, i.currency, i.outcome, i.outcome_amount, i.refund, i.flags, i.risk, "
            f"EXISTS (SELECT 1 FROM inspection_audit AS a WHERE a.inspection_id = i.id AND a.refused_reason IS NULL "
            f"AND a.action IN ('approve', 'override_outcome')) FROM item_inspections AS i WHERE {where}",
            tuple(params)).all()
    by_outcome: dict = defaultdict(lambda: [0, Decimal(0)])
    held: dict = defaultdict(lambda: [0, Decimal(0)])
    signals: Counter = Counter()
    for _id, currency, outcome, amount, refund, flags, risk, released in rows:
        outcome, amount = (outcome, Decimal(amount)) if outcome else ("refund", Decimal(refund or 0))
        currency = currency or ""
        by_outcome[(outcome, currency)][0] += 1
        by_outcome[(outcome, currency)][1] += amount
        if HELD in json.loads(flags) and not released:
            held[currency][0] += 1
            held[currency][1] += amount
        if risk:
            signals.update(r["signal"] for r in json.loads(risk)["reasons"])
    return {"by_outcome": {k: tuple(v) for k, v in by_outcome.items()},
            "held": {k: tuple(v) for k, v in held.items()}, "signals": signals}


# -- reading the outputs back --------------------------------------------------------------------------------------
def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def section(text: str, heading: str, until: str) -> list[str]:
    """The PDF text's lines after the line `heading`, up to the first holding `until`."""
    lines = text.splitlines()
    start = next(n for n, line in enumerate(lines) if line.strip() == heading)
    end = next(n for n, line in enumerate(lines[start + 1:], start + 1) if until in line)
    return lines[start + 1:end]


_CURRENCY = r"[A-Z]{3}|\(unknown\)"      # a code, or the report's word for no currency


def _currency(shown: str) -> str:
    return "" if shown == "(unknown)" else shown


def pdf_outcomes(text: str) -> tuple[dict, dict]:
    """The report's outcomes per (outcome, currency) and held money per currency, as (units, amount)."""
    from inspector.domain.code_words import OUTCOME_TEXTS
    by_words = {words: code for code, words in OUTCOME_TEXTS.items()}
    outcomes, held = {}, {}
    for line in section(text, "Outcomes per currency", "Money held back for review"):
        found = re.match(rf"^\s*({_CURRENCY})\s+(\S.*?\S)\s+([\d,]+)\s+([\d,.]+)\s*$", line)
        if found:
            outcomes[(by_words[found[2]], _currency(found[1]))] = (int(_number(found[3])), _number(found[4]))
    for line in section(text, "Money held back for review", "Items by grade"):
        found = re.match(rf"^\s*({_CURRENCY})\s+([\d,]+)\s+([\d,.]+)\s*$", line)
        if found:
            held[_currency(found[1])] = (int(_number(found[2])), _number(found[3]))
    return outcomes, held


def summed(rows, held_value) -> tuple[dict, dict]:
    """The same from export rows (CSV: text, `held` "true"; JSON: `held` true)."""
    outcomes, held = defaultdict(lambda: (0, Decimal(0))), defaultdict(lambda: (0, Decimal(0)))
    for row in rows:
        currency = row["currency"] or ""
        key, amount = (row["outcome"], currency), Decimal(row["outcome_amount"])
        outcomes[key] = (outcomes[key][0] + 1, outcomes[key][1] + amount)
        if row["held"] == held_value:
            held[currency] = (held[currency][0] + 1, held[currency][1] + amount)
    return dict(outcomes), dict(held)
