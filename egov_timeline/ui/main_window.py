"""The main window: the timeline with its overview, lane toggles and zoom controls."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.timeline import KIND_NAMES, LANE_TITLES, TOGGLE_KINDS, TimelineContent
from egov_timeline.domain.timescale import TimeScale
from egov_timeline.ui.icons import app_icon, kind_icon
from egov_timeline.ui.timeline.overview import OverviewStrip
from egov_timeline.ui.timeline.view import TimelineView


class MainWindow(QMainWindow):
    item_selected = Signal(str)

    def __init__(self, pack: Pack, settings: QSettings) -> None:
        super().__init__()
        self.pack = pack
        self._settings = settings
        self.setWindowTitle(f"egov-timeline \u2014 {pack.title}")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 420)

        self.content = TimelineContent(pack)
        self.timeline = TimelineView(self.content)
        self.overview = OverviewStrip(self.timeline)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.overview)
        self.setCentralWidget(central)

        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionLabel")
        self.statusBar().addWidget(self.selection_label, 1)
        self._build_actions()
        self.timeline.selection_changed.connect(self._on_selection_changed)
        self.timeline.item_activated.connect(self._on_item_activated)
        self._restore_state()
        self._show_idle_status()
        self.timeline.setFocus()

    # ---- menus and toolbar ------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        self.zoom_in_action = self._action("Zoom &In", self.timeline.zoom_in,
                                           [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                                           "Zoom in around the middle (Ctrl++)")
        self.zoom_out_action = self._action("Zoom &Out", self.timeline.zoom_out,
                                            [QKeySequence.StandardKey.ZoomOut],
                                            "Zoom out around the middle (Ctrl+-)")
        self.fit_action = self._action("&Fit All", self.timeline.fit_all, [QKeySequence("Ctrl+0")],
                                       "Show the whole history (Ctrl+0)")
        self.zoom_selection_action = self._action(
            "Zoom to &Selection", self.timeline.zoom_to_selection, [QKeySequence("Ctrl+E")],
            "Zoom to the selected item (Ctrl+E)")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.zoom_selection_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        lanes_menu = view_menu.addMenu("&Lanes")

        toolbar = QToolBar("Timeline", self)
        toolbar.setObjectName("timelineToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.zoom_selection_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        legend = QLabel("Show:")
        legend.setContentsMargins(6, 0, 4, 0)
        toolbar.addWidget(legend)
        self.lane_actions: dict[str, QAction] = {}
        self._lane_group = QActionGroup(self)
        self._lane_group.setExclusive(False)
        for n, kind in enumerate(TOGGLE_KINDS, start=1):
            action = QAction(kind_icon(kind), LANE_TITLES[kind], self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setToolTip(f"Show or hide {LANE_TITLES[kind].lower()} (Alt+{n}). "
                              f"{_LEGEND[kind]}")
            action.setData(kind)
            action.toggled.connect(self._on_lane_toggled)
            self._lane_group.addAction(action)
            lanes_menu.addAction(action)
            toolbar.addAction(action)
            self.lane_actions[kind] = action

    def _action(self, text: str, slot, shortcuts, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    @Slot(bool)
    def _on_lane_toggled(self, _checked: bool) -> None:
        hidden = {kind for kind, action in self.lane_actions.items() if not action.isChecked()}
        self.timeline.set_hidden_kinds(hidden)

    # ---- selection ---------------------------------------------------------------------
    def select_item(self, item_id: str, *, reveal: bool = True) -> bool:
        if item_id not in self.pack.by_id:
            return False
        kind = self.pack.by_id[item_id].kind
        if kind in self.lane_actions and not self.lane_actions[kind].isChecked():
            self.lane_actions[kind].setChecked(True)
        self.timeline.select(item_id, reveal=reveal)
        return True

    @Slot(str)
    def _on_selection_changed(self, item_id: str) -> None:
        if item_id:
            item = self.pack.by_id[item_id]
            name = item.name + (f" ({item.acronym})" if item.acronym else "")
            self.selection_label.setText(
                f"{KIND_NAMES[item.kind]}: {name} \u2014 {display_period(item.start, item.end)}"
                "   (Enter to open, Ctrl+E to zoom to it)")
        else:
            self._show_idle_status()
        self.item_selected.emit(item_id)

    @Slot(str)
    def _on_item_activated(self, item_id: str) -> None:
        self.timeline.zoom_to_item(item_id)

    def _show_idle_status(self) -> None:
        counts = self.pack.counts()
        self.selection_label.setText(
            f"{len(self.pack)} items \u2014 click an item or press Tab to select; scroll to zoom, "
            f"drag to pan.  ({counts['administration']} administrations, {counts['project']} "
            f"projects, {counts['law']} laws, {counts['agency']} agencies)")

    # ---- remembered state --------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self._settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            width = min(1440, int(screen.width() * 0.92)) if screen else 1280
            height = min(900, int(screen.height() * 0.9)) if screen else 800
            self.resize(width, height)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        hidden = s.value("timeline/hidden", [])
        if isinstance(hidden, str):
            hidden = [hidden] if hidden else []
        for kind in hidden or []:
            if kind in self.lane_actions:
                self.lane_actions[kind].setChecked(False)
        try:
            start = float(s.value("timeline/start", "nan"))
            span = float(s.value("timeline/span", "nan"))
        except (TypeError, ValueError):
            return
        if span == span and start == start and span > 0:  # not NaN
            width = self.timeline.scale.width
            self.timeline.set_scale(TimeScale.showing(start, start + span, width))

    def save_state(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("timeline/start", self.timeline.scale.start)
        s.setValue("timeline/span", self.timeline.scale.span)
        s.setValue("timeline/hidden", sorted(self.timeline.hidden_kinds))
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)


_LEGEND = {
    "stage": "Coloured bands: the six stages of Table 4.",
    "administration": "Bars: presidents' terms; hatched and dashed: acting presidents.",
    "project": "Circles and bars: projects and plans.",
    "law": "Diamonds: laws, on the day they were enacted.",
    "agency": "Squares and bars: agencies, ministries and committees.",
}
