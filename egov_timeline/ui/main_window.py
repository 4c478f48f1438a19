"""The main window. Until the timeline lands it shows the pack's items by kind."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
)

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.model import KINDS
from egov_timeline.domain.pack import Pack

KIND_TITLES = {
    "stage": "Stages",
    "administration": "Administrations",
    "project": "Projects and plans",
    "law": "Laws",
    "agency": "Agencies and committees",
}
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    item_selected = Signal(str)

    def __init__(self, pack: Pack, settings: QSettings) -> None:
        super().__init__()
        self._pack = pack
        self._settings = settings
        self.setWindowTitle(f"egov-timeline \u2014 {pack.title}")
        self.setMinimumSize(640, 420)

        self.item_list = QTreeWidget(self)
        self.item_list.setObjectName("itemList")
        self.item_list.setAccessibleName("Items by kind")
        self.item_list.setHeaderLabels(["Name", "When", "Korean name"])
        self.item_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.item_list.setUniformRowHeights(True)
        self.item_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.item_list.header().setStretchLastSection(False)
        self.item_list.itemSelectionChanged.connect(self._on_selection_changed)
        self._fill()
        self.setCentralWidget(self.item_list)

        self._build_menus()
        self.statusBar().showMessage(
            f"{len(pack)} items: " + ", ".join(
                f"{n} {KIND_TITLES[k].lower()}" for k, n in pack.counts().items() if n))
        self._restore_state()

    def _fill(self) -> None:
        for kind in KINDS:
            items = self._pack.of_kind(kind)
            if not items:
                continue
            group = QTreeWidgetItem(self.item_list, [f"{KIND_TITLES[kind]} ({len(items)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
            for item in items:
                name = f"{item.name} ({item.acronym})" if item.acronym else item.name
                if getattr(item, "acting", False):
                    name += " \u2014 acting"
                row = QTreeWidgetItem(group, [name, display_period(item.start, item.end),
                                              item.name_ko or ""])
                row.setData(0, ITEM_ID_ROLE, item.id)
                row.setToolTip(0, item.summary)
        for column in (1, 2):
            self.item_list.resizeColumnToContents(column)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def shown_item_ids(self) -> list[str]:
        ids: list[str] = []
        for g in range(self.item_list.topLevelItemCount()):
            group = self.item_list.topLevelItem(g)
            ids.extend(group.child(i).data(0, ITEM_ID_ROLE) for i in range(group.childCount()))
        return ids

    def select_item(self, item_id: str) -> bool:
        for g in range(self.item_list.topLevelItemCount()):
            group = self.item_list.topLevelItem(g)
            for i in range(group.childCount()):
                row = group.child(i)
                if row.data(0, ITEM_ID_ROLE) == item_id:
                    self.item_list.setCurrentItem(row)
                    self.item_list.scrollToItem(row)
                    return True
        return False

    @Slot()
    def _on_selection_changed(self) -> None:
        rows = self.item_list.selectedItems()
        item_id = rows[0].data(0, ITEM_ID_ROLE) if rows else None
        if item_id:
            self.item_selected.emit(item_id)

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.sync()
        super().closeEvent(event)
