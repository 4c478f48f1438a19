"""The map of links in its dock: opened from the View menu, in step with the selection both
ways, the "rebuild the map" exercise done by clicks, in English and Korean."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from egov_timeline.ui.app import create_main_window
from tests.ui.conftest import wait_still

_LATIN = re.compile("[A-Za-z]")


def open_map(window, qtbot):
    window.commands["map"].trigger()
    qtbot.waitUntil(lambda: window.relation_map is not None and window.map_dock.isVisible())
    return window.relation_map


def click(qtbot, view, item_id: str) -> None:
    look = view.canvas.look(item_id)
    assert look is not None, item_id
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=look.rect.center().toPoint())


def shown_name(view, item_id: str) -> str:
    """The name as its box shows it, lines joined."""
    return " ".join(view.canvas.look(item_id).lines)


@pytest.fixture
def korean_window(qtbot, bundled_pack):
    win = create_main_window(bundled_pack, language="ko")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    wait_still(qtbot, win.timeline)
    return win


def test_the_map_opens_from_the_view_menu_on_the_left_and_is_made_only_then(window, qtbot):
    assert window.relation_map is None and not window.map_dock.isVisible()
    action = window.commands["map"]
    assert action in window.commands.menus["view"].actions()
    assert action.shortcut().toString() == "Ctrl+M" and action.text() == "&Map of Links"
    assert window.map_dock.objectName() == "mapDock"
    view = open_map(window, qtbot)
    assert window.dockWidgetArea(window.map_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    qtbot.waitUntil(lambda: window.map_dock.width() >= 300)  # a pane one can read
    # nothing selected yet: the pane says how to begin
    assert view.message.text() == (
        "Select an item on the timeline to see what led to it and what it led to."
    )
    assert view.canvas.looks == [] and not view.rebuild_button.isEnabled()
    action.trigger()
    assert not window.map_dock.isVisible()


def test_the_map_shows_what_the_selected_law_enabled_and_led_to(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    assert view.canvas.map.centre == "e-government-act"
    centre = view.canvas.look("e-government-act")
    assert centre.caption == "Law" and shown_name(view, "e-government-act") == "E-Government Act"
    enabled = view.canvas.look("admin-info-sharing")
    assert enabled.caption == "enabled"
    assert "Sharing of administrative" in shown_name(view, "admin-info-sharing")
    assert view.canvas.look("e-government-act-2010").caption == "succeeded by"
    assert view.canvas.look("kim-dae-jung").caption == "enacted under"
    boxes = [look.rect for look in view.canvas.looks]
    for n, a in enumerate(boxes):  # nothing drawn over anything else
        assert all(not a.intersects(b) for b in boxes[n + 1 :])
        assert view.canvas.rect().toRectF().contains(a)
    # the pointer's tooltip: the name and the period
    tip = view.canvas.hover_text(view.canvas.look("e-government-act-2010").rect.center())
    assert "E-Government Act (full revision)" in tip and "2010" in tip


def test_clicking_a_node_selects_it_on_the_timeline_and_shows_its_details(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    click(qtbot, view, "e-government-act-2010")
    assert window.timeline.selected == "e-government-act-2010"
    assert window.details.detail.title == "E-Government Act (full revision)"
    assert view.canvas.map.centre == "e-government-act-2010"  # the map centres on it
    window.selection.back()
    assert view.canvas.map.centre == "e-government-act"


def test_the_map_follows_the_selection_and_the_keyboard_walks_it(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("nca")
    assert view.canvas.map.centre == "nca"
    assert view.canvas.look("nia").caption == "renamed to"
    assert view.canvas.look("computer-network-act").caption == "enabled"
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    first = view.canvas.looks[1].node.id
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert window.timeline.selected == first


def test_an_item_with_no_causes_or_effects_says_so(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("stage-integrating")
    assert view.message.text() == (
        "No causes or effects of Integrating E-Government Systems are recorded."
    )
    assert not view.rebuild_button.isEnabled()
    assert [look.node.id for look in view.canvas.looks] == ["stage-integrating"]


def test_the_rebuild_exercise_is_done_by_clicks_and_says_the_score(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    assert view.rebuild_button.toolTip().endswith("(R)")
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_R)
    game = view.round
    assert game is not None and game.total == 3
    assert view.rebuild_button.text() == "Show all links"
    hidden = {link.answer for link in game.exercise.links}
    assert {view.canvas.look(i).caption for i in hidden} == {"?"}
    assert view.message.text().startswith("Link 1 of 3: ")
    assert view.message.text().endswith(game.current.prompt)
    click(qtbot, view, game.current.answer)  # right
    assert view.message.text().startswith("Right. Link 2 of 3: ")
    asked = game.current.answer
    before = view.message.text()
    click(qtbot, view, "e-government-act")  # the centre answers no link: nothing happens
    assert view.message.text() == before and game.current.answer == asked
    click(qtbot, view, next(iter(game.hidden() - set(game.current.accepted))))  # wrong
    name = view.canvas.look(asked).node.name
    assert view.message.text().startswith(f"Not quite: it is {name}. Link 3 of 3: ")
    assert window.timeline.selected == "e-government-act"  # answering selects nothing
    click(qtbot, view, game.current.answer)
    assert view.message.text() == "Right. 2 of 3 links restored."  # wrong, then the right one
    assert view.rebuild_button.text() == "Rebuild the map"
    assert all(view.canvas.look(i).caption != "?" for i in hidden)
    view.rebuild_button.click()  # another go hides links again
    assert view.round is not game and not view.round.done


def test_another_selection_ends_the_exercise(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    assert view.start_exercise(seed=1)
    window.select_item("nca")
    assert view.round is None and view.canvas.map.centre == "nca"
    assert all(look.caption != "?" for look in view.canvas.looks)


def test_in_korean_the_map_shows_korean_names_and_relation_words(korean_window, qtbot):
    window = korean_window
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    shown = view.canvas.shown_text()
    assert shown and not any(_LATIN.search(text) for text in shown), shown
    assert view.canvas.look("e-government-act").caption == "법령"
    assert view.canvas.look("admin-info-sharing").caption == "근거가 됨"
    assert shown_name(view, "admin-info-sharing") == "행정정보 공동이용"
    assert view.canvas.look("e-government-act-2010").caption == "후속 법령"
    assert view.canvas.look("kim-dae-jung").caption == "제정 당시 대통령"
    assert shown_name(view, "kim-dae-jung") == "김대중"
    tip = view.canvas.hover_text(QPointF(view.canvas.look("kim-dae-jung").rect.center()))
    assert "김대중" in tip and "1998" in tip
    # the exercise speaks Korean too
    assert view.start_exercise(seed=1)
    game = view.round
    assert view.message.text().startswith("연결 1/3: ")
    assert not _LATIN.search(view.message.text())
    while not game.done:
        click(qtbot, view, game.current.answer)
    assert view.message.text() == "정답입니다. 연결 3개 중 3개를 되살렸습니다."


def test_the_map_dock_comes_back_where_it_was_left(window, qtbot, bundled_pack):
    open_map(window, qtbot)
    state = window.saveState()
    again = create_main_window(bundled_pack)
    qtbot.addWidget(again)
    again.show()
    again.restoreState(state)
    qtbot.waitUntil(lambda: again.map_dock.isVisible() and again.relation_map is not None)
    assert again.dockWidgetArea(again.map_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_the_map_is_the_timelines_and_hides_in_the_quiz(window, qtbot):
    open_map(window, qtbot)
    window.modes.set_mode("quiz")
    assert not window.map_dock.isVisible()
    window.modes.set_mode("timeline")
    assert window.map_dock.isVisible()


def test_the_map_follows_the_text_size(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    size = view.canvas.font().pointSizeF()
    before = view.canvas.look("kim-dae-jung").rect
    window.presentation.set_text_scale(1.5)
    qtbot.waitUntil(lambda: view.canvas.font().pointSizeF() == pytest.approx(size * 1.5))
    after = view.canvas.look("kim-dae-jung").rect
    assert after.width() > before.width() * 1.2 and after.height() >= before.height()


@pytest.mark.parametrize("item_id", ["nca", "kim-dae-jung", "e-government-act"])
def test_a_map_larger_than_its_pane_settles_rather_than_resizing_without_end(
    window, qtbot, item_id
):
    """Growing the map shows the scroll bars, which shrink the pane: that must not shrink
    the map, hide the bars, and so on (the window hung at 1280x720)."""
    window.resize(1280, 720)
    view = open_map(window, qtbot)
    window.select_item(item_id)
    qtbot.wait(50)
    layouts = []
    real = view.canvas.relayout
    view.canvas.relayout = lambda: (layouts.append(1), real())[1]
    for _ in range(20):
        QApplication.processEvents()
    assert len(layouts) <= 2
    view.canvas.relayout = real


def test_f6_reaches_the_map_and_its_ring_shows(window, qtbot):
    view = open_map(window, qtbot)
    window.select_item("e-government-act")
    window.timeline.setFocus()
    for _ in range(6):
        if view.isAncestorOf(QApplication.focusWidget()):
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
    assert view.isAncestorOf(QApplication.focusWidget())
    assert window.focus_rings.pane_with_focus() is window.map_dock
