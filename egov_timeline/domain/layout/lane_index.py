"""A lane's items sorted by start, with what the layout needs precomputed: their ends,
labels and rows, and which of them a view shows, found by binary search. No toolkit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.model import Item


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
        # Who is named first when not all can be: the content's importance, then a full
        # term over an acting one, then a period over a point.
        self.priority = [
            4 * item.importance + 2 * (1 - low) + ranged
            for item, low, ranged in zip(ordered, self.min_row, self.is_range, strict=True)
        ]
        self.position = {item_id: k for k, item_id in enumerate(self.ids)}
        self.entries_cache: tuple[tuple, list] | None = None
        # the labels the layout tries per item, richest first (`rows._candidates`)
        self.candidates: dict[tuple[int, bool], tuple[str | None, ...]] = {}

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
