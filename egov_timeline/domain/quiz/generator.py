"""Question specs made from the content with a seeded random source. No Qt, no words.

Every rule that makes a question sound is decided here, once, on data:
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

import bisect
import itertools
import random
from collections.abc import Iterable, Sequence

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import (
    Agency,
    Item,
    Law,
    Project,
    administrations_of,
    laws_of,
    stages_of,
)
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.spec import QUESTION_TYPES, Choice, Event, QuestionSpec, Statement

ERA_YEARS = 15.0
ORDER_LOOK = 400  # items looked at to find the others of an ordering
PLACE_STRIP_YEARS = 20
LAST_YEAR = 2026


def _disjoint(a: HistDate, b: HistDate) -> bool:
    """The two dates can be told apart at the precision they are known to."""
    return a.end_year <= b.start_year or b.end_year <= a.start_year


class SpecGenerator:
    """Makes question specs from a pack. The same pack and seed give the same specs."""

    def __init__(self, pack: Pack, seed: int | None = None) -> None:
        self.pack = pack
        self.rng = random.Random(seed)
        self.shared = facts.shared_names(pack)

    # ---- what may be asked -----------------------------------------------------------
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
            return self._administration_event(item) is not None
        if kind == "stage":
            return item.kind in ("project", "law", "agency") and (
                facts.only_stage(self.pack, item) is not None
            )
        if kind == "acronym":
            return facts.acronym_ok(item)
        if kind == "agency":
            return self._became(item) is not None
        if kind == "law":
            return self._basis_law(item) is not None or bool(self._enabled_by(item))
        if kind == "member":
            return self._parent(item) is not None
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
        if kind in ("year", "place", "true_false"):
            events = self.year_events(item)
            if card is not None and kind != "true_false":
                events = [e for e in events if self._card(kind, e) == card]
            if not events:
                return None
            event = events[0] if len(events) == 1 or self.rng.random() < 0.7 else events[1]
            return getattr(self, f"_make_{kind}")(item, event)
        if kind == "order":
            return self._make_order(item, scope, avoid)
        spec = getattr(self, f"_make_{kind}")(item)
        if spec is None or (card is not None and spec.card != card):
            return None
        if kind in ("administration", "stage") and spec.target in self._given_by_scope(scope):
            return None
        return spec

    @staticmethod
    def _card(kind: str, event: Event) -> str:
        key = facts.card_key(event)
        return key if kind == "year" else key.replace("year", kind, 1)

    # ---- choosing choices -----------------------------------------------------------------
    def _years(self, item: Item, right: int) -> list[int] | None:
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
        position = self.rng.choice(sorted(by_position))
        return self.rng.choice(by_position[position])

    def _shuffled(
        self, right: Choice, others: list[Choice], k: int = 3
    ) -> tuple[list[Choice], int] | None:
        if len(others) < k:
            return None
        choices = [right, *self.rng.sample(others, k)]
        self.rng.shuffle(choices)
        return choices, choices.index(right)

    def _in_time_order(self, right: Item, others: Sequence[Item]) -> tuple[list[Item], int] | None:
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

    def _distinct_names(self, right_names: set[str | None], items: Sequence[Item]) -> list[Item]:
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

    # ---- year, place, true or false --------------------------------------------------------
    def _make_year(self, item: Item, event: Event) -> QuestionSpec | None:
        years = self._years(item, event.date.year)
        if years is None:
            return None
        return QuestionSpec(
            type="year",
            item=item.id,
            asked=event,
            choices=[Choice(value=str(y)) for y in years],
            answer=years.index(event.date.year),
            card=self._card("year", event),
        )

    def _make_place(self, item: Item, event: Event) -> QuestionSpec | None:
        date = event.date
        first = date.year - self.rng.randint(3, PLACE_STRIP_YEARS - 4)
        first = max(1950, min(first, LAST_YEAR - PLACE_STRIP_YEARS + 1, date.year - 2))
        years = list(range(first, first + PLACE_STRIP_YEARS))
        return QuestionSpec(
            type="place",
            item=item.id,
            asked=event,
            choices=[Choice(value=str(y)) for y in years],
            answer=years.index(date.year),
            card=self._card("place", event),
            year=(date.start_year + date.end_year) / 2,
        )

    def _make_true_false(self, item: Item, event: Event) -> QuestionSpec | None:
        truth = self.rng.random() < 0.5
        about = "year"
        president = facts.president_at(self.pack, event.date)
        if (
            president is not None
            and self._administration_event(item) is event
            and self.rng.random() < 0.4
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
                stated_year = self.rng.choice(options)
            stated = str(stated_year)
        else:
            assert president is not None
            if truth:
                stated = president.id
            else:
                others = self._other_presidents(item, president, event.date)
                if not others:
                    return None
                stated = self.rng.choice(others).id
        return QuestionSpec(
            type="true_false",
            item=item.id,
            asked=event,
            choices=[Choice(value="true"), Choice(value="false")],
            answer=0 if truth else 1,
            card=self._card("true_false", event),
            target=stated if about == "administration" else None,
            statement=Statement(
                item=item.id, event=event.event, stated=stated, about=about, true=truth
            ),
        )

    # ---- administration --------------------------------------------------------------------
    def _administration_event(self, item: Item) -> Event | None:
        """The item's event that happened under one president, who the item's content
        also links it to."""
        if item.kind not in ("project", "law", "agency"):
            return None
        listed = administrations_of(item)
        if not listed or not facts.settled(item, "administrations"):
            return None
        for event in self.year_events(item):
            president = facts.president_at(self.pack, event.date)
            if president is not None and president.id in listed and not event.at_end:
                return event
        return None

    def _other_presidents(self, item: Item, right: Item, date: HistDate) -> list[Item]:
        """Presidents certainly not in office at the date and not linked to the item, from
        the same era (took office at most 20 years before it or 12 years after)."""
        listed = set(administrations_of(item))
        out: list[Item] = []
        for p in facts.presidents(self.pack):
            first, last = facts.term(p)
            if p.id == right.id or p.id in listed:
                continue
            if first < date.end_year and last > date.start_year:
                continue
            if not (date.start_year - 20 <= first <= date.end_year + 12):
                continue
            out.append(p)
        return out

    def _make_administration(self, item: Item) -> QuestionSpec | None:
        event = self._administration_event(item)
        if event is None:
            return None
        right = facts.president_at(self.pack, event.date)
        assert right is not None
        ordered = self._in_time_order(right, self._other_presidents(item, right, event.date))
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

    # ---- stage ------------------------------------------------------------------------------
    def _make_stage(self, item: Item) -> QuestionSpec | None:
        right = facts.only_stage(self.pack, item)
        if right is None:
            return None
        others = [s for s in facts.stages(self.pack) if s.id != right.id]
        ordered = self._in_time_order(right, others)
        if ordered is None:
            return None
        chosen, answer = ordered
        return QuestionSpec(
            type="stage",
            item=item.id,
            asked=facts.start_event(self.pack, item),
            choices=[Choice(id=s.id) for s in chosen],
            answer=answer,
            card=f"stage:{item.id}",
            target=right.id,
        )

    # ---- order ------------------------------------------------------------------------------
    def _make_order(
        self, item: Item, scope: set[str] | None, avoid: set[str]
    ) -> QuestionSpec | None:
        anchor = self.year_events(item)[0]
        pool: list[Event] = []
        # items are in date order: look only at those that began near the anchor, and at
        # no more than a few hundred of them (a large pack stays quick)
        starts = facts.index(self.pack).starts
        low = bisect.bisect_left(starts, anchor.date.start_year - ERA_YEARS - 10)
        high = bisect.bisect_right(starts, anchor.date.end_year + ERA_YEARS)
        nearby = self.pack.items[low:high]
        if len(nearby) > ORDER_LOOK:
            nearby = self.rng.sample(nearby, ORDER_LOOK)
        for other in nearby:
            if (
                other.id == item.id
                or other.id in avoid
                or (scope is not None and other.id not in scope)
            ):
                continue
            events = self.year_events(other)
            if not events:
                continue
            event = events[0]
            if abs(event.date.start_year - anchor.date.start_year) <= ERA_YEARS:
                pool.append(event)
        want = self.rng.randint(3, 5)
        self.rng.shuffle(pool)
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
            self.rng.shuffle(shown)
        return QuestionSpec(
            type="order",
            item=item.id,
            asked=anchor,
            choices=[Choice(id=e.item, event=e) for e in shown],
            answer=answer,
            card="order:" + ",".join(answer),
        )

    # ---- acronym ----------------------------------------------------------------------------
    def _make_acronym(self, item: Item) -> QuestionSpec | None:
        acronym = (item.acronym or "").strip()
        initial = acronym[0].lower()
        expand = self.rng.random() < 0.5
        if expand:
            # look-alike expansions: names of the same shape (the same first word: Ministry
            # of ..., National ...), or whose words start with two of the acronym's letters
            first_word = item.name.split()[0].lower()
            others = [
                o
                for o in self.pack.items
                if o.id != item.id
                and o.kind in ("project", "agency", "law")
                and "existence" not in o.uncertain
                and o.name[:1].lower() == initial
                and (
                    o.name.split()[0].lower() == first_word
                    or facts.shared_initials(acronym, o.name) >= 2
                )
            ]
        else:
            # look-alike acronyms: real acronyms with the same first letter
            others = [
                o
                for o in self.pack.items
                if o.id != item.id
                and facts.acronym_ok(o)
                and (o.acronym or "")[:1].lower() == initial
                and o.acronym != acronym
            ]
        # never a name the content gives as another name of the answer, or the reverse
        others = [o for o in others if item.name not in o.aliases and o.name not in item.aliases]
        others = self._distinct_names({item.name, item.name_ko}, others)
        if not expand:
            seen = {acronym}
            unique = []
            for o in others:
                if o.acronym not in seen:
                    seen.add(o.acronym or "")
                    unique.append(o)
            others = unique
        picked = self._shuffled(Choice(id=item.id), [Choice(id=o.id) for o in others])
        if picked is None:
            return None
        choices, answer = picked
        return QuestionSpec(
            type="acronym",
            item=item.id,
            asked=None,
            choices=choices,
            answer=answer,
            card=f"acronym:{item.id}",
            direction="expand" if expand else "abbreviate",
        )

    # ---- agency: what a body became ---------------------------------------------------------
    def _became(self, item: Item) -> Event | None:
        if not isinstance(item, Agency):
            return None
        end = facts.end_event(self.pack, item)
        if end is None or end.event not in ("renamed", "merged"):
            return None
        return end

    def _make_agency(self, item: Item) -> QuestionSpec | None:
        event = self._became(item)
        if event is None:
            return None
        body = set(facts.chain(self.pack, item.id))
        if event.after:
            right = Choice(id=event.after)
            target = self.pack.by_id[event.after]
            right_names = {target.name, target.name_ko}
        else:
            right = Choice(name=event.after_name, name_ko=event.after_name_ko)
            right_names = {event.after_name, event.after_name_ko}
        body_now = self.pack.by_id[event.after] if event.after else item
        kind = body_now.agency_type if isinstance(body_now, Agency) else "agency"
        choices_pool = self._body_names(body, right_names, kind, event.date)
        picked = self._shuffled(right, choices_pool) if len(choices_pool) >= 3 else None
        if picked is None:
            return None
        choices, answer = picked
        return QuestionSpec(
            type="agency",
            item=item.id,
            asked=event,
            choices=choices,
            answer=answer,
            card=f"agency:{item.id}",
            target=event.after,
            chain=self._history(item.id),
        )

    def _body_names(
        self, body: set[str], right_names: set[str | None], kind: str, when: HistDate
    ) -> list[Choice]:
        """Three names a body of this kind could have become: bodies of the same kind
        first (a ministry is renamed a ministry), then others, but never a committee for a
        ministry or agency nor the other way round; none of the body's own chain; none
        that first appeared after the event; the nearest in time first. Names a body ended
        with that have no item of their own count too (a new name may reuse an old one, so
        the bodies need not exist any more)."""
        committee = kind == "committee"
        same: list[tuple[float, float, Choice]] = []
        near: list[tuple[float, float, Choice]] = []
        seen = {n for n in right_names if n}
        for other in self.pack.of_kind("agency"):
            if not isinstance(other, Agency) or other.id in body or not self.askable(other):
                continue
            if (other.agency_type == "committee") != committee:
                continue
            names = [(Choice(id=other.id), {other.name, other.name_ko}, other.start)]
            end = facts.end_event(self.pack, other)
            if end is not None and end.after is None and end.after_name:
                names.append(
                    (
                        Choice(name=end.after_name, name_ko=end.after_name_ko),
                        {end.after_name, end.after_name_ko},
                        end.date,
                    )
                )
            for choice, choice_names, date in names:
                clean = {n for n in choice_names if n}
                if clean & seen or date.start_year >= when.end_year:
                    continue  # no name that first appeared after the event
                seen |= clean
                distance = abs(date.start_year - when.start_year)
                entry = (distance, self.rng.random(), choice)
                (same if other.agency_type == kind else near).append(entry)
        ranked = [c for _d, _r, c in sorted(same, key=lambda e: e[:2])]
        ranked += [c for _d, _r, c in sorted(near, key=lambda e: e[:2])]
        return ranked[:3]

    def _history(self, item_id: str) -> list[Event]:
        """The body's history through all its names, for the explanation."""
        out: list[Event] = []
        for body in facts.chain(self.pack, item_id):
            item = self.pack.by_id[body]
            begin = facts.start_event(self.pack, item)
            if begin is not None:
                out.append(begin)
            end = facts.end_event(self.pack, item)
            if end is not None and end.after is None:
                out.append(end)
        return out

    # ---- law: legal basis --------------------------------------------------------------------
    def _laws_of(self, item: Item) -> set[str]:
        return set(laws_of(item)) | facts.index(self.pack).enabled_by.get(item.id, set())

    def _basis_law(self, item: Item) -> Law | None:
        laws = self._laws_of(item)
        if len(laws) != 1 or not facts.settled(item, "laws"):
            return None
        law = self.pack.by_id[next(iter(laws))]
        return law if isinstance(law, Law) and self.askable(law) else None

    def _enabled_by(self, item: Item) -> list[str]:
        if not isinstance(item, Law):
            return []
        return [
            i for i in item.enabled if i in self.pack.by_id and self.askable(self.pack.by_id[i])
        ]

    def _unlinked(self, item: Item) -> set[str]:
        """Every item linked to this one in any way, itself included."""
        return {item.id, *self.pack.related_ids(item.id)}

    def _make_law(self, item: Item) -> QuestionSpec | None:
        basis = self._basis_law(item)
        enabled = self._enabled_by(item)
        if basis is not None and (not enabled or self.rng.random() < 0.5):
            # "Which law gave X its legal basis?": laws that existed by then, not linked to X
            linked = self._unlinked(item) | self._unlinked(basis)
            others = [
                law
                for law in self.pack.of_kind("law")
                if law.id not in linked
                and self.askable(law)
                and facts.settled(law, "start")
                and law.start.end_year <= item.start.start_year
            ]
            others = self._distinct_names({basis.name, basis.name_ko}, others)
            picked = self._shuffled(Choice(id=basis.id), [Choice(id=o.id) for o in others])
            if picked is None:
                return None
            choices, answer = picked
            return QuestionSpec(
                type="law",
                item=item.id,
                asked=facts.start_event(self.pack, item),
                choices=choices,
                answer=answer,
                card=f"law:{item.id}",
                target=basis.id,
                direction="basis",
            )
        if not enabled:
            return None
        # "Which of these did LAW give a legal basis?": one it did, and bodies or projects
        # that had begun before it was enacted (so certainly not by it)
        right = self.pack.by_id[self.rng.choice(enabled)]
        linked = self._unlinked(item)
        kinds = {self.pack.by_id[i].kind for i in enabled}
        others = [
            o
            for o in self.pack.items
            if o.kind in kinds
            and o.id not in linked
            and self.askable(o)
            and facts.settled(o, "start")
            and o.start.end_year <= item.start.start_year
            and facts.extent(o)[1] > item.start.start_year - 25
        ]
        others = self._distinct_names({right.name, right.name_ko}, others)
        picked = self._shuffled(Choice(id=right.id), [Choice(id=o.id) for o in others])
        if picked is None:
            return None
        choices, answer = picked
        return QuestionSpec(
            type="law",
            item=item.id,
            asked=facts.start_event(self.pack, item),
            choices=choices,
            answer=answer,
            card=f"law:{item.id}",
            target=right.id,
            direction="enabled",
        )

    # ---- member: part of a programme -----------------------------------------------------------
    def _parent(self, item: Item) -> Project | None:
        if not isinstance(item, Project) or not item.part_of or not facts.settled(item, "part_of"):
            return None
        parent = self.pack.by_id.get(item.part_of)
        return parent if isinstance(parent, Project) and self.askable(parent) else None

    def _make_member(self, item: Item) -> QuestionSpec | None:
        parent = self._parent(item)
        if parent is None:
            return None
        linked = self._unlinked(parent)
        members = {
            p.id
            for p in self.pack.of_kind("project")
            if isinstance(p, Project) and p.part_of == parent.id
        }
        others = [
            p
            for p in self.pack.of_kind("project")
            if p.id not in linked
            and p.id not in members
            and self.askable(p)
            and isinstance(p, Project)
            and p.part_of is None
            and abs(p.start.start_year - item.start.start_year) <= 6
        ]
        distinct = self._distinct_names({item.name, item.name_ko}, others)
        picked = self._shuffled(Choice(id=item.id), [Choice(id=o.id) for o in distinct])
        if picked is None:
            return None
        choices, answer = picked
        return QuestionSpec(
            type="member",
            item=item.id,
            asked=None,
            choices=choices,
            answer=answer,
            card=f"member:{item.id}",
            target=parent.id,
        )
