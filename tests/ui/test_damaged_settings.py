"""A damaged or hand-edited settings file never stops the window from starting."""

from __future__ import annotations

import pytest

from egov_timeline.ui.app import create_main_window
from egov_timeline.ui.userdata import open_settings


@pytest.mark.parametrize("bad", ["nan", "inf", "-inf", "1e308", "abc", ""])
def test_a_bad_text_size_or_view_range_is_ignored_at_start(qtbot, bundled_pack, bad):
    settings = open_settings()
    settings.setValue("view/text_scale", bad)
    settings.setValue("view/presentation_scale", bad)
    settings.setValue("timeline/start", bad)
    settings.setValue("timeline/span", "inf" if bad != "inf" else "1e308")
    settings.sync()
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    window.show()
    assert window.presentation.text_scale == 1.0
    scale = window.timeline.scale
    assert 1900 < scale.start < 2100 and 0 < scale.span < 200  # the usual first view
    window.presentation.set_presenting(True)  # the presentation size is read from the settings too
    assert window.presentation.text_scale == 1.5
    window.presentation.set_presenting(False)


def test_a_good_text_size_is_still_remembered(qtbot, bundled_pack):
    settings = open_settings()
    settings.setValue("view/text_scale", 1.75)
    settings.sync()
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    window.show()
    assert window.presentation.text_scale == 1.75


# Every key the app reads, with what a hand edit, another version or a damaged disk may
# leave there.
ALL_KEYS = (
    "quiz/new_cards",
    "timeline/hidden",
    "timeline/span",
    "timeline/start",
    "view/both_names",
    "view/language",
    "view/presentation_scale",
    "view/text_scale",
    "view/theme",
    "window/geometry",
    "window/state",
)
ABSURD = [
    "nan",
    "-inf",
    "1e308",
    "-1",
    "",
    "\x00\x01\x7f",
    ["a", "b"],
    b"\xff\xfe\x00junk",
    "9" * 40,
]


@pytest.mark.parametrize("bad", ABSURD, ids=repr)
def test_absurd_values_in_every_key_never_stop_the_start(qtbot, bundled_pack, bad):
    settings = open_settings()
    for key in ALL_KEYS:
        settings.setValue(key, bad)
    settings.sync()
    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.language in ("en", "ko") and window.presentation.text_scale == 1.0
    assert window.timeline.isVisible() and window.timeline.frame().hits  # items are drawn
    window.modes.set_mode("quiz")  # the quiz page reads its own settings
    assert window.modes.quiz_page.start.new_cards.value() > 0
