"""The class quiz on the projector: big question and choices (A-D, as on the worksheet of the
same seed), an optional countdown, Space to reveal, tallies the teacher may click in, and a
results screen at the end (each question, the tallies, the right answer). It never writes to
anyone's personal progress; leaving with Esc keeps the quiz and its tallies until the next
one starts."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import Question
from egov_timeline.domain.session import right_text
from egov_timeline.domain.worksheet import choice_label, worksheet_questions
from egov_timeline.ui.class_results import ClassResults
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.places import Places
from egov_timeline.ui.view_context import ViewContext


class ClassQuizPage(QWidget):
    show_on_timeline = Signal(str)

    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, places: Places | None = None
    ) -> None:
        super().__init__(parent)  # no progress store: a class quiz never writes progress
        self.places = places
        self.setObjectName("classQuizPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pack = context.pack
        self.language = context.language  # of the questions
        context.pack_changed.connect(self.set_pack)
        self.questions: list[Question] = []
        self.index = 0
        self.revealed = False
        self.tallies: list[list[int]] = []
        self.seconds_left = 0
        self.paused = False
        self.reveal_fill, self.reveal_text = "#CDEBDD", "#0B3D2C"
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.addWidget(self.stack)
        self._build_setup()
        self._build_board()
        self.results = ClassResults(language=self.language, places=self.places)
        self.results.back.connect(self.step_back_from_results)
        self.results.new_quiz.connect(self._to_setup)
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.board_scroll)
        self.stack.addWidget(self.results)

    # ---- set-up -------------------------------------------------------------------------
    def _build_setup(self) -> None:
        self.setup = QWidget()
        v = QVBoxLayout(self.setup)
        title = QLabel(self.tr("Class quiz"))
        scaled_font(title, 1.8, bold=True)
        v.addWidget(title)
        intro = QLabel(
            self.tr(
                "For the projector: the room answers together. Nothing is written to "
                "anyone's progress. Print the worksheet of the same set (File \u2192 "
                "Print Worksheet) and the paper matches the screen."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(10)
        self.count.setAccessibleName(self.tr("Number of questions"))
        form.addRow(self.tr("Questions:"), self.count)
        self.seed = QSpinBox()
        self.seed.setRange(1, 99_999)
        self.seed.setValue(random.SystemRandom().randrange(1, 100_000))
        self.seed.setAccessibleName(self.tr("Set number (the worksheet seed)"))
        self.seed.setToolTip(
            self.tr("The same set number gives the same questions as the worksheet")
        )
        form.addRow(self.tr("Set number:"), self.seed)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 600)
        self.seconds.setSingleStep(10)
        self.seconds.setSpecialValueText(self.tr("no timer"))
        self.seconds.setSuffix(self.tr(" s", "suffix: seconds"))
        self.seconds.setAccessibleName(self.tr("Seconds per question (0: no timer)"))
        form.addRow(self.tr("Countdown:"), self.seconds)
        self.goal = QSpinBox()
        self.goal.setRange(0, 50)
        self.goal.setSpecialValueText(self.tr("no class goal"))
        self.goal.setSuffix(self.tr(" right", "suffix: questions right"))
        self.goal.setAccessibleName(self.tr("Class goal: questions most of the room gets right"))
        self.goal.setToolTip(
            self.tr(
                "A goal for the whole room together, not a race: this many questions that "
                "most hands got right"
            )
        )
        form.addRow(self.tr("Class goal:"), self.goal)
        v.addLayout(form)
        self.start_button = QPushButton(self.tr("Start the class quiz"))
        self.start_button.setObjectName("startClassQuiz")
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        self.resume_button = QPushButton(self.tr("Back to the quiz"))
        self.resume_button.setObjectName("resumeClassQuiz")
        self.resume_button.setToolTip(self.tr("Go on where the class left off"))
        self.resume_button.clicked.connect(self.resume)
        self.results_button = QPushButton(self.tr("Results so far"))
        self.results_button.setObjectName("classResultsButton")
        self.results_button.clicked.connect(self.show_results)
        for button in (self.resume_button, self.results_button):
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        v.addLayout(buttons)
        keys = QLabel(
            self.tr(
                "On the projector: Space reveals the answer, then goes on; Right or "
                "PageDown next, Left or PageUp back; P pauses the countdown; click the "
                "+ and \u2013 under a choice to count hands. After the last question the "
                "results show what the room answered."
            )
        )
        keys.setWordWrap(True)
        v.addWidget(keys)
        v.addStretch(1)

    @Slot()
    def start(self) -> None:
        self.questions = worksheet_questions(
            self.pack, self.count.value(), self.seed.value(), self.language
        )
        if not self.questions:
            return
        self.tallies = [[0] * len(q.choices) for q in self.questions]
        self.index = 0
        self.stack.setCurrentWidget(self.board_scroll)
        self._show()
        self.setFocus()

    @Slot()
    def resume(self) -> None:
        if self.questions:
            self.stack.setCurrentWidget(self.board_scroll)
            self._show()
            self.setFocus()

    def _to_setup(self) -> None:
        """Back to the set-up; the quiz and its tallies stay until another starts."""
        self.timer.stop()
        has_quiz = bool(self.questions)
        self.resume_button.setVisible(has_quiz)
        self.results_button.setVisible(has_quiz)
        self.stack.setCurrentWidget(self.setup)

    def set_theme(self, theme) -> None:
        light = theme.name == "light"
        self.reveal_fill = "#CDEBDD" if light else theme.spec["selection_fill"]
        self.reveal_text = "#0B3D2C" if light else theme.spec["text"]

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.questions = []  # the questions of another pack mean nothing for this one
        self._to_setup()

    # ---- the board ------------------------------------------------------------------------
    def _build_board(self) -> None:
        self.board = QWidget()
        # on a small projector screen with large text the board scrolls, never clips
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidgetResizable(True)
        self.board_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.board_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.board_scroll.setWidget(self.board)
        v = QVBoxLayout(self.board)
        top = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("classCounter")
        top.addWidget(self.counter)
        top.addStretch(1)
        self.clock = QLabel()
        self.clock.setObjectName("classClock")
        self.clock.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.clock)
        v.addLayout(top)
        self.prompt = QLabel()
        self.prompt.setObjectName("classPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.prompt)
        self.choice_grid = QGridLayout()
        v.addLayout(self.choice_grid)
        self.answer = QLabel()
        self.answer.setObjectName("classAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.answer)
        self.why = QLabel()  # the explanation, a size smaller than the answer
        self.why.setObjectName("classExplanation")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.why)
        v.addStretch(1)
        self.hint = QLabel(
            self.tr("Space: reveal \u00b7 Right: next \u00b7 Left: back \u00b7 P: pause")
        )
        v.addWidget(self.hint)
        self.choice_frames: list[QFrame] = []
        self.choice_labels: list[QLabel] = []
        self.tally_labels: list[QLabel] = []

    def _scaled_fonts(self) -> tuple[QFont, QFont, QFont]:
        # projector size: follow the window, readable from the back row
        unit = max(12.0, min(self.height() / 26.0, self.width() / 40.0))
        base = QFont(self.font())
        prompt = QFont(base)
        prompt.setPixelSize(round(unit * 1.6))
        prompt.setBold(True)
        choice = QFont(base)
        choice.setPixelSize(round(unit * 1.25))
        small = QFont(base)
        small.setPixelSize(round(unit * 0.8))
        return prompt, choice, small

    def _show(self) -> None:
        q = self.questions[self.index]
        self.revealed = False
        prompt_font, choice_font, small_font = self._scaled_fonts()
        self.counter.setFont(small_font)
        self.clock.setFont(prompt_font)
        self.hint.setFont(small_font)
        self.counter.setText(
            self.tr("Question {n} of {total} \u00b7 set {seed}").format(
                n=self.index + 1, total=len(self.questions), seed=self.seed.value()
            )
        )
        self.prompt.setFont(prompt_font)
        self.prompt.setText(q.prompt)
        self.answer.setFont(choice_font)
        self.answer.clear()
        self.why.setFont(small_font)
        self.why.clear()
        while self.choice_grid.count():
            taken = self.choice_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not when the deferred delete comes round
                widget.setParent(None)
                widget.deleteLater()
        self.choice_frames, self.choice_labels, self.tally_labels = [], [], []
        # an ordering reads top to bottom; years of a strip five to a row; else two columns
        columns = 1 if q.type == "order" else (2 if len(q.choices) <= 4 else 5)
        counted = q.type != "order"  # hands are counted for every choice but an ordering
        for n, choice in enumerate(q.choices):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            frame.setAutoFillBackground(True)
            box = QVBoxLayout(frame)
            label_text = (
                f"{choice_label(n)}   {choice}" if q.type not in ("order", "place") else choice
            )
            label = QLabel(label_text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(choice_font if q.type != "place" else small_font)
            box.addWidget(label)
            if counted:
                row = QHBoxLayout()
                name = choice if q.type == "place" else choice_label(n)
                minus = QPushButton("\u2013")
                minus.setAccessibleName(self.tr("One fewer for {choice}").format(choice=name))
                plus = QPushButton("+")
                plus.setAccessibleName(self.tr("One more for {choice}").format(choice=name))
                tally = QLabel(str(self.tallies[self.index][n]))
                tally.setFont(small_font)
                for button in (minus, plus):
                    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    button.setFont(small_font)
                minus.clicked.connect(lambda _c=False, n=n: self._count(n, -1))
                plus.clicked.connect(lambda _c=False, n=n: self._count(n, 1))
                row.addWidget(minus)
                row.addWidget(tally)
                row.addWidget(plus)
                row.addStretch(1)
                box.addLayout(row)
                self.tally_labels.append(tally)
            self.choice_grid.addWidget(frame, n // columns, n % columns)
            self.choice_frames.append(frame)
            self.choice_labels.append(label)
        self.seconds_left = self.seconds.value()
        self.paused = False
        self._update_clock()
        if self.seconds_left:
            self.timer.start()
        else:
            self.timer.stop()

    def _count(self, n: int, step: int) -> None:
        counts = self.tallies[self.index]
        counts[n] = max(0, counts[n] + step)
        self.tally_labels[n].setText(str(counts[n]))

    def _mark(self, n: int, text: str) -> None:
        frame = self.choice_frames[n]
        palette = frame.palette()
        palette.setColor(frame.backgroundRole(), QColor(self.reveal_fill))
        palette.setColor(frame.foregroundRole(), QColor(self.reveal_text))
        frame.setPalette(palette)
        self.choice_labels[n].setText(text)

    def reveal(self) -> None:
        if not self.questions or self.revealed:
            return
        q = self.questions[self.index]
        self.revealed = True
        self.timer.stop()
        if q.type == "order":
            # each tile gets the number of its place, as on the worksheet's answer key
            order = q.right_order
            for n, (item_id, choice) in enumerate(zip(q.choice_ids, q.choices, strict=True)):
                self._mark(n, f"{order.index(str(item_id)) + 1}   {choice}")
            answer = self.tr("the number on each tile is its place, earliest first")
        elif q.type == "place":
            self._mark(q.right_choice, "\u2714 " + q.choices[q.right_choice])
            answer = right_text(q)
        else:
            answer = f"{choice_label(q.right_choice)}: {right_text(q)}"
            right = q.right_choice
            self._mark(right, "\u2714 " + self.choice_labels[right].text())
        self.answer.setText(self.tr("Answer \u2014 {answer}").format(answer=answer))
        self.why.setText(q.explanation)

    def step(self, delta: int) -> None:
        if not self.questions:
            return
        target = self.index + delta
        if 0 <= target < len(self.questions):
            self.index = target
            self._show()
        elif target == len(self.questions):
            self.show_results()

    @Slot()
    def _tick(self) -> None:
        if self.paused or self.revealed:
            return
        self.seconds_left = max(0, self.seconds_left - 1)
        self._update_clock()
        if self.seconds_left == 0:
            self.timer.stop()

    def toggle_pause(self) -> None:
        if self.seconds.value() and not self.revealed:
            self.paused = not self.paused
            self._update_clock()

    def _update_clock(self) -> None:
        if not self.seconds.value():
            self.clock.clear()
        elif self.seconds_left == 0:
            self.clock.setText(self.tr("Time!"))
        else:
            self.clock.setText(
                (self.tr("{seconds} s (paused)") if self.paused else self.tr("{seconds} s")).format(
                    seconds=self.seconds_left
                )
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.stack.currentWidget() is self.results:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
                self.stack.setCurrentWidget(self.board_scroll)  # back to the last question
                self._show()
            elif key == Qt.Key.Key_Escape:
                self._to_setup()
            else:
                super().keyPressEvent(event)
            return
        if self.stack.currentWidget() is not self.board_scroll:
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Space:
            if self.revealed:
                self.step(1)
            else:
                self.reveal()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.step(-1)
        elif key == Qt.Key.Key_P:
            self.toggle_pause()
        elif key == Qt.Key.Key_Escape:
            self._to_setup()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stack.currentWidget() is self.board_scroll and self.questions:
            prompt_font, choice_font, _small = self._scaled_fonts()
            self.prompt.setFont(prompt_font)
            for label in self.choice_labels:
                label.setFont(choice_font)

    # ---- results ----------------------------------------------------------------------------
    def step_back_from_results(self) -> None:
        if self.questions:
            self.stack.setCurrentWidget(self.board_scroll)
            self._show()
            self.setFocus()

    @Slot()
    def show_results(self) -> None:
        if not self.questions:
            return
        self.timer.stop()
        self.results.show_quiz(self.questions, self.tallies, self.seed.value(), self.goal.value())
        self.stack.setCurrentWidget(self.results)
        self.setFocus()
