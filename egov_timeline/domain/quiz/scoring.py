"""Scoring an answer: right, wrong, or partly right for ordering and placing. No Qt."""

from __future__ import annotations

from collections.abc import Sequence

from egov_timeline.domain.quiz.spec import QuestionSpec

PLACE_STEP = 0.25  # a quarter of a point less for every further year off


def score(spec: QuestionSpec, given: int | list[str] | None) -> float:
    """1.0 right, 0.0 wrong, in between for partial credit (ordering, placing)."""
    if given is None:
        return 0.0
    if spec.type == "order":
        return order_score(spec, list(given)) if isinstance(given, list) else 0.0
    if spec.type == "place":
        return place_score(spec, given) if isinstance(given, int) else 0.0
    return 1.0 if given == spec.answer else 0.0


def is_right(spec: QuestionSpec, given: int | list[str] | None) -> bool:
    return score(spec, given) >= 0.999


def order_score(spec: QuestionSpec, given: Sequence[str]) -> float:
    """The share of items the student put in their right place. The items are shown with
    none in its place, so an answer left as shown scores 0 and every point is earned."""
    answer = spec.right_order
    if sorted(given) != sorted(answer) or len(set(given)) != len(given):
        return 0.0
    shown = [c.id for c in spec.choices]
    if list(given) == shown:
        return 0.0
    placed = sum(1 for g, a in zip(given, answer, strict=True) if g == a)
    return placed / len(answer)


def place_score(spec: QuestionSpec, given_index: int) -> float:
    """Full marks within the tolerance, then a quarter less for every further year off."""
    if not 0 <= given_index < len(spec.choices):
        return 0.0
    years = [int(c.value or 0) for c in spec.choices]
    off = abs(years[given_index] - years[spec.right_choice])
    return max(0.0, 1.0 - max(0.0, off - spec.tolerance) * PLACE_STEP)
