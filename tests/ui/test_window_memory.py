"""The window comes back where it was left, and always within the screen it opens on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from egov_timeline.ui.app import create_main_window


def open_window(qtbot, pack, size: QSize | None = None):
    window = create_main_window(pack)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_on_the_same_screen_the_window_comes_back_at_the_size_it_was_left(qtbot, bundled_pack):
    open_window(qtbot, bundled_pack, QSize(700, 500)).close()
    again = open_window(qtbot, bundled_pack)
    assert again.size() == QSize(700, 500)
    again.close()


def test_on_a_screen_of_another_size_the_window_fills_most_of_it(qtbot, bundled_pack):
    first = open_window(qtbot, bundled_pack, QSize(400, 300))
    first.close()
    # as if it had been left on a large monitor, then opened on this screen
    first.window_state["screen_width"], first.window_state["screen_height"] = 3840, 2100
    first.window_state.sync()
    again = open_window(qtbot, bundled_pack)
    available = again.screen().availableGeometry()
    assert again.width() >= min(1440, int(available.width() * 0.92)) - 1
    assert again.height() >= min(900, int(available.height() * 0.9)) - 1
    assert available.contains(again.geometry())
    again.close()


def test_quitting_from_the_quiz_keeps_the_filter_bar_and_the_details_panel(qtbot, bundled_pack):
    first = open_window(qtbot, bundled_pack, QSize(700, 500))
    assert first.filter_bar.isVisible() and first.details_dock.isVisible()
    first.modes.set_mode("quiz")
    assert not first.filter_bar.isVisible()  # the quiz has no use for them
    first.close()
    again = open_window(qtbot, bundled_pack)
    assert again.filter_bar.isVisible() and again.details_dock.isVisible()
    again.close()


def test_every_bar_and_dock_comes_back_from_the_view_menu_and_stays_as_left(qtbot, bundled_pack):
    window = open_window(qtbot, bundled_pack, QSize(1366, 740))
    view_menu = window.commands.menus["view"]
    by_text = {a.text().replace("&", ""): a for a in view_menu.actions() if a.text()}
    for name in ("Tool Bar", "Show and Filter Bar", "Details Panel", "Timeline as a List"):
        assert name in by_text, sorted(by_text)
    by_text["Show and Filter Bar"].trigger()
    assert not window.filter_bar.isVisible()
    window.modes.set_mode("quiz")
    assert not by_text["Show and Filter Bar"].isVisible()  # the timeline's bar, not the quiz's
    window.modes.set_mode("timeline")
    assert not window.filter_bar.isVisible()  # left hidden, stays hidden
    by_text["Show and Filter Bar"].trigger()
    assert window.filter_bar.isVisible()
    by_text["Tool Bar"].trigger()
    assert not window.toolbar.isVisible()
    window.commands["find"].trigger()  # Ctrl+F needs the search field: the bar comes back
    assert window.toolbar.isVisible() and window.focusWidget() is window.search.line
    by_text["Tool Bar"].trigger()
    window.close()
    again = open_window(qtbot, bundled_pack)
    assert not again.toolbar.isVisible() and again.filter_bar.isVisible()
    again.close()


def test_file_dialogs_open_in_documents_then_where_the_last_file_went(
    qtbot, bundled_pack, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    asked: list[str] = []
    handouts = tmp_path / "handouts"
    handouts.mkdir()

    def save_dialog(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return str(handouts / "poster.svg"), "SVG picture (*.svg)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window = open_window(qtbot, bundled_pack)
    window.paper._ask_poster()
    window.paper._ask_poster()
    first, second = (Path(path) for path in asked)
    expected = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert first.parent == expected and first.name == "timeline-poster.pdf"
    assert second.parent == handouts
    window.close()
    # and the next start remembers it, for the pack dialog too
    opened: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda _parent, _title, start: opened.append(start) or "",
    )
    again = open_window(qtbot, bundled_pack)
    again.pack_opener.open_dialog()
    assert opened == [str(handouts)]
    again.close()
