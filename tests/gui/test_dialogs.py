"""The small dialogs, driven by keyboard; `ask(...)` is what the window calls and what other tests stub."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from tests.gui.sample_states import DISPOSITIONS, PACKAGING
from ui.bench.demo_data_dialog import DemoDataDialog
from ui.bench.disposition_dialog import DispositionDialog
from ui.bench.packaging_dialog import PackagingDialog

pytestmark = pytest.mark.gui


def when_shown(qtbot, cls, act):
    """Acts on the modal dialog once `exec()` shows it (a timer, since exec blocks this stack)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


@pytest.fixture
def disposition_dialog(qtbot):
    dialog = DispositionDialog(DISPOSITIONS, proposed="open_box", current="open_box", reason=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_keeping_the_proposal_needs_no_reason(disposition_dialog, qtbot):
    assert disposition_dialog.chosen_code() == "open_box" and not disposition_dialog.needs_reason()
    assert "(proposed)" in disposition_dialog.choices.currentItem().text()
    qtbot.keyClick(disposition_dialog.choices, Qt.Key.Key_Return)
    assert disposition_dialog.result() == QDialog.DialogCode.Accepted
    assert disposition_dialog.result_choice() == ("open_box", None)


def test_leaving_the_proposal_asks_for_a_reason_before_accepting(disposition_dialog, qtbot):
    qtbot.keyClick(disposition_dialog.choices, Qt.Key.Key_Down)
    assert disposition_dialog.chosen_code() == "refurbish" and disposition_dialog.needs_reason()
    qtbot.keyClick(disposition_dialog.choices, Qt.Key.Key_Return)
    assert disposition_dialog.isVisible()                         # not accepted: the reason is missing
    assert disposition_dialog.focusWidget() is disposition_dialog.reason and disposition_dialog.hint.text()
    qtbot.keyClicks(disposition_dialog.reason, "screen flickers")
    qtbot.keyClick(disposition_dialog.reason, Qt.Key.Key_Return)
    assert disposition_dialog.result() == QDialog.DialogCode.Accepted
    assert disposition_dialog.result_choice() == ("refurbish", "screen flickers")


def test_disposition_ask_returns_the_choice_or_none(qtbot):
    def choose(dialog):
        dialog.choices.setCurrentRow(3)
        dialog.reason.setText("smoke smell")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    when_shown(qtbot, DispositionDialog, choose)
    assert DispositionDialog.ask(None, DISPOSITIONS, "open_box", "open_box") == ("recycle", "smoke smell")
    when_shown(qtbot, DispositionDialog, lambda d: d.reject())
    assert DispositionDialog.ask(None, DISPOSITIONS, "open_box", "open_box") is None


def test_packaging_ask(qtbot):
    def choose(dialog):
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    when_shown(qtbot, PackagingDialog, choose)
    assert PackagingDialog.ask(None, PACKAGING, "intact") == "crushed"


def test_demo_data_ask(qtbot):
    when_shown(qtbot, DemoDataDialog, lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Yes).click())
    assert DemoDataDialog.ask(None) is True
    when_shown(qtbot, DemoDataDialog, lambda d: d.buttons.button(QDialogButtonBox.StandardButton.No).click())
    assert DemoDataDialog.ask(None) is False


def test_unlock_badge_ask_takes_a_scanned_badge_and_enter(qtbot):
    from ui.bench.unlock_badge_dialog import UnlockBadgeDialog

    def scan(dialog):
        qtbot.keyClicks(dialog.badge, "OP-1001")             # a wedge scanner types into the field, then Enter
        qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
    when_shown(qtbot, UnlockBadgeDialog, scan)
    assert UnlockBadgeDialog.ask(None) == "OP-1001"
    when_shown(qtbot, UnlockBadgeDialog, lambda d: qtbot.keyClick(d.badge, Qt.Key.Key_Return))
    assert UnlockBadgeDialog.ask(None) is None               # nothing typed: nothing to unlock
    when_shown(qtbot, UnlockBadgeDialog, lambda d: d.reject())
    assert UnlockBadgeDialog.ask(None) is None
