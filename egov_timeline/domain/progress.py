"""The progress store: quiz cards scheduled with FSRS and every answer given, in SQLite.

One file, `progress.sqlite`, in the user folder. Every answer is committed at once, so a
crash loses nothing already answered. A file that cannot be read (damaged, not a database,
or written by a newer version) is moved aside under a new name, never deleted, and a fresh
store is started; `ProgressStore.open` says so in a message for the user. No Qt.
"""

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import msgspec

from egov_timeline.domain.files import set_aside

SCHEMA_VERSION = 1
FILE_NAME = "progress.sqlite"

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
}

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}


class Review(msgspec.Struct, frozen=True):
    card_id: str
    item_id: str
    type: str
    answered_at: dt.datetime
    correct: bool
    score: float
    rating: int


class StoreProblem(Exception):
    """The file is not a progress store this version can use."""


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


class ProgressStore:
    def __init__(self, path: Path | None) -> None:
        """Open (or create) the store at `path`; None keeps it in memory. Raises
        StoreProblem if the file is not a store this version can use."""
        self.path = path
        self._scheduler = None
        try:
            self._db = sqlite3.connect(str(path) if path else ":memory:", isolation_level=None)
            self._db.execute("PRAGMA foreign_keys = ON")
            check = self._db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise StoreProblem(
                    f"the database is damaged ({check[0] if check else 'no answer'})"
                )
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            raise StoreProblem(str(exc)) from None
        except StoreProblem:
            self._close_quietly()
            raise

    # ---- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path | None) -> tuple["ProgressStore", str | None]:
        """The store in `folder`, and a message for the user if the old file had to be set
        aside (or, failing even that, if progress is kept in memory only)."""
        if folder is None:
            return cls(None), "Progress is kept in memory only: there is no user folder."
        path = folder / FILE_NAME
        try:
            return cls(path), None
        except StoreProblem as problem:
            reason = str(problem)
        kept = set_aside(path)
        if kept is None:
            return cls(None), (
                f"Your progress file {path} could not be read ({reason}) and could not be "
                "moved aside either; this session's answers are kept in memory only."
            )
        try:
            store = cls(path)
        except StoreProblem:
            return cls(None), (
                f"Your progress file could not be read ({reason}); it was "
                f"kept as {kept}. This session's answers are kept in memory only."
            )
        return store, (
            f"Your progress file could not be read ({reason}). It was kept as "
            f"{kept.name} in {kept.parent}, and a new, empty progress file was "
            "started. Nothing was deleted."
        )

    def _migrate(self) -> None:
        tables = {
            r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        version = 0
        if "meta" in tables:
            row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            try:
                version = int(row[0]) if row else 0
            except ValueError:
                raise StoreProblem("its schema version is not a number") from None
        elif tables:
            raise StoreProblem("it is a database, but not an egov-timeline progress file")
        if version > SCHEMA_VERSION:
            raise StoreProblem(f"it was written by a newer egov-timeline (schema {version})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction():
                for statement in MIGRATIONS[target]:
                    self._db.execute(statement)
                self._db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(target),)
                )

    def _transaction(self):
        db = self._db

        class _Tx:
            def __enter__(self):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self, kind, _value, _tb):
                db.execute("COMMIT" if kind is None else "ROLLBACK")
                return False

        return _Tx()

    def close(self) -> None:
        self._close_quietly()

    def _close_quietly(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass
            self._db = None  # type: ignore[assignment]

    # ---- answering ---------------------------------------------------------------------
    @property
    def scheduler(self):
        if self._scheduler is None:
            from fsrs import Scheduler

            self._scheduler = Scheduler()
        return self._scheduler

    def record(
        self,
        card_id: str,
        item_id: str,
        kind: str,
        *,
        correct: bool,
        score: float,
        rating: int | None = None,
        when: dt.datetime | None = None,
        duration_ms: int | None = None,
        schedule: bool = True,
    ) -> dt.datetime | None:
        """Store one answer, committed at once. With `schedule`, the card's next review is
        set by FSRS (right: Good unless told Hard or Easy; wrong: Again). Returns the card's
        next due time."""
        when = when or now_utc()
        rating = AGAIN if not correct else (rating or GOOD)
        with self._transaction():
            row = self._db.execute("SELECT fsrs FROM cards WHERE card_id=?", (card_id,)).fetchone()
            self._db.execute(
                "INSERT INTO reviews (card_id, item_id, type, answered_at, correct, score, "
                "rating, duration_ms, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    card_id,
                    item_id,
                    kind,
                    _iso(when),
                    int(correct),
                    float(score),
                    rating,
                    duration_ms,
                    row[0] if row else None,
                ),
            )
            if not schedule:
                return None
            return self._schedule(
                card_id,
                item_id,
                kind,
                row[0] if row else None,
                rating,
                correct,
                when,
                count_rep=True,
            )

    def rerate(self, card_id: str, rating: int) -> dt.datetime | None:
        """Change the rating of the card's last answer (Hard or Easy instead of Good) and
        schedule it again from where it was before that answer."""
        with self._transaction():
            row = self._db.execute(
                "SELECT id, item_id, type, answered_at, correct, card_before FROM reviews "
                "WHERE card_id=? ORDER BY id DESC LIMIT 1",
                (card_id,),
            ).fetchone()
            if row is None or not row[4]:
                return None  # only a right answer may be rated Hard or Easy
            review_id, item_id, kind, answered_at, _correct, before = row
            self._db.execute("UPDATE reviews SET rating=? WHERE id=?", (rating, review_id))
            return self._schedule(
                card_id,
                item_id,
                kind,
                before,
                rating,
                True,
                dt.datetime.fromisoformat(answered_at),
                count_rep=False,
            )

    def _schedule(
        self,
        card_id: str,
        item_id: str,
        kind: str,
        before: str | None,
        rating: int,
        correct: bool,
        when: dt.datetime,
        *,
        count_rep: bool,
    ) -> dt.datetime:
        from fsrs import Card, Rating  # imported when first needed, not on the way to the window

        card = Card.from_dict(json.loads(before)) if before else Card()
        card, _log = self.scheduler.review_card(card, Rating(rating), when)
        counts = self._db.execute(
            "SELECT reps, lapses FROM cards WHERE card_id=?", (card_id,)
        ).fetchone()
        reps, lapses = counts if counts else (0, 0)
        if count_rep:
            reps, lapses = reps + 1, lapses + (0 if correct else 1)
        self._db.execute(
            "INSERT OR REPLACE INTO cards (card_id, item_id, type, fsrs, due, reps, lapses, "
            "last_correct, last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                card_id,
                item_id,
                kind,
                json.dumps(card.to_dict()),
                _iso(card.due),
                reps,
                lapses,
                int(correct),
                _iso(when),
            ),
        )
        return card.due

    # ---- reading -----------------------------------------------------------------------
    def due_cards(self, when: dt.datetime | None = None) -> list[tuple[str, str, str]]:
        """(card id, item id, type) of every card due now, the most overdue first."""
        rows = self._db.execute(
            "SELECT card_id, item_id, type FROM cards WHERE due <= ? ORDER BY due",
            (_iso(when or now_utc()),),
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def due_count(self, when: dt.datetime | None = None) -> int:
        row = self._db.execute(
            "SELECT COUNT(*) FROM cards WHERE due <= ?", (_iso(when or now_utc()),)
        ).fetchone()
        return int(row[0])

    def card_ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT card_id FROM cards")}

    def card(self, card_id: str) -> dict | None:
        row = self._db.execute(
            "SELECT fsrs, due, reps, lapses, last_correct FROM cards WHERE card_id=?", (card_id,)
        ).fetchone()
        if row is None:
            return None
        return {
            "fsrs": json.loads(row[0]),
            "due": row[1],
            "reps": row[2],
            "lapses": row[3],
            "last_correct": bool(row[4]),
        }

    def reviews(self) -> list[Review]:
        rows = self._db.execute(
            "SELECT card_id, item_id, type, answered_at, correct, score, rating FROM reviews "
            "ORDER BY answered_at, id"
        )
        return [
            Review(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3]), bool(r[4]), r[5], r[6])
            for r in rows
        ]

    def review_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0])

    def missed_items(self) -> set[str]:
        """Items whose last answer, on any of their cards, was wrong."""
        rows = self._db.execute(
            "SELECT r.item_id, r.correct FROM reviews r JOIN (SELECT card_id, MAX(id) AS last "
            "FROM reviews GROUP BY card_id) m ON r.id = m.last"
        )
        return {item for item, correct in rows if not correct}

    def card_strengths(self) -> dict[str, float]:
        """Per item, how well it is known: 0 (never right) to 1 (stable for three weeks)."""
        strengths: dict[str, list[float]] = {}
        for item_id, fsrs_json, last_correct in self._db.execute(
            "SELECT item_id, fsrs, last_correct FROM cards"
        ):
            stability = json.loads(fsrs_json).get("stability") or 0.0
            value = min(1.0, stability / 21.0) if last_correct else 0.0
            strengths.setdefault(item_id, []).append(value)
        return {item: sum(v) / len(v) for item, v in strengths.items()}


def daily_counts(
    reviews: Iterable[Review], days: int, today: dt.date | None = None
) -> list[tuple[dt.date, int, int]]:
    """(day, answers, right answers) for each of the last `days` days, oldest first."""
    today = today or dt.date.today()
    first = today - dt.timedelta(days=days - 1)
    answered = {first + dt.timedelta(days=n): [0, 0] for n in range(days)}
    for review in reviews:
        day = review.answered_at.astimezone().date()
        if day in answered:
            answered[day][0] += 1
            answered[day][1] += int(review.correct)
    return [(day, a, r) for day, (a, r) in sorted(answered.items())]
