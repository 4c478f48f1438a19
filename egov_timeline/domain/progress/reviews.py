"""Answers as read back from the progress store, and the count of them per day. No Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import msgspec


class Review(msgspec.Struct, frozen=True):
    card_id: str
    item_id: str
    type: str
    answered_at: dt.datetime
    correct: bool
    score: float
    rating: int


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
