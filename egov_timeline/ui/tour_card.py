"""The caption card of a guided tour, laid over the timeline in large type."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from egov_timeline.domain.model import Tour
from egov_timeline.ui.plain import plain, unbroken


class TourCard(QFrame):
    """Shows one stop: where we are, its title and its caption; or, before and after a
    tour, one of its three questions with its choices, and at the end what was gained.
    Signals `step(+1/-1)`, `answered(choice)` and `finished()`; the window drives the
    timeline."""

    step = Signal(int)
    answered = Signal(int)
    finished = Signal()

    def __init__(self, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCard")
        self.setAccessibleName(self.tr("Guided tour"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.language = language
        self.tour: Tour | None = None
        self.index = 0
        v = QVBoxLayout(self)
        v.setContentsMargins(18, 12, 18, 12)
        self.where = plain(QLabel())  # the tour's title, from the pack
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
        self.choice_buttons: list[QPushButton] = []
        for n in range(4):  # a question's choices, before and after the tour
            button = QPushButton()
            button.setObjectName(f"tourChoice{n + 1}")
            button.setAccessibleName(self.tr("Choice {n}").format(n=n + 1))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("text-align: left; padding: 4px 12px;")  # read as a list
            button.clicked.connect(lambda _c=False, n=n: self.answered.emit(n))
            button.hide()
            v.addWidget(button)
            self.choice_buttons.append(button)
        row = QHBoxLayout()
        self.back = QPushButton(self.tr("\u2190 Back"))
        self.back.clicked.connect(lambda: self.step.emit(-1))
        self.next = QPushButton(self.tr("Next \u2192"))
        self.next.clicked.connect(lambda: self.step.emit(1))
        end = QPushButton(self.tr("End tour (Esc)"))
        end.clicked.connect(self.finished.emit)
        self.end_button = end
        for button in (self.back, self.next, end):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the tour
            row.addWidget(button)
        hint = QLabel(self.tr("Right or Space: next \u00b7 Left: back"))
        hint.setToolTip(self.tr("PageDown and PageUp, as a presentation clicker sends, work too"))
        hint.setWordWrap(True)  # a narrow card wraps the hint rather than cutting it
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = hint
        row.addWidget(hint, 1)
        v.addLayout(row)
        self.hide()

    def _pick(self, english: str, korean: str | None) -> str:
        return korean if self.language == "ko" and korean else english

    def show_stop(self, tour: Tour, index: int, avoid: QRect | None = None) -> None:
        """Show a stop; `avoid` is where its item and label are drawn (in the parent's
        coordinates), which the card must not cover."""
        self.tour, self.index = tour, index
        stop = tour.stops[index]
        self.where.setText(
            self.tr("{title} \u00b7 stop {n} of {total}").format(
                title=self._pick(tour.title, tour.title_ko), n=index + 1, total=len(tour.stops)
            )
        )
        self.title.setText(unbroken(self._pick(stop.title, stop.title_ko)))
        self.caption.setText(unbroken(self._pick(stop.caption, stop.caption_ko)))
        self._asking(False)
        self.back.setEnabled(index > 0)
        self.next.setText(
            self.tr("Finish \u2713") if index + 1 == len(tour.stops) else self.tr("Next \u2192")
        )
        self._fonts()
        self.avoid = avoid
        self.place()
        self.show()
        self.raise_()

    def _asking(self, asking: bool, choices: list[str] | None = None) -> None:
        for n, button in enumerate(self.choice_buttons):
            shown = asking and choices is not None and n < len(choices)
            button.setVisible(shown)
            if shown and choices is not None:
                button.setText(f"{n + 1}   {choices[n]}")
        for button in (self.back, self.next):
            button.setVisible(not asking)
        self.hint.setText(
            self.tr("1\u20134 or a click: your answer \u00b7 Esc: end")
            if asking
            else self.tr("Right or Space: next \u00b7 Left: back")
        )

    def show_question(
        self, tour: Tour, after: bool, n: int, total: int, prompt: str, choices: list[str]
    ) -> None:
        """One of the questions asked before the tour and again after it."""
        self.tour = tour
        title = self._pick(tour.title, tour.title_ko)
        self.where.setText(
            (
                self.tr("{title} \u00b7 after the tour \u00b7 question {n} of {total}")
                if after
                else self.tr("{title} \u00b7 before the tour \u00b7 question {n} of {total}")
            ).format(title=title, n=n, total=total)
        )
        self.title.setText(unbroken(prompt))
        self.caption.setText(
            self.tr("The same questions come again at the end: see what the tour taught you.")
            if not after
            else self.tr("The questions of the start, once more.")
        )
        self._asking(True, choices)
        self._fonts()
        self.avoid = None
        self.place()
        self.show()
        self.raise_()

    def show_gain(self, tour: Tour, before: int, after: int, total: int) -> None:
        """What the tour taught: the questions right before it and after it."""
        self.where.setText(self._pick(tour.title, tour.title_ko))
        self.title.setText(
            self.tr("{after} of {total} right after the tour, {before} before it").format(
                after=after, before=before, total=total
            )
        )
        gain = after - before
        self.caption.setText(
            self.tr("{gain} more right than before: well done.").format(gain=gain)
            if gain > 0
            else self.tr("As many right as before: the questions come again in the quiz.")
            if gain == 0
            else self.tr("Fewer right than before: try the quiz on this part of the history.")
        )
        self._asking(False)
        self.back.hide()
        self.next.setText(self.tr("Close \u2713"))
        self.hint.setText(self.tr("Right, Space or Esc: close"))
        self._fonts()
        self.place()
        self.show()
        self.raise_()

    def _fonts(self) -> None:
        parent = self.parentWidget()
        unit = max(11.0, min(parent.height() / 40.0, parent.width() / 70.0)) if parent else 12.0
        for label, factor, bold in (
            (self.where, 0.85, False),
            (self.title, 1.45, True),
            (self.caption, 1.15, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(round(unit * factor))
            font.setBold(bold)
            label.setFont(font)
        for button in self.choice_buttons:  # the choices as large as the caption
            font = QFont(button.font())
            font.setPixelSize(round(unit * 1.1))
            button.setFont(font)

    avoid: QRect | None = None

    def place(self) -> None:
        """In a corner of the timeline that leaves the stop's item and its label in sight:
        the foot first (left, then right), then the top below the stage names."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(parent.width() - 40, max(520, int(parent.width() * 0.62)))
        self.setFixedWidth(width)
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else (layout.totalSizeHint().height())
        )
        height = min(height, int(parent.height() * 0.6))
        self.setFixedHeight(height)
        low = parent.height() - height - 20
        right = parent.width() - width - 20
        top = 90  # below the axis and the stage names
        corners = [QPoint(20, low), QPoint(right, low), QPoint(right, top), QPoint(20, top)]
        avoid = self.avoid.adjusted(-8, -8, 8, 8) if self.avoid is not None else None

        def covered(corner: QPoint) -> int:
            if avoid is None:
                return 0
            meet = QRect(corner, QSize(width, height)).intersected(avoid)
            return meet.width() * meet.height() if not meet.isEmpty() else 0

        self.move(min(corners, key=covered))  # the first that covers nothing, if any
