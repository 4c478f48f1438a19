"""Where each item of a lane goes on screen: rows, labels that never overlap, clusters.

Cost follows what is visible, not what exists: a lane keeps its items sorted by start, finds
the visible ones by binary search, and when too many are visible it shows counts per screen
bin ("+N" clusters that expand on zoom) instead of laying out each item. Measuring text is
passed in as a function, so this package needs no toolkit.

The modules, each with one job:
- `lane`: `layout_lane`, laying out one lane (rows, then clusters for what does not fit);
- `rows`: stacking the visible items in rows with labels that never overlap;
- `clusters`: the "+N" markers, and the counts of a crowded lane;
- `lane_index`: a lane's items sorted by start, and which of them are visible;
- `geometry`: the sizes the layout works with, and what it returns;
- `text`: wrapping and eliding text to a width.
"""

from egov_timeline.domain.layout.geometry import (
    DEFAULT_GEOMETRY,
    Cluster,
    Geometry,
    LaneLayout,
    Measure,
    Placed,
)
from egov_timeline.domain.layout.lane import layout_lane
from egov_timeline.domain.layout.lane_index import LaneIndex
from egov_timeline.domain.layout.rows import Trace, has_whisker
from egov_timeline.domain.layout.text import elide, wrap_cutting_words, wrap_text

__all__ = [
    "DEFAULT_GEOMETRY",
    "Cluster",
    "Geometry",
    "LaneIndex",
    "LaneLayout",
    "Measure",
    "Placed",
    "Trace",
    "elide",
    "has_whisker",
    "layout_lane",
    "wrap_cutting_words",
    "wrap_text",
]
