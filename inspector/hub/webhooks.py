"""Webhooks: endpoints of the shop's systems that the hub posts every step of every return's timeline to.

Signed as Standard Webhooks (https://www.standardwebhooks.com/) sign: headers `webhook-id` (the event's id, the same
on every retry: receivers de-duplicate by it), `webhook-timestamp` (seconds since the epoch) and `webhook-signature:
v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, keyed by the secret's bytes (the base64 after `whsec_`). The
secret is kept as given (it signs), so the hub database's backups hold it; it is shown once, when made.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, case, delete, func, insert, select, update

from inspector.hub.schema import webhook_deliveries, webhooks
from inspector.hub.storage import in_transaction, now_iso, reading

SECRET_PREFIX = "whsec_"
PENDING, DELIVERED = "pending", "delivered"


class WebhookError(ValueError):
    pass


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode("ascii")


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(secret: str, event_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` header's value for this body."""
    mac = hmac.new(_key(secret), f"{event_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode("ascii")


def verify(secret: str, headers: Mapping[str, str], body: bytes) -> bool:
    """Whether one of the header's signatures is this body's (what a receiver checks; the tests' receiver does)."""
    try:
        event_id, timestamp = headers["webhook-id"], int(headers["webhook-timestamp"])
        given = headers["webhook-signature"].split()
    except (KeyError, ValueError):
        return False
    expected = sign(secret, event_id, timestamp, body)
    return any(hmac.compare_digest(expected, candidate) for candidate in given)


def headers_for(secret: str, event_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {"webhook-id": event_id, "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(secret, event_id, timestamp, body), "content-type": "application/json"}


def _checked(name: str, url: str) -> None:
    if not 1 <= len(name) <= 64 or not name.isprintable():
        raise WebhookError("a webhook's name is 1 to 64 printable characters")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > 2048:
        raise WebhookError(f"{url[:100]!r} is no http(s) URL of at most 2048 characters")


def add_webhook(engine: Engine, name: str, url: str, rotate: bool = False) -> str:
    """Adds the webhook (from now on every new step is owed to it) and returns its secret; `rotate` gives a known
    one a new secret and URL, keeping what it is owed."""
    _checked(name, url)
    secret = new_secret()

    def work(conn: Any) -> str:
        known = conn.scalar(select(webhooks.c.name).where(webhooks.c.name == name))
        if known is not None and not rotate:
            raise WebhookError(f"webhook {name} exists; --rotate gives it a new secret (and this URL)")
        if known is None:
            conn.execute(insert(webhooks).values(name=name, url=url, secret=secret, active=True,
                                                 created_at=now_iso(), failures=0))
        else:
            conn.execute(update(webhooks).where(webhooks.c.name == name).values(url=url, secret=secret))
        return secret
    return in_transaction(engine, work)


def remove_webhook(engine: Engine, name: str) -> int:
    """Removes it and what it was still owed; the deliveries dropped (pending ones)."""
    def work(conn: Any) -> int:
        if conn.scalar(select(webhooks.c.name).where(webhooks.c.name == name)) is None:
            raise WebhookError(f"no webhook {name}")
        pending = conn.scalar(select(func.count()).select_from(webhook_deliveries).where(
            webhook_deliveries.c.webhook == name, webhook_deliveries.c.state == PENDING)) or 0
        conn.execute(delete(webhook_deliveries).where(webhook_deliveries.c.webhook == name))
        conn.execute(delete(webhooks).where(webhooks.c.name == name))
        return int(pending)
    return in_transaction(engine, work)


@dataclass(frozen=True)
class WebhookState:
    name: str
    url: str
    active: bool
    failures: int
    next_attempt_at: str | None
    last_status: int | None
    last_error: str | None
    pending: int
    delivered: int
    oldest_pending_seq: int | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_webhooks(engine: Engine) -> list[WebhookState]:
    """Every webhook with what it is owed: what `inspector hub webhooks` shows (a stuck one has pending > 0 and
    failures)."""
    pending = func.sum(case((webhook_deliveries.c.state == PENDING, 1), else_=0))
    delivered = func.sum(case((webhook_deliveries.c.state == DELIVERED, 1), else_=0))
    oldest = func.min(case((webhook_deliveries.c.state == PENDING, webhook_deliveries.c.seq), else_=None))
    with reading(engine) as conn:
        owed = {row[0]: row[1:] for row in conn.execute(
            select(webhook_deliveries.c.webhook, pending, delivered, oldest).group_by(webhook_deliveries.c.webhook))}
        rows = conn.execute(select(webhooks).order_by(webhooks.c.name)).all()
    found = []
    for r in rows:
        waiting, done, first = owed.get(r.name, (0, 0, None))
        found.append(WebhookState(r.name, r.url, bool(r.active), r.failures, r.next_attempt_at, r.last_status,
                                  r.last_error, int(waiting or 0), int(done or 0), first))
    return found
