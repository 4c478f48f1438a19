"""Classroom: presentation mode, guided tours, the class quiz."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton


def test_presentation_mode_goes_full_screen_and_scales_all_text(window, qtbot):
    base = QApplication.font().pointSizeF()
    timeline_font = window.timeline.painter.font.pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.presenting
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
    qtbot.waitUntil(lambda: window.timeline.painter.font.pointSizeF() > timeline_font * 1.4)
    # the zoom keys still zoom while presenting...
    span = window.timeline.scale.span
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.timeline.is_animating())
    assert window.timeline.scale.span < span
    assert window.presentation.text_scale == 1.5
    # ...and Ctrl+Alt+= and Ctrl+Alt+- size the text, up to 250%
    larger = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    for _ in range(6):
        qtbot.keyClick(window, Qt.Key.Key_Equal, larger)
    assert window.presentation.text_scale == 2.5
    qtbot.keyClick(window, Qt.Key.Key_Minus, larger)
    assert window.presentation.text_scale == 2.25
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.presentation.presenting
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert QApplication.font().pointSizeF() == pytest.approx(base)


def test_quiz_titles_follow_the_text_size(window, qtbot):
    window.modes.set_mode("quiz")
    prompt = window.modes.quiz_page.prompt
    before = prompt.font().pointSizeF()
    window.presentation.set_text_scale(2.0)
    assert prompt.font().pointSizeF() == pytest.approx(before * 2.0, rel=0.05)
    window.presentation.set_text_scale(1.0)


def test_the_docks_and_their_titles_follow_the_text_size(window, qtbot):
    from PySide6.QtGui import QImage

    window.resize(1600, 900)
    window.select_item("e-government-act", reveal=False)
    dock = window.details_dock

    def title_ink_height() -> int:
        """How tall the title's letters are drawn: rows of the title bar holding text."""
        image: QImage = dock.grab().toImage()
        background = image.pixelColor(image.width() - 40, 3)
        rows = 0
        for y in range(min(image.height(), 80)):
            if any(image.pixelColor(x, y) != background for x in range(4, 80)):
                rows += 1
            elif rows:
                break
        return rows

    before_title, before_width = title_ink_height(), dock.width()
    before_text = window.details.browser.font().pointSizeF()
    window.presentation.set_text_scale(2.0)
    qtbot.waitUntil(lambda: dock.width() >= 1.8 * before_width)  # as many words a line
    assert window.details.browser.font().pointSizeF() == pytest.approx(before_text * 2, 0.05)
    assert title_ink_height() >= 1.6 * before_title
    window.presentation.set_text_scale(1.0)


def test_tour_keys_step_through_the_expected_stops(window, qtbot, bundled_pack):
    tour = next(t for t in bundled_pack.tours if t.id == "overview")
    assert 14 <= len(tour.stops) <= 16
    assert window.tours.start("overview")
    assert window.tours.card.isVisible()
    first = tour.stops[0]
    assert window.timeline.selected == first.item
    assert first.title in window.tours.card.title.text().replace("\u2060", "")  # joiners
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_PageDown, 2),
        (Qt.Key.Key_Space, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_PageUp, 1),
    ):
        qtbot.keyClick(window, key)
        assert window.tours.index == expected, key
        stop = tour.stops[expected]
        if stop.item:
            assert window.timeline.selected == stop.item
        assert window.tours.card.caption.text().replace("\u2060", "") == stop.caption
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.tours.tour is None and not window.tours.card.isVisible()


def test_tour_keys_step_the_tour_from_the_search_field(window, qtbot):
    assert window.tours.start("overview")
    line = window.search.line
    line.setFocus()
    qtbot.waitUntil(line.hasFocus, timeout=2000)
    qtbot.keyClick(line, Qt.Key.Key_Space)
    assert window.tours.index == 1 and line.text() == "", "Space typed a space"
    qtbot.keyClick(line, Qt.Key.Key_Right)
    assert window.tours.index == 2
    qtbot.keyClick(line, Qt.Key.Key_Left)
    assert window.tours.index == 1
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert window.tours.tour is None
    qtbot.keyClick(line, Qt.Key.Key_Space)  # no tour: the field types again
    assert line.text() == " "


@pytest.mark.parametrize("tour_id", ["overview", "stage-4"])
def test_the_tour_card_leaves_each_stop_item_in_sight(window, qtbot, bundled_pack, tour_id):
    from egov_timeline.ui.timeline.painter import qrect
    from tests.ui.conftest import wait_still

    tour = next(t for t in bundled_pack.tours if t.id == tour_id)
    assert window.tours.start(tour_id)
    page = window.timeline_page
    viewport = window.timeline.viewport()
    for n, stop in enumerate(tour.stops):
        if n:
            window.tours.step(1)
        wait_still(qtbot, window.timeline)
        if not stop.item or stop.item.startswith("stage-"):
            continue  # a range or a stage band: the whole view shows it
        frame = window.timeline.frame()
        box = frame.item_rect(stop.item)
        if box is None:  # counted in a "+N": the callout names it there
            box = frame.untold(stop.item)[0]
        rect = qrect(box).toAlignedRect()
        on_page = rect.translated(viewport.mapTo(page, rect.topLeft()) - rect.topLeft())
        assert not window.tours.card.geometry().intersects(on_page), (n, stop.item)
    window.tours.end()


