"""Where each item of a lane goes on screen: rows, labels that never overlap, clusters.

Cost follows what is visible, not what exists: a lane keeps its items sorted by start, finds
the visible ones by binary search, and when too many are visible it shows counts per screen
bin ("+N" clusters that expand on zoom) instead of laying out each item. Measuring text is
passed in as a function, so this module needs no toolkit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

import msgspec

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.model import Item
from egov_timeline.domain.timescale import TimeScale

Measure = Callable[[str], float]


class Geometry(msgspec.Struct, frozen=True):
    """Sizes in pixels; the view scales them with the UI font."""

    marker: float = 11.0
    label_gap: float = 5.0
    item_gap: float = 8.0
    label_pad: float = 6.0
    min_bar: float = 4.0
    cluster_pad: float = 8.0
    dense_limit: int = 500
    dense_bin: float = 36.0
    rich_px_per_year: float = 160.0  # from here on labels also give the date


DEFAULT_GEOMETRY = Geometry()


class Placed(msgspec.Struct):
    """One item laid out: `x0..x1` is its period, `mark` where a point's marker sits."""

    index: int
    item_id: str
    row: int
    x0: float
    x1: float
    mark: float
    is_range: bool
    label: str | None = None
    label_x: float = 0.0
    label_w: float = 0.0
    label_inside: bool = False
    label_row: int = -1  # the row the label sits in: its own, or the next for a caption

    @property
    def left(self) -> float:
        return self.x0 if self.is_range else self.mark

    def label_box(self) -> tuple[float, float] | None:
        if self.label is None:
            return None
        return (self.label_x, self.label_x + self.label_w)


class Cluster(msgspec.Struct):
    """Items that did not fit, shown as one "+N" marker; zooming to x0..x1 expands it."""

    row: int
    x: float
    width: float
    count: int
    first_year: float
    last_year: float
    item_ids: list[str] = msgspec.field(default_factory=list)

    @property
    def text(self) -> str:
        return f"+{self.count}"


class LaneLayout(msgspec.Struct):
    placed: list[Placed]
    clusters: list[Cluster]
    rows: int
    dense: bool
    overflowed: bool = False  # some items did not fit in the rows


class LaneIndex:
    """A lane's items sorted by start, with what the layout needs precomputed."""

    def __init__(
        self,
        items: Sequence[Item],
        *,
        open_end: float,
        short_label: Callable[[Item], str | None] | None = None,
        labels_inside_only: bool = False,
        second_row: Callable[[Item], bool] | None = None,
        name_of: Callable[[Item], str] | None = None,
        period_of: Callable[[Item], str] | None = None,
    ) -> None:
        # A lane of back-to-back ranges (presidents) reads best with names inside the bars
        # only: a label beside a short bar would push its neighbours into new rows.
        self.labels_inside_only = labels_inside_only
        ordered = sorted(items, key=lambda i: (i.start.start_year, i.id))
        self.items = ordered
        self.ids = [i.id for i in ordered]
        self.starts = [i.start.start_year for i in ordered]
        self.ends: list[float] = []
        self.is_range: list[bool] = []
        for item in ordered:
            if item.end is None:
                self.ends.append(item.start.end_year)
                self.is_range.append(False)
            else:
                self.ends.append(open_end if item.end.open else item.end.end_year)
                self.is_range.append(True)
        # max end among items[0..i]: lets a backward scan stop early
        self.max_end_prefix: list[float] = []
        running = float("-inf")
        for end in self.ends:
            running = max(running, end)
            self.max_end_prefix.append(running)
        self.names = [name_of(i) if name_of else i.name for i in ordered]
        shorts = [short_label(i) if short_label else None for i in ordered]
        self.shorts = [s if s and s != n else None for s, n in zip(shorts, self.names, strict=True)]
        self.periods = [
            period_of(i) if period_of else display_period(i.start, i.end) for i in ordered
        ]
        # e.g. acting presidents: drawn in a row of their own under the others
        self.min_row = [1 if second_row and second_row(i) else 0 for i in ordered]
        self.position = {item_id: k for k, item_id in enumerate(self.ids)}
        self.entries_cache: tuple[tuple, list] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def visible(self, first: float, last: float) -> list[int]:
        """Indices of items whose period meets [first, last], in start order."""
        hi = bisect.bisect_right(self.starts, last)
        lo = bisect.bisect_left(self.starts, first)
        earlier: list[int] = []
        k = lo - 1
        while k >= 0 and self.max_end_prefix[k] > first:
            if self.ends[k] > first:
                earlier.append(k)
            k -= 1
        earlier.reverse()
        return earlier + list(range(lo, hi))

    def count_visible(self, first: float, last: float) -> int:
        return bisect.bisect_right(self.starts, last) - bisect.bisect_left(self.starts, first)


