"""Paper and PDF: worksheets with an answer key, and a detail panel, through Qt's own PDF
and print support."""

from __future__ import annotations

import re
from pathlib import Path

from egov_timeline.domain.files import OutputError, replaced_when_done
from egov_timeline.domain.pack import Pack
from egov_timeline.ui.render import _ensure_gui_app

PDF_DPI = 300
LAYOUT_DPI = PDF_DPI  # what a page's text is measured at: the PDF's own, so sizes come out exact


def _page_size(name: str):
    from PySide6.QtGui import QPageSize

    return QPageSize(
        {
            "A4": QPageSize.PageSizeId.A4,
            "A3": QPageSize.PageSizeId.A3,
            "Letter": QPageSize.PageSizeId.Letter,
        }[name]
    )


def html_to_pdf(document_html: str, out: Path, title: str, page: str = "A4") -> str | None:
    """Lay out HTML on pages and write a PDF atomically; None, or what went wrong."""
    _ensure_gui_app()
    from egov_timeline.ui.fonts import ensure_hangul_font

    ensure_hangul_font()
    try:
        with replaced_when_done(out) as tmp:
            _print_html(document_html, tmp, title, page)
            if tmp.stat().st_size == 0:
                raise OutputError(f"could not write {out}")
    except OutputError as problem:
        return str(problem)
    return None


def _print_html(document_html: str, tmp: Path, title: str, page: str) -> None:
    """Qt's writer is gone, and the file closed, when this returns."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QImage, QPageLayout, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("egov-timeline")
    writer.setPageLayout(
        QPageLayout(
            _page_size(page),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    # Laid out on the writer's pages, measured at a known resolution (the writer's), so
    # that what is kept together here is what prints.
    measure = QImage(1, 1, QImage.Format.Format_RGB32)
    measure.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    measure.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    document.documentLayout().setPaintDevice(measure)
    document.setHtml(document_html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    ratio = LAYOUT_DPI / writer.resolution()
    document.setPageSize(QSizeF(area.width() * ratio, area.height() * ratio))
    keep_numbered_together(document)
    sheet = document.pageSize()
    painter = QPainter()
    if not painter.begin(writer):
        raise OutputError("could not start the PDF")
    scale = writer.resolution() / LAYOUT_DPI
    for number in range(document.pageCount()):
        if number:
            writer.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -number * sheet.height())
        document.drawContents(
            painter, QRectF(0, number * sheet.height(), sheet.width(), sheet.height())
        )
        painter.restore()
    painter.end()


_NUMBERED = re.compile(r"^\d+\. ")


def keep_numbered_together(document) -> None:
    """No numbered entry (a question with its choices, an answer with its explanation) is
    split across pages: one that would be starts on the next page."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    layout = document.documentLayout()
    page_h = document.pageSize().height()
    layout.documentSize()  # the whole document laid out (Qt lays out lazily)
    groups: list[list] = []
    block = document.begin()
    while block.isValid():
        breaks = (
            block.blockFormat().pageBreakPolicy()
            & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
        )
        if _NUMBERED.match(block.text()) or breaks or not groups:
            groups.append([block, block])
        else:
            groups[-1][1] = block
        block = block.next()
    for first, last in groups:
        if not _NUMBERED.match(first.text()):
            continue
        top = layout.blockBoundingRect(first).top()
        bottom = layout.blockBoundingRect(last).bottom()
        if int(top // page_h) != int((bottom - 1) // page_h) and bottom - top < page_h:
            cursor = QTextCursor(first)
            fmt = first.blockFormat()
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
            layout.documentSize()  # laid out again, from here on, before the next is measured
    _no_lone_last_entry(document, groups)


def _no_lone_last_entry(document, groups: list[list]) -> None:
    """The last entry of a part (the questions, the answer key) never sits alone on a page
    of its own: the one before it goes over with it, where that leaves its page some other
    entry."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    layout = document.documentLayout()
    page_h = document.pageSize().height()

    def page(y: float) -> int:
        return int(y // page_h)

    parts: list[list[list]] = [[]]
    for group in groups:
        if _NUMBERED.match(group[0].text()):
            parts[-1].append(group)
        elif parts[-1]:
            parts.append([])
    for part in parts:
        if len(part) < 3:
            continue
        before, previous, last = part[-3], part[-2], part[-1]
        top_last = layout.blockBoundingRect(last[0]).top()
        top_previous = layout.blockBoundingRect(previous[0]).top()
        alone = page(top_last) > page(layout.blockBoundingRect(previous[1]).bottom() - 1)
        others_stay = page(layout.blockBoundingRect(before[0]).top()) == page(top_previous)
        together = layout.blockBoundingRect(last[1]).bottom() - top_previous < page_h
        if alone and others_stay and together:
            fmt = previous[0].blockFormat()
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(previous[0]).setBlockFormat(fmt)
            fmt = last[0].blockFormat()  # the last now follows it on the same page
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
            QTextCursor(last[0]).setBlockFormat(fmt)
            layout.documentSize()


def write_worksheet(
    pack: Pack,
    out: Path,
    count: int,
    seed: int | None,
    page: str = "A4",
    language: str = "en",
    large: bool = False,
) -> tuple[str | None, int]:
    """Write the worksheet; (what went wrong or None, how many questions it holds). A set
    asks about each item once, so it may hold fewer questions than asked for."""
    from egov_timeline.domain.worksheet import worksheet_html, worksheet_questions

    questions = worksheet_questions(pack, count, seed, language)
    if not questions:
        return "this content pack gives no questions", 0
    message = html_to_pdf(
        worksheet_html(pack, questions, seed, language=language, large=large),
        out,
        f"{pack.title_in(language)}: " + ("학습지" if language == "ko" else "worksheet"),
        page,
    )
    return message, len(questions)
