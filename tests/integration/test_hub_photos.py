"""The hub's photos over HTTP on loopback (uvicorn in a thread, SQLite, a real photo folder): a photo's record first,
then its bytes in chunks by Content-Range, resumable from what the hub holds; downloads by station tokens only."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import socket
import time

import httpx
import pytest
from PIL import Image
from sqlalchemy import select

from inspector.cli.main import main
from inspector.hub import ingest
from inspector.hub.schema import photos, records
from inspector.hub.stations import set_site_view
from inspector.hub.storage import make_hub_engine
from inspector.photos.store import PhotoStore
from inspector.sync import photo_upload
from inspector.sync.client import HubClient, HubUnavailable, PhotoBytesRefused, PhotoSizeWrong
from inspector.sync.photo_queue import QueuedPhoto
from tests.integration.faults.hubs import ThreadHub, issue_integration, issue_tokens
from tests.integration.faults.proxy import Fault, FaultProxy
from tests.unit.test_sync_hub_records import inspection

TAKEN_AT = "2026-12-07T10:15:00+00:00"


def noise_jpeg(width: int = 640, height: int = 480, seed: int = 1) -> bytes:
    """A real JPEG that does not compress much: a few hundred kB, several chunks."""
    pixels = hashlib.shake_256(seed.to_bytes(4, "big")).digest(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), pixels).save(out, "JPEG", quality=95)
    return out.getvalue()


def photo_record(record_id: str, jpeg: bytes, station: str = "B1", version: int = 1, **changes) -> ingest.Incoming:
    data = {"id": record_id, "version": version, "station": station, "inspection_id": "i1", "finding_code": None,
            "sha256": hashlib.sha256(jpeg).hexdigest(), "bytes": len(jpeg), "width": 640, "height": 480,
            "taken_at": TAKEN_AT, "operator_id": "op-1", "source": "camera", "removed": False, **changes}
    return ingest.Incoming("inspection_photo", record_id, version, data)


@pytest.fixture
def photo_hub(tmp_path):
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1", "B2")
    integration = issue_integration(db_url, "ERP")
    with ThreadHub(db_url, photos_dir=tmp_path / "photos") as running:
        running.tokens, running.integration = tokens, integration
        yield running


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def push(hub, token: str, *incoming: ingest.Incoming) -> dict:
    body = {"records": [{"type": r.type, "id": r.id, "version": r.version, "data": r.data} for r in incoming]}
    answer = httpx.post(f"{hub.url}/v1/records", json=body, headers=_auth(token))
    assert answer.status_code == 200
    return answer.json()


def put(hub, token: str, sha: str, data: bytes, first: int, total: int) -> httpx.Response:
    return httpx.put(f"{hub.url}/v1/photos/{sha}", content=data, timeout=30,
                     headers={**_auth(token), "Content-Type": "application/octet-stream",
                              "Content-Range": f"bytes {first}-{first + len(data) - 1}/{total}"})


def status(hub, token: str, sha: str) -> dict:
    answer = httpx.get(f"{hub.url}/v1/photos/{sha}/upload", headers=_auth(token))
    assert answer.status_code == 200
    return answer.json()


def upload(hub, token: str, jpeg: bytes, chunk: int = 64 * 1024) -> list[dict]:
    sha, answers = hashlib.sha256(jpeg).hexdigest(), []
    offset = status(hub, token, sha)["received"]
    while offset < len(jpeg):
        answer = put(hub, token, sha, jpeg[offset:offset + chunk], offset, len(jpeg))
        assert answer.status_code == 200, answer.text
        answers.append(answer.json())
        offset = answer.json()["received"]
    return answers


def stored_file(hub, sha: str):
    return hub.photos_dir / sha[:2] / f"{sha}.jpg"


def partial_file(hub, sha: str):
    return hub.photos_dir / "partial" / f"{sha}.part"


def test_a_photo_sent_in_chunks_after_its_record_is_kept_byte_for_byte(photo_hub, capsys):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    assert len(jpeg) > 4 * 64 * 1024
    assert status(photo_hub, photo_hub.tokens["B1"], sha) == {"sha256": sha, "size": None, "received": 0,
                                                              "complete": False}
    assert push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))["applied"] == 1
    assert status(photo_hub, photo_hub.tokens["B1"], sha) == {"sha256": sha, "size": len(jpeg), "received": 0,
                                                              "complete": False}
    answers = upload(photo_hub, photo_hub.tokens["B1"], jpeg)
    assert [a["complete"] for a in answers] == [False] * (len(answers) - 1) + [True]
    assert answers[0] == {"received": 64 * 1024, "complete": False}
    assert stored_file(photo_hub, sha).read_bytes() == jpeg
    assert not partial_file(photo_hub, sha).exists()
    assert status(photo_hub, photo_hub.tokens["B1"], sha) == {"sha256": sha, "size": len(jpeg),
                                                              "received": len(jpeg), "complete": True}
    # Any station may fetch it (a desk, another bench), whole or by range.
    got = httpx.get(f"{photo_hub.url}/v1/photos/{sha}", headers=_auth(photo_hub.tokens["B2"]))
    assert got.status_code == 200 and got.content == jpeg
    assert got.headers["content-type"] == "image/jpeg" and got.headers["etag"] == f'"{sha}"'
    assert "immutable" in got.headers["cache-control"]
    part = httpx.get(f"{photo_hub.url}/v1/photos/{sha}",
                     headers={**_auth(photo_hub.tokens["B2"]), "Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == jpeg[100:200]
    assert main(["hub", "stats", "--db", photo_hub.db_url]) == 0
    assert json.loads(capsys.readouterr().out)["photos"] == {"held": 1, "stored": 1}


def test_a_photo_no_record_names_is_refused_and_never_written(photo_hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    answer = put(photo_hub, photo_hub.tokens["B1"], sha, jpeg, 0, len(jpeg))
    assert answer.status_code == 404 and "push the records first" in answer.json()["detail"]
    assert not partial_file(photo_hub, sha).exists() and not stored_file(photo_hub, sha).exists()
    missing = httpx.get(f"{photo_hub.url}/v1/photos/{sha}", headers=_auth(photo_hub.tokens["B1"]))
    assert missing.status_code == 404


def test_a_chunk_that_does_not_start_where_the_hub_stands_gets_409_with_where(photo_hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    assert put(photo_hub, photo_hub.tokens["B1"], sha, jpeg[:1000], 0, len(jpeg)).json() == {
        "received": 1000, "complete": False}
    for wrong in (0, 500, 2000):
        answer = put(photo_hub, photo_hub.tokens["B1"], sha, jpeg[wrong:wrong + 1000], wrong, len(jpeg))
        assert answer.status_code == 409 and answer.json()["received"] == 1000
    assert partial_file(photo_hub, sha).read_bytes() == jpeg[:1000]     # nothing of the refused chunks written
    upload(photo_hub, photo_hub.tokens["B1"], jpeg)
    assert stored_file(photo_hub, sha).read_bytes() == jpeg


def test_bytes_that_do_not_match_the_hash_get_422_and_the_partial_is_deleted(photo_hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    corrupt = bytearray(jpeg)
    corrupt[len(jpeg) // 2] ^= 0x01
    half = len(jpeg) // 2 + 10
    assert put(photo_hub, photo_hub.tokens["B1"], sha, bytes(corrupt[:half]), 0, len(jpeg)).status_code == 200
    answer = put(photo_hub, photo_hub.tokens["B1"], sha, bytes(corrupt[half:]), half, len(jpeg))
    assert answer.status_code == 422 and answer.json() == {"detail": "the bytes do not match the hash",
                                                           "reason": "hash"}
    assert not partial_file(photo_hub, sha).exists() and not stored_file(photo_hub, sha).exists()
    assert status(photo_hub, photo_hub.tokens["B1"], sha)["received"] == 0      # the bench starts again from 0
    upload(photo_hub, photo_hub.tokens["B1"], jpeg)
    assert stored_file(photo_hub, sha).read_bytes() == jpeg


def test_bytes_that_match_but_are_no_jpeg_are_refused(photo_hub):
    data = os.urandom(5000)
    sha = hashlib.sha256(data).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", data))
    answer = put(photo_hub, photo_hub.tokens["B1"], sha, data, 0, len(data))
    assert answer.status_code == 422 and answer.json() == {"detail": "the bytes are not a JPEG picture",
                                                           "reason": "not_jpeg"}
    assert not partial_file(photo_hub, sha).exists() and not stored_file(photo_hub, sha).exists()


def test_a_size_or_range_that_cannot_be_right_is_refused(photo_hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    over = put(photo_hub, photo_hub.tokens["B1"], sha, jpeg[:100], 0, 25_000_001)
    assert over.status_code == 413
    other_size = put(photo_hub, photo_hub.tokens["B1"], sha, jpeg[:100], 0, len(jpeg) + 1)
    assert other_size.status_code == 422 and other_size.json() == {
        "detail": f"the photo's record gives {len(jpeg)} bytes, not {len(jpeg) + 1}", "reason": "size"}
    headers = {**_auth(photo_hub.tokens["B1"]), "Content-Range": f"bytes 0-99/{len(jpeg)}"}
    longer = httpx.put(f"{photo_hub.url}/v1/photos/{sha}", content=jpeg[:200], headers=headers)
    assert longer.status_code == 422 and longer.json()["reason"] == "range"
    headers["Content-Range"] = "bytes=0-99"
    malformed = httpx.put(f"{photo_hub.url}/v1/photos/{sha}", content=jpeg[:100], headers=headers)
    assert malformed.status_code == 422 and "reason" not in malformed.json()     # refused before the route
    assert status(photo_hub, photo_hub.tokens["B1"], sha)["received"] == 0


def test_the_bench_tells_the_422s_apart_and_sets_a_size_the_hub_disagrees_with_aside_at_once(photo_hub, tmp_path):
    """Only bytes the hub threw away are sent again from 0 (and set aside after 3); a record that gives another size
    is set aside at once, with why; a malformed range is a bug on one side, retried later like an outage."""
    jpeg, sized = noise_jpeg(seed=51), noise_jpeg(seed=52)
    sha, sized_sha = hashlib.sha256(jpeg).hexdigest(), hashlib.sha256(sized).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg),
         photo_record("ph2", sized, bytes=len(sized) + 7))
    corrupt = bytes([jpeg[0] ^ 1]) + jpeg[1:]
    with HubClient(photo_hub.url, photo_hub.tokens["B1"], station="B1") as client:
        with pytest.raises(PhotoBytesRefused):
            client.put_photo_chunk(sha, 0, corrupt, len(jpeg))
        with pytest.raises(PhotoSizeWrong, match="gives"):
            client.put_photo_chunk(sha, 0, jpeg, len(jpeg) + 1)
        with pytest.raises(HubUnavailable, match="HTTP 422"):
            client.put_photo_chunk(sha, 0, jpeg[:10], 5)
        store = PhotoStore(tmp_path / "bench-photos")
        store.put_bytes(sized_sha, sized)
        queued = QueuedPhoto("ph2", sized_sha, len(sized), 0)
        done = photo_upload.begin(client, store, queued)       # the status gives the record's size: nothing sent
        assert isinstance(done, photo_upload.Finished) and done.outcome == photo_upload.SIZE_WRONG
        upload = photo_upload.Upload(queued, sized, 0, False)  # the same refusal from the PUT itself
        done = photo_upload.send_chunk(client, upload, len(sized))
        assert done is not None and done.outcome == photo_upload.SIZE_WRONG
        assert done.reason is not None and done.reason.template == photo_upload.SIZE_DIFFERS
        assert str(done.reason).startswith("The hub's record of the photo gives another size than its file (")
        assert photo_upload.tried_for_good(done, aside=True)


@pytest.mark.monotonic_waits
def test_a_client_gone_mid_body_leaves_what_arrived_and_the_status_says_where_to_go_on(photo_hub):
    jpeg = noise_jpeg(1280, 960)
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    sent = 150_000
    head = (f"PUT /v1/photos/{sha} HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer {photo_hub.tokens['B1']}\r\n"
            f"Content-Type: application/octet-stream\r\nContent-Length: {len(jpeg)}\r\n"
            f"Content-Range: bytes 0-{len(jpeg) - 1}/{len(jpeg)}\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", photo_hub.port)) as cut:
        cut.sendall(head + jpeg[:sent])
        time.sleep(0.2)
    deadline = time.monotonic() + 10
    while status(photo_hub, photo_hub.tokens["B1"], sha)["received"] < sent and time.monotonic() < deadline:
        time.sleep(0.05)
    assert status(photo_hub, photo_hub.tokens["B1"], sha) == {"sha256": sha, "size": len(jpeg), "received": sent,
                                                              "complete": False}
    assert partial_file(photo_hub, sha).read_bytes() == jpeg[:sent]
    answers = upload(photo_hub, photo_hub.tokens["B1"], jpeg, chunk=1024 * 1024)
    assert answers == [{"received": sent + 1024 * 1024, "complete": False},     # on from where it stood
                       {"received": len(jpeg), "complete": True}]
    assert stored_file(photo_hub, sha).read_bytes() == jpeg


def test_a_photo_already_here_is_complete_at_once(photo_hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    upload(photo_hub, photo_hub.tokens["B1"], jpeg)
    # The same picture attached at another bench (or pushed again): its record names it, nothing more is needed.
    push(photo_hub, photo_hub.tokens["B2"], photo_record("ph2", jpeg, station="B2"))
    assert status(photo_hub, photo_hub.tokens["B2"], sha)["complete"] is True
    assert upload(photo_hub, photo_hub.tokens["B2"], jpeg) == []
    again = put(photo_hub, photo_hub.tokens["B2"], sha, jpeg[:1000], 0, len(jpeg))
    assert again.json() == {"received": len(jpeg), "complete": True}
    assert stored_file(photo_hub, sha).read_bytes() == jpeg


def test_only_station_tokens_may_use_the_photo_routes(photo_hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    upload(photo_hub, photo_hub.tokens["B1"], jpeg)
    erp = _auth(photo_hub.integration)
    for method, path in (("GET", f"/v1/photos/{sha}"), ("GET", f"/v1/photos/{sha}/upload")):
        assert httpx.request(method, f"{photo_hub.url}{path}", headers=erp).status_code == 403
        assert httpx.request(method, f"{photo_hub.url}{path}").status_code == 401
    refused = httpx.put(f"{photo_hub.url}/v1/photos/{sha}", content=jpeg[:10],
                        headers={**erp, "Content-Range": f"bytes 0-9/{len(jpeg)}"})
    assert refused.status_code == 403 and "integration" in refused.json()["detail"]


def test_a_hub_without_a_photo_folder_answers_503_and_says_how(hub):
    jpeg = noise_jpeg()
    sha = hashlib.sha256(jpeg).hexdigest()
    assert push(hub, hub.tokens["B1"], photo_record("ph1", jpeg))["applied"] == 1   # the record is kept all the same
    token = _auth(hub.tokens["B1"])
    answers = [httpx.get(f"{hub.url}/v1/photos/{sha}/upload", headers=token),
               httpx.get(f"{hub.url}/v1/photos/{sha}", headers=token),
               put(hub, hub.tokens["B1"], sha, jpeg[:100], 0, len(jpeg))]
    for answer in answers:
        assert answer.status_code == 503
        assert answer.json() == {"detail": "this hub keeps no photos: start it with --photos DIR"}


def test_photo_records_are_checked_and_found_by_their_inspection(photo_hub):
    jpeg = noise_jpeg()
    bad = push(photo_hub, photo_hub.tokens["B1"], photo_record("bad1", jpeg, sha256="ABC"),
               photo_record("bad2", jpeg, bytes=25_000_001), photo_record("bad3", jpeg, width=20_001),
               photo_record("bad4", jpeg, source="scanner"))
    assert [r["outcome"] for r in bad["results"]] == ["rejected"] * 4
    assert [r["reason"].split(":")[0] for r in bad["results"]] == ["sha256", "bytes", "width", "source"]
    push(photo_hub, photo_hub.tokens["B1"], inspection("i1"), photo_record("ph1", jpeg))
    engine = make_hub_engine(photo_hub.db_url)
    try:
        set_site_view(engine, "B2", True)
        with engine.connect() as conn:
            assert conn.execute(select(records.c.subject, records.c.happened_at)
                                .where(records.c.record_type == "inspection_photo")).one() == (
                "i1", "2026-12-07T10:15:00.000000+00:00")
            assert conn.execute(select(photos.c.sha256, photos.c.bytes, photos.c.station, photos.c.stored_at)).all() \
                == [(hashlib.sha256(jpeg).hexdigest(), len(jpeg), "B1", None)]
    finally:
        engine.dispose()
    # A desk pulling the site gets the photo's record with the inspection it belongs to.
    photo_hub.server.config.app.state.clock = lambda: dt.datetime(2026, 12, 8, tzinfo=dt.timezone.utc)
    page = httpx.get(f"{photo_hub.url}/v1/site/records", params={"since": 0},
                     headers=_auth(photo_hub.tokens["B2"])).json()
    assert {(r["type"], r["id"]) for r in page["records"]} >= {("inspection_photo", "ph1"),
                                                               ("item_inspection", "i1")}


@pytest.mark.monotonic_waits
def test_the_proxys_mid_body_faults_leave_a_resumable_upload(photo_hub):
    """The faults the bench's upload tests use (tests/integration/faults/proxy.py), against the hub alone: a cut
    and a held body keep what arrived, a flipped byte is refused once the last byte is in."""
    jpeg = noise_jpeg(1280, 960)
    sha = hashlib.sha256(jpeg).hexdigest()
    push(photo_hub, photo_hub.tokens["B1"], photo_record("ph1", jpeg))
    faults = [Fault.CUT_MID_BODY, Fault.HOLD_MID_BODY, Fault.CORRUPT_BODY]     # the first three PUTs

    def plan(_n: int, method: str, _path: str) -> Fault:
        return faults.pop(0) if method == "PUT" and faults else Fault.PASS

    chunk = 1024 * 1024
    with FaultProxy(photo_hub.port, plan=plan) as proxy:
        via = type("Via", (), {"url": proxy.url})()
        with pytest.raises(httpx.HTTPError):
            put(via, photo_hub.tokens["B1"], sha, jpeg[:chunk], 0, len(jpeg))               # cut
        half = chunk // 2
        assert status(via, photo_hub.tokens["B1"], sha)["received"] == half
        held = jpeg[half:half + chunk]
        with pytest.raises(httpx.TimeoutException):                                       # held: bench gives up
            httpx.put(f"{proxy.url}/v1/photos/{sha}", content=held, timeout=1.0,
                      headers={**_auth(photo_hub.tokens["B1"]),
                               "Content-Range": f"bytes {half}-{half + len(held) - 1}/{len(jpeg)}"})
        assert proxy.held.is_set()
        deadline = time.monotonic() + 10
        while status(via, photo_hub.tokens["B1"], sha)["received"] != half + len(held) // 2 \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        at = status(via, photo_hub.tokens["B1"], sha)["received"]
        assert at == half + len(held) // 2 and partial_file(photo_hub, sha).read_bytes() == jpeg[:at]
        refused = put(via, photo_hub.tokens["B1"], sha, jpeg[at:], at, len(jpeg))        # corrupt
        assert refused.status_code == 422 and not partial_file(photo_hub, sha).exists()
        assert proxy.injected == {"cut_mid_body": 1, "held_mid_body": 1, "body_corrupted": 1}
        assert proxy.forwarded_bytes["PUT"] == at + len(jpeg) - at
        upload(via, photo_hub.tokens["B1"], jpeg, chunk=chunk)
    assert stored_file(photo_hub, sha).read_bytes() == jpeg


def test_a_partial_that_holds_every_byte_but_was_never_put_in_place_is_finished_by_the_status(photo_hub):
    """The hub died between the last write and the rename: the next status finishes the file (or, were its bytes
    wrong, deletes it so the bench starts again from 0) instead of saying "all received, not complete" for ever."""
    good, bad = noise_jpeg(seed=41), noise_jpeg(seed=42)
    token = photo_hub.tokens["B1"]
    push(photo_hub, token, photo_record("p-good", good), photo_record("p-bad", bad))
    good_sha, bad_sha = hashlib.sha256(good).hexdigest(), hashlib.sha256(bad).hexdigest()
    partial_file(photo_hub, good_sha).parent.mkdir(parents=True, exist_ok=True)
    partial_file(photo_hub, good_sha).write_bytes(good)
    partial_file(photo_hub, bad_sha).write_bytes(bad[:-3] + b"\x00\xff\xd9")

    assert status(photo_hub, token, good_sha) == {"sha256": good_sha, "size": len(good), "received": len(good),
                                                  "complete": True}
    assert stored_file(photo_hub, good_sha).read_bytes() == good
    assert not partial_file(photo_hub, good_sha).exists()
    assert status(photo_hub, token, bad_sha)["received"] == 0
    assert not partial_file(photo_hub, bad_sha).exists() and not stored_file(photo_hub, bad_sha).exists()


def test_the_hub_store_names_no_file_but_by_a_hash(tmp_path):
    """A second guard behind the routes' path pattern: nothing but 64 lowercase hex digits makes a file name."""
    from inspector.hub.photo_store import HubPhotoStore
    store = HubPhotoStore(tmp_path / "hub-photos")
    sha = "ab" * 32
    assert store.path(sha) == tmp_path / "hub-photos" / "ab" / f"{sha}.jpg"
    assert store.partial_path(sha) == tmp_path / "hub-photos" / "partial" / f"{sha}.part"
    for wrong in ("../" * 3 + "etc/passwd", sha.upper(), sha[:-1], sha + "0", f"{sha[:-1]}/"):
        with pytest.raises(ValueError):
            store.path(wrong)
        with pytest.raises(ValueError):
            store.partial_path(wrong)
