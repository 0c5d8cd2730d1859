"""The hub against a hostile client, over HTTP on loopback (uvicorn in a thread, SQLite).

Whatever arrives, the answer is a 4xx with a reason in a body the OpenAPI description publishes, or a per-record
verdict; never a 500, never a record changed, lost or doubled on its way in. One hub serves the whole module (each
test pushes its own record ids), to keep these tests fast.
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from contextlib import closing

import httpx
import jsonschema_rs
import pytest

from tests.integration.faults.hubs import ThreadHub, issue_tokens
from tests.unit.test_sync_hub_records import inspection as inspection_record, parcel


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    db_url = f"sqlite:///{root}/hub.sqlite3"
    tokens = issue_tokens(db_url, "B1", "B2")
    with ThreadHub(db_url) as running:
        running.tokens = tokens
        running.db_path = root / "hub.sqlite3"
        running.spec = httpx.get(f"{running.url}/openapi.json").json()
        with httpx.Client(base_url=running.url, timeout=30) as client:
            running.client = client
            yield running


def post(hub, body: bytes, content_type: str | None = "application/json", token: str | None = None,
         **headers: str) -> httpx.Response:
    sent = {"Authorization": f"Bearer {token or hub.tokens['B1']}", **headers}
    if content_type is not None:
        sent["Content-Type"] = content_type
    answer = hub.client.post("/v1/records", content=body, headers=sent)
    assert_published(hub, "post", "/v1/records", answer)
    return answer


def envelope(record, **changes):
    sent = {"type": record.type, "id": record.id, "version": record.version, "data": record.data}
    sent.update(changes)
    return sent


def batch(*records) -> bytes:
    return json.dumps({"records": list(records)}).encode()


def assert_published(hub, method: str, path: str, answer: httpx.Response) -> None:
    """The answer's status is declared for the operation and its JSON body matches the declared schema."""
    declared = hub.spec["paths"][path][method]["responses"]
    assert str(answer.status_code) in declared, f"{answer.status_code} not declared for {method} {path}"
    assert answer.headers["content-type"].startswith("application/json"), answer.headers
    schema = declared[str(answer.status_code)]["content"]["application/json"]["schema"]
    validator = jsonschema_rs.validator_for({**schema, "components": hub.spec["components"]})
    errors = [e.message for e in validator.iter_errors(answer.json())]
    assert not errors, (answer.text[:300], errors)


def stored(hub, record_id: str):
    with closing(sqlite3.connect(hub.db_path)) as db:
        rows = db.execute("SELECT version, data FROM hub_records WHERE record_id = ?", (record_id,)).fetchall()
    return [(version, data) for version, data in rows]


def inspection(record_id: str, **changes):
    return envelope(inspection_record(record_id, **changes))


def outcomes(answer: httpx.Response) -> list[tuple[str, str]]:
    assert answer.status_code == 200, answer.text[:300]
    return [(r["id"], r["outcome"]) for r in answer.json()["results"]]


def reasons(answer: httpx.Response) -> dict[str, str | None]:
    return {r["id"]: r["reason"] for r in answer.json()["results"]}


# -- 1. nesting ----------------------------------------------------------------------------------------------------
def test_json_nested_beyond_the_parsers_depth_is_a_422_with_a_reason_not_a_500(hub):
    deep_data = (b'{"records":[{"type":"parcel_receipt","id":"deep-1","version":1,"data":'
                 + b'{"a":' * 1100 + b"1" + b"}" * 1100 + b"}]}")
    deep_list = b"[" * 100_000 + b"]" * 100_000
    for body in (deep_data, deep_list):
        answer = post(hub, body)
        assert answer.status_code == 422
        assert "nested" in answer.json()["detail"][0]["msg"]
    assert stored(hub, "deep-1") == []


def test_record_data_nested_deeper_than_can_be_stored_is_rejected_on_its_own(hub):
    deep = b'{"a":' * 1000 + b"1" + b"}" * 1000      # within what the hub parses, far beyond any real record
    body = batch(envelope(parcel("deep-2", extra="DEEP")), envelope(parcel("deep-3"))).replace(b'"DEEP"', deep)
    answer = post(hub, body)
    assert outcomes(answer) == [("deep-2", "rejected"), ("deep-3", "applied")]
    assert "nested" in reasons(answer)["deep-2"]
    assert stored(hub, "deep-2") == []


