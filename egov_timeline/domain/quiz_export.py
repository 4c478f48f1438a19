"""A question set in the files other tools read: Anki decks (.apkg), Moodle XML, GIFT and
CSV. The set is the one a seed defines (the worksheet and the class quiz of that seed ask
the same questions), worded in English or Korean. No Qt.

Every format says the same of each question: its prompt, its choices, the right answer,
the explanation and the sources, with tags by kind of question, kind of item, stage and
administration. Pack text is text: escaped wherever a format reads markup. A question keeps
the same key from one export to the next (its type and the fact it asks), so that Anki
updates a re-imported note instead of adding a second one.
"""

from __future__ import annotations

import csv
import html
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import msgspec

from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import Question

FORMATS = ("apkg", "moodle", "gift", "csv")
SUFFIXES = {"apkg": ".apkg", "moodle": ".xml", "gift": ".gift", "csv": ".csv"}
# Anki tells decks and note types apart by these numbers: fixed, so that a second export
# lands in the same deck with the same note type.
ANKI_DECK_ID = 1_734_105_201
ANKI_MODEL_ID = 1_734_105_202


class Exported(msgspec.Struct, frozen=True):
    """One question as every format writes it."""

    key: str  # the same from one export to the next: type and the fact asked
    number: int
    type: str
    prompt: str
    choices: tuple[str, ...]
    right: int | None  # the right choice; None for an ordering
    order: tuple[str, ...]  # an ordering's choices in the right order
    explanation: str
    sources: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def answer_text(self) -> str:
        if self.right is None:
            return " \u2192 ".join(self.order)
        return self.choices[self.right]


def exported(pack: Pack, questions: Sequence[Question]) -> list[Exported]:
    """The questions as the formats write them, numbered from 1."""
    out = []
    keys: set[str] = set()
    for number, q in enumerate(questions, start=1):
        items = [pack.by_id[i] for i in q.item_ids if i in pack.by_id]
        order: tuple[str, ...] = ()
        right: int | None = None
        if q.type == "order":
            by_id = dict(zip(q.choice_ids, q.choices, strict=True))
            order = tuple(by_id[i] for i in q.right_order)
        else:
            right = q.right_choice
        sources: list[str] = []
        for item in items[:1]:  # where the fact asked comes from
            for source in item.sources:
                line = source.title + (f", {source.where}" if source.where else "")
                if line not in sources:
                    sources.append(line)
        key = f"{q.type}|{q.card}|{','.join(sorted(q.item_ids))}"
        while key in keys:  # one set never asks one fact twice, but a key must be unique
            key += "+"
        keys.add(key)
        out.append(
            Exported(
                key=key,
                number=number,
                type=q.type,
                prompt=q.prompt,
                choices=tuple(q.choices),
                right=right,
                order=order,
                explanation=q.explanation,
                sources=tuple(sources),
                tags=_tags(pack, q),
            )
        )
    return out


def _tags(pack: Pack, q: Question) -> tuple[str, ...]:
    """egov::type::year, egov::kind::law, egov::stage::…, egov::administration::…"""
    tags = [f"egov::type::{q.type}"]
    for item_id in q.item_ids[:1]:
        item = pack.by_id.get(item_id)
        if item is None:
            continue
        tags.append(f"egov::kind::{item.kind}")
        if item.kind in ("stage", "administration"):
            tags.append(f"egov::{item.kind}::{item.id}")
        tags += [f"egov::stage::{s}" for s in getattr(item, "stages", ())]
        tags += [f"egov::administration::{a}" for a in getattr(item, "administrations", ())]
    return tuple(dict.fromkeys(tags))


# ---- CSV ---------------------------------------------------------------------------------
CSV_HEAD = ("number", "type", "question")
CSV_TAIL = ("answer", "explanation", "sources", "tags", "key")


