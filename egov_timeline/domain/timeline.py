"""What the timeline shows of a pack: stage bands, lanes of items, the order Tab walks."""

from __future__ import annotations

import re

import msgspec

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.layout import LaneIndex
from egov_timeline.domain.model import Administration, Item, Stage
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.timescale import Bounds

# Lanes from top to bottom; stages are the background bands, not a lane.
LANE_KINDS: tuple[str, ...] = ("administration", "project", "law", "agency")
TOGGLE_KINDS: tuple[str, ...] = ("stage", *LANE_KINDS)
LANE_TITLES = {
    "stage": "Stages",
    "administration": "Presidents",
    "project": "Projects",
    "law": "Laws",
    "agency": "Agencies",
}
KIND_NAMES = {
    "stage": "Stage",
    "administration": "Administration",
    "project": "Project or plan",
    "law": "Law",
    "agency": "Agency or committee",
}


_HANGUL = re.compile("[\uac00-\ud7a3]")


def short_label(item: Item, language: str = "en") -> str | None:
    """What fits when the full name does not: in Korean the shortest Korean alias shorter
    than the name (전자정부법 for the E-Government Act's long official name), else the
    acronym, if there is one."""
    if language == "ko":
        name = item_name(item, "ko")
        korean = [a for a in item.aliases if _HANGUL.search(a) and len(a) < len(name)]
        if korean:
            return min(korean, key=len)
    return item.acronym


class StageBand(msgspec.Struct, frozen=True):
    item: Stage
    first: float
    last: float
    fuzzy_start: float  # the band fades in over [first, fuzzy_start] for a decade start
    fuzzy_end: float  # and out over [fuzzy_end, last] for a decade end


class TimelineContent:
    """A pack arranged for drawing. Built once per pack; cheap to query per frame."""

    def __init__(self, pack: Pack, language: str = "en", both_names: bool = False) -> None:
        self.pack = pack
        self.language = language
        self.both_names = both_names
        first, last = pack.span()
        self.bounds = Bounds.around(first, last)
        open_end = self.bounds.last
        self.lanes: dict[str, LaneIndex] = {
            kind: LaneIndex(
                pack.of_kind(kind),
                open_end=open_end,
                short_label=lambda i: short_label(i, language),
                labels_inside_only=kind == "administration",
                name_of=lambda i: item_name(i, language, both_names),
                period_of=lambda i: display_period(i.start, i.end, language),
                second_row=lambda i: isinstance(i, Administration) and i.acting,
            )
            for kind in LANE_KINDS
        }
        self.stages: list[StageBand] = []
        stages = [s for s in pack.of_kind("stage") if isinstance(s, Stage)]
        for stage in sorted(stages, key=lambda s: (s.order, s.id)):
            start, end = stage.start, stage.end or stage.start
            band_last = open_end if end.open else end.end_year
            fuzzy_start = start.end_year if start.precision == "decade" else start.start_year
            fuzzy_end = (
                end.start_year if (not end.open and end.precision == "decade") else band_last
            )
            self.stages.append(
                StageBand(
                    stage,
                    start.start_year,
                    band_last,
                    min(fuzzy_start, band_last),
                    max(fuzzy_end, start.start_year),
                )
            )

    def chronological_ids(self, hidden: frozenset[str] = frozenset()) -> list[str]:
        """Items in date order, as Tab walks them, leaving out hidden kinds."""
        return [item.id for item in self.pack.items if item.kind not in hidden]

    def extent(self, item_id: str) -> tuple[float, float]:
        item = self.pack.by_id[item_id]
        if item.end is None:
            return item.start.start_year, item.start.end_year
        return item.start.start_year, (self.bounds.last if item.end.open else item.end.end_year)


def hover_lines(item: Item, language: str) -> list[str]:
    """What the pointer's tooltip says of an item: its name (and acronym), its name in the
    other language, its period, and its kind."""
    name = item_name(item, language)
    lines = [
        name + (f" ({item.acronym})" if item.acronym else ""),
        display_period(item.start, item.end, language),
    ]
    kind = tr(KIND_NAMES[item.kind], language)
    if isinstance(item, Administration) and item.acting:
        kind = tr("{kind}, acting", language).format(kind=kind)
    lines.append(kind)
    other = item.name if language == "ko" else item.name_ko  # the name in the other language
    if other and other != name:
        lines.insert(1, other)
    return lines


def cluster_lines(pack: Pack, item_ids: list[str], count: int, language: str) -> list[str]:
    """What the pointer's tooltip says of a "+N" marker: how many items it holds and the
    names of the first of them, in date order."""
    shown = 8
    lines = [tr("{count} items here (click or zoom in to see them):", language).format(count=count)]
    items = sorted(
        (pack.by_id[i] for i in item_ids if i in pack.by_id), key=lambda i: i.start.start_year
    )
    lines += [f"\u2022 {item_name(item, language)}" for item in items[:shown]]
    if count > min(shown, len(items)):
        lines.append(tr("and {count} more", language).format(count=count - min(shown, len(items))))
    return lines
