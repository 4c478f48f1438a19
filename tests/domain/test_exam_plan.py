"""Studying for a test: a date two weeks on changes the scheduler, the new cards a day and
the forecast of reviews, and the plan is told in English and in Korean."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from egov_timeline.domain.exam_plan import (
    FINAL_WEEK,
    MAX_LOAD,
    MAX_NEW_PER_DAY,
    ExamPlan,
    desired_retention,
    exam_day_text,
    maximum_interval,
    new_cards_now,
    plan_due,
    plan_for,
    scheduler_settings,
    summary,
    warning,
)

TODAY = dt.date(2026, 12, 4)
IN_TWO_WEEKS = TODAY + dt.timedelta(days=14)
UTC = dt.UTC


def studied_cards(count: int = 30) -> list[dict]:
    """Cards as the store keeps them (the JSON of `Card.to_dict()`), studied in October
    and November with the ordinary scheduler, one to four right answers each."""
    from fsrs import Card, Rating, Scheduler

    scheduler = Scheduler(enable_fuzzing=False)
    cards = []
    for k in range(count):
        when = dt.datetime(2026, 10, 1, 12, tzinfo=UTC) + dt.timedelta(days=k)
        card = Card(card_id=k + 1, due=when)
        for _answer in range(1 + k % 4):
            card, _log = scheduler.review_card(card, Rating.Good, when)
            when = max(card.due, when + dt.timedelta(hours=20))
            if when.date() >= TODAY:
                break
        cards.append(json.loads(json.dumps(card.to_dict())))  # as read back from the store
    return cards


def plan(cards=(), new=0, exam=IN_TWO_WEEKS, default=10) -> ExamPlan:
    made = plan_for(list(cards), new, TODAY, exam, default, tz=UTC)
    assert made is not None
    return made


def counts(days: list[tuple[dt.date, int]]) -> list[int]:
    return [n for _day, n in days]


# ---- a test two weeks on changes the plan ---------------------------------------------------
def test_a_test_in_two_weeks_caps_the_interval_and_raises_the_retention():
    ordinary = scheduler_settings(TODAY, None)
    assert ordinary == {"desired_retention": 0.9, "maximum_interval": 36500}  # FSRS's own
    exam = scheduler_settings(TODAY, IN_TWO_WEEKS)
    assert exam["maximum_interval"] <= 14
    assert exam["desired_retention"] > ordinary["desired_retention"]
    made = plan(studied_cards(), 0)
    assert (made.days_left, made.maximum_interval) == (14, exam["maximum_interval"])
    assert made.desired_retention == exam["desired_retention"]


def test_many_unstudied_cards_are_spread_over_the_days_leaving_the_last_two_for_review():
    made = plan(studied_cards(), 150, default=10)
    assert made.new_per_day == 13 > 10  # 150 cards over 12 study days, not the usual 10
    new = counts(made.new_per_day_forecast)
    assert sum(new) == 150 and made.learnable == 150
    assert new[-3:] == [0, 0, 0]  # the two days before the test, and the test day
    assert all(n > 0 for n in new[:12])


def test_few_unstudied_cards_are_learned_at_the_students_own_pace_and_sooner():
    made = plan(studied_cards(), 20, default=10)
    assert made.new_per_day == 10
    assert counts(made.new_per_day_forecast)[:3] == [10, 10, 0]
    assert made.learned_by_exam and not made.load_warning


def test_every_card_is_forecast_to_come_back_in_the_week_before_the_test():
    final_week = slice(14 - FINAL_WEEK, 14)  # the seven days before the test day
    for card in studied_cards():
        # with no test, a card studied in October may not come back before 18 December
        alone = plan([card])
        assert sum(counts(alone.reviews_per_day)[final_week]) >= 1, card
    new_card = plan([], 1)
    assert sum(counts(new_card.reviews_per_day)[final_week]) >= 1


def test_a_card_scheduled_before_the_test_was_set_is_brought_forward():
    late = next(
        c for c in studied_cards() if dt.datetime.fromisoformat(c["due"]).date() > IN_TWO_WEEKS
    )
    assert plan_due(late, TODAY, None, UTC).isoformat() == late["due"]  # no test: as it was
    assert plan_due(late, TODAY, IN_TWO_WEEKS, UTC).date() < IN_TWO_WEEKS


def test_the_forecast_runs_from_today_to_the_test_day_and_its_sums_add_up():
    made = plan([], 24, default=4)  # new cards only: 2 a day over 12 days
    days = [d for d, _n in made.reviews_per_day]
    assert days == [TODAY + dt.timedelta(days=n) for n in range(15)]
    assert [d for d, _n in made.new_per_day_forecast] == days
    reviews, new = counts(made.reviews_per_day), counts(made.new_per_day_forecast)
    assert reviews[0] == 0  # nothing studied before today
    assert reviews[1] == new[0]  # each new card is asked again the next day
    assert sum(reviews) >= sum(new) == 24  # and at least once more after that
    assert made.peak_reviews == max(reviews)
    assert made.peak_load == max(r + n for r, n in zip(reviews, new, strict=True))
    nothing = plan([], 0)
    assert counts(nothing.reviews_per_day) == [0] * 15 and nothing.new_per_day == 0


def test_too_many_new_cards_for_the_days_left_are_said_not_to_fit():
    made = plan(studied_cards(), 900)
    assert made.new_per_day == MAX_NEW_PER_DAY
    assert made.learnable == MAX_NEW_PER_DAY * 12 < 900
    assert not made.learned_by_exam and made.load_warning and made.peak_load > MAX_LOAD


def test_the_student_is_given_only_what_is_left_of_todays_new_cards():
    made = plan([], 150)
    assert new_cards_now(made, 0, 10) == 13
    assert new_cards_now(made, 10, 10) == 3
    assert new_cards_now(made, 20, 10) == 0
    assert new_cards_now(None, 4, 10) == 10


# ---- the rules -----------------------------------------------------------------------------
def test_the_retention_rises_from_four_weeks_before_the_test_to_three_days_before():
    assert desired_retention(None) == desired_retention(60) == desired_retention(28) == 0.9
    assert desired_retention(14) == 0.93
    assert desired_retention(3) == desired_retention(1) == desired_retention(0) == 0.95
    rising = [desired_retention(days) for days in range(40, -1, -1)]
    assert rising == sorted(rising)
    assert all(0.9 <= r <= 0.95 for r in rising)


def test_before_the_final_week_a_card_comes_back_within_half_the_days_left():
    assert maximum_interval(14) == 7 and maximum_interval(9) == 5 and maximum_interval(60) == 30
    assert maximum_interval(7) == maximum_interval(None) == 36500  # the retention decides


@pytest.mark.parametrize(
    "exam", [None, TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=400)]
)
def test_no_test_a_past_one_or_one_too_far_off_makes_no_plan(exam):
    assert plan_for(studied_cards(3), 5, TODAY, exam, 10, tz=UTC) is None
    if exam is not None and exam < TODAY:
        assert scheduler_settings(TODAY, exam) == scheduler_settings(TODAY, None)


def test_a_test_today_asks_only_reviews():
    made = plan(studied_cards(), 5, exam=TODAY)
    assert made.days_left == 0 and made.new_per_day == 0 and len(made.reviews_per_day) == 1


# ---- what the student reads ----------------------------------------------------------------
def fixed_plan(days_left=14, new_per_day=9, new_days=12, peak=31, new_cards=None, **kw):
    """A plan with chosen numbers, to test the wording apart from the forecast."""
    exam = TODAY + dt.timedelta(days=days_left)
    days = [TODAY + dt.timedelta(days=n) for n in range(days_left + 1)]
    new = [new_per_day if n < new_days else 0 for n in range(len(days))]
    reviews = [peak if n == 1 else min(peak, 3) for n in range(len(days))]
    values = dict(
        exam=exam,
        today=TODAY,
        days_left=days_left,
        desired_retention=desired_retention(days_left),
        maximum_interval=maximum_interval(days_left),
        new_cards=sum(new) if new_cards is None else new_cards,
        new_per_day=new_per_day,
        study_days=max(0, days_left - 2),
        reviews_per_day=list(zip(days, reviews, strict=True)),
        new_per_day_forecast=list(zip(days, new, strict=True)),
        learned_by_exam=True,
        load_warning=False,
    )
    values.update(kw)
    return ExamPlan(**values)


def test_the_plan_is_told_in_one_english_sentence():
    assert summary(fixed_plan()) == (
        "Test on 18 December (in 14 days): about 9 new cards a day for 12 days; "
        "at most 31 reviews a day."
    )
    assert summary(fixed_plan(new_per_day=0, new_days=0)) == (
        "Test on 18 December (in 14 days): nothing new left to learn; at most 31 reviews a day."
    )
    assert summary(fixed_plan(days_left=1, new_per_day=5, new_days=1, peak=1)) == (
        "Test tomorrow (5 December): 5 new cards today; at most 1 review a day."
    )
    assert summary(fixed_plan(days_left=0, new_per_day=0, new_days=0, peak=3)) == (
        "Test today (4 December): 3 cards to review."
    )


def test_the_plan_is_told_in_one_korean_sentence_without_english():
    sentences = [
        summary(fixed_plan(), "ko"),
        summary(fixed_plan(new_per_day=0, new_days=0), "ko"),
        summary(fixed_plan(days_left=1, new_per_day=5, new_days=1, peak=1), "ko"),
        summary(fixed_plan(days_left=0, new_per_day=0, new_days=0, peak=3), "ko"),
    ]
    assert sentences == [
        "12월 18일 시험(14일 남음): 12일 동안 하루 새 카드 약 9장, 복습은 하루 최대 31장.",
        "12월 18일 시험(14일 남음): 새로 익힐 카드 없음, 복습은 하루 최대 31장.",
        "내일(12월 5일) 시험: 오늘 새 카드 5장, 복습은 하루 최대 1장.",
        "오늘(12월 4일) 시험: 복습할 카드 3장.",
    ]
    assert not any(re.search("[A-Za-z]", s) for s in sentences)


def test_a_test_next_year_is_dated_with_its_year():
    exam = dt.date(2027, 1, 5)
    assert exam_day_text(exam, TODAY) == "5 January 2027"
    assert exam_day_text(exam, TODAY, "ko") == "2027년 1월 5일"


def test_a_plan_that_cannot_do_all_it_aims_at_says_so_in_both_languages():
    assert warning(fixed_plan()) is None and warning(fixed_plan(), "ko") is None
    heavy = fixed_plan(load_warning=True, learned_by_exam=False)
    assert warning(heavy) == (
        "Some days ask more than 60 cards: start earlier, or choose a smaller scope to "
        "spread the work."
    )
    assert warning(heavy, "ko") == (
        "하루에 60장이 넘는 날이 있습니다. 더 일찍 시작하거나 범위를 좁히면 부담이 줄어듭니다."
    )
    short = fixed_plan(new_per_day=50, new_days=12, new_cards=900, learned_by_exam=False)
    assert warning(short) == (
        "Not all 900 new cards fit before the test: at 50 a day, about 600 can be learned "
        "by then. One stage is a surer aim."
    )
    assert warning(short, "ko") == (
        "새 카드 900장을 시험 전에 모두 익히기는 어렵습니다. 하루 50장씩이면 약 600장까지 "
        "익힐 수 있으니, 범위를 한 단계로 좁히는 편이 확실합니다."
    )
    assert not re.search("[A-Za-z]", warning(short, "ko") or "")
