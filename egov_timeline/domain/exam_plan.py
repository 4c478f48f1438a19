"""Studying for a test on a chosen day: the scheduler settings, the new cards a day and a
forecast of reviews per day that aim to have a scope learned by then. No Qt.

The rules, and why (spacing works best when the gap suits the time left to the test:
Cepeda et al. 2008, where a gap too long costs less than one too short):
- desired retention: FSRS's ordinary 0.90 while the test is four weeks or more away, rising
  evenly to 0.95 three days before it and staying there. Closer to the test a forgotten
  card costs more than an extra review; beyond 0.95 the reviews FSRS asks for grow steeply.
- maximum interval: before the final week, half the days left (rounded up), so a card
  answered now comes back no later than halfway to the test, and every card comes back at
  least once in the final week. In the final week no cap: the raised retention alone says
  whether a card needs one more review before the test, and cards do not all fall due on
  the test day (and pile up after it).
- new cards: those not yet studied in the scope, spread over the days before the last
  review-only day(s) (the day before the test; the last two with a week or more left), at
  least the student's own number a day when that finishes sooner, at most `MAX_NEW_PER_DAY`.
- a day of more than `MAX_LOAD` cards (new and reviews) is too many: `load_warning`.

Days are the student's own days (`tz`, the computer's time zone unless given); the forecast
assumes one study session a day, every card answered Good, each at most once a day.
FSRS is imported inside the functions that need it, never on the way to the window.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, TypedDict, cast

import msgspec

if TYPE_CHECKING:
    from fsrs import Card, Scheduler
    from fsrs.card import CardDict

NORMAL_RETENTION = 0.90  # FSRS's own default, what the store uses without a test
EXAM_RETENTION = 0.95  # the highest: beyond it the reviews asked for grow steeply
RAISE_FROM_DAYS = 28  # the retention starts to rise four weeks before the test
FULL_BY_DAYS = 3  # and is at its highest from three days before
NORMAL_MAXIMUM_INTERVAL = 36500  # FSRS's own default (a hundred years)
FINAL_WEEK = 7  # every card comes back at least once in the last seven days
MAX_NEW_PER_DAY = 50  # the quiz page's spin box allows no more
MAX_LOAD = 60  # cards in a day (new and reviews) beyond which the plan warns
MAX_DAYS = 366  # the furthest test date the section offers (the forecast stays quick)
_SESSION_HOUR = 12  # when the forecast's one session a day takes place


class ExamPlan(msgspec.Struct, frozen=True, kw_only=True):
    """What studying for the test on `exam` asks, seen from `today`.

    `reviews_per_day` and `new_per_day_forecast` run from today to the exam day inclusive
    (`days_left + 1` entries); a review is any showing of a card seen before, a new card's
    first showing is counted in `new_per_day_forecast` only."""

    exam: dt.date
    today: dt.date
    days_left: int  # days from today to the test: 14 for a test two weeks on
    desired_retention: float  # for the scheduler today (`scheduler_settings`)
    maximum_interval: int  # days, for the scheduler today
    new_cards: int  # cards of the scope not studied yet
    new_per_day: int  # new cards to study today (and on each study day)
    study_days: int  # days from today on which new cards are studied
    reviews_per_day: list[tuple[dt.date, int]]
    new_per_day_forecast: list[tuple[dt.date, int]]
    learned_by_exam: bool  # every new card fits before the test without a day over the load
    load_warning: bool  # some day asks more than MAX_LOAD cards

    @property
    def new_days(self) -> int:
        """The days on which new cards are studied (fewer than `study_days` when the
        student's own pace finishes sooner)."""
        return sum(1 for _day, count in self.new_per_day_forecast if count)

    @property
    def peak_reviews(self) -> int:
        return max((count for _day, count in self.reviews_per_day), default=0)

    @property
    def peak_load(self) -> int:
        """The most cards, new and reviews, asked on one day."""
        return max(
            (
                reviews + new
                for (_d, reviews), (_e, new) in zip(
                    self.reviews_per_day, self.new_per_day_forecast, strict=True
                )
            ),
            default=0,
        )

    @property
    def learnable(self) -> int:
        """How many of the new cards the plan gets through before the test."""
        return sum(count for _day, count in self.new_per_day_forecast)


# ---- the rules ----------------------------------------------------------------------------
def desired_retention(days_left: int | None) -> float:
    """0.90 four weeks or more before the test (or without one), 0.95 from three days
    before, evenly in between, to two decimals."""
    if days_left is None or days_left >= RAISE_FROM_DAYS:
        return NORMAL_RETENTION
    if days_left <= FULL_BY_DAYS:
        return EXAM_RETENTION
    share = (RAISE_FROM_DAYS - days_left) / (RAISE_FROM_DAYS - FULL_BY_DAYS)
    return round(NORMAL_RETENTION + (EXAM_RETENTION - NORMAL_RETENTION) * share, 2)


def maximum_interval(days_left: int | None) -> int:
    """Half the days left, rounded up, before the final week; no cap (FSRS's own) in the
    final week, after the test or without one."""
    if days_left is None or days_left <= FINAL_WEEK:
        return NORMAL_MAXIMUM_INTERVAL
    return math.ceil(days_left / 2)


def review_only_days(days_left: int) -> int:
    """The last days before the test with no new cards: two with a week or more left, the
    day before with less, none when the test is tomorrow (today is all there is)."""
    if days_left <= 1:
        return 0
    return 2 if days_left >= FINAL_WEEK else 1


def _days_left(today: dt.date, exam: dt.date | None) -> int | None:
    """Days to the test, or None without one or once it is past."""
    if exam is None or exam < today:
        return None
    return (exam - today).days


class SchedulerSettings(TypedDict):
    desired_retention: float
    maximum_interval: int  # days


def scheduler_settings(today: dt.date, exam: dt.date | None) -> SchedulerSettings:
    """The settings the store's FSRS scheduler should have today for the cards of the
    test's scope: `Scheduler(**scheduler_settings(today, exam))`. Without a test (or after
    it) they are FSRS's defaults, 0.9 and 36500 days."""
    left = _days_left(today, exam)
    return SchedulerSettings(
        desired_retention=desired_retention(left), maximum_interval=maximum_interval(left)
    )


def plan_due(
    card: dict, today: dt.date, exam: dt.date | None, tz: dt.tzinfo | None = None
) -> dt.datetime:
    """When a card (the JSON of `fsrs.Card.to_dict()`) should be asked under the plan: its
    own due time, or sooner where its last review was more than a week before the test and
    the plan's maximum interval at that review would have brought it back earlier (a card
    scheduled before the test was set). A time in the past means due now.

    The session should treat a card as due when `plan_due(...) <= now`; without a test this
    is the card's own due time."""
    due = _parse_time(card["due"])
    last = card.get("last_review")
    left = _days_left(today, exam)
    if left is None or not last or exam is None:
        return due
    reviewed = _parse_time(last)
    reviewed_day = reviewed.astimezone(_zone(tz)).date()
    left_then = (exam - reviewed_day).days
    if left_then <= FINAL_WEEK:
        return due
    deadline = reviewed + dt.timedelta(days=maximum_interval(left_then))
    return min(due, deadline)


def new_cards_now(plan: ExamPlan | None, introduced_today: int, default: int) -> int:
    """The new-card limit for a study session now: the plan's new cards for today less
    those already studied today (a second session the same day adds no more), or the
    student's own number without a plan."""
    if plan is None:
        return default
    return max(0, plan.new_per_day - introduced_today)


# ---- the plan -----------------------------------------------------------------------------
def plan_for(
    cards: list[dict],
    new_cards: int,
    today: dt.date,
    exam: dt.date | None,
    default_new_per_day: int,
    *,
    tz: dt.tzinfo | None = None,
) -> ExamPlan | None:
    """The plan for a test on `exam`, or None without one, when it is past, or when it is
    more than `MAX_DAYS` away (too far to plan for by the day).

    `cards`: the parsed `fsrs` column (`fsrs.Card.to_dict()`) of each studied card in the
    test's scope; `new_cards`: how many cards of the scope are not studied yet;
    `default_new_per_day`: the student's own new cards per study session."""
    left = _days_left(today, exam)
    if left is None or exam is None or left > MAX_DAYS:
        return None
    study_days = left - review_only_days(left)
    new_cards = max(0, new_cards)
    if study_days <= 0 or new_cards == 0:
        per_day = 0
    else:
        per_day = max(math.ceil(new_cards / study_days), min(default_new_per_day, new_cards))
        per_day = min(per_day, MAX_NEW_PER_DAY)
    days = [today + dt.timedelta(days=n) for n in range(left + 1)]
    introduced = [0] * len(days)
    remaining = new_cards
    for n in range(study_days):
        introduced[n] = min(per_day, remaining)
        remaining -= introduced[n]
    reviews = _forecast(cards, introduced, days, exam, _zone(tz))
    settings = scheduler_settings(today, exam)
    peak_load = max(r + i for r, i in zip(reviews, introduced, strict=True))
    return ExamPlan(
        exam=exam,
        today=today,
        days_left=left,
        desired_retention=settings["desired_retention"],
        maximum_interval=settings["maximum_interval"],
        new_cards=new_cards,
        new_per_day=per_day,
        study_days=max(0, study_days),
        reviews_per_day=list(zip(days, reviews, strict=True)),
        new_per_day_forecast=list(zip(days, introduced, strict=True)),
        learned_by_exam=remaining == 0 and peak_load <= MAX_LOAD,
        load_warning=peak_load > MAX_LOAD,
    )


def _forecast(
    cards: list[dict],
    introduced: list[int],
    days: list[dt.date],
    exam: dt.date,
    tz: dt.tzinfo,
) -> list[int]:
    """Reviews on each day: every studied card and every new card from the day it is
    introduced, answered Good in the one session of each day it is due, with the plan's
    scheduler of that day (no fuzz, so the forecast is the same each time)."""
    from fsrs import Card, Rating

    schedulers = _Schedulers(exam)
    reviews = [0] * len(days)

    def follow(card: Card, first: int, weight: int) -> None:
        """Count the card's reviews from day `first` on, `weight` times."""
        n = first
        while n < len(days):
            moment = _session(days[n], tz)
            reviews[n] += weight
            card, _log = schedulers.on(days[n]).review_card(card, Rating.Good, moment)
            # at most once a day: a learning step due later today waits for tomorrow
            n = max(n + 1, _day_index(card.due, days, tz))

    for number, stored in enumerate(cards):
        card = Card.from_dict(cast("CardDict", _with_id(stored, number)))
        card.due = plan_due(stored, days[0], exam, tz)
        follow(card, max(0, _day_index(card.due, days, tz)), 1)
    for n, count in enumerate(introduced):
        if count:
            # new cards of one day are alike: one is simulated and counted `count` times
            moment = _session(days[n], tz)
            card, _log = schedulers.on(days[n]).review_card(
                Card(card_id=n + 1, due=moment), Rating.Good, moment
            )
            follow(card, max(n + 1, _day_index(card.due, days, tz)), count)
    return reviews


class _Schedulers:
    """The plan's scheduler for each day, made once per distinct setting."""

    def __init__(self, exam: dt.date) -> None:
        self.exam = exam
        self.made: dict[tuple[float, int], Scheduler] = {}

    def on(self, day: dt.date) -> Scheduler:
        from fsrs import Scheduler

        settings = scheduler_settings(day, self.exam)
        key = (settings["desired_retention"], settings["maximum_interval"])
        if key not in self.made:
            self.made[key] = Scheduler(**settings, enable_fuzzing=False)
        return self.made[key]


def _zone(tz: dt.tzinfo | None) -> dt.tzinfo:
    return tz if tz is not None else dt.datetime.now().astimezone().tzinfo or dt.UTC


def _session(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(_SESSION_HOUR), tzinfo=tz)


def _day_index(moment: dt.datetime, days: list[dt.date], tz: dt.tzinfo) -> int:
    """The index in `days` of the day a due time falls on (negative when overdue)."""
    return (moment.astimezone(tz).date() - days[0]).days


def _parse_time(value: str | dt.datetime) -> dt.datetime:
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _with_id(card: dict, number: int) -> dict:
    """The card's dict with a card id, which `Card.from_dict` needs (any will do here)."""
    return card if card.get("card_id") is not None else {**card, "card_id": number + 1}


# ---- what the student reads ---------------------------------------------------------------
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def exam_day_text(day: dt.date, today: dt.date, language: str = "en") -> str:
    """'18 December' or '12월 18일', with the year when it is not this year's."""
    if language == "ko":
        text = f"{day.month}월 {day.day}일"
        return text if day.year == today.year else f"{day.year}년 {text}"
    text = f"{day.day} {_MONTHS_EN[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def summary(plan: ExamPlan, language: str = "en") -> str:
    """One sentence on what the plan asks: 'Test on 18 December (in 14 days): about 9 new
    cards a day for 12 days; at most 31 reviews a day.'"""
    return _summary_ko(plan) if language == "ko" else _summary_en(plan)


def warning(plan: ExamPlan, language: str = "en") -> str | None:
    """What the student should know when the plan cannot do all it aims at, or None."""
    return _warning_ko(plan) if language == "ko" else _warning_en(plan)


def _summary_en(plan: ExamPlan) -> str:
    day = exam_day_text(plan.exam, plan.today, "en")
    if plan.days_left == 0:
        due = plan.reviews_per_day[0][1]
        if not due:
            return f"Test today ({day}): nothing left to review."
        return f"Test today ({day}): {due} {'card' if due == 1 else 'cards'} to review."
    when = (
        f"Test tomorrow ({day})"
        if plan.days_left == 1
        else f"Test on {day} (in {plan.days_left} days)"
    )
    per, new_days = plan.new_per_day, plan.new_days
    if not per:
        new = "nothing new left to learn"
    elif new_days == 1:
        count = plan.learnable
        new = f"{count} new {'card' if count == 1 else 'cards'} today"
    else:
        new = f"about {per} new {'card' if per == 1 else 'cards'} a day for {new_days} days"
    peak = plan.peak_reviews
    if not peak:
        reviews = "no reviews due"
    else:
        reviews = f"at most {peak} {'review' if peak == 1 else 'reviews'} a day"
    return f"{when}: {new}; {reviews}."


def _summary_ko(plan: ExamPlan) -> str:
    day = exam_day_text(plan.exam, plan.today, "ko")
    if plan.days_left == 0:
        due = plan.reviews_per_day[0][1]
        if not due:
            return f"오늘({day}) 시험: 남은 복습 없음."
        return f"오늘({day}) 시험: 복습할 카드 {due}장."
    when = f"내일({day}) 시험" if plan.days_left == 1 else f"{day} 시험({plan.days_left}일 남음)"
    per, new_days = plan.new_per_day, plan.new_days
    if not per:
        new = "새로 익힐 카드 없음"
    elif new_days == 1:
        new = f"오늘 새 카드 {plan.learnable}장"
    else:
        new = f"{new_days}일 동안 하루 새 카드 약 {per}장"
    peak = plan.peak_reviews
    reviews = f"복습은 하루 최대 {peak}장" if peak else "복습할 카드 없음"
    return f"{when}: {new}, {reviews}."


def _warning_en(plan: ExamPlan) -> str | None:
    missing = plan.new_cards - plan.learnable
    if missing > 0 and plan.study_days == 0:
        return "The day of the test has no new cards, only reviews of what you have learned."
    if missing > 0:
        return (
            f"Not all {plan.new_cards} new cards fit before the test: at {plan.new_per_day} a "
            f"day, about {plan.learnable} can be learned by then. One stage is a surer aim."
        )
    if plan.load_warning:
        return (
            f"Some days ask more than {MAX_LOAD} cards: start earlier, or choose a smaller "
            "scope to spread the work."
        )
    return None


def _warning_ko(plan: ExamPlan) -> str | None:
    missing = plan.new_cards - plan.learnable
    if missing > 0 and plan.study_days == 0:
        return "시험 당일에는 새 카드 없이 이미 익힌 카드만 복습합니다."
    if missing > 0:
        return (
            f"새 카드 {plan.new_cards}장을 시험 전에 모두 익히기는 어렵습니다. "
            f"하루 {plan.new_per_day}장씩이면 약 {plan.learnable}장까지 익힐 수 있으니, "
            "범위를 한 단계로 좁히는 편이 확실합니다."
        )
    if plan.load_warning:
        return (
            f"하루에 {MAX_LOAD}장이 넘는 날이 있습니다. 더 일찍 시작하거나 범위를 좁히면 "
            "부담이 줄어듭니다."
        )
    return None
