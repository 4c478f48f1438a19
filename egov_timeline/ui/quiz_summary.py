"""The summary a quiz ends on: the score, each question with the student's answer and the
right one, and "Retry mistakes"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from egov_timeline.domain.pack import Pack
from egov_timeline.domain.session import QuizSession, given_text, right_text
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.plain import plain
from egov_timeline.ui.quiz_widgets import ResultsTable


class QuizSummary(QWidget):
    retry = Signal()  # the mistakes again
    back = Signal()  # to the start screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        v = QVBoxLayout(self)
        self.title = plain(QLabel())
        self.title.setObjectName("summaryTitle")
        scaled_font(self.title, 1.6, bold=True)
        v.addWidget(self.title)
        self.table = ResultsTable(
            [self.tr("Question"), self.tr("Your answer"), self.tr("Right answer"), ""]
        )
        self.table.setObjectName("summaryTable")
        self.table.setAccessibleName(
            self.tr("Summary: each question, your answer and the right answer")
        )
        v.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry mistakes"))
        self.retry_button.setObjectName("retryMistakes")
        self.retry_button.clicked.connect(self.retry.emit)
        row.addWidget(self.retry_button)
        again = QPushButton(self.tr("Back to the start"))
        again.clicked.connect(self.back.emit)
        row.addWidget(again)
        row.addStretch(1)
        v.addLayout(row)

    def show_session(self, session: QuizSession, pack: Pack, right: str, wrong: str) -> None:
        """The session's answers; `right` and `wrong` colour the marks."""
        total = len(session.answers)
        got = sum(1 for a in session.answers if a.right)
        self.title.setText(
            self.tr("{title}: {right} of {total} right ({points} points)").format(
                title=session.title,
                right=got,
                total=total,
                points=f"{round(session.total_score, 1):g}",
            )
        )
        rows = [
            (
                answer.question.prompt,
                given_text(answer.question, answer.given, pack),
                right_text(answer.question, pack),
                "\u2714" if answer.right else "\u2718",
            )
            for answer in session.answers
        ]
        self.table.set_rows(rows, [right if a.right else wrong for a in session.answers])
        self.retry_button.setEnabled(bool(session.mistakes()))
        (self.retry_button if session.mistakes() else self.table).setFocus()
