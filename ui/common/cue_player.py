"""Plays the sound for each feedback cue: success, completed, warning and error each sound different.

Sounds are `QSoundEffect`s over the WAVs in `resources/sounds/`, made once and kept (low latency matters more than a
few kilobytes). With no audio device (a headless test run, a bench whose headset is unplugged) nothing is created
and nothing is logged per cue: the bench carries on with the visual banner alone. `cue_played` is emitted either way,
so tests (and a future "visual bell") can see which cue would have sounded.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from inspector.bench.state import Cue
from inspector.paths import resource
from ui.common.qt_logging import quiet_multimedia_probing

log = logging.getLogger(__name__)

MUTE_ENV = "INSPECTOR_MUTE"
SOUND_FILES = {
    Cue.SUCCESS: "success.wav",
    Cue.COMPLETED: "completed.wav",
    Cue.WARNING: "warning.wav",
    Cue.ERROR: "error.wav",
}   # INFO is silent on purpose: it only tells what to do next.
SHUTTER = "shutter"            # not a feedback cue: the window plays it the moment a photo is taken
SHUTTER_FILE = "shutter.wav"


class CuePlayer(QObject):
    cue_played = Signal(str)   # the Cue value

    def __init__(self, sounds_dir: Path | None = None, muted: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sounds_dir = sounds_dir or resource("sounds")
        self._muted = bool(os.environ.get(MUTE_ENV)) if muted is None else muted
        self._effects: dict[Cue | str, object] | None = None   # built on first use

    @property
    def audible(self) -> bool:
        return bool(self._ensure_effects())

    def play(self, cue: Cue) -> None:
        if cue not in SOUND_FILES:
            return
        effect = self._ensure_effects().get(cue)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        self.cue_played.emit(cue.value)

    def shutter(self) -> None:
        effect = self._ensure_effects().get(SHUTTER)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        self.cue_played.emit(SHUTTER)

    def _ensure_effects(self) -> dict[Cue | str, object]:
        if self._effects is None:
            self._effects = {} if self._muted else self._load_effects()
        return self._effects

    def _load_effects(self) -> dict[Cue | str, object]:
        quiet_multimedia_probing()
        try:
            # Imported late: QtMultimedia probes the audio stack when loaded, which a muted bench can skip.
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            log.info("QtMultimedia is not available: cues are visual only")
            return {}
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.info("no audio output device: cues are visual only")
            return {}
        effects: dict[Cue | str, object] = {}
        for cue, name in (*SOUND_FILES.items(), (SHUTTER, SHUTTER_FILE)):
            path = self._sounds_dir / name
            if not path.exists():
                log.warning("cue sound %s is missing", path)
                continue
            effect = QSoundEffect(device, self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.9)
            effects[cue] = effect
        return effects
