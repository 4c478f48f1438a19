"""What the tests of the progress store share: a time, answers, what is really in the file,
another program's lock."""

from __future__ import annotations

import datetime as dt
import sqlite3

from egov_timeline.domain.progress import FILE_NAME

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def file_rows(folder, table="reviews") -> int:
    """What another program sees in the file: what is really saved."""
    db = sqlite3.connect(folder / FILE_NAME, timeout=5)
    try:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def answer(store, n: int, when=T0):
    return store.record(f"year:item-{n}", f"item-{n}", "year", correct=n % 3 != 0, score=1.0)


def hold_lock(folder):
    other = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


def at(day: int, hour: int = 9):
    return lambda: dt.datetime(2026, 3, day, hour, 0, 0)
