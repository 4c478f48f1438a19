import pytest
from PySide6.QtCore import Qt

from egov_timeline.ui.app import create_main_window


def _first_view(qtbot, pack):
    window = create_main_window(pack)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitSignal(window.timeline.first_painted, timeout=5000):
        window.show()
    return window


def test_the_main_window_opens_and_draws_the_bundled_items(qtbot, bundled_pack):
    window = _first_view(qtbot, bundled_pack)
    frame = window.timeline.frame()
    drawn = {item_id for _rect, item_id in frame.hits}
    counted = sum(c.count for _rect, c in frame.cluster_hits)
    lanes = {lane.kind for lane in frame.lanes}
    assert lanes == {"administration", "project", "law", "agency"}
    assert {"kim-dae-jung", "park-chung-hee"} <= drawn
    assert len(drawn) + counted + 6 == len(bundled_pack)  # + the six stage bands
    assert window.windowTitle().startswith("egov-timeline")


KEY_ITEMS = {"e-government-act", "kim-dae-jung", "chun-doo-hwan", "moon-jae-in"}


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_first_view_names_the_key_items_and_every_stage(qtbot, bundled_pack, size, language):
    """A school laptop and a projector at the first start: the E-Government Act and the
    presidents of its story are named, and so is every stage, not only its number."""
    from egov_timeline.domain.i18n import item_name

    width, height = size
    window = create_main_window(bundled_pack, language=language)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.resizeDocks([window.details_dock], [max(320, width // 4)], Qt.Orientation.Horizontal)
    with qtbot.waitSignal(window.timeline.first_painted, timeout=5000):
        window.show()
    assert window.timeline.viewport().width() > width - 420  # the timeline beside the panel
    frame = window.timeline.frame()
    named = {item_id for _box, _text, item_id in frame.labels}
    assert KEY_ITEMS <= named, KEY_ITEMS - named
    headers = {h.band.item.id: h.lines for h in frame.stages}
    assert len(headers) == 6
    for stage_id, lines in headers.items():
        name = item_name(bundled_pack.by_id[stage_id], language)
        assert any(line[:4] == name[:4] for line in lines), (stage_id, lines)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_at_250_percent_on_a_projector_every_lane_shows_and_the_key_items_are_named(
    qtbot, bundled_pack, language
):
    """1280x720 with the text at 250 %: the bars fit the window (no "»"), every lane is
    whole in the view, and the E-Government Act and Kim Dae-jung are named."""
    window = create_main_window(bundled_pack, language=language)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    with qtbot.waitSignal(window.timeline.first_painted, timeout=5000):
        window.show()
    window.presentation.set_text_scale(2.5)
    window.fitting_bars.fit()
    for bar in (window.toolbar, window.filter_bar):
        assert bar.sizeHint().width() <= window.width(), bar.objectName()
    assert window.search.line.isVisible() and window.filter_bar.reset_button.isVisible()
    qtbot.waitUntil(lambda: window.timeline.painter.font.pointSizeF() > 20)
    view = window.timeline
    frame = view.frame()
    assert [lane.kind for lane in frame.lanes] == ["administration", "project", "law", "agency"]
    assert frame.lanes[-1].top + frame.lanes[-1].height <= view.viewport().height()
    named = {item_id for _box, _text, item_id in frame.labels}
    assert {"e-government-act", "kim-dae-jung"} <= named, named
    assert all(header.lines for header in frame.stages)  # every stage says something
    window.presentation.set_text_scale(1.0)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_on_a_narrow_window_the_search_field_stays_on_the_tool_bar(qtbot, bundled_pack, language):
    """A window at half a laptop's screen: the search field narrows rather than going into
    the tool bar's "»", so Ctrl+F finds it; with room it widens again."""
    window = create_main_window(bundled_pack, language=language)
    qtbot.addWidget(window)
    window.resize(960, 600)
    with qtbot.waitSignal(window.timeline.first_painted, timeout=5000):
        window.show()
    line = window.search.line
    qtbot.waitUntil(line.isVisible)
    assert line.mapTo(window, line.rect().topRight()).x() <= window.width()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(line.hasFocus)
    narrow = line.width()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: line.width() > narrow)


def test_select_item_emits_its_id(qtbot, bundled_pack):
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.selection.changed) as signal:
        assert window.select_item("e-government-act")
    assert signal.args[0] == "e-government-act"
    assert window.details.item_id == "e-government-act"


def test_f1_lists_every_shortcut_from_the_actions_themselves(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows())
    assert rows["Keyboard Shortcuts"] == "F1"
    assert rows["Quiz"] == "Ctrl+2"
    assert rows["Zoom to Selection"] == "Ctrl+E"
    assert "Timeline: walk the items in date order" in rows
    assert rows["Zoom In"].startswith("Ctrl++")
    assert "Zoom In" not in rows["Zoom In"]  # a media key's own name is not a shortcut to learn
    # every named action with a key is listed with it
    for action in window.all_actions():
        name = action.text().replace("&", "").rstrip(".\u2026 ")
        if name and action.shortcuts():
            assert action.shortcuts()[0].toString() in rows[name], name
    dialog.close()


def test_about_names_the_version_the_pack_and_the_font_licence(window, qtbot):
    from egov_timeline import __version__

    window.commands["about"].trigger()
    box = window.about_box
    assert __version__ in box.text()
    assert window.pack.title in box.informativeText()
    assert "Open Font License" in box.informativeText()
    box.close()
