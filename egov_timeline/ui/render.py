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


def paint_poster(
    painter,
    pack: Pack,
    width: int,
    height: int,
    first: float | None,
    last: float | None,
    language: str = "en",
) -> None:
    """Title and legend on top, the timeline below."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF, QPen

    from egov_timeline.domain.i18n import tr
    from egov_timeline.domain.timeline import LANE_TITLES, TOGGLE_KINDS, TimelineContent
    from egov_timeline.domain.timescale import TimeScale, fit
    from egov_timeline.ui.timeline.painter import TimelinePainter
    from egov_timeline.ui.timeline.theme import KIND_SHAPES, Theme, marker_path

    theme = Theme()
    base = QFont()
    base.setPixelSize(max(11, round(min(width, height * 1.6) / 120)))
    content = TimelineContent(pack, language)
    timeline = TimelinePainter(content, base, theme)
    title_font = QFont(base)
    title_font.setPixelSize(round(base.pixelSize() * 1.5))
    title_font.setBold(True)
    title_h = QFontMetricsF(title_font).height()
    fm = QFontMetricsF(base)
    header_h = round(title_h + fm.height() + 22)

    plot_width = timeline.plot_width(width)
    if first is None and last is None:
        scale = fit(content.bounds, plot_width)
    else:
        lo = first if first is not None else content.bounds.first
        hi = last if last is not None else content.bounds.last
        scale = TimeScale.showing(lo, hi, plot_width)

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
    x = 14.0
    y = 10 + title_h + fm.height() / 2 + 4
    size = timeline.geometry.marker
    for kind in TOGGLE_KINDS:
        shape = KIND_SHAPES[kind]
        colour = theme.kind_colour(kind)
        if shape in ("bar", "band"):
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(theme.bar_fill(kind) if shape == "bar" else theme.stage_tint(1))
            painter.drawRoundedRect(QRectF(x, y - size / 2, size * 1.6, size), 2, 2)
            x += size * 1.6 + 6
        else:
            painter.setPen(QPen(theme.text, 1))
            painter.setBrush(colour)
            painter.drawPath(marker_path(shape, QPointF(x + size / 2, y), size))
            x += size + 6
        painter.setPen(theme.text)
        text = tr(LANE_TITLES[kind], language)
        painter.drawText(
            QRectF(x, y - fm.height() / 2, fm.horizontalAdvance(text) + 2, fm.height()),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += fm.horizontalAdvance(text) + 22
    note = (
        "점선: 권한대행 또는 불확실한 날짜.  수염선: 연도까지만 알려진 날짜."
        if language == "ko"
        else "Dashed: acting president or uncertain date.  Whiskers: a date known only to the year."
    )
    painter.setPen(theme.muted_text)
    painter.drawText(
        QRectF(x, y - fm.height() / 2, max(0.0, width - x - 12), fm.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        note,
    )

    painter.save()
    painter.translate(0, header_h)
    frame = timeline.frame(scale, width, height - header_h)
    timeline.paint(painter, frame)
    painter.restore()
