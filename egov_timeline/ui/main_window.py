"""The main window: timeline and overview in the middle; search, results and the detail
panel in a dock beside it; filters and navigation in the toolbars."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.filters import Filter, matching_ids
from egov_timeline.domain.history import History
from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.timeline import KIND_NAMES, LANE_TITLES, TOGGLE_KINDS, TimelineContent
from egov_timeline.domain.timescale import TimeScale
from egov_timeline.ui.details_panel import DetailPanel
from egov_timeline.ui.filter_bar import FilterBar
from egov_timeline.ui.icons import app_icon, kind_icon
from egov_timeline.ui.plain import plain, tooltip
from egov_timeline.ui.search_box import SearchController
from egov_timeline.ui.timeline.overview import OverviewStrip
from egov_timeline.ui.timeline.view import TimelineView
from egov_timeline.ui.widgets import FlatToolBar

if TYPE_CHECKING:  # made when first needed, so not imported on the way to the first paint
    from egov_timeline.domain.progress import ProgressStore
    from egov_timeline.ui.class_quiz import ClassQuizPage
    from egov_timeline.ui.progress_page import ProgressPage
    from egov_timeline.ui.quiz_page import QuizPage


class MainWindow(QMainWindow):
    item_selected = Signal(str)

    language_requested = Signal(str)

    def __init__(
        self, pack: Pack, settings: QSettings, language: str = "en", both_names: bool = False
    ) -> None:
        super().__init__()
        self.pack = pack
        self.language = language
        self.both_names = both_names
        self._settings = settings
        self.history = History()
        self._navigating = False
        # Replaced by tests: modal dialogs would block them.
        self.ask_pack_folder: Callable[[], str] = self._ask_pack_folder
        self.show_problems: Callable[[Path, Sequence[object]], None] = self._show_problems
        self.ask_worksheet: Callable[[], tuple[Path, int, int, str] | None] = self._ask_worksheet
        self.ask_poster: Callable[[], tuple[Path, str] | None] = self._ask_poster
        self.ask_printer: Callable[[], object | None] = self._ask_printer
        self.ask_quit_unsaved: Callable[[str], bool] = self._ask_quit_unsaved

        self.setWindowIcon(app_icon())
        self.setMinimumSize(640, 420)
        self.content = TimelineContent(pack, language, both_names)
        self.timeline = TimelineView(self.content)
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
        # The quiz and progress pages, and the progress store, are made when first needed:
        # nothing of theirs stands between the start and the first paint of the timeline.
        self.store: ProgressStore | None = None
        self.store_message: str | None = None
        self._quiz_page: QuizPage | None = None
        self._class_page: ClassQuizPage | None = None
        self._progress_page: ProgressPage | None = None
        self.mode = "timeline"
        self._dock_was_visible = True
        self.theme_name = "light"
        self.text_scale = 1.0
        self._normal_scale = 1.0
        self._base_point_size = self.font().pointSizeF()
        self.presenting = False
        self.tour = None  # the guided tour being played, if any
        self.tour_index = 0
        from egov_timeline.ui.tour_card import TourCard

        self.tour_card = TourCard(self.timeline_page)
        self.tour_card.step.connect(self.tour_step)
        self.tour_card.finished.connect(self.end_tour)

        self.details = DetailPanel(pack)
        self.details.language = language
        self.details.both_names = both_names
        self.search = SearchController(pack, self)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(self.search.results, 1)
        side_layout.addWidget(self.details, 3)
        self.details_dock = QDockWidget(self.tr("Details"), self)
        self.details_dock.setObjectName("detailsDock")
        self.details_dock.setWidget(side)
        self.details_dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)

        # The timeline as a list: every item in date order, in step with the selection, for
        # screen readers and for anyone who prefers a list.
        self.timeline_list = QListWidget()
        self.timeline_list.setObjectName("timelineList")
        self.timeline_list.setSpacing(4)  # two-line rows read as one each
        self.timeline_list.setAccessibleName(self.tr("Timeline as a list"))
        self.timeline_list.setAccessibleDescription(
            self.tr("Every item in date order; choosing one selects it on the timeline")
        )
        self.timeline_list.currentRowChanged.connect(self._on_list_row)
        self.list_dock = QDockWidget(self.tr("Timeline as a List"), self)
        self.list_dock.setObjectName("listDock")
        self.list_dock.setWidget(self.timeline_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.list_dock)
        self.list_dock.hide()
        self._fill_list()
        self.selection_label = plain(QLabel())  # item names, folder names: never markup
        self.selection_label.setObjectName("selectionLabel")
        self.statusBar().addWidget(self.selection_label, 1)
        self.notice = ""
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._end_notice)
        # answers the progress file did not take are tried again every few seconds
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(15_000)
        self._retry_timer.timeout.connect(self.retry_saving)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueStatus")
        self.due_label.setToolTip(self.tr("Quiz cards due for review now (Ctrl+2 opens the quiz)"))
        self.statusBar().addPermanentWidget(self.due_label)
        self._build_actions()
        self.filter_bar = FilterBar(pack, list(self.lane_actions.values()), self)
        self.addToolBarBreak()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)

        self.timeline.selection_changed.connect(self._on_selection_changed)
        self.timeline.item_activated.connect(self._on_item_activated)
        self.details.link_activated.connect(self.navigate_to)
        self.search.chosen.connect(self._on_search_chosen)
        self.search.matches_changed.connect(self.timeline.set_highlighted)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self._update_title()
        self._restore_state()
        self._show_idle_status()
        self._update_navigation()
        self.timeline.setFocus()
        QTimer.singleShot(0, self.open_store)

    # ---- menus and toolbar ------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_pack_action = self._action(
            self.tr("&Open Content Pack\u2026"),
            self.open_pack_dialog,
            [QKeySequence.StandardKey.Open],
            self.tr("Open another content pack (a folder of YAML files)"),
        )
        file_menu.addAction(self.open_pack_action)
        self.backups_action = self._action(
            self.tr("Restore Progress from a &Backup\u2026"),
            self.show_backups,
            [],
            self.tr(
                "Go back to a copy of your quiz progress made earlier (one is made each day); "
                "a restore can be undone"
            ),
        )
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        self.worksheet_action = self._action(
            self.tr("Print &Worksheet\u2026"),
            self.print_worksheet,
            [QKeySequence("Ctrl+Shift+W")],
            self.tr(
                "A PDF of numbered questions with an answer key; the same set number gives "
                "the same questions as the class quiz"
            ),
        )
        self.poster_action = self._action(
            self.tr("Export &Poster\u2026"),
            self.export_poster,
            [QKeySequence("Ctrl+Shift+E")],
            self.tr("The timeline as shown, on an A4, A3 or Letter page (PDF), or as SVG or PNG"),
        )
        self.print_details_action = self._action(
            self.tr("Print &Details\u2026"),
            self.print_details,
            [QKeySequence.StandardKey.Print],
            self.tr("Print the details panel of the selected item, or save it as a PDF"),
        )
        for action in (self.worksheet_action, self.poster_action, self.print_details_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = self._action(
            self.tr("&Quit"),
            self.close,
            [QKeySequence.StandardKey.Quit],
            self.tr("Quit egov-timeline"),
        )
        file_menu.addAction(quit_action)

        self.back_action = self._action(
            self.tr("\u2190 Back"),
            self.go_back,
            [QKeySequence.StandardKey.Back, QKeySequence("Alt+Left")],
            self.tr("Back to the item shown before (Alt+Left)"),
        )
        self.forward_action = self._action(
            self.tr("Forward \u2192"),
            self.go_forward,
            [QKeySequence.StandardKey.Forward, QKeySequence("Alt+Right")],
            self.tr("Forward again (Alt+Right)"),
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"),
            self.timeline.zoom_in,
            [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
            self.tr("Zoom in around the middle (Ctrl++)"),
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"),
            self.timeline.zoom_out,
            [QKeySequence.StandardKey.ZoomOut],
            self.tr("Zoom out around the middle (Ctrl+-)"),
        )
        self.fit_action = self._action(
            self.tr("&Fit All"),
            self.timeline.fit_all,
            [QKeySequence("Ctrl+0")],
            self.tr("Show the whole history (Ctrl+0)"),
        )
        self.zoom_selection_action = self._action(
            self.tr("Zoom to &Selection"),
            self.timeline.zoom_to_selection,
            [QKeySequence("Ctrl+E")],
            self.tr("Zoom to the selected item (Ctrl+E)"),
        )
        self.find_action = self._action(
            self.tr("&Find\u2026"),
            self.focus_search,
            [QKeySequence.StandardKey.Find],
            self.tr("Search names, acronyms and Korean names (Ctrl+F)"),
        )

        self.switch_pane_action = self._action(
            self.tr("Next &Pane"),
            self.switch_pane,
            [QKeySequence("F6")],
            self.tr(
                "Move the keyboard focus to the next pane: timeline, details, list, filters, "
                "search (F6); in the details, Tab walks the links and Enter follows one"
            ),
        )
        self.mode_actions: dict[str, QAction] = {}
        mode_group = QActionGroup(self)
        for n, (mode, text, tip) in enumerate(
            (
                (
                    "timeline",
                    self.tr("&Timeline"),
                    self.tr("The timeline and the details of each item"),
                ),
                (
                    "quiz",
                    self.tr("&Quiz"),
                    self.tr("Quiz yourself, or study the cards that are due"),
                ),
                (
                    "progress",
                    self.tr("&Progress"),
                    self.tr("How you have done, and what you know well"),
                ),
                (
                    "class",
                    self.tr("&Class Quiz"),
                    self.tr("A quiz for the whole class on the projector"),
                ),
            ),
            start=1,
        ):
            action = self._action(
                text,
                lambda _c=False, m=mode: self.set_mode(m),
                [QKeySequence(f"Ctrl+{n}")],
                f"{tip} (Ctrl+{n})",
            )
            action.setCheckable(True)
            action.setChecked(mode == "timeline")
            mode_group.addAction(action)
            self.mode_actions[mode] = action
        mode_menu = self.menuBar().addMenu(self.tr("&Mode"))
        for action in self.mode_actions.values():
            mode_menu.addAction(action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.tours_menu = go_menu.addMenu(self.tr("Guided &Tours"))
        self._fill_tours_menu()
        self.tour_actions: list[QAction] = []
        for keys, step in ((["Right", "PgDown", "Space"], 1), (["Left", "PgUp"], -1)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _c=False, s=step: self.tour_step(s))
            action.setEnabled(False)
            self.addAction(action)
            self.tour_actions.append(action)
        end_tour = QAction(self)
        end_tour.setShortcut(QKeySequence("Esc"))
        end_tour.triggered.connect(self.end_tour)
        end_tour.setEnabled(False)
        self.addAction(end_tour)
        self.tour_actions.append(end_tour)
        for action in (
            self.back_action,
            self.forward_action,
            self.find_action,
            self.switch_pane_action,
        ):
            go_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_selection_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        lanes_menu = view_menu.addMenu(self.tr("&Lanes"))
        view_menu.addSeparator()
        self.presentation_action = self._action(
            self.tr("&Presentation Mode"),
            self.toggle_presentation,
            [QKeySequence("F5")],
            self.tr(
                "Full screen with large text, for the projector (F5). In it, Ctrl+= and Ctrl+- "
                "change the text size"
            ),
        )
        self.presentation_action.setCheckable(True)
        view_menu.addAction(self.presentation_action)
        text_menu = view_menu.addMenu(self.tr("&Text Size"))
        self.larger_text_action = self._action(
            self.tr("&Larger Text"),
            lambda: self.change_text_scale(1),
            [QKeySequence("Ctrl+Alt+=")],
            self.tr("Larger text everywhere, the timeline included"),
        )
        self.smaller_text_action = self._action(
            self.tr("&Smaller Text"),
            lambda: self.change_text_scale(-1),
            [QKeySequence("Ctrl+Alt+-")],
            self.tr("Smaller text everywhere"),
        )
        self.reset_text_action = self._action(
            self.tr("&Normal Size"),
            lambda: self.set_text_scale(1.0),
            [QKeySequence("Ctrl+Alt+0")],
            self.tr("Text at 100%"),
        )
        for action in (self.larger_text_action, self.smaller_text_action, self.reset_text_action):
            text_menu.addAction(action)
        theme_menu = view_menu.addMenu(self.tr("T&heme"))
        self.theme_actions: dict[str, QAction] = {}
        theme_group = QActionGroup(self)
        from egov_timeline.ui.timeline.theme import THEMES

        for name, spec in THEMES.items():
            action = QAction(tr(spec["title"], self.language), self)
            action.setCheckable(True)
            action.setChecked(name == "light")
            action.triggered.connect(lambda _c=False, n=name: self.apply_theme(n))
            theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[name] = action
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        language_group = QActionGroup(self)
        from egov_timeline.domain.i18n import LANGUAGE_NAMES

        for code, title in LANGUAGE_NAMES.items():
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, c=code: self.request_language(c))
            language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.both_names_action = QAction(self.tr("Show &Both Names"), self)
        self.both_names_action.setCheckable(True)
        self.both_names_action.setChecked(self.both_names)
        self.both_names_action.setToolTip(
            self.tr("Show English and Korean names together, for mixed classes")
        )
        self.both_names_action.toggled.connect(self._on_both_names)
        language_menu.addAction(self.both_names_action)
        view_menu.addSeparator()
        self.details_action = self.details_dock.toggleViewAction()
        self.details_action.setText(self.tr("&Details Panel"))
        self.details_action.setShortcut(QKeySequence("Ctrl+D"))
        self.details_action.setToolTip(self.tr("Show or hide the details panel (Ctrl+D)"))
        view_menu.addAction(self.details_action)
        self.list_action = self.list_dock.toggleViewAction()
        self.list_action.setText(self.tr("Timeline as a &List"))
        self.list_action.setShortcut(QKeySequence("Ctrl+L"))
        self.list_action.setToolTip(
            self.tr("All items in date order, in step with the timeline (Ctrl+L)")
        )
        view_menu.addAction(self.list_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            self.show_shortcuts,
            [QKeySequence("F1")],
            self.tr("Every key the app answers to (F1)"),
        )
        help_menu.addAction(self.shortcuts_action)
        self.about_action = self._action(
            self.tr("&About egov-timeline"),
            self.show_about,
            [],
            self.tr("Version, content and licences"),
        )
        help_menu.addAction(self.about_action)

        toolbar = FlatToolBar("Timeline", self)
        toolbar.setObjectName("timelineToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        for action in self.mode_actions.values():
            toolbar.addAction(action)
        # what only the timeline mode shows on the tool bar
        self._timeline_tools: list[QAction] = [toolbar.addSeparator()]
        for action in (self.back_action, self.forward_action):
            toolbar.addAction(action)
        self._timeline_tools.append(toolbar.addSeparator())
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_selection_action,
        ):
            toolbar.addAction(action)
        self.lane_actions: dict[str, QAction] = {}
        self._lane_group = QActionGroup(self)
        self._lane_group.setExclusive(False)
        for n, kind in enumerate(TOGGLE_KINDS, start=1):
            action = QAction(kind_icon(kind), tr(LANE_TITLES[kind], self.language), self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setToolTip(
                self.tr("Show or hide {lane} (Alt+{n}).").format(
                    lane=tr(LANE_TITLES[kind], self.language).lower(), n=n
                )
                + " "
                + self.tr(_LEGEND[kind])
            )
            action.setData(kind)
            action.toggled.connect(self._on_lane_toggled)
            self._lane_group.addAction(action)
            lanes_menu.addAction(action)
            self.lane_actions[kind] = action
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self._timeline_tools.append(toolbar.addWidget(self.search.line))

    def _action(self, text: str, slot, shortcuts, tip: str) -> QAction:
        action = QAction(text, self)
        self._set_keys(action, shortcuts)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    @Slot(bool)
    def _on_lane_toggled(self, _checked: bool) -> None:
        hidden = {kind for kind, action in self.lane_actions.items() if not action.isChecked()}
        self.timeline.set_hidden_kinds(hidden)

    # ---- modes: timeline, quiz, progress -------------------------------------------------
    @property
    def quiz_page(self) -> QuizPage:
        if self._quiz_page is None:
            from egov_timeline.ui.quiz_page import QuizPage

            self._quiz_page = QuizPage(self.pack, lambda: self.store, self, self._settings)
            self._quiz_page.show_on_timeline.connect(self.show_on_timeline)
            self._quiz_page.progress_changed.connect(self._on_progress_changed)
            self.pages.addWidget(self._quiz_page)
            self._theme_page(self._quiz_page)
        return self._quiz_page

    @property
    def class_page(self) -> ClassQuizPage:
        if self._class_page is None:
            from egov_timeline.ui.class_quiz import ClassQuizPage

            self._class_page = ClassQuizPage(self.pack, self)  # no store: never writes progress
            self._class_page.language = self.language
            self.pages.addWidget(self._class_page)
            self._theme_page(self._class_page)
        return self._class_page

    @property
    def progress_page(self) -> ProgressPage:
        if self._progress_page is None:
            from egov_timeline.ui.progress_page import ProgressPage

            self._progress_page = ProgressPage(self.pack, lambda: self.store, self)
            self.pages.addWidget(self._progress_page)
        return self._progress_page

    def _theme_page(self, page) -> None:
        """A page made after the theme was chosen takes it on too."""
        from egov_timeline.ui.timeline.theme import Theme

        if hasattr(page, "set_theme"):
            page.set_theme(Theme(self.theme_name))

    def set_mode(self, mode: str) -> None:
        if mode == self.mode and self.pages.currentWidget() is not None:
            self.mode_actions[mode].setChecked(True)
            return
        if self.mode == "timeline":
            self._dock_was_visible = self.details_dock.isVisible()
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        on_timeline = mode == "timeline"
        self.filter_bar.setVisible(on_timeline)
        self.details_dock.setVisible(on_timeline and self._dock_was_visible)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_selection_action,
            self.back_action,
            self.forward_action,
            *self._timeline_tools,
        ):
            action.setVisible(on_timeline)
        if on_timeline:
            self.pages.setCurrentWidget(self.timeline_page)
            self._update_navigation()
            self.timeline.setFocus()
            self._on_selection_changed(self.timeline.selected or "")
        elif mode == "quiz":
            self.selection_label.setText(
                self.tr(
                    "Quiz: 1\u20134 answer, Enter or Space confirms and goes on; Ctrl+1 goes back "
                    "to the timeline"
                )
            )
            self.open_store()
            page = self.quiz_page
            self.pages.setCurrentWidget(page)
            if page.session is None or page.stack.currentWidget() is page.start_screen:
                page.show_start(self.store_message)
        elif mode == "class":
            self.selection_label.setText(
                self.tr(
                    "Class quiz: Space reveals, Right goes on, P pauses the countdown; F5 for full "
                    "screen"
                )
            )
            page = self.class_page
            self.pages.setCurrentWidget(page)
            page.setFocus()
        else:
            self.selection_label.setText(
                self.tr(
                    "Progress: your answers per day and what you know well; Ctrl+2 opens the quiz"
                )
            )
            self.open_store()
            page = self.progress_page
            page.refresh()
            self.pages.setCurrentWidget(page)
            page.setFocus()

    @Slot(str)
    def show_on_timeline(self, item_id: str) -> None:
        self.set_mode("timeline")
        self.navigate_to(item_id)

    @Slot()
    def open_store(self) -> None:
        """Open the progress store (once): it says how many cards are due."""
        if self.store is not None:
            return
        from egov_timeline.domain.progress import ProgressStore
        from egov_timeline.ui.userdata import user_data_dir

        self.store, self.store_message = ProgressStore.open(user_data_dir(), self.language)
        if self.store_message:
            self.notify(self.store_message, 60_000)
            print(f"egov-timeline: {self.store_message}", file=sys.stderr)
        self._on_progress_changed()

    def watch_store(self) -> None:
        """Keep trying to save answers the file did not take, and say how it stands."""
        store = self.store
        if store is not None and store.state.retrying:
            if not self._retry_timer.isActive():
                self._retry_timer.start()
        else:
            self._retry_timer.stop()
        if self._quiz_page is not None:
            self._quiz_page.show_save_state()

    @Slot()
    def retry_saving(self) -> None:
        store = self.store
        if store is None:
            self._retry_timer.stop()
            return
        before = store.state
        store.flush(wait=0.1)  # a lock is waited for only a moment: the window stays alive
        after = store.state
        if after == before:
            return
        self.store_message = store.notice(self.language)
        if self._quiz_page is not None and not self.store_message:
            self._quiz_page.notice.hide()
        if after.all_saved and not before.all_saved:
            from egov_timeline.domain.progress import saved_again_message

            self.notify(saved_again_message(self.language), 10_000)
        self._on_progress_changed()  # the figures may now include answers read from the file
        if self._progress_page is not None and self.pages.currentWidget() is self._progress_page:
            self._progress_page.refresh()

    @Slot()
    def show_backups(self) -> None:
        from egov_timeline.ui.backups_dialog import BackupsDialog

        self.open_store()
        self.backups_dialog = BackupsDialog(lambda: self.store, self.language, self)
        self.backups_dialog.restored.connect(self._after_restore)
        self.backups_dialog.show()

    @Slot()
    def _after_restore(self) -> None:
        """A restored backup is shown at once: cards due, the quiz start, the progress page."""
        self._on_progress_changed()
        if self._progress_page is not None:
            self._progress_page.refresh()
        page = self._quiz_page
        if page is not None and (
            page.session is None or page.stack.currentWidget() is page.start_screen
        ):
            page.show_start()

    @Slot()
    def _on_progress_changed(self) -> None:
        store = self.store
        if store is None:
            return
        self.watch_store()
        from egov_timeline.domain.session import due_count

        due = due_count(self.pack, store)  # the cards the quiz can ask, as it counts them
        self.due_label.setText(
            self.tr("1 card due") if due == 1 else self.tr("{n} cards due").format(n=due)
        )
        from egov_timeline.domain.mastery import mastery_by_stage

        strengths = store.card_strengths()
        self.timeline.set_stage_mastery(mastery_by_stage(self.pack, strengths) if strengths else {})

    def notify(self, text: str, milliseconds: int = 6000) -> None:
        """Say something in the status bar for a while, in place of the usual line (a Qt
        temporary message would be drawn over the line instead)."""
        self.notice = text
        self.selection_label.setText(text)
        self._notice_timer.start(milliseconds)

    @Slot()
    def _end_notice(self) -> None:
        self.notice = ""
        self._on_selection_changed_label()

    def _on_selection_changed_label(self) -> None:
        if self.mode == "timeline":
            self._describe_selection(self.timeline.selected or "")

    # ---- language ------------------------------------------------------------------------
    def request_language(self, language: str) -> None:
        """Ask the app to show the window in another language, keeping the view."""
        if language != self.language:
            self.language_requested.emit(language)

    @Slot(bool)
    def _on_both_names(self, on: bool) -> None:
        self.both_names = on
        self._settings.setValue("view/both_names", on)
        scale, hidden, selected = (
            self.timeline.scale,
            self.timeline.hidden_kinds,
            self.timeline.selected,
        )
        self.content = TimelineContent(self.pack, self.language, on)
        self.timeline.set_content(self.content)
        self.timeline.set_hidden_kinds(hidden)
        self.timeline.set_scale(scale)
        self.details.both_names = on
        if selected:
            self.timeline.select(selected)

    def view_state(self) -> dict:
        """What a new window needs to carry on where this one is (language switch)."""
        return {
            "scale": self.timeline.scale,
            "selected": self.timeline.selected,
            "hidden": self.timeline.hidden_kinds,
            "mode": self.mode,
            "filter": (
                self.filter_bar.administration.currentData(),
                self.filter_bar.stage.currentData(),
            ),
            "geometry": self.saveGeometry(),
            "state": self.saveState(),
        }

    def restore_view_state(self, state: dict) -> None:
        self.restoreGeometry(state["geometry"])
        self.restoreState(state["state"])
        for kind, action in self.lane_actions.items():
            action.setChecked(kind not in state["hidden"])
        self.timeline.set_scale(state["scale"].with_width(self.timeline.scale.width))
        if state["selected"]:
            self.select_item(state["selected"], reveal=False)
        self.filter_bar.set_filter(*state["filter"])
        if state["mode"] != "timeline":
            self.set_mode(state["mode"])

    # ---- presentation, text size, themes -----------------------------------------------
    @Slot()
    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presenting)

    def set_presentation(self, on: bool) -> None:
        if on == self.presenting:
            return
        self.presenting = on
        self.presentation_action.setChecked(on)
        # In presentation mode Ctrl+= and Ctrl+- size the text; otherwise they zoom the timeline.
        zoom_in_keys = (
            [QKeySequence.StandardKey.ZoomIn]
            if on
            else [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")]
        )
        zoom_out_keys = [] if on else [QKeySequence.StandardKey.ZoomOut]
        self._set_keys(self.zoom_in_action, zoom_in_keys)
        self._set_keys(self.zoom_out_action, zoom_out_keys)
        self._set_keys(
            self.larger_text_action,
            [QKeySequence("Ctrl+=")] if on else [QKeySequence("Ctrl+Alt+=")],
        )
        self._set_keys(
            self.smaller_text_action,
            [QKeySequence("Ctrl+-")] if on else [QKeySequence("Ctrl+Alt+-")],
        )
        if on:
            self._normal_scale = self.text_scale
            self._geometry_before = self.saveGeometry()
            self.menuBar().hide()
            self.showFullScreen()
            presented = _number(self._settings.value("view/presentation_scale"), 1.5, 1.0, 2.5)
            self.set_text_scale(max(presented, self.text_scale))
        else:
            self._settings.setValue("view/presentation_scale", self.text_scale)
            self.menuBar().show()
            self.showNormal()
            geometry = getattr(self, "_geometry_before", None)
            if geometry is not None:
                self.restoreGeometry(geometry)
            self.set_text_scale(self._normal_scale)

    def _set_keys(self, action: QAction, keys: list) -> None:
        # one of each: a key bound twice to one action is "ambiguous" and then does nothing
        unique: dict[str, QKeySequence] = {}
        for key in keys:
            found = (
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [key]
            )
            for sequence in found:
                unique.setdefault(sequence.toString(), sequence)
        action.setShortcuts(list(unique.values()))

    def change_text_scale(self, direction: int) -> None:
        self.set_text_scale(self.text_scale + 0.25 * direction)

    def set_text_scale(self, scale: float) -> None:
        """Scale all text, the timeline included: 100% to 250%."""
        scale = scale if math.isfinite(scale) else 1.0
        scale = max(1.0, min(2.5, round(scale * 4) / 4))
        self.text_scale = scale
        app = QApplication.instance()
        font = app.font()
        font.setPointSizeF(self._base_point_size * scale)
        app.setFont(font)
        from egov_timeline.ui.fonts import refresh_scaled_fonts

        refresh_scaled_fonts(self)
        self.notify(self.tr("Text size {percent}%").format(percent=round(scale * 100)), 3000)
        if not self.presenting:
            self._settings.setValue("view/text_scale", scale)

    def apply_theme(self, name: str) -> None:
        from egov_timeline.ui.themes import palette_for
        from egov_timeline.ui.timeline.theme import THEMES, Theme

        if name not in THEMES:
            name = "light"
        self.theme_name = name
        self.theme_actions[name].setChecked(True)
        theme = Theme(name)
        QApplication.instance().setPalette(palette_for(theme))
        self.timeline.set_theme(theme)
        self.overview.set_theme(theme)
        self.details.set_theme(theme)
        for page in (self._quiz_page, self._class_page, self._progress_page):
            if page is not None and hasattr(page, "set_theme"):
                page.set_theme(theme)
        self._settings.setValue("view/theme", name)

    # ---- guided tours ---------------------------------------------------------------------
    def _fill_tours_menu(self) -> None:
        self.tours_menu.clear()
        if not self.pack.tours:
            empty = self.tours_menu.addAction(self.tr("(this pack has no tours)"))
            empty.setEnabled(False)
            return
        for tour in self.pack.tours:
            title = tour.title_ko if self.language == "ko" and tour.title_ko else tour.title
            action = self.tours_menu.addAction(
                self.tr("{title} ({n} stops)").format(title=title, n=len(tour.stops))
            )
            action.triggered.connect(lambda _c=False, t=tour.id: self.start_tour(t))

    def start_tour(self, tour_id: str) -> bool:
        tour = next((t for t in self.pack.tours if t.id == tour_id), None)
        if tour is None:
            return False
        self.set_mode("timeline")
        self.tour = tour
        for action in self.tour_actions:
            action.setEnabled(True)
        self._show_stop(0)
        return True

    @Slot(int)
    def tour_step(self, step: int) -> None:
        if self.tour is None:
            return
        target = self.tour_index + step
        if target >= len(self.tour.stops):
            self.end_tour()
        elif target >= 0:
            self._show_stop(target)

    def _show_stop(self, index: int) -> None:
        tour = self.tour
        if tour is None:
            return
        self.tour_index = index
        stop = tour.stops[index]
        if stop.item and stop.item in self.pack.by_id:
            self.select_item(stop.item, reveal=False)
            self.timeline.zoom_to_item(stop.item)
        elif stop.start is not None and stop.end is not None:
            self.timeline.select(None)
            span = stop.end.end_year - stop.start.start_year
            self.timeline.show_range(
                stop.start.start_year - span * 0.1, stop.end.end_year + span * 0.1
            )
        rect = self.timeline.item_rect(stop.item) if stop.item else None
        if rect is not None:  # where the item will be once the zoom settles
            target = self.timeline.viewport().mapTo(self.timeline_page, rect.center())
            avoid = float(target.y())
        else:
            avoid = None
        self.tour_card.show_stop(tour, index, avoid)

    @Slot()
    def end_tour(self) -> None:
        self.tour = None
        self.tour_card.hide()
        for action in self.tour_actions:
            action.setEnabled(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.tour is not None:
            self.tour_card.place()

    # ---- navigation ----------------------------------------------------------------------
    @Slot(str)
    def navigate_to(self, item_id: str) -> None:
        """Follow a link or a search result: select it, bring it into view, show its panel."""
        self.select_item(item_id, reveal=True)
        if not self.details_dock.isVisible():
            self.details_dock.show()

    def select_item(self, item_id: str, *, reveal: bool = True) -> bool:
        if item_id not in self.pack.by_id:
            return False
        kind = self.pack.by_id[item_id].kind
        if kind in self.lane_actions and not self.lane_actions[kind].isChecked():
            self.lane_actions[kind].setChecked(True)
        self.timeline.select(item_id, reveal=reveal)
        return True

    @Slot()
    def go_back(self) -> None:
        self._walk(self.history.back())

    @Slot()
    def go_forward(self) -> None:
        self._walk(self.history.forward())

    def _walk(self, item_id: str | None) -> None:
        if item_id is None:
            return
        self._navigating = True
        try:
            self.select_item(item_id, reveal=True)
        finally:
            self._navigating = False
        self._update_navigation()

    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # The mouse's own back and forward buttons: the widgets inside pass them up to here.
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mousePressEvent(event)

    @Slot()
    def switch_pane(self) -> None:
        """F6: on to the next pane: timeline, details, the list, filters, search. In each
        pane Tab moves as usual (on the timeline it walks the items)."""
        if self.mode != "timeline":
            return
        panes = [self.timeline]
        if self.details.item_id:
            panes.append(self.details.browser)
        if self.list_dock.isVisible():
            panes.append(self.timeline_list)
        panes += [self.filter_bar.administration, self.search.line]
        focused = QApplication.focusWidget()
        current = next(
            (
                n
                for n, pane in enumerate(panes)
                if focused is pane or (focused is not None and pane.isAncestorOf(focused))
            ),
            -1,
        )
        target = panes[(current + 1) % len(panes)]
        if target is self.details.browser and not self.details_dock.isVisible():
            self.details_dock.show()
        target.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def focus_search(self) -> None:
        if not self.details_dock.isVisible():
            self.details_dock.show()
        self.search.line.setFocus()
        self.search.line.selectAll()

    @Slot(str)
    def _on_search_chosen(self, item_id: str) -> None:
        self.navigate_to(item_id)

    # ---- the timeline as a list -----------------------------------------------------------
    def _fill_list(self) -> None:
        self.timeline_list.blockSignals(True)
        self.timeline_list.clear()
        for item in self.pack.items:
            name = item_name(item, self.language, self.both_names)
            when = display_period(item.start, item.end, self.language)
            kind = tr(KIND_NAMES[item.kind], self.language)
            # the name first, where a narrow list still shows it; a screen reader hears one line
            row = QListWidgetItem(f"{name}\n    {when} \u00b7 {kind}")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{when}, {kind}: {name}")
            row.setToolTip(tooltip(f"{name}\n{when} \u00b7 {kind}"))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.timeline_list.addItem(row)
        self.timeline_list.blockSignals(False)

    @Slot(int)
    def _on_list_row(self, row: int) -> None:
        item = self.timeline_list.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.timeline.selected:
            self.select_item(item.data(Qt.ItemDataRole.UserRole), reveal=True)

    def _sync_list(self, item_id: str) -> None:
        for row in range(self.timeline_list.count()):
            if self.timeline_list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.timeline_list.blockSignals(True)
                self.timeline_list.setCurrentRow(row)
                self.timeline_list.blockSignals(False)
                return

    # ---- selection and filter ----------------------------------------------------------
    @Slot(str)
    def _on_selection_changed(self, item_id: str) -> None:
        self.details.show_item(item_id or None)
        self._sync_list(item_id)
        if item_id:
            if not self._navigating:
                self.history.visit(item_id)
                self._update_navigation()
        if not self.notice:
            self._describe_selection(item_id)
        self.item_selected.emit(item_id)

    def _describe_selection(self, item_id: str) -> None:
        if item_id and item_id in self.pack.by_id:
            item = self.pack.by_id[item_id]
            name = item_name(item, self.language, self.both_names) + (
                f" ({item.acronym})" if item.acronym else ""
            )
            self.selection_label.setText(
                f"{tr(KIND_NAMES[item.kind], self.language)}: {name} \u2014 "
                f"{display_period(item.start, item.end, self.language)}   "
                + self.tr("(Ctrl+E zooms to it; Alt+Left goes back)")
            )
        else:
            self._show_idle_status()

    @Slot(str)
    def _on_item_activated(self, item_id: str) -> None:
        if not self.details_dock.isVisible():
            self.details_dock.show()
        self.timeline.zoom_to_item(item_id)

    @Slot(object)
    def _on_filter_changed(self, flt: Filter) -> None:
        kept = matching_ids(self.pack, flt) if flt.active else set(self.pack.by_id)
        self.timeline.set_dimmed(set(self.pack.by_id) - kept)

    def _show_idle_status(self) -> None:
        counts = self.pack.counts()
        self.selection_label.setText(
            self.tr(
                "{n} items \u2014 click an item or press Tab to select; scroll to zoom, drag "
                "to pan.  ({a} administrations, {p} projects, {l} laws, {g} agencies)"
            ).format(
                n=len(self.pack),
                a=counts["administration"],
                p=counts["project"],
                l=counts["law"],
                g=counts["agency"],
            )
        )

    def _update_title(self) -> None:
        self.setWindowTitle(f"egov-timeline \u2014 {self.pack.title_in(self.language)}")

    # ---- another pack -------------------------------------------------------------------
    @Slot()
    def open_pack_dialog(self) -> None:
        folder = self.ask_pack_folder()
        if folder:
            self.open_pack(Path(folder))

    def open_pack(self, folder: Path) -> bool:
        """Check the pack in `folder`; show it if sound, else list its problems and keep the
        current one."""
        from egov_timeline.domain.loader import load_pack

        result = load_pack(folder)
        if not result.ok or result.pack is None:
            self.show_problems(folder, result.problems)
            return False
        self.set_pack(result.pack)
        self.notify(self.tr("Opened {folder}").format(folder=folder), 8000)
        return True

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.content = TimelineContent(pack, self.language, self.both_names)
        self.timeline.set_content(self.content)
        self.overview.refresh_content()
        self.details.set_pack(pack)
        self.search.set_pack(pack)
        self.filter_bar.set_pack(pack)
        self.history.forget(set(pack.by_id))
        self._fill_list()
        if self._quiz_page is not None:
            self._quiz_page.set_pack(pack)
        if self._progress_page is not None:
            self._progress_page.set_pack(pack)
        if self._class_page is not None:
            self._class_page.set_pack(pack)
        self.end_tour()
        self._fill_tours_menu()
        self._on_progress_changed()
        self._update_navigation()
        self._update_title()
        self._show_idle_status()

    # ---- paper -----------------------------------------------------------------------------
    @Slot()
    def print_worksheet(self) -> None:
        answer = self.ask_worksheet()
        if not answer:
            return
        path, count, seed, page = answer
        from egov_timeline.ui.printing import write_worksheet

        message, written = write_worksheet(self.pack, path, count, seed, page, self.language)
        self.notify(
            message
            or self.tr("Saved {path} (set {seed}, {count} questions)").format(
                path=path, seed=seed, count=written
            ),
            10_000,
        )

    @Slot()
    def export_poster(self) -> None:
        answer = self.ask_poster()
        if not answer:
            return
        path, page = answer
        from egov_timeline.ui.render import RenderRequest, render_to_file

        first, last = self.timeline.visible_range()
        message = render_to_file(
            self.pack, RenderRequest(out=path, first=first, last=last, page=page)
        )
        self.notify(message or f"Saved {path}", 10_000)

    @Slot()
    # ---- help ------------------------------------------------------------------------------
    def all_actions(self) -> list[QAction]:
        """The window's actions, menu by menu, then those only on the tool bar or keyboard."""
        found: list[QAction] = []

        def walk(actions) -> None:
            for action in actions:
                if action.menu():
                    walk(action.menu().actions())
                elif not action.isSeparator() and action not in found:
                    found.append(action)

        walk(self.menuBar().actions())
        walk(self.actions())
        walk(self._lane_group.actions())
        return found

    def show_shortcuts(self) -> None:
        from egov_timeline.ui.dialogs import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.all_actions(), self)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from egov_timeline import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About egov-timeline"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"egov-timeline {__version__}")
        box.setInformativeText(
            self.tr(
                "How Korea built its e-government, from the 1960s to 2017: a timeline, "
                "details with their sources, and quizzes for self-study and the classroom.\n\n"
                "Content pack: {title} ({count} items). Every item records its source.\n"
                "Works offline: nothing is sent or fetched over a network.\n"
                "Hangul font: Nanum Gothic, under the SIL Open Font License 1.1."
            ).format(title=self.pack.title_in(self.language), count=len(self.pack.items))
        )
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.about_box = box
        box.show()

    def print_details(self) -> None:
        if not self.details.item_id:
            self.notify(self.tr("Select an item first: its details are what is printed"), 6000)
            return
        printer = self.ask_printer()
        if printer is None:
            return
        # Qt's own printing: to a printer, or to a PDF file if the dialog was told so
        self.details.browser.document().print_(printer)
        name = item_name(self.pack.by_id[self.details.item_id], self.language)
        self.notify(self.tr("Sent the details of {name} to the printer").format(name=name), 8000)

    def _ask_worksheet(self) -> tuple[Path, int, int, str] | None:
        from egov_timeline.ui.dialogs import WorksheetDialog

        # the set the class quiz shows, so that the paper matches the projector
        class_page = self._class_page
        dialog = WorksheetDialog(
            self,
            seed=class_page.seed.value() if class_page is not None else None,
            count=class_page.count.value() if class_page is not None else None,
        )
        if not dialog.exec():
            return None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the worksheet"),
            f"worksheet-set-{dialog.seed.value()}.pdf",
            "PDF (*.pdf)",
        )
        if not path:
            return None
        return (
            Path(path).with_suffix(".pdf"),
            dialog.count.value(),
            dialog.seed.value(),
            dialog.page.currentText(),
        )

    def _ask_poster(self) -> tuple[Path, str] | None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            "Export the timeline as a poster",
            "timeline-poster.pdf",
            "A3 landscape PDF (*.pdf);;A4 landscape PDF (*.pdf);;Letter landscape PDF (*.pdf);;"
            "SVG picture (*.svg);;PNG picture (*.png)",
        )
        if not path:
            return None
        page = (
            "A4" if chosen.startswith("A4") else "Letter" if chosen.startswith("Letter") else "A3"
        )
        return Path(path), page

    def _ask_printer(self):
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the details"))
        return printer if dialog.exec() else None

    def _ask_pack_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, "Open a content pack folder")

    def _show_problems(self, folder: Path, problems: Sequence[object]) -> None:
        from egov_timeline.ui.dialogs import ProblemsDialog

        ProblemsDialog(folder, problems, self).exec()

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
            self.resizeDocks([self.details_dock], [max(320, width // 4)], Qt.Orientation.Horizontal)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        theme = s.value("view/theme", "light")
        if isinstance(theme, str) and theme != "light":
            self.apply_theme(theme)
        scale = _number(s.value("view/text_scale"), 1.0, 1.0, 2.5)
        if scale != 1.0:
            self.set_text_scale(scale)
        hidden = s.value("timeline/hidden", [])
        if isinstance(hidden, str):
            hidden = [hidden] if hidden else []
        for kind in hidden or []:
            if kind in self.lane_actions:
                self.lane_actions[kind].setChecked(False)
        # a damaged or hand-edited settings file never stops the start: out of range is unset
        start = _number(s.value("timeline/start"), None, -10_000.0, 10_000.0)
        span = _number(s.value("timeline/span"), None, 1e-6, 20_000.0)
        if start is not None and span is not None:
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
        store = self.store
        if store is not None and not store.flush() and store.state.unsaved:
            message = store.state_message(self.language)
            scripted = getattr(QApplication.instance(), "_egov_scripted", False)
            if message and not scripted and not self.ask_quit_unsaved(message):
                event.ignore()  # stay open: the answers are still kept
                return
            print(f"egov-timeline: quit with answers not saved: {message}", file=sys.stderr)
        if self.presenting:
            self.set_presentation(False)
        self.save_state()
        if self.store is not None:
            self.store.close()
            self.store = None
        self._retry_timer.stop()
        super().closeEvent(event)

    def _ask_quit_unsaved(self, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Answers not saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setInformativeText(
            self.tr("If you quit now, the answers that are not saved are lost. Quit anyway?")
        )
        quit_button = box.addButton(self.tr("Quit Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep the App Open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is quit_button


# QT_TRANSLATE_NOOP marks them for lupdate; they are translated where shown (self.tr).
_LEGEND = {
    "stage": QT_TRANSLATE_NOOP("MainWindow", "Coloured bands: the six stages of the 2015 report."),
    "administration": QT_TRANSLATE_NOOP(
        "MainWindow", "Bars: presidents' terms; hatched and dashed: acting presidents."
    ),
    "project": QT_TRANSLATE_NOOP("MainWindow", "Circles and bars: projects and plans."),
    "law": QT_TRANSLATE_NOOP("MainWindow", "Diamonds: laws, on the day they were enacted."),
    "agency": QT_TRANSLATE_NOOP(
        "MainWindow", "Squares and bars: agencies, ministries and committees."
    ),
}


def _number(value: object, default, low: float, high: float):
    """A number from the settings file, or `default` when it is missing, not a number, not
    finite (NaN, inf) or outside low..high: a damaged file never stops the window."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    if not math.isfinite(number) or not low <= number <= high:
        return default
    return number
