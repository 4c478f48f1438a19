"""File → Restore Progress from a Backup: the copies of the progress store, newest first, with
how many answers each holds; one is restored after a confirmation, and the progress as it
was is backed up first, so that a restore can be undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain import backups
from egov_timeline.domain.progress import MEMORY, NEWER, ProgressStore, RestoreProblem
from egov_timeline.ui.plain import plain


class BackupsDialog(QDialog):
    """Signals `restored()` after a backup replaced the progress."""

    restored = Signal()

    def __init__(
        self,
        store_provider: Callable[[], ProgressStore | None],
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore Progress from a Backup"))
        self.resize(640, 420)
        self.language = language
        self._store_provider = store_provider
        # Replaced by tests: a modal question would block them.
        self.confirm: Callable[[str], bool] = self._confirm
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A copy of your progress is made once a day when the app starts, before an "
                "update changes the file's format, and before a restore. Restoring a copy "
                "replaces your answers with the ones in it. Your progress as it is now is "
                "copied first, so a restore can be undone by restoring that copy."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folder_label = plain(QLabel())
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.backup_list = QListWidget(self)
        self.backup_list.setObjectName("backupList")
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.backup_list, 1)
        self.status = plain(QLabel())
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore\u2026"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setToolTip(self.tr("Restore the chosen copy, after asking"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    @property
    def store(self) -> ProgressStore | None:
        return self._store_provider()

    def fill(self) -> None:
        self.backup_list.clear()
        store = self.store
        folder = store.backup_folder if store is not None else None
        self.folder_label.setText(
            self.tr("The copies are kept in {folder}").format(folder=folder) if folder else ""
        )
        for backup in store.backups() if store is not None else []:
            row = QListWidgetItem(self.describe(backup))
            row.setData(Qt.ItemDataRole.UserRole, backup)
            self.backup_list.addItem(row)
        if not self.backup_list.count():
            self.backup_list.addItem(
                self.tr(
                    "There are no copies yet: the first is made when the app starts on a day "
                    "after you have answered questions."
                )
            )
            self.restore_button.setEnabled(False)
        else:
            self.backup_list.setCurrentRow(0)
            self.restore_button.setEnabled(True)

    def when(self, moment: dt.datetime) -> str:
        if self.language == "ko":
            return f"{moment.year}년 {moment.month}월 {moment.day}일 {moment:%H:%M}"
        months = (
            "January February March April May June July August September October November December"
        ).split()
        return f"{moment.day} {months[moment.month - 1]} {moment.year}, {moment:%H:%M}"

    def answers(self, count: int | None) -> str:
        if count is None:
            return self.tr("cannot be read")
        return self.tr("1 answer") if count == 1 else self.tr("{n} answers").format(n=count)

    def describe(self, backup: backups.Backup) -> str:
        why = {
            backups.DAILY: self.tr("daily copy"),
            backups.BEFORE_UPDATE: self.tr("made before an update"),
            backups.BEFORE_RESTORE: self.tr("made before a restore"),
        }.get(backup.reason or "", "")
        parts = [self.when(backup.taken), self.answers(backup.reviews)]
        return " \u00b7 ".join(parts + ([why] if why else []))

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore this copy?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def restore_selected(self) -> bool:
        store = self.store
        row = self.backup_list.currentItem()
        backup = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if store is None or not isinstance(backup, backups.Backup):
            return False
        question = self.tr(
            "Replace your progress now ({now}) with the copy of {date} ({then})?\n\n"
            "Your progress as it is now is copied first: to undo, restore that copy."
        ).format(
            now=self.answers(store.review_count()),
            date=self.when(backup.taken),
            then=self.answers(backup.reviews),
        )
        if not self.confirm(question):
            return False
        try:
            store.restore(backup.path)
        except RestoreProblem as problem:
            self.status.setText(self.problem_text(problem))
            return False
        self.fill()
        self.status.setText(
            self.tr(
                "Restored the copy of {date}: {then}. Your progress before it is the newest "
                "copy in the list."
            ).format(date=self.when(backup.taken), then=self.answers(store.review_count()))
        )
        self.restored.emit()
        return True

    def problem_text(self, problem: RestoreProblem) -> str:
        if problem.kind == "unsaved":
            return self.tr(
                "Not restored: some answers are not saved yet. A copy can be restored once "
                "they are saved. Nothing was changed."
            )
        if problem.kind == NEWER:
            return self.tr(
                "Not restored: that copy was made by a newer version of egov-timeline. "
                "Nothing was changed."
            )
        if problem.kind == "unreadable":
            return self.tr("Not restored: that copy cannot be read ({detail}).").format(
                detail=problem.detail
            )
        if problem.kind == MEMORY:
            return self.tr("Not restored: there is no progress file to restore into.")
        return self.tr(
            "Not restored: the progress file cannot be written now ({detail}). Nothing was changed."
        ).format(detail=problem.detail or problem.kind)
