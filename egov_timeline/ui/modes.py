"""The window's four modes, one page each: the timeline, the quiz, progress and the class
quiz. The quiz, progress and class pages (and the progress store) are made when first
needed: nothing of theirs stands between the start and the first paint of the timeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from egov_timeline.ui.quiz_controller import QuizController
from egov_timeline.ui.settings import Preferences
from egov_timeline.ui.status_line import StatusLine
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:
    from egov_timeline.ui.class_quiz import ClassQuizPage
    from egov_timeline.ui.places import Places
    from egov_timeline.ui.progress_page import ProgressPage
    from egov_timeline.ui.quiz_page import QuizPage

MODES = ("timeline", "quiz", "progress", "class")


class Modes(QObject):
    """Signals `changed(mode)` after a page is shown; `show_on_timeline(item id)` when a
    quiz asks to see an item."""

    changed = Signal(str)
    show_on_timeline = Signal(str)

    def __init__(
        self,
        context: ViewContext,
        controller: QuizController,
        preferences: Preferences,
        pages: QStackedWidget,
        timeline_page: QWidget,
        mode_actions: dict[str, QAction],
        status: StatusLine,
        parent: QObject | None = None,
        places: Places | None = None,
    ) -> None:
        super().__init__(parent)
        self.places = places  # where the class results are saved
        self.context = context
        self.controller = controller
        self.preferences = preferences
        self.pages = pages
        self.timeline_page = timeline_page
        self.mode_actions = mode_actions
        self.status = status
        self.mode = "timeline"
        self._quiz_page: QuizPage | None = None
        self._class_page: ClassQuizPage | None = None
        self._progress_page: ProgressPage | None = None
        self.on_timeline_shown: Callable[[], None] = lambda: None  # the window focuses it
        for mode in MODES:
            mode_actions[mode].triggered.connect(lambda _c=False, m=mode: self.set_mode(m))
        context.theme_changed.connect(self._theme_pages)
        controller.progress_changed.connect(self._refresh_progress)
        controller.restored.connect(self.after_restore)

    # ---- pages, made when first shown ----------------------------------------------------
    @property
    def quiz_page(self) -> QuizPage:
        if self._quiz_page is None:
            from egov_timeline.ui.quiz_page import QuizPage

            page = QuizPage(self.context, self.controller, self.preferences, self.pages)
            page.show_on_timeline.connect(self.show_on_timeline)
            page.answered.connect(self.controller.record)
            page.rated.connect(self.controller.rerate)
            self._quiz_page = page
            self._add(page)
        return self._quiz_page

    @property
    def class_page(self) -> ClassQuizPage:
        if self._class_page is None:
            from egov_timeline.ui.class_quiz import ClassQuizPage

            self._class_page = ClassQuizPage(self.context, self.pages, self.places)
            self._add(self._class_page)
        return self._class_page

    @property
    def progress_page(self) -> ProgressPage:
        if self._progress_page is None:
            from egov_timeline.ui.progress_page import ProgressPage

            page = ProgressPage(self.context, self.controller, self.pages, self._new_cards)
            page.exam_section.exam_changed.connect(self._set_exam)
            self._progress_page = page
            self._add(page)
        return self._progress_page

    def _new_cards(self) -> int:
        from egov_timeline.domain.session import NEW_CARDS_PER_STUDY

        saved = self.preferences["new_cards"]
        return NEW_CARDS_PER_STUDY if saved is None else saved

    def _set_exam(self, exam: tuple | None) -> None:
        """The progress page set (or cleared) a test: remembered, and studied for."""
        self.preferences["exam_date"] = exam[0] if exam else None
        self.preferences["exam_scope"] = exam[1] if exam else None
        self.controller.set_exam(exam)

    def class_set(self) -> tuple[int, int] | None:
        """The set number and count of the class quiz, if it was opened."""
        page = self._class_page
        return (page.seed.value(), page.count.value()) if page is not None else None

    def _add(self, page: QWidget) -> None:
        self.pages.addWidget(page)
        self._theme_pages(self.context.theme_name)  # a page made later takes the theme too

    def _theme_pages(self, _name: str) -> None:
        theme = self.context.theme()
        if self._quiz_page is not None:  # the progress page draws in the palette's colours
            self._quiz_page.set_theme(theme)
        if self._class_page is not None:
            self._class_page.set_theme(theme)

    # ---- switching -----------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode_actions[mode].setChecked(True)
        if mode == self.mode and self.pages.currentWidget() is not None:
            return
        self.mode = mode
        self.status.show_mode(mode)
        if mode == "timeline":
            self.pages.setCurrentWidget(self.timeline_page)
            self.changed.emit(mode)
            self.on_timeline_shown()
            return
        if mode == "quiz":
            self.controller.open_store()
            quiz = self.quiz_page
            self.pages.setCurrentWidget(quiz)
            if quiz.session is None or quiz.stack.currentWidget() is quiz.start:
                quiz.show_start(self.controller.store_message)
        elif mode == "class":
            self.pages.setCurrentWidget(self.class_page)
            self.class_page.setFocus()
        else:
            self.controller.open_store()
            progress = self.progress_page
            progress.refresh()
            self.pages.setCurrentWidget(progress)
            progress.setFocus()
        self.changed.emit(mode)

    def _refresh_progress(self) -> None:
        page = self._progress_page
        if page is not None and self.pages.currentWidget() is page:
            page.refresh()

    def after_restore(self) -> None:
        """A restored backup is shown at once: the progress page and the quiz start."""
        if self._progress_page is not None:
            self._progress_page.refresh()
        quiz = self._quiz_page
        if quiz is not None and (quiz.session is None or quiz.stack.currentWidget() is quiz.start):
            quiz.show_start()
