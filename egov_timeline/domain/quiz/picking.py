"""What every family of question shares: what may be asked, and drawing the choices. No Qt.

`Picker` holds the pack and the seeded random source; each family (`dates`, `periods`,
`statements`, `acronyms`, `relations`) makes its specs with one, and `generator` mixes them
into quizzes. Every draw goes through `Picker.rng`, so the same pack and seed give the same
questions.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from egov_timeline.domain.model import Item
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec

LAST_YEAR = 2026  # no year after it is a choice or a statement


class Picker:
    """The pack, the random source, and what decides whether and how an item is asked."""

    def __init__(self, pack: Pack, seed: int | None = None) -> None:
        self.pack = pack
        self.rng = random.Random(seed)
        self.shared = facts.shared_names(pack)
        # a "tell them apart" drill: the items each item is mixed up with, put among its
        # choices first (empty otherwise: the same seed still gives the same questions)
        self.partners: dict[str, frozenset[str]] = {}

    def named_clearly(self, item: Item) -> bool:
        """The item's names tell it apart from every other body, or its acronym does."""
        names = {item.name, item.name_ko}
        return not (names & self.shared) or facts.acronym_ok(item)

    def askable(self, item: Item) -> bool:
        return "existence" not in item.uncertain and self.named_clearly(item)

    def year_events(self, item: Item) -> list[Event]:
        if not self.askable(item) or facts.names_a_year(item) or item.kind == "stage":
            return []
        return facts.dated_events(self.pack, item)

    @staticmethod
    def card_for(kind: str, event: Event) -> str:
        key = facts.card_key(event)
        return key if kind == "year" else key.replace("year", kind, 1)

    def shuffled(
        self, right: Choice, others: list[Choice], k: int = 3
    ) -> tuple[list[Choice], int] | None:
        if len(others) < k:
            return None
        near = self.partners.get(right.id or "", frozenset())
        if near:
            first = [o for o in others if o.id in near]
            rest = [o for o in others if o.id not in near]
            taken = self.rng.sample(first, min(k, len(first)))
            choices = [right, *taken, *self.rng.sample(rest, k - len(taken))]
        else:
            choices = [right, *self.rng.sample(others, k)]
        self.rng.shuffle(choices)
        return choices, choices.index(right)

    def four_choices(
        self,
        type: str,
        item: Item,
        right: Choice,
        others: list[Choice],
        asked: Event | None = None,
        **fields: object,
    ) -> QuestionSpec | None:
        """A question on `item` whose choices are `right` and three of `others`, shuffled, and
        whose card is "TYPE:ITEM"; None when there are not three others."""
        picked = self.shuffled(right, others)
        if picked is None:
            return None
        choices, answer = picked
        return QuestionSpec(
            type=type,
            item=item.id,
            asked=asked,
            choices=choices,
            answer=answer,
            card=f"{type}:{item.id}",
            **fields,  # type: ignore[arg-type]
        )

    def in_time_order(self, right: Item, others: Sequence[Item]) -> tuple[list[Item], int] | None:
        """Four items of one era: the right one with others drawn evenly from those before
        and after it, so that the choices are neither all older nor all newer."""
        key = right.start.start_year
        earlier = [o for o in others if o.start.start_year < key]
        later = [o for o in others if o.start.start_year > key]
        feasible = [p for p in range(4) if len(earlier) >= p and len(later) >= 3 - p]
        if not feasible:
            return None
        position = self.rng.choice(feasible)
        chosen = [*self.rng.sample(earlier, position), right, *self.rng.sample(later, 3 - position)]
        # shown in random order: in time order, the content decides where the answer
        # stands (a first-stage item can only be first), and the top choice would be right
        # a third of the time
        self.rng.shuffle(chosen)
        return chosen, chosen.index(right)

    def distinct_names(self, right_names: set[str | None], items: Sequence[Item]) -> list[Item]:
        """Items whose names (in either language) differ from the right answer's and from
        each other's, so that no two choices read alike in any language."""
        seen = {n for n in right_names if n}
        out: list[Item] = []
        for item in items:
            names = {n for n in (item.name, item.name_ko) if n}
            if names & seen:
                continue
            seen |= names
            out.append(item)
        return out

    def unlinked(self, item: Item) -> set[str]:
        """Every item linked to this one in any way, itself included."""
        return {item.id, *self.pack.related_ids(item.id)}
