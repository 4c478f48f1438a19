"""Between the quiz pages and the progress store: opens the store when first needed, records
what the student answered, keeps retrying answers the file did not take, and says how the
progress stands. The quiz page only shows questions and tells what the user did.

Nothing of the store is imported before the first paint: it is opened after it.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:
    from egov_timeline.domain.exam_plan import ExamPlan
    from egov_timeline.domain.progress import ProgressStore
    from egov_timeline.domain.quiz import Question


class QuizController(QObject):
    """Signals `progress_changed()` (answers, due cards or the file changed),
    `save_state_changed()` (whether every answer is in the file) and `notice(text, ms)`
    (something to say in the status line) and `restored()` (a backup replaced the progress)."""

    progress_changed = Signal()
    save_state_changed = Signal()
    restored = Signal()
    notice = Signal(str, int)

    def __init__(self, context: ViewContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store: ProgressStore | None = None
        self.store_message: str | None = None  # what opening the store had to say
        # a test coming up: its day and the stage it covers (None: everything)
        self.exam: tuple[dt.date, str | None] | None = None
        # answers the progress file did not take are tried again every few seconds
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(15_000)
        self.retry_timer.timeout.connect(self.retry_saving)

    # ---- the store's life ------------------------------------------------------------------
    @Slot()
    def open_store(self) -> None:
        """Open the progress store (once): it says how many cards are due."""
        if self.store is not None:
            return
        from egov_timeline.domain.progress import ProgressStore
        from egov_timeline.ui.userdata import user_data_dir

        self.store, self.store_message = ProgressStore.open(user_data_dir(), self.language)
        self._apply_exam()
        if self.store_message:
            self.notice.emit(self.store_message, 60_000)
            print(f"egov-timeline: {self.store_message}", file=sys.stderr)
        self._changed()

    def adopt(self, other: QuizController) -> None:
        """Carry on with another window's store: answers waiting to be saved are not dropped."""
        if other.store is None:
            return
        self.store, other.store = other.store, None
        other.retry_timer.stop()
        self.store_message = self.store.notice(self.language)
        self._apply_exam()
        self._changed()

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self.retry_timer.stop()

    def unsaved_at_quit(self) -> str | None:
        """Try once more to save; what is still not saved, in words, or None."""
        store = self.store
        if store is None or store.flush() or not store.state.unsaved:
            return None
        return store.state_message(self.language)

    @property
    def language(self) -> str:
        return self.context.language

    # ---- what the student did --------------------------------------------------------------
    def record(self, question: Question, right: bool, score: float, duration_ms: int,
               schedule: bool, confidence: str | None = None,
               chosen: str | None = None) -> None:  # fmt: skip
        store = self.store
        if store is None:
            return
        store.record(
            question.card,
            question.item_ids[0],
            question.type,
            correct=right,
            score=score,
            duration_ms=duration_ms,
            schedule=schedule,
            confidence=confidence,
            chosen=chosen,
        )
        self._changed()  # saved only once committed; if not, said now

    def rerate(self, card_id: str, rating: int) -> bool:
        if self.store is None:
            return False
        self.store.rerate(card_id, rating)
        self._changed()
        return True

    @property
    def can_schedule(self) -> bool:
        return self.store is not None

    # ---- how it stands ---------------------------------------------------------------------
    def state_message(self) -> str | None:
        return self.store.state_message(self.language) if self.store is not None else None

    def due_count(self) -> int:
        from egov_timeline.domain.session import due_count

        return due_count(self.context.pack, self.store)  # the cards the quiz can ask

    def studied_count(self) -> int:
        return len(self.store.card_ids()) if self.store is not None else 0

    def missed_items(self) -> set[str]:
        return self.store.missed_items() if self.store is not None else set()

    def confused_pairs(self) -> set[frozenset[str]]:
        return self.store.confused_pairs() if self.store is not None else set()

    def study_queue(self, new_cards: int) -> list[Question]:
        """A study session: with a test coming up, today's new cards of the plan, about
        what the test covers."""
        from egov_timeline.domain.session import exam_scope, new_cards_today, study_queue

        plan = self.exam_plan(new_cards)
        scope = exam_scope(self.context.pack, self.exam[1]) if self.exam else None
        limit = new_cards_today(plan, self.store, new_cards)
        return study_queue(self.context.pack, self.store, self.language, limit, scope=scope)

    # ---- a test coming up ------------------------------------------------------------------
    def set_exam(self, exam: tuple[dt.date, str | None] | None) -> None:
        """A test on a day, covering a stage or everything (None: no test): the store
        schedules its cards to be known by then."""
        self.exam = exam
        self._apply_exam()
        self._changed()

    def _apply_exam(self) -> None:
        if self.store is None:
            return
        if self.exam is None or self.exam[0] <= dt.date.today():
            self.store.set_exam(None)
            return
        from egov_timeline.domain.session import exam_scope  # loads the quiz: only if asked

        self.store.set_exam(self.exam[0], exam_scope(self.context.pack, self.exam[1]))

    def exam_plan(self, new_cards: int) -> ExamPlan | None:
        if self.exam is None:
            return None
        from egov_timeline.domain.session import exam_plan

        return exam_plan(self.context.pack, self.store, self.exam[0], self.exam[1], new_cards)

    def stage_mastery(self) -> dict[str, float]:
        if self.store is None:
            return {}
        from egov_timeline.domain.mastery import mastery_by_stage

        strengths = self.store.card_strengths()
        return mastery_by_stage(self.context.pack, strengths) if strengths else {}

    # ---- saving again ----------------------------------------------------------------------
    @Slot()
    def retry_saving(self) -> None:
        store = self.store
        if store is None:
            self.retry_timer.stop()
            return
        before = store.state
        store.flush(wait=0.1)  # a lock is waited for only a moment: the window stays alive
        after = store.state
        if after == before:
            return
        self.store_message = store.notice(self.language)
        if after.all_saved and not before.all_saved:
            from egov_timeline.domain.progress import saved_again_message

            self.notice.emit(saved_again_message(self.language), 10_000)
        self._changed()  # the figures may now include answers read from the file

    def _changed(self) -> None:
        store = self.store
        if store is not None and store.state.retrying:
            if not self.retry_timer.isActive():
                self.retry_timer.start()
        else:
            self.retry_timer.stop()
        self.save_state_changed.emit()
        self.progress_changed.emit()

    def show_backups(self, parent: QWidget) -> QWidget:
        """File → Restore Progress from a Backup."""
        from egov_timeline.ui.backups_dialog import BackupsDialog

        self.open_store()
        dialog = BackupsDialog(lambda: self.store, self.language, parent)
        dialog.restored.connect(self._after_restore)
        dialog.show()
        return dialog

    @Slot()
    def _after_restore(self) -> None:
        """A restored backup is shown at once: cards due, the quiz start, the progress page."""
        self._changed()
        self.restored.emit()