def layout_lane(
    index: LaneIndex,
    scale: TimeScale,
    measure: Measure,
    max_rows: int,
    geometry: Geometry | None = None,
    *,
    sizing_only: bool = False,
    pinned: str | None = None,
) -> LaneLayout:
    """Place the visible items of a lane in at most `max_rows` rows without overlaps.

    Items are stacked greedily in start order, each in the first row whose right edge is
    clear of it, with its full name, else its acronym, else no label. What fits in no row
    goes into "+N" clusters in the last row. `sizing_only` answers how many rows are wanted
    and skips building clusters."""
    geometry = geometry or DEFAULT_GEOMETRY
    max_rows = max(1, max_rows)
    first, last = scale.start, scale.end
    # Points are drawn with a marker and a label to the right: look a little to the left.
    slack = (geometry.marker / 2) / scale.px_per_year
    if index.count_visible(first - slack, last) > geometry.dense_limit:
        return _dense_layout(index, scale, measure, geometry)
    key = (scale, geometry)
    if index.entries_cache is not None and index.entries_cache[0] == key:
        entries = index.entries_cache[1]
    else:  # the same frame lays a lane out more than once when rows are shared out
        entries = _entries(index, scale, geometry, index.visible(first - slack, last))
        index.entries_cache = (key, entries)
    rich = scale.px_per_year >= geometry.rich_px_per_year
    pinned = pinned if pinned in index.position else None
    placed, overflow = _stack(entries, index, scale, measure, geometry, max_rows, rich, pinned)
    if not overflow:
        rows = max((max(p.row, p.label_row) for p in placed), default=-1) + 1
        return LaneLayout(placed, [], rows, dense=False)
    if sizing_only:
        return LaneLayout(placed, [], max_rows, dense=False, overflowed=True)
    if max_rows == 1:
        placed, overflow = [], [e for e, _l, _r in entries]
    else:
        placed, overflow = _stack(
            entries, index, scale, measure, geometry, max_rows - 1, rich, pinned
        )
    clusters = _clusters(overflow, index, measure, geometry, row=max_rows - 1)
    return LaneLayout(placed, clusters, max_rows, dense=False, overflowed=True)


def _entries(
    index: LaneIndex, scale: TimeScale, g: Geometry, visible: list[int]
) -> list[tuple[Placed, float, float]]:
    """Each visible item with the left and right of its body (bar or marker)."""
    entries = []
    for k in visible:
        is_range = index.is_range[k]
        x0 = scale.x_for(index.starts[k])
        x1 = scale.x_for(index.ends[k])
        if is_range:
            if x1 - x0 < g.min_bar:
                x1 = x0 + g.min_bar
            mark = x0
            body = (x0, x1)
        else:
            mark = (x0 + x1) / 2
            body = (mark - g.marker / 2, mark + g.marker / 2)
        entries.append((Placed(k, index.ids[k], -1, x0, x1, mark, is_range), *body))
    return entries


