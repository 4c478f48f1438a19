"""The interactive timeline: zoom, pan, select, hover, keyboard. Laying a frame out is
`domain/frame.py`'s, painting it TimelinePainter's.

Kept whole at about 500 lines: every handler here reads and changes the same few things (the
scale and its animation, the selection, the hidden lanes, the cached frame), and split apart
they would reach into one another.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from egov_timeline.domain.frame import Box, Frame
from egov_timeline.domain.timeline import TimelineContent, cluster_lines, hover_lines
from egov_timeline.domain.timescale import TimeScale, fit, framing
from egov_timeline.ui.plain import tooltip
from egov_timeline.ui.timeline.painter import PaintState, TimelinePainter, qrect

WHEEL_ZOOM_PER_NOTCH = 1.25
KEY_ZOOM = 1.6
PAN_FRACTION = 0.15
ANIMATION_MS = 260


class TimelineView(QAbstractScrollArea):
    """Signals: `selection_changed(id or "")`, `item_activated(id)`, `view_changed()`,
    `first_painted()` once, after the first frame is on screen."""

    selection_changed = Signal(str)
    item_activated = Signal(str)
    view_changed = Signal()
    first_painted = Signal()

    def __init__(self, content: TimelineContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Stages, presidents, projects, laws and agencies along a time axis. Tab moves "
                "through items in date order, Enter opens one, arrows pan, Ctrl plus and minus "
                "zoom."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The overview strip below does a scroll bar's job, better (and paints faster).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # Pinch zoom: set up after the first paint (the gesture machinery costs ~10 ms).
        QTimer.singleShot(0, lambda: self.viewport().grabGesture(Qt.GestureType.PinchGesture))
        self.content = content
        self.painter = TimelinePainter(content, self.font(), screen=True)
        self.bounds = content.bounds
        self._scale = fit(self.bounds, self._plot_width())
        self._hidden: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._related: frozenset[str] = frozenset()
        self._highlighted: frozenset[str] = frozenset()
        self._dimmed: frozenset[str] = frozenset()
        self._kept: frozenset[str] = frozenset()  # what a filter keeps, when one is set
        self._boost: frozenset[str] = frozenset()  # named first: the kept and the found
        self._hovered: str | None = None
        self._frame: Frame | None = None
        self._frame_key: tuple | None = None
        self._first_paint_done = False
        self._press_pos: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._dragging = False
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._animation.valueChanged.connect(self._on_animation_step)
        self._anim_from: TimeScale | None = None
        self._anim_to: TimeScale | None = None
        self.animations_enabled = True

    # ---- state ------------------------------------------------------------------------
    @property
    def scale(self) -> TimeScale:
        return self._scale

    @property
    def selected(self) -> str | None:
        return self._selected

    @property
    def hidden_kinds(self) -> frozenset[str]:
        return self._hidden

    @property
    def has_painted(self) -> bool:
        """Whether the first frame is on screen (`first_painted` has been sent)."""
        return self._first_paint_done

    def visible_range(self) -> tuple[float, float]:
        return self._scale.start, self._scale.end

    def frame(self) -> Frame:
        """The current layout (what is drawn and where), laid out if stale."""
        size = self.viewport().size()
        # what a filter keeps and what a search finds are named first (the selection moves
        # nothing: it is drawn over the layout)
        key = (self._scale, size.width(), size.height(), self._hidden, self._boost)
        if self._frame is None or key != self._frame_key:
            self._frame = self.painter.frame(
                self._scale, size.width(), size.height(), self._hidden, boost=self._boost
            )
            self._frame_key = key
        return self._frame

    def settled_rect(self, item_id: str) -> QRect | None:
        """Where an item (its body and label, or the callout saying its name) will be drawn
        once the zoom under way settles: what a card over the timeline must not cover."""
        scale = self._anim_to if self.is_animating() and self._anim_to else self._scale
        size = self.viewport().size()
        frame = self.painter.frame(
            scale, size.width(), size.height(), self._hidden, boost=self._boost
        )
        box = frame.item_rect(item_id)
        untold = frame.untold(item_id)
        if untold is not None:  # the callout goes above (or below) the body
            reach = self.painter.row_h + 4
            box = untold[0].grown(0, reach)
            box = Box(box.x, box.y, max(box.w, self.painter.measure(untold[1]) + 12), box.h)
        return qrect(box).toAlignedRect() if box is not None else None

    def x_for_year(self, year: float) -> float:
        """Viewport x of a date (for tests and the overview)."""
        return self.painter.gutter + self._scale.x_for(year)

    def year_at(self, x: float) -> float:
        return self._scale.year_for(x - self.painter.gutter)

    def item_rect(self, item_id: str) -> QRect | None:
        box = self.frame().item_rect(item_id)
        return qrect(box).toAlignedRect() if box is not None else None

    def _plot_width(self) -> float:
        return self.painter.plot_width(self.viewport().width())

    # ---- changing the view --------------------------------------------------------------
    def set_scale(self, scale: TimeScale, animate: bool = False) -> None:
        scale = scale.clamped(self.bounds)
        if animate and self.animations_enabled and self.isVisible():
            self._anim_from, self._anim_to = self._scale, scale
            self._animation.stop()
            self._animation.setStartValue(0.0)
            self._animation.setEndValue(1.0)
            self._animation.start()
            return
        self._animation.stop()
        self._apply_scale(scale)

    def _apply_scale(self, scale: TimeScale) -> None:
        if scale == self._scale:
            return
        self._scale = scale
        self.viewport().update()
        self.view_changed.emit()

    @Slot(object)
    def _on_animation_step(self, value: object) -> None:
        a, b = self._anim_from, self._anim_to
        if a is None or b is None:
            return
        t = float(value)  # type: ignore[arg-type]
        # interpolate the span on a log scale so zooming feels even
        span = math.exp(math.log(a.span) + (math.log(b.span) - math.log(a.span)) * t)
        centre_a, centre_b = a.start + a.span / 2, b.start + b.span / 2
        centre = centre_a + (centre_b - centre_a) * t
        self._apply_scale(TimeScale.showing(centre - span / 2, centre + span / 2, b.width))

    def is_animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def show_range(self, first: float, last: float, animate: bool = True) -> None:
        self.set_scale(TimeScale.showing(first, last, self._plot_width()), animate)

    @Slot()
    def fit_all(self) -> None:
        self.set_scale(fit(self.bounds, self._plot_width()), animate=True)

    @Slot()
    def zoom_in(self) -> None:
        self._zoom_centre(KEY_ZOOM)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom_centre(1 / KEY_ZOOM)

    def _zoom_centre(self, factor: float) -> None:
        target = self._anim_to if self.is_animating() and self._anim_to else self._scale
        self.set_scale(target.zoomed_at(target.width / 2, factor, self.bounds), animate=True)

    def zoom_at(self, x: float, factor: float) -> None:
        """Zoom keeping the date under viewport x where it is."""
        self._animation.stop()
        self._apply_scale(self._scale.zoomed_at(x - self.painter.gutter, factor, self.bounds))

    def pan_by(self, dx: float) -> None:
        self._animation.stop()
        self._apply_scale(self._scale.panned(dx, self.bounds))

    @Slot()
    def zoom_to_selection(self) -> None:
        if self._selected:
            self.zoom_to_item(self._selected)

    def zoom_to_item(self, item_id: str, animate: bool = True) -> None:
        first, last = self.content.extent(item_id)
        label_px = 0.0  # a stage has no label beside it
        for lane in self.content.lanes.values():
            k = lane.position.get(item_id)
            if k is not None:
                label_px = self.painter.measure(lane.names[k]) + self.painter.geometry.label_gap
        # the item fills most of the view, a margin either side, its label in view
        self.show_range(*framing(first, last, self._plot_width(), label_px), animate)

    def reveal_item(self, item_id: str, animate: bool = True) -> None:
        """Scroll (without zooming out further than needed) so that the item is in view."""
        first, last = self.content.extent(item_id)
        s = self._scale
        if first >= s.start + s.span * 0.05 and last <= s.end - s.span * 0.05:
            return
        if last - first > s.span * 0.9:
            self.zoom_to_item(item_id, animate)
        else:
            self.set_scale(s.centred_on((first + last) / 2, self.bounds), animate)

    # ---- lanes, selection, highlight ------------------------------------------------------
    def set_hidden_kinds(self, hidden: frozenset[str] | set[str]) -> None:
        hidden = frozenset(hidden)
        if hidden != self._hidden:
            self._hidden = hidden
            if self._selected and self.content.pack.by_id[self._selected].kind in hidden:
                self.select(None)
            self.viewport().update()
            self.view_changed.emit()

    def select(self, item_id: str | None, *, reveal: bool = False) -> None:
        if item_id is not None and item_id not in self.content.pack.by_id:
            return
        if item_id != self._selected:
            self._selected = item_id
            self._related = (
                frozenset(self.content.pack.related_ids(item_id)) if item_id else frozenset()
            )
            self.viewport().update()
            self.selection_changed.emit(item_id or "")
        if item_id and reveal:
            self.reveal_item(item_id)

    def set_highlighted(self, ids: set[str] | frozenset[str]) -> None:
        """Items drawn lit: what a search finds. They are named first."""
        self._highlighted = frozenset(ids)
        self._update_boost()

    def set_dimmed(self, ids: set[str] | frozenset[str]) -> None:
        """Items drawn faint: those a filter leaves out. The others are named first."""
        self._dimmed = frozenset(ids)
        self._kept = (
            frozenset(self.content.pack.by_id) - self._dimmed if self._dimmed else frozenset()
        )
        self._update_boost()

    def _update_boost(self) -> None:
        self._boost = self._highlighted | self._kept
        self.viewport().update()

    def set_theme(self, theme) -> None:
        self.painter.theme = theme
        self._frame = None
        self.viewport().update()

    def set_stage_mastery(self, mastery: dict[str, float]) -> None:
        """How well each stage is known (0..1), shown as a bar under its name."""
        self.painter.stage_mastery = dict(mastery)
        self.viewport().update()

    @property
    def dimmed(self) -> frozenset[str]:
        return self._dimmed

    def set_content(self, content: TimelineContent) -> None:
        """Show another pack."""
        self._animation.stop()
        self.content = content
        mastery = self.painter.stage_mastery
        self.painter = TimelinePainter(content, self.font(), self.painter.theme, screen=True)
        self.painter.stage_mastery = {k: v for k, v in mastery.items() if k in content.pack.by_id}
        self.bounds = content.bounds
        self._selected = None
        self._related = self._highlighted = self._dimmed = frozenset()
        self._kept = self._boost = frozenset()
        self._hovered = None
        self._frame = None
        self._scale = fit(self.bounds, self._plot_width())
        self.viewport().update()
        self.selection_changed.emit("")
        self.view_changed.emit()

    def _step_selection(self, forward: bool) -> None:
        order = self.content.chronological_ids(self._hidden)
        if not order:
            return
        if self._selected in order:
            k = order.index(self._selected) + (1 if forward else -1)
            k = max(0, min(k, len(order) - 1))
        else:
            # start from what is on screen
            first = self._scale.start
            starts = [self.content.pack.by_id[i].start.start_year for i in order]
            k = next((j for j, s in enumerate(starts) if s >= first), len(order) - 1)
            if not forward:
                k = max(0, k - 1)
        self.select(order[k], reveal=True)

    # ---- Qt events --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(1000, 520)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        frame = self.frame()
        painter = QPainter(self.viewport())
        self.painter.paint(
            painter,
            frame,
            PaintState(
                self._selected, self._related, self._hovered, self._highlighted, self._dimmed
            ),
        )
        painter.end()
        if not self._first_paint_done:
            self._first_paint_done = True
            self.first_painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self._plot_width()
        if abs(width - self._scale.width) > 0.5:
            self._animation.stop()
            self._scale = self._scale.with_width(width).clamped(self.bounds)
            self.view_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.painter.set_font(self.font())
            self._frame = None
            self._scale = self._scale.with_width(self._plot_width()).clamped(self.bounds)
            self.viewport().update()
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        horizontal = (
            angle.x()
            if angle.x()
            else (angle.y() if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0)
        )
        if horizontal:
            dx = pixels.x() if pixels.x() else horizontal / 120 * self.viewport().width() * 0.1
            self.pan_by(-dx)
        elif angle.y():
            factor = WHEEL_ZOOM_PER_NOTCH ** (angle.y() / 120)
            self.zoom_at(event.position().x(), factor)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        if kind == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                factor = pinch.scaleFactor()
                if factor > 0:
                    centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom_at(centre.x(), factor)
                event.accept()
                return True
        if kind == QEvent.Type.NativeGesture:
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:  # type: ignore[attr-defined]
                self.zoom_at(event.position().x(), 1.0 + event.value())  # type: ignore[attr-defined]
                return True
        if kind == QEvent.Type.Leave and self._hovered:
            self._hovered = None
            self.viewport().update()
        return super().viewportEvent(event)

    def _show_tooltip(self, event) -> None:
        x, y = event.pos().x(), event.pos().y()
        frame = self.frame()
        item_id = frame.item_at(x, y) or frame.stage_at(x, y)
        if item_id:
            lines = hover_lines(self.content.pack.by_id[item_id], self.content.language)
            QToolTip.showText(event.globalPos(), tooltip("\n".join(lines)), self.viewport())
            return
        cluster = frame.cluster_at(x, y)
        if cluster is not None:
            lines = cluster_lines(
                self.content.pack, cluster.item_ids, cluster.count, self.content.language
            )
            QToolTip.showText(event.globalPos(), tooltip("\n".join(lines)), self.viewport())
            return
        QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position()
            self._press_scale = self._scale
            self._dragging = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
            event.ignore()  # the window walks its history
            return
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is not None and self._press_scale is not None:
            dx = event.position().x() - self._press_pos.x()
            if self._dragging or abs(dx) >= QApplication.startDragDistance():
                self._dragging = True
                self._animation.stop()
                self._apply_scale(self._press_scale.panned(-dx, self.bounds))
            return
        hovered = self.frame().item_at(event.position().x(), event.position().y())
        if hovered != self._hovered:
            self._hovered = hovered
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.ArrowCursor
            )
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        was_drag = self._dragging
        self._press_pos = None
        self._press_scale = None
        self._dragging = False
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        if was_drag:
            return
        frame = self.frame()
        x, y = event.position().x(), event.position().y()
        item_id = frame.item_at(x, y) or frame.stage_at(x, y)
        if item_id:
            self.select(item_id)
            return
        cluster = frame.cluster_at(x, y)
        if cluster is not None:
            self._expand_cluster(cluster.first_year, cluster.last_year, cluster.count)
            return
        self.select(None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item_id = self.frame().item_at(event.position().x(), event.position().y())
        if item_id:
            self.select(item_id)
            self.item_activated.emit(item_id)
        else:
            self.zoom_at(event.position().x(), KEY_ZOOM)

    def _expand_cluster(self, first: float, last: float, count: int) -> None:
        span = max(last - first, MIN_CLUSTER_SPAN)
        pad = span * 0.25
        target = TimeScale.showing(first - pad, last + pad, self._plot_width())
        if target.span >= self._scale.span * 0.8:  # would not zoom in: zoom in anyway
            centre = (first + last) / 2
            target = self._scale.zoomed_at(self._scale.x_for(centre), 2.5, self.bounds)
        self.set_scale(target, animate=True)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab walks the items, not the widgets, while the timeline has focus.
        if self.hasFocus():
            self._step_selection(forward)
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        width = self._scale.width
        if key == Qt.Key.Key_Left:
            self.set_scale(self._scale.panned(-width * PAN_FRACTION, self.bounds), animate=False)
        elif key == Qt.Key.Key_Right:
            self.set_scale(self._scale.panned(width * PAN_FRACTION, self.bounds), animate=False)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected:
                self.item_activated.emit(self._selected)
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        elif key == Qt.Key.Key_Home:
            self.set_scale(self._scale.centred_on(self.bounds.first, self.bounds), animate=True)
        elif key == Qt.Key.Key_End:
            self.set_scale(self._scale.centred_on(self.bounds.last, self.bounds), animate=True)
        elif (
            key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            and not mods & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus and not mods & Qt.KeyboardModifier.ControlModifier:
            self.zoom_out()
        elif key == Qt.Key.Key_Backtab:
            self._step_selection(False)
        else:
            super().keyPressEvent(event)


MIN_CLUSTER_SPAN = 1.0 / 12
