"""A supervisor desk's copies of another bench's photos: the `inspection_photo` record lands in `inspection_photos`
as a site copy, the review shows it "not here" until its bytes come, and `photo_fetch.fetch_missing` brings them from
a real hub on loopback (GET /v1/photos/{sha256}), hash checked, byte for byte, with a thumbnail."""
from __future__ import annotations

import copy
import datetime as dt

import httpx
import pytest

from inspector.domain.operators import Role
from inspector.photos.store import PhotoStore
from inspector.sync import photo_fetch
from inspector.sync.client import HubClient
from inspector.sync.site_copies import drop_old_copies, store_copies
from inspector.usecases import inspections, parcels, review
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.wire import API
from tests.conftest import NOW, PHONE_GTIN, UPS
from tests.integration.faults.checks import bench_records
from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.integration.faults.site_desk import Clock, assert_desk_matches_hub, issue_site_tokens, open_site
from tests.integration.faults.workload import Bench, make_bench
from tests.photos import attach_test_photo

_ORDER = {"parcel_receipt": 0, "item_inspection": 1, "inspection_override": 2, "inspection_photo": 3}


def _item_with_photos(bench: Bench, seeds: tuple[int, ...]) -> str:
    """A completed item with an exception (a serial not the one shipped), damaged, with a photo per seed."""
    bench.made += 1
    n, op = bench.made, bench.operator_id
    at = NOW + dt.timedelta(seconds=n)
    pid = parcels.receive_parcel(parcels.ReceiveParcel(bench.station, op, UPS, at, tracking_number=UPS,
                                                       carrier="ups"), bench.uow())
    iid = inspections.start_inspection(inspections.StartInspection(
        pid, op, bench.station, PHONE_GTIN, f"LP{n:08d}", at, gtin=PHONE_GTIN, serial="SN-OTHER"), bench.uow())
    inspections.grade_inspection(inspections.GradeInspection(iid, "D"), bench.uow())
    for k, seed in enumerate(seeds):
        attach_test_photo(bench.uow(), iid, store=bench.paths.photos_dir, finding="scratches" if k == 0 else None,
                          seed=seed, at=at + dt.timedelta(milliseconds=k), operator_id=op, station=bench.station)
    inspections.complete_inspection(inspections.InspectionCommand(iid, at), bench.uow())
    parcels.complete_parcel(parcels.ParcelCommand(pid, at), bench.uow())
    return iid


def _feed(bench: Bench) -> list[dict]:
    """The bench's records as the site feed serves them."""
    found = sorted(bench_records(bench.database).items(), key=lambda kv: (_ORDER[kv[0][0]], kv[0][1]))
    return [{"type": t, "id": i, "version": d["version"], "station": d["station"], "seq": n, "data": d}
            for n, ((t, i), d) in enumerate(found, start=1)]


def _rows(bench: Bench, sql: str, *params):
    with bench.database.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).all()


def _queue(desk: Bench) -> dict[str, review.ReviewItem]:
    supervisor = create_operator(CreateOperator(f"SUP-{desk.made}", "Dana", Role.SUPERVISOR, "4321", NOW),
                                 desk.uow())
    desk.made += 1
    day = desk.policy.zone.day_of(NOW)
    return {i.inspection_id: i for i in review.review_queue(review.ReviewQuery(day, day), supervisor, desk.uow())}


@pytest.fixture
def pair(tmp_path):
    b2, desk = make_bench(tmp_path, "B2"), make_bench(tmp_path, "DESK")
    yield b2, desk
    b2.close()
    desk.close()


