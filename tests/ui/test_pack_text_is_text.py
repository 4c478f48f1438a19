"""Text from a shared pack is shown as written, never read as markup: an item named
`<img src='…'>` must not make Qt load a file (a FIFO hangs the window, /dev/zero fills
memory)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from egov_timeline.domain.loading.loader import load_pack_or_raise
from egov_timeline.ui.app import create_main_window
from egov_timeline.ui.dialogs import ProblemsDialog
from egov_timeline.ui.plain import tooltip

HOSTILE = "<img src='/nonexistent/x.png'><b>Act</b>"

PACK = f"""\
items:
  - id: hostile-act
    kind: law
    name: "{HOSTILE}"
    name_ko: "{HOSTILE}"
    start: "2001-03-28"
    summary: "<a href='file:///etc/passwd'>read</a> {HOSTILE}"
    summary_ko: "{HOSTILE}"
    sources:
      - title: A source
"""


def _shown(rich_or_plain: str) -> str:
    """What Qt draws for a tooltip string: rich text is parsed, plain text is not."""
    if not GuiQt.mightBeRichText(rich_or_plain):
        return rich_or_plain
    doc = QTextDocument()
    doc.setHtml(rich_or_plain)
    return doc.toPlainText()


def test_names_and_summaries_from_a_pack_are_shown_as_written(qtbot, tmp_path):
    (tmp_path / "laws.yaml").write_text(PACK, encoding="utf-8")
    window = create_main_window(load_pack_or_raise(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.select_item("hostile-act")
    label = window.status.selection_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in label.text()

    row = window.timeline_list.item(0)
    assert HOSTILE in _shown(row.toolTip())  # the markup itself, as characters

    window.search.line.setText("Act")
    result = window.search.results.item(0)
    assert result is not None
    shown = _shown(result.toolTip())
    assert "<a href='file:///etc/passwd'>read</a>" in shown

    window.notify(f"Opened {HOSTILE}")
    assert HOSTILE in label.text() and label.textFormat() == Qt.TextFormat.PlainText


def test_the_problems_dialog_shows_a_folder_name_as_written(qtbot, tmp_path):
    folder = tmp_path / "<img src='x'>"
    dialog = ProblemsDialog(folder, ["one problem"])
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    intro = dialog.findChildren(QLabel)[0]
    assert intro.textFormat() == Qt.TextFormat.PlainText
    assert "<img src='x'>" in intro.text()


def test_a_tooltip_keeps_every_character_and_line():
    text = "a < b & c\n<img src='x'>"
    assert _shown(tooltip(text)) == text
    assert tooltip("") == ""
