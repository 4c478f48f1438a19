"""Progress you can see: accuracy over time, reviews per day, mastery per stage and kind.
Drawn with QPainter: light, and no chart library to ship."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.dates import day_and_month
from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.mastery import mastery_by_kind, mastery_by_stage
from egov_timeline.domain.model import Stage
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.progress import GUESS, SURE, THINK, calibration, daily_counts
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.timeline.theme import KIND_COLOURS
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:
    from egov_timeline.ui.quiz_controller import QuizController

DAYS = 30
BAR = QColor("#0072B2")
GOOD = QColor("#009E73")


class DailyChart(QWidget):
    """Bars per day for the last 30 days: answers (light) and right answers (dark), with the
    day's accuracy as a line."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.days: list[tuple[dt.date, int, int]] = []
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def set_days(self, days: list[tuple[dt.date, int, int]]) -> None:
        self.days = days
        total = sum(a for _d, a, _r in days)
        self.setAccessibleDescription(
            self.tr("{total} answers in the last {days} days").format(total=total, days=len(days))
        )
        self.update()

    def _day_label(self, day: dt.date) -> str:
        return day_and_month(day, self.language)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        left, top, right, bottom = 36.0, 12.0, self.width() - 40.0, self.height() - 26.0
        peak = max([a for _d, a, _r in self.days] + [1])
        p.setPen(QPen(self.palette().mid().color(), 1))
        for k in range(5):
            y = bottom - (bottom - top) * k / 4
            p.drawLine(int(left), int(y), int(right), int(y))
        p.setPen(self.palette().placeholderText().color())
        p.drawText(QRectF(0, top - 6, left - 4, 14), Qt.AlignmentFlag.AlignRight, str(peak))
        p.drawText(QRectF(right + 4, top - 6, 36, 14), Qt.AlignmentFlag.AlignLeft, "100%")
        p.drawText(QRectF(right + 4, bottom - 8, 36, 14), Qt.AlignmentFlag.AlignLeft, "0%")
        if not self.days:
            p.end()
            return
        step = (right - left) / len(self.days)
        points = []
        for n, (day, answered, correct) in enumerate(self.days):
            x = left + n * step
            h = (bottom - top) * answered / peak
            p.fillRect(QRectF(x + 1, bottom - h, step - 2, h), QColor("#A6CCE6"))
            hr = (bottom - top) * correct / peak
            p.fillRect(QRectF(x + 1, bottom - hr, step - 2, hr), BAR)
            if answered:
                points.append((x + step / 2, bottom - (bottom - top) * correct / answered))
            if n % 7 == len(self.days) % 7 or n == len(self.days) - 1:
                p.setPen(self.palette().placeholderText().color())
                p.drawText(
                    QRectF(x - 20, bottom + 4, step + 40, 16),
                    Qt.AlignmentFlag.AlignCenter,
                    self._day_label(day),
                )
        p.setPen(QPen(GOOD, 2.2))
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            p.drawLine(int(x1), int(y1), int(x2), int(y2))
        p.setBrush(GOOD)
        for x, y in points:
            p.drawEllipse(QRectF(x - 3, y - 3, 6, 6))
        if not points:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No answers yet: take a quiz and your days will show here."),
            )
        p.end()