def to_csv(rows: Sequence[Exported]) -> str:
    """A row per question: its choices in columns of their own, then the answer (the
    choice's text; an ordering's choices in order, joined by →), the explanation, the
    sources (joined by " | ") and the tags."""
    width = max((len(r.choices) for r in rows), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_HEAD, *(f"choice {n}" for n in range(1, width + 1)), *CSV_TAIL])
    for r in rows:
        choices = list(r.choices) + [""] * (width - len(r.choices))
        writer.writerow(
            [
                r.number,
                r.type,
                _cell(r.prompt),
                *(_cell(c) for c in choices),
                _cell(r.answer_text),
                _cell(r.explanation),
                _cell(" | ".join(r.sources)),
                " ".join(r.tags),
                r.key,
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    """A spreadsheet reads a cell that begins with = + - or @ as a formula: such text is
    kept as text by a leading apostrophe (what the spreadsheets themselves do)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


# ---- GIFT --------------------------------------------------------------------------------
_GIFT_SPECIAL = re.compile(r"([~=#{}:\\])")


def gift_escape(text: str) -> str:
    """GIFT's special characters, backslashed; line breaks become spaces."""
    return _GIFT_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_gift(rows: Sequence[Exported]) -> str:
    """Moodle's GIFT text: multiple choice, true/false, an ordering as matching (each event
    to its place), a placing on the timeline as a number (the year)."""
    blocks = []
    for r in rows:
        e = gift_escape
        name = f"::Q{r.number} {r.type}::"
        feedback = f"####{e(r.explanation)}"
        if r.type == "true_false" and r.right is not None:
            truth = "TRUE" if r.right == 0 else "FALSE"
            body = f"{{{truth}{feedback}}}"
        elif r.type == "place" and r.right is not None and r.choices[r.right].isdigit():
            body = f"{{#{r.choices[r.right]}{feedback}}}"
        elif r.right is None:
            pairs = "\n".join(f"    ={e(text)} -> {n}" for n, text in enumerate(r.order, 1))
            body = f"{{\n{pairs}\n    {feedback}\n}}"
        else:
            options = "\n".join(
                f"    {'=' if n == r.right else '~'}{e(choice)}"
                for n, choice in enumerate(r.choices)
            )
            body = f"{{\n{options}\n    {feedback}\n}}"
        tags = " ".join(r.tags)
        blocks.append(f"// {tags}\n{name}{e(r.prompt)} {body}")
    return "\n\n".join(blocks) + "\n"


# ---- Moodle XML --------------------------------------------------------------------------
def to_moodle_xml(rows: Sequence[Exported], category: str) -> bytes:
    """Moodle XML for the question bank, in a category of its own: multichoice,
    truefalse, matching (an ordering: each event to its place) and numerical (a year)."""
    quiz = ET.Element("quiz")
    head = ET.SubElement(quiz, "question", type="category")
    _text(ET.SubElement(head, "category"), f"$course$/top/{category}")
    for r in rows:
        kind = _moodle_type(r)
        q = ET.SubElement(quiz, "question", type=kind)
        _text(ET.SubElement(q, "name"), f"Q{r.number} {r.type}")
        _text(ET.SubElement(q, "questiontext", format="html"), _html(r.prompt))
        _text(ET.SubElement(q, "generalfeedback", format="html"), _html(r.explanation))
        ET.SubElement(q, "defaultgrade").text = "1"
        tags = ET.SubElement(q, "tags")
        for tag in r.tags:
            _text(ET.SubElement(tags, "tag"), tag)
        if kind == "truefalse":
            for n, word in ((0, "true"), (1, "false")):
                answer = ET.SubElement(q, "answer", fraction="100" if r.right == n else "0")
                _text(answer, word)
        elif kind == "numerical":
            assert r.right is not None
            answer = ET.SubElement(q, "answer", fraction="100")
            _text(answer, r.choices[r.right])
            ET.SubElement(answer, "tolerance").text = "0"
        elif kind == "matching":
            ET.SubElement(q, "shuffleanswers").text = "1"
            for n, text in enumerate(r.order, 1):
                sub = ET.SubElement(q, "subquestion", format="html")
                _text(sub, _html(text))
                _text(ET.SubElement(sub, "answer"), str(n))
        else:
            ET.SubElement(q, "single").text = "true"
            ET.SubElement(q, "shuffleanswers").text = "0"  # the order the set gives
            ET.SubElement(q, "answernumbering").text = "abc"
            for n, choice in enumerate(r.choices):
                answer = ET.SubElement(
                    q, "answer", fraction="100" if n == r.right else "0", format="html"
                )
                _text(answer, _html(choice))
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n"


def _moodle_type(r: Exported) -> str:
    if r.right is None:
        return "matching"
    if r.type == "true_false":
        return "truefalse"
    if r.type == "place" and r.choices[r.right].isdigit():
        return "numerical"
    return "multichoice"


def _text(parent: ET.Element, value: str) -> None:
    ET.SubElement(parent, "text").text = value


def _html(text: str) -> str:
    """Pack text inside an HTML field: escaped, so that it shows as written."""
    return html.escape(text, quote=False)


# ---- Anki --------------------------------------------------------------------------------
ANKI_FIELDS = ("Question", "Choices", "Answer", "Explanation", "Sources", "Key")


def anki_fields(r: Exported) -> list[str]:
    """The note's fields, as HTML (pack text escaped)."""
    e = _html
    choices = "<br>".join(f"{chr(65 + n)}. {e(c)}" for n, c in enumerate(r.choices))
    if r.right is None:
        answer = "<br>".join(f"{n}. {e(text)}" for n, text in enumerate(r.order, 1))
    else:
        answer = f"{chr(65 + r.right)}. {e(r.choices[r.right])}"
    return [
        e(r.prompt),
        choices,
        answer,
        e(r.explanation),
        "<br>".join(e(s) for s in r.sources),
        e(r.key),
    ]


def write_apkg(rows: Sequence[Exported], path: Path, deck_name: str) -> None:
    """An Anki deck: a note per question, the answer, explanation and sources on the back,
    tagged; each note's id comes from its key, so that importing again updates it."""
    import genanki

    model = genanki.Model(
        ANKI_MODEL_ID,
        "egov-timeline question",
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[
            {
                "name": "Question",
                "qfmt": "<div class=prompt>{{Question}}</div><div class=choices>{{Choices}}</div>",
                "afmt": (
                    "{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
                    "<div class=why>{{Explanation}}</div><div class=sources>{{Sources}}</div>"
                ),
            }
        ],
        css=(
            ".card { font-family: sans-serif; font-size: 20px; text-align: left; }"
            " .answer { font-weight: bold; margin: 8px 0; } .sources { font-size: 14px;"
            " color: #555; margin-top: 12px; }"
        ),
    )
    deck = genanki.Deck(ANKI_DECK_ID, deck_name)
    for r in rows:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=anki_fields(r),
                guid=genanki.guid_for(r.key),
                tags=list(r.tags),
            )
        )
    genanki.Package(deck).write_to_file(str(path))


