"""The parts of the quiz screens: the strip of years of a "place it" question, the list of
an ordering question, the table of answers a quiz ends on, and the notice that says whether
every answer is saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from egov_timeline.ui.plain import plain, tooltip

RIGHT_COLOUR = "#0B6E4F"
WRONG_COLOUR = "#B3261E"
MUTED_COLOUR = "#4A4A4A"
CHOICE_STYLE = "text-align: left; padding: 8px 12px"


# Q, W, E: how sure the student is of an answer (sure, think so, guess)
CONFIDENCE_KEYS = (Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_E)


class PlaceStrip(QWidget):
    """Years in a row: click one, or move with Left/Right and confirm with Enter."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeStrip")
        self.setAccessibleName(self.tr("Timeline strip: choose a year"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.years: list[str] = []
        self.position = 0
        self.right: int | None = None
        self.picked: int | None = None

    def set_years(self, years: list[str]) -> None:
        self.years = years
        self.position = len(years) // 2
        self.right = self.picked = None
        self.update()

    def reveal(self, right: int, picked: int | None) -> None:
        self.right, self.picked = right, picked
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 72)

    def _cell(self) -> float:
        return max(1.0, (self.width() - 20) / max(1, len(self.years)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        w = self._cell()
        h = self.height()
        p.setPen(QColor("#6b6b6b"))
        p.drawLine(10, h // 2, int(10 + w * len(self.years)), h // 2)
        for n, year in enumerate(self.years):
            x = 10 + n * w
            rect = QRectF(x + 1, 8, w - 2, h - 16)
            fill = QColor("#FFFFFF")
            if self.right is not None and n == self.right:
                fill = QColor("#CDEBDD")
            elif self.picked is not None and n == self.picked:
                fill = QColor("#F6D2CF")
            elif n == self.position and self.right is None:
                fill = QColor("#FFE7A8")
            p.setBrush(fill)
            p.setPen(
                QColor("#1F4E79") if n == self.position and self.hasFocus() else QColor("#9aa0a8")
            )
            p.drawRoundedRect(rect, 4, 4)
            p.setPen(QColor("#1B1B1B"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, year if w > 34 or n % 2 == 0 else "")
        p.end()

    def mousePressEvent(self, event) -> None:
        n = int((event.position().x() - 10) // self._cell())
        if 0 <= n < len(self.years) and self.right is None:
            self.position = n
            self.update()
            self.chosen.emit(n)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.right is None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            self.position = max(0, min(len(self.years) - 1, self.position + step))
            self.update()
            return
        event.ignore()  # Enter and the rest go to the page


class OrderList(QListWidget):
    """The items to order: drag them, or move the current one with Alt+Up and Alt+Down.
    Enter is left to the page (it checks the order). Once checked it is locked: it shows
    the result, readable, and nothing moves."""

    locked = False

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if locked
            else QAbstractItemView.DragDropMode.InternalMove
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.locked and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            row = self.currentRow()
            target = row + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= row < self.count() and 0 <= target < self.count():
                item = self.takeItem(row)
                self.insertItem(target, item)
                self.setCurrentRow(target)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, *CONFIDENCE_KEYS):
            event.ignore()  # the page checks the order, and hears how sure the student is
            return
        super().keyPressEvent(event)


class ResultsTable(QTableWidget):
    """What a quiz ends on: one row per question, the text shown whole (rows grow to fit the
    wrapped text, nothing is elided), the last column as narrow as its marks."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        header = self.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_rows(
        self, rows: Sequence[Sequence[str]], colours: Sequence[str | None] | None = None
    ) -> None:
        """The rows; `colours`, if given, colours the last cell of each row."""
        self.setRowCount(len(rows))
        last = self.columnCount() - 1
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tooltip(text))
                if c == last and colours is not None and colours[r]:
                    cell.setForeground(QColor(colours[r]))
                self.setItem(r, c, cell)
        self.resizeColumnToContents(last)
        self.resizeRowsToContents()


class SaveNotice(QLabel):
    """Said on every screen of the quiz while an answer is not in the file (never a dialog):
    why and what happens to it; once they all are again, that, for ten seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)  # may name a folder: plain text
        self.setObjectName("saveNotice")
        self.setWordWrap(True)
        self.setMaximumWidth(1100)
        self.hide()
        self.unsaved_shown = False
        self.right_colour, self.wrong_colour = RIGHT_COLOUR, WRONG_COLOUR
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def set_colours(self, right: str, wrong: str) -> None:
        self.right_colour, self.wrong_colour = right, wrong
        if not self.isHidden():
            self._style(self.unsaved_shown)

    def show_state(self, unsaved: str | None, saved_again: str) -> None:
        """`unsaved`: why some answer is not in the file, or None when every one is."""
        if unsaved:
            self._timer.stop()
            self.setText(unsaved)
            self._style(True)
            self.show()
            self.unsaved_shown = True
        elif self.unsaved_shown:
            self.unsaved_shown = False
            self.setText(saved_again)
            self._style(False)
            self.show()
            self._timer.start(10_000)
        elif not self._timer.isActive():
            self.hide()

    def _style(self, warning: bool) -> None:
        colour = self.wrong_colour if warning else self.right_colour
        self.setStyleSheet(
            f"QLabel#saveNotice {{ border: 2px solid {colour}; border-radius: 4px; "
            "padding: 6px 10px; }"
        )
