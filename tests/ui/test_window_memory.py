"""The window comes back where it was left, and always within the screen it opens on."""

from __future__ import annotations

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