def test_every_stage_has_a_short_tour(bundled_pack):
    stages = {s.id for s in bundled_pack.of_kind("stage")}
    toured = {t.stage for t in bundled_pack.tours if t.stage}
    assert toured == stages
    for tour in bundled_pack.tours:
        if tour.stage:
            assert tour.stops[0].item == tour.stage and 3 <= len(tour.stops) <= 6


def test_the_class_quiz_never_touches_the_progress_store(window, qtbot):
    window.quiz_controller.open_store()
    before = window.quiz_controller.store.review_count()
    window.modes.set_mode("class")
    page = window.modes.class_page
    assert window.pages.currentWidget() is page
    page.count.setValue(3)
    page.seed.setValue(7)
    page.seconds.setValue(30)
    page.start_button.click()
    page.setFocus()
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Space)  # reveal
        assert page.revealed and "Answer" in page.answer.text()
        qtbot.keyClick(page, Qt.Key.Key_Space)  # next
    assert window.quiz_controller.store.review_count() == before
    assert not window.quiz_controller.store.card_ids()


def test_the_class_quiz_shows_the_worksheet_questions_of_its_set(window, qtbot, bundled_pack):
    from egov_timeline.domain.worksheet import worksheet_questions

    window.modes.set_mode("class")
    page = window.modes.class_page
    page.count.setValue(4)
    page.seed.setValue(21)
    page.start_button.click()
    expected = worksheet_questions(bundled_pack, 4, 21)
    for n, question in enumerate(expected):
        assert page.prompt.text() == question.prompt
        if question.type not in ("order", "place"):
            assert page.choice_labels[0].text().startswith("A")
        page.step(1) if n < 3 else None


def test_the_countdown_pauses_and_resumes(window, qtbot):
    window.modes.set_mode("class")
    page = window.modes.class_page
    page.count.setValue(1)
    page.seconds.setValue(20)
    page.start_button.click()
    page._tick()
    assert page.seconds_left == 19
    qtbot.keyClick(page, Qt.Key.Key_P)
    page._tick()
    assert page.seconds_left == 19 and "paused" in page.clock.text()
    qtbot.keyClick(page, Qt.Key.Key_P)
    page._tick()
    assert page.seconds_left == 18


def test_the_countdown_is_off_by_default(window):
    window.modes.set_mode("class")
    assert window.modes.class_page.seconds.value() == 0


def test_the_file_menu_prints_a_worksheet_a_poster_and_details(window, tmp_path):
    from pypdf import PdfReader

    window.paper.ask_worksheet = lambda: (tmp_path / "ws.pdf", 6, 9, "A4")
    window.commands["worksheet"].trigger()
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "ws.pdf")).pages
    )
    assert "Answer key" in text and "Set 9" in text

    window.paper.ask_quiz_export = lambda: (tmp_path / "set.gift", "gift", 6, 9)
    window.commands["export_quiz"].trigger()
    gift = (tmp_path / "set.gift").read_text(encoding="utf-8")
    assert gift.count("::Q") == 6 and "####" in gift  # six questions, each explained

    window.paper.ask_poster = lambda: (tmp_path / "poster.pdf", "A3")
    window.commands["poster"].trigger()
    box = PdfReader(str(tmp_path / "poster.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)

    from PySide6.QtPrintSupport import QPrinter

    window.select_item("e-government-act")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # what "print to file" chooses
    printer.setOutputFileName(str(tmp_path / "details.pdf"))
    window.paper.ask_printer = lambda: printer
    window.commands["print_details"].trigger()
    details = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "details.pdf")).pages
    )
    assert "E-Government Act" in details and "2001" in details


def test_the_class_quiz_ends_with_results_that_esc_keeps(window, qtbot):
    window.modes.set_mode("class")
    page = window.modes.class_page
    page.count.setValue(3)
    page.seed.setValue(12)
    page.start_button.click()
    page.setFocus()
    for n in range(3):
        q = page.questions[n]
        if q.type != "order":
            for _ in range(2):
                page._count(q.answer, 1)
            page._count((q.answer + 1) % len(q.choices), 1)
        qtbot.keyClick(page, Qt.Key.Key_Space)  # reveal
        qtbot.keyClick(page, Qt.Key.Key_Space)  # next; after the last: the results
    assert page.stack.currentWidget() is page.results
    rows = page.results.rows(page.questions, page.tallies)
    assert len(rows) == 3 and page.results.table.rowCount() == 3
    for q, (prompt, _answer, hands, share) in zip(page.questions, rows, strict=True):
        assert q.prompt in prompt
        if q.type != "order":
            assert share.startswith("2 of 3") and hands
    # saved as a spreadsheet: accuracy per question, no name anywhere
    import csv

    from egov_timeline.ui.userdata import user_data_dir

    assert page.results.places is window.places  # its dialog opens where the last file went
    target = user_data_dir() / "results.csv"
    page.results.ask_path = lambda _name: str(target)
    page.results.findChild(QPushButton, "saveClassResults").click()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [row["question"] for row in table] == [q.prompt for q in page.questions]
    for q, row in zip(page.questions, table, strict=True):
        if q.type != "order":
            assert (row["hands"], row["right"], row["share right (%)"]) == ("3", "2", "67")
    assert "Saved" in page.results.saved.text()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.setup
    assert page.results_button.isVisible()
    page.results_button.click()
    assert page.results.table.rowCount() == 3  # nothing was thrown away


