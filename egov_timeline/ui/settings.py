"""What the app remembers, in two parts over one `QSettings` file: the user's preferences
(theme, text size, language, both names, new cards per study, a test to study for) and the
window's state (geometry, docks and toolbars, the timeline's range, hidden lanes).

Each option is declared once, with its key, its default and how a stored value is read
(in the manner of Picard's options). A value a hand edit, another version or a damaged disk
left behind (not a number, out of range, the wrong type) reads as the default: a settings
file never stops the start.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QSettings

from egov_timeline.ui.timeline.theme import THEMES

Reader = Callable[[object], Any]  # the stored value, or None when it cannot be used


def number(low: float, high: float) -> Reader:
    """A finite number within low..high."""

    def read(value: object) -> float | None:
        try:
            found = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        return found if math.isfinite(found) and low <= found <= high else None

    return read


def whole(low: int, high: int) -> Reader:
    """A whole number within low..high."""

    def read(value: object) -> int | None:
        try:
            found = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError, OverflowError):
            return None
        return found if low <= found <= high else None

    return read


def choice(*allowed: str) -> Reader:
    return lambda value: value if isinstance(value, str) and value in allowed else None


def flag(value: object) -> bool | None:
    text = str(value).lower() if isinstance(value, str | bool) else ""
    return {"true": True, "false": False}.get(text)


def blob(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def names(value: object) -> list[str] | None:
    """A list of short names (QSettings gives one name as a plain string)."""
    if isinstance(value, str):
        value = [value] if value else []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return value


def day(value: object) -> dt.date | None:
    """A calendar day, stored as ISO text ("2026-12-18"); a QDate or date is taken too."""
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        return None


def identifier(value: object) -> str | None:
    """An item id as a pack spells it: short, one line, no spaces."""
    if not isinstance(value, str) or not 0 < len(value) <= 200:
        return None
    return value if value.isprintable() and not any(c.isspace() for c in value) else None


def folder(value: object) -> str | None:
    """A folder that still exists (a USB stick may be gone)."""
    return value if isinstance(value, str) and value and Path(value).is_dir() else None


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    read: Reader


class _Options:
    """Options by name over a QSettings: `prefs["theme"]`, `prefs["theme"] = "dark"`."""

    OPTIONS: dict[str, Option] = {}

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def __getitem__(self, name: str) -> Any:
        option = self.OPTIONS[name]
        raw = self.settings.value(option.key)
        found = None if raw is None else option.read(raw)
        return option.default if found is None else found

    def __setitem__(self, name: str, value: object) -> None:
        self.settings.setValue(self.OPTIONS[name].key, value)

    def sync(self) -> None:
        self.settings.sync()


class Preferences(_Options):
    """What the user chose."""

    OPTIONS = {
        "theme": Option("view/theme", "light", choice(*THEMES)),
        "text_scale": Option("view/text_scale", 1.0, number(1.0, 2.5)),
        "presentation_scale": Option("view/presentation_scale", 1.5, number(1.0, 2.5)),
        "language": Option("view/language", None, choice("en", "ko")),
        "both_names": Option("view/both_names", False, flag),
        # None: the study's own default (domain/session.py, not imported at start-up)
        "new_cards": Option("quiz/new_cards", None, whole(0, 50)),  # the spin box's range
        # after choosing, the student says how sure they are: sure, think so, guess
        "ask_confidence": Option("quiz/ask_confidence", True, flag),
        # a test to study for (domain/exam_plan.py): its day (None: no test; a day already
        # past reads as it is, and plan_for makes no plan for it) and what it covers, a
        # stage id (None: everything; an id the pack no longer has means everything too)
        "exam_date": Option("study/exam_date", None, day),
        "exam_scope": Option("study/exam_scope", None, identifier),
    }


class WindowState(_Options):
    """Where the window was left."""

    OPTIONS = {
        "geometry": Option("window/geometry", None, blob),
        "state": Option("window/state", None, blob),
        # the screen the geometry was saved on (its available width and height)
        "screen_width": Option("window/screen_width", None, whole(64, 100_000)),
        "screen_height": Option("window/screen_height", None, whole(64, 100_000)),
        "start": Option("timeline/start", None, number(-10_000.0, 10_000.0)),
        "span": Option("timeline/span", None, number(1e-6, 20_000.0)),
        "hidden": Option("timeline/hidden", [], names),
        "last_folder": Option("files/last_folder", None, folder),  # of a file dialog
    }
