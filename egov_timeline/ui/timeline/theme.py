"""Colours and shapes of the timeline. Kind is shown by colour *and* shape (Okabe-Ito
palette, safe for colour-blind readers)."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPath

KIND_COLOURS = {
    "administration": "#0072B2",
    "project": "#E69F00",
    "law": "#009E73",
    "agency": "#CC79A7",
    "stage": "#56B4E9",
}
KIND_SHAPES = {
    "project": "circle",
    "law": "diamond",
    "agency": "square",
    "administration": "bar",
    "stage": "band",
}
STAGE_TINTS = ("#EAF3FB", "#FDF3E1", "#E8F5EE", "#F8EAF2", "#EEF0F8", "#F6F4E4")


class Theme(msgspec.Struct, frozen=True):
    background: QColor = msgspec.field(default_factory=lambda: QColor("#FFFFFF"))
    text: QColor = msgspec.field(default_factory=lambda: QColor("#1B1B1B"))
    muted_text: QColor = msgspec.field(default_factory=lambda: QColor("#4A4A4A"))
    axis: QColor = msgspec.field(default_factory=lambda: QColor("#6B6B6B"))
    # Lines are opaque: Qt's raster engine draws semi-transparent lines ten times slower.
    grid: QColor = msgspec.field(default_factory=lambda: QColor("#E3E5E9"))
    gutter: QColor = msgspec.field(default_factory=lambda: QColor("#F4F5F7"))
    lane_rule: QColor = msgspec.field(default_factory=lambda: QColor("#CFD2D8"))
    selection: QColor = msgspec.field(default_factory=lambda: QColor("#D55E00"))
    selection_fill: QColor = msgspec.field(default_factory=lambda: QColor("#FFE7A8"))
    related_fill: QColor = msgspec.field(default_factory=lambda: QColor("#FFF4D6"))
    cluster_fill: QColor = msgspec.field(default_factory=lambda: QColor("#FFFFFF"))
    cluster_text: QColor = msgspec.field(default_factory=lambda: QColor("#1B1B1B"))
    faint_text: QColor = msgspec.field(default_factory=lambda: QColor("#A3A7AE"))
    mastery: QColor = msgspec.field(default_factory=lambda: QColor("#009E73"))

    def kind_colour(self, kind: str) -> QColor:
        return QColor(KIND_COLOURS[kind])

    def bar_fill(self, kind: str) -> QColor:
        # A light tint of the kind's colour keeps dark label text readable on the bar.
        colour = QColor(KIND_COLOURS[kind])
        return QColor(
            round(colour.red() * 0.28 + 255 * 0.72),
            round(colour.green() * 0.28 + 255 * 0.72),
            round(colour.blue() * 0.28 + 255 * 0.72),
        )

    def whisker(self, kind: str) -> QColor:
        return mix(QColor(KIND_COLOURS[kind]), self.background, 0.6)

    def stage_tint(self, order: int) -> QColor:
        return QColor(STAGE_TINTS[(order - 1) % len(STAGE_TINTS)])


def mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """An opaque colour `amount` of the way from `background` to `colour`."""
    return QColor(
        round(background.red() + (colour.red() - background.red()) * amount),
        round(background.green() + (colour.green() - background.green()) * amount),
        round(background.blue() + (colour.blue() - background.blue()) * amount),
    )


def marker_path(shape: str, centre: QPointF, size: float) -> QPainterPath:
    """The outline of a point marker: circle (project), diamond (law), square (agency)."""
    half = size / 2
    path = QPainterPath()
    if shape == "diamond":
        half *= 1.2
        path.moveTo(centre.x(), centre.y() - half)
        path.lineTo(centre.x() + half, centre.y())
        path.lineTo(centre.x(), centre.y() + half)
        path.lineTo(centre.x() - half, centre.y())
        path.closeSubpath()
    elif shape == "square":
        half *= 0.9
        path.addRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
    else:
        path.addEllipse(centre, half, half)
    return path
