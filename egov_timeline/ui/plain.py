"""Pack text shown as text, never as markup.

Qt reads a string that looks like HTML as rich text wherever a widget's format is
automatic: in labels and in tooltips. A content pack comes from another teacher, and an item
named `<img src='/dev/zero'>` would make Qt read that file. Labels that show pack text are
set to plain text; tooltips, which have no such setting, get the text escaped inside a rich
text envelope, so that Qt shows every character as written.
"""

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly, line breaks kept."""
    if not text:
        return ""
    body = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{body}</qt>"


def plain(label: QLabel) -> QLabel:
    """Make the label show its text as written, markup and all."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


WORD_JOINER = "\u2060"
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def unbroken(text: str) -> str:
    """Text to wrap in a panel, a hyphenated word kept whole on its line: "E-Signature"
    wraps before "E", never after "E-" (an invisible word joiner follows the hyphen; what
    is copied or printed leaves it out)."""
    return _INNER_HYPHEN.sub("-" + WORD_JOINER, text)
