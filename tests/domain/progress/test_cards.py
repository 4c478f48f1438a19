"""Answers schedule their cards: a right answer is due later than a wrong one, and rating
it Easy moves it further out."""

from __future__ import annotations

import datetime as dt

from egov_timeline.domain.progress import (
    ProgressStore,
)
from tests.domain.progress.helpers import T0


def test_a_right_answer_is_due_later_than_a_wrong_one(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    right = store.record("year:a", "a", "year", correct=True, score=1.0, when=T0)
    wrong = store.record("year:b", "b", "year", correct=False, score=0.0, when=T0)
    easy = store.record("year:c", "c", "year", correct=True, score=1.0, rating=4, when=T0)
    assert wrong < right < easy
    later = T0 + dt.timedelta(days=400)
    assert {c for c, _i, _t in store.due_cards(later)} == {"year:a", "year:b", "year:c"}
    assert store.due_count(T0) == 0


def test_rating_a_right_answer_easy_moves_it_further_out(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    good = store.record("year:a", "a", "year", correct=True, score=1.0, when=T0)
    easy = store.rerate("year:a", 4)
    assert easy > good
    assert store.reviews()[-1].rating == 4
    assert store.card("year:a")["reps"] == 1  # re-rating is not another answer
    store.record("year:b", "b", "year", correct=False, score=0.0, when=T0)
    assert store.rerate("year:b", 4) is None  # a wrong answer stays "Again"
