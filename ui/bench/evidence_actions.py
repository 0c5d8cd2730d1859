"""The bench's evidence keys: Ctrl+W types a weight (the item in hand's, else the open parcel's) and Ctrl+Shift+S
the serial of the item in hand. The session decides what they mean; this only asks and hands the answer on."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from inspector.bench.state import Cue
from ui.bench.bench_client import BenchClient


class EvidenceActions(QObject):
    def __init__(self, client: BenchClient, window: QWidget) -> None:
        super().__init__(window)
        self._client, self._window = client, window

    def ask(self, command: str) -> None:
        """`Command.TYPE_WEIGHT` or `Command.TYPE_SERIAL`: its dialog opens after the key event, not inside the
        event filter."""
        QTimer.singleShot(0, self._ask_weight if command == "type_weight" else self._ask_serial)

    def _ask_weight(self) -> None:
        state = self._client.state
        if state.item is None and state.parcel is None:
            self._client.show_message(Cue.ERROR, self.tr("Scan a parcel or an item before typing its weight."))
            return
        from ui.bench.weight_dialog import WeightDialog   # dialogs load on first use, not before first paint
        current = state.item.weight_g if state.item is not None else state.parcel.weight_g  # type: ignore[union-attr]
        grams = WeightDialog.ask(self._window, state.item is not None, current)
        if grams is not None:
            self._client.typed_weight(grams)

    def _ask_serial(self) -> None:
        item = self._client.state.item
        if item is None:
            self._client.show_message(Cue.ERROR, self.tr("Scan an item first."))
            return
        from ui.bench.serial_dialog import SerialDialog
        serial = SerialDialog.ask(self._window, item.serial)
        if serial:
            self._client.set_serial(serial)
