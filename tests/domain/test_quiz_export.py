"""Question sets for the tools schools run: each file read back by a real reader (Anki's own
package, an XML parser, a strict reading of GIFT, the csv module) holds the same questions
and answers as quiz-sample of that seed."""

from __future__ import annotations

import csv
import html
import re
import xml.etree.ElementTree as ET

import pytest

from egov_timeline.domain.quiz import sample_questions
from egov_timeline.domain.quiz_export import write_quiz_file

SEED, COUNT = 21, 30


@pytest.fixture(scope="module")
def expected(bundled_pack):
    """What quiz-sample prints for the seed: prompt, choices and the answer as text."""
    out = []
    for q in sample_questions(bundled_pack, COUNT, SEED, "en"):
        public = q.public()
        if q.type == "order":
            by_id = dict(zip(public["choice_ids"], public["choices"], strict=True))
            answer = [by_id[i] for i in public["answer"]]
        else:
            answer = public["choices"][public["answer"]]
        out.append((q.type, public["prompt"], public["choices"], answer, public["explanation"]))
    kinds = {t for t, *_rest in out}
    assert {"order", "true_false", "place", "year"} <= kinds  # every shape of question
    return out


def write(bundled_pack, tmp_path, fmt, suffix, language="en"):
    out = tmp_path / f"set{suffix}"
    message, written = write_quiz_file(bundled_pack, out, fmt, COUNT, SEED, language)
    assert message is None and written == COUNT
    return out


