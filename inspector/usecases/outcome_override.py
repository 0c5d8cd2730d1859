"""A supervisor decides what the customer gets (refund, store credit, exchange or nothing) at the rule's amount;
an audited decision like the review's overrides (`inspector.usecases.review`), and the only one besides an approval
that releases a hold."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspector.domain.flags import Flag
from inspector.domain.outcomes import Outcome, chosen_outcome
from inspector.domain.review import ReviewAction
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import InspectionRow
from inspector.usecases.review import (Decision, deciding_on, item_changed, money_text, require_reason,
                                       write_audit)
from inspector.usecases.unit_assessment import outcome_values, stored_deductions
from inspector.usecases.unit_of_work import UnitOfWork

CHOOSABLE = (Outcome.REFUND, Outcome.STORE_CREDIT, Outcome.EXCHANGE, Outcome.NONE)


@dataclass(frozen=True)
class OverrideOutcome(Decision):
    outcome: str                # refund | exchange | store_credit | none, at the rule's amount
    reason: str


def _outcome_of(row: InspectionRow) -> dict[str, Any]:
    return {"outcome": row.outcome, "outcome_amount": money_text(row.outcome_amount),
            "exchange_sku": row.exchange_sku}


def set_outcome(row: InspectionRow, uow: UnitOfWork, outcome: Outcome) -> tuple[dict[str, Any], dict[str, Any]]:
    """A supervisor's outcome at the rule's amount (what the item's deductions give), here and when pulled."""
    before = _outcome_of(row)
    for column, value in outcome_values(chosen_outcome(uow.policy, outcome, stored_deductions(row),
                                                       row.exchange_sku)).items():
        setattr(row, column, value)
    return before, _outcome_of(row)


def override_outcome(cmd: OverrideOutcome, uow: UnitOfWork) -> str:
    """Decides what the customer gets (and so releases a hold); returns the audit row's id."""
    outcome = next((o for o in CHOOSABLE if o.value == cmd.outcome), None)
    if outcome is None:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "Unknown outcome {code}."), code=cmd.outcome)
    with uow:
        deciding = deciding_on(uow, cmd)
        reason = require_reason(cmd.reason)
        row = deciding.row
        if outcome is Outcome.EXCHANGE and not row.exchange_sku:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The customer named no item to exchange for."))
        held = Flag.HELD_FOR_REVIEW.value in row.flags
        before, after = set_outcome(row, uow, outcome)
        if before == after and not held:
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "The item already has that value."))
        item_changed(uow, cmd.at, row, deciding.based_on + 1)
        audit_id = write_audit(uow, cmd, deciding, ReviewAction.OUTCOME, before, after, reason)
        uow.commit()
        return audit_id
