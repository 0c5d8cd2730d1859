"""No text is cut off: the bench's main pages laid out at 1366×768 in every language give each label, button and
check box the room its text needs (in the bundled fonts, with the bench's style sheet)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.conftest import PHONE_GTIN, UPS
from tests.gui.conftest import Bench

pytestmark = pytest.mark.gui

SCREEN = (1366, 768)
LANGUAGES = ("en", "ro", "sq", "vi", "zh_CN")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def speaking(station_languages, request):
    return station_languages(request.param)


def cut_off(page: QWidget) -> list[str]:
    """Every visible label or button on `page` whose text has less room than it needs."""
    found = []
    checked = 0
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap() and widget.textFormat() != \
                Qt.TextFormat.RichText and not widget.text().lstrip().startswith("<"):
            room = widget.contentsRect()
            if widget.wordWrap():
                short = room.height() + 1 < widget.heightForWidth(widget.width()) - \
                    (widget.height() - room.height())
            else:
                shown = widget.text() if widget.buddy() is None else \
                    widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")   # a mnemonic's & is not drawn
                lines = shown.split("\n")
                need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
                short = room.width() + 1 < need
            checked += 1
            if short:
                found.append(f"label {widget.objectName() or '?'}: {widget.text()!r} ({widget.width()} px)")
        elif isinstance(widget, QAbstractButton) and widget.text():
            checked += 1
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(f"button {widget.objectName() or '?'}: {widget.text()!r} "
                             f"({widget.width()} < {widget.sizeHint().width()} px)")
    assert checked >= 5, f"only {checked} texts found on {page.objectName()}: is the page shown?"
    return found


def at_screen_size(bench: Bench, window: QWidget) -> None:
    window.resize(*SCREEN)
    bench.qtbot.wait(50)     # one pass of the event loop lays the pages out
    assert (window.width(), window.height()) == SCREEN, \
        f"{window.objectName()} will not fit the screen: {window.width()}×{window.height()} at the least"


@pytest.mark.parametrize("speaking", LANGUAGES, indirect=True)
def test_every_text_has_room_on_the_bench_and_review_pages(bench, speaking):
    window = bench.window
    at_screen_size(bench, window)
    assert cut_off(window) == []                           # the sign-in page
    bench.sign_in("OP-2001", "4321")
    bench.scan(UPS)
    bench.scan(f"]C101{PHONE_GTIN}21SN-AAA1")
    at_screen_size(bench, window)
    assert cut_off(window) == []                           # mid-inspection: the parcel, the item, the shift log
    bench.key(Qt.Key.Key_R, CTRL_SHIFT)
    bench.qtbot.waitUntil(lambda: window.review_window is not None)
    review = window.review_window
    bench.qtbot.waitUntil(lambda: bench.runner.database.pending == 0 and review.message.text() != "")
    at_screen_size(bench, review)
    try:
        assert cut_off(review) == []
    finally:
        review.close()
