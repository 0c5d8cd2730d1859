"""Issue 17, closing the day: a desk (or the administrator) signs the site's day off; the hub keeps the report
numbered and immutable, names the stations not heard from since before the day ended, refuses a second closing
naming who signed when, and puts records that arrive later into an addendum and the next report, never into the
signed one.

A real hub over HTTP on loopback (SQLite and PostgreSQL), real benches, the real CLI; PDFs read with pdftotext.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

import httpx
import pytest
from sqlalchemy import update

from inspector.hub.schema import stations
from inspector.hub.storage import make_hub_engine
from inspector.usecases import review
from inspector.wire import STATION_HEADER
from tests.integration.faults.hubs import ThreadHub
from tests.integration.site_day_helpers import (DAY, EVENING, hub_cli, hub_db_url, join_bench, open_site, pdf_text,
                                                push, scans, totals, with_sample_returns)

NEXT_DAY = DAY + dt.timedelta(days=1)
LATER_DAY = DAY + dt.timedelta(days=2)


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request, tmp_path):
    yield from hub_db_url(request, tmp_path)


def as_station(token: str, station: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", STATION_HEADER: station}


def existed_before(db_url: str, *names: str) -> None:
    """Stations issued now stand for ones the site had long before the days under test."""
    engine = make_hub_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(update(stations).where(stations.c.name.in_(names))
                         .values(created_at="2020-01-01T00:00:00.000000+00:00"))
    finally:
        engine.dispose()


def close(hub: ThreadHub, token: str, station: str, day: dt.date, signer: str = "Nguyễn Thị Lan") -> httpx.Response:
    return httpx.post(f"{hub.url}/v1/site/days/{day.isoformat()}/close", json={"signed_by": signer},
                      headers=as_station(token, station), timeout=120)


def regrade(bench, plate: str) -> str:
    """The bench's supervisor changes an item's grade after the day was signed: a newer version of a signed record."""
    with bench.database.engine.connect() as conn:
        inspection_id, grade = conn.exec_driver_sql("SELECT id, grade FROM item_inspections WHERE license_plate = ?",
                                                    (plate,)).one()
        supervisor = conn.exec_driver_sql("SELECT id FROM operators WHERE badge = 'OP-2001'").scalar_one()
    review.override_grade(review.OverrideGrade(inspection_id, supervisor, bench.station, EVENING + dt.timedelta(hours=1),
                                               "E" if grade != "E" else "D", "found broken later"), bench.uow())
    return plate


def test_a_desk_closes_the_day_once_and_records_that_come_later_never_change_the_signed_report(tmp_path, hub_db,
                                                                                               capsys):
    tokens = open_site(hub_db, "B1", "B2", desks=("DESK-1",))
    existed_before(hub_db, "B1", "B2", "DESK-1")
    with ThreadHub(hub_db) as hub:
        bench = join_bench(tmp_path, "B1", hub, tokens["B1"])
        with_sample_returns(bench, hub_db)
        on_time = scans(bench, 6, EVENING - dt.timedelta(hours=5), "LPA")
        scans(bench, 2, EVENING - dt.timedelta(days=1), "LPB")          # the day before
        push(bench)

        # A plain station may not sign the site's day off, and is told why.
        refused = close(hub, tokens["B1"], "B1", DAY)
        assert refused.status_code == 403
        assert "site-view" in refused.json()["detail"]
        assert httpx.get(f"{hub.url}/v1/site/days", headers=as_station(tokens["B1"], "B1")).status_code == 403

        signed = close(hub, tokens["DESK-1"], "DESK-1", DAY)
        assert signed.status_code == 200, signed.text
        first = signed.json()
        assert first["number"] == 1 and first["day"] == DAY.isoformat()
        assert first["signed_by"] == "Nguyễn Thị Lan (DESK-1)"
        # B2 never pushed or pulled: the report names it. B1 and the desk were heard after the day ended.
        assert [s["station"] for s in first["stations_behind"]] == ["B2"]

        again = close(hub, tokens["DESK-1"], "DESK-1", DAY, "Ion Marin")
        assert again.status_code == 409
        assert again.json()["number"] == 1 and again.json()["signed_by"] == "Nguyễn Thị Lan (DESK-1)"
        assert "already closed: report no. 1, signed by Nguyễn Thị Lan (DESK-1)" in again.json()["detail"]

        # Numbers follow the order of closing, whatever the days.
        assert hub_cli(hub_db, "close-day", "--date", (DAY - dt.timedelta(days=1)).isoformat(), "--by", "Ana") == 0
        assert json.loads(capsys.readouterr().out)["number"] == 2
        assert hub_cli(hub_db, "close-day", "--date", DAY.isoformat(), "--by", "Ana") == 2
        assert "already closed: report no. 1" in capsys.readouterr().err
        future = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=3)
        assert close(hub, tokens["DESK-1"], "DESK-1", future).status_code == 400

        listed = httpx.get(f"{hub.url}/v1/site/days", headers=as_station(tokens["DESK-1"], "DESK-1")).json()
        assert [(d["number"], d["day"]) for d in listed["days"]] == [(1, DAY.isoformat()),
                                                                   (2, (DAY - dt.timedelta(days=1)).isoformat())]
        assert listed["late"] == []

        # The signed report, byte for byte, as often as asked.
        signed_pdf = tmp_path / "signed.pdf"
        assert hub_cli(hub_db, "report", "--date", DAY.isoformat(), "-o", str(signed_pdf)) == 0
        kept = signed_pdf.read_bytes()
        assert hashlib.sha256(kept).hexdigest() == first["report_sha256"]
        text = pdf_text(signed_pdf)
        assert "Closed day no. 1, signed off by Nguyễn Thị Lan (DESK-1)" in text
        assert "B2 (never heard from)" in text
        assert totals(text)["items"] == len(on_time)

        # A bench that was offline brings two more items of that day, and a desk's decision changes one signed.
        late = scans(bench, 2, EVENING - dt.timedelta(hours=1), "LPC")
        regraded = regrade(bench, on_time[0])
        push(bench)
        again_pdf = tmp_path / "again.pdf"
        assert hub_cli(hub_db, "report", "--date", DAY.isoformat(), "-o", str(again_pdf)) == 0
        assert again_pdf.read_bytes() == kept

        # The addendum lists them, and adds up only them.
        addendum = tmp_path / "addendum.pdf"
        assert hub_cli(hub_db, "report", "--date", DAY.isoformat(), "--addendum", "-o", str(addendum)) == 0
        text = pdf_text(addendum)
        assert "Addendum to end-of-day report no. 1" in text and "Late records for closed days" in text
        assert all(plate in text for plate in late) and regraded in text
        assert not any(plate in text for plate in on_time[1:])
        assert "changed" in text and f"override_grade {regraded}" in text
        assert totals(text)["items"] == len(late) + 1      # the late items and the regraded one, as it is now

        # Desks hear of them by change number.
        since = listed["cursor"]
        news = httpx.get(f"{hub.url}/v1/site/days", params={"since": since},
                         headers=as_station(tokens["DESK-1"], "DESK-1")).json()
        late_items = [r for r in news["late"] if r["type"] == "item_inspection"]
        assert sorted(r["reference"] for r in late_items) == sorted([*late, regraded])
        assert {r["change"] for r in late_items if r["reference"] == regraded} == {"changed"}
        assert {r["day"] for r in news["late"]} == {DAY.isoformat()} and {r["number"] for r in news["late"]} == {1}
        assert httpx.get(f"{hub.url}/v1/site/days", params={"since": news["cursor"]},
                         headers=as_station(tokens["DESK-1"], "DESK-1")).json()["late"] == []

        # The next report lists them: an unsigned one as long as no later closing has...
        next_day = tmp_path / "next.pdf"
        assert hub_cli(hub_db, "report", "--date", NEXT_DAY.isoformat(), "-o", str(next_day)) == 0
        text = pdf_text(next_day)
        assert "Late records for closed days" in text and all(plate in text for plate in late)
        # ...and the next signed one, after which they are news no more.
        assert close(hub, tokens["DESK-1"], "DESK-1", NEXT_DAY).json()["number"] == 3
        signed_next = tmp_path / "signed-next.pdf"
        assert hub_cli(hub_db, "report", "--date", NEXT_DAY.isoformat(), "-o", str(signed_next)) == 0
        assert all(plate in pdf_text(signed_next) for plate in late)
        later = tmp_path / "later.pdf"
        assert hub_cli(hub_db, "report", "--date", LATER_DAY.isoformat(), "-o", str(later)) == 0
        assert "Late records" not in pdf_text(later)
        # Whatever came later, the first signed report is as it was.
        assert hub_cli(hub_db, "report", "--date", DAY.isoformat(), "-o", str(again_pdf)) == 0
        assert again_pdf.read_bytes() == kept
    capsys.readouterr()
    assert hub_cli(hub_db, "closed-days") == 0
    assert [d["number"] for d in json.loads(capsys.readouterr().out)] == [1, 2, 3]
    bench.close()
