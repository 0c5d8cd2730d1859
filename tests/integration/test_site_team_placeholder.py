"""A bench's own operator is matched to the site's person whose id a placeholder already holds (made when a desk's
copies or a pulled decision named that id before the team arrived): the placeholder becomes the person, the local
account's records are re-pointed, and the pull does not fail on the id."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from inspector.domain.operators import Role, hash_pin, verify_pin
from inspector.storage.orm import OperatorRow, ParcelRow
from inspector.sync.operator_pull import PulledTeam, store_page
from inspector.sync.site_copies import ensure_operators
from tests.conftest import NOW
from tests.integration.faults.workload import make_bench, work

SITE_ID = "5b9f3f3e-1d7a-4c55-9a51-1f2e3d4c5b6a"


def test_a_placeholder_holding_the_site_id_becomes_the_person_when_the_team_arrives(tmp_path):
    bench = make_bench(tmp_path, "DESK-1")      # its own OP-1001 Ana Popescu, with work of her own
    try:
        work(bench, 2, finish=True)
        with bench.uow() as uow:
            ensure_operators(uow.connection, {SITE_ID: NOW.isoformat()})
            uow.commit()
        person = {"id": SITE_ID, "badge": "OP-1001", "name": "Ana Popescu", "role": Role.INSPECTOR.value,
                  "lang": "ro", "active": True, "pin_hash": hash_pin("2468"), "updated_at": NOW.isoformat()}
        pulled = PulledTeam()
        store_page([person], bench.uow(), NOW + dt.timedelta(minutes=1), pulled)
        assert [m["site_id"] for m in pulled.merged] == [SITE_ID] and pulled.set_aside == []
        with bench.database.engine.connect() as conn:
            row = conn.execute(select(OperatorRow).where(OperatorRow.id == SITE_ID)).one()
            owners = set(conn.scalars(select(ParcelRow.operator_id)))
        assert (row.badge, row.name, row.active, row.origin) == ("OP-1001", "Ana Popescu", True, "site")
        assert verify_pin("2468", row.pin_hash)
        assert owners == {SITE_ID}                  # her parcels now carry the site's id
    finally:
        bench.close()