def has_whisker(placed: Placed, g: Geometry) -> bool:
    """A point known only to a month, year or decade shows that whole period as a whisker."""
    return not placed.is_range and placed.x1 - placed.x0 > g.marker * 1.2


def _templates(entries: list[tuple[Placed, float, float]]) -> list[Placed]:
    return [e[0] for e in entries]


def _candidates(index: LaneIndex, k: int, rich: bool) -> list[str | None]:
    """Labels to try, richest first: name and dates, name, acronym, none."""
    candidates: list[str | None] = [index.names[k]]
    if rich:
        candidates.insert(0, f"{index.names[k]} \u00b7 {index.periods[k]}")
    if index.shorts[k]:
        candidates.append(index.shorts[k])
    candidates.append(None)
    return candidates


def _stack(
    entries: list[tuple[Placed, float, float]],
    index: LaneIndex,
    scale: TimeScale,
    measure: Measure,
    g: Geometry,
    rows: int,
    rich: bool,
    pinned: str | None = None,
) -> tuple[list[Placed], list[Placed]]:
    occupied: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    rows_right = [float("-inf")] * rows
    placed: list[Placed] = []
    overflow: list[Placed] = []
    width = scale.width
    inside_only = index.labels_inside_only
    # Back-to-back ranges (one term after another) may touch; everything else keeps a gap.
    gap = 0.0 if inside_only else g.item_gap
    # A term that ends on the day the next begins still counts as touching, not overlapping.
    touch = max(0.5, 1.5 * scale.px_per_year / 365) if inside_only else 0.0

    def footprint_of(
        entry: Placed, label: str | None, body_left: float, body_right: float
    ) -> tuple[float, float, float, float, bool] | None:
        found = _footprint(
            label, entry.is_range, body_left, body_right, width, measure, g, inside_only
        )
        if found is not None and has_whisker(entry, g):
            # the whisker is part of the item: nothing else may cross it
            f_left, f_right, label_x, label_w, inside = found
            found = (min(f_left, entry.x0), max(f_right, entry.x1), label_x, label_w, inside)
        return found

    def fresh(template: Placed) -> tuple[Placed, int]:
        entry = Placed(
            template.index,
            template.item_id,
            -1,
            template.x0,
            template.x1,
            template.mark,
            template.is_range,
        )
        return entry, min(index.min_row[template.index], rows - 1)

    def settle(
        entry: Placed, row: int, found: tuple[float, float, float, float, bool], label: str | None
    ) -> None:
        left, right, label_x, label_w, inside = found
        occupied[row].append((left, right + gap))
        entry.row = entry.label_row = row
        entry.label, entry.label_x, entry.label_w, entry.label_inside = (
            label,
            label_x,
            label_w,
            inside,
        )
        placed.append(entry)

    # The selected item is never left out: it is placed first, wherever it is.
    pin_span: tuple[int, float, float] | None = None
    for template, body_left, body_right in entries:
        if template.item_id != pinned:
            continue
        entry, row = fresh(template)
        if inside_only and entry.is_range:
            body_right = max(body_left, scale.x_for(index.ends[template.index]))
        labels = _candidates(index, template.index, rich)
        # when no whole label fits beside it, the selection still says what it is, shortened
        shortened = _shortened_label(
            index.names[template.index], entry.is_range, body_left, body_right, width, measure, g
        )
        if shortened:
            labels.insert(-1, shortened)
        for label in labels:
            found = footprint_of(entry, label, body_left, body_right)
            if found is not None:
                settle(entry, row, found, label)
                pin_span = (row, found[0], found[1] + gap)
                break
        break

    for position, (template, body_left, body_right) in enumerate(entries):
        if min(rows_right) > width + touch:
            # every row is taken to beyond the right edge: the rest can only be counted
            # (the entries' own templates: clusters only read them)
            overflow.extend(t for t in _templates(entries)[position:] if t.item_id != pinned)
            break
        if template.item_id == pinned and pin_span is not None:
            continue
        k = template.index
        entry, first_row = fresh(template)
        if inside_only and entry.is_range:
            # occupy the true period, so that a very short term does not push the next one
            body_right = max(body_left, scale.x_for(index.ends[k]))
        if min(rows_right) > body_left + touch:
            # every candidate's left edge is at or before body_left: no row can take it
            overflow.append(entry)
            continue
        tried_left: float | None = None
        row = -1
        for label in _candidates(index, k, rich):
            found = footprint_of(entry, label, body_left, body_right)
            if found is None:
                continue
            left, right = found[0], found[1]
            if left != tried_left or pin_span is not None:  # the row depends on the left edge
                tried_left = left
                row = -1
                limit = left + touch
                if min(rows_right) <= limit:
                    for r in range(first_row, rows):
                        if rows_right[r] <= limit and (
                            pin_span is None
                            or pin_span[0] != r
                            or right + gap <= pin_span[1]
                            or left >= pin_span[2]
                        ):
                            row = r
                            break
            if row >= 0:
                rows_right[row] = right + gap
                settle(entry, row, found, label)
                break
        else:
            overflow.append(entry)
    if inside_only:
        _add_captions(placed, index, measure, g, width, occupied)
    return placed, overflow


