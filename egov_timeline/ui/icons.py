"""Small icons drawn in code: the legend shapes of each kind, and the app icon."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from egov_timeline.paths import resources_dir
from egov_timeline.ui.timeline.theme import KIND_SHAPES, Theme, marker_path


def kind_icon(kind: str, size: int = 16) -> QIcon:
    theme = Theme()
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    colour = theme.kind_colour(kind)
    shape = KIND_SHAPES[kind]
    if shape in ("bar", "band"):
        fill = theme.bar_fill(kind) if shape == "bar" else theme.stage_tint(1)
        p.setPen(QPen(colour, 1.4))
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(QRectF(1.5, size * 0.25, size - 3, size * 0.5), 2, 2)
    else:
        p.setPen(QPen(QColor("#1B1B1B"), 1))
        p.setBrush(QBrush(colour))
        p.drawPath(marker_path(shape, QPointF(size / 2, size / 2), size * 0.62))
    p.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icon.svg"))
