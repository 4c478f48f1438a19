"""How sure the student is, said with Q W E before or after choosing: a confident error is
shown plainly and comes first in the next study session, a right guess is called a guess,
and the progress page shows how often each level was right. In English and Korean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from egov_timeline.domain.progress import GUESS, SURE, THINK
from egov_timeline.ui.app import install_translator
from tests.ui.test_quiz import answer_by_keyboard


@pytest.fixture
def quiz(qtbot, bundled_pack, request):
    from egov_timeline.ui.app import create_main_window

    language = getattr(request, "param", "en")
    win = create_main_window(bundled_pack, language)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.quiz_controller.store is not None, timeout=5000)
    win.modes.set_mode("quiz")
    yield win, win.modes.quiz_page
    install_translator("en")


def choice_question(page, qtbot):
    """Answer right (as a student sure of it) until a question with choices comes."""
    while page.session.current.type in ("order", "place"):
        answer_by_keyboard(page, qtbot, right=True, confidence="sure")
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    return page.session.current


def test_how_sure_is_said_before_or_after_choosing_by_keys_or_a_click(quiz, qtbot):
    _window, page = quiz
    page.start.count.setValue(12)
    page.start.start_practice()
    # before: Q, then the choice shows the answer at once
    q = choice_question(page, qtbot)
    assert page.confidence_row.isVisible()
    qtbot.keyClick(page.question_screen, Qt.Key.Key_Q)
    assert not page.session.answered_current
    qtbot.keyClick(page.question_screen, Qt.Key.Key_1)
    assert page.session.answers[-1].confidence == SURE
    assert page.feedback.isVisible()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    # after: the choice waits, marked, and the page asks
    q = choice_question(page, qtbot)
    qtbot.keyClick(page.question_screen, Qt.Key.Key_2)
    assert not page.session.answered_current and not page.feedback.isVisible()
    assert page.confidence_hint.isVisible()
    assert "Q (sure)" in page.confidence_hint.text()
    qtbot.keyClick(page.question_screen, Qt.Key.Key_W)
    assert page.session.answers[-1].confidence == THINK
    assert page.session.answers[-1].given == 1
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    # a click on "Guess" after a click on a choice
    q = choice_question(page, qtbot)
    page._choice_buttons[q.answer].click()
    page.confidence_buttons[GUESS].click()
    answer = page.session.answers[-1]
    assert answer.confidence == GUESS and answer.right
    assert page.confident_banner.text() == "Right, though you guessed."
    # what was said stays shown, alone, and no longer changes
    assert page.confidence_buttons[GUESS].isChecked()
    assert page.confidence_label.text() == "You said:"
    assert page.confidence_buttons[SURE].isHidden()
    qtbot.keyClick(page.question_screen, Qt.Key.Key_Q)
    assert answer.confidence == GUESS


@pytest.mark.parametrize(
    ("quiz", "banner", "first_line"),
    [
        ("en", "You were sure, but that is not right.", "it comes back first"),
        ("ko", "확실하다고 했지만 틀렸습니다.", "다음 학습에서 가장 먼저"),
    ],
    indirect=["quiz"],
)
def test_a_confident_error_is_shown_plainly_and_asked_first_next_session(
    quiz, qtbot, banner, first_line
):
    _window, page = quiz
    page.start.new_cards.setValue(6)
    page.start.start_study()
    q = choice_question(page, qtbot)
    card = q.card
    answer_by_keyboard(page, qtbot, right=False, confidence="sure")
    assert page.session.answers[-1].confident_error
    assert page.confident_banner.isVisible()
    assert page.confident_banner.text().startswith(banner)
    assert first_line in page.confident_banner.text()
    # the next study session begins with it, though it is not due yet
    page.show_start()
    page.start.start_study()
    assert page.session.current.card == card
    assert page.session.current.language == page.language


@pytest.mark.parametrize(
    ("quiz", "names", "empty"),
    [
        ("en", ["Sure", "Think so", "Guess"], "Say how sure you are"),
        ("ko", ["확실함", "아마도", "찍음"], "답할 때 얼마나 확실한지"),
    ],
    indirect=["quiz"],
)
def test_the_progress_page_shows_how_often_each_level_was_right(quiz, qtbot, names, empty):
    window, _page = quiz
    window.modes.set_mode("progress")
    chart = window.modes.progress_page.calibration
    assert not chart.answered and chart.accessibleDescription().startswith(empty)
    store = window.quiz_controller.store
    for n, (right, level) in enumerate(
        [(True, SURE), (True, SURE), (True, SURE), (False, SURE), (True, THINK), (False, GUESS)]
    ):
        store.record(f"year:i{n}", f"i{n}", "year", correct=right, score=1.0, confidence=level)
    window.modes.progress_page.refresh()
    assert chart.rows == [(names[0], 4, 3), (names[1], 1, 1), (names[2], 1, 0)]
    assert names[0] in chart.accessibleDescription()


def test_with_the_question_turned_off_a_choice_shows_the_answer_at_once(quiz, qtbot):
    window, page = quiz
    page.start.confidence_box.setChecked(False)
    assert window.preferences["ask_confidence"] is False
    page.start.start_practice()
    choice_question(page, qtbot)
    assert not page.confidence_row.isVisible()
    qtbot.keyClick(page.question_screen, Qt.Key.Key_1)
    assert page.session.answered_current
    assert page.session.answers[-1].confidence is None


def test_what_a_student_took_an_item_for_joins_the_tell_apart_drill(quiz, qtbot):
    from egov_timeline.domain.quiz.confusables import confusable_partners

    window, page = quiz
    for kind, box in page.start.type_boxes.items():
        box.setChecked(kind in ("agency", "law", "member", "acronym"))
    page.start.count.setValue(20)
    page.start.start_practice()
    known = confusable_partners(window.context.pack)
    # a wrong choice naming an item, both of them items the content calls alike to none
    while True:
        q = page.session.current
        wrong = next(
            (
                n
                for n, other in enumerate(q.choice_ids)
                if n != q.answer and other and other not in known and q.spec.item not in known
            ),
            None,
        )
        if wrong is not None:
            break
        answer_by_keyboard(page, qtbot, right=True)
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    pair = frozenset((q.spec.item, q.choice_ids[wrong]))
    qtbot.keyClick(page.question_screen, Qt.Key.Key_1 + wrong)
    qtbot.keyClick(page.question_screen, Qt.Key.Key_W)
    assert window.quiz_controller.confused_pairs() == {pair}
    # the drill now asks about the two as look-alikes (every kind of question allowed: a
    # project may have no question whose choices are items)
    page.show_start()
    for box in page.start.type_boxes.values():
        box.setChecked(True)
    scope = page.start.scope
    scope.setCurrentIndex(
        next(n for n in range(scope.count()) if scope.itemData(n) == ("confusable", None))
    )
    page.start.count.setValue(50)
    page.start.start_practice()
    asked = {question.spec.item for question in page.session.questions}
    assert asked & pair
    assert page.session.current.spec.item in pair  # what the student mixed up comes first


def test_with_large_text_on_a_small_screen_the_verdict_and_the_way_on_are_in_view(quiz, qtbot):
    window, page = quiz
    window.resize(1280, 720)
    window.presentation.set_text_scale(2.0)
    page.start.start_practice()
    choice_question(page, qtbot)
    answer_by_keyboard(page, qtbot, right=False, confidence="sure")
    viewport = page.question_scroll.viewport()

    def in_view(widget) -> bool:
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        bottom = top_left.y() + widget.height()
        return top_left.y() >= 0 and bottom <= viewport.height()

    qtbot.waitUntil(lambda: in_view(page.next_button), timeout=2000)
    assert in_view(page.confident_banner)
    # the banner shows its words whole: as tall as its wrapped text needs
    banner = page.confident_banner
    assert banner.height() >= banner.heightForWidth(banner.width())
    window.presentation.set_text_scale(1.0)
