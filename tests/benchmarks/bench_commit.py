"""Committing a completed item inspection with its outbox row, against a raw sqlite3 transaction writing the same rows."""
from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from inspector.domain.policy import load_policy
from inspector.paths import resource
from inspector.storage.database import Database
from inspector.usecases import inspections, parcels
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.returns import UpsertReturns, upsert_returns
from inspector.usecases.unit_of_work import UnitOfWork
from tests.benchmarks.figures import report, summary, time_each

N = 1500


def _prepare(db: Database, n: int) -> list[str]:
    from tests.conftest import NOW, UPS, sample_returns
    from inspector.domain.operators import Role
    policy = load_policy(resource("policy.json"))
    uow = lambda: UnitOfWork(db, policy)  # noqa: E731
    op = create_operator(CreateOperator("OP-1001", "Ana", Role.INSPECTOR, "1234", NOW), uow())
    upsert_returns(UpsertReturns(sample_returns(), "bench", NOW), uow())
    # Each item has a deduction, so the shipped policy asks a photo of it: the guard's EXISTS runs, as at a bench.
    from inspector.usecases.photos import AttachPhoto, attach_photo
    from tests.photos import sample_photo
    photo = sample_photo()
    ids = []
    for i in range(n):
        pid = parcels.receive_parcel(parcels.ReceiveParcel("b1", op, UPS, NOW, tracking_number=UPS), uow())
        iid = inspections.start_inspection(inspections.StartInspection(
            pid, op, "b1", "x", f"LP{i:010d}", NOW, gtin="04006381333931"), uow())
        inspections.grade_inspection(inspections.GradeInspection(iid, "B"), uow())
        inspections.toggle_finding(inspections.ToggleFinding(iid, "scratches"), uow())
        attach_photo(AttachPhoto(iid, photo.sha256, photo.size, photo.width, photo.height, None, NOW, op, "b1",
                                 "camera"), uow())
        ids.append(iid)
    return ids


def run() -> bool:
    policy = load_policy(resource("policy.json"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open_sqlite(Path(tmp) / "bench.sqlite3")
        ids = _prepare(db, 2 * (N + 20))
        ours_ids, raw_ids = iter(ids[: N + 20]), iter(ids[N + 20:])
        at = dt.datetime.now(dt.timezone.utc)

        def ours() -> None:
            inspections.complete_inspection(inspections.InspectionCommand(next(ours_ids), at),
                                            UnitOfWork(db, policy))

        ours_ms = time_each(ours, N, warmup=20)
        db.dispose()

        raw = sqlite3.connect(Path(tmp) / "bench.sqlite3", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=NORMAL")
        stamp = at.isoformat()

        def floor() -> None:
            iid = next(raw_ids)
            raw.execute("BEGIN")
            (version,) = raw.execute(
                "UPDATE item_inspections SET status='completed', completed_at=?, version=version+1 "
                "WHERE id=? AND status='in_progress' AND grade IS NOT NULL RETURNING version", (stamp, iid)).fetchone()
            raw.execute("INSERT INTO outbox (record_type, record_id, version, created_at, status, attempts)"
                        " VALUES ('item_inspection', ?, ?, ?, 'pending', 0)", (iid, version, stamp))
            raw.execute("COMMIT")

        floor_ms = time_each(floor, N, warmup=20)
        raw.close()
    print(f"      commit, ours : {summary(ours_ms)}")
    print(f"      commit, raw  : {summary(floor_ms)}")
    from statistics import median
    return report("commit completed inspection + outbox (median)", median(ours_ms), median(floor_ms), 3.0)


if __name__ == "__main__":
    run()
