"""Talking to a progress file: connecting, transactions, closing. No Qt.

The other modules of the store call these through the module (`connection.transaction`,
`connection.connect`), so that there is one place where each is defined and looked up.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

BUSY_TIMEOUT = 0.5  # seconds an answer waits for another program's lock on the file


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def connect(target: str, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    db = sqlite3.connect(target, isolation_level=None, timeout=timeout)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def close(db: sqlite3.Connection | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()
