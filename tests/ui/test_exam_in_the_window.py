"""A test date set on the progress page changes the study: the plan is shown on the progress
page and the quiz start, the scheduler keeps more in memory and brings cards back before
the test, a session takes the plan's new cards from what the test covers, and the date is
remembered. In English and Korean."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from egov_timeline.domain.quiz import CARD_TYPES
from egov_timeline.ui.app import install_translator


@pytest.fixture
def window_in(qtbot, bundled_pack):
    made = []

    def make(language: str):
        from egov_timeline.ui.app import create_main_window

        win = create_main_window(bundled_pack, language)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitUntil(lambda: win.quiz_controller.store is not None, timeout=5000)
        made.append(win)
        return win

    yield make
    install_translator("en")


@pytest.mark.parametrize(("language", "said"), [("en", "(in 14 days)"), ("ko", "(14일 남음)")])
def test_a_test_in_two_weeks_changes_the_plan_and_the_study(window_in, qtbot, language, said):
    window = window_in(language)
    controller = window.quiz_controller
    store = controller.store
    window.modes.set_mode("progress")
    section = window.modes.progress_page.exam_section
    before = controller.study_queue(10)
    new_before = [q for q in before if q.card not in store.card_ids()]
    assert store.scheduler_for("e-government-act").desired_retention == 0.9
    with qtbot.waitSignal(section.exam_changed):
        section.enabled.setChecked(True)  # two weeks on, everything
    exam = dt.date.today() + dt.timedelta(days=14)
    assert controller.exam == (exam, None)
    assert window.preferences["exam_date"] == exam
    # the page shows the plan: its sentence and a bar for every day to the test
    assert said in section.summary.text()
    assert len(section.chart.bars()) == 15
    # the scheduler keeps more in memory and brings every card back within a week
    scheduler = store.scheduler_for("e-government-act")
    assert scheduler.desired_retention > 0.9 and scheduler.maximum_interval == 7
    # a session now takes the plan's new cards: everything spread over the study days
    plan = controller.exam_plan(10)
    assert plan is not None and plan.new_per_day > 10
    assert plan.new_per_day >= math.ceil(plan.new_cards / plan.study_days)
    after = controller.study_queue(10)
    new_after = [q for q in after if q.card not in store.card_ids()]
    assert len(new_after) == plan.new_per_day > len(new_before)
    assert all(q.type in CARD_TYPES for q in new_after)
    # the quiz start says the same plan
    window.modes.set_mode("quiz")
    start = window.modes.quiz_page.start
    start.refresh()
    assert start.plan_label.isVisible() and said in start.plan_label.text()
    assert not start.new_cards.isEnabled()  # the plan sets the day's new cards


def test_a_test_on_one_stage_asks_new_cards_about_that_stage_only(window_in, qtbot):
    window = window_in("en")
    controller = window.quiz_controller
    window.modes.set_mode("progress")
    section = window.modes.progress_page.exam_section
    section.enabled.setChecked(True)
    stage = section.scope.itemData(3)
    section.scope.setCurrentIndex(3)
    assert controller.exam[1] == stage
    from egov_timeline.domain.session import exam_scope

    scope = exam_scope(window.context.pack, stage)
    asked = controller.study_queue(10)
    assert asked and all(q.spec.item in scope for q in asked)
    # a card of another stage keeps the usual scheduler
    outside = next(i.id for i in window.context.pack.items if i.id not in scope)
    assert controller.store.scheduler_for(outside).desired_retention == 0.9


def test_the_test_date_is_remembered_at_the_next_start(window_in, qtbot):
    first = window_in("en")
    first.modes.set_mode("progress")
    first.modes.progress_page.exam_section.enabled.setChecked(True)
    exam = first.quiz_controller.exam
    first.close()
    again = window_in("en")
    assert again.quiz_controller.exam == exam
    assert again.quiz_controller.store.exam == exam[0]
    again.modes.set_mode("progress")
    assert again.modes.progress_page.exam_section.exam() == exam