def test_a_photo_copy_is_stored_for_its_item_follows_newer_versions_and_goes_with_the_item(pair):
    b2, desk = pair
    iid = _item_with_photos(b2, (1,))
    items = _feed(b2)
    [photo] = [r for r in items if r["type"] == "inspection_photo"]
    orphan = copy.deepcopy(photo) | {"id": "photo-orphan"}
    orphan["data"] = orphan["data"] | {"id": "photo-orphan", "inspection_id": "no-such-item"}
    report = store_copies([*items, orphan], desk.uow(), "DESK")
    assert report.stored == 3 and report.set_aside == [("photo-orphan", "the inspection it shows is not at this desk")]
    assert _rows(desk, "SELECT origin, station, sha256, finding_code, uploaded_at, removed_at FROM inspection_photos") \
        == [("site", "B2", photo["data"]["sha256"], "scratches", None, None)]
    [ref] = _queue(desk)[iid].photos
    assert ref == review.PhotoRef(photo["data"]["sha256"], "scratches", False)
    # Fetched here, then a newer version (moved to the item) keeps the mark; one removed leaves the review.
    assert photo_fetch.mark_fetched(desk.database, [ref.sha256], NOW) == 1
    moved = copy.deepcopy(photo)
    moved["version"] = moved["data"]["version"] = 2
    moved["data"]["finding_code"] = None
    assert store_copies([moved], desk.uow(), "DESK").stored == 1
    assert _queue(desk)[iid].photos == (review.PhotoRef(ref.sha256, None, True),)
    assert store_copies([moved], desk.uow(), "DESK").unchanged == 1
    removed = copy.deepcopy(moved)
    removed["version"] = removed["data"]["version"] = 3
    removed["data"]["removed"] = True
    assert store_copies([removed], desk.uow(), "DESK").stored == 1
    assert _queue(desk)[iid].photos == ()
    assert photo_fetch.missing_photos(desk.database, 10) == []
    # The copy goes with its item once older than the window (the foreign key cascades).
    drop_old_copies(desk.uow(), NOW + dt.timedelta(days=2))
    assert _rows(desk, "SELECT count(*) FROM inspection_photos") == [(0,)]


def test_a_desk_fetches_another_benchs_photo_from_the_hub_byte_for_byte(tmp_path):
    hub_dir = tmp_path / "hub-photos"
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B2", "DESK")
    with ThreadHub(db_url, photos_dir=hub_dir) as hub:
        b2 = make_bench(tmp_path, "B2", hub.url, tokens["B2"])
        desk = make_bench(tmp_path, "DESK", hub.url, tokens["DESK"])
        try:
            iid = _item_with_photos(b2, (4, 5))
            items = _feed(b2)
            photos = [r["data"] for r in items if r["type"] == "inspection_photo"]
            assert len(photos) == 2
            store_copies(items, desk.uow(), "DESK")
            store = PhotoStore(desk.paths.photos_dir)
            with HubClient(hub.url, tokens["B2"], station="B2") as bench_client, \
                    HubClient(hub.url, tokens["DESK"], station="DESK") as desk_client:
                # The hub knows neither photo yet: the desk passes them over and tries again later.
                assert photo_fetch.fetch_missing(desk.database, store, desk_client, 10) == 0
                assert {r.here for r in _queue(desk)[iid].photos} == {False}
                acks = bench_client.push([{"type": r["type"], "id": r["id"], "version": r["version"],
                                           "data": r["data"]} for r in items])
                assert {a.outcome for a in acks} == {"applied"}
                # The bench sends the first photo's bytes only; the second is still on its way.
                sent = b2.paths.photos_dir
                first = PhotoStore(sent).read(photos[0]["sha256"])
                answer = httpx.put(f"{hub.url}{API}/photos/{photos[0]['sha256']}", content=first,
                                   headers={"Authorization": f"Bearer {tokens['B2']}",
                                            "Content-Range": f"bytes 0-{len(first) - 1}/{len(first)}",
                                            "Content-Type": "application/octet-stream"})
                assert answer.status_code == 200 and answer.json()["complete"]
                assert photo_fetch.fetch_missing(desk.database, store, desk_client, 10) == 1
                assert photo_fetch.missing_photos(desk.database, 10) == [photos[1]["sha256"]]
            assert store.read(photos[0]["sha256"]) == first and store.verify(photos[0]["sha256"])
            assert store.thumb_path(photos[0]["sha256"]).is_file()
            assert not store.has(photos[1]["sha256"])
            refs = _queue(desk)[iid].photos
            assert {r.sha256: r.here for r in refs} == {photos[0]["sha256"]: True, photos[1]["sha256"]: False}
            fetched = _rows(desk, "SELECT uploaded_at FROM inspection_photos WHERE sha256 = ?", photos[0]["sha256"])
            assert fetched[0][0] is not None
        finally:
            b2.close()
            desk.close()


