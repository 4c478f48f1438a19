"""Colours and shapes of the timeline. Kind is shown by colour *and* shape (Okabe-Ito
palette, safe for colour-blind readers)."""

from __future__ import annotations

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
# Three looks: light for a laptop, dark for a dim room, high contrast for a weak projector.
# Every text colour keeps a contrast of at least 4.5:1 against what it is drawn on
# (tests/ui/test_themes.py computes it).
THEMES: dict[str, dict] = {
    "light": {
        "title": "Light",
        "background": "#FFFFFF",
        "text": "#1B1B1B",
        "muted_text": "#4A4A4A",
        "axis": "#6B6B6B",
        "grid": "#E3E5E9",
        "gutter": "#F4F5F7",
        "lane_rule": "#CFD2D8",
        "selection": "#D55E00",
        "selection_fill": "#FFE7A8",
        "related_fill": "#FFF4D6",
        "cluster_fill": "#FFFFFF",
        "cluster_text": "#1B1B1B",
        "faint_text": "#A3A7AE",
        "mastery": "#009E73",
        "marker_outline": "#1B1B1B",
        "bar_strength": 0.28,
        "right": "#0B6E4F",
        "wrong": "#B3261E",
        "stage_tints": ("#EAF3FB", "#FDF3E1", "#E8F5EE", "#F8EAF2", "#EEF0F8", "#F6F4E4"),
        "window": "#EFEFEF",
        "base": "#FFFFFF",
        "button": "#F4F5F7",
        "link": "#0B57A4",
        "highlight": "#1F6FB2",
        "highlight_text": "#FFFFFF",
    },
    "dark": {
        "title": "Dark",
        "background": "#1C1D21",
        "text": "#ECEDEF",
        "muted_text": "#B9BDC6",
        "axis": "#9AA0AA",
        "grid": "#2C2F36",
        "gutter": "#24262B",
        "lane_rule": "#3A3E46",
        "selection": "#FFB000",
        "selection_fill": "#4A3B12",
        "related_fill": "#33301F",
        "cluster_fill": "#24262B",
        "cluster_text": "#ECEDEF",
        "faint_text": "#6E737C",
        "mastery": "#3CCB8F",
        "marker_outline": "#0E0F11",
        "bar_strength": 0.42,
        "right": "#6EDBA8",
        "wrong": "#FF8A80",
        "stage_tints": ("#1F2A36", "#33291A", "#1D3128", "#33232D", "#262A38", "#2F2D1E"),
        "window": "#26282D",
        "base": "#1C1D21",
        "button": "#2F3238",
        "link": "#8AB8FF",
        "highlight": "#2F62B0",
        "highlight_text": "#FFFFFF",
    },
    "contrast": {
        "title": "High contrast",
        "background": "#000000",
        "text": "#FFFFFF",
        "muted_text": "#E6E6E6",
        "axis": "#FFFFFF",
        "grid": "#404040",
        "gutter": "#000000",
        "lane_rule": "#FFFFFF",
        "selection": "#FFD400",
        "selection_fill": "#4D4000",
        "related_fill": "#262000",
        "cluster_fill": "#000000",
        "cluster_text": "#FFFFFF",
        "faint_text": "#9A9A9A",
        "mastery": "#00FF7F",
        "marker_outline": "#FFFFFF",
        "bar_strength": 0.5,
        "right": "#00FF7F",
        "wrong": "#FF6B6B",
        "stage_tints": ("#0A1E33", "#33220A", "#0A2E1C", "#330A26", "#141A3D", "#2E2B0A"),
        "window": "#000000",
        "base": "#000000",
        "button": "#1A1A1A",
        "link": "#FFFF00",
        "highlight": "#FFD400",
        "highlight_text": "#000000",
    },
}


class Theme:
    """The colours of one look, as QColor objects made once."""

    def __init__(self, name: str = "light") -> None:
        spec = THEMES.get(name, THEMES["light"])
        self.name = name if name in THEMES else "light"
        self.title: str = spec["title"]
        self.spec = spec
        self.background = QColor(spec["background"])
        self.text = QColor(spec["text"])
        self.muted_text = QColor(spec["muted_text"])
        self.axis = QColor(spec["axis"])
        self.grid = QColor(spec["grid"])
        self.gutter = QColor(spec["gutter"])
        self.lane_rule = QColor(spec["lane_rule"])
        self.selection = QColor(spec["selection"])
        self.selection_fill = QColor(spec["selection_fill"])
        self.related_fill = QColor(spec["related_fill"])
        self.cluster_fill = QColor(spec["cluster_fill"])
        self.cluster_text = QColor(spec["cluster_text"])
        self.faint_text = QColor(spec["faint_text"])
        self.mastery = QColor(spec["mastery"])
        self.marker_outline = QColor(spec["marker_outline"])
        self.right = QColor(spec["right"])
        self.wrong = QColor(spec["wrong"])
        self.window = QColor(spec["window"])
        self.base = QColor(spec["base"])
        self.button = QColor(spec["button"])
        self.link = QColor(spec["link"])
        self.highlight = QColor(spec["highlight"])
        self.highlight_text = QColor(spec["highlight_text"])
        self.bar_strength: float = spec["bar_strength"]
        self._tints = [QColor(c) for c in spec["stage_tints"]]
        self._fills = {
            k: mix(QColor(c), self.background, self.bar_strength) for k, c in KIND_COLOURS.items()
        }

    def kind_colour(self, kind: str) -> QColor:
        return QColor(KIND_COLOURS[kind])

    def bar_fill(self, kind: str) -> QColor:
        # A tint of the kind's colour keeps the label text on the bar readable.
        return QColor(self._fills[kind])

    def whisker(self, kind: str) -> QColor:
        return mix(QColor(KIND_COLOURS[kind]), self.background, 0.6)

    def stage_tint(self, order: int) -> QColor:
        return QColor(self._tints[(order - 1) % len(self._tints)])


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
