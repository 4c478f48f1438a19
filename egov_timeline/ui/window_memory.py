"""Where the window was left: restored at the start, saved at quit, and carried over to
the new window when the language is switched. The values themselves are read and checked
by `settings.WindowState` and `settings.Preferences`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, Qt

from egov_timeline.domain.timescale import TimeScale

if TYPE_CHECKING:
    from egov_timeline.ui.main_window import MainWindow


def _available(window: MainWindow) -> QRect | None:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else None


def restore(window: MainWindow) -> None:
    """The size, docks, look, hidden lanes and range of the last time; a first start, or a
    start on a screen of another size, fills most of the screen with the details dock a
    quarter wide (never a window cut by the screen's edge, nor one Qt shrank to guess)."""
    s, prefs = window.window_state, window.preferences
    available = _available(window)
    same_screen = available is None or (
        s["screen_width"] == available.width() and s["screen_height"] == available.height()
    )
    if s["geometry"] is not None and same_screen:
        window.restoreGeometry(s["geometry"])
    else:
        width = min(1440, int(available.width() * 0.92)) if available else 1280
        height = min(900, int(available.height() * 0.9)) if available else 800
        window.resize(width, height)
        if available is not None:
            frame = window.frameGeometry()
            frame.moveCenter(available.center())
            window.move(frame.topLeft())
        window.resizeDocks([window.details_dock], [max(320, width // 4)], Qt.Orientation.Horizontal)
    if s["state"] is not None:
        window.restoreState(s["state"])
    if prefs["theme"] != "light":
        window.presentation.apply_theme(prefs["theme"])
    if prefs["text_scale"] != 1.0:
        window.presentation.set_text_scale(prefs["text_scale"])
    for kind in s["hidden"]:
        if kind in window.lane_actions:
            window.lane_actions[kind].setChecked(False)
    start, span = s["start"], s["span"]
    if start is not None and span is not None:
        timeline = window.timeline
        timeline.set_scale(TimeScale.showing(start, start + span, timeline.scale.width))


def _bars_and_docks(window: MainWindow) -> QByteArray:
    """The tool bars and docks as the timeline has them, even when another page is shown
    (the quiz hides the filter bar and the details panel, and must not keep them hidden)."""
    if window.modes.mode == "timeline" or window.timeline_layout.isEmpty():
        return window.saveState()
    return window.timeline_layout


def save(window: MainWindow) -> None:
    s = window.window_state
    s["geometry"] = window.saveGeometry()
    s["state"] = _bars_and_docks(window)
    available = _available(window)
    if available is not None:
        s["screen_width"], s["screen_height"] = available.width(), available.height()
    s["start"] = window.timeline.scale.start
    s["span"] = window.timeline.scale.span
    s["hidden"] = sorted(window.timeline.hidden_kinds)
    s.sync()


def snapshot(window: MainWindow) -> dict[str, Any]:
    """What a new window needs to carry on where this one is (language switch)."""
    bar = window.filter_bar
    return {
        "scale": window.timeline.scale,
        "selected": window.timeline.selected,
        "history": window.selection.history,  # back and forward go on in the new window
        "hidden": window.timeline.hidden_kinds,
        "mode": window.modes.mode,
        "filter": (bar.administration.currentData(), bar.stage.currentData()),
        "geometry": window.saveGeometry(),
        "state": _bars_and_docks(window),
    }


def carry_on(window: MainWindow, state: dict[str, Any]) -> None:
    window.restoreGeometry(state["geometry"])
    window.restoreState(state["state"])
    for kind, action in window.lane_actions.items():
        action.setChecked(kind not in state["hidden"])
    timeline = window.timeline
    timeline.set_scale(state["scale"].with_width(timeline.scale.width))
    if state["selected"]:
        window.select_item(state["selected"], reveal=False)
    window.selection.adopt_history(state["history"])
    window.filter_bar.set_filter(*state["filter"])
    if state["mode"] != "timeline":
        window.modes.set_mode(state["mode"])
