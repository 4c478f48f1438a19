"""Draws the timeline with a QPainter: the same code paints the window and `render` files.

`TimelinePainter.frame()` lays a frame out (`domain/frame.py`, cached by the view until the
zoom, size or lanes change) with sizes measured from its fonts; `paint()` only draws that
frame, with the current selection and hover.
"""

from __future__ import annotations

import math

import msgspec
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
    QTransform,
)

from egov_timeline.domain.frame import Box, Frame, FrameLayout, FrameMetrics, LaneFrame
from egov_timeline.domain.i18n import tr
from egov_timeline.domain.layout import Geometry, has_whisker
from egov_timeline.domain.model import Administration
from egov_timeline.domain.ticks import corner_label
from egov_timeline.domain.timeline import LANE_TITLES, TimelineContent
from egov_timeline.domain.timescale import TimeScale
from egov_timeline.ui.timeline.sprites import BarSprites, MarkerSprites, TextSprites
from egov_timeline.ui.timeline.theme import KIND_SHAPES, Theme, marker_path, mix

__all__ = ["Frame", "PaintState", "TimelinePainter"]


def _whole(x0: float, y0: float, x1: float, y1: float) -> QRect:
    """The rectangle from (x0, y0) to (x1, y1) in whole pixels, edges rounded, so that fills
    side by side neither overlap nor leave a gap."""
    left, top = round(x0), round(y0)
    return QRect(left, top, max(0, round(x1) - left), max(0, round(y1) - top))


def qrect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.w, box.h)


class PaintState(msgspec.Struct):
    selected: str | None = None
    related: frozenset[str] = frozenset()
    hovered: str | None = None
    highlighted: frozenset[str] = frozenset()
    dimmed: frozenset[str] = frozenset()  # filtered out: drawn faint


class _ItemTools(msgspec.Struct, frozen=True):
    bar_pen: QPen
    fill: QBrush
    hatch: QBrush
    whisker_pen: QPen
    marker_pen: QPen
    marker_fill: QBrush
    text: QColor


