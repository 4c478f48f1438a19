"""What a question asks, decided once on data: no words of any language. No Qt.

The generator makes a `QuestionSpec`; `wording_en` and `wording_ko` each turn one into a
prompt, choices and an explanation. Everything that decides whether a question is right
(which item, which event, which choices, which answer) lives here.
"""

from __future__ import annotations

import msgspec

from egov_timeline.domain.dates import HistDate

QUESTION_TYPES: tuple[str, ...] = (
    "year",
    "administration",
    "stage",
    "order",
    "place",
    "acronym",
    "true_false",
    "agency",
    "law",
    "member",
)
# Types that practise one fact of one item: these become spaced-repetition cards.
CARD_TYPES: tuple[str, ...] = (
    "year",
    "administration",
    "stage",
    "acronym",
    "agency",
    "place",
    "law",
    "member",
)

# The events a question may ask about. Agencies: how a body began, changed and ended;
# laws: enacted and in force; projects: planned (drawn up or adopted), launched, first
# service; presidents: took office; stages: began.
EVENTS: tuple[str, ...] = (
    "founded",
    "re-established",
    "renamed",
    "merged",
    "abolished",
    "enacted",
    "in force",
    "planned",
    "launched",
    "first service",
    "took office",
    "left office",
    "began",
    "ended",
)


class Event(msgspec.Struct, frozen=True, kw_only=True):
    """One dated thing that happened to an item.

    `at_end`: the event ended the item (a renaming or merger into a later body, an
    abolition); otherwise it is how the item began. `before` and `after` name the body
    before and after a renaming or merger: an item id, or a name with no item of its own
    (`after_name`, `after_name_ko`)."""

    item: str
    event: str
    date: HistDate
    at_end: bool = False
    acting: bool = False
    before: str | None = None
    after: str | None = None
    after_name: str | None = None
    after_name_ko: str | None = None


class Choice(msgspec.Struct, frozen=True, kw_only=True):
    """One choice: an item (`id`), a value (a year, an acronym, true or false), or a
    name that has no item of its own. `event` words an ordering choice ("enacted")."""

    id: str | None = None
    value: str | None = None
    name: str | None = None
    name_ko: str | None = None
    event: Event | None = None


class Statement(msgspec.Struct, frozen=True, kw_only=True):
    """What a true-or-false question states: the item's event happened in `stated`
    (a year) or under `stated` (a president's id)."""

    item: str
    event: str
    stated: str
    about: str  # "year" or "administration"
    true: bool


class QuestionSpec(msgspec.Struct, kw_only=True):
    type: str
    item: str  # the item the question is about
    asked: Event | None  # the event asked about, if the question is about one
    choices: list[Choice]
    answer: int | list[str]  # index of the right choice; for "order", the ids in order
    card: str  # the fact practised, e.g. "year:e-government-act"
    target: str | None = None  # the item the right answer names (president, stage, law...)
    statement: Statement | None = None
    direction: str = ""  # "acronym": "expand" or "abbreviate"; "law": "basis" or "enabled"
    chain: list[Event] = []  # "agency": the body's history, for the explanation
    year: float | None = None  # "place": where the item really is
    tolerance: float = 0.0  # "place": years off that still count as fully right

    @property
    def right_choice(self) -> int:
        """The index of the right choice: every type but "order"."""
        if isinstance(self.answer, list):
            raise TypeError("an ordering question has no one right choice")
        return self.answer

    @property
    def right_order(self) -> list[str]:
        """The ids in the right order: "order" only."""
        if not isinstance(self.answer, list):
            raise TypeError("only an ordering question has an order")
        return list(self.answer)

    @property
    def item_ids(self) -> list[str]:
        """The items this question is about: asked, answered and ordered."""
        if self.type == "order":
            return self.right_order
        ids = [self.item]
        if self.target and self.target not in ids:
            ids.append(self.target)
        return ids
