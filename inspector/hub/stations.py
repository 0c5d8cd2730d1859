"""Stations and their bearer tokens: issued once, stored only as a hash, looked up on every request
(`inspector.hub.tokens`, shared with the integrations' tokens)."""
from __future__ import annotations

from sqlalchemy import Engine, select, update

from inspector.hub import tokens
from inspector.hub.schema import stations
from inspector.hub.storage import in_transaction

STATION_NAME = tokens.NAME
hash_token = tokens.hash_token
TOKEN_PREFIX = "insp_"   # lets secret scanners and people recognise a leaked token


class StationError(ValueError):
    pass


TOKENS = tokens.TokenKind(stations, "station", TOKEN_PREFIX, StationError)


def add_station(engine: Engine, name: str, replace: bool = False, site_view: bool | None = None) -> str:
    """Returns the new token; only its hash is kept, so it is shown once. `replace` issues a new token for a
    known station (the old one stops working). `site_view` True gives the station the right to read every station's
    records (a supervisor desk), False takes it away, None leaves a known station's right as it was."""
    right = {} if site_view is None else {"site_view": site_view}
    return tokens.issue(engine, TOKENS, name, replace, on_replace=right, on_add={"site_view": bool(site_view)})


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
    return tokens.owner_of(engine, TOKENS, token)


def may_view_site(engine: Engine, name: str) -> bool:
    """Whether the station holds the site-view right (a supervisor desk)."""
    with engine.connect() as conn:
        return bool(conn.scalar(select(stations.c.site_view).where(stations.c.name == name,
                                                                   stations.c.active.is_(True))))


def note_heard(engine: Engine, name: str, at: str) -> None:
    """The station's token was used at `at` (the hub's time, UTC text). Never moves the time back."""
    tokens.note_heard(engine, TOKENS, name, at)


def heard_from(engine: Engine) -> list[dict[str, str | None]]:
    """Every active station with the time its token was last used (None: never), by name."""
    with engine.connect() as conn:
        rows = conn.execute(select(stations.c.name, stations.c.last_heard_at).where(stations.c.active.is_(True))
                            .order_by(stations.c.name)).all()
    return [{"name": name, "last_heard_at": heard} for name, heard in rows]
