"""Usable by everyone: names for screen readers, the timeline as a list, keyboard-only use,
and text contrast of at least 4.5:1 in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTextBrowser,
)

from egov_timeline.ui.timeline.theme import KIND_COLOURS, THEMES, Theme
from tests.ui.conftest import wait_still


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("name", list(THEMES))
def test_text_has_a_contrast_of_at_least_4_5_in_every_theme(name):
    t = Theme(name)
    pairs = {
        "text on background": (t.text, t.background),
        "muted text on background": (t.muted_text, t.background),
        "text on the gutter": (t.text, t.gutter),
        "text on a cluster": (t.cluster_text, t.cluster_fill),
        "text on the selection glow": (t.text, t.selection_fill),
        "text on a related glow": (t.text, t.related_fill),
    }
    for kind in KIND_COLOURS:
        pairs[f"label on a {kind} bar"] = (t.text, t.bar_fill(kind))
    for order in range(1, 7):
        pairs[f"stage {order} name on its band"] = (t.text, t.stage_tint(order))
    spec = THEMES[name]
    pairs["window text"] = (QColor(spec["text"]), QColor(spec["window"]))
    pairs["link"] = (QColor(spec["link"]), QColor(spec["base"]))
    pairs["right answer"] = (QColor(spec["right"]), QColor(spec["window"]))
    pairs["wrong answer"] = (QColor(spec["wrong"]), QColor(spec["window"]))
    # an answered quiz question marks its choices on the button face
    pairs["right choice"] = (QColor(spec["right"]), QColor(spec["button"]))
    pairs["wrong choice"] = (QColor(spec["wrong"]), QColor(spec["button"]))
    pairs["other choices"] = (QColor(spec["muted_text"]), QColor(spec["button"]))
    pairs["highlighted text"] = (QColor(spec["highlight_text"]), QColor(spec["highlight"]))
    low = {what: round(contrast(a, b), 2) for what, (a, b) in pairs.items() if contrast(a, b) < 4.5}
    assert not low, low


def test_every_control_has_a_name_a_screen_reader_can_say(window, qtbot):
    # open every page so that all their controls exist
    for mode in ("quiz", "progress", "class", "timeline"):
        window.modes.set_mode(mode)
    controls = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QTextBrowser,
    )
    nameless = []
    for widget in window.findChildren(controls[0].__mro__[1]):  # every QWidget
        if not isinstance(widget, controls) or widget.objectName().startswith("qt_"):
            continue
        # parts Qt makes inside a control (table headers, a line's clear button, a combo's
        # pop-up list) are named by the control itself
        if (
            isinstance(widget, QHeaderView)
            or isinstance(widget.parent(), QLineEdit)
            or widget.window() is not window
        ):
            continue
        name = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
        if not str(name).strip() and not widget.toolTip():
            nameless.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parent()).__name__} {widget.parent().objectName()!r}"
            )
    assert nameless == [], nameless


def test_the_timeline_as_a_list_follows_the_selection_both_ways(window, qtbot):
    window.commands["list"].trigger()
    listing = window.timeline_list
    assert listing.isVisible() and listing.accessibleName()
    assert listing.count() == len(window.pack)
    window.select_item("e-government-act")
    assert listing.currentItem().data(Qt.ItemDataRole.UserRole) == "e-government-act"
    current = listing.currentItem()
    assert current.text().splitlines()[0] == "E-Government Act"  # the name leads
    assert "2001" in current.text().splitlines()[1]
    spoken = current.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "2001" in spoken and "E-Government Act" in spoken and "\n" not in spoken
    row = next(
        r
        for r in range(listing.count())
        if listing.item(r).data(Qt.ItemDataRole.UserRole) == "kim-dae-jung"
    )
    listing.setCurrentRow(row)
    assert window.timeline.selected == "kim-dae-jung"


def test_the_keyboard_alone_reaches_timeline_panel_and_quiz(window, qtbot):
    view = window.timeline
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    chosen = view.selected
    assert chosen
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.details.item_id == chosen
    qtbot.keyClick(window, Qt.Key.Key_F6)
    browser = window.details.browser
    assert QApplication.focusWidget() is browser
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # to the first link
    before = view.selected
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert view.selected != before  # the link was followed
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.modes.quiz_page
    qtbot.keyClick(page.start.start_button, Qt.Key.Key_Return)
    assert page.session is not None
    q = page.session.current
    if q.type not in ("order", "place"):
        qtbot.keyClick(page.question_screen, Qt.Key.Key_1)
        qtbot.keyClick(page.question_screen, Qt.Key.Key_Q)  # how sure: the answer shows
        assert page.session.answered_current
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.modes.mode == "timeline"


@pytest.mark.parametrize("theme", list(THEMES))
def test_the_pane_with_the_keyboard_shows_a_ring_in_every_theme(window, qtbot, theme):
    window.presentation.apply_theme(theme)
    window.list_dock.show()
    window.activateWindow()
    qtbot.waitActive(window)
    panes = {
        "timeline": (window.timeline, window.timeline),
        "details": (window.details_dock.widget(), window.details),
        "list": (window.timeline_list, window.timeline_list),
        "filter": (window.filter_bar, window.filter_bar.administration),
    }
    for name, (pane, target) in panes.items():
        target.setFocus()
        qtbot.waitUntil(lambda target=target: target.hasFocus())
        assert window.focus_rings.pane_with_focus() is pane, name
        # the ring is drawn in the theme's selection colour along the pane's edge
        image = pane.grab().toImage()
        edge = image.pixelColor(image.width() // 2, 0)
        assert contrast(edge, QColor(THEMES[theme]["background"])) >= 3.0, (name, edge.name())
    window.search.line.setFocus()
    qtbot.waitUntil(lambda: window.search.line.hasFocus())
    assert window.focus_rings.pane_with_focus() is None  # the search field has its own


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_the_search_field_has_a_visible_border_on_dark_grounds(window, theme):
    window.presentation.apply_theme(theme)
    line = window.search.line
    image = line.grab().toImage()
    border = image.pixelColor(line.width() // 2, 0)
    inside = image.pixelColor(line.width() // 2, line.height() // 2)
    assert contrast(border, QColor(THEMES[theme]["window"])) >= 3.0, border.name()
    assert contrast(border, inside) >= 3.0


def test_moving_the_timeline_repaints_only_the_timeline_its_overview_and_ring(window, qtbot):
    """The ring is only its border, and the overview paints every pixel: a pan must not
    repaint the page under them (that doubled the cost of a frame)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    window.timeline.setFocus()
    qtbot.waitUntil(lambda: window.focus_rings.pane_with_focus() is window.timeline)
    window.timeline.zoom_in()
    wait_still(qtbot, window.timeline)

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.widgets: set[str] = set()

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.widgets.add(watched.objectName() or type(watched).__name__)
            return False

    painted = Painted()
    for widget in window.findChildren(QWidget):
        widget.installEventFilter(painted)
    QApplication.processEvents()
    painted.widgets.clear()
    window.timeline.pan_by(30)
    qtbot.waitUntil(lambda: "qt_scrollarea_viewport" in painted.widgets)
    QApplication.processEvents()
    assert painted.widgets <= {"qt_scrollarea_viewport", "overview", "focusRing"}
    # the timeline shows through the ring, which still draws its border
    image = window.timeline.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    edge = image.pixelColor(image.width() // 2, 0)
    assert centre != edge
