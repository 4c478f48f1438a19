"""The one user folder: everything the app writes lives here."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from egov_timeline.domain.files import set_aside

DATA_DIR_ENV = "EGOV_TIMELINE_DATA_DIR"


APP_NAME = "egov-timeline"


def user_data_dir() -> Path:
    """$EGOV_TIMELINE_DATA_DIR when set (tests, portable use), else Qt's AppDataLocation for
    this app (also before the application object exists, as when the command line reads
    the cache: without the names Qt would answer a folder shared with other programs)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        folder = Path(override).expanduser()
    else:
        if not QCoreApplication.applicationName() or not QCoreApplication.organizationName():
            QCoreApplication.setApplicationName(APP_NAME)
            QCoreApplication.setOrganizationName(APP_NAME)
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # read-only home: settings then live in memory only, and nothing crashes
    return folder


SETTINGS_FILE = "settings.ini"
LOG_FILE = "egov-timeline.log"


def open_settings() -> QSettings:
    """Preferences and window state, as an INI file in the user folder. A file Qt cannot
    read is moved aside under a new name (never deleted) and a fresh one is started."""
    path = user_data_dir() / SETTINGS_FILE
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError or _unreadable_text(path):
        del settings
        kept = set_aside(path)
        if kept is not None:
            log(f"settings file {path} could not be read; kept as {kept.name}")
        settings = QSettings(str(path), QSettings.Format.IniFormat)
    return settings


def _unreadable_text(path: Path) -> bool:
    """An INI file that is not text (Qt reads such a file without complaint, as empty)."""
    try:
        data = path.read_bytes()[:65536]
    except OSError:
        return False
    return b"\x00" in data or _not_utf8(data)


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def log(message: str) -> None:
    """Append one line to the log in the user folder; never fails loudly."""
    import datetime as dt

    try:
        with open(user_data_dir() / LOG_FILE, "a", encoding="utf-8") as stream:
            stream.write(f"{dt.datetime.now().isoformat(timespec='seconds')} {message}\n")
    except OSError:
        pass


def cache_dir() -> Path | None:
    """Where compiled content packs are kept: `cache/` in the user folder."""
    try:
        folder = user_data_dir() / "cache"
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder
