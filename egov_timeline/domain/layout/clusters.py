"""The "+N" clusters of a lane: what did not fit in the rows, merged into markers that
never touch each other, and the counts per screen bin of a lane too crowded to lay out
item by item (found by binary search). Zooming to a cluster expands it. No toolkit.
"""

from __future__ import annotations

import bisect

from egov_timeline.domain.layout.geometry import Cluster, Geometry, LaneLayout, Measure, Placed
from egov_timeline.domain.layout.lane_index import LaneIndex
from egov_timeline.domain.timescale import TimeScale


def overflow_clusters(
    overflow: list[Placed],
    index: LaneIndex,
    measure: Measure,
    g: Geometry,
    row: int,
    width: float = float("inf"),
) -> list[Cluster]:
    """Merge what did not fit into "+N" markers that never touch each other, the last kept
    inside the view's `width` (moved left, or merged into the one before)."""
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
    while clusters and clusters[-1].x + clusters[-1].width > width:
        last = clusters.pop()
        x = max(0.0, width - last.width)
        before = clusters[-1] if clusters else None
        if before is None or x >= before.x + before.width + g.item_gap:
            last.x = x
            clusters.append(last)
            break
        before.count += last.count  # no room between: one marker for both
        before.item_ids += last.item_ids
        before.first_year = min(before.first_year, last.first_year)
        before.last_year = max(before.last_year, last.last_year)
        before.width = measure(before.text) + 2 * g.cluster_pad
    return clusters


def dense_layout(index: LaneIndex, scale: TimeScale, measure: Measure, g: Geometry) -> LaneLayout:
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
