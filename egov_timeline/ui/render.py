"""`egov-timeline render`: the timeline drawn to PNG, SVG or PDF without a window, with a
title and legend, by the same painter as the window. Text stays text in SVG and PDF."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import msgspec

from egov_timeline.domain.files import OutputError, replaced_when_done
from egov_timeline.domain.pack import Pack

DEFAULT_SIZE = (1600, 1000)
SCREEN_DPI = 96


class RenderRequest(msgspec.Struct):
    out: Path
    first: float | None = None
    last: float | None = None
    size: tuple[int, int] | None = None
    page: str | None = None  # A4, A3 or Letter, landscape
    language: str = "en"


def _ensure_gui_app():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not (
            os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def render_to_file(pack: Pack, request: RenderRequest) -> str | None:
    """Write the picture; return None on success or a message saying what went wrong."""
    _ensure_gui_app()
    from egov_timeline.ui.fonts import ensure_hangul_font

    ensure_hangul_font()
    page_px = _page_pixels(request.page) if request.page else None
    width, height = page_px or request.size or DEFAULT_SIZE
    try:
        with replaced_when_done(request.out) as tmp:
            ok = _paint_file(pack, request, tmp, width, height)
            if not ok or tmp.stat().st_size == 0:
                raise OutputError(f"could not write {request.out}")
    except OutputError as problem:
        return str(problem)
    return None


def _paint_file(pack: Pack, request: RenderRequest, tmp: Path, width: int, height: int) -> bool:
    """Draw the poster into the file `tmp` in the format `request.out` names; whether Qt
    says it worked. Qt's writers are gone (and their files closed) when this returns."""
    from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgGenerator

    suffix = request.out.suffix.lower()
    painter = QPainter()
    if suffix == ".png":
        image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(round(SCREEN_DPI / 0.0254))
        image.setDotsPerMeterY(round(SCREEN_DPI / 0.0254))
        painter.begin(image)
        paint_poster(painter, pack, width, height, request.first, request.last, request.language)
        painter.end()
        # the stubs ask for bytes, but this PySide6 takes the format only as a str
        ok = image.save(str(tmp), "PNG")  # type: ignore[call-overload]
    elif suffix == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setResolution(SCREEN_DPI)
        generator.setTitle(pack.title_in(request.language))
        generator.setDescription("Drawn by egov-timeline")
        ok = painter.begin(generator)
        if ok:
            paint_poster(
                painter, pack, width, height, request.first, request.last, request.language
            )
            ok = painter.end()
    else:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(SCREEN_DPI)
        writer.setTitle(pack.title_in(request.language))
        writer.setCreator("egov-timeline")
        if request.page:
            page = QPageSize(_PAGE_IDS()[request.page])
        else:
            page = QPageSize(
                QSizeF(width, height),
                QPageSize.Unit.Point,
                "custom",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
        layout = QPageLayout(
            page,
            QPageLayout.Orientation.Landscape if request.page else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        writer.setPageLayout(layout)
        ok = painter.begin(writer)
        if ok:
            rect = writer.pageLayout().paintRectPixels(writer.resolution())
            paint_poster(
                painter,
                pack,
                rect.width(),
                rect.height(),
                request.first,
                request.last,
                request.language,
            )
            ok = painter.end()
    return ok


def _PAGE_IDS():
    from PySide6.QtGui import QPageSize

    return {
        "A4": QPageSize.PageSizeId.A4,
        "A3": QPageSize.PageSizeId.A3,
        "Letter": QPageSize.PageSizeId.Letter,
    }


def _page_pixels(name: str) -> tuple[int, int]:
    from PySide6.QtGui import QPageSize

    size = QPageSize(_PAGE_IDS()[name]).sizePixels(SCREEN_DPI)
    return max(size.width(), size.height()), min(size.width(), size.height())


POSTER_MIN_PX = 8  # 6 pt at 96 dpi: the smallest labels a poster shrinks to
POSTER_HEADER_PX = 12  # 9 pt at 96 dpi: stage names stay legible on paper
# what the legend explains beyond the lanes, worded in domain/i18n.py
LEGEND_NOTES = ("acting president", "uncertain date", "date known only to the month or year")


def paint_poster(
    painter,
    pack: Pack,
    width: int,
    height: int,
    first: float | None,
    last: float | None,
    language: str = "en",
) -> None:
    """Title and legend on top, the timeline below, every item of the range drawn with its
    name: paper cannot open a "+N", so the lanes take the rows they need and the labels
    shrink until everything fits. A stage whose band is too narrow for its whole name even
    in the smallest size is named in the legend."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF

    from egov_timeline.domain.timeline import TimelineContent
    from egov_timeline.ui.timeline.theme import Theme

    theme = Theme()
    base = QFont()
    base.setPixelSize(max(11, round(min(width, height * 1.6) / 120)))
    content = TimelineContent(pack, language)
    title_font = QFont(base)
    title_font.setPixelSize(round(base.pixelSize() * 1.5))
    title_font.setBold(True)
    title_h = QFontMetricsF(title_font).height()
    fm = QFontMetricsF(base)
    poster = _PosterTimeline(content, theme, width, first, last)
    header_px, header_lines, cut = poster.stage_font(base.pixelSize())
    legend = _legend(content, theme, fm, width - 24, language, cut)
    header_h = round(title_h + len(legend) * (fm.height() + 6) + 16)

    painter.fillRect(QRectF(0, 0, width, height), theme.background)
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    painter.setFont(title_font)
    painter.setPen(theme.text)
    painter.drawText(
        QRectF(12, 6, width - 24, title_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        pack.title_in(language),
    )
    painter.setFont(base)
    y = 10 + title_h + fm.height() / 2
    for line in legend:
        x = 14.0
        for draw_glyph, glyph_w, text in line:
            draw_glyph(painter, x, y)
            x += glyph_w + 6
            painter.setPen(theme.text)
            painter.drawText(
                QRectF(x, y - fm.height() / 2, fm.horizontalAdvance(text) + 2, fm.height()),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += fm.horizontalAdvance(text) + 20
        y += fm.height() + 6

    timeline, frame = poster.labelled(base.pixelSize(), header_px, header_lines, height - header_h)
    painter.save()
    painter.translate(0, header_h)
    timeline.paint(painter, frame)
    painter.restore()


class _PosterTimeline:
    """The timeline part of a poster, laid out in the sizes that show the most on paper."""

    def __init__(self, content, theme, width: int, first, last) -> None:
        self.content, self.theme, self.width = content, theme, width
        self.first, self.last = first, last

    def laid_out(self, px: int, header_px: int, header_lines: int, height: float):
        from PySide6.QtGui import QFont

        from egov_timeline.domain.timescale import TimeScale, fit
        from egov_timeline.ui.timeline.painter import TimelinePainter

        font, header = QFont(), QFont()
        font.setPixelSize(px)
        header.setPixelSize(header_px)
        timeline = TimelinePainter(
            self.content,
            font,
            self.theme,
            header,
            row_pad=max(5, px * 0.6),
            header_lines=header_lines,
        )
        plot_width = timeline.plot_width(self.width)
        first, last, bounds = self.first, self.last, self.content.bounds
        if first is None and last is None:
            scale = fit(bounds, plot_width)
        else:
            lo = first if first is not None else bounds.first
            hi = last if last is not None else bounds.last
            scale = TimeScale.showing(lo, hi, plot_width)
        return timeline, timeline.frame(scale, self.width, height)

    def stage_font(self, start_px: int):
        """Stage names in up to five lines, in the largest size from 9 pt
        (`POSTER_HEADER_PX`) down to `POSTER_MIN_PX` that shows them whole: that size, the
        lines it takes, and the stages still cut short in it."""
        header_px = max(POSTER_HEADER_PX, round(start_px * 0.9))
        while True:
            _timeline, frame = self.laid_out(start_px, header_px, 5, 1000)
            cut = [h.band.item for h in frame.stages if any("\u2026" in ln for ln in h.lines)]
            if not cut or header_px <= POSTER_MIN_PX:
                break
            header_px -= 1
        lines = max((len(header.lines) for header in frame.stages), default=1)
        return header_px, lines, cut

    def labelled(self, start_px: int, header_px: int, header_lines: int, height: float):
        """The painter and frame at the largest label size from `start_px` down to
        `POSTER_MIN_PX` at which every item in range shows its whole name and no lane needs
        a "+N"; the smallest if none does (a pack too big for the page)."""
        for px in range(start_px, POSTER_MIN_PX - 1, -1):
            timeline, frame = self.laid_out(px, header_px, header_lines, height)
            if _tells_everything(frame):
                break
        return timeline, frame


def _tells_everything(frame) -> bool:
    """No "+N" anywhere, and every item drawn is named whole."""
    if any(lane.layout.clusters or lane.layout.dense for lane in frame.lanes):
        return False
    return all(
        frame.untold(placed.item_id) is None
        for lane in frame.lanes
        for placed in lane.layout.placed
    )


def _legend(content, theme, fm, room: float, language: str, cut_stages=()):
    """The legend's entries, (draw, glyph width, text), in lines that fit `room`: a glyph
    for each lane, what hatching, a dashed outline and a whisker mean, then the stages whose
    band is too narrow for their whole name, by number."""
    from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QPen

    from egov_timeline.domain.i18n import item_name, tr
    from egov_timeline.domain.timeline import LANE_TITLES, TOGGLE_KINDS
    from egov_timeline.ui.timeline.theme import KIND_SHAPES, marker_path

    size = round(fm.height() * 0.72)
    bar_w = size * 1.8

    def bar(kind: str, hatched: bool = False, dashed: bool = False):
        def draw(p, x, y):
            rect = QRectF(x, y - size / 2, bar_w, size)
            colour = theme.kind_colour(kind)
            pen = QPen(colour, 1.2)
            if hatched or dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(theme.bar_fill(kind) if kind != "stage" else theme.stage_tint(1))
            p.drawRoundedRect(rect, 2, 2)
            if hatched:
                p.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(rect, 2, 2)

        return draw

    def marker(kind: str):
        def draw(p, x, y):
            p.setPen(QPen(theme.text, 1))
            p.setBrush(theme.kind_colour(kind))
            p.drawPath(marker_path(KIND_SHAPES[kind], QPointF(x + size / 2, y), size))

        return draw

    def whisker(p, x, y):
        colour = theme.whisker("project")
        p.setPen(QPen(colour, 2))
        p.drawLines(
            [
                QLineF(x, y, x + bar_w, y),
                QLineF(x, y - 4, x, y + 4),
                QLineF(x + bar_w, y - 4, x + bar_w, y + 4),
            ]
        )
        marker("project")(p, x + bar_w / 2 - size / 2, y)

    entries = []
    for kind in TOGGLE_KINDS:
        if KIND_SHAPES[kind] in ("bar", "band"):
            entries.append((bar(kind), bar_w, tr(LANE_TITLES[kind], language)))
        else:
            entries.append((marker(kind), size, tr(LANE_TITLES[kind], language)))
    acting, uncertain, known_to = (tr(note, language) for note in LEGEND_NOTES)
    entries += [
        (bar("administration", hatched=True), bar_w, acting),
        (bar("project", dashed=True), bar_w, uncertain),
        (whisker, bar_w, known_to),
    ]

    def numbered(order: int):
        def draw(p, x, y):
            rect = QRectF(x, y - fm.height() / 2, bar_w, fm.height())
            p.setPen(QPen(theme.lane_rule, 1))
            p.setBrush(theme.stage_tint(order))
            p.drawRoundedRect(rect, 2, 2)
            p.setPen(theme.text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(order))

        return draw

    for stage in cut_stages:
        entries.append((numbered(stage.order), bar_w, item_name(stage, language)))
    lines: list[list] = [[]]
    x = 0.0
    for entry in entries:
        w = entry[1] + 6 + fm.horizontalAdvance(entry[2]) + 20
        if lines[-1] and x + w > room:
            lines.append([])
            x = 0.0
        lines[-1].append(entry)
        x += w
    return lines
