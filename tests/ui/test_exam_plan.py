"""The test-date section of the progress page: what the student sets is signalled, the plan
shows as a sentence and a bar for every day to the test, in English and in Korean; the
date and scope are kept as preferences."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication

from egov_timeline.domain.exam_plan import plan_for, summary
from egov_timeline.ui.exam_plan import ExamPlanSection
from egov_timeline.ui.settings import Preferences
from egov_timeline.ui.view_context import ViewContext

TODAY = dt.date(2026, 12, 4)
IN_TWO_WEEKS = TODAY + dt.timedelta(days=14)


@pytest.fixture
def section_for(qtbot, bundled_pack):
    def make(language: str = "en") -> ExamPlanSection:
        section = ExamPlanSection(ViewContext(bundled_pack, language), today=lambda: TODAY)
        qtbot.addWidget(section)
        section.resize(1000, 420)
        section.show()
        qtbot.waitExposed(section)
        return section

    return make


def a_plan(new: int = 150):
    plan = plan_for([], new, TODAY, IN_TWO_WEEKS, 10, tz=dt.UTC)
    assert plan is not None
    return plan


def test_ticking_the_box_sets_a_test_two_weeks_on_and_each_change_is_signalled(qtbot, section_for):
    section = section_for()
    assert section.exam() is None and not section.date.isEnabled()
    assert section.date.calendarPopup()
    assert section.date.minimumDate() == QDate(2026, 12, 5)  # tomorrow at the earliest
    with qtbot.waitSignal(section.exam_changed) as told:
        section.enabled.setChecked(True)
    assert told.args == [(IN_TWO_WEEKS, None)]
    with qtbot.waitSignal(section.exam_changed) as told:
        section.date.setDate(QDate(2026, 12, 21))
    assert told.args == [(dt.date(2026, 12, 21), None)]
    with qtbot.waitSignal(section.exam_changed) as told:
        section.scope.setCurrentIndex(2)
    assert told.args == [(dt.date(2026, 12, 21), "stage-basic-infrastructure")]
    with qtbot.waitSignal(section.exam_changed) as told:
        section.enabled.setChecked(False)
    assert told.args == [None]


def test_the_section_is_used_from_the_keyboard(qtbot, section_for):
    section = section_for()
    for widget in (section.enabled, section.date, section.scope):
        assert widget.toolTip()
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    section.enabled.setFocus()
    with qtbot.waitSignal(section.exam_changed) as told:
        qtbot.keyClick(section.enabled, Qt.Key.Key_Space)
    assert told.args == [(IN_TWO_WEEKS, None)]
    reached = []
    for _press in range(4):  # Tab walks the date's day, month and year, then the scope
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[0] is section.date and reached[-1] is section.scope


def test_the_scopes_are_everything_and_the_six_stages_in_order(section_for):
    section = section_for()
    names = [section.scope.itemText(n) for n in range(section.scope.count())]
    assert names[0] == "Everything" and section.scope.itemData(0) is None
    assert names[1:] == [
        "1 \u00b7 Initiating ICT Projects",
        "2 \u00b7 Developing Basic ICT Infrastructure",
        "3 \u00b7 Upgrading ICT Infrastructure and Formulating E-Government",
        "4 \u00b7 Implementing E-Government",
        "5 \u00b7 Integrating E-Government Systems",
        "6 \u00b7 Upgrading E-Government Systems",
    ]


def test_a_plan_shows_its_sentence_and_a_bar_for_every_day_to_the_test(section_for):
    section = section_for()
    section.set_exam(IN_TWO_WEEKS)
    plan = a_plan()
    section.show_plan(plan, "en")
    assert section.summary.isVisible() and section.chart_heading.isVisible()
    assert section.summary.text() == (
        "Test on 18 December (in 14 days): about 13 new cards a day for 12 days; "
        f"at most {plan.peak_reviews} reviews a day."
    )
    bars = section.chart.bars()
    assert [day for day, _all, _reviews in bars] == [
        TODAY + dt.timedelta(days=n) for n in range(15)
    ]
    plot = section.chart.plot_rect()
    for (day, whole, reviews), (_d, count), (_e, new) in zip(
        bars, plan.reviews_per_day, plan.new_per_day_forecast, strict=True
    ):
        assert (whole.height() > 0) == (count + new > 0), day
        assert whole.bottom() == pytest.approx(plot.bottom()) and whole.top() >= plot.top() - 0.5
        assert reviews.height() <= whole.height()
    tallest = max(bars, key=lambda bar: bar[1].height())
    assert tallest[1].height() == pytest.approx(plot.height())
    assert section.chart.labelled_days(lambda text: 40.0)[-1] == 14  # the test day is named
    assert section.chart.day_label(IN_TWO_WEEKS) == "18 Dec"
    assert not section.chart.grab().isNull()  # it paints


def test_a_plan_too_heavy_for_the_days_left_is_warned_about(section_for):
    section = section_for()
    section.show_plan(a_plan(900), "en")
    assert section.warning.isVisible()
    assert section.warning.text().startswith("Not all 900 new cards fit before the test")


def test_without_a_test_the_chart_says_what_setting_a_date_does(section_for):
    section = section_for()
    section.show_plan(None, "en")
    assert not section.summary.isVisible() and not section.warning.isVisible()
    assert not section.chart_heading.isVisible()
    assert section.chart.bars() == []
    assert "Set the date of a test" in section.chart.empty_text()
    assert section.chart.accessibleDescription() == section.chart.empty_text()
    assert not section.chart.grab().isNull()


def test_in_korean_the_plan_and_the_chart_speak_korean(section_for):
    section = section_for("ko")
    section.set_exam(IN_TWO_WEEKS, "stage-implementing")
    plan = a_plan()
    section.show_plan(plan, "ko")
    text = section.summary.text()
    assert text == summary(plan, "ko")
    assert text.startswith("12월 18일 시험(14일 남음): 12일 동안 하루 새 카드 약 13장")
    assert re.search("[\uac00-\ud7a3]", text) and not re.search("[A-Za-z]", text)
    assert section.scope.currentText() == "4 \u00b7 전자정부 구현"
    assert section.chart.day_label(IN_TWO_WEEKS) == "12월 18일"
    assert section.date.date() == QDate(2026, 12, 18)
    assert section.date.text() == "2026년 12월 18일"


def test_a_saved_test_is_shown_without_a_signal_and_a_past_one_is_cleared(qtbot, section_for):
    section = section_for()
    with qtbot.assertNotEmitted(section.exam_changed):
        section.set_exam(dt.date(2026, 12, 20), "stage-integrating")
    assert section.exam() == (dt.date(2026, 12, 20), "stage-integrating")
    assert section.date.isEnabled()
    with qtbot.assertNotEmitted(section.exam_changed):
        section.set_exam(dt.date(2026, 11, 30), "stage-integrating")
    assert section.exam() is None
    section.set_exam(IN_TWO_WEEKS, "no-such-stage")
    assert section.exam() == (IN_TWO_WEEKS, None)  # a stage the pack lacks: everything


# ---- the preferences ---------------------------------------------------------------------------
@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_test_date_and_scope_are_read_back(settings):
    prefs = Preferences(settings)
    assert prefs["exam_date"] is None and prefs["exam_scope"] is None
    prefs["exam_date"], prefs["exam_scope"] = IN_TWO_WEEKS.isoformat(), "stage-implementing"
    settings.sync()
    again = Preferences(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again["exam_date"] == IN_TWO_WEEKS and again["exam_scope"] == "stage-implementing"


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("exam_date", "18 December"),
        ("exam_date", "2026-13-40"),
        ("exam_date", ""),
        ("exam_scope", ""),
        ("exam_scope", "two words"),
        ("exam_scope", "x" * 500),
    ],
)
def test_a_damaged_test_date_or_scope_reads_as_no_test(settings, name, bad):
    settings.setValue(Preferences.OPTIONS[name].key, bad)
    assert Preferences(settings)[name] is None
