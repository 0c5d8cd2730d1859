"""Writes the bench's cue sounds into `resources/sounds/` (run: `python -m ui.common.make_sounds`).

Each cue has its own shape so a worker can tell them apart without looking: success is one short high blip,
completed a rising three-note chime, warning two middle beeps, error a low harsh double buzz, shutter two dry clicks (a photo was taken). 16-bit mono 22.05 kHz,
a few kilobytes each, with short fades so nothing clicks.
"""
from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

from inspector.paths import resource

RATE = 22_050
# (frequency Hz, duration s, harmonic mix 0 = pure sine .. 1 = buzzy) ; frequency 0 = silence
SHAPES: dict[str, list[tuple[float, float, float]]] = {
    "success": [(1318.5, 0.09, 0.0)],
    "completed": [(1046.5, 0.08, 0.0), (1318.5, 0.08, 0.0), (1568.0, 0.16, 0.0)],
    "warning": [(659.3, 0.12, 0.25), (0, 0.07, 0), (659.3, 0.12, 0.25)],
    "error": [(196.0, 0.18, 0.9), (0, 0.06, 0), (185.0, 0.26, 0.9)],
    # Two dry clicks, like a shutter opening and closing: nothing else the bench plays is this short.
    "shutter": [(2637.0, 0.012, 1.0), (0, 0.035, 0), (1975.5, 0.02, 1.0)],
}
VOLUME = 0.6
FADE_S = 0.008


def _tone(freq: float, seconds: float, harmonics: float) -> list[float]:
    n = int(RATE * seconds)
    if freq == 0:
        return [0.0] * n
    fade = max(1, int(RATE * FADE_S))
    out = []
    for i in range(n):
        t = i / RATE
        # Odd harmonics make the error buzz rough and hard to mistake for the pleasant success blip.
        v = math.sin(2 * math.pi * freq * t)
        v += harmonics * (math.sin(6 * math.pi * freq * t) / 3 + math.sin(10 * math.pi * freq * t) / 5)
        v /= 1 + harmonics * (1 / 3 + 1 / 5)
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(v * envelope * VOLUME)
    return out


def write_cue(path: Path, shape: list[tuple[float, float, float]]) -> None:
    samples = [s for part in shape for s in _tone(*part)]
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def main(target: Path | None = None) -> int:
    target = target or resource("sounds")
    target.mkdir(parents=True, exist_ok=True)
    for name, shape in SHAPES.items():
        write_cue(target / f"{name}.wav", shape)
        print(target / f"{name}.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main())