def test_csv_holds_the_set_a_row_a_question(bundled_pack, tmp_path, expected):
    path = write(bundled_pack, tmp_path, "csv", ".csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == COUNT
    for row, (kind, prompt, choices, answer, explanation) in zip(rows, expected, strict=True):
        assert (row["type"], row["question"], row["explanation"]) == (kind, prompt, explanation)
        shown = [row[f"choice {n}"] for n in range(1, len(choices) + 1)]
        assert shown == choices
        assert row["answer"] == (" \u2192 ".join(answer) if kind == "order" else answer)
        assert row["sources"] and "egov::type::" + kind in row["tags"].split()


def test_moodle_xml_holds_the_set_with_the_right_answers(bundled_pack, tmp_path, expected):
    root = ET.parse(write(bundled_pack, tmp_path, "moodle", ".xml")).getroot()
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert len(questions) == COUNT
    assert root.find("question[@type='category']/category/text").text.startswith("$course$")
    for q, (kind, prompt, choices, answer, explanation) in zip(questions, expected, strict=True):
        assert html.unescape(q.findtext("questiontext/text")) == prompt
        assert html.unescape(q.findtext("generalfeedback/text")) == explanation
        shape = q.get("type")
        right = [
            html.unescape(a.findtext("text"))
            for a in q.findall("answer")
            if a.get("fraction") == "100"
        ]
        if kind == "order":
            assert shape == "matching"
            pairs = {
                html.unescape(s.findtext("text")): int(s.findtext("answer/text"))
                for s in q.findall("subquestion")
            }
            assert sorted(pairs, key=pairs.get) == answer
        elif kind == "true_false":
            assert shape == "truefalse" and right == [answer.lower()]
        elif kind == "place":
            assert shape == "numerical" and right == [answer]
        else:
            assert shape == "multichoice" and right == [answer]
            shown = [html.unescape(a.findtext("text")) for a in q.findall("answer")]
            assert shown == choices


_GIFT = re.compile(
    r"^::(?P<name>(?:[^:\\]|\\.)*)::(?P<prompt>(?:[^{\\]|\\.)*)\{(?P<body>.*)\}$", re.S
)


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def _split_answers(body: str) -> tuple[list[tuple[str, str]], str]:
    """GIFT's answers ('=' right, '~' wrong) and its general feedback after '####',
    special characters honoured only where not backslashed."""
    body, _, feedback = re.split(r"(?<!\\)(####)", body, maxsplit=1) + ["", ""][:0]
    parts = re.split(r"(?<!\\)([=~])", body)
    answers = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    return [(mark, _unescape(text)) for mark, text in answers], _unescape(feedback)


def test_gift_reads_back_strictly_as_the_same_set(bundled_pack, tmp_path, expected):
    text = write(bundled_pack, tmp_path, "gift", ".gift").read_text(encoding="utf-8")
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    assert len(blocks) == COUNT
    for block, (kind, prompt, choices, answer, explanation) in zip(blocks, expected, strict=True):
        comment, _, question = block.partition("\n")
        assert comment.startswith("// egov::type::" + kind)
        match = _GIFT.match(question)
        assert match, question[:120]
        assert _unescape(match["prompt"]) == prompt
        body = match["body"]
        if kind == "true_false":
            truth, _, feedback = body.partition("####")
            assert truth == answer.upper() and _unescape(feedback) == explanation
            continue
        if kind == "place":
            number, _, feedback = body.partition("####")
            assert number == "#" + answer and _unescape(feedback) == explanation
            continue
        answers, feedback = _split_answers(body)
        assert feedback == explanation
        if kind == "order":
            pairs = [text.rsplit(" -> ", 1) for mark, text in answers]
            assert all(mark == "=" for mark, _t in answers)
            assert [name.strip() for name, _n in sorted(pairs, key=lambda p: int(p[1]))] == answer
        else:
            assert [text for _m, text in answers] == choices
            assert [text for mark, text in answers if mark == "="] == [answer]


def test_an_anki_deck_imports_into_anki_and_a_second_import_updates_it(
    bundled_pack, tmp_path, expected
):
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    deck = write(bundled_pack, tmp_path, "apkg", ".apkg")
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        request = ImportAnkiPackageRequest(
            package_path=str(deck), options=ImportAnkiPackageOptions(with_scheduling=False)
        )
        collection.import_anki_package(request)
        notes = [collection.get_note(n) for n in collection.find_notes("")]
        assert len(notes) == COUNT
        # orderings share a prompt: a note is told by its prompt and its choices
        by_front = {(html.unescape(n.fields[0]), html.unescape(n.fields[1])): n for n in notes}
        assert len(by_front) == COUNT
        for kind, prompt, choices, answer, explanation in expected:
            shown = "<br>".join(f"{chr(65 + k)}. {c}" for k, c in enumerate(choices))
            note = by_front[(prompt, shown)]
            assert html.unescape(note.fields[3]) == explanation
            back = html.unescape(note.fields[2])
            for part in answer if kind == "order" else [answer]:
                assert part in back
            assert f"egov::type::{kind}" in note.tags
            assert note.fields[4], "no source on the back"
        # the same set again, a deck updated rather than doubled
        collection.import_anki_package(request)
        assert len(collection.find_notes("")) == COUNT
    finally:
        collection.close()


def test_a_korean_set_is_worded_in_korean_in_every_format(bundled_pack, tmp_path):
    hangul = re.compile("[\uac00-\ud7a3]")
    for fmt, suffix in (("csv", ".csv"), ("gift", ".gift"), ("moodle", ".xml")):
        text = write(bundled_pack, tmp_path, fmt, suffix, "ko").read_text(encoding="utf-8-sig")
        assert len(hangul.findall(text)) > 500, fmt


def test_text_a_pack_gives_stays_text_in_every_format(bundled_pack):
    from egov_timeline.domain.quiz_export import (
        Exported,
        anki_fields,
        to_csv,
        to_gift,
        to_moodle_xml,
    )

    hostile = Exported(
        key="k",
        number=1,
        type="year",
        prompt="<b>{=~#}</b> =SUM(A1)",
        choices=("=1", "<i>"),
        right=0,
        order=(),
        explanation="a & b",
        sources=("s",),
        tags=("egov::type::year",),
    )
    assert "&lt;b&gt;" in anki_fields(hostile)[0]
    assert "\\{\\=\\~\\#\\}" in to_gift([hostile])
    assert "'=SUM(A1)" not in to_csv([hostile]) and "'=1" in to_csv([hostile])
    root = ET.fromstring(to_moodle_xml([hostile], "set"))
    assert html.unescape(root.find("question[@type='multichoice']/questiontext/text").text) == (
        hostile.prompt
    )