def _add_captions(
    placed: list[Placed],
    index: LaneIndex,
    measure: Measure,
    g: Geometry,
    width: float,
    occupied: list[list[tuple[float, float]]],
) -> None:
    """A bar too short for its name gets the name as a caption in the row below, where free."""
    rows = len(occupied)
    for entry in placed:
        if entry.label is not None:
            continue
        k = entry.index
        done = False
        for caption_row in range(entry.row + 1, min(rows, entry.row + 3)):
            below = occupied[caption_row]
            for label in (index.names[k], index.shorts[k]):
                if not label:
                    continue
                label_w = measure(label)
                x = max(entry.x0, 0.0)
                if x + label_w > width:
                    x = width - label_w
                left, right = x - g.label_gap, x + label_w + g.item_gap
                if x < 0 or any(a < right and left < b for a, b in below):
                    continue
                below.append((left, right))
                entry.label, entry.label_x, entry.label_w = label, x, label_w
                entry.label_row = caption_row
                done = True
                break
            if done:
                break


def _footprint(
    label: str | None,
    is_range: bool,
    body_left: float,
    body_right: float,
    width: float,
    measure: Measure,
    g: Geometry,
    inside_only: bool = False,
) -> tuple[float, float, float, float, bool] | None:
    """(left, right) the item occupies in its row and where its label goes; None when the
    label cannot be shown whole inside the view."""
    if label is None:
        return body_left, body_right, 0.0, 0.0, False
    label_w = measure(label)
    if is_range:
        # A label rides inside the visible part of its bar when it fits (sticky at the left edge).
        vis_left, vis_right = max(body_left, 0.0), min(body_right, width)
        if vis_right - vis_left >= label_w + 2 * g.label_pad:
            return body_left, body_right, vis_left + g.label_pad, label_w, True
        if inside_only:
            return None
    after = body_right + g.label_gap
    if after >= 0 and after + label_w <= width:
        return body_left, after + label_w, after, label_w, False
    before = body_left - g.label_gap - label_w
    if before >= 0 and body_left <= width:
        return before, body_right, before, label_w, False
    return None


def _shortened_label(
    name: str,
    is_range: bool,
    body_left: float,
    body_right: float,
    width: float,
    measure: Measure,
    g: Geometry,
) -> str | None:
    """The name cut with an ellipsis to the widest room beside (or inside) the item, if a
    useful part of it fits there."""
    room = max(width - body_right - g.label_gap, body_left - g.label_gap)
    if is_range:
        room = max(room, min(body_right, width) - max(body_left, 0.0) - 2 * g.label_pad)
    text = elide(name, room - 1.0, measure)
    return text if len(text) >= 6 else None


