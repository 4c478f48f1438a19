"""Headless output: render to PNG/SVG/PDF, --smoke and --open/--screenshot, as processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.conftest import run_app


def run_cli(*args, timeout=120):
    return run_app(*args, timeout=timeout)


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_render_png_has_the_asked_size_and_real_content(tmp_path):
    out = tmp_path / "timeline.png"
    result = run_cli("render", str(out), "--size", "1200x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    assert distinct_colours(image) > 30  # bands, bars, markers and text, not a blank page


def test_render_svg_keeps_text_as_text(tmp_path):
    out = tmp_path / "timeline.svg"
    result = run_cli("render", str(out), "--from", "1995", "--to", "2005")
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert "<text" in svg
    for name in ("Kim Dae-jung", "E-Government Act", "Digital Signature Act"):
        assert name in svg


def test_render_pdf_on_an_a3_page_with_searchable_names(tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "poster.pdf"
    result = run_cli("render", str(out), "--page", "A3")
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape
    text = " ".join(reader.pages[0].extract_text().split())
    for name in ("Park Chung-hee", "Presidents", "Economic Planning Board"):
        assert name in text


@pytest.mark.parametrize("suffix", ["svg", "pdf"])
def test_render_in_korean_writes_hangul_names(tmp_path, suffix):
    out = tmp_path / f"ko.{suffix}"
    result = run_cli("render", str(out), "--from", "1995", "--to", "2005", "--lang", "ko")
    assert result.returncode == 0, result.stderr
    if suffix == "svg":
        text = out.read_text(encoding="utf-8")
    else:
        from pypdf import PdfReader

        text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    for name in ("김대중", "대통령", "법령"):
        assert name in text, name


def test_render_refuses_an_unknown_format_and_a_backwards_range(tmp_path):
    assert run_cli("render", str(tmp_path / "x.gif")).returncode == 2
    result = run_cli("render", str(tmp_path / "x.png"), "--from", "2000", "--to", "1990")
    assert result.returncode == 2 and "--to must be later" in result.stderr
    assert run_cli("render", str(tmp_path / "x.png"), "--size", "huge").returncode == 2


def test_smoke_reports_the_first_paint_and_exits_0(tmp_path):
    env_dir = tmp_path / "user"
    result = run_app("--smoke", env={**os.environ, "EGOV_TIMELINE_DATA_DIR": str(env_dir)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first paint after ")


def test_open_and_screenshot_show_the_item_selected(tmp_path):
    out = tmp_path / "shot.png"
    result = run_cli("--open", "e-government-act", "--screenshot", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    assert distinct_colours(image) > 30


@pytest.mark.parametrize(
    "args", [["--open", "no-such-item", "--smoke"], ["--screenshot", "out.txt", "--smoke"]]
)
def test_bad_window_options_are_refused_with_exit_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert "egov-timeline:" in result.stderr


@pytest.mark.parametrize("args", [["--smoke"], ["--screenshot", "shot.png"]])
@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_a_scripted_run_ends_when_standard_output_is_full_or_closed(tmp_path, args, stdout):
    # a scheduled check with a full disk or a closed pipe must end, not wait on a dialog
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EGOV_TIMELINE_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "egov_timeline", *args]
    if stdout == "full":
        with open("/dev/full", "w") as full:
            result = subprocess.run(
                command, cwd=tmp_path, env=env, stdout=full, stderr=subprocess.PIPE, timeout=120
            )
    else:
        process = subprocess.Popen(
            command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        process.stdout.close()  # the reader went away
        process.wait(timeout=120)
        result = process
    assert result.returncode in (0, 120)  # 120: Python could not flush the closed stream
    if "--screenshot" in args:
        assert (tmp_path / "shot.png").stat().st_size > 0


def _poster_runs(path):
    """The text of a one-page PDF, spaces made plain, and each run of text with its size
    in points."""
    from pypdf import PdfReader

    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            runs.append((" ".join(text.split()), abs(size * tm[0] * cm[0])))

    page = PdfReader(str(path)).pages[0]
    text = " ".join(page.extract_text(visitor_text=visit).split())
    return text, runs


@pytest.mark.parametrize(("page", "language"), [("A4", "en"), ("Letter", "en"), ("A4", "ko")])
def test_a_poster_names_every_item_of_its_range_and_hides_none_in_a_marker(
    qapp, bundled_pack, tmp_path, page, language
):
    import re
    import unicodedata

    from egov_timeline.domain.i18n import item_name
    from egov_timeline.ui.render import RenderRequest, render_to_file

    out = tmp_path / "poster.pdf"
    assert render_to_file(bundled_pack, RenderRequest(out, page=page, language=language)) is None
    text, _runs = _poster_runs(out)
    # PDF text comes back with ligatures ("ﬀ") and with spaces where the script changes
    # ("정부 3.0"): compare letters only
    letters = "".join(unicodedata.normalize("NFKC", text).split())
    missing = [
        item_name(item, language)
        for item in bundled_pack.items
        if "".join(item_name(item, language).split()) not in letters
    ]
    assert missing == []  # stages narrower than their name are named in the legend
    assert re.search(r"\+\d+", text) is None  # paper cannot open a "+N"
    legend = ["acting president", "uncertain date"] if language == "en" else ["권한대행"]
    assert all(words in text for words in legend)
    assert "Dashed: acting" not in text


def test_a_poster_from_a_range_names_what_is_in_it(qapp, bundled_pack, tmp_path):
    from egov_timeline.ui.render import RenderRequest, render_to_file

    out = tmp_path / "decade.pdf"
    request = RenderRequest(out, first=1995, last=2005, page="A4")
    assert render_to_file(bundled_pack, request) is None
    text, _runs = _poster_runs(out)
    names = ("E-Government Act", "Kim Dae-jung", "Korea ON-line E-Procurement System")
    for name in (*names, "Cyber Korea 21", "Government for Citizen"):
        assert name in text, name


def test_stage_names_on_an_a3_poster_are_at_least_9_points(qapp, bundled_pack, tmp_path):
    from egov_timeline.ui.render import RenderRequest, render_to_file

    out = tmp_path / "a3.pdf"
    assert render_to_file(bundled_pack, RenderRequest(out, page="A3")) is None
    _text, runs = _poster_runs(out)
    sizes = {
        words: size
        for words, size in runs
        if words.startswith(("Initiating", "Implementing", "Developing Basic"))
    }
    assert len(sizes) == 3, runs[:20]
    assert min(sizes.values()) >= 9.0, sizes
