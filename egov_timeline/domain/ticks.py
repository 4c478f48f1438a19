"""Axis ticks that adapt to the zoom: decades, years or months, labels that never collide."""

from __future__ import annotations

import math
from collections.abc import Callable

import msgspec

from egov_timeline.domain.timescale import TimeScale

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# (step in months, kind) from fine to coarse
_STEPS: tuple[int, ...] = (1, 3, 6, 12, 24, 60, 120, 240, 600)
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


def _widest_label(step: int, measure: Callable[[str], float]) -> float:
    return max(measure("2000"), measure("May")) if step < 12 else measure("2000")


def ticks_for(
    scale: TimeScale, measure: Callable[[str], float], language: str = "en"
) -> list[Tick]:
    """Minor ticks at the finest step that stays MIN_TICK_PX apart; labels at the finest
    step whose widest label fits between neighbours with a gap, so labels never touch."""
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
        year = months / 12.0
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
