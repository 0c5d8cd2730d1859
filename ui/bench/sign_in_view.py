"""First screen: scan a badge, then type a PIN. Nothing else can happen until someone is signed in."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector.bench.state import BenchState, Phase
from ui.common.retranslate import Retranslating


class SignInView(Retranslating, QWidget):
    pin_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_view")
        card = QFrame(self)
        card.setObjectName("sign_in_card")
        card.setFixedWidth(760)
        self.title = QLabel(card)
        self.title.setObjectName("sign_in_title")
        self.prompt = QLabel(card)
        self.prompt.setObjectName("sign_in_prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setMinimumHeight(84)   # room for two lines: a long badge or a translation wraps
        self.pin_field = QLineEdit(card)
        self.pin_field.setObjectName("pin_field")
        self.pin_field.setProperty("scan_capture", False)   # the PIN is typed, never scanned
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(12)
        self.pin_field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_field))
        self.pin_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_field.returnPressed.connect(self._submit_pin)
        self.hint = QLabel(card)
        self.hint.setObjectName("sign_in_hint")
        self.hint.setWordWrap(True)
        for label in (self.title, self.prompt, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)
        inner.addWidget(self.title)
        inner.addWidget(self.prompt)
        inner.addWidget(self.pin_field)
        inner.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        # The prompt and hint follow the bench's state: the window renders it again after a language switch.
        self.title.setText(self.tr("Return inspection"))
        self.pin_field.setPlaceholderText(self.tr("PIN"))

    def render(self, state: BenchState) -> None:
        wants_pin = state.phase is Phase.AWAITING_PIN
        if wants_pin:
            self.prompt.setText(self.tr("Badge {badge}: type your PIN and press Enter").format(
                badge=state.pending_badge or ""))
            self.hint.setText(self.tr("Esc: scan a different badge"))
        else:
            self.prompt.setText(self.tr("Scan your badge to sign in"))
            self.hint.setText(self.tr("Station {station}").format(station=state.station))
            self.pin_field.clear()
        self.pin_field.setVisible(wants_pin)

    def focus_pin(self) -> None:
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit_pin(self) -> None:
        pin = self.pin_field.text()
        self.pin_field.clear()
        if pin:
            self.pin_entered.emit(pin)
