"""The selection model: one current item, back and forward like a browser, and no echo."""

from __future__ import annotations

from egov_timeline.ui.selection import SelectionModel


def test_back_and_forward_walk_what_was_selected(qtbot):
    selection = SelectionModel()
    seen: list[tuple[str, str]] = []
    selection.changed.connect(lambda item, source, _reveal: seen.append((item, source)))
    for item in ("nca", "nia", "e-government-act"):
        selection.select(item, "timeline")
    selection.back()
    selection.back()
    assert selection.current == "nca" and selection.can_go_forward()
    selection.forward()
    assert selection.current == "nia"
    assert seen[-3:] == [("nia", "history"), ("nca", "history"), ("nia", "history")]


def test_selecting_the_current_item_again_says_nothing_and_adds_no_history(qtbot):
    selection = SelectionModel()
    selection.select("nca", "search")
    with qtbot.assertNotEmitted(selection.changed):
        selection.select("nca", "timeline")  # the timeline's echo of what it was told
    assert not selection.can_go_back()


def test_a_new_selection_after_going_back_drops_the_way_forward(qtbot):
    selection = SelectionModel()
    for item in ("nca", "nia"):
        selection.select(item, "list")
    selection.back()
    selection.select("e-government-act", "link")
    assert not selection.can_go_forward()
    selection.back()
    assert selection.current == "nca"


def test_another_pack_forgets_what_it_does_not_have(qtbot):
    selection = SelectionModel()
    for item in ("nca", "nia"):
        selection.select(item, "timeline")
    with qtbot.waitSignal(selection.changed) as signal:
        selection.forget({"nca"})
    assert signal.args[:2] == ["", "pack"]
    assert selection.current == "" and not selection.can_go_forward()
