"""App-wide capture of keyboard-wedge scanner input and of the bench's command keys.

A wedge scanner "types" its barcode plus Enter into whatever has focus. An event filter on the application sees
every key press meant for the bench window before any widget does and decides:

* Command keys (F1..F12, Ctrl+F1..F10, Alt+digit, Ctrl+letter, Esc) are never text, so they act wherever focus is, even in the
  note field. Auto-repeats are swallowed: holding F12 completes one item, not ten.
* Printable text goes into the scan buffer, unless focus is in a free-text field (the note, the PIN, any widget
  with the Qt property ``scan_capture`` set to False): there the operator is typing, not scanning. Invisible
  characters (NUL, bidi marks, a tab inside a scan) go in too: the interpreter refuses them with a message, where
  dropping them would read a garbled scan as a valid one.
* Enter submits the buffer as one scan (`scan_entered`). Every scan is announced at once, in order; queuing them is
  the bench client's job, so a burst typed while the bench is busy is neither lost, merged nor reordered.

Scan or grade key? While a unit is being inspected, the digits 1..N (N grades) also grade. The rule:

  A grade digit counts as a grade key only when the scan buffer is empty and no other key follows it within
  ``GRADE_KEY_WINDOW_MS`` (60 ms). Any key that arrives inside that window (a scanner sends its characters
  1-10 ms apart, a person cannot type two keys in 60 ms) turns the held digit into the first character of a scan,
  and Enter inside the window submits it as a one-character scan. Once the buffer holds anything, digits are text.

The window is measured from when the digit is processed, so a busy GUI that delivers a whole scan at once after a
pause still reads it as a scan. A person typing a code by hand while inspecting starts with Ctrl+T (or clicks the
scan field): with the scan field focused, digits are never grade keys.
"""
from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

GRADE_KEY_WINDOW_MS = 60
GROUP_SEPARATOR = "\x1d"   # GS1 FNC1 as most scanners send it (Ctrl+])

FUNCTION_KEYS = (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5,
                 Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9, Qt.Key.Key_F10)
# F9 takes a photo, so the 9th finding has Alt+9 only; the others keep their F key and Alt+digit both.
FINDING_KEYS = tuple(k for k in FUNCTION_KEYS if k != Qt.Key.Key_F9)
ALT_DIGIT_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
                  Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0)


class Command(StrEnum):
    COMPLETE_ITEM = "complete_item"
    COMPLETE_PARCEL = "complete_parcel"
    ESCAPE = "escape"                 # clears a half-read scan, else cancels (the window decides what)
    CHANGE_DISPOSITION = "change_disposition"
    CHANGE_PACKAGING = "change_packaging"
    EDIT_NOTE = "edit_note"
    TYPE_CODE = "type_code"
    SIGN_OUT = "sign_out"
    REPRINT_LABEL = "reprint_label"           # the item in hand, else the last one completed
    PREVIEW_LABEL = "preview_label"
    PRINTER_SETTINGS = "printer_settings"
    SUPERVISOR_REVIEW = "supervisor_review"   # the review window; refused unless a supervisor is signed in
    UNDO_COMPLETE = "undo_complete"           # reopens the item just completed, while its parcel is open
    UNLOCK_BADGE = "unlock_badge"             # lifts a PIN lockout; refused unless a supervisor is signed in
    TYPE_WEIGHT = "type_weight"               # the item in hand's weight, else the open parcel's
    TYPE_SERIAL = "type_serial"               # the serial of the item in hand (its label had none)
    TAKE_PHOTO = "take_photo"                 # F9: a photo of the item in hand
    REMOVE_PHOTO = "remove_photo"             # Shift+F9: the item's newest photo goes (Ctrl+Z brings it back)
    OPEN_PICTURE = "open_picture"             # Ctrl+O: a picture file for the item in hand
    CAMERA_SETTINGS = "camera_settings"       # refused unless a supervisor is signed in


_EDITING_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Delete})
_NEVER_TEXT_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Escape})
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_NONE = Qt.KeyboardModifier.NoModifier
_CTRL_SHIFT = _CTRL | Qt.KeyboardModifier.ShiftModifier

