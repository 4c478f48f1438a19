"""Writing an answer into a progress database, and scheduling its card with FSRS. No Qt.

A write is a tuple, `answer_write` or `rerate_write`, so that the store can keep it and run
it again on the file later (see `pending`); `run` applies one to a database. Times are kept
as ISO text in UTC. FSRS is imported when first needed, not on the way to the window.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fsrs import Scheduler

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: "Again", HARD: "Hard", GOOD: "Good", EASY: "Easy"}
SURE, THINK, GUESS = "sure", "think", "guess"
CONFIDENCES = (SURE, THINK, GUESS)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def answer_write(
    card_id: str,
    item_id: str,
    kind: str,
    *,
    correct: bool,
    score: float,
    rating: int | None,
    when: dt.datetime,
    duration_ms: int | None,
    schedule: bool,
    confidence: str | None = None,
    chosen: str | None = None,
) -> tuple:
    """The write that stores one answer (right: rated Good unless told Hard or Easy, or
    Hard when it was a guess; wrong: Again), with how sure the student was and the item
    a wrong answer chose."""
    if not correct:
        rating = AGAIN
    elif rating is None:
        rating = HARD if confidence == GUESS else GOOD  # a lucky guess is not yet known
    if confidence not in CONFIDENCES:
        confidence = None
    return (
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
        confidence,
        chosen,
    )


def rerate_write(card_id: str, rating: int) -> tuple:
    """The write that changes the rating of the card's last answer."""
    return ("rerate", card_id, rating)


def run(
    db: sqlite3.Connection, op: tuple, scheduler: Callable[[str], Scheduler]
) -> dt.datetime | None:
    """Apply one write to `db` (inside the caller's transaction). Returns the card's next
    due time, or None when the card is not scheduled. `scheduler(item id)` gives the FSRS
    scheduler for a card of that item (a test coming up changes it for the items it
    covers), asked for only when a card is scheduled."""
    if op[0] == "rerate":
        return _rerate(db, op[1], op[2], scheduler)
    _kind, card_id, item_id, kind, correct, score, rating, when, duration_ms, schedule = op[:10]
    # writes kept from before confidence was asked have no confidence nor chosen answer
    confidence, chosen = op[10:12] if len(op) >= 12 else (None, None)
    row = db.execute("SELECT fsrs FROM cards WHERE card_id=?", (card_id,)).fetchone()
    db.execute(
        "INSERT INTO reviews (card_id, item_id, type, answered_at, correct, score, "
        "rating, duration_ms, card_before, confidence, chosen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            card_id,
            item_id,
            kind,
            iso(when),
            int(correct),
            score,
            rating,
            duration_ms,
            row[0] if row else None,
            confidence,
            chosen,
        ),
    )
    if not schedule:
        return None
    return _schedule(
        db,
        card_id,
        item_id,
        kind,
        row[0] if row else None,
        rating,
        correct,
        when,
        count_rep=True,
        scheduler=scheduler,
    )


def _rerate(
    db: sqlite3.Connection, card_id: str, rating: int, scheduler: Callable[[str], Scheduler]
) -> dt.datetime | None:
    row = db.execute(
        "SELECT id, item_id, type, answered_at, correct, card_before FROM reviews "
        "WHERE card_id=? ORDER BY id DESC LIMIT 1",
        (card_id,),
    ).fetchone()
    if row is None or not row[4]:
        return None  # only a right answer may be rated Hard or Easy
    review_id, item_id, kind, answered_at, _correct, before = row
    db.execute("UPDATE reviews SET rating=? WHERE id=?", (rating, review_id))
    return _schedule(
        db,
        card_id,
        item_id,
        kind,
        before,
        rating,
        True,
        dt.datetime.fromisoformat(answered_at),
        count_rep=False,
        scheduler=scheduler,
    )


def _schedule(
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
    scheduler: Callable[[str], Scheduler],
) -> dt.datetime:
    from fsrs import Card, Rating  # imported when first needed, not on the way to the window

    card = Card.from_dict(json.loads(before)) if before else Card()
    card, _log = scheduler(item_id).review_card(card, Rating(rating), when)
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
            iso(card.due),
            reps,
            lapses,
            int(correct),
            iso(when),
        ),
    )
    return card.due