# -- 2. types are what the schema says, never coerced ----------------------------------------------------------------
@pytest.mark.parametrize("changes, where", [
    ({"version": "1"}, "version"),
    ({"version": True}, "version"),
    ({"version": 1.0}, "version"),
    ({"version": 2**64}, "version"),
    ({"data": "{}"}, "data"),
    ({"data": None}, "data"),
])
def test_a_wrong_type_in_the_envelope_rejects_that_record_only(hub, changes, where):
    key = f"env-{where}-{type(next(iter(changes.values()))).__name__}"
    bad = envelope(parcel(key), **changes)
    answer = post(hub, batch(bad, envelope(parcel(f"{key}-good"))))
    assert outcomes(answer) == [(key, "rejected"), (f"{key}-good", "applied")]
    assert reasons(answer)[key].startswith(where), reasons(answer)
    assert stored(hub, key) == []


def test_a_record_that_cannot_be_named_makes_the_batch_a_422(hub):
    for bad in ({"type": "parcel_receipt", "id": 7, "version": 1, "data": {}}, ["not", "an", "object"], 5,
                {"type": None, "id": "x", "version": 1, "data": {}}):
        answer = post(hub, batch(envelope(parcel("nameless-good")), bad))
        assert answer.status_code == 422, answer.text
        assert answer.json()["detail"][0]["loc"][:2] == ["records", 1]
    assert stored(hub, "nameless-good") == []


@pytest.mark.parametrize("record, where", [
    (parcel("t-1", version="1"), "version"),
    (parcel("t-2", version=True), "version"),
    (parcel("t-3", received_at=1_700_000_000), "received_at"),
    (parcel("t-4", received_at="2026-11-20"), "received_at"),
    (parcel("t-5", received_at="2026-11-20T09:30:00"), "received_at"),       # no offset: which time is it?
    (parcel("t-6", received_at="2026-02-30T09:30:00+00:00"), "received_at"),
    (parcel("t-7", completed_at=True), "completed_at"),
    (parcel("t-8", flags="scratches"), "flags"),
    (parcel("t-9", flags=[1]), "flags.0"),
    (parcel("t-10", operator_id=5), "operator_id"),
    (parcel("t-11", station=["B1"]), "station"),
    (parcel("t-12", carrier=False), "carrier"),
])
def test_a_wrong_type_inside_a_records_data_is_rejected_with_its_field(hub, record, where):
    answer = post(hub, batch(envelope(record), envelope(parcel(f"{record.id}-good"))))
    assert outcomes(answer) == [(record.id, "rejected"), (f"{record.id}-good", "applied")]
    assert reasons(answer)[record.id].startswith(where), reasons(answer)
    assert stored(hub, record.id) == []


@pytest.mark.parametrize("changes, where", [
    ({"unit_price": 19.99}, "unit_price"),
    ({"unit_price": 1999}, "unit_price"),
    ({"refund": "1e3"}, "refund"),
    ({"refund": "NaN"}, "refund"),
    ({"refund": "1" * 16}, "refund"),
    ({"refund": "1.1234567"}, "refund"),
    ({"findings": [{"code": "x", "deduction": 2, "basis": ""}]}, "findings.0.deduction"),
    ({"findings": ["scratches"]}, "findings.0"),
    ({"findings": {"code": "x"}}, "findings"),
    ({"expiry": "2027-01-31T00:00:00+00:00"}, "expiry"),
    ({"expiry": 20270131}, "expiry"),
    ({"gtin": 5901234123457}, "gtin"),
    ({"currency": "eur"}, "currency"),
])
def test_money_dates_and_nested_objects_inside_an_inspection_must_be_as_published(hub, changes, where):
    key = f"i-{zlib.crc32(json.dumps(changes).encode())}"
    answer = post(hub, batch(inspection(key, **changes), inspection(f"{key}-good")))
    assert outcomes(answer) == [(key, "rejected"), (f"{key}-good", "applied")]
    assert reasons(answer)[key].startswith(where), reasons(answer)