COMMAND_KEYS: dict[tuple[Qt.Key, Qt.KeyboardModifier], Command] = {
    (Qt.Key.Key_F12, _NONE): Command.COMPLETE_ITEM,
    (Qt.Key.Key_Return, _CTRL): Command.COMPLETE_ITEM,
    (Qt.Key.Key_Enter, _CTRL): Command.COMPLETE_ITEM,
    (Qt.Key.Key_F11, _NONE): Command.COMPLETE_PARCEL,
    (Qt.Key.Key_Escape, _NONE): Command.ESCAPE,
    (Qt.Key.Key_D, _CTRL): Command.CHANGE_DISPOSITION,
    (Qt.Key.Key_P, _CTRL): Command.CHANGE_PACKAGING,
    (Qt.Key.Key_N, _CTRL): Command.EDIT_NOTE,
    (Qt.Key.Key_T, _CTRL): Command.TYPE_CODE,
    (Qt.Key.Key_L, _CTRL): Command.SIGN_OUT,
    (Qt.Key.Key_R, _CTRL): Command.REPRINT_LABEL,
    (Qt.Key.Key_L, _CTRL_SHIFT): Command.PREVIEW_LABEL,
    (Qt.Key.Key_P, _CTRL_SHIFT): Command.PRINTER_SETTINGS,
    (Qt.Key.Key_R, _CTRL_SHIFT): Command.SUPERVISOR_REVIEW,
    (Qt.Key.Key_Z, _CTRL): Command.UNDO_COMPLETE,   # a photo removed comes back first (BenchSession.undo)
    (Qt.Key.Key_F9, _NONE): Command.TAKE_PHOTO,
    (Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier): Command.REMOVE_PHOTO,
    (Qt.Key.Key_O, _CTRL): Command.OPEN_PICTURE,
    (Qt.Key.Key_C, _CTRL_SHIFT): Command.CAMERA_SETTINGS,
    (Qt.Key.Key_U, _CTRL_SHIFT): Command.UNLOCK_BADGE,
    (Qt.Key.Key_W, _CTRL): Command.TYPE_WEIGHT,
    (Qt.Key.Key_S, _CTRL_SHIFT): Command.TYPE_SERIAL,
}


def is_free_text(widget: QWidget | None) -> bool:
    return widget is not None and widget.property("scan_capture") is False


def is_manual_entry(widget: QWidget | None) -> bool:
    return widget is not None and bool(widget.property("manual_entry"))


