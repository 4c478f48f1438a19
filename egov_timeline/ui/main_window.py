"""The main window: timeline and overview in the middle; search, results and the detail
panel in a dock beside it; filters and navigation in the toolbars.

The window only places the parts and wires them together. Each part has one job and its
own module: the actions (`actions.py`), the selection and its history (`selection.py`),
what is remembered (`settings.py`), the modes (`modes.py`), the status line, presentation
mode and themes, tours, paper, the list view and the quiz controller.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.filters import Filter, matching_ids
from egov_timeline.domain.i18n import LANGUAGE_NAMES
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.timeline import TimelineContent
from egov_timeline.ui import window_memory
from egov_timeline.ui.actions import WindowActions, lane_actions, window_actions
from egov_timeline.ui.bar_fit import FittingBars
from egov_timeline.ui.details_panel import DetailPanel
from egov_timeline.ui.filter_bar import FilterBar
from egov_timeline.ui.focus_ring import FocusRings
from egov_timeline.ui.icons import app_icon
from egov_timeline.ui.modes import Modes
from egov_timeline.ui.pack_opener import PackOpener
from egov_timeline.ui.panes import Panes
from egov_timeline.ui.paper import Paper
from egov_timeline.ui.places import Places
from egov_timeline.ui.presentation import Presentation
from egov_timeline.ui.quiz_controller import QuizController
from egov_timeline.ui.run_mode import RUN
from egov_timeline.ui.search_box import SearchController
from egov_timeline.ui.selection import SelectionModel
from egov_timeline.ui.settings import Preferences, WindowState
from egov_timeline.ui.status_line import StatusLine
from egov_timeline.ui.timeline.overview import OverviewStrip
from egov_timeline.ui.timeline.view import TimelineView
from egov_timeline.ui.timeline_list import TimelineList
from egov_timeline.ui.tours import TourPlayer
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:
    from egov_timeline.ui.relation_map import RelationMapView

DOCK_WIDTH = 300  # the details dock at 100% text: it widens with the text size
MAP_WIDTH = 360  # the map of links, the first time it is shown


class MainWindow(QMainWindow):
    """Signals `language_requested(code)`: the app then builds the window anew in it."""

    language_requested = Signal(str)

    def __init__(
        self, context: ViewContext, preferences: Preferences, window_state: WindowState
    ) -> None:
        super().__init__()
        self.context = context
        self.preferences = preferences
        self.window_state = window_state
        self.keeps_state = True  # a scripted run (--smoke, --screenshot) saves nothing
        self._dock_was_visible = True  # the details dock, when the timeline mode was left
        self._filter_bar_was_visible = True  # and the show/filter bar
        self._mode = "timeline"
        self.timeline_layout = QByteArray()  # saveState() as the timeline mode was left
        context.setParent(self)
        # first: the timeline takes another pack before anything that draws on it
        context.pack_changed.connect(self._on_pack_changed)
        context.both_names_changed.connect(self._on_both_names)
        # Replaced by tests: a modal dialog would block them.
        self.ask_quit_unsaved: Callable[[str], bool] = self._ask_quit_unsaved

        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 420)
        self.timeline = TimelineView(TimelineContent(context.pack, self.language, self.both_names))
        self.overview = OverviewStrip(self.timeline)
        self.timeline_page = QWidget(self)
        layout = QVBoxLayout(self.timeline_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.overview)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.timeline_page)
        self.setCentralWidget(self.pages)
        self.selection = SelectionModel(self)
        self.quiz_controller = QuizController(context, self)
        if preferences["exam_date"] is not None:  # a test to study for, as set last time
            self.quiz_controller.exam = (preferences["exam_date"], preferences["exam_scope"])
        self.status = StatusLine(context, self.statusBar())
        self.details = DetailPanel(context)
        self.search = SearchController(context, self)
        self.details_dock = self._dock("detailsDock", self.tr("Details"), self._side_pane())
        self.details_dock.setMinimumWidth(DOCK_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.timeline_list = TimelineList(context)
        self.list_dock = self._dock("listDock", self.tr("Timeline as a List"), self.timeline_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.list_dock)
        self.list_dock.hide()
        # the map of links is made the first time its dock is shown (it costs the start nothing)
        self.relation_map: RelationMapView | None = None
        self.map_dock = self._dock("mapDock", self.tr("Map of Links"), QWidget())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.map_dock)
        self.map_dock.hide()
        self._map_was_visible = False  # the map's dock, when the timeline mode was left

        docks = {"details_panel": self.details_dock, "list": self.list_dock, "map": self.map_dock}
        given = {name: dock.toggleViewAction() for name, dock in docks.items()}
        self.commands = a = WindowActions(self, self._slots(), given)
        self.presentation = Presentation(self, context, preferences, a, self.notify)
        self.presentation.text_scale_changed.connect(self._fit_docks_to_text)
        self.places = Places(window_state)  # where file dialogs open
        self.modes = Modes(
            context,
            self.quiz_controller,
            preferences,
            self.pages,
            self.timeline_page,
            {mode: a[f"mode_{mode}"] for mode in ("timeline", "quiz", "progress", "class")},
            self.status,
            self,
            places=self.places,
        )
        self.tours = TourPlayer(
            context,
            a.menus["tours"],
            {k: a[k] for k in ("tour_next", "tour_back", "tour_end")},
            self.timeline,
            self.selection,
            self.timeline_page,
            lambda: self.modes.set_mode("timeline"),
        )
        self.paper = Paper(
            context,
            self,
            self.timeline,
            self.details,
            self.notify,
            self.modes.class_set,
            self.places,
        )
        self.language_actions = a.choices(
            "language", LANGUAGE_NAMES.items(), self.language, self.request_language, self
        )
        a["both_names"].setChecked(self.both_names)
        self.lane_group, self.lane_actions = lane_actions(self, a.menus["lanes"], self.language)
        for action in self.lane_actions.values():
            action.toggled.connect(self._on_lane_toggled)
        self.toolbar = a.build_toolbar({"search": self.search.line})
        self.toolbar.setWindowTitle(self.tr("Tool Bar"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.filter_bar = FilterBar(context, list(self.lane_actions.values()), self)
        self.filter_bar.setWindowTitle(self.tr("Show and Filter Bar"))
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)
        self.fitting_bars = FittingBars(
            self, [self.toolbar, self.filter_bar], lambda: self.presentation.usual_point_size
        )
        self.presentation.text_scale_changed.connect(lambda _scale: self.fitting_bars.fit())
        # every bar and dock can be brought back from the View menu, after the docks
        self.filter_bar_toggle = self.filter_bar.toggleViewAction()
        a.menus["view"].addActions([self.toolbar.toggleViewAction(), self.filter_bar_toggle])
        page_layout = self.timeline_page.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.insertWidget(0, self.filter_bar.summary)  # what the filter keeps, if set
        self.panes = Panes(
            self.timeline,
            self.details,
            self.details_dock,
            self.timeline_list,
            self.list_dock,
            self.filter_bar,
            self.search,
            lambda: self.modes.mode == "timeline",
            self.map_dock,
        )
        side_pane = self.details_dock.widget()
        self.focus_rings = FocusRings(
            context, [self.timeline, side_pane, self.timeline_list, self.filter_bar, self.map_dock]
        )
        self.pack_opener = PackOpener(context, self, self.notify, self.places)
        self._wire()
        self._update_title()
        window_memory.restore(self)
        self.status.describe("")
        self.timeline.setFocus()
        # The progress store, and the quiz its count of due cards needs (~30 ms), open once
        # the timeline is on screen: nothing slow before the first paint.
        self._store_asked = False
        self.timeline.first_painted.connect(lambda: QTimer.singleShot(0, self.open_progress))
        QTimer.singleShot(0, self._open_progress_unless_painting)

    @Slot()
    def _open_progress_unless_painting(self) -> None:
        if not self.isVisible() or self.timeline.has_painted:
            self.open_progress()  # a hidden window paints nothing to wait for
        else:  # its first paint opens it; a window never exposed (offscreen) in a moment
            QTimer.singleShot(500, self.open_progress)

    @Slot()
    def open_progress(self) -> None:
        """Open the progress store, once (it opens by itself after the first paint)."""
        if not self._store_asked:
            self._store_asked = True
            self.quiz_controller.open_store()

    # ---- building ----------------------------------------------------------------------
    def _side_pane(self) -> QWidget:
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(self.search.results, 1)
        side_layout.addWidget(self.details, 3)
        return side

    @Slot(float)
    def _fit_docks_to_text(self, scale: float) -> None:
        """Larger text, wider docks (as many words a line), up to 40% of the window each."""
        for dock in (self.details_dock, self.list_dock, self.map_dock):
            # Qt draws a dock's title in the font the app had when the dock was made, unless
            # the dock's own font differs from the app's: the same font, told apart by a
            # style strategy nobody sees, which the pane inside follows too
            font = QFont(QApplication.font())
            font.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
            dock.setFont(font)
        wanted = min(round(DOCK_WIDTH * scale), int(self.width() * 0.4))
        self.details_dock.setMinimumWidth(max(DOCK_WIDTH, wanted))
        self.list_dock.setMinimumWidth(wanted if scale > 1 else 0)
        self.map_dock.setMinimumWidth(wanted if scale > 1 else 0)
        docks = [d for d in (self.details_dock, self.list_dock, self.map_dock) if d.isVisible()]
        if docks:
            widths = [max(d.width(), wanted) for d in docks]
            self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _slots(self) -> dict[str, Callable[..., object]]:
        """What each action of the table does (the modes, tours and paper connect their own)."""
        t = self.timeline
        return {
            "open_pack": lambda: self.pack_opener.open_dialog(),
            "worksheet": lambda: self.paper.print_worksheet(),
            "poster": lambda: self.paper.export_poster(),
            "export_quiz": lambda: self.paper.export_quiz(),
            "from_sheet": lambda: self.pack_opener.from_sheet(),
            "sheet_template": lambda: self.pack_opener.save_template(),
            "print_details": lambda: self.paper.print_details(),
            "backups": self.show_backups,
            "quit": self.close,
            "back": self.selection.back,
            "forward": self.selection.forward,
            "zoom_in": t.zoom_in,
            "zoom_out": t.zoom_out,
            "fit": t.fit_all,
            "zoom_selection": t.zoom_to_selection,
            "find": lambda: self.panes.focus_search(),
            "switch_pane": lambda: self.panes.switch(),
            "presentation": lambda on: self.presentation.set_presenting(on),
            "larger_text": lambda: self.presentation.change_text_scale(1),
            "smaller_text": lambda: self.presentation.change_text_scale(-1),
            "reset_text": lambda: self.presentation.set_text_scale(1.0),
            "both_names": self.context.set_both_names,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }

    def _wire(self) -> None:
        sel, a = self.selection, self.commands
        self.timeline.selection_changed.connect(lambda i: sel.select(i, "timeline", reveal=False))
        self.timeline.item_activated.connect(self._on_item_activated)
        self.timeline_list.chosen.connect(lambda i: sel.select(i, "list"))
        self.map_dock.visibilityChanged.connect(self._on_map_dock_shown)
        self.details.link_activated.connect(self.navigate_to)
        self.search.chosen.connect(self.navigate_to)
        self.search.matches_changed.connect(self.timeline.set_highlighted)
        self.filter_bar.changed.connect(self._on_filter_changed)
        sel.changed.connect(self._on_selection_changed)
        sel.navigation_changed.connect(a["back"].setEnabled)
        sel.navigation_changed.connect(lambda _b, forward: a["forward"].setEnabled(forward))
        sel.navigation_changed.emit(False, False)
        self.modes.changed.connect(self._on_mode_changed)
        self.modes.show_on_timeline.connect(self.show_on_timeline)
        self.modes.on_timeline_shown = self.timeline.setFocus
        self.quiz_controller.notice.connect(self.status.notify)
        self.quiz_controller.progress_changed.connect(self._on_progress_changed)
        self.context.theme_changed.connect(self._on_theme_changed)

    # ---- reading the context -------------------------------------------------------------
    @property
    def pack(self) -> Pack:
        return self.context.pack

    @property
    def language(self) -> str:
        return self.context.language

    @property
    def both_names(self) -> bool:
        return self.context.both_names

    # ---- what the parts say ----------------------------------------------------------------
    @Slot(bool)
    def _on_lane_toggled(self, _checked: bool) -> None:
        hidden = {kind for kind, action in self.lane_actions.items() if not action.isChecked()}
        self.timeline.set_hidden_kinds(hidden)

    @Slot(str, str, bool)
    def _on_selection_changed(self, item_id: str, source: str, reveal: bool) -> None:
        if item_id:
            kind = self.pack.by_id[item_id].kind
            if kind in self.lane_actions and not self.lane_actions[kind].isChecked():
                self.lane_actions[kind].setChecked(True)  # a hidden lane shows what is chosen
        self.timeline.select(item_id or None, reveal=reveal)
        self.details.show_item(item_id or None)
        self.timeline_list.show_selected(item_id)
        if self.relation_map is not None:
            self.relation_map.show_item(item_id)
        if self.modes.mode == "timeline":
            self.status.describe(item_id)

    @Slot(str)
    def _on_mode_changed(self, mode: str) -> None:
        on_timeline = mode == "timeline"
        if self._mode == "timeline" and not on_timeline:
            self._dock_was_visible = self.details_dock.isVisible()
            self._filter_bar_was_visible = self.filter_bar.isVisible()
            self._map_was_visible = self.map_dock.isVisible()
            # the bars and docks as the timeline had them: what is kept if the app quits here
            self.timeline_layout = self.saveState()
        self._mode = mode
        self.filter_bar.setVisible(on_timeline and self._filter_bar_was_visible)
        self.filter_bar_toggle.setVisible(on_timeline)  # the bar is the timeline's
        self.details_dock.setVisible(on_timeline and self._dock_was_visible)
        if not on_timeline or self._map_was_visible:
            # the map would give a quiz's answers away: it is the timeline's
            self.map_dock.setVisible(on_timeline)
        for name in ("zoom_in", "zoom_out", "fit", "zoom_selection", "back", "forward"):
            self.commands[name].setVisible(on_timeline)
        for action in self.commands.timeline_tools:
            action.setVisible(on_timeline)
        if on_timeline:
            self.status.describe(self.timeline.selected or "")

    @Slot()
    def _on_progress_changed(self) -> None:
        if self.quiz_controller.store is None:
            return
        self.status.set_due(self.quiz_controller.due_count())
        self.timeline.set_stage_mastery(self.quiz_controller.stage_mastery())

    @Slot(str)
    def _on_theme_changed(self, _name: str) -> None:
        theme = self.context.theme()
        self.timeline.set_theme(theme)
        self.overview.set_theme(theme)
        self.details.set_theme(theme)

    @Slot(bool)
    def _on_map_dock_shown(self, visible: bool) -> None:
        """The first time the map's dock is shown, the map is made, showing the selection."""
        if not visible or self.relation_map is not None:
            return
        from egov_timeline.ui.relation_map import RelationMapView

        self.relation_map = RelationMapView(self.context)
        self.relation_map.item_chosen.connect(lambda i: self.selection.select(i, "map"))
        self.map_dock.setWidget(self.relation_map)
        self.relation_map.show_item(self.selection.current)
        if self.map_dock.width() < MAP_WIDTH:  # not a width the user left it at
            wanted = max(MAP_WIDTH, min(460, int(self.width() * 0.3)))
            self.resizeDocks([self.map_dock], [wanted], Qt.Orientation.Horizontal)

    @Slot(str)
    def _on_item_activated(self, item_id: str) -> None:
        if not self.details_dock.isVisible():
            self.details_dock.show()
        self.timeline.zoom_to_item(item_id)

    @Slot(object)
    def _on_filter_changed(self, flt: Filter) -> None:
        kept = matching_ids(self.pack, flt) if flt.active else set(self.pack.by_id)
        self.timeline.set_dimmed(set(self.pack.by_id) - kept)

    def _on_pack_changed(self, pack: Pack) -> None:
        self.timeline.set_content(TimelineContent(pack, self.language, self.both_names))
        self.overview.refresh_content()
        self.selection.forget(set(pack.by_id))
        self._on_progress_changed()
        self._update_title()

    @Slot(bool)
    def _on_both_names(self, on: bool) -> None:
        self.preferences["both_names"] = on
        timeline = self.timeline
        scale, hidden, selected = timeline.scale, timeline.hidden_kinds, timeline.selected
        timeline.set_content(TimelineContent(self.pack, self.language, on))
        timeline.set_hidden_kinds(hidden)
        timeline.set_scale(scale)
        if selected:
            self.selection.select(selected, "timeline", reveal=False)

    # ---- commands ------------------------------------------------------------------------
    def request_language(self, language: str) -> None:
        """Ask the app to show the window in another language, keeping the view."""
        if language != self.language:
            self.language_requested.emit(language)

    def notify(self, text: str, milliseconds: int = 6000) -> None:
        self.status.notify(text, milliseconds)

    @Slot(str)
    def show_on_timeline(self, item_id: str) -> None:
        self.modes.set_mode("timeline")
        self.navigate_to(item_id)

    @Slot(str)
    def navigate_to(self, item_id: str) -> None:
        """Follow a link or a search result: select it, bring it into view, show its panel."""
        self.select_item(item_id, source="link")
        if not self.details_dock.isVisible():
            self.details_dock.show()

    def select_item(self, item_id: str, *, reveal: bool = True, source: str = "open") -> bool:
        if item_id not in self.pack.by_id:
            return False
        self.selection.select(item_id, source, reveal=reveal)
        self.timeline.select(item_id, reveal=reveal)  # reveal again when already selected
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The mouse's own back and forward buttons: the widgets inside pass them up to here.
        if event.button() == Qt.MouseButton.BackButton:
            self.selection.back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.selection.forward()
        else:
            super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.tours.place()

    @Slot()
    def show_backups(self) -> None:
        self.backups_dialog = self.quiz_controller.show_backups(self)

    def all_actions(self) -> list[QAction]:
        """The window's actions, menu by menu, then those only on the tool bar or keyboard."""
        return window_actions(
            [*self.actions(), *self.lane_group.actions()], self.menuBar().actions()
        )

    def show_shortcuts(self) -> None:
        from egov_timeline.ui.dialogs import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.all_actions(), self)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        from egov_timeline.ui.dialogs import about_box

        self.about_box = about_box(self, self.pack, self.language)
        self.about_box.show()

    def _update_title(self) -> None:
        self.setWindowTitle(f"egov-timeline \u2014 {self.pack.title_in(self.language)}")

    # ---- remembered state ----------------------------------------------------------------
    def save_state(self) -> None:
        window_memory.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.keeps_state:  # a scripted run or a window replaced: nothing to keep
            self.quiz_controller.close_store()
            event.accept()
            return
        message = self.quiz_controller.unsaved_at_quit()
        if message:
            if not RUN.scripted and not self.ask_quit_unsaved(message):
                event.ignore()  # stay open: the answers are still kept
                return
            print(f"egov-timeline: quit with answers not saved: {message}", file=sys.stderr)
        self.presentation.set_presenting(False)
        self.save_state()
        self.quiz_controller.close_store()
        super().closeEvent(event)

    def _ask_quit_unsaved(self, message: str) -> bool:
        from egov_timeline.ui.dialogs import ask_quit_unsaved

        return ask_quit_unsaved(self, message)
