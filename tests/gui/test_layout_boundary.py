"""A panel inside a LayoutBoundary lays itself out without re-laying out the window, yet still gets room when it
needs more."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget

from ui.common.layout_boundary import LayoutBoundary

pytestmark = pytest.mark.gui


class LayoutRequests(QObject):
    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _panel(text: str) -> tuple[QWidget, QLabel]:
    panel = QWidget()
    label = QLabel(text, panel)
    layout = QVBoxLayout(panel)
    layout.addWidget(label)
    return panel, label


def test_new_text_of_the_same_size_stays_inside_and_a_bigger_minimum_reaches_the_splitter(qtbot):
    left, _ = _panel("left")
    right, label = _panel("right")
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(LayoutBoundary(left))
    splitter.addWidget(LayoutBoundary(right))
    qtbot.addWidget(splitter)
    splitter.resize(800, 200)
    splitter.show()
    qtbot.waitExposed(splitter)
    splitter.setSizes([400, 400])
    QApplication.processEvents()
    requests = LayoutRequests(splitter)

    label.setText("RIGHT")                    # same hints: the splitter is not asked to lay out again
    QApplication.processEvents()
    QApplication.processEvents()
    assert requests.count == 0

    label.setMinimumWidth(700)                # the panel now needs more: the splitter gives it the room
    for _ in range(4):
        QApplication.processEvents()
    assert requests.count >= 1
    assert splitter.sizes()[1] >= 700
    assert right.width() >= 700
