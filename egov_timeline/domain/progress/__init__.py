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

The modules, each with one job:
- `store`: `ProgressStore`: opening the file, answering, reading, backups and restoring;
- `pending`: the answers the file has not taken yet, kept in memory and written later;
- `cards`: writing an answer and scheduling its card with FSRS;
- `schema`: the file's tables and the migrations that bring an older file up to date;
- `restore`: reading a backup and putting its answers in place of the file's;
- `connection`: connecting to the file, transactions;
- `reasons`: why the file cannot take answers, `StoreState` and the problems raised;
- `messages`: what the student is told, in English and Korean;
- `reviews`: answers as read back, and the count of them per day.
"""

from egov_timeline.domain.progress.cards import (
    AGAIN,
    CONFIDENCES,
    EASY,
    GOOD,
    GUESS,
    HARD,
    RATING_NAMES,
    SURE,
    THINK,
    now_utc,
)
from egov_timeline.domain.progress.connection import BUSY_TIMEOUT
from egov_timeline.domain.progress.messages import (
    DAMAGE,
    HINT,
    MESSAGES,
    WHY,
    saved_again_message,
    state_message,
)
from egov_timeline.domain.progress.reasons import (
    BAD_VERSION,
    DAMAGED,
    FOREIGN,
    FULL,
    IN_USE,
    MEMORY,
    NEWER,
    READ_ONLY,
    RETRYABLE,
    UNAVAILABLE,
    RestoreProblem,
    StoreProblem,
    StoreState,
    failure_reason,
)
from egov_timeline.domain.progress.restore import RESTORED_TABLES
from egov_timeline.domain.progress.reviews import (
    Review,
    calibration,
    daily_counts,
)
from egov_timeline.domain.progress.schema import MIGRATIONS, SCHEMA_VERSION
from egov_timeline.domain.progress.store import FILE_NAME, ProgressStore

__all__ = [
    "AGAIN",
    "BAD_VERSION",
    "BUSY_TIMEOUT",
    "DAMAGE",
    "DAMAGED",
    "EASY",
    "FILE_NAME",
    "FOREIGN",
    "FULL",
    "GOOD",
    "HARD",
    "HINT",
    "IN_USE",
    "MEMORY",
    "MESSAGES",
    "MIGRATIONS",
    "NEWER",
    "RATING_NAMES",
    "READ_ONLY",
    "RESTORED_TABLES",
    "RETRYABLE",
    "SCHEMA_VERSION",
    "UNAVAILABLE",
    "WHY",
    "ProgressStore",
    "RestoreProblem",
    "CONFIDENCES",
    "GUESS",
    "SURE",
    "THINK",
    "Review",
    "StoreProblem",
    "StoreState",
    "calibration",
    "daily_counts",
    "failure_reason",
    "now_utc",
    "saved_again_message",
    "state_message",
]
