"""The progress store: quiz cards scheduled with FSRS and every answer given, in SQLite.

One file, `progress.sqlite`, in the user folder. Every answer is committed at once, so a
crash loses nothing already answered, and an answer counts as saved only once committed.

When the file cannot take an answer (the disk is full, the file or folder is read-only,
another program holds a lock on it), the store says so: it keeps the answers in a session
copy in memory, shows them as if saved (the student's figures stay right), and writes them
to the file, in order and in one transaction, at the next answer or when `flush` is called
(the window does so on a timer and at quit). `state` says how many answers are waiting and
why; `state_message` words it for the student, in English or Korean.

A lock is waited for briefly (`BUSY_TIMEOUT`), never taken as damage. Only a file SQLite
says is damaged (or one that is not an egov-timeline progress file) is moved aside under a
new name, never deleted, and a fresh store started. A file written by a newer version is
left exactly as it is and never written to. Copies are kept in `backups/` (see
`domain/backups.py`): one a day at start-up, one before a change of format, one before a
restore. No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from egov_timeline.domain import backups
from egov_timeline.domain.files import set_aside

if TYPE_CHECKING:
    from fsrs import Scheduler

SCHEMA_VERSION = 1
FILE_NAME = "progress.sqlite"
BUSY_TIMEOUT = 0.5  # seconds an answer waits for another program's lock on the file

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
RESTORED_TABLES = ("cards", "reviews")

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}

# Why answers are not in the file (StoreState.reason). The first five pass: the store
# tries again. NEWER and MEMORY do not: those answers live as long as the app.
FULL, READ_ONLY, IN_USE, DAMAGED, UNAVAILABLE = "full", "read-only", "in-use", "damaged", "other"
NEWER, MEMORY = "newer", "memory"
RETRYABLE = (FULL, READ_ONLY, IN_USE, DAMAGED, UNAVAILABLE)
# Why a file was moved aside (StoreProblem.kind, besides the reasons above)
FOREIGN, BAD_VERSION = "foreign", "bad-version"


class Review(msgspec.Struct, frozen=True):
    card_id: str
    item_id: str
    type: str
    answered_at: dt.datetime
    correct: bool
    score: float
    rating: int


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


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


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


_FAILURES = (sqlite3.Error, OSError)


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection):
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


def _connect(target: str, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
    db = sqlite3.connect(target, isolation_level=None, timeout=timeout)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _migrate(db: sqlite3.Connection, before_update=None) -> None:
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
        with _transaction(db):
            for statement in MIGRATIONS[target]:
                db.execute(statement)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(target),))


def _new_memory_store() -> sqlite3.Connection:
    db = _connect(":memory:")
    _migrate(db)
    return db


class ProgressStore:
    def __init__(self, path: Path | None) -> None:
        """Open (or create) the store at `path`; None keeps it in memory. Raises
        StoreProblem if the file is not a store this version can use now (see `open`)."""
        self.path = path
        self._scheduler: Scheduler | None = None
        self._file: sqlite3.Connection | None = None  # the file, checked and up to date
        self._copy: sqlite3.Connection | None = None  # the session copy, while needed
        self._pending: list[tuple] = []  # writes the file has not taken yet, in order
        self._reason: str | None = None  # why not
        self._complete = True  # the session copy holds everything the file held
        self._notice: tuple[str, dict] | None = None  # what `open` had to say, to word again
        if path is None:
            self._copy = _new_memory_store()
            self._reason = MEMORY
        else:
            self._file = self._open_file(path)

    @property
    def backup_folder(self) -> Path | None:
        return self.path.parent / backups.FOLDER if self.path is not None else None

    def _open_file(self, path: Path, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
        """Connect to the file, check it and bring it up to date. Raises StoreProblem."""
        db = None
        try:
            db = _connect(str(path), timeout)
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise StoreProblem(DAMAGED, check[0] if check else "no answer from SQLite")

            def before_update() -> None:
                self._backup(db, backups.BEFORE_UPDATE)

            _migrate(db, before_update)
        except StoreProblem:
            _close(db)
            raise
        except _FAILURES as exc:
            _close(db)
            reason = failure_reason(exc)
            if reason == UNAVAILABLE and not os.access(path.parent, os.W_OK):
                reason = READ_ONLY
            raise StoreProblem(reason, str(exc)) from None
        return db

    # ---- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path | None, language: str = "en") -> tuple[ProgressStore, str | None]:
        """The store in `folder`, and a message for the user (in `language`) when it is not
        simply the file as it was: a damaged file moved aside, a file left alone because it
        is in use, read-only or from a newer version, or no folder at all."""
        if folder is None:
            store = cls(None)
            store._notice = ("no_folder", {})
            return store, store.notice(language)
        path = folder / FILE_NAME
        try:
            store = cls(path)
        except StoreProblem as problem:
            store = cls._after_problem(path, problem)
            return store, store.notice(language)
        store.daily_backup()
        return store, None

    @classmethod
    def _after_problem(cls, path: Path, problem: StoreProblem) -> ProgressStore:
        if problem.kind not in (DAMAGED, FOREIGN, BAD_VERSION):
            # in use, read-only, newer: the file is left exactly as it is
            store = cls._detached(path, problem.kind)
            key = "newer" if problem.kind == NEWER else "not_now"
            if key == "not_now" and store._complete:
                key = "cannot_create"  # there is no file yet: nothing earlier to show
            store._notice = (
                key,
                {"path": path, "version": problem.version, "reason": problem.kind},
            )
            return store
        why = {"kind": problem.kind, "detail": problem.detail}
        kept = set_aside(path)
        if kept is None:
            store = cls._detached(path, MEMORY)
            store._notice = ("not_moved", {"path": path, **why})
            return store
        try:
            store = cls(path)
        except StoreProblem:
            store = cls._detached(path, MEMORY)
            store._notice = ("kept_no_new", {"kept": kept, **why})
            return store
        store._notice = ("kept", {"kept": kept, **why})
        return store

    @classmethod
    def _detached(cls, path: Path, reason: str) -> ProgressStore:
        """A store that keeps its answers in memory while the file at `path` cannot be used;
        with a passing reason it tries the file again at each flush."""
        store = cls(None)
        store.path = path
        store._reason = reason
        store._complete = not os.path.exists(path)  # an existing file's answers are not shown
        return store

    def close(self) -> None:
        """Close the files. Answers still waiting are lost: call `flush` first."""
        _close(self._file)
        _close(self._copy)
        self._file = self._copy = None

    # ---- saving ------------------------------------------------------------------------
    @property
    def _db(self) -> sqlite3.Connection:
        """Where the answers are read: the session copy while there is one, else the file."""
        db = self._copy if self._copy is not None else self._file
        if db is None:
            raise sqlite3.ProgrammingError("the progress store is closed")
        return db

    @property
    def _live_file(self) -> sqlite3.Connection:
        """The file's connection, which the caller knows is open."""
        if self._file is None:
            raise sqlite3.ProgrammingError("the progress store's file is not open")
        return self._file

    @property
    def state(self) -> StoreState:
        answers = sum(1 for op in self._pending if op[0] == "record")
        unsaved = answers or (1 if self._pending else 0)  # a rating waits as one answer
        return StoreState(
            unsaved=unsaved,
            reason=self._reason,
            complete=self._complete,
            folder=self.path.parent if self.path is not None else None,
        )

    def state_message(self, language: str = "en") -> str | None:
        return state_message(self.state, language)

    def notice(self, language: str = "en") -> str | None:
        """What opening the store had to say, in `language`."""
        if self._notice is None:
            return None
        key, values = self._notice
        return _opening_message(key, values, language)

    def _write(self, op: tuple):
        """Apply one write: to the file if it is in step, else to the session copy (kept for
        the file). Returns what the write returns (a card's next due time)."""
        just_failed = False
        if self._copy is None:
            file = self._live_file
            try:
                with _transaction(file):
                    return self._run(file, op)
            except _FAILURES as exc:
                self._reason = failure_reason(exc)
                copy = self._start_copy()
                just_failed = True
        else:
            copy = self._copy
        with _transaction(copy):
            result = self._run(copy, op)
        self._pending.append(op)
        if not just_failed:
            self.flush()  # the answers before it go first, then this one, in one transaction
        return result

    def _start_copy(self) -> sqlite3.Connection:
        """From now on answers are read from, and written to, a copy in memory (returned)."""
        file = self._live_file
        copy = _connect(":memory:")
        try:
            wait = file.execute("PRAGMA busy_timeout").fetchone()[0]
            file.execute("PRAGMA busy_timeout = 250")
            try:
                file.execute("BEGIN")  # a read lock first: backup() would wait forever
                file.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                file.backup(copy)
            finally:
                if file.in_transaction:
                    file.execute("ROLLBACK")
                file.execute(f"PRAGMA busy_timeout = {int(wait)}")
            self._complete = True
        except _FAILURES:
            _close(copy)
            copy = _new_memory_store()  # the file cannot even be read: shown from here on
            self._complete = False
        self._copy = copy
        return copy

    def flush(self, wait: float | None = None) -> bool:
        """Write the answers kept in memory to the file, all in one transaction; True when
        every answer is saved. `wait` is how long to wait for a lock (BUSY_TIMEOUT if None)."""
        if self._copy is None:
            return True
        if self._reason not in RETRYABLE or self.path is None:
            return not self._pending
        timeout = BUSY_TIMEOUT if wait is None else wait
        if self._reason in (READ_ONLY, DAMAGED, UNAVAILABLE) and self._file is not None:
            _close(self._file)  # a file opened read-only stays so: open it afresh
            self._file = None
        if self._file is None:
            try:
                self._file = self._open_file(self.path, timeout)
            except StoreProblem as problem:
                self._reason = problem.kind if problem.kind in RETRYABLE + (NEWER,) else DAMAGED
                return False
        db = self._file
        try:
            db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            with _transaction(db):
                for op in self._pending:
                    self._run(db, op)
        except _FAILURES as exc:
            self._reason = failure_reason(exc)
            return False
        finally:
            with contextlib.suppress(sqlite3.Error):
                db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        self._pending.clear()
        if self._notice is not None and self._notice[0] in ("not_now", "cannot_create"):
            self._notice = None  # what was said at the start is no longer so
        _close(self._copy)
        self._copy = None
        self._reason = None
        self._complete = True
        return True

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
        """Store one answer, committed at once (or kept for the file: see `state`). With
        `schedule`, the card's next review is set by FSRS (right: Good unless told Hard or
        Easy; wrong: Again). Returns the card's next due time."""
        when = when or now_utc()
        rating = AGAIN if not correct else (rating or GOOD)
        op = (
            "record",
            card_id,
            item_id,
            kind,
            bool(correct),
            float(score),
            rating,
            when,
            duration_ms,
            schedule,
        )
        return self._write(op)

    def rerate(self, card_id: str, rating: int) -> dt.datetime | None:
        """Change the rating of the card's last answer (Hard or Easy instead of Good) and
        schedule it again from where it was before that answer."""
        return self._write(("rerate", card_id, rating))

    def _run(self, db: sqlite3.Connection, op: tuple):
        if op[0] == "rerate":
            return self._rerate(db, op[1], op[2])
        _kind, card_id, item_id, kind, correct, score, rating, when, duration_ms, schedule = op
        row = db.execute("SELECT fsrs FROM cards WHERE card_id=?", (card_id,)).fetchone()
        db.execute(
            "INSERT INTO reviews (card_id, item_id, type, answered_at, correct, score, "
            "rating, duration_ms, card_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                card_id,
                item_id,
                kind,
                _iso(when),
                int(correct),
                score,
                rating,
                duration_ms,
                row[0] if row else None,
            ),
        )
        if not schedule:
            return None
        return self._schedule(
            db,
            card_id,
            item_id,
            kind,
            row[0] if row else None,
            rating,
            correct,
            when,
            count_rep=True,
        )

    def _rerate(self, db: sqlite3.Connection, card_id: str, rating: int) -> dt.datetime | None:
        row = db.execute(
            "SELECT id, item_id, type, answered_at, correct, card_before FROM reviews "
            "WHERE card_id=? ORDER BY id DESC LIMIT 1",
            (card_id,),
        ).fetchone()
        if row is None or not row[4]:
            return None  # only a right answer may be rated Hard or Easy
        review_id, item_id, kind, answered_at, _correct, before = row
        db.execute("UPDATE reviews SET rating=? WHERE id=?", (rating, review_id))
        return self._schedule(
            db,
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
        db: sqlite3.Connection,
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
        counts = db.execute("SELECT reps, lapses FROM cards WHERE card_id=?", (card_id,)).fetchone()
        reps, lapses = counts if counts else (0, 0)
        if count_rep:
            reps, lapses = reps + 1, lapses + (0 if correct else 1)
        db.execute(
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

    # ---- backups -----------------------------------------------------------------------
    def _backup(self, db: sqlite3.Connection, reason: str, spare: Path | None = None) -> Path:
        folder = self.backup_folder
        if folder is None:
            raise OSError("a store in memory has no backup folder")
        made = backups.write_backup(db, folder, reason)
        backups.prune(folder, spare=spare)
        return made

    def daily_backup(self, now: dt.datetime | None = None) -> Path | None:
        """A copy of the file in the backup folder, if none was made today and there is
        anything to keep. Never fails: a copy that cannot be made is not made."""
        folder = self.backup_folder
        if folder is None or self._file is None or self._copy is not None:
            return None
        try:
            if backups.made_today(folder, now) or not self.review_count():
                return None
            made = backups.write_backup(self._file, folder, backups.DAILY, now)
            backups.prune(folder)
        except _FAILURES:
            return None
        return made

    def backups(self) -> list[backups.Backup]:
        folder = self.backup_folder
        return backups.list_backups(folder) if folder is not None else []

    def restore(self, backup: Path) -> Path:
        """Replace the answers and cards with those of `backup`, after backing up the file
        as it is (returned: restoring that one undoes this). Raises RestoreProblem, and then
        nothing was changed."""
        if not self.flush():
            raise RestoreProblem("unsaved" if self._pending else (self._reason or UNAVAILABLE))
        if self._file is None:
            raise RestoreProblem(MEMORY)
        source = _connect(":memory:")
        try:
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
                _migrate(source)
            except StoreProblem as problem:
                raise RestoreProblem(
                    NEWER if problem.kind == NEWER else "unreadable", problem.detail
                ) from None
            except _FAILURES as exc:
                raise RestoreProblem("unreadable", str(exc)) from None
            try:
                undo = self._backup(self._file, backups.BEFORE_RESTORE, spare=backup)
                with _transaction(self._file):
                    for table in RESTORED_TABLES:
                        self._file.execute(f"DELETE FROM {table}")
                        rows = source.execute(f"SELECT * FROM {table}")
                        names = [c[0] for c in rows.description]
                        marks = ", ".join("?" for _ in names)
                        self._file.executemany(
                            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows
                        )
            except _FAILURES as exc:
                raise RestoreProblem(failure_reason(exc), str(exc)) from None
        finally:
            source.close()
        return undo

    # ---- reading -----------------------------------------------------------------------
    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows from the session copy or the file. A file that cannot be read just now (a
        lock) is not an error: from then on answers are kept in memory until it can be."""
        db = self._db
        try:
            return db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            reason = failure_reason(exc)
            if db is not self._file or reason not in RETRYABLE:
                raise
        self._reason = reason
        self._start_copy()
        return self._copy.execute(sql, params).fetchall()  # type: ignore[union-attr]

    def due_cards(self, when: dt.datetime | None = None) -> list[tuple[str, str, str]]:
        """(card id, item id, type) of every card due now, the most overdue first."""
        rows = self._rows(
            "SELECT card_id, item_id, type FROM cards WHERE due <= ? ORDER BY due",
            (_iso(when or now_utc()),),
        )
        return [tuple(r) for r in rows]

    def due_count(self, when: dt.datetime | None = None) -> int:
        rows = self._rows("SELECT COUNT(*) FROM cards WHERE due <= ?", (_iso(when or now_utc()),))
        return int(rows[0][0])

    def card_ids(self) -> set[str]:
        return {r[0] for r in self._rows("SELECT card_id FROM cards")}

    def card(self, card_id: str) -> dict | None:
        rows = self._rows(
            "SELECT fsrs, due, reps, lapses, last_correct FROM cards WHERE card_id=?", (card_id,)
        )
        if not rows:
            return None
        row = rows[0]
        return {
            "fsrs": json.loads(row[0]),
            "due": row[1],
            "reps": row[2],
            "lapses": row[3],
            "last_correct": bool(row[4]),
        }

    def reviews(self) -> list[Review]:
        rows = self._rows(
            "SELECT card_id, item_id, type, answered_at, correct, score, rating FROM reviews "
            "ORDER BY answered_at, id"
        )
        return [
            Review(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3]), bool(r[4]), r[5], r[6])
            for r in rows
        ]

    def review_count(self) -> int:
        return int(self._rows("SELECT COUNT(*) FROM reviews")[0][0])

    def missed_items(self) -> set[str]:
        """Items whose last answer, on any of their cards, was wrong."""
        rows = self._rows(
            "SELECT r.item_id, r.correct FROM reviews r JOIN (SELECT card_id, MAX(id) AS last "
            "FROM reviews GROUP BY card_id) m ON r.id = m.last"
        )
        return {item for item, correct in rows if not correct}

    def card_strengths(self) -> dict[str, float]:
        """Per item, how well it is known: 0 (never right) to 1 (stable for three weeks)."""
        strengths: dict[str, list[float]] = {}
        for item_id, fsrs_json, last_correct in self._rows(
            "SELECT item_id, fsrs, last_correct FROM cards"
        ):
            stability = json.loads(fsrs_json).get("stability") or 0.0
            value = min(1.0, stability / 21.0) if last_correct else 0.0
            strengths.setdefault(item_id, []).append(value)
        return {item: sum(v) / len(v) for item, v in strengths.items()}


def _close(db: sqlite3.Connection | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()


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


# ---- what the student is told, in English and Korean ----------------------------------------
# Each language is written for itself; {placeholders} are the same in both.
WHY: dict[str, dict[str, str]] = {
    FULL: {"en": "the disk is full", "ko": "디스크가 가득 찼습니다."},
    READ_ONLY: {
        "en": "the progress file or its folder is read-only",
        "ko": "학습 기록 파일이나 그 폴더가 읽기 전용입니다.",
    },
    IN_USE: {
        "en": "the progress file is in use by another program",
        "ko": "다른 프로그램이 학습 기록 파일을 사용하고 있습니다.",
    },
    DAMAGED: {"en": "the progress file is damaged", "ko": "학습 기록 파일이 손상되었습니다."},
    UNAVAILABLE: {
        "en": "the progress file cannot be written",
        "ko": "학습 기록 파일에 쓸 수 없습니다.",
    },
}
HINT: dict[str, dict[str, str]] = {
    FULL: {"en": "Free some space on the disk.", "ko": "디스크 공간을 확보해 주세요."},
    READ_ONLY: {
        "en": "Check that you may write to {folder}.",
        "ko": "{folder}에 쓸 수 있는지 확인해 주세요.",
    },
    IN_USE: {
        "en": "Close the other program that has it open.",
        "ko": "학습 기록 파일을 열고 있는 다른 프로그램을 닫아 주세요.",
    },
}
MESSAGES: dict[str, dict[str, str]] = {
    "unsaved_one": {
        "en": "Your last answer is not saved yet: {why}. It is kept while the app is open "
        "and saved as soon as possible.",
        "ko": "마지막 답이 아직 저장되지 않았습니다. {why} 앱이 열려 있는 동안 보관하며, "
        "저장할 수 있게 되는 대로 바로 저장합니다.",
    },
    "unsaved_many": {
        "en": "Your last {n} answers are not saved yet: {why}. They are kept while the app is "
        "open and saved as soon as possible.",
        "ko": "마지막 답 {n}개가 아직 저장되지 않았습니다. {why} 앱이 열려 있는 동안 "
        "보관하며, 저장할 수 있게 되는 대로 바로 저장합니다.",
    },
    "earlier_hidden": {
        "en": "Your earlier answers are shown again as soon as the file can be read.",
        "ko": "파일을 읽을 수 있게 되면 이전 답도 다시 보여 드립니다.",
    },
    "not_shown": {
        "en": "Your earlier answers cannot be shown right now: {why}. The file was left as it "
        "is, and they are shown as soon as it can be read. Until then new answers are kept in "
        "memory and saved as soon as possible.",
        "ko": "지금은 이전 답을 보여 드릴 수 없습니다. {why} 파일은 그대로 두었으며, 읽을 수 "
        "있게 되면 바로 보여 드립니다. 그때까지 새 답은 메모리에 보관했다가 저장할 수 있게 "
        "되는 대로 저장합니다.",
    },
    "cannot_create": {
        "en": "Your progress file {path} cannot be created: {why}. Answers are kept in memory "
        "while the app is open and saved as soon as the file can be written.",
        "ko": "학습 기록 파일 {path}을(를) 만들 수 없습니다. {why} 앱이 열려 있는 동안 답을 "
        "메모리에 보관했다가, 파일에 쓸 수 있게 되면 바로 저장합니다.",
    },
    "newer": {
        "en": "Your progress file {path} was written by a newer version of egov-timeline "
        "(file format {version}; this version knows up to {ours}), so this version cannot use "
        "it. It was left as it is. Answers in this session are kept in memory only and are "
        "lost when you quit: use the newer version to keep your progress.",
        "ko": "학습 기록 파일 {path}은(는) 더 새로운 버전의 egov-timeline에서 만든 파일이라"
        "(파일 형식 {version}, 이 버전은 {ours}까지 지원) 이 버전에서는 사용할 수 없습니다. "
        "파일은 그대로 두었습니다. 이번에 푼 답은 메모리에만 보관하며 앱을 닫으면 "
        "사라집니다. 학습 기록을 이어 가려면 새 버전을 사용하세요.",
    },
    "newer_unsaved_one": {
        "en": "The answer you gave in this session is not saved: your progress file was "
        "written by a newer version of egov-timeline, which this version cannot use. It is kept "
        "only while the app is open; use the newer version to keep your progress.",
        "ko": "이번에 푼 답은 저장되지 않았습니다. 학습 기록 파일이 더 새로운 버전의 "
        "egov-timeline에서 만든 것이라 이 버전에서는 쓸 수 없습니다. 앱이 열려 있는 동안만 "
        "보관합니다. 학습 기록을 이어 가려면 새 버전을 사용하세요.",
    },
    "newer_unsaved_many": {
        "en": "The {n} answers you gave in this session are not saved: your progress file was "
        "written by a newer version of egov-timeline, which this version cannot use. They are "
        "kept only while the app is open; use the newer version to keep your progress.",
        "ko": "이번에 푼 답 {n}개는 저장되지 않았습니다. 학습 기록 파일이 더 새로운 버전의 "
        "egov-timeline에서 만든 것이라 이 버전에서는 쓸 수 없습니다. 앱이 열려 있는 동안만 "
        "보관합니다. 학습 기록을 이어 가려면 새 버전을 사용하세요.",
    },
    "memory_unsaved_one": {
        "en": "The answer you gave in this session is kept in memory only and is lost when you "
        "quit: there is no progress file to save it in.",
        "ko": "이번에 푼 답은 메모리에만 보관되어 앱을 닫으면 사라집니다. 저장할 학습 기록 "
        "파일이 없습니다.",
    },
    "memory_unsaved_many": {
        "en": "The {n} answers you gave in this session are kept in memory only and are lost "
        "when you quit: there is no progress file to save them in.",
        "ko": "이번에 푼 답 {n}개는 메모리에만 보관되어 앱을 닫으면 사라집니다. 저장할 학습 "
        "기록 파일이 없습니다.",
    },
    "saved_again": {
        "en": "All your answers are saved now.",
        "ko": "이제 모든 답이 저장되었습니다.",
    },
    "no_folder": {
        "en": "Progress is kept in memory only: there is no user folder. It is lost when you quit.",
        "ko": "사용자 폴더가 없어 학습 기록을 메모리에만 보관합니다. 앱을 닫으면 사라집니다.",
    },
    "kept": {
        "en": "Your progress file could not be read ({reason}). It was kept as {name} in "
        "{folder}, and a new, empty progress file was started. Nothing was deleted.",
        "ko": "학습 기록 파일을 읽을 수 없었습니다({reason}). 원래 파일은 {folder}에 "
        "{name}(이)라는 이름으로 보관했고, 비어 있는 새 학습 기록 파일을 만들었습니다. "
        "삭제한 것은 없습니다.",
    },
    "kept_no_new": {
        "en": "Your progress file could not be read ({reason}); it was kept as {kept}. This "
        "session's answers are kept in memory only.",
        "ko": "학습 기록 파일을 읽을 수 없었습니다({reason}). 원래 파일은 {kept}(으)로 "
        "보관했습니다. 이번에 푼 답은 메모리에만 보관합니다.",
    },
    "not_moved": {
        "en": "Your progress file {path} could not be read ({reason}) and could not be moved "
        "aside either; this session's answers are kept in memory only.",
        "ko": "학습 기록 파일 {path}을(를) 읽을 수 없었고({reason}) 다른 이름으로 옮겨 둘 수도 "
        "없었습니다. 이번에 푼 답은 메모리에만 보관합니다.",
    },
}
DAMAGE: dict[str, dict[str, str]] = {
    DAMAGED: {"en": "SQLite says it is damaged: {detail}", "ko": "SQLite 검사 결과 손상: {detail}"},
    FOREIGN: {
        "en": "it is a database, but not an egov-timeline progress file",
        "ko": "데이터베이스이지만 egov-timeline 학습 기록 파일이 아닙니다",
    },
    BAD_VERSION: {
        "en": "its schema version is not a number",
        "ko": "파일 형식 번호가 숫자가 아닙니다",
    },
}


def _text(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    words = table[key]
    return words.get(language) or words["en"]


def _tidy(text: str) -> str:
    return " ".join(text.split())


def state_message(state: StoreState, language: str = "en") -> str | None:
    """What the student should know about unsaved answers, or None when all are saved."""
    values = {"n": state.unsaved, "folder": state.folder or "", "ours": SCHEMA_VERSION}
    if state.reason is None:
        return None
    if state.reason in (MEMORY, NEWER):
        if not state.unsaved:
            return None  # said when the store was opened
        count = "one" if state.unsaved == 1 else "many"
        return _text(MESSAGES, f"{state.reason}_unsaved_{count}", language).format(**values)
    why = _text(WHY, state.reason, language)
    hint = _text(HINT, state.reason, language).format(**values) if state.reason in HINT else ""
    if state.unsaved:
        key = "unsaved_one" if state.unsaved == 1 else "unsaved_many"
    elif not state.complete:
        key = "not_shown"
    else:
        return None
    text = _text(MESSAGES, key, language).format(why=why, **values)
    if state.unsaved and not state.complete:
        text += " " + _text(MESSAGES, "earlier_hidden", language)
    return _tidy(f"{text} {hint}")


def saved_again_message(language: str = "en") -> str:
    return _text(MESSAGES, "saved_again", language)


def _opening_message(key: str, values: dict, language: str) -> str:
    if key == "cannot_create":
        reason = values["reason"]
        why = _text(WHY, reason, language)
        hint = HINT.get(reason, {}).get(language, "").format(folder=Path(values["path"]).parent)
        text = _text(MESSAGES, key, language).format(path=values["path"], why=why)
        return _tidy(f"{text} {hint}")
    if key == "not_now":
        return state_message(
            StoreState(reason=values["reason"], complete=False, folder=Path(values["path"]).parent),
            language,
        ) or _text(WHY, UNAVAILABLE, language)
    values = dict(values)
    if "kind" in values:
        values["reason"] = _text(DAMAGE, values["kind"], language).format(**values)
    if "kept" in values:
        values["name"], values["folder"] = values["kept"].name, values["kept"].parent
    values["ours"] = SCHEMA_VERSION
    return _text(MESSAGES, key, language).format(**values)