# ---- one file ----------------------------------------------------------------------------
def format_for(path: Path, given: str | None) -> str | None:
    """The format asked for, or the one the file's ending names (None if neither)."""
    if given:
        return given
    ending = path.suffix.lower()
    return next((fmt for fmt, suffix in SUFFIXES.items() if suffix == ending), None)


def write_quiz_file(
    pack: Pack, out: Path, fmt: str, count: int, seed: int, language: str = "en"
) -> tuple[str | None, int]:
    """Write the set of `count` questions that `seed` gives to `out` in `fmt`; returns a
    message if it could not be written, and how many questions the file holds (fewer than
    asked when the pack has no more)."""
    from egov_timeline.domain.files import OutputError, replaced_when_done
    from egov_timeline.domain.quiz import sample_questions

    rows = exported(pack, sample_questions(pack, count, seed, language))
    title = pack.title_in(language)
    set_name = f"{title} \u00b7 set {seed}" if language == "en" else f"{title} \u00b7 {seed}번 세트"
    try:
        with replaced_when_done(out) as tmp:
            if fmt == "apkg":
                write_apkg(rows, tmp, set_name)
            elif fmt == "moodle":
                tmp.write_bytes(to_moodle_xml(rows, set_name))
            elif fmt == "gift":
                tmp.write_text(to_gift(rows), encoding="utf-8")
            else:  # a spreadsheet opens UTF-8 with its mark as UTF-8, Hangul and all
                tmp.write_text(to_csv(rows), encoding="utf-8-sig")
    except OutputError as problem:
        return str(problem), 0
    return None, len(rows)


# ---- a class quiz's results --------------------------------------------------------------
_RESULT_WORDS = {
    "en": ("number", "question", "right answer", "hands", "right", "share right (%)", "choice"),
    "ko": ("번호", "문항", "정답", "손 든 수", "맞힌 수", "정답률 (%)", "보기"),
}


def class_results_csv(
    questions: Sequence[Question], tallies: Sequence[Sequence[int]], language: str = "en"
) -> str:
    """What the room answered, a row per question: the right answer, the hands counted in
    all and for the right choice, the share right, then the hands per choice (A, B, …).
    Accuracy only, never speed; nothing in it names a student. An ordering has no hands."""
    from egov_timeline.domain.session import right_text
    from egov_timeline.domain.worksheet import choice_label

    words = _RESULT_WORDS.get(language, _RESULT_WORDS["en"])
    width = max((len(q.choices) for q in questions if q.type != "order"), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    labels = [f"{words[6]} {choice_label(n)}" for n in range(width)]
    writer.writerow([*words[:6], *labels])
    for n, q in enumerate(questions):
        counts = list(tallies[n]) if n < len(tallies) else []
        if q.type == "order" or not counts:
            writer.writerow([n + 1, _cell(q.prompt), _cell(right_text(q)), "", "", ""])
            continue
        total, right = sum(counts), counts[q.right_choice]
        share = round(100 * right / total) if total else ""
        answer = right_text(q) if q.type == "place" else f"{choice_label(q.right_choice)}: "
        if q.type != "place":
            answer += right_text(q)
        writer.writerow(
            [n + 1, _cell(q.prompt), _cell(answer), total, right, share, *counts]
            + [""] * (width - len(counts))
        )
    return out.getvalue()


def room_got_right(questions: Sequence[Question], tallies: Sequence[Sequence[int]]) -> int:
    """How many questions most of the room got right (more than half the hands counted on
    the right choice): what a class goal counts. An ordering, or a question with no hands
    counted, does not count."""
    right = 0
    for n, q in enumerate(questions):
        counts = list(tallies[n]) if n < len(tallies) else []
        if q.type == "order" or not sum(counts):
            continue
        if counts[q.right_choice] * 2 > sum(counts):
            right += 1
    return right
