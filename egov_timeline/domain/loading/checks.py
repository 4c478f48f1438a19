"""The checks of a pack as a whole, on its typed items: ids, relations and their circles,
dates, agency histories, stage orders and tours; for the loader, and for a compiled copy
read back from the cache (so this module does not import YAML). No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypedDict

import msgspec

from egov_timeline.domain.loading.convert import field_infos
from egov_timeline.domain.loading.problems import Problem, Report, closest
from egov_timeline.domain.model import (
    RELATION_TARGETS,
    Administration,
    Agency,
    Item,
    Law,
    Project,
    Stage,
    Tour,
    relation_fields,
    relation_ids,
)


def check_items(items: Iterable[Item], tours: Iterable[Tour] = ()) -> list[Problem]:
    """The checks of a whole pack (ids, relations, circles, dates, tours) run on items that
    did not come from YAML, such as a compiled copy: what they find, or nothing."""
    collected = Collected(
        placed=[Placed(item, "", None, {}) for item in items],
        tours=[(tour, "", None) for tour in tours],
    )
    report = Report()
    check_pack(collected, report)
    return report.problems


class _Where(TypedDict):
    """Where a problem is: splatted into _Report.add."""

    file: str
    item: str


class _TourWhere(_Where):
    line: int | None


class Placed(msgspec.Struct):
    item: Item
    file: str
    line: int | None
    field_lines: dict[str, int]


class Known(msgspec.Struct):
    """An item that failed to build but whose id and kind are known: references to it
    are not reported as dangling, so one mistake is reported once."""

    id: str
    kind: str
    file: str
    line: int | None


class Collected(msgspec.Struct):
    placed: list[Placed] = msgspec.field(default_factory=list)
    known: list[Known] = msgspec.field(default_factory=list)
    tours: list[tuple[Tour, str, int | None]] = msgspec.field(default_factory=list)
    unreadable_files: int = 0


# ---- the pack as a whole ----------------------------------------------------------------


def check_pack(collected: Collected, report: Report) -> None:
    placed = collected.placed
    by_id: dict[str, Placed] = {}
    kind_of: dict[str, str] = {}
    first_seen: dict[str, tuple[str, int | None]] = {}
    entries: list[tuple[str, str, str, int | None, Placed | None]]
    entries = [(p.item.id, p.item.kind, p.file, p.line, p) for p in placed]
    entries += [(k.id, k.kind, k.file, k.line, None) for k in collected.known]
    entries.sort(key=lambda e: (e[2], e[3] or 0))
    for item_id, kind, file, line, p in entries:
        if item_id in first_seen:
            first_file, first_line = first_seen[item_id]
            where = Path(first_file).name + (f":{first_line}" if first_line else "")
            report.add(
                file,
                f"the id '{item_id}' is already used by the item at {where}; "
                "give each item its own id",
                line=line,
                item=item_id,
                field="id",
            )
            continue
        first_seen[item_id] = (file, line)
        kind_of[item_id] = kind
        if p is not None:
            by_id[item_id] = p
    # With a file unreadable, a reference may well point into it: report that file only.
    report_dangling = collected.unreadable_files == 0

    for p in placed:
        item = p.item
        here: _Where = {"file": p.file, "item": item.id}

        def line_of(name: str, _p: Placed = p) -> int | None:
            return _p.field_lines.get(name, _p.line)

        # dates
        if item.start.open:
            report.add(
                **here,
                field="start",
                line=line_of("start"),
                message='"open" may only end a range; give the date it began',
            )
        if (
            item.end is not None
            and not item.end.open
            and item.end.end_year <= item.start.start_year
        ):
            report.add(
                **here,
                field="end",
                line=line_of("end"),
                message=f"ends ({item.end}) before it starts ({item.start}); check both dates",
            )
        in_force = item.in_force if isinstance(item, Law) else None
        if in_force is not None and in_force.end_year <= item.start.start_year:
            report.add(
                **here,
                field="in_force",
                line=line_of("in_force"),
                message=f"comes into force ({in_force}) before it was enacted ({item.start})",
            )

        if isinstance(item, Agency):
            _check_agency_events(item, here, line_of("events"), report)

        # relations
        for name in relation_fields(item):
            allowed = RELATION_TARGETS[name]
            for target_id in relation_ids(item, name):
                if target_id == item.id:
                    report.add(
                        **here,
                        field=name,
                        line=line_of(name),
                        message="points at the item itself; remove it",
                    )
                    continue
                target_kind = kind_of.get(target_id)
                if target_kind is None:
                    if report_dangling:
                        hint = "" if report.full(p.file) else closest(target_id, kind_of, 0.8)
                        report.add(
                            **here,
                            field=name,
                            line=line_of(name),
                            message=f"refers to '{target_id}', which is not in the pack{hint}",
                        )
                elif target_kind not in allowed:
                    report.add(
                        **here,
                        field=name,
                        line=line_of(name),
                        message=f"refers to '{target_id}', {_a(target_kind)}, but "
                        f"'{name}' must name {_a_kind(allowed)}",
                    )
        if isinstance(item, Administration) and item.acting_for and not item.acting:
            report.add(
                **here,
                field="acting_for",
                line=line_of("acting_for"),
                message="only an acting president acts for someone; add 'acting: true' or "
                "remove 'acting_for'",
            )

        # uncertain fields must be fields of this kind
        known = set(field_infos(type(item))) | {"existence"}
        for name in item.uncertain:
            if name not in known:
                report.add(
                    **here,
                    field="uncertain",
                    line=line_of("uncertain"),
                    message=f"names '{name}', which is not a field of a {item.kind}"
                    f"{closest(name, known)}",
                )

    _check_cycles(by_id, report)
    _check_stage_order(by_id, report)
    _check_tours(collected, kind_of, report, report_dangling)


def _check_agency_events(item: Agency, here: _Where, line: int | None, report: Report) -> None:
    """A body's history starts on its start date, stays within its life, and names the
    body after each event but an abolition (the quiz asks about these events)."""
    events = item.events
    if not events:
        return
    if events[0].date != item.start:
        report.add(
            **here,
            field="events[0].date",
            line=line,
            message=f"the first event ({events[0].date}) should be on the start date "
            f"({item.start}): say how the body came to be",
        )
    last = item.end.end_year if item.end is not None and not item.end.open else float("inf")
    for n, event in enumerate(events):
        where = f"events[{n}]"
        if n and event.date.start_year < events[n - 1].date.start_year:
            report.add(
                **here,
                field=f"{where}.date",
                line=line,
                message=f"is earlier than the event before it ({events[n - 1].date}); "
                "list the events in date order",
            )
        if event.date.start_year < item.start.start_year or event.date.start_year >= last:
            report.add(
                **here,
                field=f"{where}.date",
                line=line,
                message=f"({event.date}) is outside the body's dates ({item.start} to "
                f"{item.end}); check both",
            )
        if event.event == "abolished" and (event.name or event.name_ko):
            report.add(
                **here,
                field=f"{where}.name",
                line=line,
                message="an abolished body has no new name; remove 'name'",
            )
        elif event.event != "abolished" and not event.name:
            report.add(
                **here,
                field=f"{where}.name",
                line=line,
                message=f"says the body was {event.event}; give the name it had afterwards",
            )


def _check_tours(
    collected: Collected, kind_of: dict[str, str], report: Report, report_dangling: bool
) -> None:
    seen: dict[str, str] = {}
    for tour, file, line in collected.tours:
        here: _TourWhere = {"file": file, "item": tour.id, "line": line}
        if tour.id in seen:
            report.add(
                **here,
                field="id",
                message=f"the tour id '{tour.id}' is already used in {Path(seen[tour.id]).name}",
            )
        seen.setdefault(tour.id, file)
        if tour.stage is not None and kind_of.get(tour.stage, "stage") != "stage":
            report.add(**here, field="stage", message=f"'{tour.stage}' is not a stage")
        elif tour.stage is not None and tour.stage not in kind_of and report_dangling:
            report.add(
                **here, field="stage", message=f"refers to '{tour.stage}', which is not in the pack"
            )
        for n, stop in enumerate(tour.stops, start=1):
            field = f"stops[{n - 1}]"
            if stop.item is None and stop.start is None:
                report.add(
                    **here,
                    field=field,
                    message=f"stop {n} shows nothing; give 'item:' or 'start:' and 'end:'",
                )
            if stop.item is not None and stop.item not in kind_of and report_dangling:
                report.add(
                    **here,
                    field=field + ".item",
                    message=f"stop {n} refers to '{stop.item}', which is not in the pack"
                    f"{closest(stop.item, kind_of, cutoff=0.8)}",
                )
            if (
                stop.start is not None
                and stop.end is not None
                and (stop.end.end_year <= stop.start.start_year)
            ):
                report.add(
                    **here,
                    field=field + ".end",
                    message=f"stop {n} ends ({stop.end}) before it starts ({stop.start})",
                )
            if (stop.start is None) != (stop.end is None):
                report.add(
                    **here,
                    field=field,
                    message=f"stop {n} needs both 'start:' and 'end:' to show a range",
                )


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _a_kind(kinds: frozenset[str]) -> str:
    names = sorted(kinds)
    return _a(names[0]) if len(names) == 1 else "one of: " + ", ".join(names)


# Relations that name one item each and must end somewhere: (field, what a circle of them
# means, what to do). Followed from every item, each item visited once.
_CHAINS = (
    ("renamed_to", "renamings go round in a circle", "one of them must be the last name"),
    ("part_of", "projects are part of each other in a circle", "one of them must be the whole"),
    ("parent", "bodies are each other's parents in a circle", "one of them must be at the top"),
    ("succeeded_by", "laws succeed each other in a circle", "one of them must be the last"),
    (
        "acting_for",
        "acting presidents act for each other in a circle",
        "name the president each one stood in for",
    ),
)


def _check_cycles(by_id: dict[str, Placed], report: Report) -> None:
    chains: dict[str, dict[str, str]] = {field: {} for field, _what, _fix in _CHAINS}
    for item_id, placed in by_id.items():
        for field, target in _single_relations(placed.item):
            chains[field][item_id] = target
    for field, what, fix in _CHAINS:
        following = chains[field]
        done: set[str] = set()
        for start_id in following:
            path: list[str] = []
            on_path: dict[str, int] = {}
            current: str | None = start_id
            while current is not None and current not in done:
                if current in on_path:
                    circle = path[on_path[current] :]
                    first = by_id[circle[0]]
                    report.add(
                        first.file,
                        f"{what}: {' -> '.join([*circle, circle[0]])}; {fix}",
                        line=first.field_lines.get(field, first.line),
                        item=circle[0],
                        field=field,
                    )
                    break
                on_path[current] = len(path)
                path.append(current)
                current = following.get(current)
            done.update(path)


def _single_relations(item: Item) -> tuple[tuple[str, str], ...]:
    """(field, target) for each relation of `item` that names one item and is given."""
    pairs: tuple[tuple[str, str | None], ...]
    match item:
        case Agency():
            pairs = (("renamed_to", item.renamed_to), ("parent", item.parent))
        case Project():
            pairs = (("part_of", item.part_of),)
        case Law():
            pairs = (("succeeded_by", item.succeeded_by),)
        case Administration():
            pairs = (("acting_for", item.acting_for),)
        case _:
            return ()
    return tuple((field, target) for field, target in pairs if target)


def _check_stage_order(by_id: dict[str, Placed], report: Report) -> None:
    orders: dict[int, str] = {}
    for placed in by_id.values():
        if not isinstance(placed.item, Stage):
            continue
        order = placed.item.order
        if order in orders:
            report.add(
                placed.file,
                f"has order {order}, like stage '{orders[order]}'; number the stages 1, 2, 3, ...",
                line=placed.field_lines.get("order", placed.line),
                item=placed.item.id,
                field="order",
            )
        else:
            orders[order] = placed.item.id
