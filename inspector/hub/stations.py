"""Stations and their bearer tokens: issued once, stored only as a hash, looked up on every request."""
from __future__ import annotations

import hashlib
import re
import secrets

from sqlalchemy import Engine, insert, select, update

from inspector.hub.schema import stations
from inspector.hub.storage import in_transaction, now_iso

STATION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
TOKEN_PREFIX = "insp_"   # lets secret scanners and people recognise a leaked token


class StationError(ValueError):
    pass


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def add_station(engine: Engine, name: str, replace: bool = False) -> str:
    """Returns the new token; only its hash is kept, so it is shown once. `replace` issues a new token for a
    known station (the old one stops working)."""
    if not STATION_NAME.fullmatch(name):
        raise StationError(f"{name!r} is not a station name (letters, digits, . _ -, at most 64)")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)

    def work(conn):  # type: ignore[no-untyped-def]
        known = conn.scalar(select(stations.c.name).where(stations.c.name == name))
        if known and not replace:
            raise StationError(f"station {name} already exists; use --replace to issue a new token")
        if known:
            conn.execute(update(stations).where(stations.c.name == name)
                         .values(token_hash=hash_token(token), active=True))
        else:
            conn.execute(insert(stations).values(name=name, token_hash=hash_token(token), created_at=now_iso(),
                                                 active=True))
    in_transaction(engine, work)
    return token


def station_for_token(engine: Engine, token: str) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(stations.c.name).where(stations.c.token_hash == hash_token(token),
                                                         stations.c.active.is_(True)))
