"""The unit in hand: what it is, its grade, the damage found, the money, where it goes next, a note, complete."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from inspector.bench.state import BenchState, FindingView, ItemView, grams_text
from ui.bench.camera_preview import CameraPreview
from ui.bench.damage_checklist import DamageChecklist
from ui.bench.grade_picker import GradePicker
from ui.bench.outcome_box import OutcomeNote, RiskLine, outcome_row
from ui.bench.photo_strip import PhotoStrip
from ui.common.retranslate import Retranslating
from ui.common.texts import flag_text, match_text, money, phase_prompt, policy_label


def _label(text: str, parent: QWidget, name: str = "", **props: object) -> QLabel:
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    for key, value in props.items():
        label.setProperty(key, value)
    return label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ItemPanel(Retranslating, QFrame):
    grade_chosen = Signal(str)
    finding_toggled = Signal(str)
    disposition_change_requested = Signal()
    note_edited = Signal(str)
    complete_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("item_panel")
        self.setProperty("panel", True)
        self._item: ItemView | None = None
        self._stack = QStackedWidget(self)
        self.waiting = _label("", self, "waiting_prompt")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        self._stack.addWidget(self.waiting)
        self._stack.addWidget(self._build_inspection())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.retranslate()

    def retranslate(self) -> None:
        # The rest follows the unit in hand: the window renders its state again after a language switch.
        self.paid_caption.setText(self.tr("Paid"))
        self.deductions_caption.setText(self.tr("Deductions"))
        self.refund_caption.setText(self.tr("Refund"))
        self.proposed_caption.setText(self.tr("Proposed"))
        self.goes_to_caption.setText(self.tr("Goes to"))
        self.change_disposition.setText(self.tr("Change…  Ctrl+D"))
        self.note.setPlaceholderText(self.tr("Note (Ctrl+N), Enter to keep"))
        self.complete.setText(self.tr("Complete  F12"))
        self.cancel.setText(self.tr("Cancel  Esc"))
        self.damage_heading.setText(self.tr("Damage found"))

    # -- building ----------------------------------------------------------------------------------------------
    def _build_inspection(self) -> QWidget:
        page = QWidget(self)
        self.title = _label("", page, "item_title")
        self.title.setWordWrap(True)
        self.identity = _label("", page, "item_identity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.match = _label("", page, "match_chip")
        self.flags = _label("", page, "item_flags")
        self.flags.setWordWrap(True)

        self.grade_picker = GradePicker(page)
        self.grade_picker.grade_chosen.connect(self.grade_chosen)
        self.checklist = DamageChecklist(page)
        self.checklist.finding_toggled.connect(self.finding_toggled)

        self.paid = _label("", page, "paid_value", money_value=True)
        self.deductions = _label("", page, "deduction_value", money_value=True)
        self.refund = _label("", page, "refund_value")
        money_box = QFrame(page)
        money_box.setObjectName("money_box")
        grid = QGridLayout(money_box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(4)
        self.paid_caption = _label("", money_box, caption=True)
        self.deductions_caption = _label("", money_box, caption=True)
        self.refund_caption = _label("", money_box, "refund_caption")
        grid.addWidget(self.paid_caption, 0, 0)
        grid.addWidget(self.paid, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.deductions_caption, 1, 0)
        grid.addWidget(self.deductions, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.refund_caption, 2, 0)
        grid.addWidget(self.refund, 2, 1, Qt.AlignmentFlag.AlignRight)
        self.outcome_note = OutcomeNote(money_box)
        grid.addWidget(self.outcome_note, 3, 0, 1, 2)
        self.risk_line = RiskLine(page)

        self.proposed = _label("", page, "proposed_disposition", value=True)
        self.chosen = _label("", page, "chosen_disposition")
        self.bin = _label("", page, "bin_value")
        self.bin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = _label("", page, "disposition_reason")
        self.reason.setWordWrap(True)
        self.change_disposition = QPushButton(page)
        self.change_disposition.clicked.connect(self.disposition_change_requested)
        disposition_box = QFrame(page)
        disposition_box.setObjectName("disposition_box")
        dgrid = QGridLayout(disposition_box)
        dgrid.setContentsMargins(16, 12, 16, 12)
        dgrid.setVerticalSpacing(4)
        self.proposed_caption = _label("", disposition_box, caption=True)
        self.goes_to_caption = _label("", disposition_box, caption=True)
        dgrid.addWidget(self.proposed_caption, 0, 0)
        dgrid.addWidget(self.proposed, 0, 1)
        dgrid.addWidget(self.goes_to_caption, 1, 0)
        dgrid.addWidget(self.chosen, 1, 1)
        dgrid.addWidget(self.bin, 0, 2, 2, 1)
        dgrid.addWidget(self.reason, 2, 0, 1, 3)
        dgrid.addWidget(self.change_disposition, 3, 0, 1, 3)
        dgrid.setColumnStretch(1, 1)

        self.note = QLineEdit(page)
        self.note.setObjectName("note_field")
        self.note.setProperty("scan_capture", False)   # typed text, not a scan
        self.note.setMaxLength(500)
        self.note.editingFinished.connect(self._on_note_finished)

        self.complete = QPushButton(page)
        self.complete.setObjectName("complete_button")
        self.cancel = QPushButton(page)
        self.cancel.setObjectName("cancel_button")
        self.complete.clicked.connect(self.complete_requested)
        self.cancel.clicked.connect(self.cancel_requested)
        for button in (self.change_disposition, self.complete, self.cancel):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)    # Enter belongs to the scanner

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.match, 0, Qt.AlignmentFlag.AlignTop)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.grade_picker)
        self.damage_heading = _label("", page, heading=True)
        left.addWidget(self.damage_heading)
        left.addWidget(self.checklist)
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(money_box)
        right.addWidget(disposition_box)
        right.addWidget(self.note)
        # Photos, filled by ui.bench.photo_actions: the live preview (only while a camera runs) and the strip, in the
        # room the right column has spare, so the damage checklist keeps its height at 1366x768.
        self.camera_preview = CameraPreview(page)
        self.camera_preview.hide()
        self.photo_strip = PhotoStrip(page)
        photo_row = QHBoxLayout()
        photo_row.setSpacing(8)
        photo_row.addWidget(self.camera_preview, 0, Qt.AlignmentFlag.AlignTop)
        photo_row.addWidget(self.photo_strip, 1)
        right.addLayout(photo_row)
        right.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel, 1)
        buttons.addWidget(self.complete, 2)
        right.addLayout(buttons)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 14, 20, 18)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.identity)
        layout.addWidget(self.flags)
        layout.addWidget(self.risk_line)
        layout.addSpacing(6)
        layout.addLayout(columns, 1)
        return page

    # -- rendering -----------------------------------------------------------------------------------------------
    @property
    def inspecting(self) -> bool:
        return self._stack.currentIndex() == 1

    def render_state(self, state: BenchState) -> None:
        item = state.item
        self._item = item
        if item is None:
            self.waiting.setText(phase_prompt(state.phase))
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        self.title.setText(item.description or item.sku or item.gtin or self.tr("Unknown item"))
        parts = [(self.tr("SKU"), item.sku), (self.tr("GTIN"), item.gtin), (self.tr("Serial"), item.serial),
                 (self.tr("Lot"), item.lot), (self.tr("Plate"), item.license_plate),
                 (self.tr("Weight"), grams_text(item.weight_g) if item.weight_g is not None else None)]
        self.identity.setText("   ".join(f"{name} {value}" for name, value in parts if value))
        self.match.setText(match_text(item.match_kind))
        if self.match.property("match") != item.match_kind:
            self.match.setProperty("match", item.match_kind)
            _repolish(self.match)
        # A hold says itself in the risk line, with its reasons.
        flags = [f for f in item.flags if f != "held_for_review"]
        self.flags.setText("   ".join(f"⚠ {flag_text(f)}" for f in flags))
        self.flags.setVisible(bool(flags))
        self.risk_line.show_risk(item.risk)

        self.grade_picker.set_options(state.grades)
        self.grade_picker.show_grade(item.grade)
        self.checklist.show_findings(item.findings, item.currency)

        self.paid.setText(money(item.unit_price, item.currency))
        self.deductions.setText(("−" + money(item.deduction_total, item.currency))
                                if item.deduction_total else money(item.deduction_total, item.currency))
        row = outcome_row(item)
        if row is None:
            self.refund_caption.setText(self.tr("Refund"))
            self.refund.setText(money(item.refund, item.currency) if item.refund is not None
                                else self.tr("held for review"))
        else:
            self.refund_caption.setText(row[0])
            self.refund.setText(row[1])
        self.outcome_note.show_item(item)

        names = {o.code: policy_label(o.label) for o in state.dispositions}
        self.proposed.setText(names.get(item.proposed_disposition, item.proposed_disposition))
        self.chosen.setText(names.get(item.disposition, item.disposition))
        self.bin.setText(item.bin)
        overridden = item.disposition != item.proposed_disposition
        self.reason.setText(self.tr("Changed: {reason}").format(reason=item.disposition_reason or "")
                            if overridden else "")
        self.reason.setVisible(overridden)
        if self.chosen.property("overridden") != overridden:
            self.chosen.setProperty("overridden", overridden)
            _repolish(self.chosen)
        if not self.note.hasFocus() and self.note.text() != item.note:
            self.note.setText(item.note)
            self.note.setCursorPosition(0)       # show how the note starts
        # Lay the page out now, not on a posted request after this state's paint: that would move its rows and
        # paint the whole panel a second time.
        self._stack.currentWidget().layout().activate()

    def warm_up(self, state: BenchState) -> None:
        """While the bench is idle (just signed in): builds the grade buttons and damage rows for the policy, and
        lays out, styles and paints the inspection page once off screen, so the shift's first item scan does not
        pay for it on screen."""
        self.grade_picker.set_options(state.grades)
        if not self.checklist.codes and state.damage_types:
            self.checklist.show_findings(tuple(FindingView(o.code, o.label, False, None, "")
                                               for o in state.damage_types), None)
        page = self._stack.widget(1)
        if not page.isVisible():
            page.resize(self._stack.size())
            page.grab()

    def pending_note(self) -> str | None:
        """The note as typed, when it differs from what the bench holds (so complete can save it first)."""
        if self._item is None or self.note.text() == self._item.note:
            return None
        return self.note.text()

    def _on_note_finished(self) -> None:
        pending = self.pending_note()
        if pending is not None:
            self.note_edited.emit(pending)
