"""The file's format: another program's database is not taken over, and a file is backed up
before its format changes."""

from __future__ import annotations

import sqlite3

from egov_timeline.domain import backups
from egov_timeline.domain.progress import (
    FILE_NAME,
    SCHEMA_VERSION,
    ProgressStore,
    schema,
)
from tests.domain.progress.helpers import answer, at


def test_another_programs_database_is_not_taken_over(tmp_path):
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("CREATE TABLE songs (title TEXT)")
    _store, message = ProgressStore.open(tmp_path)
    assert "not an egov-timeline progress file" in message


def test_a_backup_is_made_before_the_format_changes(tmp_path, monkeypatch):
    store, _ = ProgressStore.open(tmp_path)
    for n in range(3):
        answer(store, n)
    store.close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION + 1, ["CREATE TABLE extra (x)"])
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
