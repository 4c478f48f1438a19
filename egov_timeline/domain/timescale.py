"""Time-to-pixel maths for the timeline: a left edge, a zoom and a width. No Qt."""

from __future__ import annotations

import msgspec

MIN_SPAN_YEARS = 1.0 / 12.0  # zoom in down to about a month
EDGE_MARGIN = 0.04  # of the history, kept free at each end when fitted


class Bounds(msgspec.Struct, frozen=True):
    """The range the view may show: the whole history with a margin at each end."""

    first: float
    last: float

    @classmethod
    def around(cls, first: float, last: float) -> Bounds:
        span = max(last - first, MIN_SPAN_YEARS)
        margin = span * EDGE_MARGIN
        return cls(first - margin, last + margin)

    @property
    def span(self) -> float:
        return self.last - self.first


class TimeScale(msgspec.Struct, frozen=True):
    """Maps fractional years to x pixels: x = (year - start) * px_per_year."""

    start: float
    px_per_year: float
    width: float

    @property
    def end(self) -> float:
        return self.start + self.span

    @property
    def span(self) -> float:
        return self.width / self.px_per_year

    def x_for(self, year: float) -> float:
        return (year - self.start) * self.px_per_year

    def year_for(self, x: float) -> float:
        return self.start + x / self.px_per_year

    # ---- making new scales ------------------------------------------------------------
    @classmethod
    def showing(cls, first: float, last: float, width: float) -> TimeScale:
        width = max(width, 1.0)
        span = max(last - first, MIN_SPAN_YEARS)
        return cls(first, width / span, width)

    def with_width(self, width: float) -> TimeScale:
        """Same span centred on the same date, for a resized view."""
        centre = self.start + self.span / 2
        return TimeScale.showing(centre - self.span / 2, centre + self.span / 2, width)

    def zoomed_at(self, x: float, factor: float, bounds: Bounds) -> TimeScale:
        """Zoom by `factor` (>1 zooms in) keeping the date under pixel `x` under it."""
        anchor = self.year_for(x)
        ppy = self._clamp_ppy(self.px_per_year * factor, bounds)
        start = anchor - x / ppy
        return TimeScale(start, ppy, self.width).clamped(bounds)

    def panned(self, dx: float, bounds: Bounds) -> TimeScale:
        """Move the view by dx pixels (positive shows later years)."""
        return TimeScale(self.start + dx / self.px_per_year, self.px_per_year, self.width).clamped(
            bounds
        )

    def centred_on(self, year: float, bounds: Bounds) -> TimeScale:
        return TimeScale(year - self.span / 2, self.px_per_year, self.width).clamped(bounds)

    def clamped(self, bounds: Bounds) -> TimeScale:
        ppy = self._clamp_ppy(self.px_per_year, bounds)
        span = self.width / ppy
        start = self.start
        if span >= bounds.span:
            start = bounds.first - (span - bounds.span) / 2
        else:
            start = min(max(start, bounds.first), bounds.last - span)
        return TimeScale(start, ppy, self.width)

    def _clamp_ppy(self, ppy: float, bounds: Bounds) -> float:
        least = self.width / bounds.span  # the whole history
        most = self.width / MIN_SPAN_YEARS  # about a month
        return min(max(ppy, least), most)


def fit(bounds: Bounds, width: float) -> TimeScale:
    return TimeScale.showing(bounds.first, bounds.last, width)


FRAME_MARGIN = 0.08  # of the view, either side of an item zoomed to


def framing(first: float, last: float, width: float, label_px: float = 0.0) -> tuple[float, float]:
    """The range to show so that an item from `first` to `last` fills most of a view
    `width` px wide: a margin of FRAME_MARGIN either side, more on the right where its label
    (`label_px` wide) does not fit inside its bar; at least a year for a point."""
    width = max(width, 1.0)
    span = max(last - first, 0.0)
    view = span / (1 - 2 * FRAME_MARGIN)
    if view <= 0 or span / view * width < label_px + 12:  # the label goes after the item
        right = max(FRAME_MARGIN, min(label_px / width, 0.45) + 0.03)
        view = span / (1 - FRAME_MARGIN - right)
    view = max(view, 1.0)
    first_shown = first - FRAME_MARGIN * view
    return first_shown, first_shown + view
