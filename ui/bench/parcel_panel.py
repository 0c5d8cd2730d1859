"""The open parcel: which return it belongs to, its packaging, what is still expected, and what is wrong with it."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from inspector.bench.state import BenchState, ParcelView, grams_text
from ui.bench.expected_lines_model import ExpectedLinesModel
from ui.common.retranslate import Retranslating
from ui.common.texts import flag_text, policy_label, short_date


class ElidedLabel(QLabel):
    """A code on one line, cut in the middle with "…" when it has not the room (an RMA number may be 64
    characters), the whole code then its tooltip; or words, wrapped. Its size hints never ask for a whole code's
    width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._eliding = True
        self.setTextFormat(Qt.TextFormat.PlainText)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str, elide: bool = True) -> None:
        self._full, self._eliding = text, elide
        if self.wordWrap() == elide:
            self.setWordWrap(not elide)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("M" * 12), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("M…M"), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._elide()

    def _elide(self) -> None:
        # Hidden, its width may be a stale one: the whole text until it is shown at its real width.
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.contentsRect().width()) \
            if self._eliding and self.isVisible() else self._full
        if shown != self.text():
            self.setText(shown)
        tip = self._full if shown != self._full else ""
        if tip != self.toolTip():
            self.setToolTip(tip)


class ParcelPanel(Retranslating, QFrame):
    complete_parcel_requested = Signal()
    packaging_change_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcel_panel")
        self.setProperty("panel", True)
        self.heading = QLabel(self)
        self.heading.setProperty("heading", True)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)

        self.rma = ElidedLabel(self)
        self._value("rma_value", self.rma)
        self.order = self._value("order_value")
        self.tracking = self._value("tracking_value")
        self.reason = self._value("reason_value")
        self.delivered = self._value("delivered_value")
        self.packaging = self._value("packaging_value")
        self.progress = self._value("progress_value")
        self.weight = self._value("parcel_weight_value")
        # Two pairs a row where values are short, one where they are long: more room for the expected lines.
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(2)
        self.captions = {name: self._caption() for name in
                         ("rma", "order", "delivered", "tracking", "reason", "packaging", "done")}
        rows = (("rma", self.rma, None, None),
                ("order", self.order, "delivered", self.delivered),
                ("tracking", self.tracking, None, None),
                ("reason", self.reason, None, None),
                ("packaging", self.packaging, "done", self.progress))
        for row, (caption, value, caption2, value2) in enumerate(rows):
            form.addWidget(self.captions[caption], row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if caption2 is None:
                form.addWidget(value, row, 1, 1, 3)
            else:
                form.addWidget(value, row, 1)
                form.addWidget(self.captions[caption2], row, 2,
                               Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                form.addWidget(value2, row, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("parcel_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        self.lines_model = ExpectedLinesModel(self)
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("expected_lines")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_view.setWordWrap(True)
        self.lines_view.setMinimumHeight(120)
        self.lines_view.verticalHeader().hide()
        self.lines_view.setShowGrid(False)
        self.lines_view.setAlternatingRowColors(True)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ExpectedLinesModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.lines_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.packaging_button = QPushButton(self)
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("complete_parcel_button")
        for button in (self.packaging_button, self.complete_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Enter belongs to the scanner
        self.packaging_button.clicked.connect(self.packaging_change_requested)
        self.complete_button.clicked.connect(self.complete_parcel_requested)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(10)
        details.addLayout(form)
        details.addWidget(self.weight)     # a line of its own: a weighing's words are long, the form's columns not
        details.addWidget(self.warnings)
        details.addWidget(self.lines_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.packaging_button)
        buttons.addWidget(self.complete_button)
        details.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        # One stack for "no parcel" and the details: its minimum size is the larger of the two whichever shows, so
        # opening or closing a parcel does not move the splitters (a full-window relayout and repaint each time).
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty_hint)
        self._pages.addWidget(self.details)
        layout.addWidget(self._pages, 1)
        self.retranslate()
        self.render(None)

    def retranslate(self) -> None:
        # The parcel's own values follow the state: the window renders it again after a language switch.
        self.heading.setText(self.tr("Parcel"))
        self.empty_hint.setText(self.tr("No parcel open.\nScan a parcel label or RMA number."))
        captions = {"rma": self.tr("RMA"), "order": self.tr("Order"), "delivered": self.tr("Delivered"),
                    "tracking": self.tr("Tracking"), "reason": self.tr("Reason"), "packaging": self.tr("Packaging"),
                    "done": self.tr("Done")}
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.packaging_button.setText(self.tr("Packaging…  Ctrl+P"))
        self.complete_button.setText(self.tr("Parcel done  F11"))
        self.lines_model.retranslate()

    def _value(self, name: str, label: QLabel | None = None) -> QLabel:
        label = QLabel(self) if label is None else label
        label.setObjectName(name)
        label.setProperty("value", True)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _caption(self) -> QLabel:
        label = QLabel(self)
        label.setProperty("caption", True)
        return label

    def render_state(self, state: BenchState) -> None:
        self.render(state.parcel, state)

    def render(self, parcel: ParcelView | None, state: BenchState | None = None) -> None:
        page = self.empty_hint if parcel is None else self.details
        if self._pages.currentWidget() is not page:
            self._pages.setCurrentWidget(page)
        if parcel is None:
            self.lines_model.set_lines(())
            return
        dash = "—"
        if parcel.rma_number:
            self.rma.set_full_text(parcel.rma_number)
        else:
            self.rma.set_full_text(self.tr("none (unexpected return)"), elide=False)
        self.order.setText(parcel.order_number or dash)
        self.tracking.setText(parcel.tracking_number or dash)
        self.reason.setText(parcel.customer_reason or dash)
        self.delivered.setText(short_date(parcel.delivered_on))
        self.packaging.setText(self._packaging_label(parcel.packaging_condition, state))
        expected = sum(line.quantity for line in parcel.lines)
        self.progress.setText(self.tr("{done} of {expected} units").format(done=parcel.items_done, expected=expected)
                              if expected else str(parcel.items_done))
        self.weight.setText(self._weight_text(parcel))
        self.weight.setVisible(parcel.weight_g is not None)
        # The session words the parcel's warnings; bare flags are shown only when it gave no words for them.
        problems = list(parcel.warnings) or [flag_text(f) for f in parcel.flags]
        self.warnings.setText("\n".join(f"⚠  {p}" for p in dict.fromkeys(problems)))
        self.warnings.setVisible(bool(problems))
        self.lines_model.set_lines(parcel.lines)
        self.lines_view.executeDelayedItemsLayout()   # in this paint, not a second one on the view's next timer tick
        self.details.layout().activate()   # likewise the page's layout: now, not after this state's paint

    def warm_up(self) -> None:
        """While the bench is idle: lays out, styles and paints the parcel details once off screen, so the first
        parcel scan does not pay for it on screen."""
        if not self.details.isVisible():
            self.details.resize(self._pages.size())
            self.details.grab()

    def _weight_text(self, parcel: ParcelView) -> str:
        if parcel.weight_g is None:
            return ""        # not weighed yet: Ctrl+W types it (the keys hint says so)
        shown = parcel.weight_detail or grams_text(parcel.weight_g)
        return self.tr("Weight: {weight}, typed").format(weight=shown) if parcel.weight_source == "typed" \
            else self.tr("Weight: {weight}").format(weight=shown)

    @staticmethod
    def _packaging_label(code: str, state: BenchState | None) -> str:
        options = state.packaging_conditions if state else ()
        for option in options:
            if option.code == code:
                return policy_label(option.label)
        return code
