"""The quiz as a student plays it: by keyboard alone, with feedback, "Show on timeline",
answers stored at once, and a corrupt progress file set aside."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from egov_timeline.domain.progress import FILE_NAME


def open_quiz(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.modes.quiz_page
    assert window.pages.currentWidget() is page
    return page


CONFIDENCE_KEY = {"sure": Qt.Key.Key_Q, "think": Qt.Key.Key_W, "guess": Qt.Key.Key_E}


def answer_by_keyboard(page, qtbot, right: bool, confidence: str = "think") -> None:
    """Answer the current question by keys, then say how sure (when the page asks)."""
    q = page.session.current
    _answer_keys(page, qtbot, q, right)
    if page.asks_confidence and not page.session.answered_current:
        widget = {"order": page.order_list, "place": page.strip}.get(q.type)
        qtbot.keyClick(widget or page.question_screen, CONFIDENCE_KEY[confidence])


def _answer_keys(page, qtbot, q, right: bool) -> None:
    target = page.question_screen.focusWidget() or page.question_screen
    if q.type == "order":
        order = list(q.answer) if right else list(reversed(q.answer))
        # arrange with Alt+Up/Down only, as a keyboard user would
        for position, item_id in enumerate(order):
            current = [
                page.order_list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(page.order_list.count())
            ]
            page.order_list.setCurrentRow(current.index(item_id))
            for _ in range(current.index(item_id) - position):
                qtbot.keyClick(page.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(page.order_list, Qt.Key.Key_Return)
    elif q.type == "place":
        strip = page.strip
        goal = q.answer if right else (q.answer + 3) % len(q.choices)
        key = Qt.Key.Key_Right if goal > strip.position else Qt.Key.Key_Left
        for _ in range(abs(goal - strip.position)):
            qtbot.keyClick(strip, key)
        qtbot.keyClick(strip, Qt.Key.Key_Return)
    else:
        choice = q.answer if right else (q.answer + 1) % len(q.choices)
        qtbot.keyClick(target, Qt.Key(Qt.Key.Key_1 + choice))


def test_a_five_question_quiz_is_played_by_keyboard_alone(window, qtbot):
    page = open_quiz(window, qtbot)
    page.start.count.setValue(5)
    qtbot.keyClick(page.start.start_button, Qt.Key.Key_Return)
    assert page.session is not None and len(page.session.questions) == 5
    for n in range(5):
        assert page.session.index == n
        answer_by_keyboard(page, qtbot, right=n != 2)
        assert page.session.answered_current
        assert page.feedback.isVisible()
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.summary
    assert page.summary.table.rowCount() == 5
    assert "4 of 5 right" in page.summary.title.text()
    assert window.quiz_controller.store.review_count() == 5  # every answer stored at once


def test_a_wrong_answer_shows_the_right_one_and_the_explanation(window, qtbot):
    page = open_quiz(window, qtbot)
    for kind, box in page.start.type_boxes.items():
        box.setChecked(kind == "year")
    page.start.count.setValue(2)
    page.start.start_button.click()
    q = page.session.current
    answer_by_keyboard(page, qtbot, right=False)
    assert "Not quite" in page.verdict.text()
    assert q.choices[q.answer] in page.verdict.text()
    assert page.explanation.text() == q.explanation
    wrong_button = page._choice_buttons[(q.answer + 1) % 4]
    assert "your answer" in wrong_button.text()
    # the marked choices are drawn in the verdict colours, not in faint disabled grey
    right_button = page._choice_buttons[q.answer]
    assert page.right_colour in right_button.styleSheet()
    assert page.wrong_colour in wrong_button.styleSheet()
    qtbot.waitUntil(right_button.isVisible)
    image = right_button.grab().toImage()
    colours = {
        image.pixelColor(x, y).name().upper()
        for x in range(image.width())
        for y in range(image.height())
    }
    assert page.right_colour.upper() in colours


def test_show_on_timeline_selects_the_item(window, qtbot):
    page = open_quiz(window, qtbot)
    page.start.count.setValue(1)
    page.start.start_button.click()
    item_id = page.session.current.item_ids[0]
    answer_by_keyboard(page, qtbot, right=True)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.timeline_page
    assert window.timeline.selected == item_id
    window.modes.set_mode("quiz")  # the quiz is where the student left it
    assert page.stack.currentWidget() is page.question_screen


def test_retry_mistakes_asks_only_the_missed_questions(window, qtbot):
    page = open_quiz(window, qtbot)
    page.start.count.setValue(3)
    page.start.start_button.click()
    missed = []
    for n in range(3):
        if n != 1:
            missed.append(page.session.current.card)
        answer_by_keyboard(page, qtbot, right=n == 1)
        page.confirm_or_continue()
    page.summary.retry_button.click()
    assert [q.card for q in page.session.questions] == missed


def test_study_mode_schedules_cards_and_the_status_bar_counts_them(window, qtbot):
    window.quiz_controller.open_store()
    assert window.status.due_label.text() == "0 cards due"
    page = open_quiz(window, qtbot)
    page.start.study_button.click()
    assert page.session.study
    answer_by_keyboard(page, qtbot, right=False)
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    answer_by_keyboard(page, qtbot, right=True)
    assert page.easy_button.isVisible()
    qtbot.keyClick(page.question_screen.focusWidget(), Qt.Key.Key_E)
    assert window.quiz_controller.store.reviews()[-1].rating == 4
    assert len(window.quiz_controller.store.card_ids()) == 2


def test_progress_survives_a_restart(window, qtbot, bundled_pack):
    from egov_timeline.ui.app import create_main_window

    page = open_quiz(window, qtbot)
    page.start.count.setValue(2)
    page.start.start_button.click()
    answer_by_keyboard(page, qtbot, right=True)
    window.close()
    again = create_main_window(bundled_pack)
    qtbot.addWidget(again)
    again.quiz_controller.open_store()
    assert again.quiz_controller.store.review_count() == 1
    again.modes.set_mode("progress")
    assert "1 answer so far, 100% right." in again.modes.progress_page.summary.text()


def test_a_corrupt_progress_file_is_set_aside_and_the_app_starts(
    qtbot, bundled_pack, own_user_folder
):
    from egov_timeline.ui.app import create_main_window

    own_user_folder.mkdir(parents=True, exist_ok=True)
    (own_user_folder / FILE_NAME).write_bytes(b"\x00garbage" * 100)
    win = create_main_window(bundled_pack)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.quiz_controller.store is not None, timeout=3000)
    assert (
        win.quiz_controller.store_message
        and "Nothing was deleted" in win.quiz_controller.store_message
    )
    assert "could not be read" in win.status.selection_label.text()
    kept = [p for p in own_user_folder.iterdir() if p.name.startswith("progress.unreadable-")]
    assert len(kept) == 1
    page = open_quiz(win, qtbot)
    assert page.start.notice.isVisible() and "kept as" in page.start.notice.text()


def test_the_progress_page_scrolls_in_a_small_window_instead_of_overlapping(window, qtbot):
    window.resize(800, 450)
    window.modes.set_mode("progress")
    page = window.modes.progress_page
    qtbot.waitUntil(lambda: page.daily.height() > 0)
    chart, stages = page.daily, page.stages
    assert chart.height() >= chart.minimumHeight()
    chart_bottom = chart.mapTo(page, chart.rect().bottomLeft()).y()
    stages_top = stages.mapTo(page, stages.rect().topLeft()).y()
    assert stages_top > chart_bottom  # the stage bars sit below the chart, not across it


def test_the_progress_chart_dates_read_in_the_language(qtbot):
    import datetime as dt

    from egov_timeline.ui.progress_page import DailyChart

    day = dt.date(2026, 10, 31)
    assert DailyChart(language="ko")._day_label(day) == "10월 31일"
    assert DailyChart(language="en")._day_label(day) == "31 Oct"


def test_a_quiz_opened_after_choosing_the_dark_theme_uses_its_colours(qtbot, bundled_pack):
    from egov_timeline.ui.app import create_main_window
    from egov_timeline.ui.timeline.theme import THEMES

    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    try:
        window.presentation.apply_theme("dark")
        window.modes.set_mode("quiz")  # the quiz page is made now, after the theme was chosen
        assert window.modes.quiz_page.right_colour == THEMES["dark"]["right"]
        assert window.modes.quiz_page.muted_colour == THEMES["dark"]["muted_text"]
    finally:
        window.presentation.apply_theme("light")


def only_types(page, *kinds):
    for kind, box in page.start.type_boxes.items():
        box.setChecked(kind in kinds)


def order_now(page) -> list[str]:
    return [
        page.order_list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(page.order_list.count())
    ]


def test_two_ordering_questions_in_a_row_can_both_be_rearranged(window, qtbot):
    page = open_quiz(window, qtbot)
    only_types(page, "order")
    page.start.count.setValue(2)
    page.start.start_button.click()
    assert len(page.session.questions) == 2
    answer_by_keyboard(page, qtbot, right=True)
    assert "Right" in page.verdict.text()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    second = page.session.current
    assert second.type == "order" and not page.order_list.locked
    before = order_now(page)
    page.order_list.setCurrentRow(1)
    qtbot.keyClick(page.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order_now(page) != before  # the second list moves: it is not frozen
    answer_by_keyboard(page, qtbot, right=True)
    assert page.session.answers[-1].right and page.session.answers[-1].score == 1.0


def test_an_ordering_left_untouched_scores_nothing(window, qtbot):
    page = open_quiz(window, qtbot)
    only_types(page, "order")
    page.start.count.setValue(1)
    page.start.start_button.click()
    qtbot.keyClick(page.order_list, Qt.Key.Key_Return)
    qtbot.keyClick(page.order_list, Qt.Key.Key_E)  # a guess
    assert page.session.answers[-1].score == 0.0
    assert page.verdict.text().startswith("0 of")
    # each row now shows its right place; the list is locked
    rows = [page.order_list.item(r).text() for r in range(page.order_list.count())]
    assert all(row.startswith("\u2718") for row in rows)
    assert sorted(row.split()[1] for row in rows) == [f"{n}." for n in range(1, len(rows) + 1)]
    before = order_now(page)
    qtbot.keyClick(page.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order_now(page) == before


def test_a_practice_answer_reschedules_no_card(window, qtbot):
    window.quiz_controller.open_store()
    page = open_quiz(window, qtbot)
    page.start.count.setValue(3)
    page.start.start_button.click()
    for n in range(3):
        answer_by_keyboard(page, qtbot, right=n != 1)
        page.confirm_or_continue()
    assert (
        window.quiz_controller.store.review_count() == 3
    )  # each answer is kept for "the items I missed"
    assert window.quiz_controller.store.card_ids() == set()  # but no card was scheduled
    page.summary.retry_button.click()
    answer_by_keyboard(page, qtbot, right=True)
    assert window.quiz_controller.store.card_ids() == set()


def test_the_due_count_agrees_everywhere_and_study_asks_exactly_those(window, qtbot, bundled_pack):
    import datetime as dt

    from egov_timeline.domain.progress import now_utc
    from egov_timeline.domain.quiz import CARD_TYPES, QuizGenerator

    window.quiz_controller.open_store()
    store = window.quiz_controller.store
    earlier = now_utc() - dt.timedelta(days=3)
    cards = QuizGenerator(bundled_pack, 11).generate(6, CARD_TYPES)
    for q in cards:
        store.record(q.card, q.item_ids[0], q.type, correct=False, score=0.0, when=earlier)
    # a card the content can no longer ask is not counted as due anywhere
    store.record("agency:g4c", "g4c", "agency", correct=False, score=0.0, when=earlier)
    window.quiz_controller.progress_changed.emit()
    assert window.status.due_label.text() == "6 cards due"
    page = open_quiz(window, qtbot)
    assert page.start.due_label.text().startswith("6 cards due now")
    assert page.start.study_button.text() == "Study now (6 due)"
    window.modes.set_mode("progress")
    assert "6 cards due now" in window.modes.progress_page.summary.text()
    page = open_quiz(window, qtbot)
    page.start.new_cards.setValue(0)  # new cards come by a limit of their own
    page.start.study_button.click()
    assert sorted(q.card for q in page.session.questions) == sorted(q.card for q in cards)
    page.show_start()
    page.start.new_cards.setValue(4)
    page.start.study_button.click()
    assert len(page.session.questions) == 10


def test_hard_and_easy_can_be_used_on_every_right_study_answer(window, qtbot):
    window.quiz_controller.open_store()
    page = open_quiz(window, qtbot)
    page.start.new_cards.setValue(3)
    page.start.study_button.click()
    for _ in range(2):
        answer_by_keyboard(page, qtbot, right=True)
        assert page.hard_button.isVisible() and page.hard_button.isEnabled()
        qtbot.keyClick(page.next_button, Qt.Key.Key_H)
        assert window.quiz_controller.store.reviews()[-1].rating == 2
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)


def test_the_summary_shows_long_answers_whole(window, qtbot):
    page = open_quiz(window, qtbot)
    only_types(page, "order")
    page.start.count.setValue(1)
    page.start.start_button.click()
    answer_by_keyboard(page, qtbot, right=False)
    page.confirm_or_continue()
    table = page.summary.table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone and table.wordWrap()
    qtbot.waitUntil(table.isVisible)
    table.resizeRowsToContents()
    line = table.fontMetrics().height()
    assert table.rowHeight(0) > 2 * line  # the ordering answer wraps onto more lines


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_tell_them_apart_drill_puts_look_alikes_side_by_side(qtbot, bundled_pack, language):
    from egov_timeline.domain.quiz.confusables import confusable_partners
    from egov_timeline.ui.app import create_main_window

    window = create_main_window(bundled_pack, language=language)
    qtbot.addWidget(window)
    window.show()
    window.modes.set_mode("quiz")
    page = window.modes.quiz_page
    scope = page.start.scope
    drill = next(k for k in range(scope.count()) if tuple(scope.itemData(k))[0] == "confusable")
    scope.setCurrentIndex(drill)
    assert "MOPAS" in scope.currentText() and "NIA" in scope.currentText()
    page.start.count.setValue(12)
    page.start.start_button.click()
    questions = page.session.questions
    partners = confusable_partners(bundled_pack)
    assert questions and all(q.spec.item in partners for q in questions)
    side = [q for q in questions if partners[q.spec.item] & {c.id for c in q.spec.choices}]
    assert len(side) >= len(questions) // 2  # most ask with a look-alike among the choices
    assert page.prompt.text() == questions[0].prompt
