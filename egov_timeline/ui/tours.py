"""Guided tours: the Go → Guided Tours menu, playing a tour stop by stop on the timeline,
and the caption card. While a tour runs, Right, Page Down and Space go on, Left and Page Up
go back, Esc ends it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from egov_timeline.domain.model import Tour
from egov_timeline.ui.selection import SelectionModel
from egov_timeline.ui.timeline.view import TimelineView
from egov_timeline.ui.tour_card import TourCard
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:  # the quiz (and its Korean wording) loads when a tour asks, not at start
    from egov_timeline.domain.quiz import Question


class TourPlayer(QObject):
    def __init__(
        self,
        context: ViewContext,
        menu: QMenu,
        keys: dict[str, QAction],
        timeline: TimelineView,
        selection: SelectionModel,
        page: QWidget,
        to_timeline: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self.context = context
        self.menu = menu
        self.keys = keys  # "tour_next", "tour_back", "tour_end"
        self.timeline = timeline
        self.selection = selection
        self.page = page
        self.to_timeline = to_timeline
        self.tour: Tour | None = None
        self.index = 0
        # questions before and after a tour: asked when the menu's option is on
        self.ask = False
        self.questions: list[Question] = []
        self.phase: str | None = None  # "before", "after", "gain" or None (the stops)
        self.right = {"before": 0, "after": 0}
        self.asked = 0
        self.card = TourCard(context.language, page)
        self.card.step.connect(self.step)
        self.card.answered.connect(self.answer)
        self.card.finished.connect(self.end)
        keys["tour_next"].triggered.connect(lambda: self.step(1))
        keys["tour_back"].triggered.connect(lambda: self.step(-1))
        keys["tour_end"].triggered.connect(self.end)
        context.pack_changed.connect(self._on_pack)
        self.fill_menu()

    def _on_pack(self, _pack: object) -> None:
        self.end()
        self.fill_menu()

    def fill_menu(self) -> None:
        self.menu.clear()
        pack, language = self.context.pack, self.context.language
        if not pack.tours:
            empty = self.menu.addAction(self.tr("(this pack has no tours)"))
            empty.setEnabled(False)
            return
        for tour in pack.tours:
            title = tour.title_ko if language == "ko" and tour.title_ko else tour.title
            action = self.menu.addAction(
                self.tr("{title} ({n} stops)").format(title=title, n=len(tour.stops))
            )
            action.triggered.connect(lambda _c=False, t=tour.id: self.start(t))
        self.menu.addSeparator()
        check = self.menu.addAction(self.tr("Three Questions Before and After a Tour"))
        check.setObjectName("tourQuestions")
        check.setCheckable(True)
        check.setChecked(self.ask)
        check.setToolTip(
            self.tr("Asked before the first stop and again after the last: the gain shows")
        )
        check.toggled.connect(lambda on: setattr(self, "ask", on))

    def start(self, tour_id: str) -> bool:
        tour = next((t for t in self.context.pack.tours if t.id == tour_id), None)
        if tour is None:
            return False
        self.to_timeline()
        self.tour = tour
        for action in self.keys.values():
            action.setEnabled(True)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the tour keys work whatever has the focus
        self.questions = []
        if self.ask:
            from egov_timeline.domain.quiz import QuizGenerator

            generator = QuizGenerator(self.context.pack, None, self.context.language)
            self.questions = generator.for_tour(tour)
        self.right = {"before": 0, "after": 0}
        if self.questions:
            self._ask("before", 0)
        else:
            self._show_stop(0)
        return True

    def _ask(self, phase: str, n: int) -> None:
        assert self.tour is not None
        self.phase, self.asked = phase, n
        q = self.questions[n]
        self.card.show_question(
            self.tour, phase == "after", n + 1, len(self.questions), q.prompt, q.choices
        )

    @Slot(int)
    def answer(self, choice: int) -> None:
        """An answer to a question before or after the tour; then the next, the tour, or
        what it taught."""
        if self.tour is None or self.phase not in ("before", "after"):
            return
        q = self.questions[self.asked]
        if choice >= len(q.choices):
            return
        if choice == q.right_choice:
            self.right[self.phase] += 1
        if self.asked + 1 < len(self.questions):
            self._ask(self.phase, self.asked + 1)
        elif self.phase == "before":
            self.phase = None
            self._show_stop(0)
        else:
            self.phase = "gain"
            self.card.show_gain(
                self.tour, self.right["before"], self.right["after"], len(self.questions)
            )

    @Slot(int)
    def step(self, step: int) -> None:
        if self.tour is None:
            return
        if self.phase in ("before", "after"):
            return  # a question waits for its answer
        if self.phase == "gain":
            if step > 0:
                self.end()
            return
        target = self.index + step
        if target >= len(self.tour.stops):
            if self.questions:
                self._ask("after", 0)
            else:
                self.end()
        elif target >= 0:
            self._show_stop(target)

    def _show_stop(self, index: int) -> None:
        tour = self.tour
        if tour is None:
            return
        self.index = index
        stop = tour.stops[index]
        if stop.item and stop.item in self.context.pack.by_id:
            self.selection.select(stop.item, "tour", reveal=False)
            self.timeline.zoom_to_item(stop.item)
        elif stop.start is not None and stop.end is not None:
            self.selection.select("", "tour")
            span = stop.end.end_year - stop.start.start_year
            self.timeline.show_range(
                stop.start.start_year - span * 0.1, stop.end.end_year + span * 0.1
            )
        rect = self.timeline.settled_rect(stop.item) if stop.item else None
        avoid = None
        if rect is not None:  # where the item will be once the zoom settles
            viewport = self.timeline.viewport()
            avoid = QRect(viewport.mapTo(self.page, rect.topLeft()), rect.size())
        self.card.show_stop(tour, index, avoid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While a tour runs its keys step it, even in the search field (where Space would
        type a space): the key is claimed before the focused widget sees it."""
        kind = event.type()
        if self.tour is None or kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.page.window():
            return False  # a dialog of its own keeps its keys
        pressed = QKeySequence(event.keyCombination())
        if self.phase in ("before", "after") and isinstance(event, QKeyEvent):
            number = event.key() - Qt.Key.Key_1.value
            if 0 <= number < 4:
                if kind == QEvent.Type.KeyPress:
                    self.answer(number)
                event.accept()
                return True
        for action in self.keys.values():
            if any(
                pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
                for k in action.shortcuts()
            ):
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # delivered as a key press, claimed below
                else:
                    action.trigger()
                return True
        return False

    @Slot()
    def end(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.tour = None
        self.phase = None
        self.card.hide()
        for action in self.keys.values():
            action.setEnabled(False)

    def place(self) -> None:
        """The window was resized: the card keeps its place."""
        if self.tour is not None:
            self.card.place()
