"""API fuzzing: schemathesis generates requests from the hub's own OpenAPI description (valid and invalid ones,
with and without a token) against the real hub over HTTP. None may get a server error, and every answer, errors
included, must be one the description publishes: its status code, its content type and its body's schema.
Bounded: about 300 cases."""
from __future__ import annotations

from collections import Counter

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from inspector.hub.integrations import add_integration
from inspector.hub.storage import make_hub_engine
from tests.integration.faults.hubs import ThreadHub, issue_tokens

EXAMPLES_PER_MODE = 30      # x each operation x 2 modes
EXPECTED_OPERATIONS = ['DELETE /v1/returns', 'GET /v1/decisions', 'GET /v1/health', 'GET /v1/operators',
                       'GET /v1/photos/{sha256}', 'GET /v1/photos/{sha256}/upload', 'GET /v1/policy',
                       'GET /v1/returns', 'GET /v1/returns/{rma_number}/status', 'GET /v1/site/days',
                       'GET /v1/site/records', 'GET /v1/station', 'POST /v1/records', 'POST /v1/returns',
                       'POST /v1/site/days/{day}/close', 'PUT /v1/photos/{sha256}']
# Pushed and cancelled by an integration (the shop's ERP); every other route takes a station's token (a return's
# status takes either: fuzzed with the station's).
INTEGRATION_OPERATIONS = {'DELETE /v1/returns', 'POST /v1/returns'}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    db_url = f"sqlite:///{tmp_path_factory.mktemp('fuzz')}/hub.sqlite3"
    token = issue_tokens(db_url, "FUZZ-1")["FUZZ-1"]
    engine = make_hub_engine(db_url)
    try:
        integration = add_integration(engine, "FUZZ-ERP")
    finally:
        engine.dispose()
    # With a photo folder, so the photo routes' handlers are reached (PUT bodies fuzzed as octet streams).
    with ThreadHub(db_url, photos_dir=tmp_path_factory.mktemp('fuzz-photos')) as running:
        running.token, running.integration = token, integration
        yield running


def test_no_generated_request_gets_a_server_error_or_an_unpublished_answer(hub):
    schema = schemathesis.openapi.from_dict(httpx.get(f"{hub.url}/openapi.json").json())
    operations = [result.ok() for result in schema.get_all_operations()]
    # Every route is fuzzed: a new one joins this list knowingly.
    assert sorted(f"{o.method.upper()} {o.path}" for o in operations) == EXPECTED_OPERATIONS
    seen: Counter[int | str] = Counter()
    failures: list[str] = []
    with httpx.Client(base_url=hub.url, timeout=10) as client:
        for operation in operations:
            name = f"{operation.method.upper()} {operation.path}"
            token = hub.integration if name in INTEGRATION_OPERATIONS else hub.token
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                @settings(max_examples=EXAMPLES_PER_MODE, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck))
                @given(case=operation.as_strategy(generation_mode=mode))
                def run(case):  # type: ignore[no-untyped-def]
                    kwargs = case.as_transport_kwargs(base_url=hub.url)
                    headers = dict(kwargs.get("headers") or {})
                    if case.operation.path != "/v1/health" and (mode is GenerationMode.POSITIVE
                                                                or "Authorization" not in headers):
                        headers["Authorization"] = f"Bearer {token}"   # get past the door to the handlers
                    if mode is GenerationMode.POSITIVE and "X-Inspector-Station" in headers:
                        headers["X-Inspector-Station"] = "FUZZ-1"          # and the station check
                    try:
                        # Latin-1, as HTTP clients send header text (httpx alone would refuse all but ASCII).
                        sent = {name: value.encode("latin-1") if isinstance(value, str) else value
                                for name, value in headers.items()}
                        answer = client.request(case.method, kwargs["url"], headers=sent,
                                                params=kwargs.get("params"), content=kwargs.get("data"),
                                                json=kwargs.get("json"))
                    except (httpx.LocalProtocolError, UnicodeEncodeError):
                        seen["unsendable"] += 1     # e.g. a header HTTP itself forbids: never reaches the hub
                        return
                    seen[answer.status_code] += 1
                    try:
                        case.validate_response(answer, checks=CHECKS, headers=headers)
                    except FailureGroup as failed:
                        found = "; ".join(f.title for f in failed.exceptions)
                        failures.append(f"{case.method} {case.path} -> {answer.status_code} ({found}): "
                                        f"{answer.text[:200]}")
                try:
                    run()
                except Unsatisfiable:
                    assert mode is GenerationMode.NEGATIVE   # nothing to break in e.g. GET /v1/health
    print(f"\n[schemathesis] {sum(seen.values())} requests, statuses {dict(sorted(seen.items(), key=str))}")
    assert not failures, "\n".join(failures[:10])
    assert sum(seen.values()) >= 100 and seen[200] > 0
