"""Dialogs: the problems of a pack that could not be opened."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
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

from egov_timeline.ui.plain import plain


class ProblemsDialog(QDialog):
    def __init__(
        self,
        folder: Path,
        problems: Sequence[object],
        parent: QWidget | None = None,
        at_start: bool = False,
        sheet: bool = False,
    ):
        """`at_start`: the pack was named on the command line, and the window opened with
        the bundled history instead. `sheet`: `folder` is a spreadsheet that did not make a
        pack."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("This content pack has problems"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(problems)
        if sheet:
            head = (
                self.tr("{folder} did not make a pack: {count} problem must be fixed first.")
                if count == 1
                else self.tr("{folder} did not make a pack: {count} problems must be fixed first.")
            )
        else:
            head = (
                self.tr("The pack in {folder} was not opened: {count} problem must be fixed first.")
                if count == 1
                else self.tr(
                    "The pack in {folder} was not opened: {count} problems must be fixed first."
                )
            )
        instead = (
            self.tr(
                "The history that comes with the app is shown instead. Fix the problems, then "
                "open the folder again with File \u2192 Open Content Pack."
            )
            if at_start
            else self.tr("The pack you had open stays open.")
        )
        where = (
            self.tr("Each line names the sheet, the row and the column.")
            if sheet
            else self.tr("Each line names the file, the line, the item and the field.")
        )
        template = f"{head} {instead}\n{where}"
        intro = plain(QLabel(template.format(folder=folder, count=count)))
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

    def __init__(
        self,
        parent: QWidget | None = None,
        seed: int | None = None,
        count: int | None = None,
        for_paper: bool = True,
    ) -> None:
        """`for_paper` False: the same choice of set for a file other tools read (Anki,
        Moodle, a spreadsheet), with no paper to choose."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Print a worksheet") if for_paper else self.tr("Export a question set")
        )
        self.setMinimumWidth(420)  # the introduction in a few lines, not many
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Numbered questions, and an answer key on a page of its own. The same "
                "set number gives the same questions as the class quiz."
            )
            if for_paper
            else self.tr(
                "The questions of a set, each with its choices, answer, explanation and "
                "sources, for Anki, Moodle or a spreadsheet. The same set number gives the same "
                "questions as the class quiz and the worksheet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(count or 10)
        form.addRow(self.tr("Questions:"), self.count)
        self.seed = QSpinBox()
        self.seed.setRange(1, 99_999)
        # the class quiz's set when there is one, so that paper and projector match
        self.seed.setValue(seed or random.SystemRandom().randrange(1, 100_000))
        self.seed.setToolTip(
            self.tr("The same set number gives the same questions as the class quiz")
        )
        form.addRow(self.tr("Set number:"), self.seed)
        self.page = QComboBox()
        self.page.addItems(["A4", "Letter", "A3"])
        self.large = QCheckBox(self.tr("Large print (16 pt)"))
        if for_paper:
            form.addRow(self.tr("Paper:"), self.page)
            form.addRow("", self.large)
        else:
            self.page.hide()
            self.large.hide()
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Every key the window answers to: its menu actions, read from the actions themselves,
    and the keys of the timeline, the quiz and the class quiz."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(620, 560)
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in actions:
            keys = [
                k.toString(QKeySequence.SequenceFormat.NativeText)
                for k in action.shortcuts()
                if k.count() and not _media_key(k)
            ]
            text = re.sub(r"\s*\(&\w\)", "", action.text())  # a Korean mnemonic: (&O)
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            text = text.rstrip(".\u2026 ").strip()
            if not keys or not text or text in seen:
                continue
            seen.add(text)
            rows.append((text, ", ".join(keys)))
        rows += [
            (self.tr("Timeline: pan"), self.tr("Left, Right, or drag")),
            (self.tr("Timeline: zoom at the pointer"), self.tr("Mouse wheel, or + and -")),
            (self.tr("Timeline: walk the items in date order"), "Tab, Shift+Tab"),
            (self.tr("Timeline: open the selected item"), "Enter"),
            (self.tr("Timeline: first and last years"), "Home, End"),
            (self.tr("Quiz: answer, then go on"), self.tr("1 - 4, then Enter or Space")),
            (self.tr("Quiz: mark a right answer hard or easy"), "H, E"),
            (self.tr("Class quiz: reveal, next, back, pause"), "Space, Right, Left, P"),
            (
                self.tr("Guided tour: next, back, end"),
                self.tr("Right, Space or PageDown; Left or PageUp; Esc"),
            ),
        ]
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, (what, pressed) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(pressed))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            cell = self.table.item(row, column)
            return cell.text() if cell is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


def _media_key(sequence) -> bool:
    """A key only special keyboards have (Back, Forward, Open, Zoom In ...): not worth listing."""
    return sequence[0].key().value >= 0x01000060


def about_box(parent: QWidget, pack, language: str):
    """Help → About: version, content and licences."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from egov_timeline import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About egov-timeline"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"egov-timeline {__version__}")
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "How Korea built its e-government, from the 1960s to 2017: a timeline, "
            "details with their sources, and quizzes for self-study and the classroom.\n\n"
            "Content pack: {title} ({count} items). Every item records its source.\n"
            "Works offline: nothing is sent or fetched over a network.\n"
            "Hangul font: Nanum Gothic, under the SIL Open Font License 1.1.",
        ).format(title=pack.title_in(language), count=len(pack.items))
    )
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def ask_quit_unsaved(parent: QWidget, message: str) -> bool:
    """Quitting with answers not saved asks first; True to quit anyway."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Answers not saved"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow", "If you quit now, the answers that are not saved are lost. Quit anyway?"
        )
    )
    quit_button = box.addButton(
        QCoreApplication.translate("MainWindow", "Quit Anyway"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("MainWindow", "Keep the App Open"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is quit_button
