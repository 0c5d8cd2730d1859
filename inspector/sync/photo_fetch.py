"""A supervisor desk fetches the bytes of other stations' photos (`GET /v1/photos/{sha256}`).

The desk holds site copies of `inspection_photo` records (`inspector.sync.site_photo_copies`, origin 'site'); their
files come apart, after the records, as a bench's own photos go up after theirs. On a site copy `uploaded_at` means
"fetched here": set once the file is in the desk's store, its hash checked and its thumbnail made.

The steps come apart so a window runs each on its lane (`missing_photos` and `mark_fetched` on the database lane,
`download` on the network lane); `fetch_missing` runs them in a row for the command line and the window's driver.
A photo the hub does not hold yet (its bench has not sent it) answers 404 and is tried again on a later pass; bytes
that do not match their hash are counted against the photo, which is set aside after `MAX_ATTEMPTS`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.photos.store import NotTheHash
from inspector.storage.orm import SITE_COPY, UtcDateTime
from inspector.sync.client import HubUnavailable

MAX_ATTEMPTS = 3
MISMATCH = "the hub's bytes do not match the photo's hash"
_CHUNK = 500

_MISSING = f"""
SELECT sha256 FROM inspection_photos
WHERE origin = '{SITE_COPY}' AND uploaded_at IS NULL AND removed_at IS NULL AND upload_attempts < {MAX_ATTEMPTS}
GROUP BY sha256 ORDER BY max(taken_at) DESC, sha256 LIMIT ?
"""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def missing_photos(database: Any, limit: int) -> list[str]:
    """The hashes of live site photos whose bytes are not here yet, the newest first (database lane)."""
    with database.engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql(_MISSING, (limit,))]


def not_held(problem: HubUnavailable) -> bool:
    """The hub answered 404: it does not hold the photo (yet)."""
    return problem.detail.startswith("HTTP 404")


def download(store: Any, client: Any, sha256: str) -> bool:
    """Brings the photo into `store` (network lane): True once it is here, its thumbnail made; False when the hub
    sent other bytes than the hash names. A photo held already (another row's, or the desk's own) is not fetched
    again. HubUnavailable when the hub cannot be reached or does not hold it (`not_held`)."""
    if store.has(sha256) and store.verify(sha256):
        store.thumb_path(sha256)
        return True
    try:
        store.put_bytes(sha256, client.get_photo(sha256))     # checks the hash before a byte is written
    except NotTheHash:
        return False
    return True


def mark_fetched(database: Any, hashes: Sequence[str], at: dt.datetime) -> int:
    """Every live site copy of these photos is here now (database lane); returns the rows marked."""
    marked, when = 0, UtcDateTime.stored(at)
    with database.engine.begin() as conn:
        for start in range(0, len(hashes), _CHUNK):
            part = tuple(hashes[start:start + _CHUNK])
            marked += conn.exec_driver_sql(
                f"UPDATE inspection_photos SET uploaded_at = ?, upload_error = NULL WHERE origin = '{SITE_COPY}' "
                f"AND uploaded_at IS NULL AND sha256 IN ({','.join('?' * len(part))})", (when, *part)).rowcount
    return marked


def note_mismatch(database: Any, sha256: str) -> None:
    """The hub's bytes were not the photo: counted against its copies (set aside after MAX_ATTEMPTS)."""
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE inspection_photos SET upload_attempts = upload_attempts + 1, upload_error = ? "
            f"WHERE origin = '{SITE_COPY}' AND uploaded_at IS NULL AND sha256 = ?", (MISMATCH, sha256))


def fetch_missing(database: Any, store: Any, client: Any, limit: int,
                  clock: Callable[[], dt.datetime] = _now) -> int:
    """Fetches up to `limit` missing site photos; returns how many are here now. Photos the hub does not hold yet
    are passed over; any other HubProblem stops the pass (raised), keeping what was fetched before it."""
    fetched: list[str] = []
    try:
        for sha256 in missing_photos(database, limit):
            try:
                here = download(store, client, sha256)
            except HubUnavailable as exc:
                if not_held(exc):
                    continue
                raise
            if here:
                fetched.append(sha256)
            else:
                note_mismatch(database, sha256)
    finally:
        if fetched:
            mark_fetched(database, fetched, clock())
    return len(fetched)


@dataclass(frozen=True)
class PhotoFiles:
    """What the review window asks about photos, each call on a lane of its task runner: the files on the background
    lane, `fetch` (the hub) on the network lane, then `mark_fetched` on the database lane."""
    data_dir: Path
    station: str | None = None     # the window's --station, else the settings' own

    def store(self) -> Any:
        from inspector.paths import Paths
        from inspector.photos.store import PhotoStore
        return PhotoStore(Paths(self.data_dir).photos_dir)

    def thumbnail(self, sha256: str) -> Path | None:
        """The thumbnail's file, made when missing; None while the photo is not here."""
        store = self.store()
        return store.thumb_path(sha256) if store.has(sha256) else None

    def picture(self, sha256: str) -> Path | None:
        store = self.store()
        return store.path(sha256) if store.has(sha256) else None

    def fetch(self, sha256: str) -> bool:
        """Asks the hub for one photo now: True once it is here. HubNotConfigured on a bench with no hub."""
        from inspector.paths import Paths
        from inspector.settings import running_settings
        from inspector.sync.client import HubClient
        from inspector.sync.engine import SyncConfig
        config = SyncConfig.from_settings(running_settings(Paths(self.data_dir), self.station))
        with HubClient(config.hub_url, config.token, config.verify_tls, config.timeout,
                       station=config.station) as client:
            return download(self.store(), client, sha256)
