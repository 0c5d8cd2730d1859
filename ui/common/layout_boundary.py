"""A container that keeps a panel's layout changes inside the panel.

Qt re-lays out every ancestor when any widget's size hint may have changed: `QLayout::activate()` ends with
`updateGeometry()` on its widget "ideally only if sizeHint() or sizePolicy() has changed" (qlayout.cpp), so one
label's new text at the bench posted a layout request to its panel, then to the splitter, the body, the central
widget and the window, one event-loop pass each, after every scan, and each pass could repaint. A widget without a
layout of its own ends that chain: Qt posts it a LayoutRequest, which this class takes as "fit the child again" and
goes no further unless the child's size hints or policy really changed (a panel that needs more room still gets it
from the splitter and the window). The child still lays itself out inside; only the window around it stays put when
nothing around it has to move. Qt has no such container built in, hence this one.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QWidget


class LayoutBoundary(QWidget):
    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(child.sizePolicy())
        self.setMaximumSize(child.maximumSize())
        self.setObjectName(f"{child.objectName()}_boundary" if child.objectName() else "")
        self._hints = self._child_hints()

    def _child_hints(self) -> tuple[QSize, QSize, QSize, object]:
        # What the splitter and the window read once laid out: the smallest and largest the child may get, and its
        # policy. The preferred size only shares out the first layout, so it is not worked out again on every request.
        child = self.child
        return child.minimumSizeHint(), child.minimumSize(), child.maximumSize(), child.sizePolicy()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.child.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.child.minimumSizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.child.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # The child's layout has already run. The window around it is asked to lay out again only when the
            # child now needs another size; the same hints (most scans) end the chain here.
            hints = self._child_hints()
            if hints != self._hints:
                self._hints = hints
                self.setMaximumSize(hints[2])     # a fixed-height strip stays fixed (style sheets set it late)
                self.setSizePolicy(hints[3])
                self.updateGeometry()
            return True
        return super().event(event)
