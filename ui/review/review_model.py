"""The review queue as a Qt table: the day's exceptions as frozen `ReviewItem`s, one row each, with the site's clock
for their times, the words of their review state in the window's language (made again after a switch), and the mark
of a record that reached the hub after its day was signed off."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from inspector.domain.site_day import LOCAL
from inspector.usecases import review
from ui.common.header_table_model import Index
from ui.common.texts import outcome_text, reason_line
from ui.review.live_text import TitledTableModel


def _money(value: Any) -> str:
    return "" if value is None else str(value)


def outcome_cell(item: review.ReviewItem) -> str:
    words = outcome_text(item.outcome)
    if item.outcome == "exchange":
        return f"{words} → {item.exchange_sku}" if item.exchange_sku else words
    return f"{words} {_money(item.outcome_amount)} {item.currency or ''}".strip()


class ReviewModel(TitledTableModel):
    COLUMNS = ("time", "plate", "station", "inspector", "sku", "exceptions", "grade", "disposition", "deduction",
               "refund", "outcome", "why_held", "state")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.zone = LOCAL        # the site's clock, whose times the first column shows
        self.late: dict[str, tuple[str, int]] = {}   # inspections that reached the hub after their day was signed
        self._headers = self._header_texts()

    def _header_texts(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Plate"), self.tr("Station"), self.tr("Inspector"),
                self.tr("SKU"), self.tr("Exceptions"), self.tr("Grade"), self.tr("Disposition"),
                self.tr("Deduction"), self.tr("Refund"), self.tr("Outcome"), self.tr("Why held"), self.tr("Review"))

    def retranslate(self) -> None:
        """After a language switch (the window calls this): new headers, and the rows' words made again."""
        self.set_headers(self._header_texts())
        self.refresh_texts()

    def set_items(self, items: list[review.ReviewItem]) -> None:
        self._replace_rows(items)

    def set_late(self, late: dict[str, tuple[str, int]]) -> None:
        """Inspection id -> the closed day it reached the hub after and that day's number, marked in the Review
        column (`ui.review.day_closing`)."""
        self.late = late
        if self._rows:
            state = self.COLUMNS.index("state")
            self.dataChanged.emit(self.index(0, state), self.index(len(self._rows) - 1, state))

    def item(self, row: int) -> review.ReviewItem | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row(index)
        if item is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("deduction", "refund", "outcome"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.inspection_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "state" and item.refused:
            return self.refused_text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == "outcome" and item.outcome_basis:
            return item.outcome_basis      # English, as kept for the audit and the export
        if role == Qt.ItemDataRole.ToolTipRole and column == "why_held" and item.risk_reasons:
            return "\n".join(reason_line(r) for r in item.risk_reasons)
        return None

    def _display(self, item: review.ReviewItem, column: str) -> str:
        if column == "time":
            return self.zone.local(item.completed_at).strftime("%H:%M:%S")
        if column == "plate":
            return item.license_plate
        if column == "station":
            return item.station
        if column == "inspector":
            return item.operator_name
        if column == "sku":
            return item.sku or ""
        if column == "exceptions":
            return ", ".join(item.exceptions)
        if column == "why_held":
            return self.why_held(item)
        if column == "grade":
            return item.grade or ""
        if column == "disposition":
            return item.disposition
        if column == "deduction":
            return f"{_money(item.deduction_total)} {item.currency or ''}".strip()
        if column == "refund":
            return f"{_money(item.refund)} {item.currency or ''}".strip()
        if column == "outcome":
            return outcome_cell(item)
        state = {"open": self.tr("open"), "approved": self.tr("approved"),
                 "overridden": self.tr("overridden")}.get(item.review_state, item.review_state)
        if item.refused:   # this bench's own decision the hub refused: it counts for nothing
            state = self.tr("{state}; your decision was refused").format(state=state)
        late = self.late.get(item.inspection_id)
        return state if late is None else self.tr("{state}; late for closed day {day} (no. {number})").format(
            state=state, day=late[0], number=late[1])

    def why_held(self, item: review.ReviewItem) -> str:
        """The fraud signals' reasons; "held" first while the hold is not released."""
        reasons = "; ".join(reason_line(r) for r in item.risk_reasons)
        if not item.held:
            return reasons
        return self.tr("Held: {reasons}").format(reasons=reasons) if reasons else self.tr("Held")

    def refused_text(self, item: review.ReviewItem) -> str:
        """Who decided first and when, as the hub said it (the hub's words are not translated)."""
        return self.tr("The hub refused this bench's decision: {reason}").format(reason=item.refused)
