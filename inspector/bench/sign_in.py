"""Signing in and out at the bench: a badge scan, then a PIN; a supervisor lifting a PIN lockout; and what the bench
says when it has been out of touch with its hub too long to be sure its operators are up to date.

A part of `BenchSession` (its sign-in steps), kept apart so the session stays about parcels and items. The rules
(PIN, lockout, the offline warning) are the use case's (`inspector.usecases.operators`); this only drives them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from inspector.bench.state import BenchState, Cue, Feedback
from inspector.domain.review import may_review
from inspector.i18n import QT_TRANSLATE_NOOP, text
from inspector.scans import ScanError, ScanKind, interpret
from inspector.scans.errors import printable_excerpt
from inspector.usecases import operators

if TYPE_CHECKING:
    from inspector.bench.state import ItemView, ParcelView
    from inspector.paths import Paths
    from inspector.usecases.unit_of_work import UnitOfWork

# What the session tells sign-in about its hub at each try: None when no hub is set up.
HubContactSource = Callable[[], "operators.HubContact | None"]


def no_hub() -> operators.HubContact | None:
    return None


def hub_contact_of(paths: Paths) -> HubContactSource:
    """The bench's hub contact as its sync keeps it (station settings and the data dir's sync_state.json), read at
    each sign-in: the window's sync writes the file as it goes."""
    def contact() -> operators.HubContact | None:
        from inspector.settings import SettingsError, load_settings
        from inspector.sync.state import load_state
        try:
            settings = load_settings(paths)
        except SettingsError:
            return None
        if not settings.hub_url or not settings.hub_token:
            return None
        last = load_state(paths.data_dir).last_success
        try:
            moment = dt.datetime.fromisoformat(last) if last else None
        except ValueError:
            moment = None     # unreadable bookkeeping: as if never reached, which only warns
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.timezone.utc)   # the sync writes UTC
        return operators.HubContact(moment)
    return contact


class SignInSteps:
    """The sign-in half of `BenchSession`: it owns `_operator` and `_pending_badge`; the rest it uses from there."""

    station: str
    clock: Callable[[], dt.datetime]
    hub_contact: HubContactSource
    _operator: operators.SignedIn | None
    _pending_badge: str | None
    _item: ItemView | None
    _parcel: ParcelView | None
    _last_completed: ItemView | None
    _feedback: Feedback | None

    if TYPE_CHECKING:
        def _uow(self) -> UnitOfWork: ...
        def _guard(self, action: Callable[[], object]) -> object: ...
        def _say(self, cue: Cue, template: str, **params: object) -> None: ...
        def _resume(self) -> None: ...
        def state(self) -> BenchState: ...

    def _badge(self, badge: str) -> None:
        if self._item is not None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Finish or cancel the item in hand before another operator signs in."))
            return
        self._operator = None
        self._pending_badge = badge
        self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Badge {badge}: type your PIN and press Enter."), badge=badge)

    def enter_pin(self, pin: str) -> BenchState:
        if self._pending_badge is None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Scan your badge first."))
            return self.state()
        badge = self._pending_badge
        signed = self._guard(lambda: operators.sign_in(
            operators.SignIn(badge, pin, self.clock(), self.station, self.hub_contact()), self._uow()))
        if signed is None:
            return self.state()
        assert isinstance(signed, operators.SignedIn)
        self._operator, self._pending_badge = signed, None
        if signed.warning is None:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Signed in: {name}."), name=signed.name)
        else:
            said = text(QT_TRANSLATE_NOOP("bench", "Signed in: {name}. {warning}"), name=signed.name,
                        warning=signed.warning)
            self._feedback = Feedback(Cue.WARNING, str(said), said)
        self._resume()
        return self.state()

    def unlock_badge(self, badge_text: str) -> BenchState:
        """A supervisor signed in here lifts the lock wrong PINs put on a badge (scanned or typed)."""
        self._feedback = None
        op = self._operator
        if op is None or not may_review(op.role):
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Only a supervisor can unlock a badge."))
            return self.state()
        try:
            scan = interpret(badge_text)
        except ScanError:
            scan = None
        if scan is None or scan.kind is not ScanKind.BADGE:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "\"{text}\" is not a badge: scan the badge to unlock."),
                      text=printable_excerpt(badge_text))
            return self.state()
        badge = scan.value
        lifted = self._guard(lambda: operators.unlock_badge(
            operators.UnlockBadge(badge, self.clock(), self.station, op.id), self._uow()))
        if lifted is True:
            self._say(Cue.SUCCESS, QT_TRANSLATE_NOOP("bench", "Badge {badge} unlocked: it can sign in again."),
                      badge=badge)
        elif lifted is False:
            self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Badge {badge} was not locked."), badge=badge)
        return self.state()

    def operators_merged(self, site_ids: dict[str, str]) -> BenchState:
        """A pull made this bench's operators the site's (`pulled.operators.merged`: local id -> site id): the one
        signed in here goes on under their site id, which every record they make from now on carries (their old id
        is gone from the database)."""
        op = self._operator
        if op is not None and op.id in site_ids:
            self._operator = operators.SignedIn(site_ids[op.id], op.badge, op.name, op.role, op.warning, op.lang)
        return self.state()

    def _sign_out(self) -> None:
        if self._item is not None:
            self._say(Cue.ERROR, QT_TRANSLATE_NOOP("bench", "Finish or cancel the item in hand before signing out."))
            return
        self._operator, self._pending_badge = None, None
        self._parcel, self._last_completed = None, None
        self._say(Cue.INFO, QT_TRANSLATE_NOOP("bench", "Signed out. An open parcel resumes at the next sign-in."))

    def sign_out(self) -> BenchState:
        self._feedback = None
        self._sign_out()
        return self.state()

    def sign_out_idle(self, minutes: int) -> BenchState:
        """The window saw no key, click or scan for `minutes` (kiosk mode's idle sign-out, `inspector.kiosk`): the
        operator (or a badge waiting for its PIN) is signed out as by `sign_out`. An item in hand does not keep them
        signed in, or a badge left at a shared bench would go on recording: it stays in progress in the database,
        with everything recorded on it so far, and the next sign-in at this bench resumes it (`_resume`), as after a
        restart."""
        self._feedback = None
        if self._operator is None and self._pending_badge is None:
            return self.state()    # nobody to sign out: what the screen says stays
        kept = self._item is not None
        self._item = None
        self._sign_out()
        if kept:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "Signed out: idle for {minutes} min. The item in "
                                                              "hand is kept and resumes at the next sign-in."),
                      minutes=minutes)
        else:
            self._say(Cue.WARNING, QT_TRANSLATE_NOOP("bench", "Signed out: idle for {minutes} min. An open "
                                                              "parcel resumes at the next sign-in."), minutes=minutes)
        return self.state()
