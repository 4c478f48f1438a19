"""Axis ticks that adapt to the zoom: decades, years, months or days, labels that never
collide. A month tick sits where the month begins, as dates are placed (February is
shorter than March); at the deepest zoom the days show."""

from __future__ import annotations

import calendar
import datetime as _dt
import math
from collections.abc import Callable

import msgspec

from egov_timeline.domain.dates import year_fraction
from egov_timeline.domain.timescale import TimeScale

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# (step in months, kind) from fine to coarse
_STEPS: tuple[int, ...] = (1, 3, 6, 12, 24, 60, 120, 240, 600)
_DAY_STEPS: tuple[int, ...] = (1, 2, 5, 10)  # counted from the 1st of each month
MIN_TICK_PX = 9.0
LABEL_GAP_PX = 14.0


class Tick(msgspec.Struct, frozen=True):
    year: float
    x: float
    label: str | None
    major: bool


MONTH_LABELS_FROM_PX_PER_YEAR = 260.0  # below this, years read better than months


def _label(months: int, step: int, language: str = "en") -> str:
    year, month = divmod(months, 12)
    if step < 12 and month != 0:
        return f"{month + 1}월" if language == "ko" else _MONTHS[month]
    return str(year)


def _month_start(months: int) -> float:
    """Where month number `months` (year * 12 + month - 1) begins, as a year."""
    year, month = divmod(months, 12)
    return year_fraction(year, month + 1, 1)


def _widest_label(step: int, measure: Callable[[str], float]) -> float:
    return max(measure("2000"), measure("May")) if step < 12 else measure("2000")


def ticks_for(
    scale: TimeScale, measure: Callable[[str], float], language: str = "en"
) -> list[Tick]:
    """Minor ticks at the finest step that stays MIN_TICK_PX apart; labels at the finest
    step whose widest label fits between neighbours with a gap, so labels never touch."""
    px_per_day = scale.px_per_year / 366.0  # the shortest a day is drawn
    if px_per_day >= MIN_TICK_PX:
        return _day_ticks(scale, measure, language)
    px_per_month = scale.px_per_year / 12.0
    minor = next((s for s in _STEPS if s * px_per_month >= MIN_TICK_PX), _STEPS[-1])
    labelled = next(
        (
            s
            for s in _STEPS
            if s >= minor and s * px_per_month >= _widest_label(s, measure) + LABEL_GAP_PX
        ),
        _STEPS[-1],
    )
    if labelled < 12 and scale.px_per_year < MONTH_LABELS_FROM_PX_PER_YEAR:
        labelled = 12
    # from the last label before the view, so the axis can keep that label in sight
    first = math.floor(math.floor(scale.start * 12 / labelled) * labelled / minor) * minor
    last = math.ceil(scale.end * 12)
    ticks: list[Tick] = []
    months = first
    while months <= last:
        year = _month_start(months)
        is_label = months % labelled == 0
        ticks.append(
            Tick(
                year,
                scale.x_for(year),
                _label(months, labelled, language) if is_label else None,
                is_label,
            )
        )
        months += minor
    return ticks


def corner_label(scale: TimeScale, language: str = "en") -> str | None:
    """What the corner left of the axis says when the ticks no longer do: the years in
    view when zoomed to months, the months (and year) when zoomed to days."""
    if scale.span >= 2.0:
        return None
    first, last = int(scale.start), int(scale.end - 1e-9)
    years = str(first) if first == last else f"{first}\u2013{last}"
    if language == "ko":
        years = f"{first}년" if first == last else f"{first}~{last}년"
    if scale.px_per_year / 366.0 < MIN_TICK_PX or first != last:
        return years
    months = [_month_of(scale.start), _month_of(scale.end - 1e-9)]
    if language == "ko":
        shown = f"{months[0]}월" if months[0] == months[1] else f"{months[0]}~{months[1]}월"
        return f"{first}년 {shown}"
    names = [_MONTHS[m - 1] for m in months]
    shown = names[0] if names[0] == names[1] else f"{names[0]}\u2013{names[1]}"
    return f"{shown} {first}"


def _month_of(year: float) -> int:
    whole = math.floor(year)
    days = (year - whole) * (366 if calendar.isleap(whole) else 365)
    return (_dt.date(whole, 1, 1) + _dt.timedelta(days=math.floor(days))).month


def _day_ticks(scale: TimeScale, measure: Callable[[str], float], language: str) -> list[Tick]:
    """A tick a day (or every few days from the 1st), labelled by its day of the month; the
    1st of a month by the month's name, the 1st of January by the year."""
    px_per_day = scale.px_per_year / 366.0
    minor = next((d for d in _DAY_STEPS if d * px_per_day >= MIN_TICK_PX), _DAY_STEPS[-1])
    widest = max(measure("30"), _widest_label(1, measure))
    labelled = next(
        (d for d in _DAY_STEPS if d >= minor and d * px_per_day >= widest + LABEL_GAP_PX),
        None,
    )
    year = math.floor(scale.start)
    days = (scale.start - year) * (366 if calendar.isleap(year) else 365)
    day = _dt.date(year, 1, 1) + _dt.timedelta(days=max(0, math.floor(days)))
    day = day.replace(day=1) if labelled else day  # from the label before the view
    ticks: list[Tick] = []
    while True:
        at = year_fraction(day.year, day.month, day.day)
        if at > scale.end:
            break
        n = day.day - 1
        if n % minor == 0:
            month_days = calendar.monthrange(day.year, day.month)[1]
            label = None
            if n == 0:
                months = day.year * 12 + day.month - 1
                label = _label(months, 1, language)
            elif labelled and n % labelled == 0 and month_days - n >= labelled:
                label = str(day.day)  # as a calendar numbers its days, in both languages
            ticks.append(Tick(at, scale.x_for(at), label, label is not None))
        day += _dt.timedelta(days=1)
    return ticks
