"""Backups of the progress file: a copy that cannot be made (another program's lock) is not
waited for without end and leaves nothing behind."""

from __future__ import annotations

import sqlite3
import time

import pytest

from egov_timeline.domain import backups
from egov_timeline.domain.progress import ProgressStore
from tests.domain.progress.helpers import answer, hold_lock


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
