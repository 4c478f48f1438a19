"""Question specs made from the content with a seeded random source. No Qt, no words.

Every rule that makes a question sound is decided on data, once, in the module of its
family of questions (`dates`: year, place, order; `periods`: which president, which stage;
`statements`: true or false; `acronyms`; `relations`: what a body became, legal basis,
part of a programme), with the machinery they share in `picking`. This module decides which
items may be asked about in a scope and mixes the families into a quiz or worksheet:
- one defensible answer: only settled events are asked; a renaming is asked as a
  renaming and a re-establishment as one; no year the item's content mentions is ever a
  wrong choice; "under which president" only when one president held office for the whole
  of the event's date; "which stage" only when one stage holds the item;
- no giveaways: the right answer's position varies; acronyms offer look-alike expansions;
  no year in a prompt that asks for a year; distractors existed at the date asked about;
  the scope never makes the answer trivial;
- one item at most once per quiz or worksheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from egov_timeline.domain.model import (
    Agency,
    Item,
    Law,
    Project,
    administrations_of,
    laws_of,
    stages_of,
)
from egov_timeline.domain.quiz import acronyms, dates, facts, periods, relations, statements
from egov_timeline.domain.quiz.picking import Picker
from egov_timeline.domain.quiz.spec import QUESTION_TYPES, Event, QuestionSpec

# What makes a spec of each type: from an item and one of its dated events, or from an item
# (an ordering, from an item and the others of its era, is made by `dates.make_order`).
FROM_EVENT: dict[str, Callable[[Picker, Item, Event], QuestionSpec | None]] = {
    "year": dates.make_year,
    "place": dates.make_place,
    "true_false": statements.make_true_false,
}
FROM_ITEM: dict[str, Callable[[Picker, Item], QuestionSpec | None]] = {
    "administration": periods.make_administration,
    "stage": periods.make_stage,
    "acronym": acronyms.make_acronym,
    "agency": relations.make_agency,
    "law": relations.make_law,
    "member": relations.make_member,
}


class SpecGenerator(Picker):
    """Makes question specs from a pack. The same pack and seed give the same specs."""

    # ---- what may be asked -----------------------------------------------------------
    def candidates(
        self, types: Iterable[str] = QUESTION_TYPES, scope: set[str] | None = None
    ) -> list[tuple[str, str]]:
        """(type, item id) pairs a question can be made for, in a stable order."""
        types = list(types)
        trivial = self._trivial_types(scope)
        pairs: list[tuple[str, str]] = []
        for kind in types:
            if kind in trivial:
                continue
            for item in self.pack.items:
                if scope is not None and item.id not in scope:
                    continue
                if self._can_ask(kind, item):
                    pairs.append((kind, item.id))
        return pairs

    def _trivial_types(self, scope: set[str] | None) -> set[str]:
        """Types whose answer the scope itself gives away (which stage, inside one stage)."""
        if scope is None:
            return set()
        items = [self.pack.by_id[i] for i in scope if i in self.pack.by_id]
        stages = {s.id for i in items if (s := facts.only_stage(self.pack, i)) is not None}
        holders = {
            p.id
            for i in items
            for e in facts.dated_events(self.pack, i)
            if (p := facts.president_at(self.pack, e.date)) is not None
        }
        trivial = set()
        if len(stages) <= 1:
            trivial.add("stage")
        if len(holders) <= 1:
            trivial.add("administration")
        return trivial

    def _given_by_scope(self, scope: set[str] | None) -> set[str]:
        """Answers the scope gives away: the president or stage every item in it is
        linked to ("under Kim Dae-jung" makes "under which president?" trivial there)."""
        if scope is None:
            return set()
        common: set[str] | None = None
        for item_id in scope:
            item = self.pack.by_id.get(item_id)
            if item is None:
                continue
            linked = set(administrations_of(item)) | set(stages_of(item))
            linked |= {item.id} if item.kind in ("administration", "stage") else set()
            linked |= {link.target for link in self.pack.links(item.id) if link.field == "overlaps"}
            common = linked if common is None else common & linked
        return common or set()

    def _may_fit(self, kind: str, item: Item) -> bool:
        """A quick test that leaves out items that certainly do not fit the type."""
        if kind == "agency":
            return isinstance(item, Agency) and item.end is not None
        if kind == "member":
            return isinstance(item, Project) and item.part_of is not None
        if kind == "law":
            return bool(
                laws_of(item)
                or (isinstance(item, Law) and item.enabled)
                or item.id in facts.index(self.pack).enabled_by
            )
        if kind == "acronym":
            return bool(item.acronym)
        if kind == "administration":
            return bool(administrations_of(item))
        if kind == "stage":
            return len(stages_of(item)) == 1
        return item.kind != "stage"

    def _can_ask(self, kind: str, item: Item) -> bool:
        if not self.askable(item):
            return False
        if kind in ("year", "place", "true_false", "order"):
            return bool(self.year_events(item))
        if kind == "administration":
            return periods.administration_event(self, item) is not None
        if kind == "stage":
            return item.kind in ("project", "law", "agency") and (
                facts.only_stage(self.pack, item) is not None
            )
        if kind == "acronym":
            return facts.acronym_ok(item)
        if kind == "agency":
            return relations.became(self, item) is not None
        if kind == "law":
            return relations.basis_law(self, item) is not None or bool(
                relations.enabled_by(self, item)
            )
        if kind == "member":
            return relations.parent_of(self, item) is not None
        return False

    # ---- a quiz or worksheet -------------------------------------------------------------
    def generate(
        self,
        count: int,
        types: Iterable[str] = QUESTION_TYPES,
        scope: set[str] | None = None,
    ) -> list[QuestionSpec]:
        """Up to `count` specs mixing the types, each item asked about at most once."""
        types = [t for t in types if t in QUESTION_TYPES]
        trivial = self._trivial_types(scope)
        types = [t for t in types if t not in trivial]
        items = [i for i in self.pack.items if scope is None or i.id in scope]
        # each type walks the items that could fit it (a cheap test), in its own random
        # order; whether one can really be asked is checked only when it comes up, so a
        # set from a large pack costs little
        by_type: dict[str, list[tuple[str, str]]] = {}
        for kind in types:
            order = [(kind, i.id) for i in items if self._may_fit(kind, i)]
            self.rng.shuffle(order)
            by_type[kind] = order
        specs: list[QuestionSpec] = []
        used: set[str] = set()
        while len(specs) < count:
            kinds = [t for t in types if by_type[t]]
            if not kinds:
                break
            self.rng.shuffle(kinds)
            for kind in kinds:
                if len(specs) >= count:
                    break
                pairs = by_type[kind]
                while pairs:
                    _kind, item_id = pairs.pop()
                    if item_id in used:
                        continue
                    spec = self.make(kind, item_id, scope, avoid=used)
                    if spec is not None and not set(spec.item_ids) & used:
                        specs.append(spec)
                        used.update(spec.item_ids)
                        break
        return specs

    def make(
        self,
        kind: str,
        item_id: str,
        scope: set[str] | None = None,
        *,
        card: str | None = None,
        avoid: set[str] | None = None,
    ) -> QuestionSpec | None:
        """A spec of this type about this item (for study: the one that practises `card`)."""
        item = self.pack.by_id.get(item_id)
        if item is None or kind not in QUESTION_TYPES or not self._can_ask(kind, item):
            return None
        avoid = avoid or set()
        if kind in FROM_EVENT:
            events = self.year_events(item)
            if card is not None and kind != "true_false":
                events = [e for e in events if self.card_for(kind, e) == card]
            if not events:
                return None
            event = events[0] if len(events) == 1 or self.rng.random() < 0.7 else events[1]
            return FROM_EVENT[kind](self, item, event)
        if kind == "order":
            return dates.make_order(self, item, scope, avoid)
        spec = FROM_ITEM[kind](self, item)
        if spec is None or (card is not None and spec.card != card):
            return None
        if kind in ("administration", "stage") and spec.target in self._given_by_scope(scope):
            return None
        return spec
