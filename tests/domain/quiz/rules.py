"""The rules every generated question must keep, checked against the content itself (not
against the generator's own helpers where the rule can be read off the data directly)."""

from __future__ import annotations

import re

from egov_timeline.domain.model import Administration, Agency, Law, Project, Stage
from egov_timeline.domain.quiz import Question, is_right, order_score, score
from egov_timeline.domain.quiz.facts import abbreviates, mentioned_years

HANGUL = re.compile(r"[\uac00-\ud7a3]")
FALLBACK = re.compile(r"\((은|는|이|가|을|를|과|와|으)\)")
LATIN_WORD = re.compile(r"\b[A-Za-z][A-Za-z\-]*[a-z][A-Za-z\-]*\b")  # a word with a small letter
# Latin words that are names in Korean too (e코리아 and u코리아 are written that way)
KOREAN_LATIN_OK = {"e", "u"}


def _term(p):
    end = p.end
    return p.start.start_year, (float("inf") if end is None or end.open else end.end_year)


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_language(q: Question) -> None:
    texts = [q.prompt, q.explanation, *q.choices]
    for text in texts:
        assert not FALLBACK.search(text), (text, q)
    for text in texts:  # students never read how the content was made
        assert not re.search(r"\bseed\b|바탕 문서|reference-facts", text, re.I), text
    if q.language == "ko":
        assert HANGUL.search(q.prompt), q.prompt
        assert HANGUL.search(q.explanation), q.explanation
        words = [w for t in (q.prompt, *q.choices) for w in LATIN_WORD.findall(t)]
        if q.type != "acronym":
            assert not [w for w in words if w not in KOREAN_LATIN_OK], (words, q.prompt, q.choices)
        if q.type not in ("acronym",) and q.spec.type not in ("year", "place"):
            for choice in q.choices:
                assert HANGUL.search(choice), (choice, q)
    else:
        for text in (q.prompt, *q.choices):
            assert not HANGUL.search(text), (text, q)
        assert "  " not in q.prompt and " ." not in q.prompt


