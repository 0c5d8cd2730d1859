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


def add_station(engine: Engine, name: str, replace: bool = False, site_view: bool | None = None) -> str:
    """Returns the new token; only its hash is kept, so it is shown once. `replace` issues a new token for a
    known station (the old one stops working). `site_view` True gives the station the right to read every station's
    records (a supervisor desk), False takes it away, None leaves a known station's right as it was."""
    if not STATION_NAME.fullmatch(name):
        raise StationError(f"{name!r} is not a station name (letters, digits, . _ -, at most 64)")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)

    def work(conn):  # type: ignore[no-untyped-def]
        known = conn.scalar(select(stations.c.name).where(stations.c.name == name))
        if known and not replace:
            raise StationError(f"station {name} already exists; use --replace to issue a new token")
        if known:
            right = {} if site_view is None else {"site_view": site_view}
            conn.execute(update(stations).where(stations.c.name == name)
                         .values(token_hash=hash_token(token), active=True, **right))
        else:
            conn.execute(insert(stations).values(name=name, token_hash=hash_token(token), created_at=now_iso(),
                                                 active=True, site_view=bool(site_view)))
    in_transaction(engine, work)
    return token


def set_site_view(engine: Engine, name: str, allowed: bool) -> None:
    """Gives a known station the right to read every station's records (a supervisor desk), or takes it away. Its
    token stays as it is."""
    def work(conn):  # type: ignore[no-untyped-def]
        changed = conn.execute(update(stations).where(stations.c.name == name).values(site_view=allowed)).rowcount
        if not changed:
            raise StationError(f"no station {name}; `inspector hub add-station {name}` adds it")
    in_transaction(engine, work)


def station_exists(engine: Engine, name: str) -> bool:
    with engine.connect() as conn:
        return conn.scalar(select(stations.c.name).where(stations.c.name == name)) is not None


def station_for_token(engine: Engine, token: str) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(stations.c.name).where(stations.c.token_hash == hash_token(token),
                                                         stations.c.active.is_(True)))


def may_view_site(engine: Engine, name: str) -> bool:
    """Whether the station holds the site-view right (a supervisor desk)."""
    with engine.connect() as conn:
        return bool(conn.scalar(select(stations.c.site_view).where(stations.c.name == name,
                                                                   stations.c.active.is_(True))))


def note_heard(engine: Engine, name: str, at: str) -> None:
    """The station's token was used at `at` (the hub's time, UTC text). Never moves the time back."""
    def work(conn):  # type: ignore[no-untyped-def]
        conn.execute(update(stations).where(stations.c.name == name,
                                            (stations.c.last_heard_at.is_(None)) | (stations.c.last_heard_at < at))
                     .values(last_heard_at=at))
    in_transaction(engine, work)


def heard_from(engine: Engine) -> list[dict[str, str | None]]:
    """Every active station with the time its token was last used (None: never), by name."""
    with engine.connect() as conn:
        rows = conn.execute(select(stations.c.name, stations.c.last_heard_at).where(stations.c.active.is_(True))
                            .order_by(stations.c.name)).all()
    return [{"name": name, "last_heard_at": heard} for name, heard in rows]
