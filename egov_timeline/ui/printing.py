"""Paper and PDF: worksheets with an answer key, and a detail panel, through Qt's own PDF
and print support."""

from __future__ import annotations

from pathlib import Path

from egov_timeline.domain.files import OutputError, replaced_when_done
from egov_timeline.domain.pack import Pack
from egov_timeline.ui.render import _ensure_gui_app

PDF_DPI = 300


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
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter, QTextDocument

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
    document.setHtml(document_html)
    document.print_(writer)


def write_worksheet(
    pack: Pack, out: Path, count: int, seed: int | None, page: str = "A4", language: str = "en"
) -> tuple[str | None, int]:
    """Write the worksheet; (what went wrong or None, how many questions it holds). A set
    asks about each item once, so it may hold fewer questions than asked for."""
    from egov_timeline.domain.worksheet import worksheet_html, worksheet_questions

    questions = worksheet_questions(pack, count, seed, language)
    if not questions:
        return "this content pack gives no questions", 0
    message = html_to_pdf(
        worksheet_html(pack, questions, seed, language=language),
        out,
        f"{pack.title_in(language)}: " + ("학습지" if language == "ko" else "worksheet"),
        page,
    )
    return message, len(questions)