@pytest.fixture
def site(tmp_path):
    """Bench B1 and a desk on a hub that keeps photos."""
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_site_tokens(db_url, ("B1",), "DESK")
    with ThreadHub(db_url, photos_dir=tmp_path / "hub-photos") as hub:
        site = open_site(tmp_path, hub, tokens, ("B1",), "DESK", Clock())
        try:
            yield site
        finally:
            site.close()


def test_the_desk_pulls_a_benchs_photo_records_through_the_site_feed_then_their_bytes(site):
    """The whole way: B1 pushes its records and uploads its photos (`inspector sync`'s pass), the desk's pass pulls
    the site feed, and the same pass brings the bytes the hub holds (`fetch_missing`)."""
    b1, desk = site.benches["B1"], site.desk
    iid = _item_with_photos(b1, (11, 12))
    assert site.engine(b1).run_once()["ok"]
    desk_engine = site.engine(desk)
    assert desk_engine.run_once(pull=False)["photos"]["fetched"] == 0     # pushing alone fetches nothing
    shas = {r[0] for r in _rows(b1, "SELECT sha256 FROM inspection_photos")}
    report = desk_engine.run_once()
    assert report["ok"] and report["photos"]["fetched"] == 2    # the copies pulled, then their bytes
    assert_desk_matches_hub(site, "")
    store = PhotoStore(desk.paths.photos_dir)
    assert photo_fetch.fetch_missing(desk.database, store, desk_engine.client, 10) == 0
    assert desk_engine.run_once()["photos"]["fetched"] == 0
    sent = PhotoStore(b1.paths.photos_dir)
    for sha in shas:
        assert store.read(sha) == sent.read(sha) and store.thumb_path(sha).is_file()
    assert {r.here for r in _queue(desk)[iid].photos} == {True}


def _photo_records_queued(bench: Bench) -> list[tuple[str, int]]:
    return [tuple(r) for r in _rows(bench, "SELECT record_id, version FROM outbox WHERE record_type = "
                                           "'inspection_photo' ORDER BY id")]


def test_a_photo_taken_while_its_item_is_in_hand_reaches_a_desk_that_pulled_in_between(site):
    """The photo's record waits for its item's: a desk pass between the photo and the completion does not set it
    aside for good. A cancelled item never sent sends no photo record; a reopened one sends its changes at once."""
    b1, desk = site.benches["B1"], site.desk
    op, at = b1.operator_id, NOW
    pid = parcels.receive_parcel(parcels.ReceiveParcel(b1.station, op, UPS, at, tracking_number=UPS,
                                                       carrier="ups"), b1.uow())

    def start(plate: str) -> str:
        iid = inspections.start_inspection(inspections.StartInspection(
            pid, op, b1.station, PHONE_GTIN, plate, at, gtin=PHONE_GTIN, serial="SN-OTHER"), b1.uow())
        inspections.grade_inspection(inspections.GradeInspection(iid, "D"), b1.uow())
        return iid
    dropped = start("LP00000098")
    attach_test_photo(b1.uow(), dropped, store=b1.paths.photos_dir, seed=2, at=at, operator_id=op,
                      station=b1.station)
    inspections.cancel_inspection(inspections.InspectionCommand(dropped, at), b1.uow())
    iid = start("LP00000099")
    sha = attach_test_photo(b1.uow(), iid, store=b1.paths.photos_dir, seed=3, at=at, operator_id=op,
                            station=b1.station).sha256
    assert _photo_records_queued(b1) == []      # neither the cancelled item's nor the one in hand
    assert site.engine(b1).run_once()["ok"]
    assert site.engine(desk).run_once()["pulled"]["site"]["set_aside"] == []
    inspections.complete_inspection(inspections.InspectionCommand(iid, at), b1.uow())
    assert [v for _id, v in _photo_records_queued(b1)] == [1]
    assert site.engine(b1).run_once()["ok"]
    assert site.engine(desk).run_once()["pulled"]["site"]["set_aside"] == []
    assert [r.sha256 for r in _queue(desk)[iid].photos] == [sha]
    # Sent once: a change of its photos goes at once, while the item is in hand again too.
    inspections.reopen_last_completed(inspections.InspectionCommand(iid, at), b1.uow())
    attach_test_photo(b1.uow(), iid, store=b1.paths.photos_dir, seed=4, at=at + dt.timedelta(seconds=1),
                      operator_id=op, station=b1.station)
    assert len(_photo_records_queued(b1)) == 2
