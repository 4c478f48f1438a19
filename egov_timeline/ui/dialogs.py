"""Dialogs: the problems of a pack that could not be opened."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


class ProblemsDialog(QDialog):
    def __init__(self, folder: Path, problems: Sequence[object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("This content pack has problems")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(problems)
        intro = QLabel(
            f"The pack in {folder} was not opened: {count} problem{'s' if count != 1 else ''} "
            "must be fixed first. The pack you had open stays open.\n"
            "Each line names the file, the line, the item and the field."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName("Problems")
        self.problem_list.setWordWrap(True)
        for problem in problems:
            self.problem_list.addItem(str(problem))
        layout.addWidget(self.problem_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
