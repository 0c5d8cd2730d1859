"""The supervisor's export and insight use cases on a real SQLite file: both check the role themselves (an inspector,
an unknown or a deactivated operator is refused with the review's RefusedError and nothing is read or written), both
refuse a range that runs backwards, and what a supervisor gets matches the database."""
from __future__ import annotations

import csv
import datetime as dt
import errno
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from inspector.domain.site_day import LOCAL
from inspector.demo.history import HistoryOptions, generate_history
from inspector.errors import EnvironmentProblem, RefusedError
from inspector.exporting import ExportWriteError, export_file_name
from inspector.exporting.atomic_file import _explain
from inspector.storage.orm import InspectionRow, OperatorRow
from inspector.usecases.exports import ExportInspections, export_inspections
from inspector.usecases.insight import InsightQuery, insight_figures
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW

FIRST, LAST = LOCAL.day_of(NOW) - dt.timedelta(days=2), LOCAL.day_of(NOW)
REFUSAL = "Only a supervisor can review and override inspections."


@pytest.fixture
def history(seeded_database, policy):
    generate_history(seeded_database, policy, HistoryOptions(parcels=60, days=3, seed=5), NOW)
    with seeded_database.session() as s:
        ids = dict(s.execute(select(OperatorRow.badge, OperatorRow.id)).all())
    return seeded_database, policy, ids["OP-2001"], ids["OP-1001"]


def _completed(database, first, last):
    start, end = LOCAL.range_bounds(first, last)      # the site's days: this computer's zone by default
    with database.session() as s:
        return s.execute(select(InspectionRow.id, InspectionRow.refund).where(
            InspectionRow.status == "completed", InspectionRow.completed_at >= start,
            InspectionRow.completed_at < end)).all()


def test_a_supervisor_exports_what_the_database_holds(history, tmp_path):
    database, policy, supervisor, _inspector = history
    out = tmp_path / export_file_name(FIRST, LAST, "csv")
    done = export_inspections(ExportInspections(supervisor, FIRST, LAST, "csv", out, station="  "),
                              UnitOfWork(database, policy))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = _completed(database, FIRST, LAST)
    assert done.count == len(rows) == len(expected) > 50 and done.output == out
    assert sorted(r["inspection_id"] for r in rows) == sorted(i for i, _ in expected)
    assert sum(Decimal(r["refund"]) for r in rows if r["refund"]) == sum(r for _, r in expected if r is not None)
    assert out.name == f"inspections-{FIRST.isoformat()}_{LAST.isoformat()}.csv"


@pytest.mark.parametrize("who", ["inspector", "unknown", "deactivated supervisor"])
def test_the_export_refuses_anyone_but_an_active_supervisor(history, tmp_path, who):
    database, policy, supervisor, inspector = history
    operator = {"inspector": inspector, "unknown": "no-such-operator"}.get(who, supervisor)
    if who == "deactivated supervisor":
        with database.engine.begin() as conn:
            conn.execute(update(OperatorRow).where(OperatorRow.id == supervisor).values(active=False))
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(RefusedError) as refused:
        export_inspections(ExportInspections(operator, FIRST, LAST, "json", folder / "refused.json"),
                           UnitOfWork(database, policy))
    assert str(refused.value) == REFUSAL and refused.value.text.template == REFUSAL
    assert list(folder.iterdir()) == []            # not even a temporary file


def test_the_insight_read_refuses_an_inspector(history):
    database, policy, supervisor, inspector = history
    with pytest.raises(RefusedError) as refused:
        insight_figures(InsightQuery(FIRST, LAST), inspector, UnitOfWork(database, policy))
    assert str(refused.value) == REFUSAL
    figures = insight_figures(InsightQuery(FIRST, LAST), supervisor, UnitOfWork(database, policy))
    assert figures.items == len(_completed(database, FIRST, LAST)) > 50


def test_backwards_ranges_and_unknown_formats_are_refused(history, tmp_path):
    database, policy, supervisor, _inspector = history
    uow = UnitOfWork(database, policy)
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with pytest.raises(RefusedError, match=rf"The range ends \({FIRST}\) before it starts \({LAST}\)"):
        insight_figures(InsightQuery(LAST, FIRST), supervisor, uow)
    with pytest.raises(RefusedError, match="before it starts"):
        export_inspections(ExportInspections(supervisor, LAST, FIRST, "csv", tmp_path / "x.csv"), uow)
    with pytest.raises(RefusedError, match="Unknown export format xlsx: choose csv, json"):
        export_inspections(ExportInspections(supervisor, FIRST, LAST, "xlsx", tmp_path / "x.xlsx"), uow)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_export_is_an_environment_problem_with_a_translatable_message(history, tmp_path):
    database, policy, supervisor, _inspector = history
    out = tmp_path / "missing" / "x.csv"
    with pytest.raises(ExportWriteError) as failed:
        export_inspections(ExportInspections(supervisor, FIRST, LAST, "csv", out), UnitOfWork(database, policy))
    problem = failed.value
    assert isinstance(problem, EnvironmentProblem)
    assert str(problem) == f"The folder {out.parent} does not exist. Create it or choose another folder."
    said = problem.text.translated(lambda _context, template: template.upper() if "{" not in template else template)
    assert said == f"The folder {out.parent} does not exist. CREATE IT OR CHOOSE ANOTHER FOLDER."
    full = _explain(OSError(errno.ENOSPC, "No space left on device"), out)
    assert str(full) == f"The disk is full: {out} was not written. Free some space and export again."