def check_question(pack, q: Question) -> None:
    spec = q.spec
    item = pack.by_id[spec.item]
    assert "existence" not in item.uncertain, q
    check_language(q)
    assert q.prompt and q.explanation
    assert len(q.choices) == len(spec.choices)
    assert "Table 4" not in q.prompt and "표 4" not in q.prompt
    if spec.type != "order":
        assert len(set(q.choices)) == len(q.choices), q.choices
        assert 0 <= spec.answer < len(q.choices)  # type: ignore[operator]
        assert is_right(q, spec.answer)
        for n in range(len(q.choices)):
            if n != spec.answer and spec.type != "place":
                assert score(q, n) == 0.0
    asked = spec.asked
    if spec.type in ("year", "place", "true_false"):
        assert asked is not None and asked.item == item.id
        check_event(pack, item, asked)
        if spec.type != "true_false":  # a true statement states the year
            assert str(asked.date.year) not in q.prompt, q.prompt
    if spec.type == "year":
        years = [int(c) for c in q.choices]
        assert years == sorted(years)
        assert years[spec.answer] == asked.date.year  # type: ignore[index,union-attr]
        mentioned = mentioned_years(item)
        for year in years:
            assert year == asked.date.year or year not in mentioned, (year, q)  # type: ignore[union-attr]
    elif spec.type == "place":
        assert int(q.choices[spec.answer]) == asked.date.year  # type: ignore[index,union-attr]
    elif spec.type == "true_false":
        statement = spec.statement
        assert statement is not None
        if statement.about == "year":
            assert statement.true == (int(statement.stated) == asked.date.year)  # type: ignore[union-attr]
            if not statement.true:
                assert int(statement.stated) not in mentioned_years(item)
        else:
            holder = single_president(pack, asked.date)  # type: ignore[union-attr]
            assert holder is not None
            assert statement.true == (statement.stated == holder.id)
        assert spec.answer == (0 if statement.true else 1)
    elif spec.type == "administration":
        assert asked is not None
        holder = single_president(pack, asked.date)
        assert holder is not None and holder.id == spec.target
        assert holder.id in item.administrations
        assert spec.choices[spec.answer].id == holder.id  # type: ignore[index]
        starts = []
        for choice in spec.choices:
            p = pack.by_id[choice.id]
            starts.append(p.start.start_year)
            assert isinstance(p, Administration) and not p.acting
            if p.id != holder.id:
                assert p.id not in item.administrations
                assert not _overlaps(_term(p), (asked.date.start_year, asked.date.end_year))
                assert asked.date.start_year - 20 <= p.start.start_year <= asked.date.end_year + 12
    elif spec.type == "stage":
        assert len(item.stages) == 1 and spec.target == item.stages[0]
        stage = pack.by_id[spec.target]
        assert isinstance(stage, Stage)
        end = item.end if item.end is not None and not item.end.open else item.start
        assert stage.start.start_year <= item.start.start_year
        assert end.end_year <= stage.end.end_year  # type: ignore[union-attr]
        assert spec.choices[spec.answer].id == stage.id  # type: ignore[index]
    elif spec.type == "order":
        answer = list(spec.answer)  # type: ignore[arg-type]
        assert 3 <= len(answer) <= 5
        dates = [c.event.date for c in spec.choices]  # type: ignore[union-attr]
        for n, a in enumerate(dates):
            for b in dates[n + 1 :]:
                assert a.end_year <= b.start_year or b.end_year <= a.start_year, (a, b)
        by_id = {c.id: c.event for c in spec.choices}
        starts = [by_id[i].date.start_year for i in answer]  # type: ignore[union-attr]
        assert starts == sorted(starts)
        shown = [c.id for c in spec.choices]
        assert sorted(shown) == sorted(answer)
        assert all(s != a for s, a in zip(shown, answer, strict=True)), "an item already placed"
        assert order_score(spec, answer) == 1.0
        assert order_score(spec, shown) == 0.0  # left as shown: nothing earned
        for c in spec.choices:
            check_event(pack, pack.by_id[c.id], c.event)
    elif spec.type == "acronym":
        acronym = item.acronym or ""
        assert "acronym" not in item.uncertain and abbreviates(acronym, item.name)
        assert spec.choices[spec.answer].id == item.id  # type: ignore[index]
        for choice in spec.choices:
            other = pack.by_id[choice.id]
            if other.id != item.id:
                assert item.name not in other.aliases and other.name not in item.aliases
            if spec.direction == "expand":
                assert other.name[0].lower() == acronym[0].lower()
                same_shape = other.name.split()[0] == item.name.split()[0]
                initials = [w[0].lower() for w in re.split(r"[\s\-]+", other.name) if w]
                shared = 0  # the acronym's letters that start the name's words, in order
                for initial in initials:
                    letters = [c for c in acronym.lower() if c.isalpha()]
                    if shared < len(letters) and initial == letters[shared]:
                        shared += 1
                assert same_shape or shared >= 2, (other.name, acronym)
            else:
                assert (other.acronym or "")[0].lower() == acronym[0].lower()
        if spec.direction == "expand":
            assert acronym in q.prompt and item.name not in q.prompt
        else:
            assert acronym not in q.prompt
    elif spec.type == "agency":
        assert isinstance(item, Agency) and asked is not None and asked.at_end
        assert asked.event in ("renamed", "merged") and asked.date == item.end
        right = spec.choices[spec.answer]  # type: ignore[index]
        if item.renamed_to:
            assert right.id == item.renamed_to
        else:
            assert right.name == item.events[-1].name
        chain = chain_of(pack, item.id)
        committee = item.agency_type == "committee"
        for choice in spec.choices:
            if choice is not right:
                assert choice.id not in chain
            if choice.id is not None:  # a ministry is never offered a committee's name
                other = pack.by_id[choice.id]
                assert (other.agency_type == "committee") == committee
                assert other.start.start_year < asked.date.end_year  # none founded after
        assert "(" not in "".join(q.choices), q.choices  # no acronym singles a choice out
    elif spec.type == "law":
        right = pack.by_id[spec.target]  # type: ignore[index]
        if spec.direction == "basis":
            laws = set(getattr(item, "laws", [])) | {
                law.id for law in pack.of_kind("law") if item.id in law.enabled
            }
            assert laws == {right.id}
            for choice in spec.choices:
                law = pack.by_id[choice.id]
                assert isinstance(law, Law)
                if law.id != right.id:
                    assert law.start.end_year <= item.start.start_year
                    assert law.id not in pack.related_ids(item.id)
        else:
            assert isinstance(item, Law) and right.id in item.enabled
            for choice in spec.choices:
                if choice.id != right.id:
                    other = pack.by_id[choice.id]
                    assert other.start.end_year <= item.start.start_year
                    assert other.id not in item.enabled
    elif spec.type == "member":
        assert isinstance(item, Project) and item.part_of == spec.target
        for choice in spec.choices:
            other = pack.by_id[choice.id]
            if other.id != item.id:
                assert isinstance(other, Project) and other.part_of is None
                assert other.id not in pack.related_ids(spec.target)


def check_event(pack, item, event) -> None:
    """The event is one the content settles, named as the content says it happened."""
    assert not {"existence"} & set(item.uncertain)
    if event.at_end:
        assert item.end is not None and event.date == item.end and "end" not in item.uncertain
        return
    if event.event == "in force":
        assert isinstance(item, Law) and event.date == item.in_force
        assert "in_force" not in item.uncertain
        return
    assert event.date == item.start and "start" not in item.uncertain
    match item:
        case Law():
            assert event.event == "enacted"
        case Administration():
            assert event.event == "took office" and event.acting == item.acting
        case Project():
            assert event.event == item.start_event
        case Agency():
            predecessors = [a.id for a in pack.of_kind("agency") if a.renamed_to == item.id]
            if item.events:
                assert event.event == item.events[0].event
            if predecessors:
                assert event.event != "founded", "a renamed body asked as founded"
            if event.event == "re-established":
                assert item.id == "ministry-of-government-administration" or item.events


def single_president(pack, date):
    span = (date.start_year, date.end_year)
    holders = [
        p for p in pack.of_kind("administration") if not p.acting and _overlaps(_term(p), span)
    ]
    acting = [p for p in pack.of_kind("administration") if p.acting and _overlaps(_term(p), span)]
    if len(holders) != 1 or acting:
        return None
    start, end = _term(holders[0])
    return holders[0] if start <= span[0] and span[1] <= end else None


def chain_of(pack, item_id):
    ids = {item_id}
    changed = True
    while changed:
        changed = False
        for a in pack.of_kind("agency"):
            if a.renamed_to in ids and a.id not in ids:
                ids.add(a.id)
                changed = True
            if a.id in ids and a.renamed_to and a.renamed_to not in ids:
                ids.add(a.renamed_to)
                changed = True
    return ids
