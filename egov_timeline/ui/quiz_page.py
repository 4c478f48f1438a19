"""The quiz: a start screen (`quiz_start.py`), questions answered by mouse or keyboard (1-4,
Enter, Space) with feedback and "Show on timeline" (here), and a summary (`quiz_summary.py`)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.pack import Pack
from egov_timeline.domain.progress import EASY, GUESS, HARD, SURE, THINK, saved_again_message
from egov_timeline.domain.quiz import CARD_TYPES, type_name
from egov_timeline.domain.session import (
    QuizSession,
    right_text,
)
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.quiz_start import QuizStart
from egov_timeline.ui.quiz_summary import QuizSummary
from egov_timeline.ui.quiz_widgets import (
    CHOICE_STYLE,
    CONFIDENCE_KEYS,
    MUTED_COLOUR,
    RIGHT_COLOUR,
    WRONG_COLOUR,
    OrderList,
    PlaceStrip,
    SaveNotice,
)
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:
    from egov_timeline.ui.quiz_controller import QuizController
    from egov_timeline.ui.settings import Preferences


class QuizPage(QWidget):
    """Shows questions and says what the student did: `answered(question, right, score,
    duration in ms, reschedules, how sure or None, the item a wrong choice named or None)`,
    `rated(card id, rating)` and `show_on_timeline(item id)`. The quiz controller records
    answers; the page reads figures from it."""

    show_on_timeline = Signal(str)
    answered = Signal(object, bool, float, int, bool, object, object)
    rated = Signal(str, int)

    def __init__(
        self,
        context: ViewContext,
        controller: QuizController,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quizPage")
        self.pack = context.pack
        self.language = context.language
        self.controller = controller
        self.session: QuizSession | None = None
        self._started_at = 0.0
        self.right_colour = RIGHT_COLOUR
        self.wrong_colour = WRONG_COLOUR
        self.muted_colour = MUTED_COLOUR
        self._choice_buttons: list[QPushButton] = []
        self._preferences = preferences
        self.confidence: str | None = None  # how sure the student said they are
        self._held: int | None = None  # a choice waiting for how sure the student is
        self._holding = False  # an answer (a choice, an order, a year) waiting for it
        self.stack = QStackedWidget(self)
        self.stack.setMaximumWidth(1100)  # a readable line length on wide screens
        self.save_notice = SaveNotice()
        column = QVBoxLayout()
        column.addWidget(self.save_notice)
        column.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(column, 1)
        self.start = QuizStart(self.pack, self.language, controller, preferences)
        self.start.begin.connect(self.begin)
        self._build_question()
        self.summary = QuizSummary()
        self.summary.retry.connect(self.retry_mistakes)
        self.summary.back.connect(lambda: self.show_start())
        for screen in (self.start, self.question_screen, self.summary):
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(self.start)
        context.pack_changed.connect(self.set_pack)
        controller.save_state_changed.connect(self.show_save_state)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1-9 answer, Enter or Space confirm and continue, H and E rate a right answer.
        Keys reach here from any widget of the page that does not use them itself."""
        if self.stack.currentWidget() is not self.question_screen:
            super().keyPressEvent(event)
            return
        key = event.key()
        text = event.text()
        plain_key = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        answered = self.session is not None and self.session.answered_current
        if text and text in "123456789" and plain_key:
            self._pick(int(text) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.confirm_or_continue()
        elif key in CONFIDENCE_KEYS and plain_key and not answered:
            # before the answer shows, Q W E say how sure (before or after choosing)
            self.set_confidence((SURE, THINK, GUESS)[CONFIDENCE_KEYS.index(key)])
        elif key == Qt.Key.Key_H:
            self._rate(HARD)
        elif key == Qt.Key.Key_E:
            self._rate(EASY)
        else:
            super().keyPressEvent(event)

    def set_theme(self, theme) -> None:
        self.right_colour = theme.spec["right"]
        self.wrong_colour = theme.spec["wrong"]
        self.muted_colour = theme.spec["muted_text"]
        self.save_notice.set_colours(self.right_colour, self.wrong_colour)

    def show_save_state(self) -> None:
        """Say whether every answer is in the progress file."""
        self.start.forget_opening_notice()
        self.save_notice.show_state(
            self.controller.state_message(), saved_again_message(self.language)
        )

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.session = None
        self.start.set_pack(pack)
        self.show_start()

    def show_start(self, notice: str | None = None) -> None:
        self.show_save_state()
        said = not self.save_notice.isHidden() and notice == self.save_notice.text()
        self.start.refresh(None if said else notice)  # said once, not twice
        self.stack.setCurrentWidget(self.start)
        self.start.start_button.setFocus()

    # ---- questions ---------------------------------------------------------------------
    def _build_question(self) -> None:
        self.question_screen = QWidget()
        self.question_screen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question_screen.setAccessibleName(self.tr("Question"))
        # large text on a small screen scrolls rather than squeezing the answer's words
        outer = QVBoxLayout(self.question_screen)
        outer.setContentsMargins(0, 0, 0, 0)
        self.question_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll)
        self._follow_feedback = False  # the page grows with the feedback: keep it in view
        scroll.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._show_the_way_on())
        content = QWidget()
        scroll.setWidget(content)
        v = QVBoxLayout(content)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("quizProgress")
        v.addWidget(self.progress_label)
        self.prompt = QLabel()
        self.prompt.setObjectName("quizPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        scaled_font(self.prompt, 1.5, bold=True)
        v.addWidget(self.prompt)
        self.choices_box = QWidget()
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 8, 0, 8)
        v.addWidget(self.choices_box)
        self.order_hint = QLabel(
            self.tr(
                "Drag the items into order, or pick one and move it with "
                "Alt+Up and Alt+Down. Enter checks your order."
            )
        )
        self.order_hint.setWordWrap(True)
        v.addWidget(self.order_hint)
        self.place_hint = QLabel(
            self.tr("Click the year, or move along the strip with Left and Right and press Enter.")
        )
        v.addWidget(self.place_hint)
        self.order_list = OrderList()
        self.order_list.setObjectName("orderList")
        self.order_list.setAccessibleName(
            self.tr("Items to put in order; Alt+Up and Alt+Down move one")
        )
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        scaled_font(self.order_list, 1.2)
        v.addWidget(self.order_list)
        self.strip = PlaceStrip()
        self.strip.chosen.connect(self._on_strip_chosen)
        v.addWidget(self.strip)
        self.confidence_row = QWidget()
        self.confidence_row.setObjectName("confidenceRow")
        c = QHBoxLayout(self.confidence_row)
        c.setContentsMargins(0, 4, 0, 4)
        self.confidence_label = QLabel(self.tr("How sure are you?"))
        self.confidence_label.setObjectName("confidenceLabel")
        c.addWidget(self.confidence_label)
        self.confidence_group = QButtonGroup(self)
        self.confidence_group.setExclusive(True)
        self.confidence_buttons: dict[str, QPushButton] = {}
        for level, text, tip in (
            (SURE, self.tr("Sure (Q)"), self.tr("I know this")),
            (THINK, self.tr("Think so (W)"), self.tr("I think this is right")),
            (GUESS, self.tr("Guess (E)"), self.tr("I am guessing")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"confidence_{level}")
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys Q W E, or a click
            button.clicked.connect(lambda _c=False, level=level: self.set_confidence(level))
            self.confidence_group.addButton(button)
            self.confidence_buttons[level] = button
            c.addWidget(button)
        c.addStretch(1)
        v.addWidget(self.confidence_row)
        self.confidence_hint = QLabel()
        self.confidence_hint.setObjectName("confidenceHint")
        self.confidence_hint.setWordWrap(True)
        v.addWidget(self.confidence_hint)
        self.check_button = QPushButton(self.tr("Check (Enter)"))
        self.check_button.setObjectName("checkAnswer")
        self.check_button.clicked.connect(self.confirm_or_continue)
        v.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.feedback = QWidget()
        f = QVBoxLayout(self.feedback)
        f.setContentsMargins(0, 8, 0, 0)
        self.verdict = QLabel()
        self.verdict.setObjectName("quizVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        scaled_font(self.verdict, 1.3, bold=True)
        f.addWidget(self.verdict)
        self.confident_banner = QLabel()
        self.confident_banner.setObjectName("confidentError")
        self.confident_banner.setWordWrap(True)
        scaled_font(self.confident_banner, 1.1, bold=True)
        f.addWidget(self.confident_banner)
        self.explanation = QLabel()
        self.explanation.setObjectName("quizExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        scaled_font(self.explanation, 1.1)
        f.addWidget(self.explanation)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show on timeline"))
        self.show_button.setObjectName("showOnTimeline")
        self.show_button.setToolTip(self.tr("Go to the timeline with this item selected"))
        self.show_button.clicked.connect(self._show_on_timeline)
        row.addWidget(self.show_button)
        self.hard_button = QPushButton(self.tr("That was hard (H)"))
        self.hard_button.clicked.connect(lambda: self._rate(HARD))
        self.easy_button = QPushButton(self.tr("That was easy (E)"))
        self.easy_button.clicked.connect(lambda: self._rate(EASY))
        row.addWidget(self.hard_button)
        row.addWidget(self.easy_button)
        row.addStretch(1)
        self.next_button = QPushButton(self.tr("Next (Enter)"))
        self.next_button.setObjectName("nextQuestion")
        self.next_button.clicked.connect(self.confirm_or_continue)
        row.addWidget(self.next_button)
        f.addLayout(row)
        v.addWidget(self.feedback)
        v.addStretch(1)

    def begin(self, session: QuizSession) -> None:
        self.session = session
        self.stack.setCurrentWidget(self.question_screen)
        self._show_question()

    def _show_question(self) -> None:
        session = self.session
        if session is None or session.current is None:
            self._show_summary()
            return
        q = session.current
        self._started_at = time.monotonic()
        self.progress_label.setText(
            self.tr("{title} \u00b7 question {n} of {total} \u00b7 {kind}").format(
                title=session.title,
                n=session.index + 1,
                total=len(session.questions),
                kind=type_name(q.type, self.language),
            )
        )
        self.prompt.setText(q.prompt)
        for button in self._choice_buttons:
            button.deleteLater()
        self._choice_buttons = []
        self.order_list.hide()
        self.order_hint.hide()
        self.place_hint.hide()
        self.strip.hide()
        self.check_button.hide()
        self.feedback.hide()
        self.order_list.set_locked(False)  # the last ordering question locked it
        self._reset_confidence()
        self._follow_feedback = False
        self.question_scroll.verticalScrollBar().setValue(0)  # a new question from its top
        self.hard_button.setEnabled(True)
        self.easy_button.setEnabled(True)
        if q.type == "order":
            self.order_list.clear()
            for choice, item_id in zip(q.choices, q.choice_ids, strict=True):
                row = QListWidgetItem("\u2195  " + choice)
                row.setData(Qt.ItemDataRole.UserRole, item_id)
                self.order_list.addItem(row)
            self.order_list.setCurrentRow(0)
            self.order_list.show()
            self.order_hint.show()
            self.order_list.setMaximumHeight(
                self.order_list.sizeHintForRow(0) * (len(q.choices) + 1) + 8
            )
            self.check_button.show()
            self.order_list.setFocus()
        elif q.type == "place":
            self.strip.set_years(q.choices)
            self.strip.show()
            self.place_hint.show()
            self.check_button.show()
            self.strip.setFocus()
        else:
            for n, choice in enumerate(q.choices):
                button = QPushButton(f"{n + 1}   {choice}")
                button.setObjectName(f"choice{n + 1}")
                button.setAccessibleName(
                    self.tr("Answer {n}: {choice}").format(n=n + 1, choice=choice)
                )
                button.setStyleSheet(CHOICE_STYLE)
                scaled_font(button, 1.2)
                button.clicked.connect(lambda _c=False, n=n: self._pick(n))
                self.choices_layout.addWidget(button)
                self._choice_buttons.append(button)
            self.question_screen.setFocus()

    def _given_now(self) -> int | list[str] | None:
        q = self.session.current if self.session else None
        if q is None:
            return None
        if q.type == "order":
            return [
                self.order_list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.order_list.count())
            ]
        if q.type == "place":
            return self.strip.position
        return None

    @Slot(int)
    def _on_strip_chosen(self, index: int) -> None:
        if self.asks_confidence and self.confidence is None:
            self._hold(None)  # the year shows once the student says how sure
        else:
            self._answer(index)

    def _pick(self, n: int) -> None:
        session = self.session
        q = session.current if session else None
        if session is None or q is None or session.answered_current or q.type in ("order", "place"):
            return
        if 0 <= n < len(q.choices):
            if self.asks_confidence and self.confidence is None:
                self._hold(n)  # the answer shows once the student says how sure
            else:
                self._answer(n)

    @Slot()
    def confirm_or_continue(self) -> None:
        session = self.session
        if session is None or self.stack.currentWidget() is not self.question_screen:
            return
        if session.current is None:
            self._show_summary()
            return
        if session.answered_current:
            session.next()
            self._show_question()
        elif self._holding:
            self._answer(self._held_answer())  # Enter again: no need to say how sure
        elif session.current.type in ("order", "place"):
            if self.asks_confidence and self.confidence is None:
                self._hold(None)
            else:
                self._answer(self._given_now())

    # ---- how sure ---------------------------------------------------------------------
    @property
    def asks_confidence(self) -> bool:
        """Whether the student says how sure they are before the answer shows (a
        preference on the start screen)."""
        return self.start.asks_confidence

    def _reset_confidence(self) -> None:
        self.confidence = None
        self._held = None
        self._holding = False
        self.confidence_group.setExclusive(False)  # an exclusive group keeps one checked
        for button in self.confidence_buttons.values():
            button.setChecked(False)
            button.show()
        self.confidence_group.setExclusive(True)
        self.confidence_row.setVisible(self.asks_confidence)
        self.confidence_label.setText(self.tr("How sure are you?"))
        self.confidence_hint.hide()

    def set_confidence(self, level: str) -> None:
        """Q W E or a click: how sure the student is. Said before choosing, the choice then
        shows the answer at once; said after, it shows the answer held."""
        session = self.session
        if session is None or session.current is None or session.answered_current:
            return
        if not self.asks_confidence:
            return
        self.confidence = level
        self.confidence_buttons[level].setChecked(True)
        if self._holding:
            self._answer(self._held_answer())

    def _hold(self, n: int | None) -> None:
        """Keep the answer until the student says how sure: a choice stays marked."""
        self._held = n
        self._holding = True
        for k, button in enumerate(self._choice_buttons):
            mark = "border: 3px solid palette(highlight);" if k == n else ""
            button.setStyleSheet(f"QPushButton {{ {CHOICE_STYLE}; {mark} }}")
        self.confidence_hint.setText(
            self.tr("Press Q (sure), W (think so) or E (guess) to see the answer; Enter skips.")
        )
        self.confidence_hint.show()

    def _held_answer(self) -> int | list[str] | None:
        return self._held if self._held is not None else self._given_now()

    def _answer(self, given: int | list[str] | None) -> None:
        session = self.session
        if session is None or session.current is None or session.answered_current:
            return
        q = session.current
        self._holding = False
        self.confidence_hint.hide()
        if self.confidence is None:
            self.confidence_row.hide()  # skipped: nothing to show
        self.confidence_label.setText(self.tr("You said:"))
        for level, button in self.confidence_buttons.items():
            button.setVisible(level == self.confidence)  # what was said stays, alone
        result = session.answer(given, self.confidence)
        duration = int((time.monotonic() - self._started_at) * 1000)
        # recorded by the controller, and saved only once committed; if not, said here
        self.answered.emit(
            q,
            result.right,
            result.score,
            duration,
            session.schedules(q),
            result.confidence,
            result.chosen,
        )
        for n, button in enumerate(self._choice_buttons):
            # answered: the choices stay readable, the right one and a wrong pick stand out
            button.setEnabled(False)
            if n == q.answer:
                button.setText(button.text() + "   " + self.tr("\u2714 right answer"))
                mark = f"color: {self.right_colour}; border: 2px solid {self.right_colour};"
            elif n == given:
                button.setText(button.text() + "   " + self.tr("\u2718 your answer"))
                mark = f"color: {self.wrong_colour}; border: 2px solid {self.wrong_colour};"
            else:
                mark = f"color: {self.muted_colour};"
            button.setStyleSheet(f"QPushButton {{ {CHOICE_STYLE}; {mark} }}")
        if q.type == "place":
            self.strip.reveal(q.right_choice, given if isinstance(given, int) else None)
        placed = 0
        if q.type == "order":
            placed = self._show_order_result(q)
        self.check_button.hide()
        if result.right:
            self.verdict.setText(self.tr("Right!"))
            colour = self.right_colour
        elif q.type == "order":
            self.verdict.setText(
                self.tr(
                    "{placed} of {total} in the right place. The numbers give the order."
                ).format(placed=placed, total=len(q.choices))
            )
            colour = self.wrong_colour
        elif result.score > 0:
            self.verdict.setText(
                self.tr("Partly right ({percent}%). The answer: {answer}").format(
                    percent=round(result.score * 100), answer=right_text(q, self.pack)
                )
            )
            colour = self.wrong_colour
        else:
            self.verdict.setText(
                self.tr("Not quite. The answer: {answer}").format(answer=right_text(q, self.pack))
            )
            colour = self.wrong_colour
        palette = self.verdict.palette()
        palette.setColor(self.verdict.foregroundRole(), QColor(colour))
        self.verdict.setPalette(palette)
        # a card's answer in the progress file: a confident error comes back first next time
        self._show_confidence_feedback(
            result, self.controller.can_schedule and q.type in CARD_TYPES
        )
        self.explanation.setText(q.explanation)
        can_rate = result.right and session.schedules(q) and self.controller.can_schedule
        self.hard_button.setVisible(can_rate)
        self.easy_button.setVisible(can_rate)
        last = session.index + 1 >= len(session.questions)
        self.next_button.setText(
            self.tr("See the summary (Enter)") if last else self.tr("Next (Enter)")
        )
        self.feedback.show()
        self.next_button.setFocus()
        # the verdict and the way on in view, where large text made the page scroll
        self._follow_feedback = True
        QTimer.singleShot(0, self._show_the_way_on)

    @Slot()
    def _show_the_way_on(self) -> None:
        """Scroll the button on into view (and the verdict above it), also once the page
        has grown to hold the feedback just shown."""
        if self._follow_feedback and self.next_button.isVisible():
            self.question_scroll.ensureWidgetVisible(self.next_button)

    def _show_confidence_feedback(self, result, recorded: bool) -> None:
        """A confident error stands out: the student was sure, and it is not so. A right
        guess is said to be a guess."""
        if result.confident_error:
            text = self.tr("You were sure, but that is not right. Read the answer once more:")
            if recorded:
                text += " " + self.tr("it comes back first in your next study session.")
            else:
                text += " " + self.tr("it is worth asking again soon.")
            self.confident_banner.setText(text)
            self.confident_banner.setStyleSheet(
                f"QLabel {{ color: {self.wrong_colour}; border: 2px solid {self.wrong_colour};"
                " border-radius: 4px; padding: 6px; }"
            )
            self.confident_banner.show()
        elif result.right and result.confidence == GUESS:
            self.confident_banner.setText(
                self.tr("Right, though you guessed: it comes back sooner, to make it sure.")
                if self.session is not None and self.session.study
                else self.tr("Right, though you guessed.")
            )
            self.confident_banner.setStyleSheet(f"QLabel {{ color: {self.muted_colour}; }}")
            self.confident_banner.show()
        else:
            self.confident_banner.hide()

    def _show_order_result(self, q) -> int:
        """Lock the list and mark each row with its right place: the student reads the
        answer where they made it. Returns how many were in their place."""
        self.order_list.set_locked(True)
        self.order_list.clearSelection()  # the marks show in their colours, not highlighted
        self.order_hint.hide()
        order = list(q.answer)
        names = dict(zip(q.choice_ids, q.choices, strict=True))
        placed = 0
        for row in range(self.order_list.count()):
            entry = self.order_list.item(row)
            item_id = entry.data(Qt.ItemDataRole.UserRole)
            place = order.index(item_id)
            right = place == row
            placed += right
            mark = "\u2714" if right else "\u2718"
            entry.setText(f"{mark}  {place + 1}.  {names[item_id]}")
            entry.setForeground(QColor(self.right_colour if right else self.wrong_colour))
        return placed

    def _rate(self, rating: int) -> None:
        session = self.session
        if session is None or not session.answered_current or not session.study:
            return
        answer = session.answers[session.index]
        if answer.right and self.controller.can_schedule and answer.rating is None:
            self.rated.emit(answer.question.card, rating)
            answer.rating = rating
            self.hard_button.setEnabled(False)
            self.easy_button.setEnabled(False)
            marked = (
                self.tr("(Marked as hard.)") if rating == HARD else self.tr("(Marked as easy.)")
            )
            self.explanation.setText(self.explanation.text() + "  " + marked)

    @Slot()
    def _show_on_timeline(self) -> None:
        q = self.session.current if self.session else None
        if q is not None:
            self.show_on_timeline.emit(q.item_ids[0])

    # ---- summary ------------------------------------------------------------------------
    def _show_summary(self) -> None:
        if self.session is None:
            return
        self.summary.show_session(self.session, self.pack, self.right_colour, self.wrong_colour)
        self.stack.setCurrentWidget(self.summary)

    @Slot()
    def retry_mistakes(self) -> None:
        if self.session and self.session.mistakes():
            self.begin(
                # a retry is practice: it reschedules no card, as in Anki's custom study
                QuizSession(self.session.mistakes(), title=self.tr("Retry of mistakes"))
            )
