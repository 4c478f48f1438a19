"""The progress store: persists, commits every answer at once, survives a hard kill, and
sets aside (never deletes) a file it cannot read."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

from egov_timeline.domain.progress import FILE_NAME, SCHEMA_VERSION, ProgressStore, daily_counts
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


def test_a_store_from_a_newer_version_is_kept_aside(tmp_path):
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION + 1),))
    store, message = ProgressStore.open(tmp_path)
    assert "newer egov-timeline" in message
    assert any(p.name.startswith("progress.unreadable-") for p in tmp_path.iterdir())


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
