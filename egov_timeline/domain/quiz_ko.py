"""Questions in Korean: the same question, worded in Korean with Korean names. No Qt.

The generator makes each question in English first (its rules are checked there); this
rewords prompt, choices and explanation from the question's own data, so both languages ask
exactly the same thing with the same answer."""

from egov_timeline.domain.dates import HistDate, display_date
from egov_timeline.domain.i18n import item_name, item_summary
from egov_timeline.domain.model import Item
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import Question, _dated, _first_sentence


def _has_final(word: str) -> bool | None:
    """Whether the last syllable ends in a consonant (받침); None if it is not Hangul."""
    for ch in reversed(word.strip()):
        if ch in ")]\u201d\"' ":
            continue
        if "\uac00" <= ch <= "\ud7a3":
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isdigit():
            return ch in "013678"  # 영, 일, 삼, 육, 칠, 팔 end in a consonant
        return None
    return None


def josa(word: str, with_final: str, without_final: str) -> str:
    """The particle that fits the word: 은/는, 이/가, 을/를, 과/와."""
    final = _has_final(word)
    if final is None:
        return f"{word}{with_final}({without_final})"
    return word + (with_final if final else without_final)


_DONE = {
    "law": "제정되었다",
    "agency": "설립되었다",
    "administration": "취임했다",
    "stage": "시작되었다",
    "project": "시작되었다",
}
_ASK = {
    "law": "제정되었나",
    "agency": "설립되었나",
    "administration": "취임했나",
    "stage": "시작되었나",
    "project": "시작되었나",
}


def _name(item: Item) -> str:
    if item.kind == "stage":
        return f"\u2018{item.name}\u2019 단계"
    return item_name(item, "ko")


def _on(date: HistDate) -> str:
    return display_date(date, "ko")


def to_korean(pack: Pack, q: Question) -> Question:
    item = pack.by_id[q.item_ids[0]]
    name = _name(item)
    kind = item.kind
    if q.type in ("year", "place", "true_false"):
        field = "in_force" if q.card.startswith("year-in-force") else "start"
        date = _dated(item, field) or item.start
        done = "시행되었다" if field == "in_force" else _DONE[kind]
        ask = "시행되었나" if field == "in_force" else _ASK[kind]
        if q.type == "year":
            prompt = f"{josa(name, '은', '는')} 몇 년에 {ask}?"
            if kind == "administration":
                prompt = f"{josa(name, '은', '는')} 몇 년에 대통령으로 취임했나?"
            explanation = f"{josa(name, '은', '는')} {_on(date)}에 {done}. " + _first_sentence(
                item_summary(item, "ko")
            )
            return _with(q, prompt=prompt, explanation=explanation)
        if q.type == "place":
            return _with(
                q,
                prompt=f"{josa(name, '을', '를')} 연표에 놓으시오. 언제 {ask}?",
                explanation=f"{josa(name, '은', '는')} {_on(date)}에 {done}.",
            )
        stated = int(q.prompt.rstrip(".").split()[-1])
        truth = q.answer == 0
        return _with(
            q,
            prompt=f"참인가 거짓인가? {josa(name, '은', '는')} {stated}년에 {done}.",
            choices=["참", "거짓"],
            explanation=f"{'참' if truth else '거짓'}: {josa(name, '은', '는')} "
            f"{_on(date)}에 {done}.",
        )
    if q.type == "administration":
        president = pack.by_id[q.item_ids[1]]
        choices = [_president(pack, c) for c in q.choices]
        end = president.end
        until = "현재" if end is None or end.open else f"{end.year}년"
        return _with(
            q,
            prompt=f"{josa(name, '은', '는')} 어느 대통령 때 {_ASK[kind]}?",
            choices=choices,
            explanation=f"{josa(name, '은', '는')} {_on(item.start)}에 {_DONE[kind]}. "
            f"당시 대통령은 {item_name(president, 'ko')}"
            f"({president.start.year}년~{until} 재임)"
            f"{'이었다' if _has_final(item_name(president, 'ko')) else '였다'}.",
        )
    if q.type == "stage":
        stage = pack.by_id[q.item_ids[1]]
        return _with(
            q,
            prompt=f"{josa(name, '은', '는')} 한국 전자정부 발전의 어느 단계(표 4)에 속하나?",
            explanation=f"{josa(name, '은', '는')} {getattr(stage, 'order', '')}단계 "
            f"\u2018{stage.name}\u2019({getattr(stage, 'label', '')})에 "
            "속한다.",
        )
    if q.type == "order":
        ordered = [pack.by_id[i] for i in q.answer]  # type: ignore[union-attr]
        return _with(
            q,
            prompt="시작된 순서대로 놓으시오. 가장 이른 것이 처음이다.",
            choices=[_name(pack.by_id[i]) for i in q.choice_ids],
            explanation="순서: " + "; ".join(f"{_name(i)} ({_on(i.start)})" for i in ordered) + ".",
        )
    if q.type == "acronym":
        acronym = item.acronym or ""
        if q.prompt.startswith("What does"):
            choices = [_by_english_name(pack, c) for c in q.choices]
            return _with(
                q,
                prompt=f"{josa(acronym, '은', '는')} 무엇의 약칭인가?",
                choices=choices,
                explanation=f"{josa(acronym, '은', '는')} {name}의 약칭이다. "
                + _first_sentence(item_summary(item, "ko")),
            )
        return _with(
            q, prompt=f"{name}의 약칭은 무엇인가?", explanation=f"{name}의 약칭은 {acronym}이다."
        )
    if q.type == "agency":
        right = pack.by_id[q.item_ids[1]]
        choices = [_by_english_name(pack, c) for c in q.choices]
        if q.prompt.startswith("What did"):
            return _with(
                q,
                prompt=f"{josa(name, '은', '는')} {item.end.year}년에 무엇이 "  # type: ignore[union-attr]
                "되었나?",
                choices=choices,
                explanation=f"{_on(item.end)}에 {josa(name, '은', '는')} "  # type: ignore[arg-type]
                f"{josa(_name(right), '이', '가')} 되었다.",
            )
        return _with(
            q,
            prompt=f"{name}에 참여한 기관은 어디인가?",
            choices=choices,
            explanation=f"{name}에는 {josa(_name(right), '이', '가')} 참여했다.",
        )
    return q


def _with(q: Question, **changes) -> Question:
    fields = {f: getattr(q, f) for f in q.__struct_fields__}
    fields.update(changes)
    return Question(**fields)


def _president(pack: Pack, english: str) -> str:
    for item in pack.of_kind("administration"):
        if item.name == english:
            return item_name(item, "ko")
    return english


def _by_english_name(pack: Pack, english: str) -> str:
    for item in pack.items:
        if item.name == english:
            return _name(item)
    return english
