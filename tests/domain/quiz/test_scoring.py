"""Scoring: right, wrong, and the partial credit of ordering and placing."""

from __future__ import annotations

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.quiz import order_score, place_score
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec


def order_spec(shown: list[str], answer: list[str]) -> QuestionSpec:
    return QuestionSpec(
        type="order",
        item=answer[0],
        asked=None,
        choices=[
            Choice(id=i, event=Event(item=i, event="enacted", date=HistDate(2000))) for i in shown
        ],
        answer=answer,
        card="",
    )


def test_ordering_scores_the_items_the_student_put_in_their_place():
    spec = order_spec(["b", "c", "d", "a"], ["a", "b", "c", "d"])
    assert order_score(spec, ["a", "b", "c", "d"]) == 1.0
    assert order_score(spec, ["a", "b", "d", "c"]) == 0.5
    assert order_score(spec, ["d", "c", "b", "a"]) == 0.0
    assert order_score(spec, ["a", "a", "b", "c"]) == 0.0


def test_an_ordering_left_as_shown_scores_nothing():
    spec = order_spec(["b", "c", "d", "a"], ["a", "b", "c", "d"])
    assert order_score(spec, ["b", "c", "d", "a"]) == 0.0


def test_placing_is_scored_by_distance():
    spec = QuestionSpec(
        type="place",
        item="x",
        asked=None,
        choices=[Choice(value=str(y)) for y in range(1990, 2010)],
        answer=11,
        card="",
    )
    assert place_score(spec, 11) == 1.0
    assert place_score(spec, 12) == 0.75 and place_score(spec, 9) == 0.5
    assert place_score(spec, 0) == 0.0
