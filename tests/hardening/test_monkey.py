"""A seeded random walk of 5,000 user actions on the real main window, offscreen: no
exception (pytest-qt fails the test on one raised in any slot or event handler), no Qt
warning about misuse, and memory that stays put."""

from __future__ import annotations

import ctypes
import gc
import random
import resource
import sys

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QtMsgType
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import wheel

ACTIONS = 5000
WORDS = ["roh", "nca", "act", "전자정부법", "kim dae", "G4C", "zz", "1996", "e-gov", ""]
# Messages of the offscreen platform itself, not of misuse
PLATFORM_NOISE = ("propagateSizeHints", "QFont::setPointSizeF", "This plugin does not support")


def rss_mb() -> float:
    """Resident memory once garbage is collected and the C allocator has handed its free
    pages back: what is still held, not what earlier tests left free but mapped."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: measure as it is
    try:
        with open("/proc/self/statm") as stream:
            pages = int(stream.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


@pytest.mark.slow
def test_five_thousand_random_actions(window, qtbot, qtlog):
    rng = random.Random(20261127)
    view = window.timeline
    vp = view.viewport()
    window.resize(1280, 800)

    def point():
        return QPoint(rng.randrange(0, max(1, vp.width())), rng.randrange(0, max(1, vp.height())))

    def key(k, mods=Qt.KeyboardModifier.NoModifier, target=None):
        qtbot.keyClick(target or QApplication.focusWidget() or window, k, mods)

    def quiz_step():
        window.modes.set_mode("quiz")
        page = window.modes.quiz_page
        if page.session is None or page.stack.currentWidget() is not page.question_screen:
            page.start.count.setValue(rng.randint(1, 4))
            page.start.start_practice()
            return
        q = page.session.current
        if q is None:
            page.confirm_or_continue()
        elif q.type in ("order", "place"):
            page.confirm_or_continue()
        elif page.session.answered_current:
            page.confirm_or_continue()
        else:
            page._pick(rng.randrange(len(q.choices)))

    def class_step():
        window.modes.set_mode("class")
        page = window.modes.class_page
        if page.stack.currentWidget() is page.setup:
            page.count.setValue(rng.randint(1, 3))
            page.start()
        else:
            key(
                rng.choice([Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_P]),
                target=page,
            )

    def timeline_action():
        window.modes.set_mode("timeline")
        choice = rng.randrange(16)
        if choice == 0:
            wheel(view, rng.randrange(vp.width()), rng.choice([-2, -1, 1, 2, 3]))
        elif choice == 1:
            start = point()
            qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
            qtbot.mouseMove(vp, start + QPoint(rng.randint(-300, 300), 0))
            qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start)
        elif choice == 2:
            qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=point())
        elif choice == 3:
            view.setFocus()
            key(
                rng.choice(
                    [
                        Qt.Key.Key_Tab,
                        Qt.Key.Key_Backtab,
                        Qt.Key.Key_Left,
                        Qt.Key.Key_Right,
                        Qt.Key.Key_Home,
                        Qt.Key.Key_End,
                        Qt.Key.Key_Return,
                        Qt.Key.Key_Escape,
                        Qt.Key.Key_Plus,
                        Qt.Key.Key_Minus,
                    ]
                ),
                target=view,
            )
        elif choice == 4:
            rng.choice(
                [
                    window.commands["zoom_in"],
                    window.commands["zoom_out"],
                    window.commands["fit"],
                    window.commands["zoom_selection"],
                    window.commands["back"],
                    window.commands["forward"],
                ]
            ).trigger()
        elif choice == 5:
            rng.choice(list(window.lane_actions.values())).trigger()
        elif choice == 6:
            window.search.line.setText(rng.choice(WORDS))
            if rng.random() < 0.5:
                window.search.choose_current()
        elif choice == 7:
            window.search.clear()
        elif choice == 8:
            bar = window.filter_bar
            bar.administration.setCurrentIndex(rng.randrange(bar.administration.count()))
            bar.stage.setCurrentIndex(rng.randrange(bar.stage.count()))
        elif choice == 9:
            window.filter_bar.reset()
        elif choice == 10:
            item = rng.choice(window.pack.items)
            window.navigate_to(item.id)
        elif choice == 11:
            detail = window.details
            if detail.detail and detail.detail.linked_ids():
                window.navigate_to(rng.choice(detail.detail.linked_ids()))
        elif choice == 12:
            if window.tours.tour is None and window.pack.tours:
                window.tours.start(rng.choice(window.pack.tours).id)
            else:
                window.tours.step(rng.choice([1, 1, -1]))
        elif choice == 13:
            window.tours.end()
        elif choice == 14:
            window.panes.switch()
        else:
            qtbot.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=point())

    def rare_action():
        choice = rng.randrange(6)
        if choice == 0:
            window.resize(rng.randint(640, 1800), rng.randint(420, 1100))
        elif choice == 1:
            window.presentation.apply_theme(rng.choice(["light", "dark", "contrast"]))
        elif choice == 2:
            window.presentation.set_text_scale(rng.choice([1.0, 1.25, 1.5, 2.0]))
        elif choice == 3:
            window.modes.set_mode("progress")
        elif choice == 4:
            window.commands["details_panel"].trigger()
        else:
            window.presentation.set_presenting(not window.presentation.presenting)

    start_rss = None
    for n in range(ACTIONS):
        roll = rng.random()
        if roll < 0.70:
            timeline_action()
        elif roll < 0.86:
            quiz_step()
        elif roll < 0.96:
            class_step()
        else:
            rare_action()
        QApplication.processEvents()
        # what the event loop does between actions: delete what was scheduled for deletion
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if n == 500:
            start_rss = rss_mb()
    if window.presentation.presenting:
        window.presentation.set_presenting(False)
    growth = rss_mb() - start_rss
    print(f"\nmonkey walk: {ACTIONS} actions, memory growth {growth:.1f} MB", file=sys.stderr)
    assert growth < 20, f"memory grew by {growth:.1f} MB"
    misuse = [
        m.message
        for m in qtlog.records
        if m.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(noise in m.message for noise in PLATFORM_NOISE)
    ]
    assert not misuse, misuse[:10]
    _ = QPointF
