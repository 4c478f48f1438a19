"""One frame of the timeline laid out, without Qt: the lanes and their rows, the box of every
item, label and "+N" marker, the stage headers, and what is under a point. The painter only
paints a frame; the view asks it what was clicked; tests assert on it.

Sizes come from the text: the caller measures with its fonts and gives the results as
`FrameMetrics` and measuring functions.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from egov_timeline.domain.i18n import item_name, stage_label
from egov_timeline.domain.layout import (
    Cluster,
    Geometry,
    LaneIndex,
    LaneLayout,
    Placed,
    Trace,
    layout_lane,
    wrap_cutting_words,
)
from egov_timeline.domain.ticks import Tick, ticks_for
from egov_timeline.domain.timeline import LANE_KINDS, StageBand, TimelineContent
from egov_timeline.domain.timescale import TimeScale

MAX_ROWS_PER_LANE = 40
_SHORT_VIEW_FLOORS = (
    ("administration", 2),
    ("agency", 1),
    ("law", 1),
    ("project", 1),
    ("administration", 1),
)
Measure = Callable[[str], float]


class Box(msgspec.Struct, frozen=True):
    """A rectangle in frame pixels: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def covers(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and other.right <= self.right
            and self.y <= other.y
            and other.bottom <= self.bottom
        )

    def intersects(self, other: Box) -> bool:
        """Whether the two share some area (touching edges do not count)."""
        return max(self.x, other.x) < min(self.right, other.right) and max(self.y, other.y) < min(
            self.bottom, other.bottom
        )

    def united(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def intersected(self, other: Box) -> Box:
        x, y = max(self.x, other.x), max(self.y, other.y)
        w = min(self.right, other.right) - x
        h = min(self.bottom, other.bottom) - y
        return Box(x, y, max(0.0, w), max(0.0, h))

    def grown(self, dx: float, dy: float) -> Box:
        return Box(self.x - dx, self.y - dy, self.w + 2 * dx, self.h + 2 * dy)


class FrameMetrics(msgspec.Struct, frozen=True):
    """The sizes a frame is built from, measured from the fonts by the caller."""

    gutter: float  # the lane titles, left of the plot
    axis_h: float  # the time axis along the top
    header_h: float  # the stage names under it
    row_h: float  # one row of a lane
    text_h: float  # one line of label text
    geometry: Geometry
    bar_gap: float = 8.0  # a row's height less its bar's
    header_lines: int = 3  # lines of a stage header: its number and period, then its name

    @property
    def bar_h(self) -> float:
        return self.row_h - self.bar_gap


class LaneFrame(msgspec.Struct):
    kind: str
    top: float
    height: float
    row_h: float
    layout: LaneLayout
    index: LaneIndex

    def row_centre(self, row: int) -> float:
        return self.top + (row + 0.5) * self.row_h


class StageHeader(msgspec.Struct):
    band: StageBand
    rect: Box
    lines: list[str]


class Frame(msgspec.Struct):
    width: float
    height: float
    metrics: FrameMetrics
    scale: TimeScale
    ticks: list[Tick]
    lanes: list[LaneFrame]
    stages: list[StageHeader]
    show_stages: bool
    # what a click finds, worked out when first asked (a frame of a zoom under way is drawn,
    # never clicked): see `hits`, `labels` and `cluster_hits`
    _found: tuple[list, list, list] | None = None

    @property
    def hits(self) -> list[tuple[Box, str]]:
        """Each item's box (its body, and its label beside it) and id, in drawing order."""
        return self._collect()[0]

    @property
    def labels(self) -> list[tuple[Box, str, str]]:
        """Each label's box, text and item id."""
        return self._collect()[1]

    @property
    def cluster_hits(self) -> list[tuple[Box, Cluster]]:
        """Each "+N" marker's box and what it counts."""
        return self._collect()[2]

    def _collect(self) -> tuple[list, list, list]:
        if self._found is None:
            self._found = _collect_hits(self)
        return self._found

    @property
    def gutter(self) -> float:
        return self.metrics.gutter

    @property
    def axis_h(self) -> float:
        return self.metrics.axis_h

    @property
    def header_h(self) -> float:
        return self.metrics.header_h if self.show_stages else 0.0

    @property
    def plot(self) -> Box:
        return Box(self.gutter, 0, self.width - self.gutter, self.height)

    def body(self, lane: LaneFrame, placed: Placed) -> Box:
        """An item's bar (a period) or marker (a point)."""
        m = self.metrics
        yc = lane.row_centre(placed.row)
        if placed.is_range:
            return Box(self.gutter + placed.x0, yc - m.bar_h / 2, placed.x1 - placed.x0, m.bar_h)
        size = m.geometry.marker
        return Box(self.gutter + placed.mark - size / 2, yc - size / 2, size, size)

    def label(self, lane: LaneFrame, placed: Placed) -> Box | None:
        """Where an item's label is drawn, if it has one."""
        if placed.label is None:
            return None
        ly = lane.row_centre(placed.label_row)
        text_h = self.metrics.text_h
        return Box(self.gutter + placed.label_x, ly - text_h / 2, placed.label_w, text_h)

    def cluster_box(self, lane: LaneFrame, cluster: Cluster) -> Box:
        bar_h = self.metrics.bar_h
        yc = lane.row_centre(cluster.row)
        return Box(self.gutter + cluster.x, yc - bar_h / 2, cluster.width, bar_h)

    def item_at(self, x: float, y: float) -> str | None:
        for box, item_id in reversed(self.hits):
            if box.contains(x, y):
                return item_id
        return None

    def cluster_at(self, x: float, y: float) -> Cluster | None:
        for box, cluster in self.cluster_hits:
            if box.contains(x, y):
                return cluster
        return None

    def item_rect(self, item_id: str) -> Box | None:
        for box, hit_id in self.hits:
            if hit_id == item_id:
                return box
        return None

    def untold(self, item_id: str) -> tuple[Box, str] | None:
        """Where an item is drawn without its whole name (unlabelled, cut short or counted in
        a "+N"), and that name: the selection shows it there in a callout over the layout.
        None when the item is named whole, or not in view."""
        for lane in self.lanes:
            index = lane.index
            k = index.position.get(item_id)
            if k is None:
                continue
            name = index.names[k]
            for placed in lane.layout.placed:
                if placed.item_id == item_id:
                    if placed.label == name or (
                        placed.label is not None and placed.label.startswith(f"{name} \u00b7")
                    ):
                        return None
                    return self.body(lane, placed).intersected(self.plot), name
            for cluster in lane.layout.clusters:
                if item_id in cluster.item_ids:
                    return self.cluster_box(lane, cluster), name
        return None

    def stage_at(self, x: float, y: float) -> str | None:
        for header in self.stages:
            if header.rect.contains(x, y):
                return header.band.item.id
        return None


class FrameLayout:
    """Lays frames out for one pack and one set of fonts."""

    def __init__(
        self,
        content: TimelineContent,
        metrics: FrameMetrics,
        measure: Measure,
        measure_small: Measure,
        measure_header: Measure,
    ) -> None:
        self.content = content
        self.metrics = metrics
        self.measure = measure  # label text
        self.measure_small = measure_small  # tick labels
        self.measure_header = measure_header  # stage names

    def frame(
        self,
        scale: TimeScale,
        width: float,
        height: float,
        hidden: frozenset[str] = frozenset(),
        boost: frozenset[str] = frozenset(),
    ) -> Frame:
        show_stages = "stage" not in hidden
        kinds = [k for k in LANE_KINDS if k not in hidden]
        m = self._short_view_metrics(kinds, height) if show_stages else self.metrics
        header_h = m.header_h if show_stages else 0
        top = m.axis_h + header_h
        available_rows = max(len(kinds), int((height - top - 4) // m.row_h))
        layouts = self._allot_rows(kinds, scale, available_rows, boost)
        lanes: list[LaneFrame] = []
        y = top
        for kind in kinds:
            layout = layouts[kind]
            rows = max(1, layout.rows)
            lanes.append(
                LaneFrame(kind, y, rows * m.row_h, m.row_h, layout, self.content.lanes[kind])
            )
            y += rows * m.row_h
        frame = Frame(
            width,
            height,
            m,
            scale,
            ticks_for(scale, self.measure_small, self.content.language),
            lanes,
            self._stage_headers(scale, m) if show_stages else [],
            show_stages,
        )
        return frame

    def _allot_rows(
        self, kinds: list[str], scale: TimeScale, available: int, boost: frozenset[str]
    ) -> dict[str, LaneLayout]:
        cap = min(MAX_ROWS_PER_LANE, available)  # a lane may take all the height if it needs it
        lanes = self.content.lanes
        geometry = self.metrics.geometry
        traces = {k: Trace() for k in kinds}  # a lane laid out again takes what is settled
        layouts = {
            k: layout_lane(
                lanes[k],
                scale,
                self.measure,
                cap,
                geometry,
                sizing_only=True,
                boost=boost,
                trace=traces[k],
            )
            for k in kinds
        }
        wanted = {k: max(1, layouts[k].rows) for k in kinds}
        allotted = dict(wanted)
        if sum(wanted.values()) > available:
            # Not enough height. Presidents keep all their rows (there are at most three);
            # every other lane keeps at least two (items and a row of "+N"); the rest goes
            # by need.
            allotted = {k: min(wanted[k], 3 if k == "administration" else 2) for k in kinds}
            # A view too short even for that (large text on a small screen) cuts no lane
            # off: presidents give up a row of captions, then agencies, laws and projects
            # keep one row each (their "+N"), then presidents too.
            for kind, floor in _SHORT_VIEW_FLOORS:
                if sum(allotted.values()) <= available:
                    break
                if kind in allotted:
                    allotted[kind] = min(allotted[kind], floor)
            spare = available - sum(allotted.values())
            while spare > 0:
                hungriest = max(kinds, key=lambda k: (wanted[k] - allotted[k]) / wanted[k])
                if wanted[hungriest] <= allotted[hungriest]:
                    break
                allotted[hungriest] += 1
                spare -= 1
        for k in kinds:
            if allotted[k] < wanted[k] or layouts[k].overflowed:
                layouts[k] = layout_lane(
                    lanes[k], scale, self.measure, allotted[k], geometry, boost=boost,
                    trace=traces[k],
                )  # fmt: skip
        return layouts

    def _short_view_metrics(self, kinds: list[str], height: float) -> FrameMetrics:
        """The metrics, with fewer lines of stage names on a view too short for every lane
        at its usual rows (large text on a small screen): a line of names gives way before
        a row of items does."""
        m = self.metrics
        usual_rows = sum(3 if k == "administration" else 2 for k in kinds)
        line_h = (m.header_h - 12) / max(1, m.header_lines)
        lines = m.header_lines
        while lines > 1 and (height - m.axis_h - m.header_h - 4) // m.row_h < usual_rows:
            lines -= 1
            m = msgspec.structs.replace(m, header_h=line_h * lines + 12, header_lines=lines)
        return m

    def _stage_headers(self, scale: TimeScale, m: FrameMetrics) -> list[StageHeader]:
        header_h = m.header_h
        headers = []
        pad = 6.0
        language = self.content.language
        for band in self.content.stages:
            x0 = max(scale.x_for(band.first), 0.0)
            x1 = min(scale.x_for(band.last), scale.width)
            if x1 - x0 < 8:
                continue
            rect = Box(m.gutter + x0, m.axis_h, x1 - x0, header_h)
            order = band.item.order
            room = x1 - x0 - 2 * pad
            period = stage_label(band.item, language)

            def fits(text: str, room: float = room) -> bool:
                return self.measure_header(text) <= room

            name = item_name(band.item, language)
            lines: list[str] = []
            if m.header_lines == 1:  # a short view: the number and the name, cut short
                lines = wrap_cutting_words(f"{order} {name}", room, self.measure_header, 1)
                if not lines and fits(str(order)):
                    lines = [str(order)]  # a band too narrow for more than its number
            elif fits(f"{order} \u00b7 {period}"):
                lines.append(f"{order} \u00b7 {period}")
            elif fits(str(order)):
                lines.append(str(order))
                if fits(period) and fits(name):  # the name comes before the period
                    lines.append(period)
            if lines and m.header_lines > 1:  # the name shows, cut short where narrow
                lines += wrap_cutting_words(
                    name,
                    room,
                    self.measure_header,
                    max_lines=m.header_lines - len(lines),
                )
            headers.append(StageHeader(band, rect, lines))
        return headers


def _collect_hits(frame: Frame) -> tuple[list, list, list]:
    """What a click finds: an item's bar or marker with its label beside it, and each "+N"."""
    plot = frame.plot
    hits: list[tuple[Box, str]] = []
    labels: list[tuple[Box, str, str]] = []
    cluster_hits: list[tuple[Box, Cluster]] = []
    for lane in frame.lanes:
        for placed in lane.layout.placed:
            box = frame.body(lane, placed)
            label = frame.label(lane, placed)
            if label is not None and placed.label is not None:
                if not placed.label_inside:
                    box = box.united(label)
                labels.append((label, placed.label, placed.item_id))
            hits.append((box.intersected(plot), placed.item_id))
        for cluster in lane.layout.clusters:
            cluster_hits.append((frame.cluster_box(lane, cluster), cluster))
    return hits, labels, cluster_hits
