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


def _question_html(number: int, q: Question, w: dict) -> str:
    e = html.escape
    parts = [f"<p style='margin-top:14px'><b>{number}.</b> {e(q.prompt)}</p>"]
    if q.type == "order":
        rows = "".join(f"<li>____ &nbsp;{e(choice)}</li>" for choice in q.choices)
        parts.append(
            f"<p style='margin:2px 0'><i>{e(w['order'])}</i></p>"
            f"<ul style='list-style-type:none'>{rows}</ul>"
        )
    elif q.type == "place":
        years = " &nbsp; ".join(e(y) for y in q.choices)
        parts.append(f"<p style='margin-left:20px'><i>{e(w['circle'])}</i><br/>{years}</p>")
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
        names = dict(zip(q.choice_ids, q.choices, strict=False))
        order = q.right_order
        # the numbers to write in the blanks, top to bottom, then the order in words
        numbers = ", ".join(str(order.index(i) + 1) for i in q.choice_ids if i in order)
        answer = f"{e(numbers)}<br/>" + " \u2192 ".join(
            e(names.get(i) or pack.by_id[i].name) for i in order
        )
    elif q.type == "place":
        answer = e(q.choices[q.right_choice])
    else:
        answer = f"{choice_label(q.right_choice)} \u2014 {e(right_text(q, pack))}"
    return (
        f"<p style='margin-top:8px'><b>{number}.</b> {answer}<br/>"
        f"<span style='color:#444444'>{e(q.explanation)}</span></p>"
    )


_WORDS = {
    "en": {
        "worksheet": "worksheet",
        "set": "Set",
        "questions": "questions",
        "name": "Name",
        "class": "Class",
        "date": "Date",
        "key": "Answer key",
        "order": "Number them 1, 2, 3 \u2026 from the earliest.",
        "circle": "Circle the year:",
    },
    "ko": {
        "worksheet": "학습지",
        "set": "세트",
        "questions": "문항",
        "name": "이름",
        "class": "반",
        "date": "날짜",
        "key": "정답 (Answer key)",
        "order": "가장 이른 것부터 1, 2, 3 \u2026 번호를 쓰시오.",
        "circle": "해당 연도에 동그라미를 치시오:",
    },
}


def worksheet_html(
    pack: Pack,
    questions: list[Question],
    seed: int | None,
    title: str | None = None,
    language: str = "en",
    large: bool = False,
) -> str:
    """The worksheet's HTML: 11 pt text, or 16 pt for large print (`large`)."""
    e = html.escape
    text, heading = (16, 24) if large else (11, 18)
    w = _WORDS.get(language, _WORDS["en"])
    title = title or f"{pack.title_in(language)}: {w['worksheet']}"
    set_name = f"{w['set']} {seed}" if seed is not None else w["worksheet"]
    head = (
        f"<h1 style='font-size:{heading}pt'>{e(title)}</h1>"
        f"<p>{e(set_name)} \u00b7 {len(questions)} {w['questions']}</p>"
        f"<p>{w['name']}: __________________ &nbsp; {w['class']}: ________ &nbsp; "
        f"{w['date']}: __________</p><hr/>"
    )
    body = "".join(_question_html(n, q, w) for n, q in enumerate(questions, start=1))
    key = "".join(_key_html(n, q, pack) for n, q in enumerate(questions, start=1))
    return (
        f"<html><body style='font-size:{text}pt'>{head}{body}"
        f"<h1 style='page-break-before: always; font-size:{heading}pt'>{e(w['key'])}</h1>"
        f"<p>{e(set_name)} \u00b7 {e(title)}</p>{key}</body></html>"
    )


def worksheet_questions(
    pack: Pack, count: int, seed: int | None, language: str = "en"
) -> list[Question]:
    """The same questions, in the same order, as the class quiz with this seed."""
    return sample_questions(pack, count, seed, language)