def test_a_class_goal_counts_the_questions_most_of_the_room_got_right(window, qtbot):
    window.modes.set_mode("class")
    page = window.modes.class_page
    page.count.setValue(5)
    page.seed.setValue(12)
    page.goal.setValue(2)
    page.start_button.click()
    counted = [q for q in page.questions if q.type != "order"]
    assert len(counted) >= 3
    wrong_first = True
    for n, q in enumerate(page.questions):
        page.index = n
        if q.type == "order":
            continue
        other = (q.answer + 1) % len(q.choices)
        if wrong_first:  # most hands wrong on the first
            page._count(other, 1), page._count(other, 1), page._count(q.answer, 1)
            wrong_first = False
        else:
            page._count(q.answer, 1)
    page.show_results()
    goal = page.results.goal
    assert not goal.isHidden()
    assert goal.text() == f"Class goal reached: {len(counted) - 1} questions right, the goal was 2!"
    page.goal.setValue(len(counted))
    page.show_results()
    assert goal.text().startswith(f"Class goal: {len(counted) - 1} of {len(counted)}")
    page.goal.setValue(0)
    page.show_results()
    assert goal.isHidden()


def test_the_class_quiz_numbers_the_tiles_of_an_ordering_when_revealed(window, qtbot):
    window.modes.set_mode("class")
    page = window.modes.class_page
    for seed in range(1, 60):
        page.count.setValue(10)
        page.seed.setValue(seed)
        page.start_button.click()
        orders = [n for n, q in enumerate(page.questions) if q.type == "order"]
        if orders:
            break
    page.index = orders[0]
    page._show()
    q = page.questions[page.index]
    page.reveal()
    order = list(q.answer)
    for label, item_id, choice in zip(page.choice_labels, q.choice_ids, q.choices, strict=True):
        assert label.text() == f"{order.index(item_id) + 1}   {choice}"


def test_print_worksheet_proposes_the_set_of_the_class_quiz(window, monkeypatch):
    from egov_timeline.ui import dialogs

    seen = {}

    def fake_exec(dialog):
        seen["seed"], seen["count"] = dialog.seed.value(), dialog.count.value()
        return False

    monkeypatch.setattr(dialogs.WorksheetDialog, "exec", fake_exec)
    window.modes.set_mode("class")
    window.modes.class_page.seed.setValue(4321)
    window.modes.class_page.count.setValue(7)
    window.commands["worksheet"].trigger()
    assert seen == {"seed": 4321, "count": 7}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_tour_with_questions_before_and_after_shows_the_gain(qtbot, bundled_pack, language):
    from egov_timeline.ui.app import create_main_window

    window = create_main_window(bundled_pack, language=language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tours = window.tours
    option = next(a for a in tours.menu.actions() if a.objectName() == "tourQuestions")
    option.trigger()
    assert tours.start("stage-2")
    card = tours.card
    questions = list(tours.questions)
    assert len(questions) == 3
    assert card.title.text().replace("\u2060", "") == questions[0].prompt
    shown = [b.text() for b in card.choice_buttons if b.isVisible() or not window.isVisible()]
    assert any(questions[0].choices[0] in text for text in shown)
    tours.step(1)  # the tour keys wait while a question is asked
    assert tours.phase == "before" and tours.asked == 0
    # before: one right (by the keyboard's 1-4), two wrong
    first = questions[0]
    qtbot.keyClick(window.timeline, Qt.Key.Key_1 + first.right_choice)
    for q in questions[1:]:
        card.choice_buttons[(q.right_choice + 1) % len(q.choices)].click()
    assert tours.phase is None and tours.index == 0  # the first stop
    for _ in range(len(tours.tour.stops)):
        tours.step(1)
    assert tours.phase == "after"
    for q in questions:  # after: all right
        card.choice_buttons[q.right_choice].click()
    assert tours.phase == "gain"
    gain = card.title.text() + " " + card.caption.text()
    if language == "en":
        assert "3 of 3 right after the tour, 1 before it" in gain and "2 more" in gain
    else:
        assert "둘러보기 뒤 3문제 중 3문제 정답 (앞에서는 1문제)" in gain
        assert "처음보다 2문제를 더 맞혔습니다" in gain
    tours.step(1)
    assert tours.tour is None and not card.isVisible()
