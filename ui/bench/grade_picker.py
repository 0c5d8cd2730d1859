"""The big grade tile and one button per grade, each labelled with its key (1 = best)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector.bench.state import Option
from ui.common.retranslate import Retranslating
from ui.common.texts import policy_label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class GradePicker(Retranslating, QWidget):
    grade_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile = QLabel("–", self)
        self.tile.setObjectName("grade_tile")
        self.tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self)
        self.caption.setProperty("caption", True)
        self.label = QLabel(self)
        self.label.setObjectName("grade_label")
        self.label.setWordWrap(True)
        self._buttons: dict[str, QPushButton] = {}
        self._options: tuple[Option, ...] = ()
        self._shown: tuple[str | None] | None = None   # (grade,) once show_grade ran: what the label says
        self._button_grid = QGridLayout()
        self._button_grid.setSpacing(6)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.caption)
        text.addWidget(self.label)
        text.addLayout(self._button_grid)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.tile, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Grade"))
        for option in self._options:
            self._buttons[option.code].setToolTip(policy_label(option.label))
        self._show_label()

    def _show_label(self) -> None:
        if self._shown is not None:
            code = self._shown[0]
            labels = {o.code: policy_label(o.label) for o in self._options}
            self.label.setText(labels.get(code or "", "") if code else
                               self.tr("Not graded: press 1–{last}").format(last=len(self._options) or 5))
        elif self._options:
            self.label.setText(self.tr("Press 1–{last}").format(last=len(self._options)))
        else:
            self.label.setText(self.tr("Press 1–5"))

    @property
    def buttons(self) -> dict[str, QPushButton]:
        return self._buttons

    def set_options(self, options: tuple[Option, ...]) -> None:
        if options == self._options:
            return
        self._options = options
        for button in self._buttons.values():
            button.deleteLater()
        self._buttons = {}
        for n, option in enumerate(options, start=1):
            button = QPushButton(f"{n}  {option.code}", self)
            button.setObjectName(f"grade_button_{option.code}")
            button.setProperty("grade_button", True)
            button.setToolTip(policy_label(option.label))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, code=option.code: self.grade_chosen.emit(code))
            self._button_grid.addWidget(button, 0, n - 1)
            self._buttons[option.code] = button
        self._shown = None
        self._show_label()

    def show_grade(self, code: str | None) -> None:
        self._shown = (code,)
        self.tile.setText(code or "?")
        self._show_label()
        if self.tile.property("grade") != (code or ""):
            self.tile.setProperty("grade", code or "")
            _repolish(self.tile)
        for grade, button in self._buttons.items():
            button.setChecked(grade == code)
