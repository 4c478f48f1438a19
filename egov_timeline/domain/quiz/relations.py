"""Questions about how items are linked: what a body became (renamed or merged), the law
that gave an item its legal basis (or what a law gave one), and the programme a project
was part of. No Qt.

Asked only when the content settles the link; no wrong choice is linked to the item in any
way, and none existed only after the date asked about.
"""

from __future__ import annotations

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import Agency, Item, Law, Project, laws_of
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.picking import Picker
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec


# ---- agency: what a body became ----------------------------------------------------------
def became(picker: Picker, item: Item) -> Event | None:
    if not isinstance(item, Agency):
        return None
    end = facts.end_event(picker.pack, item)
    if end is None or end.event not in ("renamed", "merged"):
        return None
    return end


def make_agency(picker: Picker, item: Item) -> QuestionSpec | None:
    event = became(picker, item)
    if event is None:
        return None
    body = set(facts.chain(picker.pack, item.id))
    if event.after:
        right = Choice(id=event.after)
        target = picker.pack.by_id[event.after]
        right_names = {target.name, target.name_ko}
    else:
        right = Choice(name=event.after_name, name_ko=event.after_name_ko)
        right_names = {event.after_name, event.after_name_ko}
    body_now = picker.pack.by_id[event.after] if event.after else item
    kind = body_now.agency_type if isinstance(body_now, Agency) else "agency"
    choices_pool = body_names(picker, body, right_names, kind, event.date)
    return picker.four_choices(
        "agency",
        item,
        right,
        choices_pool,
        asked=event,
        target=event.after,
        chain=body_history(picker, item.id),
    )


def body_names(
    picker: Picker, body: set[str], right_names: set[str | None], kind: str, when: HistDate
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
    for other in picker.pack.of_kind("agency"):
        if not isinstance(other, Agency) or other.id in body or not picker.askable(other):
            continue
        if (other.agency_type == "committee") != committee:
            continue
        names = [(Choice(id=other.id), {other.name, other.name_ko}, other.start)]
        end = facts.end_event(picker.pack, other)
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
            entry = (distance, picker.rng.random(), choice)
            (same if other.agency_type == kind else near).append(entry)
    ranked = [c for _d, _r, c in sorted(same, key=lambda e: e[:2])]
    ranked += [c for _d, _r, c in sorted(near, key=lambda e: e[:2])]
    return ranked[:3]


def body_history(picker: Picker, item_id: str) -> list[Event]:
    """The body's history through all its names, for the explanation."""
    out: list[Event] = []
    for body in facts.chain(picker.pack, item_id):
        item = picker.pack.by_id[body]
        begin = facts.start_event(picker.pack, item)
        if begin is not None:
            out.append(begin)
        end = facts.end_event(picker.pack, item)
        if end is not None and end.after is None:
            out.append(end)
    return out


# ---- law: legal basis --------------------------------------------------------------------
def linked_laws(picker: Picker, item: Item) -> set[str]:
    return set(laws_of(item)) | facts.index(picker.pack).enabled_by.get(item.id, set())


def basis_law(picker: Picker, item: Item) -> Law | None:
    laws = linked_laws(picker, item)
    if len(laws) != 1 or not facts.settled(item, "laws"):
        return None
    law = picker.pack.by_id[next(iter(laws))]
    return law if isinstance(law, Law) and picker.askable(law) else None


def enabled_by(picker: Picker, item: Item) -> list[str]:
    if not isinstance(item, Law):
        return []
    return [
        i for i in item.enabled if i in picker.pack.by_id and picker.askable(picker.pack.by_id[i])
    ]


def make_law(picker: Picker, item: Item) -> QuestionSpec | None:
    basis = basis_law(picker, item)
    enabled = enabled_by(picker, item)
    if basis is not None and (not enabled or picker.rng.random() < 0.5):
        # "Which law gave X its legal basis?": laws that existed by then, not linked to X
        linked = picker.unlinked(item) | picker.unlinked(basis)
        others = [
            law
            for law in picker.pack.of_kind("law")
            if law.id not in linked
            and picker.askable(law)
            and facts.settled(law, "start")
            and law.start.end_year <= item.start.start_year
        ]
        return _law_spec(picker, item, basis, others, "basis")
    if not enabled:
        return None
    # "Which of these did LAW give a legal basis?": one it did, and bodies or projects
    # that had begun before it was enacted (so certainly not by it)
    right = picker.pack.by_id[picker.rng.choice(enabled)]
    linked = picker.unlinked(item)
    kinds = {picker.pack.by_id[i].kind for i in enabled}
    others = [
        o
        for o in picker.pack.items
        if o.kind in kinds
        and o.id not in linked
        and picker.askable(o)
        and facts.settled(o, "start")
        and o.start.end_year <= item.start.start_year
        and facts.extent(o)[1] > item.start.start_year - 25
    ]
    return _law_spec(picker, item, right, others, "enabled")


def _law_spec(
    picker: Picker, item: Item, right: Item, others: list[Item], direction: str
) -> QuestionSpec | None:
    """The law question on `item`: `right` among `others` whose names differ from it."""
    others = picker.distinct_names({right.name, right.name_ko}, others)
    return picker.four_choices(
        "law",
        item,
        Choice(id=right.id),
        [Choice(id=o.id) for o in others],
        asked=facts.start_event(picker.pack, item),
        target=right.id,
        direction=direction,
    )


# ---- member: part of a programme ---------------------------------------------------------
def parent_of(picker: Picker, item: Item) -> Project | None:
    if not isinstance(item, Project) or not item.part_of or not facts.settled(item, "part_of"):
        return None
    parent = picker.pack.by_id.get(item.part_of)
    return parent if isinstance(parent, Project) and picker.askable(parent) else None


def make_member(picker: Picker, item: Item) -> QuestionSpec | None:
    parent = parent_of(picker, item)
    if parent is None:
        return None
    linked = picker.unlinked(parent)
    members = {
        p.id
        for p in picker.pack.of_kind("project")
        if isinstance(p, Project) and p.part_of == parent.id
    }
    others = [
        p
        for p in picker.pack.of_kind("project")
        if p.id not in linked
        and p.id not in members
        and picker.askable(p)
        and isinstance(p, Project)
        and p.part_of is None
        and abs(p.start.start_year - item.start.start_year) <= 6
    ]
    distinct = picker.distinct_names({item.name, item.name_ko}, others)
    return picker.four_choices(
        "member",
        item,
        Choice(id=item.id),
        [Choice(id=o.id) for o in distinct],
        target=parent.id,
    )
