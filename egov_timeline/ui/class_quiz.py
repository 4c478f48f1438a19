"""The class quiz on the projector: big question and choices (A-D, as on the worksheet of the
same seed), an optional countdown, Space to reveal, and tallies the teacher may click in. It
never writes to anyone's personal progress."""

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
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import Question
from egov_timeline.domain.session import right_text
from egov_timeline.domain.worksheet import choice_label, worksheet_questions
from egov_timeline.ui.fonts import scaled_font


class ClassQuizPage(QWidget):
    show_on_timeline = Signal(str)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classQuizPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pack = pack
        self.language = "en"  # of the questions; the window sets it
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
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.board)

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
        v.addLayout(form)
        self.start_button = QPushButton(self.tr("Start the class quiz"))
        self.start_button.setObjectName("startClassQuiz")
        self.start_button.clicked.connect(self.start)
        v.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        keys = QLabel(
            self.tr(
                "On the projector: Space reveals the answer, then goes on; Right or "
                "PageDown next, Left or PageUp back; P pauses the countdown; click the "
                "+ and \u2013 under a choice to count hands."
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
        self.stack.setCurrentWidget(self.board)
        self._show()
        self.setFocus()

    def set_theme(self, theme) -> None:
        light = theme.name == "light"
        self.reveal_fill = "#CDEBDD" if light else theme.spec["selection_fill"]
        self.reveal_text = "#0B3D2C" if light else theme.spec["text"]

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.timer.stop()
        self.stack.setCurrentWidget(self.setup)

    # ---- the board ------------------------------------------------------------------------
    def _build_board(self) -> None:
        self.board = QWidget()
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
        while self.choice_grid.count():
            widget = self.choice_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.choice_frames, self.choice_labels, self.tally_labels = [], [], []
        columns = 2 if len(q.choices) <= 4 else 4
        shown = q.choices if q.type != "order" else q.choices
        for n, choice in enumerate(shown):
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
            label.setFont(choice_font)
            box.addWidget(label)
            if q.type not in ("order", "place"):
                row = QHBoxLayout()
                minus = QPushButton("\u2013")
                minus.setAccessibleName(
                    self.tr("One fewer for {choice}").format(choice=choice_label(n))
                )
                plus = QPushButton("+")
                plus.setAccessibleName(
                    self.tr("One more for {choice}").format(choice=choice_label(n))
                )
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

    def reveal(self) -> None:
        if not self.questions or self.revealed:
            return
        q = self.questions[self.index]
        self.revealed = True
        self.timer.stop()
        if q.type in ("order", "place"):
            answer = right_text(q, self.pack)
        else:
            answer = f"{choice_label(q.answer)}: {right_text(q, self.pack)}"  # type: ignore[arg-type]
            frame = self.choice_frames[q.answer]  # type: ignore[index]
            palette = frame.palette()
            palette.setColor(frame.backgroundRole(), QColor(self.reveal_fill))
            palette.setColor(frame.foregroundRole(), QColor(self.reveal_text))
            frame.setPalette(palette)
            self.choice_labels[q.answer].setText("\u2714 " + self.choice_labels[q.answer].text())  # type: ignore[index]
        self.answer.setText(
            self.tr("Answer \u2014 {answer}").format(answer=answer) + "\n" + q.explanation
        )

    def step(self, delta: int) -> None:
        if not self.questions:
            return
        target = self.index + delta
        if 0 <= target < len(self.questions):
            self.index = target
            self._show()

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
        if self.stack.currentWidget() is not self.board:
            super().keyPressEvent(event)
            return
        key = event.key()
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
            self.timer.stop()
            self.stack.setCurrentWidget(self.setup)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stack.currentWidget() is self.board and self.questions:
            prompt_font, choice_font, _small = self._scaled_fonts()
            self.prompt.setFont(prompt_font)
            for label in self.choice_labels:
                label.setFont(choice_font)
