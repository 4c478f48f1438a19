"""The quiz: a start screen (scope, count, types, cards due), questions answered by mouse or
keyboard (1-4, Enter, Space), feedback with "Show on timeline", and a summary."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.model import Administration, Stage
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.progress import EASY, HARD, saved_again_message
from egov_timeline.domain.quiz import QUESTION_TYPES, QuizGenerator, type_name
from egov_timeline.domain.session import (
    NEW_CARDS_PER_STUDY,
    QuizSession,
    given_text,
    right_text,
    scope_ids,
)
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.fonts import scaled_font
from egov_timeline.ui.plain import plain, tooltip
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:
    from egov_timeline.ui.quiz_controller import QuizController
    from egov_timeline.ui.settings import Preferences

RIGHT_COLOUR = "#0B6E4F"
WRONG_COLOUR = "#B3261E"
MUTED_COLOUR = "#4A4A4A"
CHOICE_STYLE = "text-align: left; padding: 8px 12px"


class PlaceStrip(QWidget):
    """Years in a row: click one, or move with Left/Right and confirm with Enter."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeStrip")
        self.setAccessibleName(self.tr("Timeline strip: choose a year"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.years: list[str] = []
        self.cursor = 0
        self.right: int | None = None
        self.picked: int | None = None

    def set_years(self, years: list[str]) -> None:
        self.years = years
        self.cursor = len(years) // 2
        self.right = self.picked = None
        self.update()

    def reveal(self, right: int, picked: int | None) -> None:
        self.right, self.picked = right, picked
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 72)

    def _cell(self) -> float:
        return max(1.0, (self.width() - 20) / max(1, len(self.years)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        w = self._cell()
        h = self.height()
        p.setPen(QColor("#6b6b6b"))
        p.drawLine(10, h // 2, int(10 + w * len(self.years)), h // 2)
        for n, year in enumerate(self.years):
            x = 10 + n * w
            rect = QRectF(x + 1, 8, w - 2, h - 16)
            fill = QColor("#FFFFFF")
            if self.right is not None and n == self.right:
                fill = QColor("#CDEBDD")
            elif self.picked is not None and n == self.picked:
                fill = QColor("#F6D2CF")
            elif n == self.cursor and self.right is None:
                fill = QColor("#FFE7A8")
            p.setBrush(fill)
            p.setPen(
                QColor("#1F4E79") if n == self.cursor and self.hasFocus() else QColor("#9aa0a8")
            )
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(QColor("#1B1B1B"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, year if w > 34 or n % 2 == 0 else "")
        p.end()

    def mousePressEvent(self, event) -> None:
        n = int((event.position().x() - 10) // self._cell())
        if 0 <= n < len(self.years) and self.right is None:
            self.cursor = n
            self.update()
            self.chosen.emit(n)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.right is None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            self.cursor = max(0, min(len(self.years) - 1, self.cursor + step))
            self.update()
            return
        event.ignore()  # Enter and the rest go to the page


class OrderList(QListWidget):
    """The items to order: drag them, or move the current one with Alt+Up and Alt+Down.
    Enter is left to the page (it checks the order). Once checked it is locked: it shows
    the result, readable, and nothing moves."""

    locked = False

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if locked
            else QAbstractItemView.DragDropMode.InternalMove
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.locked and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            row = self.currentRow()
            target = row + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= row < self.count() and 0 <= target < self.count():
                item = self.takeItem(row)
                self.insertItem(target, item)
                self.setCurrentRow(target)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.ignore()  # the page checks the order
            return
        super().keyPressEvent(event)


class QuizPage(QWidget):
    """Shows questions and says what the student did: `answered(question, right, score,
    duration in ms, reschedules)`, `rated(card id, rating)` and `show_on_timeline(item id)`.
    The quiz controller records answers; the page reads figures from it."""

    show_on_timeline = Signal(str)
    answered = Signal(object, bool, float, int, bool)
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
        self._preferences = preferences
        self._opening_notice: str | None = None
        self.session: QuizSession | None = None
        self._started_at = 0.0
        self.right_colour = RIGHT_COLOUR
        self.wrong_colour = WRONG_COLOUR
        self.muted_colour = MUTED_COLOUR
        self._choice_buttons: list[QPushButton] = []
        self.stack = QStackedWidget(self)
        self.stack.setMaximumWidth(1100)  # a readable line length on wide screens
        # Said on every screen of the quiz while an answer is not in the file: never a dialog
        self.save_notice = plain(QLabel())  # may name a folder: plain text
        self.save_notice.setObjectName("saveNotice")
        self.save_notice.setWordWrap(True)
        self.save_notice.setMaximumWidth(1100)
        self.save_notice.hide()
        self._unsaved_shown = False
        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.timeout.connect(self.save_notice.hide)
        column = QVBoxLayout()
        column.addWidget(self.save_notice)
        column.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(column, 1)
        self._build_start()
        self._build_question()
        self._build_summary()
        for screen in (self.start_screen, self.question_screen, self.summary_screen):
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(self.start_screen)
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
        if (
            text
            and text in "123456789"
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._pick(int(text) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.confirm_or_continue()
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
        if not self.save_notice.isHidden():
            self._style_save_notice(self._unsaved_shown)

    def show_save_state(self) -> None:
        """Say whether every answer is in the progress file: while one is not, why and what
        happens to it; once they all are again, say that for a while."""
        message = self.controller.state_message()
        opening = self._opening_notice
        if opening and not self.controller.store_message and self.notice.text() == opening:
            self.notice.hide()  # what opening the store said no longer holds
        if message:
            self._saved_timer.stop()
            self.save_notice.setText(message)
            self._style_save_notice(True)
            self.save_notice.show()
            self._unsaved_shown = True
        elif self._unsaved_shown:
            self._unsaved_shown = False
            self.save_notice.setText(saved_again_message(self.language))
            self._style_save_notice(False)
            self.save_notice.show()
            self._saved_timer.start(10_000)
        elif not self._saved_timer.isActive():
            self.save_notice.hide()

    def _style_save_notice(self, warning: bool) -> None:
        colour = self.wrong_colour if warning else self.right_colour
        self.save_notice.setStyleSheet(
            f"QLabel#saveNotice {{ border: 2px solid {colour}; border-radius: 4px; "
            "padding: 6px 10px; }"
        )

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.session = None
        self._fill_scopes()
        self.show_start()

    # ---- start screen ------------------------------------------------------------------
    def _build_start(self) -> None:
        self.start_screen = QWidget()
        v = QVBoxLayout(self.start_screen)
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

    def show_start(self, notice: str | None = None) -> None:
        self.show_save_state()
        said = not self.save_notice.isHidden() and notice == self.save_notice.text()
        if notice and not said:  # said once, not twice
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
        self.study_button.setText(
            self.tr("Study now ({due} due)").format(due=due) if due else self.tr("Study new cards")
        )
        self.stack.setCurrentWidget(self.start_screen)
        self.start_button.setFocus()

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
        questions = QuizGenerator(self.pack, language=self.language).generate(
            self.count.value(), types, ids
        )
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
        self.begin(QuizSession(questions, title=self.tr("Practice quiz")))

    @Slot()
    def start_study(self) -> None:
        questions = self.controller.study_queue(self.new_cards.value())
        if not questions:
            self.start_message.setText(self.tr("Nothing is due and there are no new cards."))
            return
        self.start_message.clear()
        self.begin(QuizSession(questions, study=True, title=self.tr("Study")))

    def _saved_new_cards(self) -> int:
        saved = self._preferences["new_cards"] if self._preferences is not None else None
        return NEW_CARDS_PER_STUDY if saved is None else saved

    @Slot(int)
    def _save_new_cards(self, value: int) -> None:
        if self._preferences is not None:
            self._preferences["new_cards"] = value
        self.show_start()

    # ---- questions ---------------------------------------------------------------------
    def _build_question(self) -> None:
        self.question_screen = QWidget()
        self.question_screen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question_screen.setAccessibleName(self.tr("Question"))
        v = QVBoxLayout(self.question_screen)
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
            return self.strip.cursor
        return None

    @Slot(int)
    def _on_strip_chosen(self, index: int) -> None:
        self._answer(index)

    def _pick(self, n: int) -> None:
        q = self.session.current if self.session else None
        if q is None or self.session.answered_current or q.type in ("order", "place"):
            return
        if 0 <= n < len(q.choices):
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
        elif session.current.type in ("order", "place"):
            self._answer(self._given_now())

    def _answer(self, given: int | list[str] | None) -> None:
        session = self.session
        if session is None or session.current is None or session.answered_current:
            return
        q = session.current
        result = session.answer(given)
        duration = int((time.monotonic() - self._started_at) * 1000)
        # recorded by the controller, and saved only once committed; if not, said here
        self.answered.emit(q, result.right, result.score, duration, session.schedules(q))
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
            self.strip.reveal(q.answer, given if isinstance(given, int) else None)  # type: ignore[arg-type]
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
    def _build_summary(self) -> None:
        self.summary_screen = QWidget()
        v = QVBoxLayout(self.summary_screen)
        self.summary_title = plain(QLabel())
        self.summary_title.setObjectName("summaryTitle")
        scaled_font(self.summary_title, 1.6, bold=True)
        v.addWidget(self.summary_title)
        self.summary_table = QTableWidget(0, 4)
        self.summary_table.setObjectName("summaryTable")
        self.summary_table.setAccessibleName(
            self.tr("Summary: each question, your answer and the right answer")
        )
        self.summary_table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Your answer"), self.tr("Right answer"), ""]
        )
        header = self.summary_table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # answers are shown whole: rows grow to fit the wrapped text, nothing is elided
        self.summary_table.setWordWrap(True)
        self.summary_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.summary_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addWidget(self.summary_table, 1)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry mistakes"))
        self.retry_button.setObjectName("retryMistakes")
        self.retry_button.clicked.connect(self.retry_mistakes)
        row.addWidget(self.retry_button)
        again = QPushButton(self.tr("Back to the start"))
        again.clicked.connect(lambda: self.show_start())
        row.addWidget(again)
        row.addStretch(1)
        v.addLayout(row)

    def _show_summary(self) -> None:
        session = self.session
        if session is None:
            return
        total = len(session.answers)
        right = sum(1 for a in session.answers if a.right)
        self.summary_title.setText(
            self.tr("{title}: {right} of {total} right ({points} points)").format(
                title=session.title,
                right=right,
                total=total,
                points=f"{round(session.total_score, 1):g}",
            )
        )
        table = self.summary_table
        table.setRowCount(total)
        for r, answer in enumerate(session.answers):
            cells = [
                answer.question.prompt,
                given_text(answer.question, answer.given, self.pack),
                right_text(answer.question, self.pack),
                "\u2714" if answer.right else "\u2718",
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tooltip(text))
                if c == 3:
                    cell.setForeground(
                        QColor(self.right_colour if answer.right else self.wrong_colour)
                    )
                table.setItem(r, c, cell)
        table.resizeColumnToContents(3)
        table.resizeRowsToContents()
        self.retry_button.setEnabled(bool(session.mistakes()))
        self.stack.setCurrentWidget(self.summary_screen)
        (self.retry_button if session.mistakes() else table).setFocus()

    @Slot()
    def retry_mistakes(self) -> None:
        if self.session and self.session.mistakes():
            self.begin(
                # a retry is practice: it reschedules no card, as in Anki's custom study
                QuizSession(self.session.mistakes(), title=self.tr("Retry of mistakes"))
            )
