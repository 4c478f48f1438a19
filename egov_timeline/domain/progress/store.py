"""The progress store: opening the file, answering, reading, backups. No Qt.

`ProgressStore.open` finds the file in the user folder, checks it and brings it up to date
(`schema`). A lock is waited for briefly (`BUSY_TIMEOUT`), never taken as damage. Only a
file SQLite says is damaged (or one that is not an egov-timeline progress file) is moved
aside under a new name, never deleted, and a fresh store started; a file in use, read-only
or written by a newer version is left exactly as it is, and the answers are kept in memory
meanwhile (`pending`). Copies are kept in `backups/` (see `domain/backups.py`): one a day at
start-up, one before a change of format, one before a restore (`restore`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from egov_timeline.domain import backups
from egov_timeline.domain.files import set_aside
from egov_timeline.domain.progress import cards, connection, schema
from egov_timeline.domain.progress.cards import iso, now_utc
from egov_timeline.domain.progress.connection import BUSY_TIMEOUT
from egov_timeline.domain.progress.messages import opening_message, state_message
from egov_timeline.domain.progress.pending import StoreFile
from egov_timeline.domain.progress.reasons import (
    BAD_VERSION,
    DAMAGED,
    FAILURES,
    FOREIGN,
    MEMORY,
    NEWER,
    READ_ONLY,
    UNAVAILABLE,
    RestoreProblem,
    StoreProblem,
    failure_reason,
)
from egov_timeline.domain.progress.restore import load_backup, replace_tables
from egov_timeline.domain.progress.reviews import Review

if TYPE_CHECKING:
    from fsrs import Scheduler

FILE_NAME = "progress.sqlite"


class ProgressStore(StoreFile):
    def __init__(self, path: Path | None) -> None:
        """Open (or create) the store at `path`; None keeps it in memory. Raises
        StoreProblem if the file is not a store this version can use now (see `open`)."""
        super().__init__(path)
        self._scheduler: Scheduler | None = None
        # a test coming up: its day, the items it covers (None: all), and its scheduler
        self._exam: dt.date | None = None
        self._exam_items: set[str] | None = None
        self._exam_scheduler: tuple[tuple[dt.date, dt.date], Scheduler] | None = None
        self._notice: tuple[str, dict] | None = None  # what `open` had to say, to word again
        if path is None:
            self._copy = schema.new_memory_store()
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
            db = connection.connect(str(path), timeout)
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise StoreProblem(DAMAGED, check[0] if check else "no answer from SQLite")

            def before_update() -> None:
                self._backup(db, backups.BEFORE_UPDATE)

            schema.migrate(db, before_update)
        except StoreProblem:
            connection.close(db)
            raise
        except FAILURES as exc:
            connection.close(db)
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

    # ---- what the student is told ------------------------------------------------------
    def state_message(self, language: str = "en") -> str | None:
        return state_message(self.state, language)

    def notice(self, language: str = "en") -> str | None:
        """What opening the store had to say, in `language`."""
        if self._notice is None:
            return None
        key, values = self._notice
        return opening_message(key, values, language)

    def _saved_again(self) -> None:
        if self._notice is not None and self._notice[0] in ("not_now", "cannot_create"):
            self._notice = None  # what was said at the start is no longer so

    # ---- answering ---------------------------------------------------------------------
    @property
    def scheduler(self) -> Scheduler:
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
        confidence: str | None = None,
        chosen: str | None = None,
    ) -> dt.datetime | None:
        """Store one answer, committed at once (or kept for the file: see `state`). With
        `schedule`, the card's next review is set by FSRS (right: Good unless told Hard or
        Easy, Hard for a guess; wrong: Again). `confidence`: "sure", "think" or "guess";
        `chosen`: the item a wrong answer chose. Returns the card's next due time."""
        op = cards.answer_write(
            card_id,
            item_id,
            kind,
            correct=correct,
            score=score,
            rating=rating,
            when=when or now_utc(),
            duration_ms=duration_ms,
            schedule=schedule,
            confidence=confidence,
            chosen=chosen,
        )
        return self._write(op)

    def rerate(self, card_id: str, rating: int) -> dt.datetime | None:
        """Change the rating of the card's last answer (Hard or Easy instead of Good) and
        schedule it again from where it was before that answer."""
        return self._write(cards.rerate_write(card_id, rating))

    def _run(self, db: sqlite3.Connection, op: tuple) -> dt.datetime | None:
        return cards.run(db, op, self.scheduler_for)

    # ---- a test coming up --------------------------------------------------------------
    def set_exam(self, exam: dt.date | None, items: set[str] | None = None) -> None:
        """A test on `exam` covering `items` (None: everything), or none: the cards it
        covers are scheduled to be known on its day (`domain/exam_plan.py`)."""
        self._exam, self._exam_items = exam, (set(items) if items is not None else None)
        self._exam_scheduler = None

    @property
    def exam(self) -> dt.date | None:
        return self._exam

    def _covers(self, item_id: str) -> bool:
        return self._exam is not None and (self._exam_items is None or item_id in self._exam_items)

    def scheduler_for(self, item_id: str) -> Scheduler:
        """The FSRS scheduler for a card of this item: with a test coming up that covers
        it, one that keeps more in memory and brings cards back before the test."""
        if not self._covers(item_id):
            return self.scheduler
        from egov_timeline.domain.exam_plan import scheduler_settings

        assert self._exam is not None
        today = dt.date.today()
        key = (today, self._exam)
        if self._exam_scheduler is None or self._exam_scheduler[0] != key:
            from fsrs import Scheduler

            scheduler = Scheduler(**scheduler_settings(today, self._exam))
            self._exam_scheduler = (key, scheduler)
        return self._exam_scheduler[1]

    def card_states(self, items: set[str] | None = None) -> list[dict]:
        """The FSRS state of every studied card of these items (None: all)."""
        return [
            json.loads(fsrs)
            for item_id, fsrs in self._rows("SELECT item_id, fsrs FROM cards")
            if items is None or item_id in items
        ]

    def first_studied_since(self, moment: dt.datetime) -> int:
        """How many cards were answered for the first time since `moment` (new cards)."""
        rows = self._rows(
            "SELECT COUNT(*) FROM (SELECT MIN(answered_at) AS first FROM reviews "
            "GROUP BY card_id) WHERE first >= ?",
            (iso(moment),),
        )
        return int(rows[0][0])

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
        except FAILURES:
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
        source = connection.connect(":memory:")
        try:
            load_backup(backup, source)
            try:
                undo = self._backup(self._file, backups.BEFORE_RESTORE, spare=backup)
                replace_tables(self._file, source)
            except FAILURES as exc:
                raise RestoreProblem(failure_reason(exc), str(exc)) from None
        finally:
            source.close()
        return undo

    # ---- reading -----------------------------------------------------------------------
    def due_cards(self, when: dt.datetime | None = None) -> list[tuple[str, str, str]]:
        """(card id, item id, type) of every card due now, the most overdue first. With a
        test coming up, a card it covers that was scheduled past the test's last week is
        due sooner (`exam_plan.plan_due`)."""
        when = when or now_utc()
        if self._exam is None:
            rows = self._rows(
                "SELECT card_id, item_id, type FROM cards WHERE due <= ? ORDER BY due",
                (iso(when),),
            )
            return [tuple(r) for r in rows]
        from egov_timeline.domain.exam_plan import plan_due

        today = dt.date.today()
        due: list[tuple[dt.datetime, tuple[str, str, str]]] = []
        for card_id, item_id, kind, fsrs, due_text in self._rows(
            "SELECT card_id, item_id, type, fsrs, due FROM cards"
        ):
            moment = dt.datetime.fromisoformat(due_text)
            if self._covers(item_id):
                moment = min(moment, plan_due(json.loads(fsrs), today, self._exam))
            if moment <= when:
                due.append((moment, (card_id, item_id, kind)))
        return [card for _moment, card in sorted(due, key=lambda d: d[0])]

    def due_count(self, when: dt.datetime | None = None) -> int:
        if self._exam is not None:
            return len(self.due_cards(when))
        rows = self._rows("SELECT COUNT(*) FROM cards WHERE due <= ?", (iso(when or now_utc()),))
        return int(rows[0][0])

    def card_ids(self) -> set[str]:
        return {r[0] for r in self._rows("SELECT card_id FROM cards")}

    def studied(self) -> set[tuple[str, str]]:
        """(question type, item id) of every card studied."""
        return {(r[0], r[1]) for r in self._rows("SELECT type, item_id FROM cards")}

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
            "SELECT card_id, item_id, type, answered_at, correct, score, rating, confidence, "
            "chosen FROM reviews ORDER BY answered_at, id"
        )
        return [
            Review(
                r[0],
                r[1],
                r[2],
                dt.datetime.fromisoformat(r[3]),
                bool(r[4]),
                r[5],
                r[6],
                r[7],
                r[8],
            )
            for r in rows
        ]

    def confident_errors(self) -> list[tuple[str, str, str]]:
        """(card id, item id, type) of every card whose last answer was wrong although the
        student was sure, the most recent first: the next study session asks them first."""
        rows = self._rows(
            "SELECT r.card_id, r.item_id, r.type FROM reviews r JOIN (SELECT card_id, "
            "MAX(id) AS last FROM reviews GROUP BY card_id) m ON r.id = m.last "
            "WHERE r.correct = 0 AND r.confidence = ? ORDER BY r.id DESC",
            (cards.SURE,),
        )
        return [tuple(r) for r in rows]

    def confused_pairs(self) -> set[frozenset[str]]:
        """Pairs of items this student mixed up: an item asked about, and the other item a
        wrong answer chose instead."""
        rows = self._rows(
            "SELECT DISTINCT item_id, chosen FROM reviews WHERE correct = 0 AND chosen IS NOT NULL"
        )
        return {frozenset((a, b)) for a, b in rows if a and b and a != b}

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