class ScanCapture(QObject):
    scan_entered = Signal(str)
    grade_key_pressed = Signal(int)
    finding_key_pressed = Signal(int)      # 0-based position in the damage checklist
    finding_photo_pressed = Signal(int)    # Ctrl+F1..F10: a photo of that finding (0-based position)
    command_pressed = Signal(str)          # a `Command` value
    buffer_changed = Signal(str)

    def __init__(self, window: QWidget, grade_key_limit: Callable[[], int],
                 grade_key_window_ms: int = GRADE_KEY_WINDOW_MS) -> None:
        super().__init__(window)
        self._window = window
        self._grade_key_limit = grade_key_limit
        self._buffer = ""
        self._held_digit: str | None = None
        self._grade_timer = QTimer(self)
        self._grade_timer.setSingleShot(True)
        self._grade_timer.setInterval(grade_key_window_ms)
        self._grade_timer.timeout.connect(self._release_held_digit)

    @property
    def buffer(self) -> str:
        return self._buffer

    @property
    def scan_in_progress(self) -> bool:
        return bool(self._buffer) or self._held_digit is not None

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._grade_timer.stop()

    def clear(self) -> None:
        self._held_digit = None
        self._grade_timer.stop()
        self._set_buffer("")

    # -- the filter ---------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        target = self._key_target(watched)
        # Only the bench window: a dialog's fields (a disposition reason) are typed into as usual.
        if target is None or target.window() is not self._window:
            return False
        return self._on_key(event, target)  # type: ignore[arg-type]

    @staticmethod
    def _key_target(watched: QObject) -> QWidget | None:
        """The widget the key is meant for: the focus widget, also while the window is not the active one
        (no window manager, a kiosk session), when Qt still delivers keys to the window's own focus widget."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return focus
        if isinstance(watched, QWidget):
            return watched.window().focusWidget() or watched
        return None

    def _on_key(self, event: QKeyEvent, focus: QWidget | None) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()

        if self._handle_command_key(event, key, mods):
            return True
        if is_free_text(focus):
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == _NONE:
            self._submit()
            return True      # an empty Enter is swallowed so it never presses a focused button
        if key == Qt.Key.Key_Backspace and mods == _NONE:
            self._backspace()
            return True
        if text == GROUP_SEPARATOR or (text and not mods & (_CTRL | _ALT) and self._is_scan_text(key, text)):
            self._type(text, manual=is_manual_entry(focus))
            return True
        return False

    def _is_scan_text(self, key: int, text: str) -> bool:
        """Printable text, and whatever else a key carries (NUL, a bidi mark, a no-break space, a tab inside a
        scan): dropping it would turn a garbled scan into a valid-looking one ("RMA-1000<NUL>0001" into
        RMA-10000001), so it goes to the interpreter, which refuses it with a message. Enter, Backspace and Esc
        with a modifier are keys, never data; Tab and Delete are the person's keys until a scan is under way."""
        if text.isprintable():
            return True
        if key in _NEVER_TEXT_KEYS:
            return False
        return self.scan_in_progress or key not in _EDITING_KEYS

    def _handle_command_key(self, event: QKeyEvent, key: int, mods: Qt.KeyboardModifier) -> bool:
        finding = self._finding_index(key, mods)
        photo = FUNCTION_KEYS.index(key) if mods == _CTRL and key in FUNCTION_KEYS else None  # type: ignore[arg-type]
        command = COMMAND_KEYS.get((Qt.Key(key), mods)) if finding is None and photo is None else None
        if finding is None and command is None and photo is None:
            return False
        if event.isAutoRepeat():
            return True
        if command is Command.ESCAPE and self.scan_in_progress:
            self.clear()               # Esc first drops a half-read scan; a second Esc cancels
            return True
        self._release_held_digit()     # a digit followed by a command key was typed by a person: it grades
        if finding is not None:
            self.finding_key_pressed.emit(finding)
        elif photo is not None:
            self.finding_photo_pressed.emit(photo)
        else:
            self.command_pressed.emit(command.value)  # type: ignore[union-attr]
        return True

    @staticmethod
    def _finding_index(key: int, mods: Qt.KeyboardModifier) -> int | None:
        if mods == _NONE and key in FINDING_KEYS:
            return FUNCTION_KEYS.index(key)  # type: ignore[arg-type]
        if mods == _ALT and key in ALT_DIGIT_KEYS:
            return ALT_DIGIT_KEYS.index(key)  # type: ignore[arg-type]
        return None

    # -- the buffer -----------------------------------------------------------------------------------------
    def _type(self, text: str, manual: bool) -> None:
        if self._held_digit is not None:
            # A second key inside the window: the held digit was a scanner's first character.
            self._grade_timer.stop()
            text, self._held_digit = self._held_digit + text, None
        elif not self._buffer and not manual and self._is_grade_digit(text):
            self._held_digit = text
            self._grade_timer.start()
            return
        self._set_buffer(self._buffer + text)

    def _is_grade_digit(self, text: str) -> bool:
        return len(text) == 1 and "1" <= text <= "9" and int(text) <= self._grade_key_limit()

    def _release_held_digit(self) -> None:
        self._grade_timer.stop()
        if self._held_digit is not None:
            digit, self._held_digit = self._held_digit, None
            self.grade_key_pressed.emit(int(digit))

    def _submit(self) -> None:
        self._grade_timer.stop()
        text = self._buffer + (self._held_digit or "")
        self._held_digit = None
        self._set_buffer("")
        if text:
            self.scan_entered.emit(text)

    def _backspace(self) -> None:
        if self._held_digit is not None:
            self._held_digit = None
            self._grade_timer.stop()
        elif self._buffer:
            self._set_buffer(self._buffer[:-1])

    def _set_buffer(self, text: str) -> None:
        if text != self._buffer:
            self._buffer = text
            self.buffer_changed.emit(text)
