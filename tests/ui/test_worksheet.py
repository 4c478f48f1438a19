"""Handouts: a worksheet PDF with numbered questions and an answer key on its own page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata

import pytest

from tests.conftest import REPO


def make(tmp_path, name, *args):
    out = tmp_path / name
    result = subprocess.run(
        [sys.executable, "-m", "egov_timeline", "worksheet", str(out), *args],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out


def pages(path):
    from pypdf import PdfReader

    # NFKC: the PDF keeps ligatures ("ﬁrst") that are two letters to a reader
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(str(path)).pages
    ]


def test_a_worksheet_has_ten_numbered_questions_and_an_answer_key_page(tmp_path):
    text = pages(make(tmp_path, "ws.pdf", "--count", "10", "--seed", "7"))
    key_start = next(n for n, page in enumerate(text) if page.startswith("Answer key"))
    assert key_start >= 1  # the key begins a page of its own
    questions = " ".join(text[:key_start])
    assert "Answer key" not in questions
    for n in range(1, 11):
        assert re.search(rf"(^| ){n}\. ", questions), n
    key = " ".join(text[key_start:])
    assert len(re.findall(r"(?:^| )(\d+)\. ", key)) >= 10


@pytest.mark.slow
def test_the_same_seed_gives_the_same_worksheet_and_another_seed_another(tmp_path):
    first = pages(make(tmp_path, "a.pdf", "--count", "10", "--seed", "11"))
    again = pages(make(tmp_path, "b.pdf", "--count", "10", "--seed", "11"))
    other = pages(make(tmp_path, "c.pdf", "--count", "10", "--seed", "12"))
    assert first == again
    assert first != other


def test_the_worksheet_matches_the_class_quiz_of_the_same_seed(tmp_path, bundled_pack):
    from egov_timeline.domain.worksheet import worksheet_questions

    text = "".join("".join(pages(make(tmp_path, "ws.pdf", "--count", "5", "--seed", "3"))).split())
    for q in worksheet_questions(bundled_pack, 5, 3):
        assert "".join(q.prompt.split()) in text  # spacing aside: PDF text keeps no line breaks


def test_a_worksheet_must_be_a_pdf(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "egov_timeline", "worksheet", str(tmp_path / "ws.docx")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2


@pytest.mark.parametrize("page", ["A4", "Letter"])
@pytest.mark.parametrize("count", [10, 20, 50])
def test_no_question_or_answer_is_split_across_pages(qapp, bundled_pack, tmp_path, page, count):
    from egov_timeline.domain.worksheet import worksheet_questions
    from egov_timeline.ui.printing import write_worksheet

    out = tmp_path / "ws.pdf"
    message, written = write_worksheet(bundled_pack, out, count, 4, page)
    assert message is None
    text = pages(out)
    key_start = next(n for n, p in enumerate(text) if p.startswith("Answer key"))
    questions = worksheet_questions(bundled_pack, count, 4)
    assert len(questions) == written
    flat = lambda s: " ".join(unicodedata.normalize("NFKC", s).split())  # noqa: E731
    for n, q in enumerate(questions, start=1):
        opening = re.compile(rf"(?:^| ){n}\. " + re.escape(flat(q.prompt)[:30]))
        on = [k for k, p in enumerate(text[:key_start]) if opening.search(p)]
        assert len(on) == 1, (n, q.prompt)
        body = text[on[0]]
        start = opening.search(body).start()
        after = body.find(f" {n + 1}. ", start)
        question = body[start : after if after > 0 else len(body)]
        for choice in q.choices:  # every choice on the page the question begins on
            assert flat(choice) in question, (n, choice, page)
    for part in (text[:key_start], text[key_start:]):
        if len(part) > 1:  # the last page of a part holds more than one entry
            assert len(re.findall(r"(?:^| )\d+\. ", part[-1])) >= 2, part[-1][:80]


def test_a_large_print_worksheet_sets_its_text_at_16_points_or_more(tmp_path):
    from pypdf import PdfReader

    out = make(tmp_path, "large.pdf", "--count", "5", "--seed", "2", "--large")
    sizes: list[float] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            sizes.append(abs(size * tm[0] * cm[0]))

    reader = PdfReader(str(out))
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 15.9, sorted(sizes)[:5]
    normal = make(tmp_path, "normal.pdf", "--count", "5", "--seed", "2")
    assert len(PdfReader(str(normal)).pages) < len(reader.pages)
