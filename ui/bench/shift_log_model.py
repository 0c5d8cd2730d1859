"""The shift's scans as a table, newest first, over `BenchState.shift_log` (frozen entries, never ORM rows)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inspector.bench.state import Cue, ScanLogEntry
from inspector.scans.errors import printable
from ui.common.texts import clock_time, translated_message
from ui.common.item_roles import DISPLAY, FOREGROUND, TOOLTIP, USER

CUE_COLOURS = {
    Cue.SUCCESS: QColor("#1b7f3b"),
    Cue.COMPLETED: QColor("#1565c0"),
    Cue.WARNING: QColor("#a86400"),
    Cue.ERROR: QColor("#c62828"),
    Cue.INFO: QColor("#455a64"),
}

Index = QModelIndex | QPersistentModelIndex


def _overlap(old: tuple[ScanLogEntry, ...], new: tuple[ScanLogEntry, ...]) -> int:
    """How many of `old`'s newest entries start `new` (the session appends at the end and trims the front)."""
    if not old or not new:
        return 0
    first = new[0]
    # The entries are the session's own objects, so identity finds where `new` starts inside `old`.
    for start in range(len(old)):
        if old[start] is first or old[start] == first:
            kept = len(old) - start
            return kept if new[:kept] == old[start:] else 0
    return 0


_BRUSHES = {cue: QBrush(colour) for cue, colour in CUE_COLOURS.items()}


class ShiftLogModel(QAbstractTableModel):
    """Each entry's cells are worked out once, when it arrives, not on every `data()` call of every repaint."""

    TIME, SCAN, RESULT = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: tuple[ScanLogEntry, ...] = ()   # in log order; row 0 shows the last one
        self._cells: list[tuple[str, str, str]] = []    # parallel to _entries

    def set_entries(self, entries: Sequence[ScanLogEntry]) -> None:
        """Inserts the new scans at the top and drops the ones the capped log let go at the bottom, so the view
        updates a row or two instead of re-reading all of them (the log holds the last 200 scans)."""
        new = tuple(entries)
        old = self._entries
        if new == old:
            return
        kept = _overlap(old, new)
        if kept == 0:
            self.beginResetModel()
            self._entries, self._cells = new, [_cells_of(e) for e in new]
            self.endResetModel()
            return
        dropped = len(old) - kept          # oldest entries, shown at the bottom
        added = len(new) - kept            # newest entries, shown at the top
        if dropped:
            self.beginRemoveRows(QModelIndex(), len(old) - dropped, len(old) - 1)
            self._entries, self._cells = old[dropped:], self._cells[dropped:]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), 0, added - 1)
            self._entries, self._cells = new, self._cells + [_cells_of(e) for e in new[kept:]]
            self.endInsertRows()
        self._entries = new

    def retranslate(self) -> None:
        """After a language switch: each entry's words again, and the headers."""
        self._cells = [_cells_of(e) for e in self._entries]
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 2))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def entry(self, row: int) -> ScanLogEntry:
        return self._entries[len(self._entries) - 1 - row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()   # -1 for an invalid index
        if not 0 <= row < len(self._entries):
            return None
        at = len(self._entries) - 1 - row
        if role == DISPLAY:
            return self._cells[at][index.column()]
        entry = self._entries[at]
        if role == FOREGROUND and index.column() == self.RESULT:
            return _BRUSHES.get(entry.cue, _BRUSHES[Cue.INFO])
        if role == TOOLTIP:
            return f"{entry.at:%Y-%m-%d %H:%M:%S}  {printable(entry.text)}\n{entry.message}"
        if role == USER:
            return entry.cue.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Time"), self.tr("Scan"), self.tr("Result"))[section] if 0 <= section < 3 else None
        return str(section + 1)


def _cells_of(entry: ScanLogEntry) -> tuple[str, str, str]:
    # Invisible characters spelled out (GS as <GS>): a bidi override must not turn a scan around on screen.
    return clock_time(entry.at), printable(entry.text), translated_message(entry.message, entry.said)
