"""Bearer tokens of the hub's two kinds of client: stations (`inspector.hub.stations`) and integrations
(`inspector.hub.integrations`). Each kind has a table of its own with the same token columns (name, token_hash,
created_at, active, last_heard_at); a token is issued once, kept only as a hash and looked up on every request.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Table, insert, select, update

from inspector.hub.storage import in_transaction, now_iso

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class TokenKind:
    table: Table
    word: str                    # "station", "integration": what the messages call one
    prefix: str                  # lets secret scanners and people recognise a leaked token, and its kind
    error: type[ValueError]      # raised for a bad name, or a known one without `replace`

    @property
    def a_word(self) -> str:
        return ("an " if self.word[0] in "aeiou" else "a ") + self.word


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def issue(engine: Engine, kind: TokenKind, name: str, replace: bool = False,
          on_replace: Mapping[str, Any] | None = None, on_add: Mapping[str, Any] | None = None) -> str:
    """Returns a new token for `name`; only its hash is kept, so it is shown once. `replace` issues a new token for a
    known name (the old one stops working). `on_replace` and `on_add` are more columns to write in either case."""
    if not NAME.fullmatch(name):
        raise kind.error(f"{name!r} is not {kind.a_word} name (letters, digits, . _ -, at most 64)")
    token = kind.prefix + secrets.token_urlsafe(32)
    table = kind.table

    def work(conn):  # type: ignore[no-untyped-def]
        known = conn.scalar(select(table.c.name).where(table.c.name == name))
        if known and not replace:
            raise kind.error(f"{kind.word} {name} already exists; use --replace to issue a new token")
        if known:
            conn.execute(update(table).where(table.c.name == name)
                         .values(token_hash=hash_token(token), active=True, **(on_replace or {})))
        else:
            conn.execute(insert(table).values(name=name, token_hash=hash_token(token), created_at=now_iso(),
                                              active=True, **(on_add or {})))
    in_transaction(engine, work)
    return token


def owner_of(engine: Engine, kind: TokenKind, token: str) -> str | None:
    """The name of the active station (or integration) holding `token`; None if none does."""
    table = kind.table
    with engine.connect() as conn:
        return conn.scalar(select(table.c.name).where(table.c.token_hash == hash_token(token),
                                                      table.c.active.is_(True)))


def note_heard(engine: Engine, kind: TokenKind, name: str, at: str) -> None:
    """`name`'s token was used at `at` (the hub's time, UTC text). Never moves the time back."""
    table = kind.table

    def work(conn):  # type: ignore[no-untyped-def]
        conn.execute(update(table).where(table.c.name == name,
                                         (table.c.last_heard_at.is_(None)) | (table.c.last_heard_at < at))
                     .values(last_heard_at=at))
    in_transaction(engine, work)
