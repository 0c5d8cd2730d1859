"""Cue sounds: four distinct, small WAVs; no audio device is no crash; `cue_played` tells which cue sounded."""
from __future__ import annotations

import hashlib
import wave

import pytest

from inspector.bench.state import Cue
from inspector.paths import resource
from ui.common.cue_player import SOUND_FILES, CuePlayer

pytestmark = pytest.mark.gui


def test_each_audible_cue_has_its_own_small_wav():
    digests = set()
    for cue, name in SOUND_FILES.items():
        path = resource("sounds", name)
        with wave.open(str(path)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        assert 0.05 < seconds < 1.0, cue
        assert path.stat().st_size < 50_000
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == len(SOUND_FILES) == 4


def test_muted_player_still_reports_the_cue(qtbot):
    player = CuePlayer(muted=True)
    with qtbot.waitSignal(player.cue_played) as played:
        player.play(Cue.ERROR)
    assert played.args == ["error"] and not player.audible


def test_info_is_silent(qtbot):
    player = CuePlayer(muted=True)
    with qtbot.assertNotEmitted(player.cue_played):
        player.play(Cue.INFO)


def test_without_an_audio_device_playing_does_not_crash(qtbot):
    player = CuePlayer(muted=False)       # the test machine has no sound card
    played = []
    player.cue_played.connect(played.append)
    for cue in (Cue.SUCCESS, Cue.COMPLETED, Cue.WARNING, Cue.ERROR) * 5:
        player.play(cue)
    assert played == ["success", "completed", "warning", "error"] * 5
