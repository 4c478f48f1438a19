"""Why the progress file cannot take answers, and what the store says about it.

The reasons (`FULL`, `READ_ONLY`, ...), how an error from SQLite or the system maps to one
(`failure_reason`), `StoreState` (whether every answer given is in the file), and the two
problems the store raises: `StoreProblem` (the file cannot be used now) and
`RestoreProblem` (a backup could not be restored). No Qt.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import msgspec

# Why answers are not in the file (StoreState.reason). The first five pass: the store
# tries again. NEWER and MEMORY do not: those answers live as long as the app.
FULL, READ_ONLY, IN_USE, DAMAGED, UNAVAILABLE = "full", "read-only", "in-use", "damaged", "other"
NEWER, MEMORY = "newer", "memory"
RETRYABLE = (FULL, READ_ONLY, IN_USE, DAMAGED, UNAVAILABLE)
# Why a file was moved aside (StoreProblem.kind, besides the reasons above)
FOREIGN, BAD_VERSION = "foreign", "bad-version"


class StoreState(msgspec.Struct, frozen=True):
    """Whether every answer given is in the file, and if not, why."""

    unsaved: int = 0  # answers given (or re-rated) that are not in the file yet
    reason: str | None = None  # FULL, READ_ONLY, IN_USE, DAMAGED, UNAVAILABLE, NEWER, MEMORY
    complete: bool = True  # False: answers in the file cannot be read now, so are not shown
    folder: Path | None = None

    @property
    def all_saved(self) -> bool:
        return self.unsaved == 0 and self.reason is None

    @property
    def retrying(self) -> bool:
        return self.reason in RETRYABLE


class StoreProblem(Exception):
    """The file is not a progress store this version can use now. `kind` says why: DAMAGED,
    FOREIGN or BAD_VERSION (it is moved aside), NEWER (left alone), or a passing reason."""

    def __init__(self, kind: str, detail: str = "", version: int = 0) -> None:
        super().__init__(detail or kind)
        self.kind = kind
        self.detail = detail
        self.version = version


class RestoreProblem(Exception):
    """A backup could not be restored; nothing was changed. `kind`: "unsaved" (answers are
    waiting to be saved), "unreadable", NEWER, or a reason the file cannot be written."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(detail or kind)
        self.kind = kind
        self.detail = detail


# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF)
_SQLITE_REASONS = {
    3: READ_ONLY,  # SQLITE_PERM
    5: IN_USE,  # SQLITE_BUSY
    6: IN_USE,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY (and _DIRECTORY, _DBMOVED, ...)
    10: UNAVAILABLE,  # SQLITE_IOERR
    11: DAMAGED,  # SQLITE_CORRUPT
    13: FULL,  # SQLITE_FULL
    14: UNAVAILABLE,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}
_WORDS = (
    ("full", FULL),
    ("locked", IN_USE),
    ("busy", IN_USE),
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
)


def failure_reason(exc: BaseException) -> str:
    """Why a read or write of the file failed, from SQLite's code (or its words)."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_REASONS:
            return _SQLITE_REASONS[code & 0xFF]
        text = str(exc).lower()
        for word, reason in _WORDS:
            if word in text:
                return reason
        return UNAVAILABLE
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return READ_ONLY
    return UNAVAILABLE


# What a read or write of the file may raise that `failure_reason` words
FAILURES = (sqlite3.Error, OSError)