def _dash_texture(colour: QColor) -> QImage:
    """Diagonal stripes, 5 px of colour in 8: a 1-2 px stroke filled with them shows dashes
    along horizontal and vertical edges alike."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    for x in range(8):
        for y in range(8):
            if (x + y) % 8 < 5:
                image.setPixelColor(x, y, colour)
    return image


class TimelinePainter:
    def __init__(
        self,
        content: TimelineContent,
        font: QFont,
        theme: Theme | None = None,
        header_font: QFont | None = None,
        row_pad: float = 9.0,
        header_lines: int = 3,
        screen: bool = False,
    ) -> None:
        self.content = content
        # On screen, text is copied from images drawn once (`sprites.py`) and the gutter,
        # which no zoom or pan changes, from one image; on paper everything is drawn.
        self.sprites = TextSprites() if screen else None
        self.bar_sprites = BarSprites() if screen else None
        self.marker_sprites = MarkerSprites() if screen else None
        self._gutter_cache: tuple[tuple, QPixmap] | None = None
        self._ratio = 1.0
        self.theme = theme or Theme()
        self._tool_cache: dict[tuple, _ItemTools] = {}
        self._look_cache: dict[tuple[str, int], list[tuple[bool, bool]]] = {}
        self._fade_colours: dict[tuple, list[QColor]] = {}
        self.stage_mastery: dict[str, float] = {}  # from the quiz: drawn under stage names
        self.row_pad = row_pad  # between rows, beyond a line of text: posters pack them closer
        self.header_lines = header_lines  # posters give stage names more lines
        self.set_font(font, header_font)

    def set_font(self, font: QFont, header_font: QFont | None = None) -> None:
        """The label font; ticks a little smaller; stage names bold in the smaller size, or in
        `header_font` (posters keep them legible on paper)."""
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        if font.pixelSize() > 0:  # sized in pixels (posters): pointSizeF() is -1
            self.small.setPixelSize(max(8, round(font.pixelSize() * 0.9)))
        else:
            self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        self.header_font = QFont(header_font if header_font is not None else self.small)
        self.header_font.setBold(True)
        self.fm = QFontMetricsF(self.font)
        self.small_fm = QFontMetricsF(self.small)
        self.header_fm = QFontMetricsF(self.header_font)
        self._widths: dict[str, float] = {}
        self._small_widths: dict[str, float] = {}
        self._header_widths: dict[str, float] = {}
        self._statics: dict[tuple[str, int], QStaticText] = {}
        if self.sprites is not None:
            self.sprites.clear()  # keyed by the fonts, which are new
        self._gutter_cache = None
        unit = self.fm.height()
        self.row_h = round(unit + self.row_pad)
        self.geometry = Geometry(
            marker=round(unit * 0.72),
            label_gap=round(unit * 0.35),
            item_gap=round(unit * 0.6),
            label_pad=round(unit * 0.45),
            cluster_pad=round(unit * 0.5),
        )
        bold_fm = QFontMetricsF(self.bold)
        self.gutter = math.ceil(
            max(
                max(
                    bold_fm.horizontalAdvance(tr(t, self.content.language))
                    for t in LANE_TITLES.values()
                )
                + self.geometry.marker * 1.4
                + 24,
                # the years or months in view when zoomed in, drawn in the gutter's corner
                max(
                    self.header_fm.horizontalAdvance(text)
                    for text in ("2000\u20132002", "Sep\u2013Oct 2000", "2000년 11~12월")
                )
                + 22,
            )
        )
        self.axis_h = round(self.small_fm.height() + 18)
        self.header_h = round(self.header_fm.height() * self.header_lines + 12)
        self.metrics = FrameMetrics(
            gutter=self.gutter,
            axis_h=self.axis_h,
            header_h=self.header_h,
            row_h=self.row_h,
            text_h=self.fm.height(),
            geometry=self.geometry,
            bar_gap=min(8.0, self.row_pad - 1),
            header_lines=self.header_lines,
        )
        self.layout = FrameLayout(
            self.content, self.metrics, self.measure, self.measure_small, self.measure_header
        )

    # ---- measuring --------------------------------------------------------------------
    def measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self.fm.horizontalAdvance(text)
        return width

    def measure_small(self, text: str) -> float:
        width = self._small_widths.get(text)
        if width is None:
            width = self._small_widths[text] = self.small_fm.horizontalAdvance(text)
        return width

    def measure_header(self, text: str) -> float:
        width = self._header_widths.get(text)
        if width is None:
            width = self._header_widths[text] = self.header_fm.horizontalAdvance(text)
        return width

    def _static(self, text: str, font: QFont) -> QStaticText:
        """Text laid out once and drawn many times: most of a label's cost is its layout."""
        key = (text, id(font))
        static = self._statics.get(key)
        if static is None:
            if len(self._statics) > 20_000:
                self._statics.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # content text is never markup
            static.prepare(QTransform(), font)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            self._statics[key] = static
        return static

    def _text(self, p: QPainter, x: float, y: float, text: str, font: QFont, colour) -> None:
        """Text with its top left at (x, y)."""
        sprites = self.sprites
        if sprites is None:
            p.setPen(colour)
            p.drawStaticText(QPointF(x, y), self._static(text, font))
        elif not sprites.draw(p, x, y, text, font, colour, self._ratio):
            p.setPen(colour)  # drawn for the first time: where its copies will go
            p.drawStaticText(sprites.snapped(x, y, self._ratio), self._static(text, font))

    # ---- layout -----------------------------------------------------------------------
    def plot_width(self, width: float) -> float:
        return max(1.0, width - self.gutter)

    def frame(
        self,
        scale: TimeScale,
        width: float,
        height: float,
        hidden: frozenset[str] = frozenset(),
        boost: frozenset[str] = frozenset(),
    ) -> Frame:
        return self.layout.frame(scale, width, height, hidden, boost)

    # ---- painting ---------------------------------------------------------------------
    def paint(self, p: QPainter, frame: Frame, state: PaintState | None = None) -> None:
        state = state or PaintState()
        t = self.theme
        self._ratio = p.device().devicePixelRatioF()
        p.save()
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if not frame.show_stages:  # else the bands and what lies between them are filled
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # flat, whole pixels
            p.fillRect(_whole(0, 0, frame.width, frame.height), t.background)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setClipRect(qrect(frame.plot).toAlignedRect())  # an integer clip is far cheaper
        if frame.show_stages:
            self._paint_stage_bands(p, frame, state)
        self._paint_grid(p, frame)
        for lane in frame.lanes:
            self._paint_lane(p, frame, lane, state)
        if state.selected is not None:
            self._paint_callout(p, frame, state.selected)
        p.setClipping(False)
        self._paint_axis(p, frame)
        self._paint_gutter(p, frame)
        p.restore()

    def _paint_stage_bands(self, p: QPainter, frame: Frame, state: PaintState) -> None:
        t = self.theme
        s = frame.scale
        top = frame.axis_h
        # bands are flat fills: whole pixels without antialiasing cost a fraction as much
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Each pixel of the plot under the axis is filled once, by a band or by the
        # background between them: a fill of the whole view first would double the cost
        # (the axis strip and the gutter are filled by their own painting).
        edge = round(frame.gutter)
        for band in self.content.stages:
            x0, x1 = frame.gutter + s.x_for(band.first), frame.gutter + s.x_for(band.last)
            if x1 < frame.gutter or x0 > frame.width:
                continue
            if round(x0) > edge:
                p.fillRect(_whole(edge, top, x0, frame.height), t.background)
            edge = max(edge, round(x1))
            tint = t.stage_tint(band.item.order)
            if band.item.id in state.dimmed:
                tint = mix(tint, t.background, 0.35)
            rect = QRectF(x0, top, x1 - x0, frame.height - top)
            if band.fuzzy_start > band.first or band.fuzzy_end < band.last:
                # a decade is drawn as a decade: the band fades in and out across it, in
                # opaque steps (a gradient over the full height costs milliseconds a frame)
                self._fade(
                    p, rect, s, frame.gutter, band.first, band.fuzzy_start, tint, rising=True
                )
                self._fade(p, rect, s, frame.gutter, band.fuzzy_end, band.last, tint, rising=False)
                solid_x0 = frame.gutter + s.x_for(band.fuzzy_start)
                solid_x1 = frame.gutter + s.x_for(band.fuzzy_end)
                if solid_x1 > solid_x0:
                    p.fillRect(_whole(solid_x0, top, solid_x1, frame.height), tint)
            else:
                p.fillRect(_whole(x0, top, x1, frame.height), tint)
            if band.item.id == state.selected or band.item.id in state.highlighted:
                p.setPen(QPen(t.selection, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            elif band.item.id in state.related:
                # a related stage: a bar along the top of its header, not a frame round it all
                p.fillRect(QRectF(x0, top, x1 - x0, 3), t.selection)
            p.setPen(QPen(t.lane_rule, 1))
            p.drawLine(QLineF(x0, top, x0, frame.height))
        if edge < frame.width:
            p.fillRect(_whole(edge, top, frame.width, frame.height), t.background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.stage_mastery:
            for header in frame.stages:
                value = self.stage_mastery.get(header.band.item.id)
                if value is None or header.rect.w < 24:
                    continue
                # how well this stage is known: a bar along the foot of its header
                r = header.rect
                track = QRectF(r.x + 6, r.bottom - 6, r.w - 12, 3)
                p.fillRect(track, t.grid)
                p.fillRect(QRectF(track.left(), track.top(), track.width() * value, 3), t.mastery)
        p.setFont(self.header_font)
        lh = self.header_fm.height()
        for header in frame.stages:
            selected = header.band.item.id == state.selected
            colour = t.selection if selected else t.text
            y = header.rect.y + 5
            for line in header.lines:  # laid out to fit the band: drawn as laid out once
                self._text(p, header.rect.x + 6, y, line, self.header_font, colour)
                y += lh
        p.setPen(QPen(t.lane_rule, 1))
        y = frame.axis_h + frame.header_h
        p.drawLine(QLineF(frame.gutter, y, frame.width, y))

    def _fade(
        self,
        p: QPainter,
        rect: QRectF,
        s: TimeScale,
        left: float,
        first: float,
        last: float,
        tint: QColor,
        rising: bool,
        steps: int = 6,
    ) -> None:
        if last <= first:
            return
        x0, x1 = left + s.x_for(first), left + s.x_for(last)
        step = (x1 - x0) / steps
        key = (tint.rgba(), self.theme.background.rgba(), rising, steps)
        colours = self._fade_colours.get(key)
        if colours is None:
            amounts = [(k + 0.5) / steps for k in range(steps)]
            colours = self._fade_colours[key] = [
                mix(tint, self.theme.background, a if rising else 1 - a) for a in amounts
            ]
        for k, colour in enumerate(colours):
            a = x0 + k * step
            b = x1 if k == steps - 1 else a + step  # the last step ends where the band goes on
            p.fillRect(_whole(a, rect.top(), b, rect.bottom()), colour)

    def _paint_grid(self, p: QPainter, frame: Frame) -> None:
        p.setPen(QPen(self.theme.grid, 1))
        top = frame.axis_h + frame.header_h
        left = frame.gutter
        p.drawLines(
            [QLineF(left + t.x, top, left + t.x, frame.height) for t in frame.ticks if t.major]
        )

    def _paint_lane(self, p: QPainter, frame: Frame, lane: LaneFrame, state: PaintState) -> None:
        t = self.theme
        g = self.geometry
        left = frame.gutter
        kind = lane.kind
        base_colour = t.kind_colour(kind)
        bar_h = self.metrics.bar_h
        text_h = frame.metrics.text_h
        p.setPen(QPen(t.lane_rule, 1))
        p.drawLine(QLineF(left, lane.top + lane.height, frame.width, lane.top + lane.height))
        items = self.content.lanes[kind].items
        shape = KIND_SHAPES[kind]
        p.setFont(self.font)
        self._paint_halos(p, frame, lane, state)
        half_bar = bar_h / 2
        marker = g.marker
        dimmed, selected, hovered_id = state.dimmed, state.selected, state.hovered
        looks = self._looks(kind, items)
        bars, markers = self.bar_sprites, self.marker_sprites
        usual = {flag: self._tools(kind, False, False, False, flag) for flag in (False, True)}
        for placed in lane.layout.placed:
            yc = lane.top + (placed.row + 0.5) * lane.row_h
            item_id = placed.item_id
            acting, dashed = looks[placed.index]
            if item_id == selected or item_id == hovered_id or item_id in dimmed:
                tools = self._tools(
                    kind, item_id in dimmed, item_id == selected, item_id == hovered_id, dashed
                )
            else:  # most items: drawn the lane's usual way
                tools = usual[dashed]
            if placed.is_range:
                # most bars: copied in three pieces; an uncertain or acting one (dashed,
                # hatched) and one too narrow for its rounded ends drawn whole
                if (
                    dashed
                    or bars is None
                    or not bars.draw(
                        p,
                        max(left + placed.x0, left - 20),
                        min(left + placed.x1, frame.width + 20),
                        yc - half_bar,
                        bar_h,
                        tools.bar_pen,
                        tools.fill,
                        self._ratio,
                    )
                ):
                    body = QRectF(left + placed.x0, yc - half_bar, placed.x1 - placed.x0, bar_h)
                    p.setPen(tools.bar_pen)
                    p.setBrush(tools.fill)
                    p.drawRoundedRect(body, 3, 3)
                    if acting:
                        p.setBrush(tools.hatch)
                        p.drawRoundedRect(body, 3, 3)
            else:
                x0, x1 = left + placed.x0, left + placed.x1
                if has_whisker(placed, g):
                    # year, month or decade precision: show the whole period, not a fake day;
                    # the item's own label interrupts the line rather than sit on it
                    segments = [(x0, x1)]
                    a = b = float("nan")
                    if placed.label is not None and placed.label_row == placed.row:
                        a, b = left + placed.label_x - 3, left + placed.label_x + placed.label_w + 3
                        segments = [(x0, min(x1, a)), (max(x0, b), x1)]
                    caps = [QLineF(x, yc - 4, x, yc + 4) for x in (x0, x1) if not a <= x <= b]
                    p.setPen(tools.whisker_pen)
                    p.drawLines([QLineF(u, yc, v, yc) for u, v in segments if v > u] + caps)
                if markers is None or not markers.draw(
                    p,
                    shape,
                    left + placed.mark,
                    yc,
                    marker,
                    tools.marker_pen,
                    tools.marker_fill,
                    self._ratio,
                ):
                    p.setPen(tools.marker_pen)
                    p.setBrush(tools.marker_fill)
                    p.drawPath(marker_path(shape, QPointF(left + placed.mark, yc), marker))
            if placed.label is not None:
                # same weight as measured, so a selected label is never cut short
                self._text(
                    p,
                    left + placed.label_x,
                    lane.top + (placed.label_row + 0.5) * lane.row_h - text_h / 2,
                    placed.label,
                    self.font,
                    tools.text,
                )
        p.setFont(self.font)
        for cluster in lane.layout.clusters:
            rect = qrect(frame.cluster_box(lane, cluster))
            holds = cluster.item_ids and (  # the selection, a match, or what a filter keeps
                state.selected in cluster.item_ids
                or (state.highlighted and not state.highlighted.isdisjoint(cluster.item_ids))
                or (state.dimmed and not state.dimmed.issuperset(cluster.item_ids))
            )
            p.setPen(QPen(t.selection, 2.4) if holds else QPen(base_colour, 1.2))
            p.setBrush(t.cluster_fill)
            p.drawRoundedRect(rect, bar_h / 2, bar_h / 2)
            text = cluster.text
            centre = rect.center()
            self._text(
                p,
                centre.x() - self.measure(text) / 2,
                centre.y() - self.fm.height() / 2,
                text,
                self.font,
                t.cluster_text,
            )

    def _looks(self, kind: str, items) -> list[tuple[bool, bool]]:
        """Per item of a lane, in its order: whether it is an acting term (hatched) and
        whether it is drawn dashed (an acting term, or a start or existence uncertain).
        Worked out once per content, not per frame."""
        key = (kind, id(items))
        looks = self._look_cache.get(key)
        if looks is None:
            looks = []
            for item in items:
                acting = isinstance(item, Administration) and item.acting
                doubtful = "start" in item.uncertain or "existence" in item.uncertain
                looks.append((acting, acting or doubtful))
            self._look_cache[key] = looks
        return looks

    def _tools(
        self, kind: str, faint: bool, chosen: bool, hovered: bool, dashed: bool
    ) -> _ItemTools:
        """The pens and brushes for an item drawn so, made once per theme: a frame draws
        each of its items with them."""
        key = (id(self.theme), kind, faint, chosen, hovered, dashed)
        tools = self._tool_cache.get(key)
        if tools is None:
            t = self.theme
            colour = t.kind_colour(kind)
            fill = t.bar_fill(kind)
            if faint:
                colour, fill = mix(colour, t.background, 0.3), mix(fill, t.background, 0.3)
            outline = t.selection if chosen else colour
            width = 2.4 if chosen else (1.8 if hovered else 1.2)
            if dashed:
                # An uncertain date or an acting term: a dashed outline. Qt's dashing costs
                # ~0.1 ms a bar; a solid stroke filled with diagonal stripes looks the
                # same (dashes along every edge) for a fraction of it.
                bar_pen = QPen(QBrush(_dash_texture(outline)), width)
            else:
                bar_pen = QPen(outline, width)
            marker_outline = t.faint_text if faint else t.marker_outline
            tools = _ItemTools(
                bar_pen=bar_pen,
                fill=QBrush(fill),
                hatch=QBrush(colour, Qt.BrushStyle.BDiagPattern),
                whisker_pen=QPen(mix(colour, t.background, 0.6), 2),
                marker_pen=QPen(t.selection if chosen else marker_outline, 2.2 if chosen else 1),
                marker_fill=QBrush(colour),
                text=QColor(t.faint_text if faint else t.text),
            )
            self._tool_cache[key] = tools
        return tools

    def _paint_callout(self, p: QPainter, frame: Frame, item_id: str) -> None:
        """The selected item's whole name over the layout where the layout could not give it
        (nothing moves to make room): above the item, or below it at the top of the plot."""
        untold = frame.untold(item_id)
        if untold is None:
            return
        anchor, name = untold
        t = self.theme
        pad = 6.0
        w = min(self.measure(name) + 2 * pad, frame.width - frame.gutter - 8)
        h = self.fm.height() + 6
        top_limit = frame.axis_h + frame.header_h
        y = anchor.y - h - 3 if anchor.y - h - 3 >= top_limit else anchor.bottom + 3
        x = min(max(anchor.x, frame.gutter + 4), frame.width - w - 4)
        box = QRectF(x, y, w, h)
        p.setPen(QPen(t.selection, 1.6))
        p.setBrush(t.background)
        p.drawRoundedRect(box, 4, 4)
        p.setPen(t.text)
        p.setFont(self.font)
        text = self.fm.elidedText(name, Qt.TextElideMode.ElideRight, w - 2 * pad)
        p.drawText(box.adjusted(pad, 0, -pad, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_halos(self, p: QPainter, frame: Frame, lane: LaneFrame, state: PaintState) -> None:
        """Behind everything else in the lane: a glow round the selected and related items
        (body and label apart, so that a caption's glow never covers a neighbour)."""
        marked = state.related | state.highlighted
        if state.selected is None and not marked:
            return
        p.setPen(Qt.PenStyle.NoPen)
        for placed in lane.layout.placed:
            chosen = placed.item_id == state.selected
            if not chosen and placed.item_id not in marked:
                continue
            body = frame.body(lane, placed)
            boxes = [body]
            label = frame.label(lane, placed)
            if label is not None and not placed.label_inside:
                if placed.label_row == placed.row:
                    boxes = [body.united(label)]
                else:
                    boxes.append(label)
            p.setBrush(self.theme.selection_fill if chosen else self.theme.related_fill)
            for box in boxes:
                p.drawRoundedRect(qrect(box).adjusted(-4, -3, 4, 3), 5, 5)

    def _paint_axis(self, p: QPainter, frame: Frame) -> None:
        t = self.theme
        rect = QRectF(frame.gutter, 0, frame.width - frame.gutter, frame.axis_h)
        p.fillRect(rect, t.background)
        p.setPen(QPen(t.axis, 1))
        base = frame.axis_h - 1
        p.drawLine(QLineF(frame.gutter, base, frame.width, base))
        p.setFont(self.small)
        h = self.small_fm.height()
        p.setClipRect(rect.toAlignedRect())
        p.setPen(QPen(t.axis, 1))
        left = frame.gutter
        p.drawLines(
            [
                QLineF(left + tk.x, base - (9 if tk.major else 4), left + tk.x, base)
                for tk in frame.ticks
            ]
        )
        for x, label in self._axis_labels(frame):
            self._text(p, x, base - 9 - h, label, self.small, t.text)
        p.setClipping(False)

    def _axis_labels(self, frame: Frame) -> list[tuple[float, str]]:
        """Where each tick label goes: right of its tick; a label whose tick has scrolled off the
        left edge slides along to stay whole, and is dropped once the next label would meet it;
        a label the right edge would cut is left out."""
        left = frame.gutter
        labelled = [(left + tk.x + 3, tk.label) for tk in frame.ticks if tk.label]
        placed = []
        for i, (x, label) in enumerate(labelled):
            if x < left + 3:
                x = left + 3
                following = labelled[i + 1][0] if i + 1 < len(labelled) else frame.width
                if x + self.measure_small(label) + 8 > following:
                    continue
            elif x + self.measure_small(label) > frame.width:
                break  # would be cut by the right edge
            placed.append((x, label))
        return placed

    def _paint_gutter(self, p: QPainter, frame: Frame) -> None:
        corner = corner_label(frame.scale, self.content.language)
        if self.sprites is None:
            self._draw_gutter(p, frame, corner)
            return
        key = (
            tuple((lane.kind, lane.top, lane.height) for lane in frame.lanes),
            frame.height,
            frame.gutter,
            frame.axis_h,
            frame.header_h,
            frame.show_stages,
            corner,
            id(self.theme),
            self._ratio,
        )
        if self._gutter_cache is None or self._gutter_cache[0] != key:
            ratio = self._ratio
            # a pixel wider than the gutter: its rule straddles the edge
            pixmap = QPixmap(math.ceil((frame.gutter + 1) * ratio), math.ceil(frame.height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            q = QPainter(pixmap)
            q.setRenderHints(p.renderHints())
            self._draw_gutter(q, frame, corner)
            q.end()
            self._gutter_cache = (key, pixmap)
        p.drawPixmap(0, 0, self._gutter_cache[1])

    def _draw_gutter(self, p: QPainter, frame: Frame, corner: str | None) -> None:
        t = self.theme
        p.fillRect(QRectF(0, 0, frame.gutter, frame.height), t.gutter)
        p.setPen(QPen(t.lane_rule, 1))
        p.drawLine(QLineF(frame.gutter, 0, frame.gutter, frame.height))
        p.setFont(self.bold)
        size = self.geometry.marker
        for lane in frame.lanes:
            yc = lane.top + min(lane.height, self.row_h) / 2
            colour = t.kind_colour(lane.kind)
            p.setPen(QPen(t.marker_outline, 1))
            p.setBrush(QBrush(colour if lane.kind != "administration" else t.bar_fill(lane.kind)))
            shape = KIND_SHAPES[lane.kind]
            if shape == "bar":
                p.setPen(QPen(colour, 1.2))
                p.drawRoundedRect(QRectF(8, yc - size / 2, size * 1.4, size), 2, 2)
            else:
                p.drawPath(marker_path(shape, QPointF(8 + size * 0.7, yc), size))
            p.setPen(t.text)
            title = tr(LANE_TITLES[lane.kind], self.content.language)
            p.drawStaticText(
                QPointF(14 + size * 1.4, yc - self.fm.height() / 2), self._static(title, self.bold)
            )
            p.setPen(QPen(t.lane_rule, 1))
            p.drawLine(QLineF(0, lane.top + lane.height, frame.gutter, lane.top + lane.height))
        if corner:
            # zoomed to months or days: the years or months in view, where no tick label
            # can meet them
            p.setFont(self.header_font)
            p.setPen(t.text)
            p.drawText(
                QRectF(8, 0, frame.gutter - 14, frame.axis_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                corner,
            )
        if frame.show_stages and frame.header_h:
            p.setFont(self.header_font)
            p.setPen(t.muted_text)
            p.drawText(
                QRectF(8, frame.axis_h, frame.gutter - 10, frame.header_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tr("Stages", self.content.language),
            )
