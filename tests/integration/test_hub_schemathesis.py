"""API fuzzing: schemathesis generates requests from the hub's own OpenAPI description (valid and invalid ones,
with and without a token) against the real hub over HTTP; none may get a server error. Bounded: about 300 cases."""
from __future__ import annotations

from collections import Counter

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.integration.faults.hubs import ThreadHub, issue_tokens

EXAMPLES_PER_MODE = 30      # x 5 operations x 2 modes = 300 cases at most


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    db_url = f"sqlite:///{tmp_path_factory.mktemp('fuzz')}/hub.sqlite3"
    token = issue_tokens(db_url, "FUZZ-1")["FUZZ-1"]
    with ThreadHub(db_url) as running:
        running.token = token
        yield running


def test_no_generated_request_gets_a_server_error(hub):
    schema = schemathesis.openapi.from_dict(httpx.get(f"{hub.url}/openapi.json").json())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 5
    seen: Counter[int | str] = Counter()
    failures: list[str] = []
    with httpx.Client(base_url=hub.url, timeout=10) as client:
        for operation in operations:
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                @settings(max_examples=EXAMPLES_PER_MODE, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
                @given(case=operation.as_strategy(generation_mode=mode))
                def run(case):  # type: ignore[no-untyped-def]
                    kwargs = case.as_transport_kwargs(base_url=hub.url)
                    headers = dict(kwargs.get("headers") or {})
                    if case.operation.path != "/v1/health" and (mode is GenerationMode.POSITIVE
                                                                or "Authorization" not in headers):
                        headers["Authorization"] = f"Bearer {hub.token}"   # get past the door to the handlers
                    try:
                        answer = client.request(case.method, kwargs["url"], headers=headers,
                                                params=kwargs.get("params"), content=kwargs.get("data"),
                                                json=kwargs.get("json"))
                    except httpx.LocalProtocolError:
                        seen["unsendable"] += 1     # e.g. a header HTTP itself forbids: never reaches the hub
                        return
                    seen[answer.status_code] += 1
                    if answer.status_code >= 500:
                        failures.append(f"{case.method} {case.path} -> {answer.status_code}: {answer.text[:200]}")
                try:
                    run()
                except Unsatisfiable:
                    assert mode is GenerationMode.NEGATIVE   # nothing to break in e.g. GET /v1/health
    print(f"\n[schemathesis] {sum(seen.values())} requests, statuses {dict(sorted(seen.items(), key=str))}")
    assert not failures, "\n".join(failures[:10])
    assert sum(seen.values()) >= 100 and seen[200] > 0
