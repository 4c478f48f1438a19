"""The quiz's start screen: study with spaced repetition (the cards due, new cards per
session) or a practice quiz (scope, count, kinds of question). It makes the session and says
`begin(session)`; the quiz page runs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.model import Administration, Stage
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import QUESTION_TYPES, QuizGenerator, type_name
from egov_timeline.domain.session import NEW_CARDS_PER_STUDY, QuizSession, scope_ids
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.plain import plain

if TYPE_CHECKING:
    from egov_timeline.ui.quiz_controller import QuizController
    from egov_timeline.ui.settings import Preferences


class QuizStart(QWidget):
    begin = Signal(object)  # a QuizSession

    def __init__(
        self,
        pack: Pack,
        language: str,
        controller: QuizController,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language
        self.controller = controller
        self._preferences = preferences
        self._opening_notice: str | None = None
        self._build()

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self._fill_scopes()

    def _build(self) -> None:
        v = QVBoxLayout(self)
        title = QLabel(self.tr("Quiz"))
        scaled_font(title, 1.8, bold=True)
        v.addWidget(title)
        self.notice = plain(QLabel())  # names the scope: pack text
        self.notice.setObjectName("quizNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        v.addWidget(self.notice)

        study = QGroupBox(self.tr("Study with spaced repetition"))
        sv = QVBoxLayout(study)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueLabel")
        scaled_font(self.due_label, 1.2)
        sv.addWidget(self.due_label)
        self.plan_label = plain(QLabel())  # a test coming up: the plan, as the progress page says
        self.plan_label.setObjectName("quizPlan")
        self.plan_label.setWordWrap(True)
        self.plan_label.hide()
        sv.addWidget(self.plan_label)
        self.study_button = QPushButton(self.tr("Study now"))
        self.study_button.setObjectName("studyButton")
        self.study_button.setToolTip(
            self.tr("Review the cards that are due, then as many new ones as set beside it")
        )
        self.study_button.clicked.connect(self.start_study)
        study_row = QHBoxLayout()
        study_row.addWidget(self.study_button)
        new_label = QLabel(self.tr("New cards per session:"))
        study_row.addSpacing(16)
        study_row.addWidget(new_label)
        self.new_cards = QSpinBox()
        self.new_cards.setObjectName("newCards")
        self.new_cards.setRange(0, 50)
        self.new_cards.setAccessibleName(self.tr("New cards per study session"))
        self.new_cards.setToolTip(
            self.tr("Cards you have not studied yet, added after the cards that are due")
        )
        self.new_cards.setValue(self._saved_new_cards())
        self.new_cards.valueChanged.connect(self._save_new_cards)
        new_label.setBuddy(self.new_cards)
        study_row.addWidget(self.new_cards)
        study_row.addStretch(1)
        sv.addLayout(study_row)
        hint = QLabel(
            self.tr(
                "Each fact is a card. A right answer comes back later, a wrong one soon; "
                "after a right answer you may say it was Hard (H) or Easy (E)."
            )
        )
        hint.setWordWrap(True)
        sv.addWidget(hint)
        v.addWidget(study)

        practice = QGroupBox(self.tr("Practice quiz"))
        grid = QGridLayout(practice)
        grid.addWidget(QLabel(self.tr("Ask about:")), 0, 0)
        self.scope = QComboBox()
        self.scope.setMinimumContentsLength(30)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setObjectName("quizScope")
        self.scope.setAccessibleName(self.tr("Quiz scope"))
        grid.addWidget(self.scope, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Questions:")), 1, 0)
        self.count = QSpinBox()
        self.count.setObjectName("quizCount")
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.count.setRange(1, 50)
        self.count.setValue(10)
        grid.addWidget(self.count, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Kinds of question:")), 2, 0, Qt.AlignmentFlag.AlignTop)
        types = QWidget()
        tg = QGridLayout(types)
        tg.setContentsMargins(0, 0, 0, 0)
        self.type_boxes: dict[str, QCheckBox] = {}
        for n, kind in enumerate(QUESTION_TYPES):
            box = QCheckBox(type_name(kind, self.language))
            box.setChecked(True)
            self.type_boxes[kind] = box
            tg.addWidget(box, n // 2, n % 2)
        grid.addWidget(types, 2, 1, Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton(self.tr("Start quiz"))
        self.start_button.setObjectName("startQuiz")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_practice)
        grid.addWidget(self.start_button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        self.start_message = plain(QLabel())
        self.start_message.setWordWrap(True)
        grid.addWidget(self.start_message, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        v.addWidget(practice)
        self.confidence_box = QCheckBox(
            self.tr("Say how sure I am before each answer shows: Q sure, W think so, E guess")
        )
        self.confidence_box.setObjectName("askConfidence")
        self.confidence_box.setToolTip(
            self.tr(
                "Errors made when sure are shown plainly and asked first next time; the "
                "progress page shows how often you are right when sure, when you think so "
                "and when you guess"
            )
        )
        saved = self._preferences["ask_confidence"] if self._preferences is not None else None
        self.confidence_box.setChecked(True if saved is None else bool(saved))
        self.confidence_box.toggled.connect(self._save_confidence)
        v.addWidget(self.confidence_box)
        v.addStretch(1)
        self._fill_scopes()

    def _fill_scopes(self) -> None:
        self.scope.clear()
        self.scope.addItem(self.tr("everything"), ("everything", None))
        stages = [s for s in self.pack.of_kind("stage") if isinstance(s, Stage)]
        for stage in sorted(stages, key=lambda s: s.order):
            self.scope.addItem(
                self.tr("stage {order}: {name}").format(
                    order=stage.order, name=item_name(stage, self.language)
                ),
                ("stage", stage.id),
            )
        for admin in self.pack.of_kind("administration"):
            if isinstance(admin, Administration) and not admin.acting:
                self.scope.addItem(
                    self.tr("under {name}").format(name=item_name(admin, self.language)),
                    ("administration", admin.id),
                )
        for kind in ("project", "law", "agency"):
            self.scope.addItem(
                self.tr("only {kind}s").format(kind=tr(KIND_NAMES[kind], self.language).lower()),
                ("kind", kind),
            )
        self.scope.addItem(self.tr("the items I missed"), ("missed", None))
        self.scope.addItem(
            self.tr("tell apart the items easy to mix up (NCA and NIA, MOPAS and MOSPA \u2026)"),
            ("confusable", None),
        )

    def refresh(self, notice: str | None = None) -> None:
        """The cards due and studied; `notice` (what opening the store said, or why a quiz
        could not start) above them."""
        if notice:
            if notice == self.controller.store_message:
                self._opening_notice = notice
            self.notice.setText(notice)
            self.notice.show()
        due = self.controller.due_count()
        studied = self.controller.studied_count()
        cards = (
            self.tr("{due} card due now") if due == 1 else self.tr("{due} cards due now")
        ).format(due=due)
        if studied:
            cards += " \u00b7 " + self.tr("{studied} studied so far").format(studied=studied)
        self.due_label.setText(cards)
        plan = self.controller.exam_plan(self.new_cards.value())
        if plan is not None:
            from egov_timeline.domain.exam_plan import summary

            self.plan_label.setText(summary(plan, self.language))
        self.plan_label.setVisible(plan is not None)
        # with a test coming up, the plan sets the new cards of a day
        self.new_cards.setEnabled(plan is None)
        self.study_button.setText(
            self.tr("Study now ({due} due)").format(due=due) if due else self.tr("Study new cards")
        )

    def forget_opening_notice(self) -> None:
        """What opening the store said no longer holds once it opens: stop saying it."""
        opening = self._opening_notice
        if opening and not self.controller.store_message and self.notice.text() == opening:
            self.notice.hide()

    def selected_types(self) -> list[str]:
        return [k for k, box in self.type_boxes.items() if box.isChecked()]

    @Slot()
    def start_practice(self) -> None:
        scope, value = self.scope.currentData()
        missed = self.controller.missed_items() if scope == "missed" else set()
        ids = scope_ids(self.pack, scope, value, missed)
        types = self.selected_types()
        if not types:
            self.start_message.setText(self.tr("Tick at least one kind of question."))
            return
        generator = QuizGenerator(self.pack, language=self.language)
        # the look-alikes side by side, each among the other's choices, with the pairs this
        # student mixed up before
        confused = self.controller.confused_pairs() if scope == "confusable" else set()
        if scope == "confusable":
            questions = generator.drill(self.count.value(), types, confused)
        else:
            questions = generator.generate(self.count.value(), types, ids)
        if not questions:
            self.start_message.setText(
                self.tr(
                    "There is nothing to ask about in that choice yet"
                    " \u2014 you have not missed anything."
                )
                if scope == "missed"
                else self.tr("There is nothing to ask about in that choice yet.")
            )
            return
        self.start_message.clear()
        follow_up = (
            (lambda item_id: generator.about(item_id, confused)) if scope == "confusable" else None
        )
        self.begin.emit(QuizSession(questions, title=self.tr("Practice quiz"), follow_up=follow_up))

    @Slot()
    def start_study(self) -> None:
        questions = self.controller.study_queue(self.new_cards.value())
        if not questions:
            self.start_message.setText(self.tr("Nothing is due and there are no new cards."))
            return
        self.start_message.clear()
        self.begin.emit(QuizSession(questions, study=True, title=self.tr("Study")))

    @property
    def asks_confidence(self) -> bool:
        return self.confidence_box.isChecked()

    @Slot(bool)
    def _save_confidence(self, on: bool) -> None:
        if self._preferences is not None:
            self._preferences["ask_confidence"] = on

    def _saved_new_cards(self) -> int:
        saved = self._preferences["new_cards"] if self._preferences is not None else None
        return NEW_CARDS_PER_STUDY if saved is None else saved

    @Slot(int)
    def _save_new_cards(self, value: int) -> None:
        if self._preferences is not None:
            self._preferences["new_cards"] = value
        self.refresh()
