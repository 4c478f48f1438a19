"""The selected item and the way back and forward through what was selected.

Every part that selects something (a click on the timeline, the list, a search result, a
link in the details, a tour stop, Back and Forward) asks `SelectionModel.select`; every part
that shows the selection listens to `changed(item id, source, reveal)`. The timeline's own
echo of a selection it was told about is a no-op, so nothing loops.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from egov_timeline.domain.history import History

# who asked: "timeline", "list", "map", "search", "link", "history", "tour", "quiz", "open",
# "pack"
Source = str


class SelectionModel(QObject):
    """Signals `changed(item id or "", source, reveal)` and `navigation_changed(back, fwd)`."""

    changed = Signal(str, str, bool)
    navigation_changed = Signal(bool, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = ""
        self.history = History()

    def select(self, item_id: str | None, source: Source, *, reveal: bool = True) -> None:
        item_id = item_id or ""
        if item_id == self.current:
            return
        self.current = item_id
        if item_id and source != "history":
            self.history.visit(item_id)
        self.changed.emit(item_id, source, reveal)
        self._say_navigation()

    def back(self) -> None:
        self._walk(self.history.back())

    def forward(self) -> None:
        self._walk(self.history.forward())

    def _walk(self, item_id: str | None) -> None:
        if item_id is not None:
            self.select(item_id, "history", reveal=True)
        self._say_navigation()

    def adopt_history(self, history: History) -> None:
        """Go on with another window's back and forward (the same view in another
        language)."""
        self.history = history
        self._say_navigation()

    def forget(self, known: set[str]) -> None:
        """Another pack: what it does not have is no longer selected or in the history."""
        self.history.forget(known)
        if self.current and self.current not in known:
            self.select("", "pack")
        self._say_navigation()

    def can_go_back(self) -> bool:
        return self.history.can_go_back()

    def can_go_forward(self) -> bool:
        return self.history.can_go_forward()

    def _say_navigation(self) -> None:
        self.navigation_changed.emit(self.can_go_back(), self.can_go_forward())
