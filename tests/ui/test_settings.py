"""Preferences and window state: each option reads what a damaged file left as its default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from egov_timeline.ui.settings import Preferences, WindowState


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_missing_file_gives_every_default(settings):
    prefs, state = Preferences(settings), WindowState(settings)
    assert prefs["theme"] == "light" and prefs["text_scale"] == 1.0
    assert prefs["language"] is None and prefs["both_names"] is False
    assert state["geometry"] is None and state["hidden"] == []


def test_what_was_saved_is_read_back(settings):
    prefs, state = Preferences(settings), WindowState(settings)
    prefs["theme"], prefs["text_scale"], prefs["both_names"] = "dark", 1.75, True
    state["hidden"], state["geometry"] = ["law"], QByteArray(b"\x01\x02")
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    prefs, state = Preferences(again), WindowState(again)
    assert (prefs["theme"], prefs["text_scale"], prefs["both_names"]) == ("dark", 1.75, True)
    assert state["hidden"] == ["law"] and state["geometry"] == QByteArray(b"\x01\x02")


@pytest.mark.parametrize(
    ("name", "bad"),
    [
        ("theme", "purple"),
        ("text_scale", "nan"),
        ("text_scale", "9"),
        ("language", "fr"),
        ("both_names", "maybe"),
        ("new_cards", "-3"),
        ("new_cards", "9" * 40),
    ],
)
def test_a_value_out_of_range_or_of_the_wrong_kind_reads_as_the_default(settings, name, bad):
    prefs = Preferences(settings)
    settings.setValue(Preferences.OPTIONS[name].key, bad)
    assert prefs[name] == Preferences.OPTIONS[name].default
