"""Weighing at the bench: a parcel as received (against what its return's open units should weigh), or the unit
in hand (against its line's unit weight). Read off a scale or typed; either way the evidence reaches the items'
risk at once."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from inspector.domain import weights
from inspector.domain.returns import Return
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import OWN, InspectionRow, ParcelRow
from inspector.storage.snapshots import load_return
from inspector.usecases.inspections import in_progress_row, reassess
from inspector.usecases.parcels import open_parcel, refresh_parcel_items
from inspector.usecases.unit_assessment import COUNTED_MATCHES, WEIGHED_FLAGS, inspected_per_line
from inspector.usecases.unit_of_work import UnitOfWork

SOURCES = ("scale", "typed")
MAX_GRAMS = 1_000_000        # a tonne on a bench scale is a typo


@dataclass(frozen=True)
class RecordWeight:
    at: dt.datetime
    operator_id: str
    grams: int
    source: str                     # scale | typed
    parcel_id: str | None = None
    inspection_id: str | None = None


def record_weight(cmd: RecordWeight, uow: UnitOfWork) -> None:
    if (cmd.parcel_id is None) == (cmd.inspection_id is None):
        raise ValueError("weigh either a parcel or an item")
    if cmd.source not in SOURCES:
        raise ValueError(f"unknown weight source {cmd.source!r}")
    if not 0 < cmd.grams <= MAX_GRAMS:
        raise RefusedError(QT_TRANSLATE_NOOP("bench", "A weight must be between 1 g and {most} g."),
                           most=f"{MAX_GRAMS}")
    with uow:
        if cmd.inspection_id is not None:
            row = in_progress_row(uow, cmd.inspection_id)
            row.weight_g, row.weight_source = cmd.grams, cmd.source
            reassess(uow, row)
        else:
            assert cmd.parcel_id is not None
            _weigh_parcel(uow, open_parcel(uow, cmd.parcel_id), cmd)
        uow.commit()


def _weigh_parcel(uow: UnitOfWork, parcel: ParcelRow, cmd: RecordWeight) -> None:
    rule = uow.policy.fraud.weight
    rma = load_return(uow.connection, parcel.return_id) if parcel.return_id else None
    contents = _expected_contents(uow, parcel, rma)
    parcel.weight_g, parcel.weight_source = cmd.grams, cmd.source
    parcel.expected_weight_g = None if contents is None else contents + rule.packaging_g
    found = {} if contents is None else weights.parcel_weight_flags(cmd.grams, contents, rule)
    parcel.flags = sorted((set(parcel.flags or ()) - WEIGHED_FLAGS) | set(found))
    parcel.version += 1
    uow.session.flush()
    uow.record_change("parcel_receipt", parcel.id, parcel.version, cmd.at)
    refresh_parcel_items(uow, parcel, rma, cmd.at)


def _expected_contents(uow: UnitOfWork, parcel: ParcelRow, rma: Return | None) -> int | None:
    """What the units the parcel should hold weigh: those still expected on the return, counting this parcel's own
    units as still in it (it is weighed as received), without the packaging. None when a weight is unknown."""
    if rma is None:
        return None
    counted = inspected_per_line(uow, rma)
    i = InspectionRow
    here = dict(uow.session.execute(
        select(i.return_line_id, func.count()).where(i.parcel_id == parcel.id, i.origin == OWN,
                                                     i.status != "cancelled", i.match_kind.in_(COUNTED_MATCHES))
        .group_by(i.return_line_id)).all())
    pairs = [(ln.unit_weight_g, ln.quantity - counted.get(ln.id, 0) + here.get(ln.id, 0)) for ln in rma.lines]
    return weights.expected_parcel_g([(g, n) for g, n in pairs if n > 0], 0)
