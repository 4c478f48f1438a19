"""Stacking a lane's visible items in rows, each with the richest label that fits, so that
no two items or labels overlap. No toolkit.

Items are placed greedily in start order, each in the first row whose right edge is clear
of it, with its name and dates, else its name, else its acronym, else no label; the
selected item is placed first, wherever it is. In a lane of back-to-back ranges
(presidents) names sit inside the bars only, and a bar too short for its name gets it as a
caption in the row below. This is one algorithm, kept whole: its helpers (where a label
goes, a shortened label for the selection, captions) serve only it.
"""

from __future__ import annotations

from egov_timeline.domain.layout.geometry import Geometry, Measure, Placed
from egov_timeline.domain.layout.lane_index import LaneIndex
from egov_timeline.domain.layout.text import elide
from egov_timeline.domain.timescale import TimeScale


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


def stack_rows(
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
