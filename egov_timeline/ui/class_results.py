"""The class quiz's results: per question, the right answer, the hands counted per choice
and the share right. Nothing in it names a student."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from egov_timeline.domain.quiz import Question
from egov_timeline.domain.session import right_text
from egov_timeline.domain.worksheet import choice_label
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.places import Places
from egov_timeline.ui.plain import plain
from egov_timeline.ui.quiz_widgets import ResultsTable


class ClassResults(QWidget):
    back = Signal()  # to the last question
    new_quiz = Signal()  # to the set-up

    def __init__(
        self, parent: QWidget | None = None, language: str = "en", places: Places | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.places = places  # where the results are saved
        self._shown: tuple[list[Question], list[list[int]], int] | None = None
        # replaced by tests: a modal dialog would block them
        self.ask_path: Callable[[str], str] = self._ask_path
        v = QVBoxLayout(self)
        self.title = plain(QLabel())
        self.title.setObjectName("classResultsTitle")
        scaled_font(self.title, 1.6, bold=True)
        v.addWidget(self.title)
        # the whole room's goal, if the teacher set one: most hands right on N questions
        self.goal = plain(QLabel())
        self.goal.setObjectName("classGoal")
        scaled_font(self.goal, 1.3, bold=True)
        self.goal.hide()
        v.addWidget(self.goal)
        self.table = ResultsTable(
            [self.tr("Question"), self.tr("Right answer"), self.tr("Hands"), self.tr("Right")]
        )
        self.table.setObjectName("classResults")
        self.table.setAccessibleName(
            self.tr("Class results: each question, the right answer and the hands counted")
        )
        self.table.verticalHeader().hide()  # each question carries its number
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back to the last question"))
        back.clicked.connect(self.back.emit)
        done = QPushButton(self.tr("New class quiz"))
        done.clicked.connect(self.new_quiz.emit)
        save = QPushButton(self.tr("Save as CSV\u2026"))
        save.setObjectName("saveClassResults")
        save.setToolTip(
            self.tr("A spreadsheet of the results: each question, the right answer, the hands")
        )
        save.clicked.connect(self.save_csv)
        row.addWidget(back)
        row.addWidget(done)
        row.addWidget(save)
        row.addStretch(1)
        v.addLayout(row)
        self.saved = plain(QLabel())  # where the results went, or why they did not
        self.saved.setObjectName("classResultsSaved")
        v.addWidget(self.saved)
        hint = QLabel(
            self.tr("Left: back to the last question \u00b7 Esc: set-up (the results stay)")
        )
        v.addWidget(hint)

    def show_quiz(
        self, questions: list[Question], tallies: list[list[int]], seed: int, goal: int = 0
    ) -> None:
        self._shown = (questions, tallies, seed)
        self.saved.clear()
        self.goal.setVisible(goal > 0)
        if goal > 0:
            from egov_timeline.domain.quiz_export import room_got_right

            right = room_got_right(questions, tallies)
            self.goal.setText(
                (
                    self.tr("Class goal reached: {right} questions right, the goal was {goal}!")
                    if right >= goal
                    else self.tr("Class goal: {right} of {goal} questions right so far")
                ).format(right=right, goal=goal)
            )
        self.title.setText(
            self.tr("Class quiz results \u00b7 set {seed} \u00b7 {count} questions").format(
                seed=seed, count=len(questions)
            )
        )
        self.table.set_rows(self.rows(questions, tallies))

    def save_csv(self) -> None:
        """The results as a spreadsheet (CSV): accuracy per question, no names."""
        if self._shown is None:
            return
        questions, tallies, seed = self._shown
        path = self.ask_path(f"class-results-set-{seed}.csv")
        if not path:
            return
        from egov_timeline.domain.files import OutputError, replaced_when_done
        from egov_timeline.domain.quiz_export import class_results_csv

        out = Path(path) if path.lower().endswith(".csv") else Path(path + ".csv")
        try:
            with replaced_when_done(out) as tmp:
                text = class_results_csv(questions, tallies, self.language)
                tmp.write_text(text, encoding="utf-8-sig")
        except OutputError as problem:
            self.saved.setText(str(problem))
            return
        self.saved.setText(self.tr("Saved {path}").format(path=out))

    def _ask_path(self, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the class results"),
            self.places.suggest(name) if self.places is not None else name,
            self.tr("Spreadsheet, CSV (*.csv)"),
        )
        if path and self.places is not None:
            self.places.saved(path)
        return path

    def rows(
        self, questions: list[Question], tallies: list[list[int]]
    ) -> list[tuple[str, str, str, str]]:
        """Per question: the prompt, the right answer, the hands per choice, the share right."""
        rows = []
        for n, q in enumerate(questions):
            counts = tallies[n] if n < len(tallies) else []
            total = sum(counts)
            if q.type == "order":
                hands, share = "\u2013", "\u2013"
                answer = right_text(q)
            else:
                names = (
                    q.choices
                    if q.type == "place"
                    else [choice_label(i) for i in range(len(counts))]
                )
                hands = "  ".join(
                    f"{name}: {c}" for name, c in zip(names, counts, strict=True) if c
                )
                right = counts[q.right_choice] if total else 0
                share = (
                    self.tr("{right} of {total} ({percent}%)").format(
                        right=right, total=total, percent=round(100 * right / total)
                    )
                    if total
                    else "\u2013"
                )
                hands = hands or self.tr("no hands counted")
                answer = (
                    right_text(q)
                    if q.type == "place"
                    else f"{choice_label(q.right_choice)}: {right_text(q)}"
                )
            rows.append((f"{n + 1}. {q.prompt}", answer, hands, share))
        return rows
