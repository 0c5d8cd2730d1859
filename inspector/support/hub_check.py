"""`inspector doctor`'s look at the hub: does it answer `/v1/health`, and does it take this station's token?"""
from __future__ import annotations

from collections.abc import Mapping

from inspector.settings import TOKEN_ENV
from inspector.settings import StationSettings
from inspector.support.checks import Check, fail, ok, warn
from inspector.sync.client import HubClient, HubProblem, HubRefused

NAME = "hub"
SET_HUB = "inspector settings --hub-url URL --hub-token-stdin"


def hub(settings: StationSettings, environ: Mapping[str, str], timeout_s: float = 3.0) -> tuple[Check, bool | None]:
    """The check, and whether the hub answered (None: no hub is set up)."""
    if not settings.hub_url:
        return warn(NAME, "no hub is set up: the bench works offline and keeps its records",
                    f"To send records upstream: {SET_HUB}"), None
    url = settings.hub_url
    token = environ.get(TOKEN_ENV) or settings.hub_token   # as `inspector sync` chooses it
    try:
        with HubClient(url, token or "", settings.verify_tls, timeout=timeout_s, station=settings.station) as client:
            health = client.health()
            if not token:
                return fail(NAME, f"{url} answers, but this station has no hub token",
                            f"Ask the administrator for the station's token: {SET_HUB}"), True
            owner = client.station()
    except HubRefused as exc:
        return fail(NAME, f"{url} answers, but: {exc.message}", exc.what_to_do), True
    except HubProblem as exc:
        detail = f" ({exc.detail})" if exc.detail else ""
        return fail(NAME, f"{url} cannot be reached{detail}",
                    "Check the hub server is running, the hub_url in station.json, and the network or firewall "
                    "between; records wait at the bench meanwhile."), False
    return ok(NAME, f"{url} answers (api {health.get('api_version')}, database {health.get('database')}) and "
                    f"takes this station's token (station {owner})"), True
