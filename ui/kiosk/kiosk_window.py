"""Puts a run's `KioskMode` on the bench window: the idle sign-out (in or out of kiosk, when it has minutes), and in
kiosk the close guard and full screen."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from inspector.kiosk.mode import KioskMode
from ui.kiosk.close_guard import CloseGuard
from ui.kiosk.full_screen import FullScreenKeeper
from ui.kiosk.idle_watch import IdleWatch


@dataclass
class KioskParts:
    window: Any
    mode: KioskMode
    idle: IdleWatch | None = None
    guard: CloseGuard | None = None
    full_screen: FullScreenKeeper | None = None

    def show(self) -> None:
        """Shows the window (full screen in kiosk) and starts counting idle time."""
        if self.full_screen is not None:
            self.full_screen.show()
        else:
            self.window.show()
        if self.idle is not None:
            self.idle.start()

    def stand_down(self) -> None:
        """Idle count stopped, closing and window states free again (at exit, at the end of a test)."""
        if self.idle is not None:
            self.idle.stop()
        if self.guard is not None:
            self.guard.stand_down()
        if self.full_screen is not None:
            self.full_screen.stand_down()


def attach_kiosk(window: Any, mode: KioskMode, idle_interval_ms: int | None = None) -> KioskParts:
    """`idle_interval_ms`: the real length of "idle" for a test; the mode's minutes otherwise."""
    parts = KioskParts(window, mode)
    if mode.idle_minutes > 0:
        parts.idle = IdleWatch(window, mode.idle_minutes, idle_interval_ms)
    if mode.kiosk:
        parts.guard = CloseGuard(window, mode)
        parts.full_screen = FullScreenKeeper(window)
    return parts