class MasteryBars(QWidget):
    """One labelled horizontal bar per group: how well it is known, 0 to 100%."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[tuple[str, float, QColor]]) -> None:
        self.rows = rows
        self.setMinimumHeight(28 * len(rows) + 8)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{label}: {percent}%").format(label=label, percent=round(value * 100))
                for label, value, _c in rows
            )
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(500, 28 * len(self.rows) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = p.fontMetrics()
        label_w = min(
            self.width() * 0.5, max([fm.horizontalAdvance(r[0]) for r in self.rows] + [40]) + 12
        )
        bar_w = self.width() - label_w - 56
        for n, (label, value, colour) in enumerate(self.rows):
            y = 4 + n * 28
            p.setPen(self.palette().windowText().color())
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(
                QRectF(0, y, label_w - 8, 22),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                text,
            )
            p.fillRect(QRectF(label_w, y + 4, bar_w, 14), self.palette().mid().color())
            p.fillRect(QRectF(label_w, y + 4, bar_w * value, 14), colour)
            p.drawText(
                QRectF(label_w + bar_w + 6, y, 50, 22),
                Qt.AlignmentFlag.AlignVCenter,
                f"{round(value * 100)}%",
            )
        p.end()


class CalibrationChart(QWidget):
    """How often the student was right when sure, when thinking so and when guessing: one
    bar per level, with the count. Someone who knows what they know is right nearly always
    when sure, and about as often as chance when guessing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []  # level's name, answers, right answers
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_levels(self, rows: list[tuple[str, int, int]]) -> None:
        self.rows = rows
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{level}: {right} of {answers} right").format(
                    level=name, right=right, answers=answers
                )
                for name, answers, right in rows
            )
            if self.answered
            else self.empty_text()
        )
        self.setMinimumHeight(self._row_h() * max(1, len(rows)) + 8)
        self.updateGeometry()
        self.update()

    @property
    def answered(self) -> int:
        return sum(answers for _name, answers, _right in self.rows)

    def empty_text(self) -> str:
        return self.tr(
            "Say how sure you are when you answer (Q, W, E) and this shows how often you "
            "are right when sure, when you think so and when you guess."
        )

    def _row_h(self) -> int:
        return max(28, round(self.fontMetrics().height() * 1.8))

    def sizeHint(self) -> QSize:
        return QSize(500, self._row_h() * max(1, len(self.rows)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = p.fontMetrics()
        if not self.answered:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(
                QRectF(0, 0, self.width(), self.height()),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            p.end()
            return
        row_h = self._row_h()
        label_w = min(
            self.width() * 0.4, max([fm.horizontalAdvance(r[0]) for r in self.rows] + [40]) + 12
        )
        counts = [
            self.tr("{right} of {answers} ({percent}%)").format(
                right=right, answers=answers, percent=round(100 * right / answers) if answers else 0
            )
            for _name, answers, right in self.rows
        ]
        count_w = max(fm.horizontalAdvance(c) for c in counts) + 12
        bar_w = max(20.0, self.width() - label_w - count_w)
        for n, ((name, answers, right), count) in enumerate(zip(self.rows, counts, strict=True)):
            y = 4 + n * row_h
            bar_h = fm.height() * 0.8
            p.setPen(self.palette().windowText().color())
            p.drawText(
                QRectF(0, y, label_w - 8, row_h - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 8)),
            )
            top = y + (row_h - 6 - bar_h) / 2
            p.fillRect(QRectF(label_w, top, bar_w, bar_h), self.palette().mid().color())
            if answers:
                p.fillRect(QRectF(label_w, top, bar_w * right / answers, bar_h), GOOD)
            p.drawText(
                QRectF(label_w + bar_w + 6, y, count_w, row_h - 6),
                Qt.AlignmentFlag.AlignVCenter,
                count if answers else self.tr("no answers"),
            )
        p.end()


class ProgressPage(QWidget):
    def __init__(
        self,
        context: ViewContext,
        controller: QuizController,
        parent: QWidget | None = None,
        new_cards: Callable[[], int] = lambda: 10,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("progressPage")
        self._new_cards = new_cards  # the student's new cards per session, for the plan
        self.pack = context.pack
        self.language = context.language
        self.controller = controller
        context.pack_changed.connect(self.set_pack)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # a small window scrolls rather than squeezing chart and bars
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        v = QVBoxLayout(content)
        v.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Your progress"))
        scaled_font(title, 1.8, bold=True)
        v.addWidget(title)
        self.summary = QLabel()
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        grid = QGridLayout()
        grid.addWidget(
            self._heading(
                self.tr("Answers per day, last 30 days (dark: right; line: share right)")
            ),
            0,
            0,
            1,
            2,
        )
        self.daily = DailyChart(language=self.language)
        self.daily.setAccessibleName(self.tr("Answers and accuracy per day"))
        grid.addWidget(self.daily, 1, 0, 1, 2)
        grid.addWidget(self._heading(self.tr("Mastery per stage")), 2, 0)
        grid.addWidget(self._heading(self.tr("Mastery per kind")), 2, 1)
        self.stages = MasteryBars()
        self.stages.setAccessibleName(self.tr("Mastery per stage"))
        self.kinds = MasteryBars()
        self.kinds.setAccessibleName(self.tr("Mastery per kind"))
        grid.addWidget(self.stages, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.kinds, 3, 1, Qt.AlignmentFlag.AlignTop)
        note = QLabel(
            self.tr(
                "Mastery: how firmly each item is known, from your answers: an item "
                "answered right and remembered for three weeks counts fully."
            )
        )
        note.setWordWrap(True)
        note.setContentsMargins(0, 0, 0, 10)  # apart from the chart below
        grid.addWidget(note, 4, 0, 1, 2)
        calibration_title = self.tr("How often you are right, by how sure you were")
        grid.addWidget(self._heading(calibration_title), 5, 0, 1, 2)
        self.calibration = CalibrationChart()
        self.calibration.setObjectName("calibrationChart")
        self.calibration.setAccessibleName(calibration_title)
        grid.addWidget(self.calibration, 6, 0, 1, 2)
        from egov_timeline.ui.exam_plan import ExamPlanSection  # the test date and its plan

        self.exam_section = ExamPlanSection(context)
        self.exam_section.setAccessibleName(self.tr("Preparing for a test"))
        grid.addWidget(self.exam_section, 7, 0, 1, 2)
        v.addLayout(grid, 1)

    def new_cards(self) -> int:
        """The student's own new cards per study session."""
        return self._new_cards()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.refresh()

    def refresh(self) -> None:
        store = self.controller.store
        reviews = store.reviews() if store else []
        strengths = store.card_strengths() if store else {}
        total = len(reviews)
        right = sum(1 for r in reviews if r.correct)
        due = self.controller.due_count()
        answers = (
            self.tr("{total} answer so far, {percent}% right.")
            if total == 1
            else self.tr("{total} answers so far, {percent}% right.")
        )
        cards = (
            self.tr("{studied} items studied; {due} card due now.")
            if due == 1
            else self.tr("{studied} items studied; {due} cards due now.")
        )
        self.summary.setText(
            answers.format(total=total, percent=round(100 * right / total) if total else 0)
            + " "
            + cards.format(studied=len(strengths), due=due)
        )
        self.daily.set_days(daily_counts(reviews, DAYS))
        exam = self.controller.exam
        self.exam_section.set_exam(*(exam if exam is not None else (None, None)))
        self.exam_section.show_plan(self.controller.exam_plan(self.new_cards()), self.language)
        stage_mastery = mastery_by_stage(self.pack, strengths)
        stages = sorted(
            (s for s in self.pack.of_kind("stage") if isinstance(s, Stage)), key=lambda s: s.order
        )
        self.stages.set_rows(
            [
                (
                    f"{s.order} \u00b7 {item_name(s, self.language)}",
                    stage_mastery.get(s.id, 0.0),
                    GOOD,
                )
                for s in stages
            ]
        )
        levels = calibration(reviews)
        names = {SURE: self.tr("Sure"), THINK: self.tr("Think so"), GUESS: self.tr("Guess")}
        self.calibration.set_levels(
            [(names[level], *levels.get(level, (0, 0))) for level in (SURE, THINK, GUESS)]
        )
        kinds = mastery_by_kind(self.pack, strengths)
        self.kinds.set_rows(
            [
                (tr(KIND_NAMES[k], self.language), v, QColor(KIND_COLOURS[k]))
                for k, v in kinds.items()
            ]
        )
