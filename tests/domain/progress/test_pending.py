"""Answers the file cannot take (a full disk, a read-only file, a lock) are never called
saved: they are kept and written later."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from egov_timeline.domain.progress import (
    FILE_NAME,
    FULL,
    READ_ONLY,
    ProgressStore,
    connection,
)
from tests.domain.progress.helpers import answer, file_rows, hold_lock


def test_on_a_full_disk_no_answer_is_lost_or_called_saved(tmp_path):
    """Finding: on a full disk 299 of 300 answers were lost with 'your progress is saved'.
    SQLite's own limit on the file's size gives the real 'database or disk is full'."""
    store, _ = ProgressStore.open(tmp_path)
    pages = store._file.execute("PRAGMA page_count").fetchone()[0]
    store._file.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    for n in range(60):
        answer(store, n)  # never raises
    state = store.state
    saved = file_rows(tmp_path)
    assert state.reason == FULL and state.unsaved > 0 and saved + state.unsaved == 60
    assert store.review_count() == 60  # the student's figures count every answer
    message = store.state_message("en")
    assert f"Your last {state.unsaved} answers are not saved yet: the disk is full" in message
    assert "saved as soon as possible" in message and "saved." not in message.split(":")[0]
    korean = store.state_message("ko")
    assert f"마지막 답 {state.unsaved}개가 아직 저장되지 않았습니다" in korean
    assert "디스크가 가득 찼습니다" in korean

    store._file.execute("PRAGMA max_page_count = 1073741823")  # room again
    assert store.flush()
    assert file_rows(tmp_path) == 60 and file_rows(tmp_path, "cards") == 60
    assert store.state.all_saved and store.state_message("en") is None
    store.close()
    again, message = ProgressStore.open(tmp_path)
    assert message is None and again.review_count() == 60


def test_a_failing_write_is_retried_with_the_next_answer(tmp_path, monkeypatch):
    """A write that fails the way a full disk fails (sqlite3.OperationalError) at commit."""
    store, _ = ProgressStore.open(tmp_path)
    real = connection.transaction
    full = {"on": True}

    def transaction(db):
        if db is store._file and full["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(db)

    monkeypatch.setattr(connection, "transaction", transaction)
    answer(store, 1)
    answer(store, 2)
    assert store.state.unsaved == 2 and file_rows(tmp_path) == 0
    full["on"] = False
    answer(store, 3)  # the next answer takes the two waiting ones with it
    assert store.state.all_saved and file_rows(tmp_path) == 3
    assert [r.card_id for r in store.reviews()] == ["year:item-1", "year:item-2", "year:item-3"]


def test_a_file_opened_read_only_keeps_the_answers_and_saves_them_when_it_can(
    tmp_path, monkeypatch
):
    """SQLite's own 'attempt to write a readonly database' (runs as root too)."""
    store, _ = ProgressStore.open(tmp_path)
    answer(store, 0)
    store.close()
    real = connection.connect

    def read_only(target, timeout=connection.BUSY_TIMEOUT):
        if target == str(tmp_path / FILE_NAME):
            return sqlite3.connect(
                f"file:{target}?mode=ro", uri=True, isolation_level=None, timeout=timeout
            )
        return real(target, timeout)

    monkeypatch.setattr(connection, "connect", read_only)
    store, message = ProgressStore.open(tmp_path)
    assert message is None and store.review_count() == 1  # it reads
    answer(store, 1)
    answer(store, 2)
    assert store.state.reason == READ_ONLY and store.state.unsaved == 2
    assert "not saved yet: the progress file or its folder is read-only" in store.state_message()
    assert "읽기 전용" in store.state_message("ko")
    assert store.review_count() == 3 and file_rows(tmp_path) == 1
    monkeypatch.setattr(connection, "connect", real)  # writable again
    assert store.flush() and file_rows(tmp_path) == 3


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_keeps_all_answers(tmp_path):
    """Finding: in a read-only folder all 20 answers were lost."""
    store, _ = ProgressStore.open(tmp_path)
    answer(store, 0)
    store.close()
    os.chmod(tmp_path / FILE_NAME, 0o444)
    os.chmod(tmp_path, 0o555)
    try:
        store, message = ProgressStore.open(tmp_path)
        assert message is None
        for n in range(1, 21):
            answer(store, n)
        assert store.state.reason == READ_ONLY and store.state.unsaved == 20
        assert store.review_count() == 21
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(tmp_path / FILE_NAME, 0o644)
    assert store.flush() and file_rows(tmp_path) == 21


@pytest.mark.slow
def test_a_lock_during_the_quiz_freezes_briefly_and_loses_nothing(tmp_path):
    """Finding: with the file locked by another program the window froze 5 s and lost the
    answer."""
    store, _ = ProgressStore.open(tmp_path)
    answer(store, 0)
    other = hold_lock(tmp_path)
    started = time.monotonic()
    answer(store, 1)
    assert time.monotonic() - started < 1.5
    assert store.state.unsaved == 1 and "in use by another program" in store.state_message()
    other.execute("COMMIT")
    other.close()
    answer(store, 2)
    assert store.state.all_saved and file_rows(tmp_path) == 3
