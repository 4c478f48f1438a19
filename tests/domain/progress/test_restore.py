"""A backup is restored, the restore can be undone, and it never overwrites answers still
waiting to be saved."""

from __future__ import annotations

import pytest

from egov_timeline.domain import backups, progress
from egov_timeline.domain.progress import (
    ProgressStore,
)
from tests.domain.progress.helpers import answer, at, file_rows, hold_lock


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
