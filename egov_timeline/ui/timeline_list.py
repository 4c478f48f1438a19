"""The timeline as a list: every item in date order, in step with the selection, for screen
readers and for anyone who prefers a list. Lives in a dock of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.plain import tooltip
from egov_timeline.ui.view_context import ViewContext


class TimelineList(QListWidget):
    """Signals `chosen(item id)` when the user picks a row."""

    chosen = Signal(str)

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("timelineList")
        self.setSpacing(4)  # two-line rows read as one each
        # a row too long for the pane ends in "…" (its tooltip says it whole), never cut
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setAccessibleName(self.tr("Timeline as a list"))
        self.setAccessibleDescription(
            self.tr("Every item in date order; choosing one selects it on the timeline")
        )
        self.currentRowChanged.connect(self._on_row)
        context.pack_changed.connect(lambda _pack: self.fill())
        context.both_names_changed.connect(lambda _on: self.fill())
        self.fill()

    def fill(self) -> None:
        language, both = self.context.language, self.context.both_names
        self.blockSignals(True)
        self.clear()
        for item in self.context.pack.items:
            name = item_name(item, language, both)
            when = display_period(item.start, item.end, language)
            kind = tr(KIND_NAMES[item.kind], language)
            # the name first, where a narrow list still shows it; a screen reader hears one line
            row = QListWidgetItem(f"{name}\n    {when} \u00b7 {kind}")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{when}, {kind}: {name}")
            row.setToolTip(tooltip(f"{name}\n{when} \u00b7 {kind}"))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.addItem(row)
        self.blockSignals(False)

    @Slot(int)
    def _on_row(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_selected(self, item_id: str | None) -> None:
        """Follow the selection without saying it was chosen here; with nothing selected,
        no row is lit."""
        found = -1
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                found = row
                break
        self.blockSignals(True)
        self.setCurrentRow(found)
        if found < 0:
            self.clearSelection()
        self.blockSignals(False)
