"""Answers the progress file has not taken yet: kept in a session copy, written later. No Qt.

When a write to the file fails (the disk is full, the file or folder is read-only, another
program holds a lock on it), `StoreFile` copies the file into memory and from then on reads
from and writes to that copy, keeping each write for the file. At the next answer, or when
`flush` is called, it writes them all to the file, in order and in one transaction; once the
file has taken them the copy is dropped. `state` says how many answers are waiting and why.
A file that cannot even be read is not shown meanwhile (`StoreState.complete`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from egov_timeline.domain.backups import copy_database
from egov_timeline.domain.progress import connection, schema
from egov_timeline.domain.progress.connection import BUSY_TIMEOUT
from egov_timeline.domain.progress.reasons import (
    DAMAGED,
    FAILURES,
    NEWER,
    READ_ONLY,
    RETRYABLE,
    UNAVAILABLE,
    StoreProblem,
    StoreState,
    failure_reason,
)


class StoreFile:
    """The connection to the progress file and, while needed, the session copy with the
    writes the file has not taken yet. `ProgressStore` says how the file is opened
    (`_open_file`) and what a write does (`_run`)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._file: sqlite3.Connection | None = None  # the file, checked and up to date
        self._copy: sqlite3.Connection | None = None  # the session copy, while needed
        self._pending: list[tuple] = []  # writes the file has not taken yet, in order
        self._reason: str | None = None  # why not
        self._complete = True  # the session copy holds everything the file held

    def _open_file(self, path: Path, timeout: float = BUSY_TIMEOUT) -> sqlite3.Connection:
        """Connect to the file, check it and bring it up to date. Raises StoreProblem."""
        raise NotImplementedError

    def _run(self, db: sqlite3.Connection, op: tuple) -> dt.datetime | None:
        """Apply one write to `db`, inside a transaction the caller holds."""
        raise NotImplementedError

    def _saved_again(self) -> None:
        """Called when the file has taken every write that was waiting."""

    def close(self) -> None:
        """Close the files. Answers still waiting are lost: call `flush` first."""
        connection.close(self._file)
        connection.close(self._copy)
        self._file = self._copy = None

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

    def _write(self, op: tuple) -> dt.datetime | None:
        """Apply one write: to the file if it is in step, else to the session copy (kept for
        the file). Returns what the write returns (a card's next due time)."""
        just_failed = False
        if self._copy is None:
            file = self._live_file
            try:
                with connection.transaction(file):
                    return self._run(file, op)
            except FAILURES as exc:
                self._reason = failure_reason(exc)
                copy = self._start_copy()
                just_failed = True
        else:
            copy = self._copy
        with connection.transaction(copy):
            result = self._run(copy, op)
        self._pending.append(op)
        if not just_failed:
            self.flush()  # the answers before it go first, then this one, in one transaction
        return result

    def _start_copy(self) -> sqlite3.Connection:
        """From now on answers are read from, and written to, a copy in memory (returned)."""
        file = self._live_file
        copy = connection.connect(":memory:")
        try:
            copy_database(file, copy)
            self._complete = True
        except FAILURES:
            connection.close(copy)
            copy = schema.new_memory_store()  # the file cannot even be read: shown from here on
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
            connection.close(self._file)  # a file opened read-only stays so: open it afresh
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
            with connection.transaction(db):
                for op in self._pending:
                    self._run(db, op)
        except FAILURES as exc:
            self._reason = failure_reason(exc)
            return False
        finally:
            with contextlib.suppress(sqlite3.Error):
                db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        self._pending.clear()
        self._saved_again()
        connection.close(self._copy)
        self._copy = None
        self._reason = None
        self._complete = True
        return True

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
