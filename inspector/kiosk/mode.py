"""What kiosk mode means for one run: whether it is on, after how many idle minutes the operator is signed out, and
who may close the window.

A shared bench is a security matter: a badge left signed in makes somebody else's inspections. So a kiosk signs out
after `DEFAULT_IDLE_MINUTES` unless the administrator chose another number; outside kiosk the idle sign-out is off
unless chosen. 0 always means never.
"""
from __future__ import annotations

from dataclasses import dataclass

from inspector.bench.state import Phase
from inspector.kiosk import DEFAULT_IDLE_MINUTES
from inspector.paths import Paths

MAX_IDLE_MINUTES = 24 * 60


class KioskSettingError(ValueError):
    """A kiosk setting that cannot be used; the message says which values can."""


def check_idle_minutes(value: object) -> int:
    """The idle sign-out minutes as given by the administrator: a whole number from 0 (never) to a day."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_IDLE_MINUTES:
        raise KioskSettingError(f"the idle sign-out is whole minutes from 0 (never) to {MAX_IDLE_MINUTES}, "
                                f"not {value!r}")
    return value


def parse_switch(text: str) -> bool:
    """`on`/`off` (and yes/no, true/false, 1/0) as typed after `--kiosk`."""
    word = text.strip().lower()
    if word in ("on", "yes", "true", "1"):
        return True
    if word in ("off", "no", "false", "0"):
        return False
    raise KioskSettingError(f"--kiosk takes on or off, not {text!r}")


@dataclass(frozen=True)
class KioskMode:
    kiosk: bool = False
    idle_minutes: int = 0          # 0: never signed out for being idle

    @property
    def idle_ms(self) -> int:
        return self.idle_minutes * 60_000

    def may_close(self, role: str | None, *, session_open: bool, system_quit: bool = False) -> bool:
        """Outside kiosk anybody closes the window; in kiosk only a signed-in supervisor (the review roles), so a
        shared bench is not left closed for the next shift by whoever passed by. Two ends are never held up:

        - the bench session is not open (opening failed: a database from a newer program, a damaged file, a disk
          problem; or it is still opening): nobody can sign in, so nobody could ever close it, and `inspector
          restore` waits for the window to let go of the data dir;
        - the system ends the program (`system_quit`: a desktop logout or shutdown through the session manager, a
          SIGTERM): refusing it keeps nobody out, the idle sign-out and the desktop's lock screen do that.
        """
        if not self.kiosk or not session_open or system_quit:
            return True
        from inspector.domain.review import may_review   # only when asked: not before the window's first paint
        return role is not None and may_review(role)


def kiosk_mode(kiosk_option: bool, kiosk_setting: object, idle_setting: object) -> KioskMode:
    """The mode of this run: kiosk when `--kiosk` was given or the station setting is on; the idle minutes as the
    station settings say, else the default for the mode. A setting that cannot be used raises `KioskSettingError`."""
    if not isinstance(kiosk_setting, bool):
        raise KioskSettingError(f"the kiosk setting is true or false, not {kiosk_setting!r}")
    kiosk = bool(kiosk_option) or kiosk_setting
    if idle_setting is None:
        return KioskMode(kiosk, DEFAULT_IDLE_MINUTES if kiosk else 0)
    return KioskMode(kiosk, check_idle_minutes(idle_setting))


def signs_out_when_idle(phase: Phase) -> bool:
    """Whether an idle bench in this phase has somebody to sign out: an operator signed in, or a badge waiting for
    its PIN (left there, the next person would only need the PIN)."""
    return phase is not Phase.SIGNED_OUT


def mode_of_run(paths: Paths, kiosk_option: bool) -> tuple[KioskMode, str | None]:
    """The mode for a start of the window, from `--kiosk` and the station settings. Settings that cannot be used do
    not keep a kiosk from starting: the mode is then the option's, with its default idle sign-out, and the problem
    is returned to be told."""
    from inspector.settings import load_settings
    try:
        settings = load_settings(paths)
        return kiosk_mode(kiosk_option, settings.kiosk, settings.idle_signout_minutes), None
    except (ValueError, TypeError) as exc:     # SettingsError and KioskSettingError are ValueErrors
        return kiosk_mode(kiosk_option, False, None), (f"the kiosk settings cannot be used ({exc}); check them "
                                                       "with `inspector settings`")
