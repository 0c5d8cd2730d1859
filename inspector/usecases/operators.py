"""Creating operators, signing them in, and the lock that wrong PINs put on a badge.

The bench counts wrong PINs itself, so it locks a badge offline too. Each failed try, good sign-in and unlock also
goes upstream as a `badge_event` record (in the same transaction), so the hub counts them per badge across the site
(`inspector.hub.badge_runs`), and each pull brings the site's count back (`inspector.sync.badge_locks`).
"""
from __future__ import annotations

import datetime as dt
import logging
import math
import re
import unicodedata
import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select

from inspector.domain.operators import Role, hash_pin, lock_duration, verify_pin
from inspector.domain.policy import Policy
from inspector.domain.review import may_review
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP, Text, text
from inspector.storage.orm import (BADGE_FAILURE, BADGE_SIGNED_IN, BADGE_UNLOCKED, BadgeEventRow, BadgeLockRow,
                                   OperatorRow, PinFailureRow)
from inspector.usecases.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

BADGE_EVENT = "badge_event"   # the record type each try, good sign-in and unlock goes upstream as

NOT_RECOGNISED = QT_TRANSLATE_NOOP("bench", "Badge or PIN not recognised.")
LOCKED_SECONDS = QT_TRANSLATE_NOOP("bench", "Badge {badge} is locked after too many wrong PINs. Try again in "
                                            "{seconds} s, or ask a supervisor to unlock it.")
LOCKED_MINUTES = QT_TRANSLATE_NOOP("bench", "Badge {badge} is locked after too many wrong PINs. Try again in "
                                            "{minutes} min, or ask a supervisor to unlock it.")
OFFLINE_SINCE = QT_TRANSLATE_NOOP("bench", "This bench has not reached the hub since {since}; an operator "
                                           "deactivated since then may still sign in.")
NEVER_REACHED = QT_TRANSLATE_NOOP("bench", "This bench has not reached the hub yet; an operator deactivated at the "
                                           "hub may still sign in here.")

# What a badge barcode says, as the bench reads it (inspector.scans.bench_codes), and a PIN: the same rules at the
# bench's `add-operator`, the hub's, and for operators pulled from the hub.
BADGE = re.compile(r"OP-?([0-9]{3,8})", re.IGNORECASE | re.ASCII)
PIN = re.compile(r"[0-9]{4,12}", re.ASCII)
NAME_LIMIT = 120


def normal_badge(raw: str) -> str | None:
    """The badge as the bench stores and scans it (OP-1234), or None when the text is no badge."""
    found = BADGE.fullmatch(raw.strip())
    return f"OP-{found[1]}" if found else None


def same_person(name: str, other: str) -> bool:
    """Two names for one person as far as matching a bench's operator to the site's goes: equal but for case,
    spacing and Unicode composition (a name typed on two keyboards)."""
    def plain(n: str) -> str:
        return " ".join(unicodedata.normalize("NFC", n).casefold().split())
    return plain(name) == plain(other)


@dataclass(frozen=True)
class CreateOperator:
    badge: str
    name: str
    role: Role
    pin: str
    at: dt.datetime
    lang: str | None = None     # a code of inspector.languages, checked by the caller


@dataclass(frozen=True)
class HubContact:
    """When this bench last reached its hub (a sync pass that got through); None: never."""
    last_success: dt.datetime | None


@dataclass(frozen=True)
class SignIn:
    badge: str
    pin: str
    at: dt.datetime          # the bench's clock: locks are measured by it
    station: str             # where the try was made, kept with a failed one
    hub: HubContact | None = None   # None: no hub set up, the bench's own operators are all there is


@dataclass(frozen=True)
class SignedIn:
    id: str
    badge: str
    name: str
    role: Role
    # Signed in, but this bench may not know of a deactivation at the hub (policy site.offline_sign_in_hours).
    warning: Text | None = None
    lang: str | None = None     # their preferred language, if any


@dataclass(frozen=True)
class UnlockBadge:
    badge: str
    at: dt.datetime
    station: str
    by_operator_id: str | None   # a supervisor at the bench; None from the command line (whoever runs it there)


def create_operator(cmd: CreateOperator, uow: UnitOfWork) -> str:
    with uow:
        if uow.session.scalar(select(OperatorRow.id).where(OperatorRow.badge == cmd.badge)):
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Badge {badge} is already in use."), badge=cmd.badge)
        row = OperatorRow(id=str(uuid.uuid4()), badge=cmd.badge, name=cmd.name, role=Role(cmd.role).value,
                          pin_hash=hash_pin(cmd.pin), active=True, created_at=cmd.at, lang=cmd.lang)
        uow.session.add(row)
        uow.commit()
        return row.id


