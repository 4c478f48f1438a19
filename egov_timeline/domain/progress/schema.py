"""The progress file's format: its tables, and bringing an older file up to date. No Qt.

`migrate` checks that a database is an egov-timeline progress file this version can use
(raising `StoreProblem` if not) and runs the migrations it lacks, each in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from egov_timeline.domain.progress import connection
from egov_timeline.domain.progress.reasons import BAD_VERSION, FOREIGN, NEWER, StoreProblem

SCHEMA_VERSION = 2

# Each entry brings a store from the version before it to this version.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE cards (
            card_id TEXT PRIMARY KEY,
            item_id TEXT NOT NULL,
            type TEXT NOT NULL,
            fsrs TEXT NOT NULL,
            due TEXT NOT NULL,
            reps INTEGER NOT NULL DEFAULT 0,
            lapses INTEGER NOT NULL DEFAULT 0,
            last_correct INTEGER,
            last_review TEXT
        )""",
        "CREATE INDEX cards_due ON cards (due)",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            card_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            type TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            correct INTEGER NOT NULL,
            score REAL NOT NULL,
            rating INTEGER NOT NULL,
            duration_ms INTEGER,
            card_before TEXT
        )""",
        "CREATE INDEX reviews_time ON reviews (answered_at)",
    ],
    # How sure the student said they were ("sure", "think", "guess"), and the item a wrong
    # answer chose: the pairs this student confuses.
    2: [
        "ALTER TABLE reviews ADD COLUMN confidence TEXT",
        "ALTER TABLE reviews ADD COLUMN chosen TEXT",
    ],
}


def migrate(db: sqlite3.Connection, before_update: Callable[[], None] | None = None) -> None:
    """Bring the store in `db` to SCHEMA_VERSION. Raises StoreProblem (FOREIGN, BAD_VERSION,
    NEWER) if it is not a store this version can use; `before_update()` is called first when
    an existing store is about to change format (to back it up)."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = 0
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        try:
            version = int(row[0]) if row else 0
        except ValueError:
            raise StoreProblem(BAD_VERSION, "its schema version is not a number") from None
    elif tables:
        raise StoreProblem(FOREIGN, "it is a database, but not an egov-timeline progress file")
    if version > SCHEMA_VERSION:
        raise StoreProblem(NEWER, f"schema {version}", version)
    if 0 < version < SCHEMA_VERSION and before_update is not None:
        before_update()
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with connection.transaction(db):
            for statement in MIGRATIONS[target]:
                db.execute(statement)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(target),))


def new_memory_store() -> sqlite3.Connection:
    """An empty store of this format, in memory."""
    db = connection.connect(":memory:")
    migrate(db)
    return db
