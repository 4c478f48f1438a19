"""The detail panel: an item's facts, links to related items, and its sources.

Everything from the pack is escaped before it reaches the text browser, so markup in a
pack shows as text; links go only to items of the app ("item:ID") or copy an address
("copy:N"); the browser loads no resource of any kind.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPalette, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from egov_timeline.domain.details import Detail, describe
from egov_timeline.domain.i18n import distinct_name
from egov_timeline.domain.pack import Pack
from egov_timeline.ui.plain import WORD_JOINER, unbroken
from egov_timeline.ui.timeline.theme import KIND_COLOURS
from egov_timeline.ui.view_context import ViewContext

PRINT_MUTED, PRINT_NOTE = "#4a4a4a", "#fff4d6"  # the light theme's, and paper's


def _text(value: str) -> str:
    """Text escaped for the page, a hyphenated word kept whole on its line."""
    return unbroken(html.escape(value))


class SafeTextBrowser(QTextBrowser):
    """A text browser that never loads anything: no images, no files, no network."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt override)
        return None

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt override)
        """What is copied is the text as written, without the page's word joiners."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText().replace(WORD_JOINER, ""))
        return data

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
            event.ignore()  # the window's history, not the browser's own
            return
        super().mousePressEvent(event)


class DetailPanel(QWidget):
    link_activated = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pack = context.pack
        self.item_id: str | None = None
        self.detail: Detail | None = None
        self._copyable: list[str] = []
        self._browser: SafeTextBrowser | None = None
        self._muted = PRINT_MUTED
        self._note_background = PRINT_NOTE
        # Until something is selected a label is enough; the text browser (several ms to
        # create) is made on first use, after the window has painted.
        self.placeholder = QLabel(
            self.tr(
                "Select an item on the timeline to see its facts, links and sources: click it, "
                "or press Tab to walk through the history in date order. Ctrl+F searches."
            ),
            self,
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setContentsMargins(8, 8, 8, 8)
        muted = self.placeholder.palette()
        muted.setColor(QPalette.ColorRole.WindowText, QColor("#4a4a4a"))
        self.placeholder.setPalette(muted)  # a palette, not a style sheet: those cost ms
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)
        context.pack_changed.connect(self.set_pack)
        context.both_names_changed.connect(lambda _on: self.show_item(self.item_id))

    def set_theme(self, theme) -> None:
        self._muted = theme.spec["muted_text"]
        self._note_background = theme.spec["related_fill"]
        palette = self.placeholder.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(self._muted))
        self.placeholder.setPalette(palette)
        if self.item_id:
            self.show_item(self.item_id)

    @property
    def browser(self) -> SafeTextBrowser:
        if self._browser is None:
            browser = SafeTextBrowser(self)
            browser.setObjectName("detailText")
            browser.setAccessibleName(self.tr("Item details"))
            browser.setOpenLinks(False)
            browser.setOpenExternalLinks(False)
            browser.anchorClicked.connect(self._on_anchor)
            self._layout.addWidget(browser)
            browser.hide()
            self._browser = browser
        return self._browser

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.show_item(None)

    def show_item(self, item_id: str | None) -> None:
        if not item_id or item_id not in self.pack.by_id:
            self.item_id = None
            self.detail = None
            self._copyable = []
            if self._browser is not None:
                self._browser.hide()
                self._browser.clear()
            self.placeholder.show()
            return
        self.item_id = item_id
        self.detail = describe(self.pack, item_id, self.context.language, self.context.both_names)
        browser = self.browser
        browser.setHtml(self._html(self.detail))
        self.placeholder.hide()
        browser.show()

    def printable(self) -> QTextDocument:
        """The page as printed, in the light theme's colours: a page of paper is wide, and
        PDF text reads the joiners as gaps ("E- Government"), so the hyphens break as usual."""
        document = QTextDocument(self)
        document.setDefaultFont(self.browser.document().defaultFont())
        if self.detail is not None:  # paper is white whatever the screen's theme
            page = self._html(self.detail, muted=PRINT_MUTED, note=PRINT_NOTE)
            document.setHtml(page.replace(WORD_JOINER, ""))
        return document

    def plain_text(self) -> str:
        if self._browser is None or not self.item_id:
            return self.placeholder.text()
        return self._browser.toPlainText().replace(WORD_JOINER, "")

    # ---- building the page ---------------------------------------------------------------
    def _html(self, d: Detail, muted: str | None = None, note: str | None = None) -> str:
        """The page; `muted` and `note` replace the theme's colours (for paper)."""
        muted = muted or self._muted
        note = note or self._note_background
        e = _text
        self._copyable = []
        colour = KIND_COLOURS.get(d.kind, "#444")
        # the fixed words of the page, translated and escaped like everything else
        uncertain = e(self.tr("(uncertain)"))
        related = e(self.tr("Related"))
        unsure = e(self.tr("Where the sources differ or are unsure"))
        sources = e(self.tr("Sources"))
        copy_address = e(self.tr("Copy address"))
        parts = [
            f"<p style='margin:0; color:{colour}; font-weight:600'>{e(d.subtitle or '')}</p>",
            f"<h2 style='margin-top:2px; margin-bottom:6px'>{e(d.title)}</h2>",
        ]
        if d.facts:
            rows = "".join(
                f"<tr><td style='color:{muted}; padding-right:10px'>{e(f.label)}</td>"
                f"<td><b>{e(f.value)}</b>{f' <i>{uncertain}</i>' if f.uncertain else ''}</td></tr>"
                for f in d.facts
            )
            parts.append(f"<table cellspacing='2'>{rows}</table>")
        parts.append(f"<p>{e(d.summary)}</p>")
        for section in d.sections:
            parts.append(f"<h4 style='margin-bottom:2px'>{e(section.heading)}</h4>")
            for paragraph in section.paragraphs:
                parts.append(f"<p>{e(paragraph)}</p>")
            if section.bullets:
                tag = "ol" if section.numbered else "ul"
                items = "".join(f"<li>{e(b)}</li>" for b in section.bullets)
                parts.append(f"<{tag} style='margin-top:0'>{items}</{tag}>")
        if d.links:
            parts.append(f"<h4 style='margin-bottom:2px'>{related}</h4><table cellspacing='2'>")
            for group in d.links:
                links = ", ".join(
                    f"<a href='item:{html.escape(i)}'>{e(self._name(i))}</a>" for i in group.ids
                )
                parts.append(
                    f"<tr><td style='color:{muted}; padding-right:10px' valign='top'>"
                    f"{e(group.label)}</td><td>{links}</td></tr>"
                )
            parts.append("</table>")
        if d.caveats:
            parts.append(
                f"<h4 style='margin-bottom:2px'>{unsure}</h4>"
                f"<table width='100%' cellpadding='6' style='background:{note}'>"
            )
            for c in d.caveats:
                parts.append(f"<tr><td><b>{e(c.label)}:</b> {e(c.value)}</td></tr>")
            parts.append("</table>")
        parts.append(f"<h4 style='margin-bottom:2px'>{sources}</h4><ul style='margin-top:0'>")
        for source in d.sources:
            text = e(source.title) + (f" \u2014 {e(source.where)}" if source.where else "")
            if source.url:
                # shown as text, never opened: the user may copy it
                self._copyable.append(source.url)
                n = len(self._copyable) - 1
                text += (
                    f"<br/><span style='color:{muted}'>{html.escape(source.url)}</span> "
                    f"<a href='copy:{n}'>{copy_address}</a>"
                )
            parts.append(f"<li>{text}</li>")
        parts.append("</ul>")
        return "".join(parts)

    def _name(self, item_id: str) -> str:
        context = self.context
        return distinct_name(
            self.pack, self.pack.by_id[item_id], context.language, context.both_names
        )

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "item":
            target = url.path()
            if target in self.pack.by_id:
                self.link_activated.emit(target)
        elif scheme == "copy":
            try:
                address = self._copyable[int(url.path())]
            except (ValueError, IndexError):
                return
            QGuiApplication.clipboard().setText(address)
        # any other address is ignored: nothing is ever opened
