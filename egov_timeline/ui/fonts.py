"""Text that is larger than the rest (titles, questions) follows the text size setting."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

_FACTOR = "egovFontFactor"
_BOLD = "egovFontBold"


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Give `widget` text `factor` times the application's size, now and after every change
    of the text size (see `refresh_scaled_fonts`)."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_BOLD, bold)
    _apply(widget)


def _apply(widget: QWidget) -> None:
    factor = widget.property(_FACTOR)
    if factor is None:
        return
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * float(factor))
    font.setBold(bool(widget.property(_BOLD)))
    widget.setFont(font)


def refresh_scaled_fonts(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(_FACTOR) is not None:
            _apply(widget)
