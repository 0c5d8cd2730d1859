"""The bench window: renders `BenchState` snapshots and turns keys, scans and clicks into bench intents.

It holds no business rules: what a scan means, which grade a key picks, what a finding deducts, and whether an
intent is allowed now are all the session's answers, shown as they come back. Its language follows the signed-in
operator's (`ui.bench.operator_language`).
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from inspector.bench.state import BenchState, Cue, Feedback, Phase
from ui.bench.bench_client import BenchClient
from ui.bench.evidence_actions import EvidenceActions
from ui.common.cue_player import CuePlayer
from ui.bench.feedback_banner import FeedbackBanner
from ui.bench.operator_language import OperatorLanguage
from ui.common.window_state import WindowState
from ui.printing.label_actions import LabelActions
from ui.printing.label_queue import LabelQueue
from ui.review.supervisor_actions import SupervisorActions
from ui.bench.scan_bar import ScanBar
from ui.bench.scanner_capture import Command, ScanCapture
from ui.bench.sign_in_view import SignInView
from ui.bench.status_fields import StatusFields
from ui.common.retranslate import Retranslating
from ui.common.texts import phase_prompt
from ui.common.translations import Languages

log = logging.getLogger(__name__)

# When several states arrive back to back (a burst of scans), one sound is played once the bench has caught up:
# the most serious cue among them, so an error inside a burst is still heard.
CUE_SEVERITY = {Cue.INFO: 0, Cue.SUCCESS: 1, Cue.COMPLETED: 2, Cue.WARNING: 3, Cue.ERROR: 4}


class BenchWindow(Retranslating, QMainWindow):
    def __init__(self, client: BenchClient, cue_player: CuePlayer | None = None,
                 ui_state: QSettings | None = None, parent: QWidget | None = None,
                 languages: Languages | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bench_window")
        self.client = client
        self.language = OperatorLanguage(languages)
        self.cue_player = cue_player or CuePlayer(muted=True, parent=self)
        self._ui_state = ui_state
        self._shown_state: BenchState | None = None
        self._pending_cues: list[Cue] = []
        self._warmed_up = False
        self.labels = LabelQueue(client, self)   # restock labels to the printer, off the GUI thread
        self.label_actions = LabelActions(client, self.labels, self)
        self.supervisor = SupervisorActions(client, self)
        self.evidence = EvidenceActions(client, self)   # Ctrl+W weight, Ctrl+Shift+S serial
        self.photos: Any = None   # ui.bench.photo_actions: F9, Shift+F9, Ctrl+O, drops, Ctrl+Shift+C (attach_photos)
        self._window_state = WindowState(self, ui_state)
        self._build()
        self.installEventFilter(self)
        self.capture = ScanCapture(self, grade_key_limit=self._grade_key_limit)
        self._connect()
        self.capture.install()
        self.retranslate()
        self.render(client.state)
        self._window_state.restore_geometry()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Return inspection bench"))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange and self._shown_state is not None:
            self.render(self._shown_state)   # every child has set its fixed texts by now (ui.bench.operator_language)
        return handled

    # -- building ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        # An explicit floor (bench screens are at least 1024 wide) also keeps the layout from re-announcing its
        # minimum to the window system on every render.
        self.setMinimumSize(1024, 640)
        self.banner = FeedbackBanner(self)
        self.scan_bar = ScanBar(self)
        self.sign_in = SignInView(self)
        self._work_area: QWidget | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.sign_in)

        central = QWidget(self)
        central.setObjectName("central")
        # With the buttons unfocusable the centre keeps focus, so a scanner's Enter never "clicks" anything.
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.scan_bar)
        body = QWidget(central)
        body.setObjectName("body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 12, 12, 8)
        body_layout.addWidget(self.pages)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self._focus_home = central

        self.status_fields = fields = StatusFields(self)
        self.operator_label, self.station_label = fields.operator_label, fields.station_label
        self.database_label, self.labels_waiting_label = fields.database_label, fields.labels_waiting_label

    # The working page (parcel, item, shift log) is built after the first paint, or when first needed: the bench
    # opens on the sign-in page, and building the rest first would only delay the window appearing.
    _WORK_AREA_NAMES = frozenset({"parcel_panel", "return_choice_panel", "item_panel", "shift_log_model",
                                  "shift_log_view", "shift_log_count", "left_split", "main_split"})

    def __getattr__(self, name: str):  # only called for attributes not set yet
        if name in BenchWindow._WORK_AREA_NAMES and self.__dict__.get("_work_area", 0) is None:
            self._ensure_work_area()
            return self.__dict__[name]
        raise AttributeError(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Watches only for the first paint (the filter removes itself), then builds the working page.
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._ensure_work_area)
        return False

    def _ensure_work_area(self) -> None:
        if self._work_area is not None:
            return
        # Imported here so that their modules load after the first paint too.
        from ui.bench.item_panel import ItemPanel
        from ui.bench.parcel_panel import ParcelPanel
        from ui.bench.return_choice_panel import ItemArea
        from ui.bench.shift_log_panel import ShiftLogPanel

        self.parcel_panel = ParcelPanel(self)
        self.item_panel = ItemPanel(self)
        self.item_area = ItemArea(self.item_panel, self)   # the returns to choose from show in its place
        self.return_choice_panel = self.item_area.choices

        self.shift_log_panel = ShiftLogPanel(self)
        # Tests and the benchmark driver read these by name.
        self.shift_log_model = self.shift_log_panel.model
        self.shift_log_view = self.shift_log_panel.view
        self.shift_log_count = self.shift_log_panel.count

        self.left_split = QSplitter(Qt.Orientation.Vertical, self)
        self.left_split.setObjectName("left_split")
        from ui.common.layout_boundary import LayoutBoundary
        self.left_split.addWidget(LayoutBoundary(self.parcel_panel))
        self.left_split.addWidget(LayoutBoundary(self.shift_log_panel))
        self.left_split.setStretchFactor(0, 3)
        self.left_split.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("main_split")
        self.main_split.addWidget(self.left_split)
        self.main_split.addWidget(LayoutBoundary(self.item_area))
        self.main_split.setStretchFactor(0, 2)
        self.main_split.setStretchFactor(1, 3)
        for split in (self.left_split, self.main_split):
            split.setChildrenCollapsible(False)
            split.setHandleWidth(10)
        self.pages.addWidget(self.main_split)
        self._work_area = self.main_split
        self._connect_work_area()
        self._window_state.restore_splitters({"main_split": (self.main_split, [480, 880]),
                                              "left_split": (self.left_split, [520, 220])})
        if self._shown_state is not None:
            self._render_work_area(self._shown_state)

    def _connect(self) -> None:
        client = self.client
        client.state_changed.connect(self.render)
        client.settled.connect(self._play_pending_cue)
        client.settled.connect(self._warm_up)
        client.bug_reported.connect(self._show_bug)
        client.session_failed.connect(self._show_open_failure)
        client.runner.database.busy_changed.connect(lambda _busy: self.scan_bar.show_busy(client.in_flight))

        capture = self.capture
        capture.scan_entered.connect(self._on_scan)
        capture.grade_key_pressed.connect(client.grade_key)
        capture.finding_key_pressed.connect(self._on_finding_key)
        capture.finding_photo_pressed.connect(lambda index: self.photos and self.photos.finding_photo(index))
        capture.command_pressed.connect(self._on_command)
        capture.buffer_changed.connect(self.scan_bar.show_buffer)

        self.sign_in.pin_entered.connect(self._on_pin)

    def _connect_work_area(self) -> None:
        client = self.client
        items = self.item_panel
        items.grade_chosen.connect(client.set_grade)
        items.finding_toggled.connect(client.toggle_finding)
        items.note_edited.connect(client.set_note)
        items.complete_requested.connect(self._complete_item)
        items.cancel_requested.connect(client.cancel_item)
        items.disposition_change_requested.connect(self._change_disposition)
        self.parcel_panel.complete_parcel_requested.connect(client.complete_parcel)
        self.parcel_panel.packaging_change_requested.connect(self._change_packaging)
        self.return_choice_panel.choice_requested.connect(client.choose_return)
        self.return_choice_panel.cancel_requested.connect(client.cancel_item)

    # -- rendering -----------------------------------------------------------------------------------------------
    @property
    def shown_state(self) -> BenchState | None:
        return self._shown_state

    def render(self, state: BenchState) -> None:
        previous = self._shown_state
        self._shown_state = state
        signing_in = state.phase in (Phase.SIGNED_OUT, Phase.AWAITING_PIN)
        if not signing_in:
            self._ensure_work_area()
        self.pages.setCurrentIndex(0 if signing_in else 1)
        self.sign_in.render(state)
        self.banner.show_feedback(state.feedback, phase_prompt(state.phase))
        self.scan_bar.show_busy(self.client.in_flight)
        if self._work_area is not None:
            self._render_work_area(state)
        self.status_fields.render(state)
        self.scan_bar.show_prompt(self._keys_hint(state))
        self._move_focus(previous, state)
        if state.feedback is not None and (previous is None or state.feedback is not previous.feedback):
            self._pending_cues.append(state.feedback.cue)
        self.language.follow(state.operator)

    def _render_work_area(self, state: BenchState) -> None:
        if state.phase not in (Phase.SIGNED_OUT, Phase.AWAITING_PIN):
            self.parcel_panel.render_state(state)
            self.item_area.render_state(state)
        self.shift_log_panel.render_state(state)

    def _keys_hint(self, state: BenchState) -> str:
        if state.return_choices and self._work_area is not None:
            return self.return_choice_panel.keys_hint()
        if state.phase is Phase.INSPECTING:
            return self.tr("1–5 grade · F1–F10 / Alt+9 damage · F9 photo · Ctrl+D disposition · Ctrl+N note · "
                           "Ctrl+W weight · F12 complete · Esc cancel")
        if state.phase is Phase.AWAITING_ITEM:
            return self.tr("Scan an item · Ctrl+P packaging · Ctrl+W parcel weight · F11 parcel done · "
                           "Ctrl+L sign out")
        if state.phase is Phase.AWAITING_PARCEL:
            return self.tr("Scan a parcel · Ctrl+T type a code · Ctrl+L sign out")
        return phase_prompt(state.phase)

    def _move_focus(self, previous: BenchState | None, state: BenchState) -> None:
        was_pin = previous is not None and previous.phase is Phase.AWAITING_PIN
        if state.phase is Phase.AWAITING_PIN:
            self.sign_in.focus_pin()
        elif was_pin or self.focusWidget() is self.sign_in.pin_field:
            self._focus_home.setFocus(Qt.FocusReason.OtherFocusReason)

    def _warm_up(self) -> None:
        """Once signed in and idle, the parcel and item pages are built and painted off screen, so the shift's
        first scans are as quick as the rest."""
        state = self._shown_state
        if (self._warmed_up or self._work_area is None or state is None
                or state.phase in (Phase.SIGNED_OUT, Phase.AWAITING_PIN)):
            return
        self._warmed_up = True
        from decimal import Decimal

        from ui.common.texts import money
        money(Decimal("1.00"), "EUR")      # loads the locale's number and currency data (~10 ms the first time)
        self.parcel_panel.warm_up()
        self.item_panel.warm_up(state)

    def _play_pending_cue(self) -> None:
        if not self._pending_cues:
            return
        cue = max(self._pending_cues, key=CUE_SEVERITY.__getitem__)
        self._pending_cues.clear()
        self.cue_player.play(cue)

    def _show_bug(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)

    def _show_open_failure(self, message: str) -> None:
        self.banner.show_feedback(Feedback(Cue.ERROR, self.tr("The database could not be opened: {error}").format(
            error=message)), "")
        self.cue_player.play(Cue.ERROR)

    # -- intents -------------------------------------------------------------------------------------------------
    def _grade_key_limit(self) -> int:
        state = self.client.state
        if state.return_choices:   # the digits choose a return (the session routes them)
            return len(state.return_choices)
        return len(state.grades) if state.phase is Phase.INSPECTING and state.item is not None else 0

    def _on_scan(self, text: str) -> None:
        if self.focusWidget() is self.scan_bar.field:
            self._focus_home.setFocus(Qt.FocusReason.OtherFocusReason)   # manual entry ends with its Enter
        self.client.scan(text)

    def _on_pin(self, pin: str) -> None:
        self.client.enter_pin(pin)

    def _on_finding_key(self, index: int) -> None:
        item = self.client.state.item
        if item is not None and 0 <= index < len(item.findings):
            self.client.toggle_finding(item.findings[index].code)

    def _complete_item(self) -> None:
        pending = self.item_panel.pending_note() if self._work_area is not None else None
        if pending is not None:
            self.client.set_note(pending)      # queued first, so the note lands before completion
        self.client.complete_item()

    def _on_command(self, name: str) -> None:
        command = Command(name)
        state = self.client.state
        if command is Command.COMPLETE_ITEM:
            self._complete_item()
        elif command is Command.COMPLETE_PARCEL:
            self.client.complete_parcel()
        elif command is Command.ESCAPE:
            self._escape(state)
        elif command is Command.CHANGE_DISPOSITION:
            # Dialogs open after the key event has been handled, not inside the event filter.
            QTimer.singleShot(0, self._change_disposition)
        elif command is Command.CHANGE_PACKAGING:
            QTimer.singleShot(0, self._change_packaging)
        elif command is Command.EDIT_NOTE:
            if self.item_panel.inspecting:
                self.item_panel.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.item_panel.note.selectAll()
        elif command is Command.TYPE_CODE:
            self.scan_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif command is Command.SIGN_OUT:
            self.client.sign_out()
        elif command is Command.REPRINT_LABEL:
            self.client.reprint()
        elif command is Command.PREVIEW_LABEL:
            self.label_actions.preview()
        elif command is Command.PRINTER_SETTINGS:
            self.label_actions.choose_printer()
        elif command is Command.SUPERVISOR_REVIEW:
            QTimer.singleShot(0, self.supervisor.open_review)
        elif command is Command.UNDO_COMPLETE:
            self.client.undo()                 # a photo just removed comes back first
        elif self.photos is not None and command in self.photos.COMMANDS:
            self.photos.on_command(command)
        elif command is Command.UNLOCK_BADGE:
            QTimer.singleShot(0, self.supervisor.unlock_badge)
        elif command in (Command.TYPE_WEIGHT, Command.TYPE_SERIAL):
            self.evidence.ask(command)

    def _escape(self, state: BenchState) -> None:
        focus = self.focusWidget()
        if focus is self.item_panel.note:
            if self._shown_state is not None and self._shown_state.item is not None:
                self.item_panel.note.setText(self._shown_state.item.note)   # Esc drops the unsaved edit
            self._focus_home.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focus is self.scan_bar.field:
            self._focus_home.setFocus(Qt.FocusReason.OtherFocusReason)
        elif state.phase is Phase.AWAITING_PIN:
            self.client.sign_out()
        elif state.phase is Phase.INSPECTING or state.return_choices:
            self.client.cancel_item()          # the session drops the returns offered to choose from too

    def _change_disposition(self) -> None:
        item = self.client.state.item
        if item is None:
            return
        from ui.bench.disposition_dialog import DispositionDialog  # loaded on first use, not before first paint
        choice = DispositionDialog.ask(self, self.client.state.dispositions, item.proposed_disposition,
                                       item.disposition, item.disposition_reason)
        if choice is not None:
            self.client.set_disposition(*choice)

    def _change_packaging(self) -> None:
        state = self.client.state
        if state.parcel is None:
            return
        from ui.bench.packaging_dialog import PackagingDialog  # dialogs load on first use, not before first paint
        code = PackagingDialog.ask(self, state.packaging_conditions, state.parcel.packaging_condition)
        if code is not None and code != state.parcel.packaging_condition:
            self.client.set_packaging(code)

    # -- the supervisor's review, and closing ------------------------------------------------------------------
    @property
    def review_window(self) -> QWidget | None:
        return self.supervisor.review_window

    def open_review(self) -> None:
        self.supervisor.open_review()

    def save_ui_state(self) -> None:
        self._window_state.save({"main_split": self.main_split, "left_split": self.left_split}
                                if self._work_area is not None else {})

    def keep_pending_note(self) -> None:
        """A note typed but not saved yet goes to the item in hand (on closing, on an idle sign-out)."""
        pending = self.item_panel.pending_note() if self._work_area is not None else None
        if pending is not None and self.client.is_open:
            self.client.set_note(pending)       # the half-done unit resumes with its note

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.supervisor.cancel_running_job()
        self.keep_pending_note()
        self.save_ui_state()
        self.capture.uninstall()
        if self.photos is not None:
            self.photos.close()
        super().closeEvent(event)
