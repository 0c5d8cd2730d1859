"""The review window's part in closing the site's day: "Close the day…" signs the chosen day off at the hub, and the
queue marks the records that reached the hub after their day was signed.

The hub does the closing (`inspector.hub.closing`); the request runs on the network lane and its answer comes back
here: the report's number, or why not (this station is no supervisor desk, the day is closed already and by whom,
the hub cannot be reached), said in the window's message line. Nothing here touches the database.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QWidget

from inspector.errors import RefusedError
from inspector.usecases import review
from ui.common.button_box import say_standard_buttons
from ui.review.live_text import error_words


class CloseDayConfirm:
    """The confirmation; a class of its own so tests stub the question and nothing else."""

    @classmethod
    def ask(cls, parent: QWidget, day: dt.date) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, QCoreApplication.translate("CloseDayConfirm", "Close the day"),
            QCoreApplication.translate("CloseDayConfirm", "Sign off the site's day {day} for every station? The hub "
                                       "keeps its report as it is now, numbered, and never changes it; records of "
                                       "that day that arrive later go into its addendum.").format(day=day.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        say_standard_buttons(box)
        return box.exec() == QMessageBox.StandardButton.Yes


class DayClosing(QObject):
    closed = Signal(int)           # the closed day's report number
    refused = Signal(str)          # why the day was not closed, as shown

    def __init__(self, window: Any, runner: Any, desk: Any, buttons: QBoxLayout) -> None:
        """`desk`: an `inspector.sync.closed_days.DeskDays`; `window`: the review window (its chosen day, model
        and message line)."""
        super().__init__(window)
        self._window, self._runner, self._desk = window, runner, desk
        self.late_notes: tuple[Any, ...] = ()        # for the window's next PDF
        self.button = QPushButton(window)
        self.button.setObjectName("close_day")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.close_day)
        buttons.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        """The button's words in the window's language now (the window calls this after a switch)."""
        self.button.setText(self.tr("Close the day…"))

    def close_day(self) -> None:
        try:
            day = review.require_day(self._window.chosen_day())
        except RefusedError as exc:
            self._said(exc)
            return
        if not CloseDayConfirm.ask(self._window, day):
            return
        self.button.setEnabled(False)
        self._window.say(lambda: self.tr("Closing the site's day {day} at the hub…").format(day=day.isoformat()))
        self._runner.run_background(self._desk.close, day, on_done=self._closed, on_error=self._failed,
                                    description="close the site's day")

    def _closed(self, done: Any) -> None:
        self.button.setEnabled(True)
        self._window.say(lambda: self._closed_text(done))
        self.closed.emit(done.number)

    def _closed_text(self, done: Any) -> str:
        text = self.tr("The site's day {day} is closed: report no. {number}, signed by {signer}.").format(
            day=done.day.isoformat(), number=done.number, signer=done.signed_by)
        if done.stations_behind:
            text += " " + self.tr("Not heard from since before the day ended: {stations}.").format(
                stations=", ".join(done.stations_behind))
        return text

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self._said(exc)

    def _said(self, exc: BaseException) -> None:
        self._window.say(error_words(exc))
        text = self._window.message.text()
        self.refused.emit(text)
        self._window.refused.emit(text)

    # -- late records ------------------------------------------------------------------------------------------
    def load_late(self) -> None:
        """Reads the late records the sync brought (background lane) and marks them in the queue."""
        self._runner.run_background(self._desk.late, on_done=self._late_loaded, on_error=lambda _e: None,
                                    description="late records of closed days")

    def _late_loaded(self, late: tuple[dict[str, str], tuple[Any, ...]]) -> None:
        marks, self.late_notes = late
        self._window.model.set_late(marks)
