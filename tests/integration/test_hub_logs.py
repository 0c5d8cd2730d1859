"""The hub's logs as a log shipper reads them: `inspector hub serve` as a real process, its stderr read back.

Every line is one JSON object with time (ISO-8601, UTC), level, logger and message; each request's line adds
method, path, status, duration_ms, client and the station its token belongs to; no token appears anywhere. Behind a
reverse proxy, X-Forwarded-For is believed only from the addresses `--forwarded-allow-ips` names.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.integration.faults.hubs import REPO, free_port, issue_tokens, wait_healthy
from tests.unit.test_sync_hub_records import parcel

FORGED = "203.0.113.9"   # a documentation address: what a client or proxy claims to be forwarding for
NOT_A_TOKEN = "insp_not-a-real-token-but-secret-looking"


def served(tmp_path: Path, name: str, *options: str) -> tuple[Path, str]:
    """`inspector hub serve` with stderr going to a file (never a terminal: the default format is JSON), asked
    `requests`, then stopped: (its log, the station token it was asked with)."""
    db_url = f"sqlite:///{tmp_path}/{name}.sqlite3"
    token = issue_tokens(db_url, "B1")["B1"]
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / f"{name}.log"
    with log.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "inspector.cli.main", "hub", "serve", "--db", db_url, "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "info", *options], cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL, stderr=err)
    try:
        wait_healthy(url, process=process)
        requests(url, token)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    return log, token


def requests(url: str, token: str) -> None:
    """A health check, two authorized requests (the token also in a query string) and one with an unknown token."""
    auth = {"Authorization": f"Bearer {token}", "X-Forwarded-For": FORGED, "X-Forwarded-Proto": "https"}
    assert httpx.get(f"{url}/healthz").status_code == 200
    assert httpx.get(f"{url}/v1/station", headers=auth).json() == {"station": "B1"}
    body = {"records": [{"type": r.type, "id": r.id, "version": r.version, "data": r.data} for r in [parcel("p-1")]]}
    assert httpx.post(f"{url}/v1/records?note={token}", json=body, headers=auth).json()["applied"] == 1
    assert httpx.get(f"{url}/v1/policy", headers={"Authorization": f"Bearer {NOT_A_TOKEN}"}).status_code == 401


def json_lines(log: Path) -> list[dict]:
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines, "the hub logged nothing"
    parsed = [json.loads(line) for line in lines]   # every line, not only the requests'
    for entry in parsed:
        assert {"time", "level", "logger", "message"} <= set(entry), entry
        when = dt.datetime.fromisoformat(entry["time"])
        assert when.utcoffset() == dt.timedelta(0), entry["time"]
    return parsed


def test_the_hub_logs_json_lines_with_each_request_and_never_a_token(tmp_path):
    log, token = served(tmp_path, "default")   # no --log-format: stderr is no terminal, so JSON
    text = log.read_text(encoding="utf-8")
    assert token not in text and NOT_A_TOKEN not in text and "Bearer" not in text
    entries = json_lines(log)
    lines = [e for e in entries if e["logger"] == "inspector.hub.request_log"]
    # Health checks that succeed are logged at debug only; the rest, one line each, with who asked.
    by_path = {(e["method"], e["path"]): e for e in lines}
    assert set(by_path) == {("GET", "/v1/station"), ("POST", "/v1/records"), ("GET", "/v1/policy")}
    for entry in lines:
        assert entry["level"] == "info" and isinstance(entry["duration_ms"], float) and entry["duration_ms"] >= 0
    assert by_path[("GET", "/v1/station")]["status"] == 200 and by_path[("GET", "/v1/station")]["station"] == "B1"
    assert by_path[("POST", "/v1/records")]["station"] == "B1"
    assert by_path[("GET", "/v1/policy")]["status"] == 401 and "station" not in by_path[("GET", "/v1/policy")]
    # From the proxy it trusts by default (127.0.0.1, where these requests come from), the forwarded address is
    # the client's.
    assert by_path[("GET", "/v1/station")]["client"] == FORGED
    # uvicorn's own lines come through the same handler.
    assert any(e["logger"].startswith("uvicorn") and "Started server process" in e["message"] for e in entries)


def test_forwarded_headers_are_believed_only_from_the_configured_proxy(tmp_path):
    log, token = served(tmp_path, "proxied", "--log-format", "json", "--forwarded-allow-ips", "192.0.2.1")
    lines = [e for e in json_lines(log) if e["logger"] == "inspector.hub.request_log"]
    assert lines and all(e["client"] == "127.0.0.1" for e in lines)
    assert token not in log.read_text(encoding="utf-8")


def test_text_logs_stay_available(tmp_path):
    log, token = served(tmp_path, "text", "--log-format", "text")
    text = log.read_text(encoding="utf-8")
    assert "GET /v1/station 200" in text and "station=B1" in text
    assert not any(line.startswith("{") for line in text.splitlines())
    assert token not in text and NOT_A_TOKEN not in text
