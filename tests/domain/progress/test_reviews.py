"""Answers counted per day."""

from __future__ import annotations

import datetime as dt

from egov_timeline.domain.progress import (
    ProgressStore,
    daily_counts,
)


def test_daily_counts_cover_each_day():
    store = ProgressStore(None)
    today = dt.date(2026, 3, 10)
    for day, correct in ((8, True), (8, False), (10, True)):
        store.record(
            "year:a",
            "a",
            "year",
            correct=correct,
            score=1.0,
            when=dt.datetime(2026, 3, day, 12, tzinfo=dt.UTC),
        )
    counts = daily_counts(store.reviews(), 3, today)
    assert [(d.day, a, r) for d, a, r in counts] == [(8, 2, 1), (9, 0, 0), (10, 1, 1)]
