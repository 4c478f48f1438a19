"""The progress store: persists, commits every answer at once, survives a hard kill, and
sets aside (never deletes) a file SQLite says is damaged. A locked, read-only or newer
version's file is left alone, and a backup is made once a day."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from egov_timeline.domain import backups, progress
from egov_timeline.domain.progress import (
    FILE_NAME,
    IN_USE,
    READ_ONLY,
    SCHEMA_VERSION,
    ProgressStore,
)
from tests.conftest import REPO
from tests.domain.progress.helpers import T0, answer, at, file_rows, hold_lock


def test_scheduling_persists_across_a_restart(tmp_path):
    store, message = ProgressStore.open(tmp_path)
    assert message is None
    due = store.record(
        "year:e-government-act", "e-government-act", "year", correct=True, score=1.0, when=T0
    )
    store.record("stage:g4c", "g4c", "stage", correct=False, score=0.0, when=T0)
    store.close()
    again, message = ProgressStore.open(tmp_path)
    assert message is None
    card = again.card("year:e-government-act")
    assert card is not None and card["reps"] == 1 and card["last_correct"]
    assert dt.datetime.fromisoformat(card["due"]) == due > T0
    assert again.missed_items() == {"g4c"}
    assert [r.card_id for r in again.reviews()] == ["year:e-government-act", "stage:g4c"]


def test_every_answer_is_committed_at_once(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    store.record("year:a", "a", "year", correct=True, score=1.0, when=T0)
    # another connection sees it before the store is closed
    with sqlite3.connect(tmp_path / FILE_NAME) as other:
        assert other.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 1


KILLER = """
import os, signal, sys
from pathlib import Path
from egov_timeline.domain.progress import ProgressStore
store, _ = ProgressStore.open(Path(sys.argv[1]))
for n in range(25):
    store.record(f"year:item-{n}", f"item-{n}", "year", correct=n % 3 != 0, score=1.0)
print("answered", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_answers_survive_a_hard_kill(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", KILLER, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "answered" and result.returncode == -9
    store, message = ProgressStore.open(tmp_path)
    assert message is None
    assert store.review_count() == 25
    assert len(store.card_ids()) == 25


def test_a_corrupt_file_is_set_aside_not_deleted(tmp_path):
    garbage = b"this is not a database" * 50
    (tmp_path / FILE_NAME).write_bytes(garbage)
    store, message = ProgressStore.open(tmp_path)
    assert message and "kept as" in message and "Nothing was deleted" in message
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("progress.unreadable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    store.record("year:a", "a", "year", correct=True, score=1.0)
    assert store.review_count() == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_with_no_file_yet_says_so_and_saves_when_it_can(tmp_path):
    folder = tmp_path / "user"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        store, message = ProgressStore.open(folder)
        assert message.endswith(
            f"cannot be created: {progress.WHY[READ_ONLY]['en']}. "
            "Answers are kept in memory while the app is open and saved "
            f"as soon as the file can be written. Check that you may write "
            f"to {folder}."
        )
        answer(store, 1)
        assert store.state.unsaved == 1 and not store.flush()
    finally:
        os.chmod(folder, 0o755)
    assert store.flush() and file_rows(folder) == 1 and store.notice() is None


@pytest.mark.slow
def test_a_locked_file_at_start_is_left_in_place_and_used_once_free(tmp_path):
    """Finding: a locked file was taken as damaged, moved aside and a fresh one started
    (5 reviews became 0)."""
    store, _ = ProgressStore.open(tmp_path)
    for n in range(5):
        answer(store, n)
    store.close()
    before = (tmp_path / FILE_NAME).read_bytes()
    other = hold_lock(tmp_path)
    store, message = ProgressStore.open(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]  # nothing moved aside
    assert (tmp_path / FILE_NAME).read_bytes() == before
    assert "in use by another program" in message and "left as it is" in message
    assert "다른 프로그램이 학습 기록 파일을 사용하고 있습니다" in store.notice("ko")
    started = time.monotonic()
    answer(store, 5)
    assert time.monotonic() - started < 1.5  # waits briefly, not 5 s
    assert store.state.unsaved == 1 and store.state.reason == IN_USE
    other.execute("COMMIT")
    other.close()
    assert store.flush()
    assert file_rows(tmp_path) == 6 and store.review_count() == 6


def test_a_store_from_a_newer_version_is_left_alone_and_never_written(tmp_path):
    """Finding: a newer version's store was moved aside, so the newer version lost it."""
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION + 1),))
        db.execute("CREATE TABLE reviews_v2 (x)")
    db.close()
    before = (tmp_path / FILE_NAME).read_bytes()
    store, message = ProgressStore.open(tmp_path)
    assert "written by a newer version of egov-timeline" in message
    assert "cannot use it" in message and "left as it is" in message
    assert "더 새로운 버전" in store.notice("ko")
    answer(store, 1)
    assert not store.flush()
    assert store.state.unsaved == 1 and "is not saved" in store.state_message()
    assert "as soon as possible" not in store.state_message()  # it never will be: not said
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]
    assert (tmp_path / FILE_NAME).read_bytes() == before


def test_a_damaged_database_is_set_aside(tmp_path):
    """Only what SQLite calls damaged ('database disk image is malformed') is moved aside."""
    store, _ = ProgressStore.open(tmp_path)
    for n in range(60):
        answer(store, n)
    store.close()
    data = bytearray((tmp_path / FILE_NAME).read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 8] = b"\xff" * 8
    (tmp_path / FILE_NAME).write_bytes(bytes(data))
    store, message = ProgressStore.open(tmp_path)
    assert "damaged" in message and "Nothing was deleted" in message
    assert "삭제한 것은 없습니다" in store.notice("ko")
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("progress.unreadable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    assert store.review_count() == 0 and store.state.all_saved


def test_a_backup_is_made_once_a_day_at_start_and_the_newest_seven_are_kept(tmp_path, monkeypatch):
    store, _ = ProgressStore.open(tmp_path)
    assert store.backups() == []  # nothing to keep yet
    answer(store, 0)
    store.close()
    for day in range(1, 11):
        for hour in (9, 15):  # twice a day: one backup a day
            monkeypatch.setattr(backups, "local_now", at(day, hour))
            store, _ = ProgressStore.open(tmp_path)
            answer(store, day * 100 + hour)
            store.close()
    kept = ProgressStore(tmp_path / FILE_NAME).backups()
    assert [b.taken.day for b in kept] == [10, 9, 8, 7, 6, 5, 4]
    assert all(b.taken.hour == 9 and b.reason == backups.DAILY for b in kept)
    # the copy of 4 March 09:00 holds what was there before that day's first answer
    assert kept[-1].reviews == 1 + 2 * 3
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == sorted(
        b.path.name for b in kept
    )  # no temporary file left beside them
