"""Integrations (the shop's ERP, a returns app) and their bearer tokens: issued like a station's
(`inspector.hub.tokens`), but a kind of their own. An integration token may only push and cancel returns
(`inspector.hub.return_routes`); a station token may not."""
from __future__ import annotations

from sqlalchemy import Engine

from inspector.hub import tokens
from inspector.hub.schema import integrations

# Not needed to tell the kinds apart (the hub looks the hash up), but it tells a person which kind a leaked one is.
TOKEN_PREFIX = "insp_int_"


class IntegrationError(ValueError):
    pass


TOKENS = tokens.TokenKind(integrations, "integration", TOKEN_PREFIX, IntegrationError)


def add_integration(engine: Engine, name: str, replace: bool = False) -> str:
    """Returns the new token; only its hash is kept, so it is shown once. `replace` issues a new token for a known
    integration (the old one stops working)."""
    return tokens.issue(engine, TOKENS, name, replace)


def integration_for_token(engine: Engine, token: str) -> str | None:
    return tokens.owner_of(engine, TOKENS, token)


def note_heard(engine: Engine, name: str, at: str) -> None:
    """The integration's token was used at `at` (the hub's time, UTC text). Never moves the time back."""
    tokens.note_heard(engine, TOKENS, name, at)
