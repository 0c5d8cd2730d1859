"""The bench's label keys: Ctrl+Shift+L shows the label of the item in hand (or the last one completed), and
Ctrl+Shift+P lets a supervisor choose the label printer. The session decides; this only asks and shows."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from inspector.bench.state import Cue
from ui.bench.bench_client import BenchClient
from ui.printing.label_queue import LabelQueue, installed_printers


class LabelActions(QObject):
    def __init__(self, client: BenchClient, labels: LabelQueue, window: QWidget) -> None:
        super().__init__(window)
        self._client, self._labels, self._window = client, labels, window
        labels.preview_ready.connect(self._show_preview)

    def preview(self) -> None:
        state = self._client.state
        item = state.item or state.last_completed
        if state.label_printer is None:
            return
        if item is None:
            self._client.show_message(Cue.ERROR, self.tr("No label to show yet: complete an item first."))
            return
        self._labels.preview(item.id)

    def _show_preview(self, plate: str, image: object) -> None:
        from ui.printing.label_preview import LabelPreviewDialog  # dialogs load on first use, not before first paint
        LabelPreviewDialog.ask(self._window, image, plate)

    def choose_printer(self) -> None:
        state = self._client.state
        current = state.label_printer
        if current is None:
            return
        if state.operator is None or not state.operator.supervises:
            # The session refuses the change too; asking first spares the operator a dialog that cannot be used.
            self._client.show_message(Cue.ERROR, self.tr("Only a supervisor can change the label printer."))
            return
        # Listing the system's printers asks CUPS: on the background lane, then the dialog opens here.
        self._client.runner.run_background(installed_printers, on_done=lambda names: self._ask(current, names),
                                           on_error=lambda _exc: self._ask(current, []))

    def _ask(self, current: object, printers: list[str]) -> None:
        from ui.printing.printer_dialog import PrinterDialog  # loads the label engine's settings on first use
        chosen = PrinterDialog.ask(self._window, current, printers)  # type: ignore[arg-type]
        if chosen is not None:
            self._client.set_label_printer(chosen)
