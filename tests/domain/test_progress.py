"""The progress store: persists, commits every answer at once, survives a hard kill, and
sets aside (never deletes) a file SQLite says is damaged. Answers it cannot write (a full
disk, a read-only file, a lock) are never called saved: they are kept and written later. A
newer version's file is left alone. Backups are made daily and before a change of format,
and a restore can be undone."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
import time

import pytest

from egov_timeline.domain import backups, progress
from egov_timeline.domain.progress import (
    FILE_NAME,
    FULL,
    IN_USE,
    READ_ONLY,
    SCHEMA_VERSION,
    ProgressStore,
    daily_counts,
)
from tests.conftest import REPO

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


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


def test_a_right_answer_is_due_later_than_a_wrong_one(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    right = store.record("year:a", "a", "year", correct=True, score=1.0, when=T0)
    wrong = store.record("year:b", "b", "year", correct=False, score=0.0, when=T0)
    easy = store.record("year:c", "c", "year", correct=True, score=1.0, rating=4, when=T0)
    assert wrong < right < easy
    later = T0 + dt.timedelta(days=400)
    assert {c for c, _i, _t in store.due_cards(later)} == {"year:a", "year:b", "year:c"}
    assert store.due_count(T0) == 0


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


def test_another_programs_database_is_not_taken_over(tmp_path):
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("CREATE TABLE songs (title TEXT)")
    _store, message = ProgressStore.open(tmp_path)
    assert "not an egov-timeline progress file" in message


def test_daily_counts_cover_each_day():
    store = ProgressStore(None)
    today = dt.date(2026, 3, 10)
    for day, correct in ((8, True), (8, False), (10, True)):
        store.record(
            "year:a",
            "a",
            "year",
            correct=correct,
            score=1.0,
            when=dt.datetime(2026, 3, day, 12, tzinfo=dt.UTC),
        )
    counts = daily_counts(store.reviews(), 3, today)
    assert [(d.day, a, r) for d, a, r in counts] == [(8, 2, 1), (9, 0, 0), (10, 1, 1)]


def test_rating_a_right_answer_easy_moves_it_further_out(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    good = store.record("year:a", "a", "year", correct=True, score=1.0, when=T0)
    easy = store.rerate("year:a", 4)
    assert easy > good
    assert store.reviews()[-1].rating == 4
    assert store.card("year:a")["reps"] == 1  # re-rating is not another answer
    store.record("year:b", "b", "year", correct=False, score=0.0, when=T0)
    assert store.rerate("year:b", 4) is None  # a wrong answer stays "Again"


# ---- answers that cannot be written are kept, said so, and written later ----------------------
def file_rows(folder, table="reviews") -> int:
    """What another program sees in the file: what is really saved."""
    db = sqlite3.connect(folder / FILE_NAME, timeout=5)
    try:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def answer(store, n: int, when=T0):
    return store.record(f"year:item-{n}", f"item-{n}", "year", correct=n % 3 != 0, score=1.0)


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
    real = progress._transaction
    full = {"on": True}

    def transaction(db):
        if db is store._file and full["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(db)

    monkeypatch.setattr(progress, "_transaction", transaction)
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
    real = progress._connect

    def read_only(target, timeout=progress.BUSY_TIMEOUT):
        if target == str(tmp_path / FILE_NAME):
            return sqlite3.connect(
                f"file:{target}?mode=ro", uri=True, isolation_level=None, timeout=timeout
            )
        return real(target, timeout)

    monkeypatch.setattr(progress, "_connect", read_only)
    store, message = ProgressStore.open(tmp_path)
    assert message is None and store.review_count() == 1  # it reads
    answer(store, 1)
    answer(store, 2)
    assert store.state.reason == READ_ONLY and store.state.unsaved == 2
    assert "not saved yet: the progress file or its folder is read-only" in store.state_message()
    assert "읽기 전용" in store.state_message("ko")
    assert store.review_count() == 3 and file_rows(tmp_path) == 1
    monkeypatch.setattr(progress, "_connect", real)  # writable again
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


def hold_lock(folder):
    other = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


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


def test_every_store_message_is_written_in_english_and_korean():
    tables = (progress.MESSAGES, progress.WHY, progress.HINT, progress.DAMAGE)
    for table in tables:
        for key, words in table.items():
            assert set(words) == {"en", "ko"}, key
            assert any("\uac00" <= c <= "\ud7a3" for c in words["ko"]), key
            assert not any("\uac00" <= c <= "\ud7a3" for c in words["en"]), key
            fields = [set(re.findall(r"{(\w+)}", words[lang])) for lang in ("en", "ko")]
            assert fields[0] == fields[1], key
    assert progress.saved_again_message("ko") == "이제 모든 답이 저장되었습니다."


# ---- backups --------------------------------------------------------------------------------
def at(day: int, hour: int = 9):
    return lambda: dt.datetime(2026, 3, day, hour, 0, 0)


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


def test_a_backup_is_made_before_the_format_changes(tmp_path, monkeypatch):
    store, _ = ProgressStore.open(tmp_path)
    for n in range(3):
        answer(store, n)
    store.close()
    monkeypatch.setattr(progress, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(progress.MIGRATIONS, SCHEMA_VERSION + 1, ["CREATE TABLE extra (x)"])
    monkeypatch.setattr(backups, "local_now", at(5))
    store, message = ProgressStore.open(tmp_path)
    assert message is None
    before = [b for b in store.backups() if b.reason == backups.BEFORE_UPDATE]
    assert len(before) == 1 and before[0].reviews == 3
    with sqlite3.connect(before[0].path) as db:
        version = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        assert int(version[0]) == SCHEMA_VERSION  # the old format, as it was
        assert "extra" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    db.close()


def test_a_backup_that_cannot_be_made_leaves_nothing_behind(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    answer(store, 0)
    other = hold_lock(tmp_path)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError):
        backups.write_backup(store._file, tmp_path / "backups", backups.DAILY)
    assert time.monotonic() - started < 2  # a lock is not waited for without end
    other.execute("COMMIT")
    other.close()
    assert list((tmp_path / "backups").iterdir()) == []


def test_restoring_a_backup_brings_it_back_and_can_be_undone(tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "local_now", at(1))
    store, _ = ProgressStore.open(tmp_path)
    for n in range(2):
        answer(store, n)
    store.close()
    monkeypatch.setattr(backups, "local_now", at(2))
    store, _ = ProgressStore.open(tmp_path)  # the copy of 2 March: 2 answers
    for n in range(2, 7):
        answer(store, n)
    assert store.review_count() == 7
    (daily,) = store.backups()
    assert daily.reviews == 2
    undo = store.restore(daily.path)
    assert store.review_count() == 2 and store.card_ids() == {"year:item-0", "year:item-1"}
    assert file_rows(tmp_path) == 2
    listed = {b.path: b for b in store.backups()}
    assert listed[undo].reviews == 7 and listed[undo].reason == backups.BEFORE_RESTORE
    answer(store, 9)  # the store goes on from the restored answers
    assert store.review_count() == 3 and store.state.all_saved
    store.restore(undo)  # undo
    assert store.review_count() == 7 and file_rows(tmp_path, "cards") == 7
    store.close()
    again, _ = ProgressStore.open(tmp_path)
    assert again.review_count() == 7


@pytest.mark.slow
def test_a_backup_is_not_restored_over_answers_still_waiting(tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "local_now", at(1))
    store, _ = ProgressStore.open(tmp_path)
    answer(store, 0)
    store.close()
    store, _ = ProgressStore.open(tmp_path)
    (daily,) = store.backups()
    other = hold_lock(tmp_path)
    answer(store, 1)
    with pytest.raises(progress.RestoreProblem) as problem:
        store.restore(daily.path)
    assert problem.value.kind == "unsaved"
    other.execute("COMMIT")
    other.close()
    assert store.flush() and store.review_count() == 2 and file_rows(tmp_path) == 2
