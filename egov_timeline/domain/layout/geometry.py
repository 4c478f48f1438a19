"""What a lane's layout is made of: the sizes it works with (`Geometry`), and what it
returns: each item placed (`Placed`), the "+N" clusters of what did not fit (`Cluster`),
and the lane as a whole (`LaneLayout`). No toolkit: text is measured by a `Measure` the
view passes in.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

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
