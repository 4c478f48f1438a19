"""Laying out one lane: the visible items in rows, and "+N" clusters for what does not fit.

Cost follows what is visible, not what exists: the lane's index finds the visible items by
binary search, and when too many are visible it shows counts per screen bin instead of
laying out each item (`clusters.dense_layout`). Otherwise the items are stacked in rows
(`rows.stack_rows`); what fits in no row is counted in clusters in the last row.
"""

from __future__ import annotations

from egov_timeline.domain.layout.clusters import dense_layout, overflow_clusters
from egov_timeline.domain.layout.geometry import DEFAULT_GEOMETRY, Geometry, LaneLayout, Measure
from egov_timeline.domain.layout.lane_index import LaneIndex
from egov_timeline.domain.layout.rows import (
    Trace,
    lone_items,
    placing_order,
    stack_rows,
    visible_entries,
)
from egov_timeline.domain.timescale import TimeScale


def layout_lane(
    index: LaneIndex,
    scale: TimeScale,
    measure: Measure,
    max_rows: int,
    geometry: Geometry | None = None,
    *,
    sizing_only: bool = False,
    boost: frozenset[str] = frozenset(),
    trace: Trace | None = None,
) -> LaneLayout:
    """Place the visible items of a lane in at most `max_rows` rows without overlaps.

    Items are stacked greedily, the most important first (`boost`: the matches of a filter
    or a search, first of all), each in the first row where it fits with its richest label.
    What fits in no row goes into "+N" clusters in the last row, except a lone item that
    fits there on its own. `sizing_only` answers how many rows are wanted and skips
    building clusters. `trace`, given to each layout of the lane in one frame, lets a
    layout in fewer rows take what the one before settled (`rows.stack_rows`)."""
    geometry = geometry or DEFAULT_GEOMETRY
    max_rows = max(1, max_rows)
    first, last = scale.start, scale.end
    # Points are drawn with a marker and a label to the right: look a little to the left.
    slack = (geometry.marker / 2) / scale.px_per_year
    if index.count_visible(first - slack, last) > geometry.dense_limit:
        return dense_layout(index, scale, measure, geometry)
    key = (scale, geometry)
    if index.entries_cache is not None and index.entries_cache[0] == key:
        entries = index.entries_cache[1]
    else:  # the same frame lays a lane out more than once when rows are shared out
        entries = visible_entries(index, scale, geometry, index.visible(first - slack, last))
        index.entries_cache = (key, entries)
    rich = scale.px_per_year >= geometry.rich_px_per_year
    order = placing_order(entries, index, boost)
    # What overflows is laid out again in a row fewer (for its "+N"), and in sizing only
    # counted: the first item that fits nowhere ends this pass.
    placed, overflow = stack_rows(
        entries, index, scale, measure, geometry, max_rows, rich, order, boost, trace,
        until_overflow=True,
    )  # fmt: skip
    if not overflow:
        rows = max((max(p.row, p.label_row) for p in placed), default=-1) + 1
        return LaneLayout(placed, [], rows, dense=False)
    if sizing_only:
        return LaneLayout(placed, [], max_rows, dense=False, overflowed=True)
    if max_rows == 1:
        placed, overflow = [], [e for e, _l, _r in entries]
    else:
        placed, overflow = stack_rows(
            entries, index, scale, measure, geometry, max_rows - 1, rich, order, boost, trace
        )
    clusters = overflow_clusters(
        overflow, index, measure, geometry, row=max_rows - 1, width=scale.width
    )
    lone, clusters = lone_items(clusters, entries, index, scale, measure, geometry, max_rows - 1)
    placed += lone
    return LaneLayout(placed, clusters, max_rows, dense=False, overflowed=True)
