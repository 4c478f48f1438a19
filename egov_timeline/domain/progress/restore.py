"""Restoring a backup of the progress file: reading the backup, then replacing the answers
and cards with its own. No Qt.

`load_backup` copies a backup into a database in memory and brings it up to date, or raises
`RestoreProblem` having changed nothing; `replace_tables` puts its answers and cards in
place of the file's, in one transaction. The store backs the file up in between, so that
a restore can be undone (`ProgressStore.restore`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from egov_timeline.domain.progress import connection, schema
from egov_timeline.domain.progress.connection import BUSY_TIMEOUT
from egov_timeline.domain.progress.reasons import FAILURES, NEWER, RestoreProblem, StoreProblem

RESTORED_TABLES = ("cards", "reviews")


def load_backup(backup: Path, source: sqlite3.Connection) -> None:
    """Copy the backup at `backup` into `source` and bring it to this version's format.
    Raises RestoreProblem ("unreadable" or NEWER)."""
    try:
        saved = sqlite3.connect(
            f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT
        )
        try:
            check = saved.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise RestoreProblem("unreadable", check[0] if check else "")
            saved.execute("BEGIN")
            saved.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            saved.backup(source)
        finally:
            saved.close()
        schema.migrate(source)
    except StoreProblem as problem:
        raise RestoreProblem(
            NEWER if problem.kind == NEWER else "unreadable", problem.detail
        ) from None
    except FAILURES as exc:
        raise RestoreProblem("unreadable", str(exc)) from None


def replace_tables(file: sqlite3.Connection, source: sqlite3.Connection) -> None:
    """Put the answers and cards of `source` in place of those in `file`."""
    with connection.transaction(file):
        for table in RESTORED_TABLES:
            file.execute(f"DELETE FROM {table}")
            rows = source.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in rows.description]
            marks = ", ".join("?" for _ in names)
            file.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
