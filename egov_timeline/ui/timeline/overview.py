"""A strip of the whole history under the timeline; the visible window is marked and can be
dragged."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from egov_timeline.domain.timeline import LANE_KINDS
from egov_timeline.domain.timescale import TimeScale
from egov_timeline.ui.timeline.theme import Theme
from egov_timeline.ui.timeline.view import TimelineView

DENSITY_BINS = 400


class OverviewStrip(QWidget):
    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setAccessibleName(self.tr("Overview of the whole history"))
        self.setToolTip(self.tr("The whole history. Drag the frame or click to move the timeline."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # It paints every pixel (its background pixmap): what lies under it need not be
        # painted first on every frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.view = view
        self.theme = Theme()
        self._background: QPixmap | None = None
        self._drag_offset: float | None = None
        self._density = self._compute_density()
        view.view_changed.connect(self.update)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._background = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text size: redraw the label
            self._background = None
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def refresh_content(self) -> None:
        """The view shows another pack: recount what the strip draws."""
        self._density = self._compute_density()
        self._background = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 44)

    def _left(self) -> float:
        return float(self.view.painter.gutter)

    def _scale(self) -> TimeScale:
        b = self.view.bounds
        return TimeScale.showing(b.first, b.last, max(1.0, self.width() - self._left() - 4))

    def _compute_density(self) -> dict[str, list[int]]:
        b = self.view.bounds
        counts: dict[str, list[int]] = {}
        for kind in LANE_KINDS:
            bins = [0] * DENSITY_BINS
            lane = self.view.content.lanes[kind]
            for start, end in zip(lane.starts, lane.ends, strict=True):
                mid = (start + min(end, b.last)) / 2
                k = int((mid - b.first) / b.span * DENSITY_BINS)
                if 0 <= k < DENSITY_BINS:
                    bins[k] += 1
            counts[kind] = bins
        return counts

    def resizeEvent(self, event) -> None:
        self._background = None
        super().resizeEvent(event)

    def _paint_background(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.theme.gutter)
        p = QPainter(pixmap)
        left = self._left()
        s = self._scale()
        h = self.height()
        for band in self.view.content.stages:
            x0, x1 = left + s.x_for(band.first), left + s.x_for(band.last)
            p.fillRect(QRectF(x0, 2, x1 - x0, h - 4), self.theme.stage_tint(band.item.order))
        lane_h = (h - 8) / len(LANE_KINDS)
        b = self.view.bounds
        for row, kind in enumerate(LANE_KINDS):
            bins = self._density[kind]
            peak = max(bins) or 1
            colour = self.theme.kind_colour(kind)
            y = 4 + row * lane_h
            for k, count in enumerate(bins):
                if not count:
                    continue
                year = b.first + (k + 0.5) / DENSITY_BINS * b.span
                x = left + s.x_for(year)
                c = QColor(colour)
                c.setAlphaF(0.35 + 0.65 * count / peak)
                p.fillRect(QRectF(x - 1, y + 1, 2.5, lane_h - 2), c)
        p.setPen(QPen(self.theme.muted_text))
        p.drawText(QRectF(6, 0, left - 8, h), Qt.AlignmentFlag.AlignVCenter, self.tr("Overview"))
        p.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if (
            self._background is None
            or self._background.size() != self.size() * self.devicePixelRatioF()
        ):
            self._background = self._paint_background()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._background)
        window = self._window_rect()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        shade = QColor(0, 0, 0, 30) if self.theme.name == "light" else QColor(0, 0, 0, 110)
        p.fillRect(QRectF(self._left(), 0, window.left() - self._left(), self.height()), shade)
        p.fillRect(QRectF(window.right(), 0, self.width() - window.right(), self.height()), shade)
        p.setPen(QPen(self.theme.selection, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(window.adjusted(1, 1, -1, -1), 3, 3)
        p.end()

    def _window_rect(self) -> QRectF:
        s = self._scale()
        first, last = self.view.visible_range()
        x0 = self._left() + s.x_for(max(first, self.view.bounds.first))
        x1 = self._left() + s.x_for(min(last, self.view.bounds.last))
        return QRectF(x0, 0, max(6.0, x1 - x0), self.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        window = self._window_rect()
        x = event.position().x()
        if not window.contains(QPointF(x, window.center().y())):
            self._centre_at(x)
            window = self._window_rect()
        self._drag_offset = x - window.left()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            return
        s = self._scale()
        start = s.year_for(event.position().x() - self._drag_offset - self._left())
        current = self.view.scale
        self.view.set_scale(TimeScale(start, current.px_per_year, current.width))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    @Slot()
    def _centre_at(self, x: float) -> None:
        year = self._scale().year_for(x - self._left())
        self.view.set_scale(self.view.scale.centred_on(year, self.view.bounds))
