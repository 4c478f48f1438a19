"""A printable worksheet of quiz questions, with an answer key on a page of its own, as
HTML for Qt's text layout (all content escaped). No Qt."""

import html

from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import Question, sample_questions
from egov_timeline.domain.session import right_text

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def choice_label(n: int) -> str:
    """How a choice is named on paper and on the projector: A, B, C, D."""
    return LETTERS[n] if n < len(LETTERS) else str(n + 1)


def _question_html(number: int, q: Question) -> str:
    e = html.escape
    parts = [f"<p style='margin-top:14px'><b>{number}.</b> {e(q.prompt)}</p>"]
    if q.type == "order":
        rows = "".join(f"<li>____ &nbsp;{e(choice)}</li>" for choice in q.choices)
        parts.append(
            "<p style='margin:2px 0'><i>Number them 1, 2, 3 \u2026 from the earliest."
            f"</i></p><ul style='list-style-type:none'>{rows}</ul>"
        )
    elif q.type == "place":
        years = " &nbsp; ".join(e(y) for y in q.choices)
        parts.append(f"<p style='margin-left:20px'><i>Circle the year:</i><br/>{years}</p>")
    else:
        rows = "".join(
            f"<li><b>{choice_label(n)}</b> &nbsp;{e(choice)}</li>"
            for n, choice in enumerate(q.choices)
        )
        parts.append(f"<ul style='list-style-type:none'>{rows}</ul>")
    return "".join(parts)


def _key_html(number: int, q: Question, pack: Pack) -> str:
    e = html.escape
    if q.type == "order":
        answer = " \u2192 ".join(e(pack.by_id[i].name) for i in q.answer)  # type: ignore[union-attr]
    elif q.type == "place":
        answer = e(q.choices[q.answer])  # type: ignore[index]
    else:
        answer = f"{choice_label(q.answer)} \u2014 {e(right_text(q, pack))}"  # type: ignore[arg-type]
    return (
        f"<p style='margin-top:8px'><b>{number}.</b> {answer}<br/>"
        f"<span style='color:#444444'>{e(q.explanation)}</span></p>"
    )


def worksheet_html(
    pack: Pack, questions: list[Question], seed: int | None, title: str | None = None
) -> str:
    e = html.escape
    title = title or f"{pack.title}: worksheet"
    set_name = f"Set {seed}" if seed is not None else "Worksheet"
    head = (
        f"<h1 style='font-size:18pt'>{e(title)}</h1>"
        f"<p>{e(set_name)} \u00b7 {len(questions)} questions</p>"
        "<p>Name: __________________ &nbsp; Class: ________ &nbsp; Date: __________</p><hr/>"
    )
    body = "".join(_question_html(n, q) for n, q in enumerate(questions, start=1))
    key = "".join(_key_html(n, q, pack) for n, q in enumerate(questions, start=1))
    return (
        f"<html><body style='font-size:11pt'>{head}{body}"
        f"<h1 style='page-break-before: always; font-size:18pt'>Answer key</h1>"
        f"<p>{e(set_name)} \u00b7 {e(title)}</p>{key}</body></html>"
    )


def worksheet_questions(pack: Pack, count: int, seed: int | None) -> list[Question]:
    """The same questions, in the same order, as the class quiz with this seed."""
    return sample_questions(pack, count, seed)
