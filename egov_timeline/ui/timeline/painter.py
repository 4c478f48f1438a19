"""Draws the timeline with a QPainter: the same code paints the window and `render` files.

`TimelinePainter.frame()` lays a frame out (cached by the view until the zoom, size or
lanes change); `paint()` draws it with the current selection and hover.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPen,
)

from egov_timeline.domain.layout import Cluster, Geometry, LaneLayout, layout_lane, wrap_text
from egov_timeline.domain.ticks import Tick, ticks_for
from egov_timeline.domain.timeline import LANE_KINDS, LANE_TITLES, StageBand, TimelineContent
from egov_timeline.domain.timescale import TimeScale
from egov_timeline.ui.timeline.theme import KIND_SHAPES, Theme, marker_path

MAX_ROWS_PER_LANE = 10


@dataclass
class LaneFrame:
    kind: str
    top: float
    height: float
    row_h: float
    layout: LaneLayout

    def row_centre(self, row: int) -> float:
        return self.top + (row + 0.5) * self.row_h


@dataclass
class StageHeader:
    band: StageBand
    rect: QRectF
    lines: list[str]


@dataclass
class Frame:
    width: float
    height: float
    gutter: float
    axis_h: float
    header_h: float
    scale: TimeScale
    ticks: list[Tick]
    lanes: list[LaneFrame]
    stages: list[StageHeader]
    show_stages: bool
    hits: list[tuple[QRectF, str]] = field(default_factory=list)
    labels: list[tuple[QRectF, str, str]] = field(default_factory=list)  # rect, text, item id
    cluster_hits: list[tuple[QRectF, Cluster]] = field(default_factory=list)

    @property
    def plot(self) -> QRectF:
        return QRectF(self.gutter, 0, self.width - self.gutter, self.height)

    def item_at(self, pos: QPointF) -> str | None:
        for rect, item_id in reversed(self.hits):
            if rect.contains(pos):
                return item_id
        return None

    def cluster_at(self, pos: QPointF) -> Cluster | None:
        for rect, cluster in self.cluster_hits:
            if rect.contains(pos):
                return cluster
        return None

    def item_rect(self, item_id: str) -> QRectF | None:
        for rect, hit_id in self.hits:
            if hit_id == item_id:
                return rect
        return None

    def stage_at(self, pos: QPointF) -> str | None:
        for header in self.stages:
            if header.rect.contains(pos):
                return header.band.item.id
        return None


@dataclass
class PaintState:
    selected: str | None = None
    related: frozenset[str] = frozenset()
    hovered: str | None = None
    highlighted: frozenset[str] = frozenset()


class TimelinePainter:
    def __init__(self, content: TimelineContent, font: QFont, theme: Theme | None = None) -> None:
        self.content = content
        self.theme = theme or Theme()
        self.set_font(font)

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        self.header_font = QFont(self.small)
        self.header_font.setBold(True)
        self.fm = QFontMetricsF(self.font)
        self.small_fm = QFontMetricsF(self.small)
        self.header_fm = QFontMetricsF(self.header_font)
        self._widths: dict[str, float] = {}
        self._small_widths: dict[str, float] = {}
        self._header_widths: dict[str, float] = {}
        unit = self.fm.height()
        self.row_h = round(unit + 9)
        self.geometry = Geometry(marker=round(unit * 0.72), label_gap=round(unit * 0.35),
                                 item_gap=round(unit * 0.6), label_pad=round(unit * 0.45),
                                 cluster_pad=round(unit * 0.5))
        self.gutter = round(max(self.fm.horizontalAdvance(t) for t in LANE_TITLES.values())
                            + unit * 2.2)
        self.axis_h = round(self.small_fm.height() + 18)
        self.header_h = round(self.header_fm.height() * 3 + 12)

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

    # ---- layout -----------------------------------------------------------------------
    def plot_width(self, width: float) -> float:
        return max(1.0, width - self.gutter)

    def frame(self, scale: TimeScale, width: float, height: float,
              hidden: frozenset[str] = frozenset()) -> Frame:
        show_stages = "stage" not in hidden
        header_h = self.header_h if show_stages else 0
        top = self.axis_h + header_h
        kinds = [k for k in LANE_KINDS if k not in hidden]
        available_rows = max(len(kinds), int((height - top - 4) // self.row_h))
        layouts = self._allot_rows(kinds, scale, available_rows)
        lanes: list[LaneFrame] = []
        y = top
        for kind in kinds:
            layout = layouts[kind]
            rows = max(1, layout.rows)
            lanes.append(LaneFrame(kind, y, rows * self.row_h, self.row_h, layout))
            y += rows * self.row_h
        stages = self._stage_headers(scale, header_h) if show_stages else []
        frame = Frame(width, height, self.gutter, self.axis_h, header_h, scale,
                      ticks_for(scale, self.measure_small), lanes, stages, show_stages)
        self._collect_hits(frame)
        return frame

    def _allot_rows(self, kinds: list[str], scale: TimeScale, available: int) -> dict[str, LaneLayout]:
        cap = min(MAX_ROWS_PER_LANE, available)
        layouts = {k: layout_lane(self.content.lanes[k], scale, self.measure, cap, self.geometry)
                   for k in kinds}
        wanted = {k: max(1, layouts[k].rows) for k in kinds}
        if sum(wanted.values()) <= available:
            return layouts
        # Not enough height. Presidents keep all their rows (there are at most three); every
        # other lane keeps at least two (items and a row of "+N"); the rest goes by need.
        allotted = {k: min(wanted[k], 3 if k == "administration" else 2) for k in kinds}
        spare = available - sum(allotted.values())
        while spare > 0:
            hungriest = max(kinds, key=lambda k: (wanted[k] - allotted[k]) / wanted[k])
            if wanted[hungriest] <= allotted[hungriest]:
                break
            allotted[hungriest] += 1
            spare -= 1
        for k in kinds:
            if allotted[k] < wanted[k]:
                layouts[k] = layout_lane(self.content.lanes[k], scale, self.measure,
                                         allotted[k], self.geometry)
        return layouts

    def _stage_headers(self, scale: TimeScale, header_h: float) -> list[StageHeader]:
        headers = []
        pad = 6.0
        for band in self.content.stages:
            x0 = max(scale.x_for(band.first), 0.0)
            x1 = min(scale.x_for(band.last), scale.width)
            if x1 - x0 < 8:
                continue
            rect = QRectF(self.gutter + x0, self.axis_h, x1 - x0, header_h)
            order = getattr(band.item, "order", 0)
            room = x1 - x0 - 2 * pad
            period = getattr(band.item, "label", "")
            fits = lambda text: self.measure_header(text) <= room  # noqa: E731
            lines: list[str] = []
            if fits(f"{order} \u00b7 {period}"):
                lines.append(f"{order} \u00b7 {period}")
            elif fits(str(order)):
                lines.append(str(order))
                if fits(period):
                    lines.append(period)
            if lines:
                lines += wrap_text(band.item.name, room, self.measure_header,
                                   max_lines=3 - len(lines))
            headers.append(StageHeader(band, rect, lines))
        return headers

    def _collect_hits(self, frame: Frame) -> None:
        g = self.geometry
        left = frame.gutter
        bar_h = self.row_h - 8
        for lane in frame.lanes:
            for p in lane.layout.placed:
                yc = lane.row_centre(p.row)
                if p.is_range:
                    body = QRectF(left + p.x0, yc - bar_h / 2, p.x1 - p.x0, bar_h)
                else:
                    body = QRectF(left + p.mark - g.marker / 2, yc - g.marker / 2, g.marker, g.marker)
                rect = QRectF(body)
                ly = lane.row_centre(p.label_row)
                label_rect = QRectF(left + p.label_x, ly - self.fm.height() / 2, p.label_w,
                                    self.fm.height())
                if p.label is not None and not p.label_inside:
                    rect = rect.united(label_rect)
                if p.label is not None:
                    frame.labels.append((label_rect, p.label, p.item_id))
                frame.hits.append((rect.intersected(frame.plot), p.item_id))
            for c in lane.layout.clusters:
                yc = lane.row_centre(c.row)
                frame.cluster_hits.append(
                    (QRectF(left + c.x, yc - bar_h / 2, c.width, bar_h), c))

    # ---- painting ---------------------------------------------------------------------
    def paint(self, p: QPainter, frame: Frame, state: PaintState | None = None) -> None:
        state = state or PaintState()
        t = self.theme
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.fillRect(QRectF(0, 0, frame.width, frame.height), t.background)
        p.setClipRect(frame.plot)
        if frame.show_stages:
            self._paint_stage_bands(p, frame, state)
        self._paint_grid(p, frame)
        for lane in frame.lanes:
            self._paint_lane(p, frame, lane, state)
        p.setClipping(False)
        self._paint_axis(p, frame)
        self._paint_gutter(p, frame)
        p.restore()

    def _paint_stage_bands(self, p: QPainter, frame: Frame, state: PaintState) -> None:
        t = self.theme
        s = frame.scale
        top = frame.axis_h
        for band in self.content.stages:
            x0, x1 = frame.gutter + s.x_for(band.first), frame.gutter + s.x_for(band.last)
            if x1 < frame.gutter or x0 > frame.width:
                continue
            tint = t.stage_tint(getattr(band.item, "order", 1))
            rect = QRectF(x0, top, x1 - x0, frame.height - top)
            if band.fuzzy_start > band.first or band.fuzzy_end < band.last:
                # a decade is drawn as a decade: the band fades in and out across it
                gradient = QLinearGradient(x0, 0, x1, 0)
                span = max(band.last - band.first, 1e-9)
                clear = QColor(tint)
                clear.setAlpha(0)
                gradient.setColorAt(0.0, clear)
                gradient.setColorAt(min(1.0, (band.fuzzy_start - band.first) / span), tint)
                gradient.setColorAt(max(0.0, (band.fuzzy_end - band.first) / span), tint)
                gradient.setColorAt(1.0, clear)
                p.fillRect(rect, QBrush(gradient))
            else:
                p.fillRect(rect, tint)
            if band.item.id == state.selected or band.item.id in state.highlighted:
                p.setPen(QPen(t.selection, 2))
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            elif band.item.id in state.related:
                p.setPen(QPen(t.selection, 1, Qt.PenStyle.DashLine))
                p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setPen(QPen(t.lane_rule, 1))
            p.drawLine(QLineF(x0, top, x0, frame.height))
        p.setFont(self.header_font)
        lh = self.header_fm.height()
        for header in frame.stages:
            selected = header.band.item.id == state.selected
            p.setPen(t.selection if selected else t.text)
            y = header.rect.top() + 5
            for line in header.lines:
                p.drawText(QRectF(header.rect.left() + 6, y, header.rect.width() - 8, lh),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
                y += lh
        p.setPen(QPen(t.lane_rule, 1))
        y = frame.axis_h + frame.header_h
        p.drawLine(QLineF(frame.gutter, y, frame.width, y))

    def _paint_grid(self, p: QPainter, frame: Frame) -> None:
        p.setPen(QPen(self.theme.grid, 1))
        top = frame.axis_h + frame.header_h
        for tick in frame.ticks:
            if tick.major:
                x = frame.gutter + tick.x
                p.drawLine(QLineF(x, top, x, frame.height))

    def _paint_lane(self, p: QPainter, frame: Frame, lane: LaneFrame, state: PaintState) -> None:
        t = self.theme
        g = self.geometry
        left = frame.gutter
        kind = lane.kind
        colour = t.kind_colour(kind)
        fill = t.bar_fill(kind)
        bar_h = self.row_h - 8
        p.setPen(QPen(t.lane_rule, 1))
        p.drawLine(QLineF(left, lane.top + lane.height, frame.width, lane.top + lane.height))
        items = self.content.lanes[kind].items
        shape = KIND_SHAPES[kind]
        fm_h = self.fm.height()
        for placed in lane.layout.placed:
            item = items[placed.index]
            yc = lane.row_centre(placed.row)
            chosen = placed.item_id == state.selected
            related = placed.item_id in state.related or placed.item_id in state.highlighted
            hovered = placed.item_id == state.hovered
            acting = bool(getattr(item, "acting", False))
            doubtful = "start" in item.uncertain or "existence" in item.uncertain
            if placed.is_range:
                body = QRectF(left + placed.x0, yc - bar_h / 2, placed.x1 - placed.x0, bar_h)
            else:
                body = QRectF(left + placed.mark - g.marker / 2, yc - g.marker / 2, g.marker, g.marker)
            ly = lane.row_centre(placed.label_row)
            if chosen or related:
                halo = QRectF(body)
                if placed.label is not None and not placed.label_inside:
                    halo = halo.united(QRectF(left + placed.label_x, ly - fm_h / 2,
                                              placed.label_w, fm_h))
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(t.selection_fill if chosen else t.related_fill)
                p.drawRoundedRect(halo.adjusted(-4, -3, 4, 3), 5, 5)
            pen = QPen(t.selection if chosen else colour, 2.4 if chosen else (1.8 if hovered else 1.2))
            if doubtful or acting:
                pen.setStyle(Qt.PenStyle.DashLine)
            if placed.is_range:
                p.setPen(pen)
                p.setBrush(QBrush(fill))
                p.drawRoundedRect(body, 3, 3)
                if acting:
                    p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                    p.drawRoundedRect(body, 3, 3)
            else:
                x0, x1 = left + placed.x0, left + placed.x1
                if x1 - x0 > g.marker * 1.2:
                    # year, month or decade precision: show the whole period, not a fake day
                    whisker = QColor(colour)
                    whisker.setAlpha(150)
                    p.setPen(QPen(whisker, 2))
                    p.drawLine(QLineF(x0, yc, x1, yc))
                    p.drawLine(QLineF(x0, yc - 4, x0, yc + 4))
                    p.drawLine(QLineF(x1, yc - 4, x1, yc + 4))
                p.setPen(QPen(t.selection if chosen else QColor("#1B1B1B"), 2.2 if chosen else 1))
                p.setBrush(QBrush(colour))
                p.drawPath(marker_path(shape, QPointF(left + placed.mark, yc), g.marker))
            if placed.label is not None:
                p.setFont(self.bold if chosen else self.font)
                p.setPen(t.text)
                p.drawText(QRectF(left + placed.label_x, ly - fm_h / 2 - 1,
                                  placed.label_w + (4 if chosen else 1), fm_h + 2),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, placed.label)
        p.setFont(self.font)
        for cluster in lane.layout.clusters:
            yc = lane.row_centre(cluster.row)
            rect = QRectF(left + cluster.x, yc - bar_h / 2, cluster.width, bar_h)
            p.setPen(QPen(colour, 1.2))
            p.setBrush(t.cluster_fill)
            p.drawRoundedRect(rect, bar_h / 2, bar_h / 2)
            p.setPen(t.cluster_text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, cluster.text)

    def _paint_axis(self, p: QPainter, frame: Frame) -> None:
        t = self.theme
        rect = QRectF(frame.gutter, 0, frame.width - frame.gutter, frame.axis_h)
        p.fillRect(rect, t.background)
        p.setPen(QPen(t.axis, 1))
        base = frame.axis_h - 1
        p.drawLine(QLineF(frame.gutter, base, frame.width, base))
        p.setFont(self.small)
        h = self.small_fm.height()
        p.setClipRect(rect)
        for tick in frame.ticks:
            x = frame.gutter + tick.x
            p.setPen(QPen(t.axis, 1))
            p.drawLine(QLineF(x, base - (9 if tick.major else 4), x, base))
            if tick.label:
                p.setPen(t.text)
                p.drawText(QRectF(x + 3, base - 9 - h, self.measure_small(tick.label) + 2, h),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tick.label)
        p.setClipping(False)

    def _paint_gutter(self, p: QPainter, frame: Frame) -> None:
        t = self.theme
        p.fillRect(QRectF(0, 0, frame.gutter, frame.height), t.gutter)
        p.setPen(QPen(t.lane_rule, 1))
        p.drawLine(QLineF(frame.gutter, 0, frame.gutter, frame.height))
        p.setFont(self.bold)
        size = self.geometry.marker
        for lane in frame.lanes:
            yc = lane.top + min(lane.height, self.row_h) / 2
            colour = t.kind_colour(lane.kind)
            p.setPen(QPen(QColor("#1B1B1B"), 1))
            p.setBrush(QBrush(colour if lane.kind != "administration" else t.bar_fill(lane.kind)))
            shape = KIND_SHAPES[lane.kind]
            if shape == "bar":
                p.setPen(QPen(colour, 1.2))
                p.drawRoundedRect(QRectF(8, yc - size / 2, size * 1.4, size), 2, 2)
            else:
                p.drawPath(marker_path(shape, QPointF(8 + size * 0.7, yc), size))
            p.setPen(t.text)
            p.drawText(QRectF(14 + size * 1.4, yc - self.fm.height() / 2, frame.gutter, self.fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       LANE_TITLES[lane.kind])
            p.setPen(QPen(t.lane_rule, 1))
            p.drawLine(QLineF(0, lane.top + lane.height, frame.gutter, lane.top + lane.height))
        if frame.scale.span < 2.0:
            # zoomed to months: the years in view, where no tick label can meet them
            first, last = int(frame.scale.start), int(frame.scale.end - 1e-9)
            years = str(first) if first == last else f"{first}\u2013{last}"
            p.setFont(self.header_font)
            p.setPen(t.text)
            p.drawText(QRectF(8, 0, frame.gutter - 14, frame.axis_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, years)
        if frame.show_stages and frame.header_h:
            p.setFont(self.header_font)
            p.setPen(t.muted_text)
            p.drawText(QRectF(8, frame.axis_h, frame.gutter - 10, frame.header_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "Stages")
