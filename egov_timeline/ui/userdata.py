"""The one user folder: everything the app writes lives here."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

DATA_DIR_ENV = "EGOV_TIMELINE_DATA_DIR"


def user_data_dir() -> Path:
    """$EGOV_TIMELINE_DATA_DIR when set (tests, portable use), else Qt's AppDataLocation."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override).expanduser()
    else:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # read-only home: settings then live in memory only, and nothing crashes
    return folder


def open_settings() -> QSettings:
    """Preferences and window state, as an INI file in the user folder."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def cache_dir() -> Path | None:
    """Where compiled content packs are kept: `cache/` in the user folder."""
    try:
        folder = user_data_dir() / "cache"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder
