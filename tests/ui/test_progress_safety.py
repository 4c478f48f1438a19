"""Answers are called saved only when they are: on a full disk, a read-only or locked file the
quiz says which answers are not saved yet and why, keeps them and saves them later; a newer
version's file is left alone; quitting with answers not saved asks first (never in a scripted
run); backups are restored from the File menu, and a restore can be undone."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from egov_timeline.domain import backups
from egov_timeline.domain.progress import FILE_NAME, SCHEMA_VERSION, ProgressStore, connection
from tests.conftest import REPO
from tests.ui.test_quiz import answer_by_keyboard, open_quiz


def file_rows(folder: Path) -> int:
    """What is really in the file, as another program sees it."""
    db = sqlite3.connect(folder / FILE_NAME, timeout=5)
    try:
        return db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]
    finally:
        db.close()


def fill_the_disk(monkeypatch, store) -> dict:
    """Every write to the file fails as SQLite fails on a full disk, until told otherwise."""
    real = connection.transaction
    disk = {"full": True}

    def transaction(db):
        if db is store._file and disk["full"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(db)

    monkeypatch.setattr(connection, "transaction", transaction)
    return disk


def answer_questions(page, qtbot, count: int) -> None:
    page.start.count.setValue(count)
    page.start.start_button.click()
    for _ in range(count):
        answer_by_keyboard(page, qtbot, right=True)
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)


def open_window(qtbot, bundled_pack, language=None):
    from egov_timeline.ui.app import create_main_window

    win = create_main_window(bundled_pack, language)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitUntil(lambda: win.quiz_controller.store is not None, timeout=5000)
    return win


def test_on_a_full_disk_the_quiz_says_the_answers_are_not_saved_then_saves_them(
    window, qtbot, monkeypatch, own_user_folder
):
    page = open_quiz(window, qtbot)
    disk = fill_the_disk(monkeypatch, window.quiz_controller.store)
    page.start.count.setValue(3)
    page.start.start_button.click()
    answer_by_keyboard(page, qtbot, right=True)
    assert page.save_notice.isVisible()
    assert page.save_notice.text().startswith(
        "Your last answer is not saved yet: the disk is full."
    )
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    for _ in range(2):
        answer_by_keyboard(page, qtbot, right=True)
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.summary
    text = page.save_notice.text()
    assert page.save_notice.isVisible()
    assert text.startswith("Your last 3 answers are not saved yet: the disk is full.")
    assert "They are kept while the app is open and saved as soon as possible." in text
    assert file_rows(own_user_folder) == 0  # and nothing says otherwise
    assert window.quiz_controller.store.review_count() == 3  # kept: the figures count them
    assert window.quiz_controller.retry_timer.isActive()

    window.quiz_controller.retry_saving()  # the timer's try: still full
    assert page.save_notice.text().startswith("Your last 3 answers are not saved yet")
    disk["full"] = False  # space was freed
    window.quiz_controller.retry_saving()
    assert file_rows(own_user_folder) == 3
    assert page.save_notice.isVisible()
    assert page.save_notice.text() == "All your answers are saved now."
    assert window.status.selection_label.text() == "All your answers are saved now."
    assert not window.quiz_controller.retry_timer.isActive()


def test_the_quiz_says_so_in_korean(qtbot, bundled_pack, monkeypatch, own_user_folder):
    win = open_window(qtbot, bundled_pack, "ko")
    page = open_quiz(win, qtbot)
    disk = fill_the_disk(monkeypatch, win.quiz_controller.store)
    page.start.count.setValue(2)
    page.start.start_button.click()
    answer_by_keyboard(page, qtbot, right=True)
    assert page.save_notice.text().startswith(
        "마지막 답이 아직 저장되지 않았습니다. 디스크가 가득 찼습니다."
    )
    assert "저장할 수 있게 되는 대로 바로 저장합니다" in page.save_notice.text()
    disk["full"] = False
    win.quiz_controller.retry_saving()
    assert page.save_notice.text() == "이제 모든 답이 저장되었습니다."
    assert file_rows(own_user_folder) == 1


def test_quitting_with_answers_not_saved_asks_first_and_can_stay_open(
    window, qtbot, monkeypatch, own_user_folder
):
    page = open_quiz(window, qtbot)
    disk = fill_the_disk(monkeypatch, window.quiz_controller.store)
    answer_questions(page, qtbot, 1)
    asked: list[str] = []
    window.ask_quit_unsaved = lambda text: asked.append(text) or False  # "Keep the App Open"
    window.close()
    assert asked and asked[0].startswith("Your last answer is not saved yet: the disk is full.")
    assert window.isVisible() and window.quiz_controller.store.state.unsaved == 1
    disk["full"] = False
    asked.clear()
    window.close()  # the answer is saved on the way out: nothing to ask
    assert asked == [] and not window.isVisible()
    assert file_rows(own_user_folder) == 1


def test_a_scripted_run_never_asks_at_quit(window, qtbot, monkeypatch):
    page = open_quiz(window, qtbot)
    fill_the_disk(monkeypatch, window.quiz_controller.store)
    answer_questions(page, qtbot, 1)
    from egov_timeline.ui.run_mode import RUN

    monkeypatch.setattr(RUN, "scripted", True)
    window.ask_quit_unsaved = lambda text: pytest.fail(f"a dialog in a scripted run: {text}")
    window.close()
    assert not window.isVisible()


def test_switching_language_keeps_the_answers_waiting(window, qtbot, monkeypatch, own_user_folder):
    from egov_timeline.ui.app import switch_language

    page = open_quiz(window, qtbot)
    disk = fill_the_disk(monkeypatch, window.quiz_controller.store)
    answer_questions(page, qtbot, 2)
    korean = switch_language(window, "ko")
    qtbot.addWidget(korean)
    korean.modes.set_mode("quiz")
    assert korean.modes.quiz_page.save_notice.text().startswith(
        "마지막 답 2개가 아직 저장되지 않았습니다"
    )
    disk["full"] = False
    korean.quiz_controller.retry_saving()
    assert file_rows(own_user_folder) == 2


def test_an_unexpected_error_says_the_answers_are_saved_only_when_they_are(
    window, qtbot, monkeypatch
):
    from egov_timeline.ui.app import unexpected_error_text

    page = open_quiz(window, qtbot)
    assert "The answers you gave before it are saved." in unexpected_error_text(Path("x.log"))
    fill_the_disk(monkeypatch, window.quiz_controller.store)
    answer_questions(page, qtbot, 1)
    text = unexpected_error_text(Path("x.log"))
    assert "are saved" not in text and "progress is saved" not in text
    assert "Your last answer is not saved yet: the disk is full." in text
    window.ask_quit_unsaved = lambda text: True


def lock(folder: Path) -> sqlite3.Connection:
    other = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


def five_answers(folder: Path) -> None:
    store, _ = ProgressStore.open(folder)
    for n in range(5):
        store.record(f"year:item-{n}", f"item-{n}", "year", correct=True, score=1.0)
    store.close()


@pytest.mark.slow
def test_a_locked_progress_file_at_start_is_left_alone_and_its_answers_come_back(
    qtbot, bundled_pack, own_user_folder
):
    own_user_folder.mkdir(parents=True, exist_ok=True)
    five_answers(own_user_folder)
    before = (own_user_folder / FILE_NAME).read_bytes()
    other = lock(own_user_folder)
    win = open_window(qtbot, bundled_pack)
    assert not [p for p in own_user_folder.iterdir() if "unreadable" in p.name]
    assert (own_user_folder / FILE_NAME).read_bytes() == before
    assert "in use by another program" in win.status.selection_label.text()
    page = open_quiz(win, qtbot)
    assert "in use by another program" in page.save_notice.text()
    assert not page.start.notice.isVisible()  # said once, not twice
    answer_questions(page, qtbot, 1)
    assert page.save_notice.text().startswith(
        "Your last answer is not saved yet: the progress file is in use by another program."
    )
    other.execute("COMMIT")
    other.close()
    win.quiz_controller.retry_saving()
    assert file_rows(own_user_folder) == 6
    assert page.save_notice.text() == "All your answers are saved now."
    win.modes.set_mode("progress")
    assert "6 answers so far" in win.modes.progress_page.summary.text()  # the 5 came back


def test_a_newer_versions_progress_file_is_left_as_it_is(qtbot, bundled_pack, own_user_folder):
    own_user_folder.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(own_user_folder / FILE_NAME) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION + 1),))
    db.close()
    before = (own_user_folder / FILE_NAME).read_bytes()
    win = open_window(qtbot, bundled_pack)
    page = open_quiz(win, qtbot)
    assert page.start.notice.isVisible()
    assert "written by a newer version of egov-timeline" in page.start.notice.text()
    answer_questions(page, qtbot, 1)
    assert page.save_notice.text().startswith("The answer you gave in this session is not saved")
    asked = []
    win.ask_quit_unsaved = lambda text: asked.append(text) or True
    win.close()
    assert asked and "newer version" in asked[0]
    assert sorted(p.name for p in own_user_folder.iterdir() if "progress" in p.name) == [FILE_NAME]
    assert (own_user_folder / FILE_NAME).read_bytes() == before


def at(day: int):
    return lambda: dt.datetime(2026, 3, day, 9, 0, 0)


def test_a_backup_is_restored_from_the_file_menu_and_the_restore_can_be_undone(
    qtbot, bundled_pack, own_user_folder, monkeypatch
):
    own_user_folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(backups, "local_now", at(1))
    store, _ = ProgressStore.open(own_user_folder)
    for n in range(2):
        store.record(f"year:item-{n}", f"item-{n}", "year", correct=True, score=1.0)
    store.close()
    monkeypatch.setattr(backups, "local_now", at(2))
    win = open_window(qtbot, bundled_pack)  # the day's copy is made: 2 answers
    for n in range(2, 5):
        win.quiz_controller.store.record(
            f"year:item-{n}", f"item-{n}", "year", correct=True, score=1.0
        )
    win.modes.set_mode("progress")
    assert "5 answers so far" in win.modes.progress_page.summary.text()

    win.commands["backups"].trigger()
    dialog = win.backups_dialog
    assert dialog.backup_list.count() == 1
    assert (
        dialog.backup_list.item(0).text()
        == "2 March 2026, 09:00 \u00b7 2 answers \u00b7 daily copy"
    )
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or True
    assert dialog.restore_selected()
    assert asked[0].startswith(
        "Replace your progress now (5 answers) with the copy of 2 March 2026, 09:00 (2 answers)?"
    )
    assert "2 answers so far" in win.modes.progress_page.summary.text()
    assert file_rows(own_user_folder) == 2
    assert dialog.backup_list.count() == 2
    undo = dialog.backup_list.item(0).text()
    assert "5 answers" in undo and "made before a restore" in undo
    assert "Restored the copy of 2 March 2026, 09:00" in dialog.status.text()

    dialog.backup_list.setCurrentRow(0)
    assert dialog.restore_selected()  # undo
    assert "5 answers so far" in win.modes.progress_page.summary.text()
    assert file_rows(own_user_folder) == 5
    dialog.close()


def test_the_backup_list_in_korean(qtbot, bundled_pack, own_user_folder, monkeypatch):
    own_user_folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(backups, "local_now", at(1))
    store, _ = ProgressStore.open(own_user_folder)
    store.record("year:a", "a", "year", correct=True, score=1.0)
    store.close()
    monkeypatch.setattr(backups, "local_now", at(2))
    win = open_window(qtbot, bundled_pack, "ko")
    win.commands["backups"].trigger()
    dialog = win.backups_dialog
    assert dialog.windowTitle() == "백업에서 학습 기록 복원"
    assert (
        dialog.backup_list.item(0).text()
        == "2026년 3월 2일 09:00 \u00b7 답 1개 \u00b7 매일 만드는 사본"
    )
    dialog.close()


def run_scripted(folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "EGOV_TIMELINE_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "egov_timeline", "--smoke"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a dialog nobody can close would hang it
    )


@pytest.mark.slow
def test_a_headless_run_with_a_locked_or_newer_file_shows_no_dialog_and_moves_nothing(
    tmp_path,
):
    folder = tmp_path / "locked"
    folder.mkdir()
    five_answers(folder)
    before = (folder / FILE_NAME).read_bytes()
    other = lock(folder)
    try:
        result = run_scripted(folder)
    finally:
        other.execute("COMMIT")
        other.close()
    assert result.returncode == 0, result.stderr
    assert "first paint" in result.stdout
    assert "in use by another program" in result.stderr  # said on stderr, not in a dialog
    assert (folder / FILE_NAME).read_bytes() == before
    assert not [p for p in folder.iterdir() if "unreadable" in p.name]

    newer = tmp_path / "newer"
    newer.mkdir()
    with sqlite3.connect(newer / FILE_NAME) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION + 1),))
    db.close()
    before = (newer / FILE_NAME).read_bytes()
    result = run_scripted(newer)
    assert result.returncode == 0, result.stderr
    assert (newer / FILE_NAME).read_bytes() == before
