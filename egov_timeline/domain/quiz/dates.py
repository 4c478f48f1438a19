"""Questions about when: the year of an event, its place on a strip of years, and putting
events in order. No Qt.

A year question offers four years spaced evenly around the right one, none that the
item's content mentions; an ordering takes three to five events of one era whose dates can
be told apart, shown so that none is already in its place.
"""

from __future__ import annotations

import bisect
import itertools

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import Item
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.picking import LAST_YEAR, Picker
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec

ERA_YEARS = 15.0
ORDER_LOOK = 400  # items looked at to find the others of an ordering
PLACE_STRIP_YEARS = 20


def _disjoint(a: HistDate, b: HistDate) -> bool:
    """The two dates can be told apart at the precision they are known to."""
    return a.end_year <= b.start_year or b.end_year <= a.start_year


def four_years(picker: Picker, item: Item, right: int) -> list[int] | None:
    """Four years in numeric order with the right one at a position drawn evenly from
    those the content allows, spaced so that the right one does not stand out (no gap
    more than twice another); no wrong year is one the item's content mentions (the
    sources may tie it to the event)."""
    mentioned = facts.mentioned_years(item)
    allowed = [
        right + d
        for d in range(-12, 13)
        if d and 1950 <= right + d <= LAST_YEAR and right + d not in mentioned
    ]
    below = [y for y in allowed if y < right][-8:]
    above = [y for y in allowed if y > right][:8]
    by_position: dict[int, list[list[int]]] = {}
    for position in range(4):
        for lower in itertools.combinations(below, position):
            for upper in itertools.combinations(above, 3 - position):
                years = [*lower, right, *upper]
                gaps = [b - a for a, b in itertools.pairwise(years)]
                if max(gaps) <= 2 * min(gaps) and years[-1] - years[0] <= 15:
                    by_position.setdefault(position, []).append(years)
    if not by_position:
        return None
    position = picker.rng.choice(sorted(by_position))
    return picker.rng.choice(by_position[position])


def make_year(picker: Picker, item: Item, event: Event) -> QuestionSpec | None:
    years = four_years(picker, item, event.date.year)
    if years is None:
        return None
    return QuestionSpec(
        type="year",
        item=item.id,
        asked=event,
        choices=[Choice(value=str(y)) for y in years],
        answer=years.index(event.date.year),
        card=picker.card_for("year", event),
    )


def make_place(picker: Picker, item: Item, event: Event) -> QuestionSpec | None:
    date = event.date
    first = date.year - picker.rng.randint(3, PLACE_STRIP_YEARS - 4)
    first = max(1950, min(first, LAST_YEAR - PLACE_STRIP_YEARS + 1, date.year - 2))
    years = list(range(first, first + PLACE_STRIP_YEARS))
    return QuestionSpec(
        type="place",
        item=item.id,
        asked=event,
        choices=[Choice(value=str(y)) for y in years],
        answer=years.index(date.year),
        card=picker.card_for("place", event),
        year=(date.start_year + date.end_year) / 2,
    )


def make_order(
    picker: Picker, item: Item, scope: set[str] | None, avoid: set[str]
) -> QuestionSpec | None:
    anchor = picker.year_events(item)[0]
    pool: list[Event] = []
    # items are in date order: look only at those that began near the anchor, and at
    # no more than a few hundred of them (a large pack stays quick)
    starts = facts.index(picker.pack).starts
    low = bisect.bisect_left(starts, anchor.date.start_year - ERA_YEARS - 10)
    high = bisect.bisect_right(starts, anchor.date.end_year + ERA_YEARS)
    nearby = picker.pack.items[low:high]
    if len(nearby) > ORDER_LOOK:
        nearby = picker.rng.sample(nearby, ORDER_LOOK)
    for other in nearby:
        if (
            other.id == item.id
            or other.id in avoid
            or (scope is not None and other.id not in scope)
        ):
            continue
        events = picker.year_events(other)
        if not events:
            continue
        event = events[0]
        if abs(event.date.start_year - anchor.date.start_year) <= ERA_YEARS:
            pool.append(event)
    want = picker.rng.randint(3, 5)
    picker.rng.shuffle(pool)
    chosen = [anchor]
    for event in pool:
        if len(chosen) == want:
            break
        if all(_disjoint(event.date, c.date) for c in chosen):
            chosen.append(event)
    if len(chosen) < 3:
        return None
    chosen.sort(key=lambda e: e.date.start_year)
    answer = [e.item for e in chosen]
    shown = list(chosen)
    # shown so that no item is already in its place: every point is one the student made
    while any(s.item == a for s, a in zip(shown, answer, strict=True)):
        picker.rng.shuffle(shown)
    return QuestionSpec(
        type="order",
        item=item.id,
        asked=anchor,
        choices=[Choice(id=e.item, event=e) for e in shown],
        answer=answer,
        card="order:" + ",".join(answer),
    )