def test_an_override_wants_objects_where_objects_are_published(hub):
    good = {"id": "o-1", "version": 1, "station": "B1", "inspection_id": "i-1", "action": "override_grade",
            "before": {"grade": "B"}, "after": {"grade": "C"}, "reason": "scuffed", "operator_id": "sup",
            "at": "2026-11-20T10:00:00+00:00", "inspection_version": 3}
    records = [{"type": "inspection_override", "id": f"o-{n}", "version": 1, "data": {**good, "id": f"o-{n}", **bad}}
               for n, bad in enumerate(({}, {"before": '{"grade": "B"}'}, {"after": [["grade", "C"]]},
                                        {"inspection_version": "3"}, {"before": {"grade": 2}}), start=1)]
    answer = post(hub, batch(*records))
    assert outcomes(answer) == [("o-1", "applied")] + [(f"o-{n}", "rejected") for n in range(2, 6)]


# -- 6. numbers, constants, encodings, media types -------------------------------------------------------------------
def test_integers_beyond_64_bits_are_stored_exactly_as_sent(hub):
    numbers = {"serial_number": 2**64 + 1, "ids": [-(2**70), 12345678901234567890123, -(2**63) - 1, 2**64 - 1]}
    spaced = batch(envelope(parcel("big-1", **numbers)))
    compact = json.dumps({"records": [envelope(parcel("big-2", **numbers))]}, separators=(",", ":")).encode()
    for key, body in (("big-1", spaced), ("big-2", compact)):
        assert outcomes(post(hub, body)) == [(key, "applied")]
        (_, data), = stored(hub, key)
        kept = json.loads(data)
        assert {name: kept[name] for name in numbers} == numbers


def test_nan_infinity_and_overflowing_numbers_are_not_json(hub):
    good = batch(envelope(parcel("const-1")))
    for literal in (b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e999"):
        body = good.replace(b'"flags": []', b'"flags": [], "weight": ' + literal)
        answer = post(hub, body)
        assert answer.status_code == 422, (literal, answer.text)
        assert "not JSON" in answer.json()["detail"][0]["msg"]
    assert stored(hub, "const-1") == []


def test_a_body_that_is_not_utf8_json_is_a_422(hub):
    good = batch(envelope(parcel("enc-1")))
    for body in (good.replace(b'"intact"', b'"int\xff\xfeact"'), good.decode().encode("utf-16"),
                 good.decode().encode("utf-32"), b"\xef\xbb\xbf" + good, b"", b"   ", b"{", good + b"x"):
        answer = post(hub, body)
        assert answer.status_code == 422, (body[:20], answer.text)
    assert stored(hub, "enc-1") == []


def test_a_lone_surrogate_is_kept_and_the_stored_text_is_still_json(hub):
    answer = post(hub, b'{"records":[' + json.dumps(envelope(parcel("sur-1", note="a\ud800b"))).encode() + b"]}")
    assert outcomes(answer) == [("sur-1", "applied")]
    (_, data), = stored(hub, "sur-1")
    assert json.loads(data)["note"] == "a\ud800b"


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded",
                                          "garbage;;;=", "application/json; charset=latin-1"])
def test_a_push_must_say_it_is_json(hub, content_type):
    key = "ct-" + "".join(c for c in str(content_type) if c.isalnum())
    answer = post(hub, batch(envelope(parcel(key))), content_type=content_type)
    assert answer.status_code == 415, answer.text
    assert "application/json" in answer.json()["detail"]
    assert stored(hub, key) == []


@pytest.mark.parametrize("content_type", ["application/json", "application/json; charset=utf-8",
                                          "Application/JSON;charset=UTF-8"])
def test_json_with_or_without_its_charset_is_taken(hub, content_type):
    key = "ct-ok-" + "".join(c for c in content_type if c.isalnum())
    assert outcomes(post(hub, batch(envelope(parcel(key))), content_type=content_type)) == [(key, "applied")]


