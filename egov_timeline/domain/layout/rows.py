"""Stacking a lane's visible items in rows, each with the richest label that fits, so that
no two items or labels overlap. No toolkit.

Items are placed greedily, the most important first (`placing_order`: the matches of a
filter or a search, then the content's importance, a full term over an acting one, a
period over a point), each in the first row where it fits with its name and dates, else
its name, else its acronym, else its name cut short, else no label. The selection plays no
part: what is selected never moves anything. In a lane of back-to-back ranges (presidents)
names sit inside the bars only, and a bar too short for its name gets it as a caption in a
row below. This is one algorithm, kept whole: its helpers (what each row holds, where a
label goes, captions) serve only it.
"""

from __future__ import annotations

import bisect
from bisect import bisect_right

from egov_timeline.domain.layout.geometry import Cluster, Geometry, Measure, Placed
from egov_timeline.domain.layout.lane_index import LaneIndex
from egov_timeline.domain.layout.text import elide
from egov_timeline.domain.timescale import TimeScale

CROWDED = 150  # visible items in a lane from which the layout takes shortcuts


def visible_entries(
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


def _candidates(index: LaneIndex, k: int, rich: bool) -> tuple[str | None, ...]:
    """Labels to try, richest first: name and dates, name, acronym, none. Made once per
    item (`LaneIndex.candidates`)."""
    cache = index.candidates
    found = cache.get((k, rich))
    if found is None:
        candidates: list[str | None] = [index.names[k]]
        if rich:
            candidates.insert(0, f"{index.names[k]} \u00b7 {index.periods[k]}")
        if index.shorts[k]:
            candidates.append(index.shorts[k])
        candidates.append(None)
        found = cache[(k, rich)] = tuple(candidates)
    return found


class _Rows:
    """What each row holds: spans (left, right + gap) that never overlap, sorted."""

    def __init__(self, rows: int, touch: float, width: float = float("inf")) -> None:
        self.lefts: list[list[float]] = [[] for _ in range(rows)]
        self.rights: list[list[float]] = [[] for _ in range(rows)]
        self.touch = touch
        self.width = width
        self.full = [False] * rows  # a span covers the row from edge to edge
        self.full_rows = 0

    def free(self, row: int, left: float, right: float) -> bool:
        if self.full[row]:
            return False
        lefts = self.lefts[row]
        # the last span that starts before this one ends is the only one that can meet it
        i = bisect.bisect_right(lefts, right - self.touch)
        return i == 0 or self.rights[row][i - 1] <= left + self.touch

    def take(self, row: int, left: float, right: float) -> None:
        i = bisect.bisect_left(self.lefts[row], left)
        self.lefts[row].insert(i, left)
        self.rights[row].insert(i, right)
        if left <= 0.0 and right >= self.width and not self.full[row]:
            self.full[row] = True  # zoomed into a long period: nothing else fits here
            self.full_rows += 1

    def blocker_right(self, row: int, left: float, right: float) -> float:
        """The right end of what a span meets in the row (the last that starts before it ends)."""
        i = bisect.bisect_right(self.lefts[row], right - self.touch)
        return self.rights[row][i - 1] if i else left

    def give_back(self, row: int, left: float) -> None:
        i = bisect.bisect_left(self.lefts[row], left)
        del self.lefts[row][i], self.rights[row][i]
        if self.full[row] and not any(
            a <= 0.0 and b >= self.width
            for a, b in zip(self.lefts[row], self.rights[row], strict=True)
        ):
            self.full[row] = False
            self.full_rows -= 1

    def room_after(self, row: int, right: float, width: float) -> float:
        """Where the next span of the row begins, right of `right` (the view's edge if none)."""
        lefts = self.lefts[row]
        i = bisect.bisect_left(lefts, right)
        return min(lefts[i], width) if i < len(lefts) else width


def placing_order(
    entries: list[tuple[Placed, float, float]], index: LaneIndex, boost: frozenset[str]
) -> list[int]:
    """The entries most worth naming first (matches of a filter or a search, then by the
    lane's priorities), in start order among equals."""
    priority = index.priority
    keys = [
        (-(priority[t.index] + (16 if t.item_id in boost else 0)), j)
        for j, (t, _l, _r) in enumerate(entries)
    ]
    return [j for _key, j in sorted(keys)]


class Trace:
    """What each item got in a lane's last layout (a row, its footprint and its label, or
    None for nowhere), in placing order, and in how many rows: see `stack_rows`."""

    def __init__(self) -> None:
        self.steps: list[tuple[int, tuple[float, float, float, float, bool], str | None] | None]
        self.steps = []
        self.rows = 0


def stack_rows(
    entries: list[tuple[Placed, float, float]],
    index: LaneIndex,
    scale: TimeScale,
    measure: Measure,
    g: Geometry,
    rows: int,
    rich: bool,
    order: list[int] | None = None,
    boost: frozenset[str] = frozenset(),
    trace: Trace | None = None,
    until_overflow: bool = False,
) -> tuple[list[Placed], list[Placed]]:
    """Place the entries, most important first (`order`), each in the first row from its
    lowest where its richest label fits; what fits nowhere is returned as overflow.

    `until_overflow` stops at the first item that fits nowhere, for a caller that then
    lays the lane out again in fewer rows (room for its "+N"): what it returns then is
    only the items placed so far and that one, and its trace is what they got.

    `trace` keeps what each item got, so that the same lane laid out again in fewer rows
    (when the rows are shared out) takes the same again without searching for as long as
    the result cannot differ: each item sees the same rows below the new count, and one
    that got a row below it gets that row again. The first item that got a row at or above
    the new count is searched for afresh, and everything after it."""
    width = scale.width
    earlier = trace.steps if trace is not None and trace.rows > rows else []
    earlier_rows = trace.rows if trace is not None else rows
    steps: list[tuple[int, tuple[float, float, float, float, bool], str | None] | None] = []
    inside_only = index.labels_inside_only
    # Back-to-back ranges (one term after another) may touch; everything else keeps a gap.
    gap = 0.0 if inside_only else g.item_gap
    # A term that ends on the day the next begins still counts as touching, not overlapping.
    touch = max(0.5, 1.5 * scale.px_per_year / 365) if inside_only else 0.0
    taken = _Rows(rows, touch, width)
    placed: list[Placed] = []
    overflow: list[Placed] = []
    # A crowded lane (a big pack) takes the fast way: after what is boosted (a filter's or
    # a search's matches, placed first as anywhere), the items go in start order, so that
    # a row is free for one when what it holds ends before it begins (`rows_right`), and
    # once every row is full to the right edge the rest is counted; a label goes after
    # its item only. An uncrowded lane is placed most important first, labels before or
    # after, each row searched for a gap.
    crowded = len(entries) > CROWDED
    ways_tried = 1 if crowded else 2
    sequence = list(order if order is not None else range(len(entries)))
    boosted = 0
    if crowded:
        first = [j for j in sequence if entries[j][0].item_id in boost]
        boosted = len(first)
        sequence = first + [j for j in range(len(entries)) if entries[j][0].item_id not in boost]
    rows_right = [float("-inf")] * rows  # crowded lanes: the right end of each row
    mixed = [False] * rows  # crowded lanes: the row holds a boosted item

    def row_for(
        ways: list[tuple[float, float, float, float, bool]],
        first_row: int,
        n: int,
        body_fits: list[bool | None],
        body: tuple[float, float, float, float, bool],
    ):
        """The first row from `first_row` that takes one of the ways; a row where the body
        alone does not fit is skipped (and remembered, for the item's other labels)."""
        if not crowded or n < boosted:
            # `_Rows.free`, inlined: this loop is most of a frame's layout
            full, all_lefts, all_rights = taken.full, taken.lefts, taken.rights
            for r in range(first_row, rows):
                if full[r]:
                    continue
                lefts, rights = all_lefts[r], all_rights[r]
                fits = body_fits[r]
                if fits is None:
                    i = bisect_right(lefts, body[1] + gap - touch)
                    fits = body_fits[r] = i == 0 or rights[i - 1] <= body[0] + touch
                if fits:
                    for way in ways:
                        i = bisect_right(lefts, way[1] + gap - touch)
                        if i == 0 or rights[i - 1] <= way[0] + touch:
                            return r, way
            return None
        for way in ways:
            limit = way[0] + touch
            for r in range(first_row, rows):
                if rows_right[r] <= limit and (not mixed[r] or taken.free(r, way[0], way[1] + gap)):
                    return r, way
        return None

    if crowded:
        earlier = []  # the fast way keeps more state than a row: always searched
    for n, j in enumerate(sequence):
        if until_overflow and overflow:
            break
        template, body_left, body_right = entries[j]
        k = template.index
        if n < len(earlier) and min(index.min_row[k], rows - 1) == min(
            index.min_row[k], earlier_rows - 1
        ):
            step = earlier[n]
            if step is None or step[0] < rows:
                entry = Placed(
                    k, template.item_id, -1, template.x0, template.x1, template.mark,
                    template.is_range,
                )  # fmt: skip
                steps.append(step)
                if step is None:
                    overflow.append(entry)  # nowhere in more rows, so nowhere in fewer
                    continue
                row, way, label = step
                taken.take(row, way[0], way[1] + gap)
                entry.row = entry.label_row = row
                entry.label, entry.label_x, entry.label_w, entry.label_inside = (
                    label, way[2], way[3], way[4],
                )  # fmt: skip
                placed.append(entry)
                continue
        earlier = []  # from here on the rows differ: searched afresh
        if crowded and n >= boosted and min(rows_right) > width + touch:
            # every row is full to the right edge: the rest can only be counted
            overflow.extend(
                Placed(t.index, t.item_id, -1, t.x0, t.x1, t.mark, t.is_range)
                for t, _l, _r in (entries[i] for i in sequence[n:])
            )
            break
        entry = Placed(
            k, template.item_id, -1, template.x0, template.x1, template.mark, template.is_range
        )
        if crowded and n >= boosted and min(rows_right) > body_left + touch:
            overflow.append(entry)  # every row is taken past where it begins
            continue
        if taken.full_rows == rows:
            overflow.append(entry)  # every row is taken from edge to edge
            steps.append(None)
            continue
        first_row = min(index.min_row[k], rows - 1)
        if inside_only and entry.is_range:
            # occupy the true period, so that a very short term does not push the next one
            body_right = max(body_left, scale.x_for(index.ends[k]))
        whisker = has_whisker(entry, g)
        found_at: tuple[int, tuple[float, float, float, float, bool], str | None] | None = None
        # a row where the body alone does not fit takes no label either
        body = _with_whisker((body_left, body_right, 0.0, 0.0, False), entry, whisker)
        body_fits: list[bool | None] = [None] * rows
        for label in _candidates(index, k, rich):
            ways = _footprint(
                label, entry.is_range, body_left, body_right, width, measure, g, inside_only
            )[:ways_tried]
            if whisker:
                ways = [_with_whisker(way, entry, whisker) for way in ways]
            spot = row_for(ways, first_row, n, body_fits, body)
            found_at = None if spot is None else (spot[0], spot[1], label)
            if found_at is not None or label is None:
                break
        if found_at is not None and found_at[2] is None and not inside_only:
            # no whole label fits: a name cut short beside the item, where its row has room
            row, found, _label = found_at
            shortened = _elided_beside(
                index.names[k], body_right, taken.room_after(row, found[1], width), measure, g
            )
            if shortened is not None:
                text, label_x, label_w = shortened
                found = _with_whisker(
                    (body_left, label_x + label_w, label_x, label_w, False), entry, whisker
                )
                found_at = (row, found, text)
        if found_at is None:
            overflow.append(entry)
            steps.append(None)
            continue
        row, way, label = found_at
        steps.append(found_at)
        left, right, label_x, label_w, inside = way
        taken.take(row, left, right + gap)
        if crowded and n < boosted:
            mixed[row] = True
        elif crowded:
            rows_right[row] = max(rows_right[row], right + gap)
        entry.row = entry.label_row = row
        entry.label, entry.label_x, entry.label_w, entry.label_inside = (
            label,
            label_x,
            label_w,
            inside,
        )
        placed.append(entry)
    if trace is not None:  # a crowded lane's steps are not all kept: nothing to replay
        trace.steps, trace.rows = ([], 0) if crowded else (steps, rows)
    if until_overflow and overflow:
        return placed, overflow  # laid out again by the caller: no captions, no order
    if inside_only:
        _add_captions(placed, index, measure, g, width, taken)
    placed.sort(key=lambda p: p.index)
    overflow.sort(key=lambda p: p.index)
    return placed, overflow


def lone_items(
    clusters: list[Cluster],
    entries: list[tuple[Placed, float, float]],
    index: LaneIndex,
    scale: TimeScale,
    measure: Measure,
    g: Geometry,
    row: int,
) -> tuple[list[Placed], list[Cluster]]:
    """A "+1" never stands for an item that fits in the markers' row on its own: such an
    item is drawn there, with its name, acronym or no label, whichever fits. Returns those
    items and the clusters that remain."""
    taken = _Rows(row + 1, 0.0)
    for cluster in clusters:
        taken.take(row, cluster.x, cluster.x + cluster.width + g.item_gap)
    by_id = {t.item_id: (t, left, right) for t, left, right in entries}
    lone: list[Placed] = []
    kept: list[Cluster] = []
    for cluster in clusters:
        template, body_left, body_right = by_id.get(cluster.item_ids[0], (None, 0.0, 0.0))
        if cluster.count > 1 or template is None:
            kept.append(cluster)
            continue
        k = template.index
        taken.give_back(row, cluster.x)  # in place of its marker, if it fits
        for label in (index.names[k], index.shorts[k], None):
            ways = [
                _with_whisker(way, template, has_whisker(template, g))
                for way in _footprint(
                    label, template.is_range, body_left, body_right, scale.width, measure, g
                )
            ]
            found = next((w for w in ways if taken.free(row, w[0], w[1] + g.item_gap)), None)
            if found is None:
                continue
            left, right, label_x, label_w, inside = found
            taken.take(row, left, right + g.item_gap)
            entry = Placed(
                k,
                template.item_id,
                row,
                template.x0,
                template.x1,
                template.mark,
                template.is_range,
                label,
                label_x,
                label_w,
                inside,
                row,
            )
            lone.append(entry)
            break
        else:
            taken.take(row, cluster.x, cluster.x + cluster.width + g.item_gap)
            kept.append(cluster)
    return lone, kept


def _add_captions(
    placed: list[Placed],
    index: LaneIndex,
    measure: Measure,
    g: Geometry,
    width: float,
    taken: _Rows,
) -> None:
    """A bar too short for its name gets the name as a caption in a row below, where free:
    under its start, under its end or centred on it; the most important bars first."""
    rows = len(taken.lefts)
    for entry in sorted(placed, key=lambda p: (-index.priority[p.index], p.index)):
        if entry.label is not None:
            continue
        k = entry.index
        done = False
        for caption_row in range(entry.row + 1, min(rows, entry.row + 3)):
            for label in (index.names[k], index.shorts[k]):
                if not label:
                    continue
                label_w = measure(label)
                bar_right = max(entry.x1, entry.x0)
                # under its start, under its end, centred, or just clear of what is there
                # already (still starting under the bar)
                tries = [entry.x0, bar_right - label_w, (entry.x0 + bar_right - label_w) / 2]
                for x in tries:
                    x = min(max(x, 0.0), width - label_w)
                    left, right = x - g.label_gap, x + label_w + g.item_gap
                    if x < 0:
                        continue
                    if not taken.free(caption_row, left, right):
                        clear = taken.blocker_right(caption_row, left, right) + g.label_gap
                        if len(tries) < 8 and entry.x0 <= clear < bar_right:
                            tries.append(clear)
                        continue
                    taken.take(caption_row, left, right)
                    entry.label, entry.label_x, entry.label_w = label, x, label_w
                    entry.label_row = caption_row
                    done = True
                    break
                if done:
                    break
            if done:
                break


def _with_whisker(
    found: tuple[float, float, float, float, bool], entry: Placed, whisker: bool
) -> tuple[float, float, float, float, bool]:
    """A whisker is part of its item: nothing else may cross it (its own label may)."""
    if not whisker:
        return found
    left, right, label_x, label_w, inside = found
    return min(left, entry.x0), max(right, entry.x1), label_x, label_w, inside


def _footprint(
    label: str | None,
    is_range: bool,
    body_left: float,
    body_right: float,
    width: float,
    measure: Measure,
    g: Geometry,
    inside_only: bool = False,
) -> list[tuple[float, float, float, float, bool]]:
    """The ways the item can sit in a row with this label, best first: (left, right) it
    occupies and where its label goes (inside its bar, after it, or before it). Empty when
    the label cannot be shown whole inside the view."""
    if label is None:
        return [(body_left, body_right, 0.0, 0.0, False)]
    label_w = measure(label)
    if is_range:
        # A label rides inside the visible part of its bar when it fits (sticky at the left edge).
        vis_left, vis_right = max(body_left, 0.0), min(body_right, width)
        if vis_right - vis_left >= label_w + 2 * g.label_pad:
            return [(body_left, body_right, vis_left + g.label_pad, label_w, True)]
        if inside_only:
            return []
    ways = []
    after = body_right + g.label_gap
    if after >= 0 and after + label_w <= width:
        ways.append((body_left, after + label_w, after, label_w, False))
    before = body_left - g.label_gap - label_w
    if before >= 0 and body_left <= width:
        ways.append((before, body_right, before, label_w, False))
    return ways


def _elided_beside(
    name: str, body_right: float, room_end: float, measure: Measure, g: Geometry
) -> tuple[str, float, float] | None:
    """The name cut with an ellipsis to the room right of the item, if a useful part of it
    fits there: (text, x, width)."""
    x = body_right + g.label_gap
    if x < 0:
        return None
    text = elide(name, room_end - g.item_gap - x - 1.0, measure)
    if len(text) < 6:
        return None
    return text, x, measure(text)
