"""Korean and English: translations complete, the switch keeps the view, Korean content in
panels, quiz and worksheets, Hangul in PDFs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from tests.conftest import REPO

TS = REPO / "resources" / "i18n" / "egov_timeline_ko.ts"
QM = REPO / "resources" / "i18n" / "egov_timeline_ko.qm"


def test_every_interface_string_has_a_korean_translation():
    messages = ET.parse(TS).findall(".//message")
    assert len(messages) > 150
    untranslated = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") == "unfinished"
        or not (m.find("translation").text or "").strip()
    ]
    assert untranslated == [], f"{len(untranslated)} untranslated, e.g. {untranslated[:10]}"


def test_every_tr_string_of_the_code_is_in_the_ts_file(tmp_path):
    """Run the project's own update on a copy: nothing new may appear."""
    from egov_timeline.tools import translations

    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            translations._tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *translations.sources(),
            "-ts",
            str(fresh),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    # by context too: Qt looks a translation up under the class that asks for it, so a
    # string moved to another class shows in English until the .ts has it there
    wanted, have = _messages(fresh), _messages(TS)
    assert wanted - have == set(), sorted(wanted - have)[:10]


def _messages(path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(path).findall("context")
        for message in context.findall("message")
    }


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    from egov_timeline.tools import translations

    built = translations.build(tmp_path)[0]
    assert built.read_bytes() == QM.read_bytes(), (
        "run: python -m egov_timeline.tools.translations build"
    )


def test_switching_to_korean_changes_menus_panels_and_quiz_and_keeps_the_view(window, qtbot):
    from egov_timeline.ui.app import switch_language

    window.timeline.show_range(1995, 2005, animate=False)
    window.select_item("kim-dae-jung")
    window.select_item("koneps")
    window.select_item("e-government-act")
    window.selection.back()  # KONEPS, with the E-Government Act ahead
    window.selection.forward()
    assert window.menuBar().actions()[0].text() == "&File"
    korean = switch_language(window, "ko")
    qtbot.addWidget(korean)
    assert korean.language == "ko"
    assert korean.menuBar().actions()[0].text().startswith("파일")
    assert korean.timeline.selected == "e-government-act"
    # back and forward go on where the English window left them
    assert korean.commands["back"].isEnabled() and not korean.commands["forward"].isEnabled()
    korean.commands["back"].trigger()
    assert korean.timeline.selected == "koneps"
    korean.commands["back"].trigger()
    assert korean.timeline.selected == "kim-dae-jung"
    korean.commands["forward"].trigger()
    korean.commands["forward"].trigger()
    assert korean.timeline.selected == "e-government-act"
    korean.timeline.show_range(1995, 2005, animate=False)
    first, last = korean.timeline.visible_range()
    assert abs(first - 1995) < 0.1 and abs(last - 2005) < 0.1
    text = korean.details.plain_text()
    assert "2001년 3월 28일" in text and "제정" in text
    korean.modes.set_mode("quiz")
    page = korean.modes.quiz_page
    page.start.count.setValue(3)
    page.start.start_practice()
    prompt = page.prompt.text()
    assert any("\uac00" <= ch <= "\ud7a3" for ch in prompt), prompt
    # zoomed to months, the years in view sit in the (narrower, Korean) lane-title column whole
    painter = korean.timeline.painter
    assert painter.gutter - 22 >= painter.header_fm.horizontalAdvance("2000\u20132002")
    english = switch_language(korean, "en")
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"


def test_show_both_names_puts_korean_beside_english(window):
    window.commands["both_names"].trigger()
    window.select_item("kim-dae-jung")
    assert "Kim Dae-jung (김대중)" in window.details.plain_text()
    labels = [text for _r, text, _i in window.timeline.frame().labels]
    assert any(re.search("[a-z].*\\([가-힣]+", text) for text in labels), labels


def test_a_korean_worksheet_prints_hangul(tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "ko.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "egov_timeline",
            "worksheet",
            str(out),
            "--lang",
            "ko",
            "--seed",
            "4",
            "--count",
            "5",
        ],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    hangul = [ch for ch in text if "\uac00" <= ch <= "\ud7a3"]
    assert len(hangul) > 100
    assert "학습지" in text.replace(" ", "") or "문항" in text


def test_korean_quiz_questions_ask_the_same_with_the_same_answer(bundled_pack):
    from egov_timeline.domain.quiz import sample_questions

    english = sample_questions(bundled_pack, 40, seed=8, language="en")
    korean = sample_questions(bundled_pack, 40, seed=8, language="ko")
    assert [q.answer for q in english] == [q.answer for q in korean]
    assert [q.item_ids for q in english] == [q.item_ids for q in korean]
    for q in korean:
        assert len(set(q.choices)) == len(q.choices), q
        assert any("\uac00" <= ch <= "\ud7a3" for ch in q.prompt), q.prompt


def test_korean_search_results_give_kind_and_date_in_korean(window, qtbot):
    from egov_timeline.ui.app import switch_language

    korean = switch_language(window, "ko")
    qtbot.addWidget(korean)
    korean.panes.focus_search()
    qtbot.keyClicks(korean.search.line, "NCA")
    first = korean.search.results.item(0)
    assert first.text().splitlines() == ["한국전산원 (NCA)", "    기관·위원회, 1987년 1월 30일"]
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(first.toolTip())  # a tooltip is escaped text inside rich text
    assert "\uac00" <= shown.toPlainText()[0] <= "\ud7a3"  # the Korean summary


def test_theme_names_have_korean():
    from egov_timeline.domain.i18n import KO
    from egov_timeline.ui.timeline.theme import THEMES

    assert [spec["title"] for spec in THEMES.values() if spec["title"] not in KO] == []


def test_qt_own_buttons_are_korean_in_the_korean_interface(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from egov_timeline.ui.app import install_translator

    try:
        install_translator("ko")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == "닫기"
    finally:
        install_translator("en")
