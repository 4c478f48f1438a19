"""The timeline as a user drives it: zoom, pan, fit, click, Tab, and labels that never meet."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt

from egov_timeline.domain.timeline import TimelineContent
from egov_timeline.domain.timescale import TimeScale
from egov_timeline.ui.timeline.view import TimelineView
from tests.ui.conftest import wait_still, wheel


def test_wheel_zoom_keeps_the_date_under_the_cursor(window):
    view = window.timeline
    x = view.x_for_year(2001.25)
    span = view.scale.span
    wheel(view, x, notches=2)
    assert view.scale.span == pytest.approx(span / 1.25**2, rel=1e-6)
    assert view.year_at(x) == pytest.approx(2001.25, abs=1e-6)
    wheel(view, x, notches=-1)
    assert view.year_at(x) == pytest.approx(2001.25, abs=1e-6)


def test_dragging_pans_the_timeline(window, qtbot):
    view = window.timeline
    view.show_range(1990, 2000, animate=False)
    before = view.scale.start
    vp = view.viewport()
    y = vp.height() - 20
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=QPoint(800, y))
    qtbot.mouseMove(vp, QPoint(700, y))
    qtbot.mouseMove(vp, QPoint(600, y))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(600, y))
    # dragged 200 px to the left: later years come into view
    assert view.scale.start == pytest.approx(before + 200 / view.scale.px_per_year)


def test_arrow_keys_and_horizontal_scroll_pan(window, qtbot):
    view = window.timeline
    view.show_range(1990, 2000, animate=False)
    start = view.scale.start
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.scale.start > start
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.scale.start == pytest.approx(start)
    wheel(view, 600, notches=1, horizontal=True)
    assert view.scale.start < start


def test_fit_all_shows_the_whole_history(window, qtbot):
    view = window.timeline
    view.show_range(2001, 2002, animate=False)
    window.commands["fit"].trigger()
    wait_still(qtbot, view)
    first, last = view.visible_range()
    pack_first, pack_last = window.pack.span()
    assert first <= pack_first and last >= pack_last
    assert view.scale.span == pytest.approx(view.bounds.span)


def test_keyboard_zoom_in_and_out(window, qtbot):
    view = window.timeline
    span = view.scale.span
    window.commands["zoom_in"].trigger()
    wait_still(qtbot, view)
    assert view.scale.span < span
    window.commands["zoom_out"].trigger()
    wait_still(qtbot, view)
    assert view.scale.span == pytest.approx(span, rel=1e-3)


def test_zoom_goes_down_to_about_a_month(window):
    view = window.timeline
    for _ in range(60):
        wheel(view, 700, notches=3)
    assert view.scale.span == pytest.approx(1 / 12, rel=1e-3)
    assert len([t for t in view.frame().ticks if t.label]) >= 2


def test_clicking_the_e_government_act_selects_it(window, qtbot):
    view = window.timeline
    view.show_range(1998, 2004, animate=False)
    rect = view.item_rect("e-government-act")
    assert rect is not None, "the E-Government Act is not drawn between 1998 and 2004"
    with qtbot.waitSignal(view.selection_changed) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["e-government-act"]
    assert view.selected == "e-government-act"
    assert "2001" in window.status.selection_label.text()


def test_clicking_empty_space_clears_the_selection(window, qtbot):
    view = window.timeline
    view.select("kim-dae-jung")
    view.show_range(1960, 1962, animate=False)
    vp = view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=QPoint(vp.width() - 30, vp.height() - 10))
    assert view.selected is None


def test_selection_highlights_related_items(window):
    view = window.timeline
    view.select("g4c")
    assert "kim-dae-jung" in view._related
    assert "eleven-egov-projects" in view._related


def test_tab_walks_the_items_in_date_order(window, qtbot):
    view = window.timeline
    view.setFocus()
    order = view.content.chronological_ids()
    view.select(order[10])
    for expected in order[11:15]:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert view.selected == expected
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selected == order[13]


def test_enter_opens_the_selected_item(window, qtbot):
    view = window.timeline
    view.setFocus()
    view.select("e-government-act")
    with qtbot.waitSignal(view.item_activated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == ["e-government-act"]


def test_hiding_a_lane_removes_its_items(window):
    view = window.timeline
    assert any(lane.kind == "law" for lane in view.frame().lanes)
    window.lane_actions["law"].trigger()
    assert all(lane.kind != "law" for lane in view.frame().lanes)
    assert "law" in view.hidden_kinds


def test_clicking_a_cluster_zooms_in_to_expand_it(window, qtbot):
    view = window.timeline
    frame = view.frame()
    if not frame.cluster_hits:
        pytest.skip("everything fits at this window size")
    rect, cluster = frame.cluster_hits[0]
    span = view.scale.span
    x, y = rect.centre
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    wait_still(qtbot, view)
    assert view.scale.span < span


def test_view_and_hidden_lanes_are_remembered(qtbot, bundled_pack):
    from egov_timeline.ui.app import create_main_window

    first = create_main_window(bundled_pack)
    qtbot.addWidget(first)
    first.resize(1200, 800)
    first.show()
    first.timeline.show_range(1995, 2005, animate=False)
    first.lane_actions["agency"].setChecked(False)
    first.close()
    second = create_main_window(bundled_pack)
    qtbot.addWidget(second)
    second.resize(1200, 800)
    second.show()
    qtbot.waitExposed(second)
    assert second.timeline.visible_range() == pytest.approx((1995, 2005), abs=0.05)
    assert "agency" in second.timeline.hidden_kinds
    second.lane_actions["agency"].setChecked(True)
    second.timeline.fit_all()
    second.close()


def labels_overlap(frame):
    rects = [(rect, item) for rect, _text, item in frame.labels]
    for (a, ia), (b, ib) in itertools.combinations(rects, 2):
        if ia != ib and a.intersects(b):
            return (ia, ib)
    return None


ZOOMS = [(1957, 2024), (1990, 2010), (1996, 2006), (2001, 2002), (2001.2, 2001.3)]


@pytest.mark.parametrize(("first", "last"), ZOOMS)
def test_no_two_visible_labels_intersect_on_the_bundled_pack(window, first, last):
    view = window.timeline
    view.show_range(first, last, animate=False)
    frame = view.frame()
    assert labels_overlap(frame) is None
    assert all(frame.plot.covers(rect) for rect, _t, _i in frame.labels), "a label is clipped"


@pytest.fixture(scope="module")
def dense_pack(tmp_path_factory):
    from egov_timeline.domain.loading.loader import load_pack_or_raise
    from tests.perf.make_pack import make_pack

    return load_pack_or_raise(make_pack(3000, tmp_path_factory.mktemp("dense")))


@pytest.mark.parametrize(
    ("first", "last"), [(1957, 2024), (1990, 2000), (1995, 1997), (1995, 1995.5), (1995, 1995.1)]
)
def test_no_two_visible_labels_intersect_on_a_dense_pack(qtbot, dense_pack, first, last):
    view = TimelineView(TimelineContent(dense_pack))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    view.set_scale(TimeScale.showing(first, last, view.painter.plot_width(view.viewport().width())))
    frame = view.frame()
    assert labels_overlap(frame) is None
    assert frame.labels or frame.cluster_hits


def test_dragging_the_overview_moves_the_timeline(window, qtbot):
    view = window.timeline
    view.show_range(1970, 1975, animate=False)
    strip = window.overview
    window_rect = strip._window_rect()
    start = window_rect.center().toPoint()
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(strip, start + QPoint(300, 0))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=start + QPoint(300, 0))
    first, last = view.visible_range()
    assert first > 1980 and last - first == pytest.approx(5, abs=0.01)


def test_hovering_an_item_shows_its_name_dates_and_kind(window, qtbot, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda *args: shown.append(args[1]))
    view = window.timeline
    view.show_range(1998, 2004, animate=False)
    centre = view.item_rect("e-government-act").center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    assert shown and "E-Government Act" in shown[-1]
    assert "28 Mar 2001" in shown[-1] and "Law" in shown[-1]


def test_the_year_whose_tick_scrolled_off_the_left_edge_stays_whole(window):
    window.timeline.show_range(1995.4, 2008.4, animate=False)
    frame = window.timeline.frame()
    placed = window.timeline.painter._axis_labels(frame)
    assert placed[0] == (frame.gutter + 3, "1995")
    assert all(x >= frame.gutter + 3 for x, _label in placed)
    painter = window.timeline.painter
    assert all(x + painter.measure_small(label) <= frame.width for x, label in placed)
    assert [label for _x, label in placed[1:4]] == ["1996", "1997", "1998"]


def test_selecting_any_item_leaves_every_other_item_where_it_was(window, qtbot):
    view = window.timeline
    before = {item_id: box for box, item_id in view.frame().hits}
    clusters = [box for box, _c in view.frame().cluster_hits]
    for item_id in window.pack.by_id:
        view.select(item_id)
        frame = view.frame()
        after = {i: box for box, i in frame.hits if i != item_id}
        assert after == {i: b for i, b in before.items() if i != item_id}, item_id
        assert [box for box, _c in frame.cluster_hits] == clusters, item_id


def test_a_selected_item_without_its_whole_name_shows_it_in_a_callout(window):
    view = window.timeline
    view.show_range(1957, 2024, animate=False)
    frame = view.frame()
    if not frame.cluster_hits:
        pytest.skip("everything fits at this window size")
    box, cluster = frame.cluster_hits[0]
    item_id = cluster.item_ids[0]
    view.select(item_id)
    anchor, name = view.frame().untold(item_id)
    assert anchor == box  # pointing at the marker that holds it
    assert name == window.pack.by_id[item_id].name
    named_whole = next(i for _b, text, i in frame.labels if text == window.pack.by_id[i].name)
    assert view.frame().untold(named_whole) is None


def test_a_marker_tooltip_names_the_items_in_it(bundled_pack):
    from egov_timeline.domain.timeline import cluster_lines

    ids = ["neis", "koneps", "g4c"]
    lines = cluster_lines(bundled_pack, ids, 3, "en")
    assert lines[0].startswith("3 items here")
    assert "\u2022 National Education Information System" in lines
    ko = cluster_lines(bundled_pack, ids * 4, 12, "ko")
    assert ko[0].startswith("이곳의 항목 12개") and ko[-1] == "외 4개"
