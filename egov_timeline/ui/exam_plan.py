"""The test-date section of the progress page: the student sets the day of a test and what
it covers, and sees the plan (`domain/exam_plan.py`) as a sentence and a small chart of
cards per day. The section only shows and reports: whoever owns the progress store makes
the plan (`plan_for`) when `exam_changed` says what was chosen, and hands it to `show_plan`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.dates import day_and_month
from egov_timeline.domain.exam_plan import MAX_DAYS, MAX_LOAD, ExamPlan, summary, warning
from egov_timeline.domain.i18n import item_name
from egov_timeline.domain.model import Stage
from egov_timeline.domain.pack import Pack
from egov_timeline.ui.view_context import ViewContext

TWO_WEEKS = 14  # the date offered first
REVIEWS = QColor("#0072B2")  # the progress page's bars (DailyChart)
NEW = QColor("#A6CCE6")
TEST_DAY = QColor("#D55E00")  # vermillion: apart from the blues for any colour vision


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanChart(QWidget):
    """Bars of cards per day from today to the test: reviews (dark) with the day's new
    cards on top (light); the test day shaded and named. Without a plan, a sentence says
    what setting a date does."""

    RIGHT = 12.0

    # room for the axis labels, in the widget's font (large text needs more)
    def _left(self) -> float:
        return max(36.0, self.fontMetrics().horizontalAdvance("000") + 8.0)

    def _top(self) -> float:
        return max(20.0, self.fontMetrics().height() + 4.0)

    def _bottom(self) -> float:
        return max(26.0, self.fontMetrics().height() + 10.0)

    WIDEST = 48.0  # a bar of a test a few days on stays a bar

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.plan: ExamPlan | None = None
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Cards per day until the test"))
        self.setAccessibleDescription(self.empty_text())

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    def empty_text(self) -> str:
        return self.tr(
            "Set the date of a test above, and the study sessions aim to have what it "
            "covers learned by then: this chart then shows the cards to study each day."
        )

    def set_plan(self, plan: ExamPlan | None, language: str | None = None) -> None:
        self.plan = plan
        if language is not None:
            self.language = language
        if plan is None:
            self.setAccessibleDescription(self.empty_text())
        else:
            reviews = sum(n for _d, n in plan.reviews_per_day)
            new = sum(n for _d, n in plan.new_per_day_forecast)
            self.setAccessibleDescription(
                self.tr(
                    "{reviews} reviews and {new} new cards from today to the test, "
                    "at most {peak} cards on one day"
                ).format(reviews=reviews, new=new, peak=plan.peak_load)
            )
        self.update()

    # ---- where things go (kept apart from painting, so a test can read it) ------------
    def plot_rect(self) -> QRectF:
        return QRectF(
            self._left(),
            self._top(),
            max(1.0, self.width() - self._left() - self.RIGHT),
            max(1.0, self.height() - self._top() - self._bottom()),
        )

    def peak(self) -> int:
        return max(self.plan.peak_load, 1) if self.plan is not None else 1

    def bars(self) -> list[tuple[dt.date, QRectF, QRectF]]:
        """Per day to the test: its date, the rectangle of all its cards and that of its
        reviews (at the bottom of the first)."""
        if self.plan is None:
            return []
        plot, peak = self.plot_rect(), self.peak()
        days = list(zip(self.plan.reviews_per_day, self.plan.new_per_day_forecast, strict=True))
        step = plot.width() / len(days)
        width = min(step - (2.0 if step > 4 else 0.0), self.WIDEST)
        out = []
        for n, ((day, reviews), (_day, new)) in enumerate(days):
            x = plot.left() + (n + 0.5) * step - width / 2
            whole = plot.height() * (reviews + new) / peak
            part = plot.height() * reviews / peak
            out.append(
                (
                    day,
                    QRectF(x, plot.bottom() - whole, width, whole),
                    QRectF(x, plot.bottom() - part, width, part),
                )
            )
        return out

    def column(self, n: int) -> QRectF:
        """The whole height of day `n`'s column, about its bar (the test day's is shaded)."""
        plot = self.plot_rect()
        step = plot.width() / max(1, len(self.plan.reviews_per_day) if self.plan else 1)
        width = min(step, self.WIDEST + 16)
        centre = plot.left() + (n + 0.5) * step
        return QRectF(centre - width / 2, plot.top(), width, plot.height())

    def day_label(self, day: dt.date) -> str:
        return day_and_month(day, self.language)

    def labelled_days(self, width_of: Callable[[str], float]) -> list[int]:
        """The days named under the axis: the test day, today, and each week back from
        the test, leaving out any that would collide with one already placed."""
        if self.plan is None:
            return []
        count = len(self.plan.reviews_per_day)
        plot = self.plot_rect()
        step = plot.width() / count
        wanted = [count - 1, 0, *range(count - 1 - 7, 0, -7)]
        placed: list[tuple[float, float]] = []
        chosen: list[int] = []
        for n in dict.fromkeys(wanted):
            centre = plot.left() + (n + 0.5) * step
            half = width_of(self.day_label(self.plan.reviews_per_day[n][0])) / 2 + 4
            left = max(0.0, min(centre - half, self.width() - 2 * half))
            span = (left, left + 2 * half)
            if all(span[1] <= a or span[0] >= b for a, b in placed):
                placed.append(span)
                chosen.append(n)
        return sorted(chosen)

    # ---- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        plot, peak = self.plot_rect(), self.peak()
        line = float(self.fontMetrics().height())
        muted = self.palette().placeholderText().color()
        p.setPen(QPen(self.palette().mid().color(), 1))
        if self.plan is None:  # the baseline only, and what a date would show above it
            p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
            p.setPen(muted)
            width = min(plot.width() - 16, 560.0)
            p.drawText(
                QRectF(plot.center().x() - width / 2, plot.top(), width, plot.height()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            p.end()
            return
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        p.setPen(muted)
        p.drawText(
            QRectF(0, plot.top() - line / 2, self._left() - 4, line),
            Qt.AlignmentFlag.AlignRight,
            str(peak),
        )
        p.drawText(
            QRectF(0, plot.bottom() - line / 2, self._left() - 4, line),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
        bars = self.bars()
        test_day = self.column(len(bars) - 1)
        band = QColor(TEST_DAY)
        band.setAlpha(40)
        p.fillRect(test_day, band)
        for _day, whole, part in bars:
            p.fillRect(whole, NEW)
            p.fillRect(part, REVIEWS)
        if peak > MAX_LOAD:  # the load the plan warns about
            y = plot.bottom() - plot.height() * MAX_LOAD / peak
            p.setPen(QPen(TEST_DAY, 1.2, Qt.PenStyle.DashLine))
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            if plot.top() + line < y:
                p.setPen(muted)
                p.drawText(
                    QRectF(0, y - line / 2, self._left() - 4, line),
                    Qt.AlignmentFlag.AlignRight,
                    str(MAX_LOAD),
                )
        fm = p.fontMetrics()
        label = self.tr("Test")
        label_w = fm.horizontalAdvance(label) + 8
        centre = test_day.center().x()
        left = min(centre - label_w / 2, self.width() - label_w)
        bold = QFont(p.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(TEST_DAY)
        p.drawText(QRectF(left, 0, label_w, self._top() - 2), Qt.AlignmentFlag.AlignCenter, label)
        p.setFont(self.font())
        fm = p.fontMetrics()
        for n in self.labelled_days(lambda text: float(fm.horizontalAdvance(text))):
            day, rect, _part = bars[n]
            text = self.day_label(day)
            half = fm.horizontalAdvance(text) / 2 + 4
            left = max(0.0, min(rect.center().x() - half, self.width() - 2 * half))
            p.setPen(TEST_DAY if n == len(bars) - 1 else muted)
            p.drawText(
                QRectF(left, plot.bottom() + 4, 2 * half, line), Qt.AlignmentFlag.AlignCenter, text
            )
        p.end()


class ExamPlanSection(QWidget):
    """'I have a test on [date] covering [scope]', the plan's sentence and its chart.

    Signal `exam_changed(object)`: `(date, stage id or None for everything)` when a test
    is set or changed, None when it is cleared. `show_plan(plan, language)` shows a plan
    made for it; `set_exam` restores a saved choice without signalling."""

    exam_changed = Signal(object)

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("examPlanSection")
        self.context = context
        self.language = context.language
        self._today = today
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Preparing for a test"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        v.addWidget(heading)

        row = QHBoxLayout()
        self.enabled = QCheckBox(self.tr("I have a test on"))
        self.enabled.setObjectName("examEnabled")
        self.enabled.setToolTip(
            self.tr(
                "Study sessions then aim to have what the test covers learned by its day: "
                "new cards are spread over the days left and reviews come closer together."
            )
        )
        row.addWidget(self.enabled)
        self.date = QDateEdit()
        self.date.setObjectName("examDate")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date of the test"))
        self.date.setToolTip(self.tr("The day of the test (from tomorrow on)"))
        if self.language == "ko":
            self.date.setLocale(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
            self.date.setDisplayFormat("yyyy년 M월 d일")
        else:
            self.date.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            self.date.setDisplayFormat("d MMMM yyyy")
        self._set_range()
        self.date.setDate(_qdate(self._today() + dt.timedelta(days=TWO_WEEKS)))
        row.addWidget(self.date)
        covering = QLabel(self.tr("covering"))
        row.addWidget(covering)
        self.scope = QComboBox()
        self.scope.setObjectName("examScope")
        self.scope.setAccessibleName(self.tr("What the test covers"))
        self.scope.setToolTip(self.tr("What the test covers: everything, or one stage"))
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.setMinimumWidth(180)  # a narrow window shortens the long stage names
        covering.setBuddy(self.scope)
        row.addWidget(self.scope)
        row.addStretch(1)
        v.addLayout(row)
        self._fill_scopes(context.pack)

        self.summary = QLabel()
        self.summary.setObjectName("examPlanSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.summary)
        self.warning = QLabel()
        self.warning.setObjectName("examPlanWarning")
        self.warning.setWordWrap(True)
        bold = QFont(self.warning.font())
        bold.setBold(True)
        self.warning.setFont(bold)
        self.warning.hide()
        v.addWidget(self.warning)
        self.chart_heading = QLabel(
            self.tr("Cards per day until the test (dark: reviews; light: new cards)")
        )
        v.addWidget(self.chart_heading)
        self.chart = PlanChart(language=self.language)
        v.addWidget(self.chart, 1)
        self.setTabOrder(self.enabled, self.date)
        self.setTabOrder(self.date, self.scope)
        self._set_controls()

        self.enabled.toggled.connect(self._on_toggled)
        self.date.dateChanged.connect(self._on_date)
        self.scope.currentIndexChanged.connect(self._on_scope)
        context.pack_changed.connect(self.set_pack)
        context.both_names_changed.connect(self._on_names)
        self.show_plan(None)

    # ---- what the student chose --------------------------------------------------------
    def exam(self) -> tuple[dt.date, str | None] | None:
        """The test set now: its day and its scope (a stage id, None for everything)."""
        if not self.enabled.isChecked():
            return None
        chosen = self.date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day()), self.scope.currentData()

    def set_exam(self, exam: dt.date | None, scope: str | None = None) -> None:
        """Show a saved test (a day already past clears it) without `exam_changed`."""
        today = self._today()
        self._set_range(earliest=exam if exam is not None and exam == today else None)
        blocked = [w.blockSignals(True) for w in (self.enabled, self.date, self.scope)]
        try:
            usable = exam is not None and 0 <= (exam - today).days <= MAX_DAYS
            self.enabled.setChecked(usable)
            if usable and exam is not None:
                self.date.setDate(_qdate(exam))
            found = self.scope.findData(scope) if scope is not None else 0
            self.scope.setCurrentIndex(max(found, 0))
        finally:
            for widget, was in zip((self.enabled, self.date, self.scope), blocked, strict=True):
                widget.blockSignals(was)
        self._set_controls()

    @Slot(bool)
    def _on_toggled(self, _on: bool) -> None:
        self._set_controls()
        self.exam_changed.emit(self.exam())

    @Slot(QDate)
    def _on_date(self, _day: QDate) -> None:
        if self.enabled.isChecked():
            self.exam_changed.emit(self.exam())

    @Slot(int)
    def _on_scope(self, _index: int) -> None:
        if self.enabled.isChecked():
            self.exam_changed.emit(self.exam())

    def _set_controls(self) -> None:
        on = self.enabled.isChecked()
        self.date.setEnabled(on)
        self.scope.setEnabled(on)

    def _set_range(self, earliest: dt.date | None = None) -> None:
        """From tomorrow (or a saved test's day, if that is today) to a year or so on."""
        today = self._today()
        first = today + dt.timedelta(days=1)
        if earliest is not None:
            first = min(first, earliest)
        self.date.setDateRange(_qdate(first), _qdate(today + dt.timedelta(days=MAX_DAYS)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_date()
        if self.enabled.isChecked():
            return  # the range moves on with the days only while no test is being shown
        blocked = self.date.blockSignals(True)
        self._set_range()
        self.date.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_date()

    def _fit_date(self) -> None:
        """The date field as wide as its longest date in the current font: large text
        otherwise cuts the day off under the calendar button."""
        longest = self.date.locale().toString(QDate(2026, 12, 28), self.date.displayFormat())
        room = self.date.fontMetrics().horizontalAdvance(longest)
        button = self.date.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.date.setMinimumWidth(room + button + 24)

    # ---- what it covers ----------------------------------------------------------------
    @Slot(object)
    def set_pack(self, pack: Pack) -> None:
        self._fill_scopes(pack)

    @Slot(bool)
    def _on_names(self, _both: bool) -> None:
        self._fill_scopes(self.context.pack)

    def _fill_scopes(self, pack: Pack) -> None:
        """Everything, then each stage by its name in the language, keeping the choice."""
        kept = self.scope.currentData()
        blocked = self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Everything"), None)
        stages = sorted(
            (s for s in pack.of_kind("stage") if isinstance(s, Stage)), key=lambda s: s.order
        )
        for stage in stages:
            name = item_name(stage, self.language, self.context.both_names)
            self.scope.addItem(f"{stage.order} \u00b7 {name}", stage.id)
        found = self.scope.findData(kept) if kept is not None else 0
        self.scope.setCurrentIndex(max(found, 0))
        self.scope.blockSignals(blocked)
        if kept is not None and found < 0 and self.enabled.isChecked():
            self.exam_changed.emit(self.exam())  # the stage is gone: everything, said so

    # ---- the plan ----------------------------------------------------------------------
    def show_plan(self, plan: ExamPlan | None, language: str | None = None) -> None:
        """Show the plan made for the chosen test (None: no test, the empty chart)."""
        language = language or self.language
        self.summary.setText(summary(plan, language) if plan is not None else "")
        self.summary.setVisible(plan is not None)
        told = warning(plan, language) if plan is not None else None
        self.warning.setText(told or "")
        self.warning.setVisible(told is not None)
        self.chart_heading.setVisible(plan is not None)  # its key means nothing without bars
        self.chart.set_plan(plan, language)
