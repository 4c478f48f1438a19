"""The caption card of a guided tour, laid over the timeline in large type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from egov_timeline.domain.model import Tour


class TourCard(QFrame):
    """Shows one stop: where we are, its title and its caption. Signals `step(+1/-1)` and
    `finished()`; the window drives the timeline."""

    step = Signal(int)
    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCard")
        self.setAccessibleName("Guided tour")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.tour: Tour | None = None
        self.index = 0
        v = QVBoxLayout(self)
        v.setContentsMargins(18, 12, 18, 12)
        self.where = QLabel()
        self.where.setObjectName("tourWhere")
        v.addWidget(self.where)
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.title)
        self.caption = QLabel()
        self.caption.setObjectName("tourCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.caption)
        row = QHBoxLayout()
        self.back = QPushButton("\u2190 Back")
        self.back.clicked.connect(lambda: self.step.emit(-1))
        self.next = QPushButton("Next \u2192")
        self.next.clicked.connect(lambda: self.step.emit(1))
        end = QPushButton("End tour (Esc)")
        end.clicked.connect(self.finished.emit)
        for button in (self.back, self.next, end):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the tour
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel("Right, PageDown or Space: next \u00b7 Left or PageUp: back")
        row.addWidget(hint)
        v.addLayout(row)
        self.hide()

    def show_stop(self, tour: Tour, index: int) -> None:
        self.tour, self.index = tour, index
        stop = tour.stops[index]
        self.where.setText(f"{tour.title} \u00b7 stop {index + 1} of {len(tour.stops)}")
        self.title.setText(stop.title)
        self.caption.setText(stop.caption)
        self.back.setEnabled(index > 0)
        self.next.setText("Finish \u2713" if index + 1 == len(tour.stops) else "Next \u2192")
        self._fonts()
        self.place()
        self.show()
        self.raise_()

    def _fonts(self) -> None:
        parent = self.parentWidget()
        unit = max(11.0, min(parent.height() / 34.0, parent.width() / 60.0)) if parent else 12.0
        for label, factor, bold in (
            (self.where, 0.85, False),
            (self.title, 1.45, True),
            (self.caption, 1.15, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(round(unit * factor))
            font.setBold(bold)
            label.setFont(font)

    def place(self) -> None:
        """Along the foot of the timeline, leaving the top of it (the stages) in view."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(parent.width() - 40, max(520, int(parent.width() * 0.62)))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(20, parent.height() - self.height() - 20)
