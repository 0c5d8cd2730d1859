"""The station token never reaches a log in plain text."""
from __future__ import annotations

import io
import logging

from inspector.settings import StationSettings
from inspector.sync.client import HubClient
from inspector.sync.engine import SyncConfig
from inspector.sync.redaction import MASK, TokenRedactingFilter, protect_token, redact

TOKEN = "insp_s3cr3t-T0KEN-value_abcdefghijklmnop"


def test_settings_and_config_reprs_hide_the_token():
    settings = StationSettings(station="B1", hub_url="https://hub.example", hub_token=TOKEN)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    assert TOKEN not in repr(SyncConfig.from_settings(settings))
    client = HubClient("https://hub.example", TOKEN)
    try:
        assert TOKEN not in repr(client)
    finally:
        client.close()


def test_filter_blanks_known_tokens_and_any_bearer_header_in_messages_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("test.redaction")
    log.addHandler(handler)
    log.propagate = False
    try:
        protect_token(TOKEN, log)
        log.warning("settings token=%s", TOKEN)
        log.warning("header Authorization: Bearer %s", "other-token-xyz")
        try:
            raise RuntimeError(f"failed with {TOKEN}")
        except RuntimeError:
            log.exception("boom")
    finally:
        log.removeHandler(handler)
    out = stream.getvalue()
    assert TOKEN not in out and "other-token-xyz" not in out
    assert out.count(MASK) >= 3


def test_redact_leaves_ordinary_text_alone():
    assert redact("pushed 12 records", {TOKEN}) == "pushed 12 records"
    assert isinstance(TokenRedactingFilter(), logging.Filter)
