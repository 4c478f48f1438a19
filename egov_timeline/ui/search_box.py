"""Incremental search: a line in the toolbar, results in a list, matches lit on the timeline."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QWidget

from egov_timeline.domain.dates import display_date
from egov_timeline.domain.i18n import distinct_name, item_summary, tr
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.search import SearchIndex
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.plain import tooltip
from egov_timeline.ui.view_context import ViewContext

ID_ROLE = Qt.ItemDataRole.UserRole


class SearchLine(QLineEdit):
    """The search line: Up and Down move through the results, Esc clears."""

    step = Signal(int)
    escape = Signal()

    def sizeHint(self) -> QSize:
        """Narrow as asked, wider where the tool bar has room (it grows, up to its maximum):
        on a narrow window the field stays on the tool bar rather than in its "»"."""
        hint = super().sizeHint()
        return QSize(self.minimumWidth(), hint.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step.emit(1 if key == Qt.Key.Key_Down else -1)
        elif key == Qt.Key.Key_Escape:
            self.escape.emit()
        else:
            super().keyPressEvent(event)


def _search_border(theme_name: str) -> str:
    """The style sheet of the search line: the style's own frame where it shows (light), a
    border of its own on dark grounds, where the style's frame vanishes."""
    if theme_name not in ("dark", "contrast"):
        return ""
    from egov_timeline.ui.timeline.theme import THEMES

    spec = THEMES[theme_name]
    edge = spec["text"] if theme_name == "contrast" else spec["muted_text"]
    return (
        f"QLineEdit#searchLine {{ border: 2px solid {edge}; border-radius: 3px;"
        f" padding: 1px 4px; background: {spec['base']}; color: {spec['text']}; }}"
        f" QLineEdit#searchLine:focus {{ border-color: {spec['selection']}; }}"
    )


class SearchController(QObject):
    """Owns the search line and the result list; says what was chosen and what matched."""

    chosen = Signal(str)
    matches_changed = Signal(object)  # frozenset of ids

    def __init__(self, context: ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None  # built on the first search, not at start-up
        self.pack = context.pack
        self.language = context.language
        context.pack_changed.connect(self.set_pack)
        self.line = SearchLine(parent)
        self.line.setObjectName("searchLine")
        self.line.setAccessibleName(self.tr("Search"))
        self.line.setPlaceholderText(self.tr("Search: name, acronym, 한국어 \u2026 (Ctrl+F)"))
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(170)
        self.line.setMaximumWidth(340)
        self.line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.line.setToolTip(
            self.tr(
                "Search names, acronyms, Korean names, other spellings and text. Enter jumps to "
                "the first result, Down goes through them, Esc clears."
            )
        )
        self._on_theme(context.theme_name)
        context.theme_changed.connect(self._on_theme)
        self.results = QListWidget(parent)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.results.hide()
        self.line.textChanged.connect(self._on_text)
        self.line.returnPressed.connect(self.choose_current)
        self.results.itemActivated.connect(self._on_activated)
        self.results.itemClicked.connect(self._on_activated)
        self.line.step.connect(self._step)
        self.line.escape.connect(self._escape)

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.pack)
        return self._index

    def _label(self, item) -> str:
        name = distinct_name(self.pack, item, self.language)
        return f"{name} ({item.acronym})" if item.acronym else name

    @Slot(str)
    def _on_theme(self, name: str) -> None:
        sheet = _search_border(name)
        if sheet != self.line.styleSheet():  # none at all in the light theme, at start-up
            self.line.setStyleSheet(sheet)

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self._index = None
        self.clear()

    def clear(self) -> None:
        self.line.clear()

    def result_ids(self) -> list[str]:
        return [self.results.item(r).data(ID_ROLE) for r in range(self.results.count())]

    @Slot(str)
    def _on_text(self, text: str) -> None:
        hits = self.index.search(text) if text.strip() else []
        self.results.clear()
        for hit in hits:
            item = self.pack.by_id[hit.item_id]
            row = QListWidgetItem(
                f"{self._label(item)}\n    {tr(KIND_NAMES[item.kind], self.language)}, "
                f"{display_date(item.start, self.language)}"
            )
            row.setData(ID_ROLE, hit.item_id)
            row.setToolTip(tooltip(item_summary(item, self.language)))
            self.results.addItem(row)
        if hits:
            self.results.setCurrentRow(0)
        elif text.strip():
            empty = QListWidgetItem(
                self.tr("Nothing matches \u201c{text}\u201d.").format(text=text.strip())
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)
        self.results.setVisible(bool(text.strip()))
        self.matches_changed.emit(frozenset(h.item_id for h in hits))

    @Slot()
    def choose_current(self) -> None:
        row = self.results.currentItem() or (self.results.item(0) if self.results.count() else None)
        if row is not None and row.data(ID_ROLE):
            self.chosen.emit(row.data(ID_ROLE))

    @Slot(QListWidgetItem)
    def _on_activated(self, row: QListWidgetItem) -> None:
        if row.data(ID_ROLE):
            self.results.setCurrentItem(row)
            self.chosen.emit(row.data(ID_ROLE))

    @Slot(int)
    def _step(self, step: int) -> None:
        count = self.results.count()
        if count:
            self.results.setCurrentRow(max(0, min(count - 1, self.results.currentRow() + step)))

    @Slot()
    def _escape(self) -> None:
        self.clear()
        self.line.setFocus()
