"""Detail panels, links, back/forward, search, filters, opening packs, and safety, as a
user meets them in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.domain.packs import VALID_ITEMS, replace_once, write_pack
from tests.ui.conftest import wait_still


def panel_text(window) -> str:
    return window.details.plain_text()


@pytest.mark.parametrize(
    ("item_id", "facts"),
    [
        ("e-government-act", ["E-Government Act", "Enacted", "28 Mar 2001", "1 Jul 2001"]),
        (
            "nca",
            [
                "National Computerization Agency",
                "Renamed",
                "Oct 2006",
                "National Information Society Agency",
                "Missions",
            ],
        ),
        ("g4c", ["Government for Citizen", "G4C", "Kim Dae-jung"]),
        ("kim-dae-jung", ["Kim Dae-jung", "25 Feb 1998 \u2013 24 Feb 2003", "E-Government Act"]),
        (
            "stage-implementing",
            ["Implementing E-Government", "2003-2007", "Main accomplishments", "Roh Moo-hyun"],
        ),
    ],
)
def test_selecting_an_item_of_each_kind_shows_its_key_facts(window, qtbot, item_id, facts):
    window.timeline.show_range(1960, 2020, animate=False)
    window.select_item(item_id, reveal=False)
    text = panel_text(window)
    for fact in facts:
        assert fact in text, fact
    assert "Sources" in text


def test_clicking_the_e_government_act_on_the_timeline_opens_its_panel_with_2001(window, qtbot):
    view = window.timeline
    view.show_range(1998, 2004, animate=False)
    rect = view.item_rect("e-government-act")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "28 Mar 2001" in panel_text(window)


def follow_link(window, item_id: str) -> None:
    window.details.browser.anchorClicked.emit(QUrl(f"item:{item_id}"))


def test_a_link_selects_its_item_shows_it_and_back_forward_walk_the_history(window, qtbot):
    window.select_item("g4c")
    follow_link(window, "kim-dae-jung")
    assert window.timeline.selected == "kim-dae-jung"
    assert "25 Feb 1998" in panel_text(window)
    wait_still(qtbot, window.timeline)
    first, last = window.timeline.visible_range()
    assert first <= 1998.2 and last >= 1998.2  # the timeline moved to it
    follow_link(window, "e-government-act")
    assert window.commands["back"].isEnabled() and not window.commands["forward"].isEnabled()
    window.commands["back"].trigger()
    assert window.timeline.selected == "kim-dae-jung"
    window.commands["back"].trigger()
    assert window.timeline.selected == "g4c"
    assert window.commands["forward"].isEnabled()
    window.commands["forward"].trigger()
    assert window.timeline.selected == "kim-dae-jung"


def test_alt_left_and_the_mouse_back_button_go_back(window, qtbot):
    window.select_item("g4c")
    window.select_item("nca")
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.timeline.selected == "g4c"
    window.selection.forward()
    assert window.timeline.selected == "nca"
    vp = window.timeline.viewport()
    window.activateWindow()
    press = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        QPointF(50, 50),
        vp.mapToGlobal(QPointF(50, 50)),
        Qt.MouseButton.BackButton,
        Qt.MouseButton.BackButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if not window.isActiveWindow():
        pytest.skip("the offscreen platform gave the window no focus")
    QApplication.sendEvent(vp, press)
    assert window.timeline.selected == "g4c"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("roh moo hyun", "roh-moo-hyun"),
        ("Roh Mu-hyun", "roh-moo-hyun"),
        ("전자정부법", "e-government-act"),
        ("NEIS", "neis"),
        ("노무현", "roh-moo-hyun"),
        ("goverment act", "e-government-act"),  # a slip of the keys
        ("ㅈㅈㅈㅂ", "e-government-act"),  # initial consonants
    ],
)
def test_search_from_the_keyboard_jumps_to_the_item(window, qtbot, query, expected):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.line.hasFocus() or QApplication.focusWidget() is window.search.line
    if query.isascii():
        qtbot.keyClicks(window.search.line, query)
    else:  # QTest can only type ASCII; an input method would deliver Hangul like this
        window.search.line.insert(query)
    assert window.search.result_ids()[0] == expected
    assert expected in window.timeline._highlighted  # matches lit on the timeline
    qtbot.keyClick(window.search.line, Qt.Key.Key_Return)
    assert window.timeline.selected == expected
    qtbot.keyClick(window.search.line, Qt.Key.Key_Escape)
    assert window.search.line.text() == ""
    assert not window.timeline._highlighted


def test_search_results_say_kind_and_year_and_down_picks_the_next(window, qtbot):
    window.panes.focus_search()
    qtbot.keyClicks(window.search.line, "act")
    first = window.search.results.item(0).text()
    assert "Law" in first and any(ch.isdigit() for ch in first)
    qtbot.keyClick(window.search.line, Qt.Key.Key_Down)
    second_id = window.search.result_ids()[1]
    qtbot.keyClick(window.search.line, Qt.Key.Key_Return)
    assert window.timeline.selected == second_id


def test_filter_by_administration_dims_the_rest_and_one_click_resets(window, qtbot):
    bar = window.filter_bar
    bar.set_filter(administration="kim-dae-jung")
    dimmed = window.timeline.dimmed
    assert "nbis" in dimmed and "computer-network-act" in dimmed
    assert "e-government-act" not in dimmed and "g4c" not in dimmed
    assert "Kim Dae-jung" in bar.summary.text()
    assert bar.reset_button.isEnabled()
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert not window.timeline.dimmed
    assert bar.summary.text() == "" and not bar.reset_button.isEnabled()


def test_filter_by_stage(window):
    window.filter_bar.set_filter(stage="stage-implementing")
    dimmed = window.timeline.dimmed
    assert "egov-roadmap-31-tasks" not in dimmed and "first-government-computer" in dimmed


def test_a_broken_pack_lists_its_problems_and_the_current_pack_stays(window, tmp_path):
    text = replace_once(VALID_ITEMS, "    agencies: [nca]\n", "    agencies: [nobody]\n")
    folder = write_pack(tmp_path / "broken", {"items.yaml": text})
    shown = []
    window.pack_opener.show_problems = lambda f, problems: shown.append((f, problems))
    window.pack_opener.ask_folder = lambda: str(folder)
    window.commands["open_pack"].trigger()
    assert shown and "nobody" in str(shown[0][1][0])
    assert "e-government-act" in window.pack.by_id and len(window.pack) > 50


def test_another_pack_opens_from_the_file_menu(window, tmp_path):
    folder = write_pack(tmp_path / "small", {"items.yaml": VALID_ITEMS})
    window.pack_opener.ask_folder = lambda: str(folder)
    window.commands["open_pack"].trigger()
    assert len(window.pack) == 5
    assert window.search.index.search("G4C")[0].item_id == "g4c"
    window.select_item("g4c")
    assert "Government for Citizens" in panel_text(window)


HOSTILE = VALID_ITEMS.replace(
    "    summary: A project. It has two sentences.\n",
    "    summary: <img src=http://example.invalid/spy.png> Look <a href=file:///etc/passwd>"
    "here</a>. <b>Bold?</b>\n",
).replace(
    "    sources:\n      - title: Test source\n  - id: nca",
    "    sources:\n      - title: <script>alert(1)</script>\n"
    "        url: https://example.invalid/page\n  - id: nca",
)


def test_markup_in_a_pack_is_shown_as_text_and_nothing_is_loaded(window, tmp_path, monkeypatch):
    loaded = []
    monkeypatch.setattr(
        type(window.details.browser), "loadResource", lambda self, kind, url: loaded.append(url)
    )
    folder = write_pack(tmp_path / "hostile", {"items.yaml": HOSTILE})
    assert window.pack_opener.open(folder)
    window.select_item("g4c")
    text = panel_text(window)
    assert "<img src=http://example.invalid/spy.png>" in text
    assert "<a href=file:///etc/passwd>here</a>" in text
    assert "<b>Bold?</b>" in text and "<script>alert(1)</script>" in text
    assert "https://example.invalid/page" in text  # an address is shown as text
    assert loaded == []
    # a link to anything but an item of the app does nothing
    window.details.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    window.details.browser.anchorClicked.emit(QUrl("http://example.invalid/"))
    assert window.timeline.selected == "g4c"
    # the address can be copied
    window.details.browser.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "https://example.invalid/page"


def test_the_details_panel_closes_and_reopens_from_the_view_menu(window, qtbot):
    window.details_dock.close()
    assert not window.details_dock.isVisible()
    window.commands["details_panel"].trigger()
    assert window.details_dock.isVisible()


def test_enter_on_the_timeline_opens_the_panel(window, qtbot):
    window.details_dock.close()
    window.timeline.setFocus()
    window.timeline.select("hts")
    qtbot.keyClick(window.timeline, Qt.Key.Key_Return)
    assert window.details_dock.isVisible()
    assert "Home Tax Service" in panel_text(window)


def test_the_panel_offers_an_empty_state_hint(window):
    window.timeline.select(None)
    assert "Select an item" in panel_text(window)
    _ = QPoint


def test_the_panel_never_wraps_a_line_after_the_hyphen_of_a_word(window, qtbot):
    window.select_item("e-government-act", reveal=False)
    browser = window.details.browser
    document = browser.document()
    ends = []
    for width in range(160, 420, 6):  # every panel width a user might drag to
        document.setTextWidth(width)
        document.documentLayout().documentSize()
        block = document.begin()
        while block.isValid():
            layout, text = block.layout(), block.text()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                piece = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
                if piece[-2:-1].isalpha() and piece.endswith("-"):
                    ends.append((width, piece[-20:]))
            block = block.next()
    assert ends == []
    # what is copied or printed is the text as written
    copied = window.details.plain_text()
    assert "E-Government" in copied and "\u2060" not in copied


def test_a_broken_pack_on_the_command_line_opens_the_window_with_its_problems(
    qapp, tmp_path, monkeypatch
):
    import egov_timeline.ui.app as app_module
    from egov_timeline.cli.main import main
    from egov_timeline.ui.dialogs import ProblemsDialog

    text = replace_once(VALID_ITEMS, "    agencies: [nca]\n", "    agencies: [nobody]\n")
    folder = write_pack(tmp_path / "broken", {"items.yaml": text})
    started = []
    monkeypatch.setattr(app_module, "run", lambda *args: started.append(args) or 0)
    assert main(["--pack", str(folder), "--lang", "en"]) == 0
    pack, _shown_from, options = started[0]
    assert "e-government-act" in pack.by_id  # the bundled history, not an empty window
    refused_folder, problems = options.refused
    assert refused_folder == folder and "nobody" in str(problems[0])
    dialog = ProblemsDialog(refused_folder, problems, at_start=True)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "shown instead" in words and "Open Content Pack" in words
    assert dialog.problem_list.count() == len(problems)
    # a script still gets a clear failure rather than a window
    started.clear()
    assert main(["--pack", str(folder), "--smoke"]) != 0 and not started


def test_a_pack_made_from_a_spreadsheet_opens_and_a_broken_sheet_lists_its_rows(window, tmp_path):
    from tests.conftest import REPO

    template = tmp_path / "template.csv"
    window.pack_opener.ask_template_path = lambda: str(template)
    window.commands["sheet_template"].trigger()
    assert template.read_bytes() == (REPO / "resources/templates/pack-template.csv").read_bytes()
    window.pack_opener.ask_sheet = lambda: (str(template), str(tmp_path))
    window.commands["from_sheet"].trigger()
    assert (tmp_path / "template" / "projects.yaml").exists()
    assert set(window.pack.by_id) == {
        "stage-basic-infrastructure",
        "chun-doo-hwan",
        "nbis",
        "computer-network-act",
        "nca",
    }
    broken = tmp_path / "broken.csv"
    broken.write_text("kind,id,name\nlaw,x,X\n", encoding="utf-8")
    shown = []
    window.pack_opener.show_problems = lambda where, problems, **how: shown.append(problems)
    window.pack_opener.ask_sheet = lambda: (str(broken), str(tmp_path))
    window.commands["from_sheet"].trigger()
    assert shown and all(str(p).startswith("broken, row 2") for p in shown[0])
    assert "nbis" in window.pack.by_id  # the pack that was open stays open


def test_printed_details_are_in_print_colours_whatever_the_screen_theme(window):
    from egov_timeline.ui.timeline.theme import THEMES

    window.presentation.apply_theme("dark")
    window.select_item("e-government-act", reveal=False)
    page = window.details.printable().toHtml().lower()
    assert THEMES["dark"]["muted_text"].lower() not in page
    assert "#4a4a4a" in page
    assert THEMES["dark"]["muted_text"].lower() in window.details.browser.toHtml().lower()
