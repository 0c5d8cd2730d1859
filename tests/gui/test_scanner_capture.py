"""Scan or key? The capture's rule, tested on a bare window so only the filter is under test."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from tests.gui.conftest import type_text
from ui.bench.scanner_capture import Command, ScanCapture

pytestmark = pytest.mark.gui


class Rig:
    def __init__(self, qtbot, grades: int = 5) -> None:
        self.qtbot = qtbot
        self.window = QWidget()
        self.window.setMinimumSize(300, 200)
        self.note = QLineEdit(self.window)
        self.note.setProperty("scan_capture", False)
        self.manual = QLineEdit(self.window)
        self.manual.setReadOnly(True)
        self.manual.setProperty("manual_entry", True)
        self.home = QWidget(self.window)
        self.home.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self.window)
        for w in (self.note, self.manual, self.home):
            layout.addWidget(w)
        self.grades = grades
        self.capture = ScanCapture(self.window, lambda: self.grades)
        self.capture.install()
        self.scans, self.grade_keys, self.findings, self.commands = [], [], [], []
        self.capture.scan_entered.connect(self.scans.append)
        self.capture.grade_key_pressed.connect(self.grade_keys.append)
        self.capture.finding_key_pressed.connect(self.findings.append)
        self.capture.command_pressed.connect(self.commands.append)
        qtbot.addWidget(self.window)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        self.home.setFocus()
        qtbot.waitUntil(self.home.hasFocus)

    def scan(self, text: str) -> None:
        type_text(QApplication.focusWidget(), text)
        self.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)


@pytest.fixture
def rig(qtbot):
    rig = Rig(qtbot)
    yield rig
    rig.capture.uninstall()


def test_text_and_enter_is_one_scan_from_anywhere_in_the_window(rig):
    rig.scan("RMA-10000001")
    assert rig.scans == ["RMA-10000001"]
    assert rig.capture.buffer == ""


def test_a_scan_that_starts_with_a_grade_digit_is_still_a_scan(rig):
    rig.scan("4006381333931")
    rig.scan("1")                          # a lone digit followed at once by Enter: a one-character scan
    assert rig.scans == ["4006381333931", "1"]
    assert rig.grade_keys == []


def test_a_lone_grade_digit_grades_once_no_key_follows_within_the_window(rig, qtbot):
    with qtbot.waitSignal(rig.capture.grade_key_pressed) as pressed:
        rig.key(Qt.Key.Key_2)
    assert pressed.args == [2]
    assert rig.scans == [] and rig.capture.buffer == ""


def test_digits_are_text_once_a_scan_has_started(rig):
    rig.scan("SKU-12345")
    assert rig.scans == ["SKU-12345"] and rig.grade_keys == []


def test_digits_beyond_the_grade_scale_or_outside_inspection_are_text(rig, qtbot):
    rig.key(Qt.Key.Key_7)                  # 5 grades: 7 is not a grade key
    assert rig.capture.buffer == "7"
    rig.key(Qt.Key.Key_Escape)
    rig.grades = 0                         # not inspecting
    rig.key(Qt.Key.Key_3)
    assert rig.capture.buffer == "3"
    assert rig.grade_keys == []


def test_a_command_key_right_after_a_digit_grades_first(rig):
    rig.key(Qt.Key.Key_3)
    rig.key(Qt.Key.Key_F12)
    assert rig.grade_keys == [3] and rig.commands == [Command.COMPLETE_ITEM.value]


def test_command_and_finding_keys(rig):
    rig.key(Qt.Key.Key_F1)
    rig.key(Qt.Key.Key_F10)
    rig.key(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    rig.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rig.key(Qt.Key.Key_F11)
    rig.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    rig.key(Qt.Key.Key_Escape)
    assert rig.findings == [0, 9, 2]
    assert rig.commands == ["complete_item", "complete_parcel", "change_disposition", "escape"]
    assert rig.scans == []


def test_photo_keys(rig):
    photos = []
    rig.capture.finding_photo_pressed.connect(photos.append)
    rig.key(Qt.Key.Key_F9)
    rig.key(Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    rig.key(Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    rig.key(Qt.Key.Key_F10, Qt.KeyboardModifier.ControlModifier)
    rig.key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    rig.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    rig.key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rig.key(Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)      # the 9th finding: F9 is the photo now
    assert rig.commands == ["take_photo", "remove_photo", "open_picture", "undo_complete", "camera_settings"]
    assert photos == [2, 9]
    assert rig.findings == [8]


def test_a_photo_key_typed_into_the_note_still_takes_the_photo(rig):
    rig.note.setFocus()
    rig.qtbot.waitUntil(rig.note.hasFocus)
    rig.key(Qt.Key.Key_F9)
    assert rig.commands == ["take_photo"] and rig.note.text() == ""


def test_escape_first_drops_a_half_read_scan(rig):
    type_text(rig.home, "GARBLED")
    rig.key(Qt.Key.Key_Escape)
    assert rig.capture.buffer == "" and rig.commands == []
    rig.key(Qt.Key.Key_Escape)
    assert rig.commands == ["escape"]


def test_backspace_edits_the_buffer(rig):
    type_text(rig.home, "ABX")
    rig.key(Qt.Key.Key_Backspace)
    rig.scan("C")
    assert rig.scans == ["ABC"]


def test_group_separator_and_non_ascii_text_are_kept(rig):
    rig.scan("0104006381333931\x1d21SN-Ä1")
    assert rig.scans == ["0104006381333931\x1d21SN-Ä1"]


def test_free_text_fields_are_typed_into_not_scanned(rig, qtbot):
    rig.note.setFocus()
    qtbot.waitUntil(rig.note.hasFocus)
    qtbot.keyClicks(rig.note, "box 2 dented")
    assert rig.note.text() == "box 2 dented"
    assert rig.capture.buffer == "" and rig.grade_keys == []
    rig.key(Qt.Key.Key_F12)                # command keys still work from the note
    assert rig.commands == ["complete_item"]


def test_manual_entry_field_never_takes_digits_as_grade_keys(rig, qtbot):
    rig.manual.setFocus()
    qtbot.waitUntil(rig.manual.hasFocus)
    rig.key(Qt.Key.Key_2)
    assert rig.capture.buffer == "2"
    rig.key(Qt.Key.Key_Return)
    assert rig.scans == ["2"] and rig.grade_keys == []


def test_auto_repeat_of_a_command_key_acts_once(rig):
    rig.key(Qt.Key.Key_F12)
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier, "", True)
    QApplication.sendEvent(rig.home, repeat)
    assert rig.commands == ["complete_item"]


def test_other_windows_are_left_alone(rig, qtbot):
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    other.setFocus()
    qtbot.keyClicks(other, "reason 1")
    qtbot.keyClick(other, Qt.Key.Key_Return)
    assert other.text() == "reason 1" and rig.scans == []


def test_a_burst_of_scans_comes_out_in_order_unmerged(rig):
    texts = [f"{n % 5 + 1}{n:04d}-PART" for n in range(200)]
    for text in texts:
        rig.scan(text)
    assert rig.scans == texts and rig.grade_keys == []


def test_the_window_focus_widget_counts_when_no_window_is_active(qtbot):
    """Without a window manager the bench window may never become "active" (no application focus widget); Qt
    still delivers keys to the window's own focus widget, and the capture must judge by that widget."""
    window = QWidget()
    pin = QLineEdit(window)
    pin.setProperty("scan_capture", False)
    qtbot.addWidget(window)
    capture = ScanCapture(window, lambda: 5)
    capture.install()
    try:
        pin.setFocus()                     # the window is not shown, so not active: only its focus child is set
        assert QApplication.focusWidget() is None and window.focusWidget() is pin
        for ch in "1234":
            QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_1,
                                                     Qt.KeyboardModifier.NoModifier, ch))
        assert capture.buffer == ""
        pin.clearFocus()
        QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                                                 "A"))
        assert capture.buffer == "A"
    finally:
        capture.uninstall()


