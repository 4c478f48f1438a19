"""Questions about which president and which stage: under whom an event happened, and in
which stage of the e-government an item belongs. No Qt.

Asked only when one answer is defensible: one president held office for the whole of the
event's date and the content links the item to them; one stage holds the item. The other
choices come from the same era, before and after the right one.
"""

from __future__ import annotations

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import Item, administrations_of
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.picking import Picker
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec


def administration_event(picker: Picker, item: Item) -> Event | None:
    """The item's event that happened under one president, who the item's content
    also links it to."""
    if item.kind not in ("project", "law", "agency"):
        return None
    listed = administrations_of(item)
    if not listed or not facts.settled(item, "administrations"):
        return None
    for event in picker.year_events(item):
        president = facts.president_at(picker.pack, event.date)
        if president is not None and president.id in listed and not event.at_end:
            return event
    return None


def other_presidents(picker: Picker, item: Item, right: Item, date: HistDate) -> list[Item]:
    """Presidents certainly not in office at the date and not linked to the item, from
    the same era (took office at most 20 years before it or 12 years after)."""
    listed = set(administrations_of(item))
    out: list[Item] = []
    for p in facts.presidents(picker.pack):
        first, last = facts.term(p)
        if p.id == right.id or p.id in listed:
            continue
        if first < date.end_year and last > date.start_year:
            continue
        if not (date.start_year - 20 <= first <= date.end_year + 12):
            continue
        out.append(p)
    return out


def make_administration(picker: Picker, item: Item) -> QuestionSpec | None:
    event = administration_event(picker, item)
    if event is None:
        return None
    right = facts.president_at(picker.pack, event.date)
    assert right is not None
    ordered = picker.in_time_order(right, other_presidents(picker, item, right, event.date))
    if ordered is None:
        return None
    chosen, answer = ordered
    return QuestionSpec(
        type="administration",
        item=item.id,
        asked=event,
        choices=[Choice(id=p.id) for p in chosen],
        answer=answer,
        card=f"administration:{item.id}",
        target=right.id,
    )


def make_stage(picker: Picker, item: Item) -> QuestionSpec | None:
    right = facts.only_stage(picker.pack, item)
    if right is None:
        return None
    others = [s for s in facts.stages(picker.pack) if s.id != right.id]
    ordered = picker.in_time_order(right, others)
    if ordered is None:
        return None
    chosen, answer = ordered
    return QuestionSpec(
        type="stage",
        item=item.id,
        asked=facts.start_event(picker.pack, item),
        choices=[Choice(id=s.id) for s in chosen],
        answer=answer,
        card=f"stage:{item.id}",
        target=right.id,
    )