def _clusters(
    overflow: list[Placed], index: LaneIndex, measure: Measure, g: Geometry, row: int
) -> list[Cluster]:
    """Merge what did not fit into "+N" markers that never touch each other."""
    clusters: list[Cluster] = []
    starts, ends = index.starts, index.ends
    right = float("-inf")
    digits = 0
    # Overflow comes in start order, nearly sorted by x; an entry left of the last marker
    # merges into it, and a new marker starts only right of the last: none can overlap.
    for entry in overflow:
        x = entry.x0 if entry.is_range else entry.mark
        if x < 0.0:
            x = 0.0
        k = entry.index
        if clusters and x <= right:
            last = clusters[-1]
            last.count += 1
            last.item_ids.append(entry.item_id)
            if starts[k] < last.first_year:
                last.first_year = starts[k]
            if ends[k] > last.last_year:
                last.last_year = ends[k]
            if len(str(last.count)) != digits:  # the marker widens only with another digit
                digits = len(str(last.count))
                last.width = measure(last.text) + 2 * g.cluster_pad
                right = last.x + last.width + g.item_gap
            continue
        cluster = Cluster(row, x, 0.0, 1, starts[k], ends[k], [entry.item_id])
        cluster.width = measure(cluster.text) + 2 * g.cluster_pad
        digits = 1
        right = x + cluster.width + g.item_gap
        clusters.append(cluster)
    return clusters


def _dense_layout(index: LaneIndex, scale: TimeScale, measure: Measure, g: Geometry) -> LaneLayout:
    """Too many items to show one by one: a count per screen bin, found by binary search."""
    clusters: list[Cluster] = []
    bins = max(1, int(scale.width // g.dense_bin))
    step = scale.width / bins
    x = 0.0
    right_edge = float("-inf")
    for _ in range(bins):
        y0, y1 = scale.year_for(x), scale.year_for(x + step)
        lo = bisect.bisect_left(index.starts, y0)
        hi = bisect.bisect_left(index.starts, y1)
        if hi > lo:
            cluster = Cluster(0, x, 0.0, hi - lo, y0, y1)
            cluster.width = measure(cluster.text) + 2 * g.cluster_pad
            if x >= right_edge:  # a wide count never runs into the next one
                clusters.append(cluster)
                right_edge = x + cluster.width + g.item_gap
            else:
                prev = clusters[-1]
                prev.count += cluster.count
                prev.last_year = y1
                prev.width = measure(prev.text) + 2 * g.cluster_pad
                right_edge = prev.x + prev.width + g.item_gap
        x += step
    return LaneLayout([], clusters, 1 if clusters else 0, dense=True)


def wrap_text(
    text: str, width: float, measure: Measure, max_lines: int = 2, ellipsis: str = "\u2026"
) -> list[str]:
    """Break text at spaces into at most `max_lines` lines no wider than `width`. Words are
    never cut: what does not fit is left out and the last line ends with an ellipsis."""
    words = text.split()
    lines: list[str] = []
    current = ""
    used = 0
    for word in words:
        trial = f"{current} {word}" if current else word
        if measure(trial) <= width:
            current, used = trial, used + 1
            continue
        if not current or len(lines) + 1 >= max_lines:
            break
        lines.append(current)
        if measure(word) > width:
            current = ""
            break
        current, used = word, used + 1
    if current:
        lines.append(current)
    while used < len(words) and lines:
        last = lines[-1]
        while last and measure(last + ellipsis) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else ""
        if last:
            lines[-1] = last + ellipsis
            break
        lines.pop()  # not even one word and the ellipsis fit: end the line above instead
    return lines


def elide(text: str, width: float, measure: Measure, ellipsis: str = "\u2026") -> str:
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ellipsis) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ellipsis if lo else ""