def sign_in(cmd: SignIn, uow: UnitOfWork) -> SignedIn:
    """Signs in, or refuses and records the failed try (committed before the refusal is raised).

    Known and unknown badges are treated alike (same messages, same lock, a PIN hash checked either way), so
    nothing tells whether a badge exists. A locked badge is refused without its PIN being checked."""
    with uow:
        lock = uow.session.get(BadgeLockRow, cmd.badge)
        if lock is not None and lock.locked_until is not None and lock.locked_until > cmd.at:
            _record_failure(uow, cmd, while_locked=True)
            uow.commit()
            log.warning("sign-in refused: badge %s is locked (station %s)", cmd.badge, cmd.station)
            raise _locked(cmd.badge, lock.locked_until - cmd.at)
        row = uow.session.scalar(select(OperatorRow).where(OperatorRow.badge == cmd.badge))
        known = row is not None and row.active
        # An unknown badge costs the same hash as a known one: timing tells nothing either.
        right = verify_pin(cmd.pin, row.pin_hash if known else _stand_in_hash())  # type: ignore[union-attr]
        if known and right:
            assert row is not None
            if lock is not None:
                uow.session.delete(lock)      # a good PIN ends the run of wrong ones
            _record_event(uow, cmd.badge, BADGE_SIGNED_IN, cmd.at, cmd.station)   # ... at every bench of the site
            uow.commit()
            return SignedIn(row.id, row.badge, row.name, Role(row.role), offline_warning(cmd, uow.policy), row.lang)
        if lock is None:
            lock = BadgeLockRow(badge=cmd.badge, failures=0, locked_until=None, last_failure_at=cmd.at)
            uow.session.add(lock)
        lock.failures += 1
        lock.last_failure_at = cmd.at
        wait = lock_duration(lock.failures, uow.policy.sign_in_lockout)
        lock.locked_until = cmd.at + wait if wait else None
        failures = lock.failures
        _record_failure(uow, cmd, while_locked=False)
        uow.commit()
    log.warning("wrong PIN for badge %s at station %s (%d in a row)", cmd.badge, cmd.station, failures)
    if wait:
        log.warning("badge %s locked for %d s after %d wrong PINs in a row", cmd.badge, wait.total_seconds(),
                    failures)
        raise _locked(cmd.badge, wait)
    raise RefusedError(NOT_RECOGNISED)


def unlock_badge(cmd: UnlockBadge, uow: UnitOfWork) -> bool:
    """Lifts a badge's lock and forgets its run of wrong PINs (a lock just run out included: the next wrong PIN would
    lock it longer); False when there was neither."""
    with uow:
        if cmd.by_operator_id is not None:
            by = uow.session.get(OperatorRow, cmd.by_operator_id)
            if by is None or not by.active or not may_review(by.role):
                raise RefusedError(QT_TRANSLATE_NOOP("bench", "Only a supervisor can unlock a badge."))
        lock = uow.session.get(BadgeLockRow, cmd.badge)
        # Told upstream either way: the site may hold a run of this badge that this bench has not pulled yet.
        _record_event(uow, cmd.badge, BADGE_UNLOCKED, cmd.at, cmd.station)
        if lock is None:
            uow.commit()
            return False
        locked = lock.locked_until is not None and lock.locked_until > cmd.at
        uow.session.delete(lock)
        uow.commit()
    log.warning("badge %s unlocked at station %s by %s (%d wrong PINs in a row, %s)", cmd.badge, cmd.station,
                cmd.by_operator_id or "the command line", lock.failures, "locked" if locked else "lock run out")
    return True


def offline_warning(cmd: SignIn, policy: Policy) -> Text | None:
    """A bench out of touch with its hub for longer than the policy allows says so: the operators it knows may be
    out of date (a leaver deactivated at the hub since then still signs in here). A warning, never a refusal: the
    bench works offline."""
    if cmd.hub is None:
        return None
    last = cmd.hub.last_success
    if last is None:
        return text(NEVER_REACHED)
    if cmd.at - last <= dt.timedelta(hours=policy.site.offline_sign_in_hours):
        return None
    return text(OFFLINE_SINCE, since=policy.zone.local(last).strftime("%Y-%m-%d %H:%M"))


def _record_failure(uow: UnitOfWork, cmd: SignIn, while_locked: bool) -> None:
    uow.session.add(PinFailureRow(badge=cmd.badge, at=cmd.at, station=cmd.station, while_locked=while_locked))
    _record_event(uow, cmd.badge, BADGE_FAILURE, cmd.at, cmd.station, while_locked)


def _record_event(uow: UnitOfWork, badge: str, kind: str, at: dt.datetime, station: str,
                  while_locked: bool = False) -> None:
    """Queues the try for the site's count, in the use case's transaction: a uuid, unique across the benches."""
    event = BadgeEventRow(id=str(uuid.uuid4()), version=1, badge=badge, kind=kind, at=at, station=station,
                          while_locked=while_locked)
    uow.session.add(event)
    uow.record_change(BADGE_EVENT, event.id, event.version, at)


def _locked(badge: str, wait: dt.timedelta) -> RefusedError:
    seconds = max(1, math.ceil(wait.total_seconds()))
    if seconds < 120:
        return RefusedError(LOCKED_SECONDS, badge=badge, seconds=seconds)
    return RefusedError(LOCKED_MINUTES, badge=badge, minutes=math.ceil(seconds / 60))


@cache
def _stand_in_hash() -> str:
    return hash_pin("0000")
