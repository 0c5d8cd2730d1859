"""The bench scale in the window: readings from the scale's thread, queued to the GUI thread, and only a settled
change forwarded to the bench (a continuous scale sends ten lines a second; the database lane sees one weighing).

Started from the station's `scale_port` setting (`inspector settings --scale-port`); without one there is no scale
and weights are typed with Ctrl+W. An unplugged scale is said once in the banner, and read again when it is back.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from inspector.bench.state import Cue
from inspector.scales.ascii_protocol import Reading, SettledChanges

log = logging.getLogger(__name__)


class ScaleBridge(QObject):
    # Emitted on the scale's thread; the connections below are queued to this object's (the GUI) thread.
    reading_arrived = Signal(object)     # Reading
    problem_arrived = Signal(str)
    weighed = Signal(int)                # a settled change, as forwarded to the bench

    def __init__(self, client: Any, port: str, baud: int, parent: QObject | None = None,
                 reader_factory: Any = None) -> None:
        super().__init__(parent)
        self._client = client
        self.port = port
        self._changes = SettledChanges()
        self.reading_arrived.connect(self._on_reading)
        self.problem_arrived.connect(self._on_problem)
        if reader_factory is None:
            from inspector.scales.serial_scale import ScaleReader   # pyserial loads only for a bench with a scale
            reader_factory = ScaleReader
        self._reader = reader_factory(port, baud, self.reading_arrived.emit, self.problem_arrived.emit)

    def start(self) -> None:
        self._reader.start()

    def stop(self) -> None:
        self._reader.stop()

    def _on_reading(self, reading: Reading) -> None:
        grams = self._changes.feed(reading)
        if grams is not None:
            self.weighed.emit(grams)
            self._client.record_scale_weight(grams)

    def _on_problem(self, text: str) -> None:
        log.warning("%s", text)
        self._client.show_message(Cue.WARNING, self.tr(
            "The scale on {port} cannot be read. Check its cable; until it is back, type weights with Ctrl+W."
        ).format(port=self.port))


def attach_scale(client: Any, port: str | None, baud: int, parent: QObject | None = None) -> ScaleBridge | None:
    """The station's scale, reading once the bench is open; None for a bench without one."""
    if not port:
        return None
    bridge = ScaleBridge(client, port, baud, parent)
    if client.is_open:
        bridge.start()
    else:
        client.session_opened.connect(bridge.start)
    return bridge
