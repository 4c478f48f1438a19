from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from egov_timeline.ui.app import create_main_window


@pytest.fixture(autouse=True)
def restore_application_look():
    """A test that changes the application's font or palette (text size, themes) must not
    change what the next test sees."""
    app = QApplication.instance()
    if app is None:
        yield
        return
    font, palette = app.font(), app.palette()
    yield
    app.setFont(font)
    app.setPalette(palette)


@pytest.fixture
def window(qtbot, bundled_pack):
    win = create_main_window(bundled_pack)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # earlier tests' windows may still hold the focus
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.timeline.fit_all()
    wait_still(qtbot, win.timeline)
    return win


def wait_still(qtbot, view):
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=3000)


def wheel(view, x: float, notches: float = 1.0, horizontal: bool = False) -> None:
    pos = QPointF(x, view.viewport().height() / 2)
    delta = QPoint(int(120 * notches), 0) if horizontal else QPoint(0, int(120 * notches))
    event = QWheelEvent(
        pos,
        view.viewport().mapToGlobal(pos),
        QPoint(0, 0),
        delta,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
