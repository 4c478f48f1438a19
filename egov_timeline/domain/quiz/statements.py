"""True-or-false statements: the year of an event, or the president it happened under,
stated rightly or wrongly (about equally often). No Qt.

A wrong year is near the right one and not one the item's content mentions; a wrong
president was certainly not in office at the date.
"""

from __future__ import annotations

from egov_timeline.domain.model import Item
from egov_timeline.domain.quiz import facts, periods
from egov_timeline.domain.quiz.picking import LAST_YEAR, Picker
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec, Statement


def make_true_false(picker: Picker, item: Item, event: Event) -> QuestionSpec | None:
    truth = picker.rng.random() < 0.5
    about = "year"
    president = facts.president_at(picker.pack, event.date)
    if (
        president is not None
        and periods.administration_event(picker, item) is event
        and picker.rng.random() < 0.4
    ):
        about = "administration"
    if about == "year":
        stated_year = event.date.year
        if not truth:
            mentioned = facts.mentioned_years(item)
            options = [
                event.date.year + d
                for d in (-4, -3, -2, -1, 1, 2, 3, 4)
                if event.date.year + d not in mentioned and event.date.year + d <= LAST_YEAR
            ]
            if not options:
                return None
            stated_year = picker.rng.choice(options)
        stated = str(stated_year)
    else:
        assert president is not None
        if truth:
            stated = president.id
        else:
            others = periods.other_presidents(picker, item, president, event.date)
            if not others:
                return None
            stated = picker.rng.choice(others).id
    return QuestionSpec(
        type="true_false",
        item=item.id,
        asked=event,
        choices=[Choice(value="true"), Choice(value="false")],
        answer=0 if truth else 1,
        card=picker.card_for("true_false", event),
        target=stated if about == "administration" else None,
        statement=Statement(
            item=item.id, event=event.event, stated=stated, about=about, true=truth
        ),
    )