# Issue 15: what a scanner sends is judged by the interpreter, never quietly edited by the capture.
@pytest.mark.parametrize("text", ["RMA-1000\x000001", "OP-10\x0701", "RMA-\u202e10000001", "OP-1\u200f001",
                                  "\u00a0RMA-10000001", "LP0J4K8\x7fM2Q7X", "OP-1001\t"])
def test_invisible_characters_inside_a_scan_stay_in_it(rig, text):
    rig.scan(text)
    assert rig.scans == [text]          # dropping them would turn a garbled scan into a valid-looking one


def test_tab_and_delete_with_no_scan_under_way_and_modified_enter_are_not_scan_text(rig):
    shift = Qt.KeyboardModifier.ShiftModifier
    for key, mods, text in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "\t"),
                            (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier, "\x7f"),
                            (Qt.Key.Key_Return, shift, "\r"), (Qt.Key.Key_Backspace, shift, "\x08")):
        rig.home.setFocus()                  # Tab moves it on, as it should
        rig.qtbot.waitUntil(rig.home.hasFocus)
        QApplication.sendEvent(rig.home, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
        assert rig.capture.buffer == "", key
    rig.home.setFocus()
    rig.qtbot.waitUntil(rig.home.hasFocus)
    type_text(rig.home, "AB")
    QApplication.sendEvent(rig.home, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, shift, "\r"))
    assert rig.capture.buffer == "AB"
