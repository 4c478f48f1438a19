"""Answers as read back from the progress store, and the count of them per day. No Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import msgspec

from egov_timeline.domain.progress.cards import CONFIDENCES


class Review(msgspec.Struct, frozen=True):
    card_id: str
    item_id: str
    type: str
    answered_at: dt.datetime
    correct: bool
    score: float
    rating: int
    confidence: str | None = None  # "sure", "think" or "guess", when the student said
    chosen: str | None = None  # the item a wrong answer chose


def calibration(reviews: Iterable[Review]) -> dict[str, tuple[int, int]]:
    """Per confidence level, sure first: (answers, right answers). A student whose "sure"
    answers are mostly right, and whose guesses mostly wrong, knows what they know."""
    counts = {level: [0, 0] for level in CONFIDENCES}
    for review in reviews:
        if review.confidence in counts:
            counts[review.confidence][0] += 1
            counts[review.confidence][1] += int(review.correct)
    return {level: (a, r) for level, (a, r) in counts.items()}


def daily_counts(
    reviews: Iterable[Review], days: int, today: dt.date | None = None
) -> list[tuple[dt.date, int, int]]:
    """(day, answers, right answers) for each of the last `days` days, oldest first."""
    today = today or dt.date.today()
    first = today - dt.timedelta(days=days - 1)
    answered = {first + dt.timedelta(days=n): [0, 0] for n in range(days)}
    for review in reviews:
        day = review.answered_at.astimezone().date()
        if day in answered:
            answered[day][0] += 1
            answered[day][1] += int(review.correct)
    return [(day, a, r) for day, (a, r) in sorted(answered.items())]