def test_the_top_level_must_be_a_batch_object(hub):
    for body in (b"[]", b'"records"', b"null", b"5", b"true", b'{"records": {}}', b'{"records": null}',
                 b'{"records": [], "extra": 1}', b"{}"):
        answer = post(hub, body)
        assert answer.status_code == 422, (body, answer.text)
    empty = post(hub, b'{"records": []}')
    assert empty.status_code == 200 and empty.json()["results"] == [] and empty.json()["applied"] == 0


def test_huge_strings_are_judged_by_their_field(hub):
    long_note = "x" * 2_000_000
    answer = post(hub, batch(inspection("huge-1", note=long_note), envelope(parcel("huge-2", remark=long_note)),
                             envelope(parcel("huge-3"), id="h" * 65)))
    assert outcomes(answer) == [("huge-1", "rejected"), ("huge-2", "applied"), ("h" * 65, "rejected")]
    assert reasons(answer)["huge-1"].startswith("note") and reasons(answer)["h" * 65].startswith("id")
    (_, data), = stored(hub, "huge-2")
    assert json.loads(data)["remark"] == long_note


def test_duplicate_keys_are_judged_and_stored_alike(hub):
    # Last one wins, in the verdict and in what is kept: no reader downstream can see another value.
    data = json.dumps(parcel("dup-1").data)[:-1] + ', "station": "B2", "station": "B1"}'
    answer = post(hub, ('{"records":[{"type":"parcel_receipt","id":"dup-1","version":1,"data":' + data + "}]}")
                  .encode())
    assert outcomes(answer) == [("dup-1", "applied")]
    (_, kept), = stored(hub, "dup-1")
    assert json.loads(kept)["station"] == "B1" and kept.count('"station"') == 1


# -- replays ---------------------------------------------------------------------------------------------------------
def test_replays_never_change_lose_or_double_a_record(hub):
    first, second = parcel("rep-1", 2, status="open"), parcel("rep-1", 3, status="completed")
    assert outcomes(post(hub, batch(envelope(first)))) == [("rep-1", "applied")]
    assert outcomes(post(hub, batch(envelope(first)))) == [("rep-1", "duplicate")]
    assert outcomes(post(hub, batch(envelope(second), envelope(second)))) == [("rep-1", "applied"),
                                                                               ("rep-1", "duplicate")]
    older = post(hub, batch(envelope(parcel("rep-1", 1))))
    assert outcomes(older) == [("rep-1", "duplicate")] and reasons(older)["rep-1"] == "hub has version 3"
    # The same version again with other contents is a resend as far as the hub is concerned: the first one stays.
    assert outcomes(post(hub, batch(envelope(parcel("rep-1", 3, status="open"))))) == [("rep-1", "duplicate")]
    (version, data), = stored(hub, "rep-1")
    assert version == 3 and json.loads(data)["status"] == "completed"
    other = post(hub, batch(envelope(parcel("rep-1", 9, station="B2"))), token=hub.tokens["B2"])
    assert outcomes(other) == [("rep-1", "rejected")]
    assert stored(hub, "rep-1")[0][0] == 3


# -- every other door -----------------------------------------------------------------------------------------------
def test_bad_queries_and_tokens_get_published_errors(hub):
    token = {"Authorization": f"Bearer {hub.tokens['B1']}"}
    for params in ({"since": "-1"}, {"since": str(2**64)}, {"since": "1e3"}, {"limit": "0"}, {"limit": "\xff"},
                   {"since": "NaN"}):
        answer = hub.client.get("/v1/returns", params=params, headers=token)
        assert answer.status_code == 422
        assert_published(hub, "get", "/v1/returns", answer)
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic Zm9vOmJhcg=="},
                    {"Authorization": "Bearer " + "x" * 4000}, {"Authorization": b"Bearer \xff\xfe"}):
        for path in ("/v1/station", "/v1/policy", "/v1/returns"):
            answer = hub.client.get(path, headers=headers)
            assert answer.status_code == 401, (headers, answer.text)
            assert_published(hub, "get", path, answer)
