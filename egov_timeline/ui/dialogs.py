"""Dialogs: the problems of a pack that could not be opened."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class ProblemsDialog(QDialog):
    def __init__(self, folder: Path, problems: Sequence[object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("This content pack has problems"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(problems)
        template = (
            self.tr(
                "The pack in {folder} was not opened: {count} problem must be fixed first. "
                "The pack you had open stays open.\n"
                "Each line names the file, the line, the item and the field."
            )
            if count == 1
            else self.tr(
                "The pack in {folder} was not opened: {count} problems must be fixed first. "
                "The pack you had open stays open.\n"
                "Each line names the file, the line, the item and the field."
            )
        )
        intro = QLabel(template.format(folder=folder, count=count))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problem_list = QListWidget(self)
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)
        for problem in problems:
            self.problem_list.addItem(str(problem))
        layout.addWidget(self.problem_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class WorksheetDialog(QDialog):
    """How many questions, which set (seed) and which paper, for a printed worksheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print a worksheet"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Numbered questions, and an answer key on a page of its own. The same "
                "set number gives the same questions as the class quiz."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(10)
        form.addRow(self.tr("Questions:"), self.count)
        self.seed = QSpinBox()
        self.seed.setRange(1, 99_999)
        self.seed.setValue(random.SystemRandom().randrange(1, 100_000))
        form.addRow(self.tr("Set number:"), self.seed)
        self.page = QComboBox()
        self.page.addItems(["A4", "Letter", "A3"])
        form.addRow(self.tr("Paper:"), self.page)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
