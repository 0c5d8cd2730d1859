"""A dialog's standard buttons (OK, Cancel, Yes, No, Close) in the window's language.

Qt translates them from its own `qtbase` catalogue, which has no Romanian, Albanian or Vietnamese; so their words
are in ours, and set again after every language switch (a QDialogButtonBox puts Qt's own words back on a
LanguageChange, so ours are set after it has).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QMessageBox, QWidget

Std = QDialogButtonBox.StandardButton
_WORDS = {
    Std.Ok: QT_TRANSLATE_NOOP("ButtonBox", "OK"),
    Std.Cancel: QT_TRANSLATE_NOOP("ButtonBox", "Cancel"),
    Std.Yes: QT_TRANSLATE_NOOP("ButtonBox", "&Yes"),
    Std.No: QT_TRANSLATE_NOOP("ButtonBox", "&No"),
    Std.Close: QT_TRANSLATE_NOOP("ButtonBox", "Close"),
}


def standard_word(button: Std) -> str:
    return QCoreApplication.translate("ButtonBox", _WORDS[button])


class ButtonBox(QDialogButtonBox):
    def __init__(self, buttons: Std, parent: QWidget | None = None) -> None:
        super().__init__(buttons, parent)
        self._say()

    @classmethod
    def answering(cls, dialog: QDialog, buttons: Std = Std.Ok | Std.Cancel,
                  on_accept: Callable[[], object] | None = None) -> ButtonBox:
        """The dialog's buttons, wired: accepting calls `on_accept` (default: the dialog's accept), rejecting
        rejects."""
        box = cls(buttons, dialog)
        box.accepted.connect(on_accept or dialog.accept)
        box.rejected.connect(dialog.reject)
        return box

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt's name
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._say()
        return handled

    def _say(self) -> None:
        _say_on(self.button)


def say_standard_buttons(box: QMessageBox) -> None:
    """The same words on a message box's standard buttons (call after adding them)."""
    _say_on(lambda standard: box.button(QMessageBox.StandardButton(standard.value)))


def _say_on(button_for: Callable[[Std], QAbstractButton | None]) -> None:
    for standard in _WORDS:
        button = button_for(standard)
        if button is not None:
            button.setText(standard_word(standard))
