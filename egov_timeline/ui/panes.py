"""Moving the keyboard between the panes of the timeline mode: F6 goes on to the next pane
(timeline, details, the list, filters, search) and Ctrl+F to the search line. In each pane
Tab moves as usual (on the timeline it walks the items)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from egov_timeline.ui.details_panel import DetailPanel
from egov_timeline.ui.filter_bar import FilterBar
from egov_timeline.ui.search_box import SearchController
from egov_timeline.ui.timeline.view import TimelineView
from egov_timeline.ui.timeline_list import TimelineList


class Panes(QObject):
    def __init__(
        self,
        timeline: TimelineView,
        details: DetailPanel,
        details_dock: QDockWidget,
        timeline_list: TimelineList,
        list_dock: QDockWidget,
        filter_bar: FilterBar,
        search: SearchController,
        on_timeline: Callable[[], bool],
        map_dock: QDockWidget | None = None,
    ) -> None:
        super().__init__(timeline)
        self.timeline = timeline
        self.details = details
        self.details_dock = details_dock
        self.timeline_list = timeline_list
        self.list_dock = list_dock
        self.filter_bar = filter_bar
        self.search = search
        self.on_timeline = on_timeline
        self.map_dock = map_dock  # the map of links, made when first shown

    @Slot()
    def focus_search(self) -> None:
        self.details_dock.show()
        toolbar = self.search.line.parentWidget()
        if toolbar is not None and not toolbar.isVisible():
            toolbar.show()  # the tool bar holds the search field: Ctrl+F brings it back
        self.search.line.setFocus()
        self.search.line.selectAll()

    @Slot()
    def switch(self) -> None:
        if not self.on_timeline():
            return
        panes: list[QWidget] = [self.timeline]
        if self.details.item_id:
            panes.append(self.details.browser)
        if self.list_dock.isVisible():
            panes.append(self.timeline_list)
        map_view = self.map_dock.widget() if self.map_dock is not None else None
        if map_view is not None and self.map_dock is not None and self.map_dock.isVisible():
            panes.append(map_view)
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
        if target is self.details.browser:
            self.details_dock.show()
        if target is map_view and target.focusProxy() is None:
            target = target.findChild(QWidget, "relationMapCanvas") or target
        target.setFocus(Qt.FocusReason.TabFocusReason)
