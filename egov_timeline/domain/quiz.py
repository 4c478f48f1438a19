"""Questions generated from the content, with a seeded random source. No Qt.

Rules every question keeps:
- exactly one right answer, and distinct choices;
- distractors of the same kind and era;
- nothing marked uncertain is asked as settled (`uncertain` fields, unconfirmed items);
- the prompt never gives the answer away (no year in a name when the year is asked);
- it says which date is meant (enacted or in force, began, founded, took office);
- in ordering, items of the same date are interchangeable.
"""

import random
import re
from collections.abc import Iterable, Sequence

import msgspec

from egov_timeline.domain.dates import HistDate, display_date
from egov_timeline.domain.model import Item
from egov_timeline.domain.pack import Pack

QUESTION_TYPES: tuple[str, ...] = (
    "year",
    "administration",
    "stage",
    "order",
    "place",
    "acronym",
    "true_false",
    "agency",
)
TYPE_NAMES = {
    "year": "Year of an event",
    "administration": "Which administration",
    "stage": "Which stage",
    "order": "Put in order",
    "place": "Place it on the timeline",
    "acronym": "Acronyms",
    "true_false": "True or false",
    "agency": "Agencies",
}
# Types that practise one fact of one item: these become spaced-repetition cards.
CARD_TYPES: tuple[str, ...] = ("year", "administration", "stage", "acronym", "agency", "place")

_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
ERA_YEARS = 15.0
PLACE_STRIP_YEARS = 20


class Question(msgspec.Struct, kw_only=True):
    type: str
    prompt: str
    choices: list[str]
    answer: int | list[str]  # index into choices; for "order", the ids in the right order
    item_ids: list[str]
    explanation: str
    card: str  # the fact practised, e.g. "year:e-government-act"
    choice_ids: list[str] = []  # "order": the id behind each choice
    ranks: list[int] = []  # "order": rank of each id of `answer`; equal dates share a rank
    year: float | None = None  # "place": where the item really is
    tolerance: float = 0.0  # "place": years off that still count as fully right

    def public(self) -> dict:
        """The fields `quiz-sample` prints."""
        return {
            "type": self.type,
            "prompt": self.prompt,
            "choices": self.choices,
            "answer": self.answer,
            "item_ids": self.item_ids,
            "explanation": self.explanation,
        }


# ---- scoring ---------------------------------------------------------------------------


def score(question: Question, given: int | list[str] | None) -> float:
    """1.0 right, 0.0 wrong, in between for partial credit (ordering, placing)."""
    if given is None:
        return 0.0
    if question.type == "order":
        return order_score(question, list(given))  # type: ignore[arg-type]
    if question.type == "place":
        return place_score(question, int(given))  # type: ignore[arg-type]
    return 1.0 if given == question.answer else 0.0


def is_right(question: Question, given: int | list[str] | None) -> bool:
    return score(question, given) >= 0.999


def order_score(question: Question, given: Sequence[str]) -> float:
    """Partial credit: the longest run of items given in a right relative order, over the
    number of items. Items of the same date count as in order either way."""
    rank = dict(zip(question.answer, question.ranks, strict=True))  # type: ignore[arg-type]
    ranks = [rank.get(i, -1) for i in given]
    if len(ranks) != len(rank) or -1 in ranks or len(set(given)) != len(given):
        return 0.0
    best = [1] * len(ranks)  # longest non-decreasing subsequence of the ranks
    for j in range(len(ranks)):
        for i in range(j):
            if ranks[i] <= ranks[j]:
                best[j] = max(best[j], best[i] + 1)
    longest = max(best)
    return 1.0 if longest == len(ranks) else (longest / len(ranks) if longest > 1 else 0.0)


def place_score(question: Question, given_index: int) -> float:
    """Full marks within the tolerance, then a quarter less for every further year off."""
    if not 0 <= given_index < len(question.choices):
        return 0.0
    off = abs(int(question.choices[given_index]) - int(question.choices[question.answer]))
    return max(0.0, 1.0 - max(0.0, off - question.tolerance) / 4.0)  # type: ignore[index]


# ---- what may be asked -------------------------------------------------------------------


def _settled(item: Item, field: str) -> bool:
    return field not in item.uncertain and "existence" not in item.uncertain


def _dated(item: Item, field: str = "start") -> HistDate | None:
    """The date if it is settled and at least as precise as a year."""
    date: HistDate | None = getattr(item, field, None)
    if date is None or date.open or date.precision == "decade" or not _settled(item, field):
        return None
    return date


def _names_a_year(item: Item) -> bool:
    return bool(_YEAR_IN_TEXT.search(item.name))


def _era(a: Item, b: Item) -> float:
    return abs(a.start.start_year - b.start.start_year)


def _year_prompt(item: Item, field: str) -> str:
    if field == "in_force":
        return f"In which year did {_the(item)} come into force?"
    if item.kind == "law":
        return f"In which year was {_the(item)} enacted?"
    if item.kind == "agency":
        return f"In which year was {_the(item)} set up?"
    if item.kind == "administration":
        role = "acting president" if getattr(item, "acting", False) else "president"
        return f"In which year did {item.name} take office as {role}?"
    return f"In which year did {_the(item)} begin?"


def _when_prompt(item: Item) -> str:
    """'when was it enacted?' and the like, for placing an item on the timeline."""
    return {
        "law": "when was it enacted?",
        "agency": "when was it set up?",
        "administration": "when did they take office?",
    }.get(item.kind, "when did it begin?")


def _the(item: Item) -> str:
    """A name as it reads inside a sentence: 'the E-Government Act', 'Cyber Korea 21'."""
    name = item.name
    if item.kind == "stage":
        return f"the stage \u201c{name}\u201d"
    if name.lower().startswith("the "):
        return "the " + name[4:]
    if item.kind == "administration" or name[:1].islower():
        return name
    if item.kind == "project" and not re.search(
        r"\b(System|Plan|Network|Service|Center|"
        r"Strategy|Roadmap|projects?|Infrastructure|"
        r"computer|Portal)\b",
        name,
        re.I,
    ):
        return name
    return f"the {name}"


def _sentence_start(text: str) -> str:
    """Capitalize a leading "the"; names keep their own case ("e-Korea Vision 2006")."""
    return "The" + text[3:] if text.startswith("the ") else text


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()


class QuizGenerator:
    """Makes questions from a pack. The same pack and seed give the same questions."""

    def __init__(self, pack: Pack, seed: int | None = None, language: str = "en") -> None:
        self.pack = pack
        self.language = language
        self.rng = random.Random(seed)
        self.presidents = [
            a for a in pack.of_kind("administration") if not getattr(a, "acting", False)
        ]
        self.stages = sorted(pack.of_kind("stage"), key=lambda s: getattr(s, "order", 0))

    # ---- choosing what to ask -----------------------------------------------------------
    def candidates(
        self, types: Iterable[str] = QUESTION_TYPES, scope: set[str] | None = None
    ) -> list[tuple[str, str]]:
        """(type, item id) pairs a question can be made for, in a stable order."""
        pairs: list[tuple[str, str]] = []
        for kind in types:
            for item in self.pack.items:
                if scope is not None and item.id not in scope:
                    continue
                if self._can_ask(kind, item):
                    pairs.append((kind, item.id))
        return pairs

    def _can_ask(self, kind: str, item: Item) -> bool:
        if "existence" in item.uncertain:
            return False
        if kind in ("year", "place", "true_false", "order"):
            return _dated(item) is not None and not _names_a_year(item)
        if kind == "administration":
            return self._launching_president(item) is not None and not _names_a_year(item)
        if kind == "stage":
            stages = getattr(item, "stages", [])
            return (
                len(stages) == 1
                and _settled(item, "stages")
                and len(self.stages) >= 4
                and not _names_a_year(item)
            )
        if kind == "acronym":
            return self._acronym_ok(item)
        if kind == "agency":
            return self._agency_fact(item) is not None
        return False

    def generate(
        self, count: int, types: Iterable[str] = QUESTION_TYPES, scope: set[str] | None = None
    ) -> list[Question]:
        """`count` questions, types taken in turn, no fact asked twice while others remain."""
        types = [t for t in QUESTION_TYPES if t in set(types)]
        by_type = {t: self.candidates([t], scope) for t in types}
        for pairs in by_type.values():
            self.rng.shuffle(pairs)
        questions: list[Question] = []
        seen_cards: set[str] = set()
        order = list(types)
        self.rng.shuffle(order)
        stalled = 0
        while len(questions) < count and stalled < len(order) * 3:
            progressed = False
            for kind in order:
                if len(questions) >= count:
                    break
                pairs = by_type[kind]
                while pairs:
                    _kind, item_id = pairs.pop()
                    question = self.make(kind, item_id, scope)
                    if question is not None and question.card not in seen_cards:
                        seen_cards.add(question.card)
                        questions.append(question)
                        progressed = True
                        break
            if not progressed:
                if not any(by_type.values()):
                    # every fact has been asked once: start again
                    by_type = {t: self.candidates([t], scope) for t in types}
                    for pairs in by_type.values():
                        self.rng.shuffle(pairs)
                    seen_cards.clear()
                stalled += 1
        return questions

    def make(self, kind: str, item_id: str, scope: set[str] | None = None) -> Question | None:
        item = self.pack.by_id.get(item_id)
        if item is None or not self._can_ask(kind, item):
            return None
        maker = getattr(self, f"_make_{kind}")
        question = maker(item, scope) if kind == "order" else maker(item)
        if question is not None and self.language == "ko":
            from egov_timeline.domain.quiz_ko import to_korean

            question = to_korean(self.pack, question)
        return question

    # ---- year --------------------------------------------------------------------------
    def _make_year(self, item: Item) -> Question | None:
        field = "start"
        in_force = _dated(item, "in_force") if item.kind == "law" else None
        if in_force is not None and in_force.year != item.start.year and self.rng.random() < 0.3:
            field = "in_force"
        date = _dated(item, field)
        if date is None:
            return None
        right = date.year
        offsets = [d for d in range(-6, 7) if d and 1950 <= right + d <= 2025]
        wrong = self.rng.sample(offsets, 3)
        years = sorted([right, *(right + d for d in wrong)])
        what = "came into force" if field == "in_force" else _verb_past(item)
        return Question(
            type="year",
            prompt=_year_prompt(item, field),
            choices=[str(y) for y in years],
            answer=years.index(right),
            item_ids=[item.id],
            explanation=f"{_sentence_start(_the(item))} {what} {_on(date)}. "
            f"{_first_sentence(item.summary)}",
            card=f"year:{item.id}" if field == "start" else f"year-in-force:{item.id}",
        )

    # ---- administration --------------------------------------------------------------------
    def _launching_president(self, item: Item) -> Item | None:
        """The one non-acting president in office when the item began, if that is certain
        and agrees with the item's own list of administrations."""
        if item.kind not in ("project", "law", "agency"):
            return None
        date = _dated(item)
        listed = getattr(item, "administrations", [])
        if date is None or not listed or not _settled(item, "administrations"):
            return None
        first, last = date.start_year, date.end_year
        holders = [p for p in self.presidents if p.start.start_year < last and _term_end(p) > first]
        if len(holders) != 1 or holders[0].id not in listed:
            return None
        return holders[0]

    def _make_administration(self, item: Item) -> Question | None:
        right = self._launching_president(item)
        if right is None:
            return None
        listed = set(getattr(item, "administrations", []))
        others = [p for p in self.presidents if p.id != right.id and p.id not in listed]
        others.sort(key=lambda p: abs(p.start.start_year - right.start.start_year))
        pool = others[:5]
        if len(pool) < 3:
            return None
        chosen = [right, *self.rng.sample(pool, 3)]
        chosen.sort(key=lambda p: p.start.start_year)
        verb = {
            "law": "was {the} enacted",
            "agency": "was {the} set up",
            "project": "did {the} begin",
        }[item.kind].format(the=_the(item))
        date = item.start
        return Question(
            type="administration",
            prompt=f"Under which president {verb}?",
            choices=[p.name for p in chosen],
            answer=chosen.index(right),
            item_ids=[item.id, right.id],
            explanation=f"{_sentence_start(_the(item))} {_verb_past(item)} {_on(date)}, "
            f"under {right.name} (president from {right.start.year} to "
            f"{_term_end_year(right)}).",
            card=f"administration:{item.id}",
        )

    # ---- stage ----------------------------------------------------------------------------
    def _make_stage(self, item: Item) -> Question | None:
        stage_id = getattr(item, "stages", [None])[0]
        right = self.pack.by_id.get(stage_id) if stage_id else None
        if right is None or right not in self.stages:
            return None
        k = self.stages.index(right)
        near = sorted(self.stages, key=lambda s: abs(self.stages.index(s) - k))
        chosen = sorted(near[:4], key=lambda s: getattr(s, "order", 0))
        return Question(
            type="stage",
            prompt=f"In which stage of Korea's e-government (Table 4) does {_the(item)} belong?",
            choices=[s.name for s in chosen],
            answer=chosen.index(right),
            item_ids=[item.id, right.id],
            explanation=f"{_sentence_start(_the(item))} belongs to stage "
            f"{getattr(right, 'order', '')}, {right.name} "
            f"({getattr(right, 'label', '')}).",
            card=f"stage:{item.id}",
        )

    # ---- order ----------------------------------------------------------------------------
    def _make_order(self, item: Item, scope: set[str] | None = None) -> Question | None:
        pool = [
            other
            for other in self.pack.items
            if other.id != item.id
            and (scope is None or other.id in scope)
            and _dated(other) is not None
            and not _names_a_year(other)
            and "existence" not in other.uncertain
            and _era(item, other) <= ERA_YEARS
        ]
        want = self.rng.randint(3, 5)
        self.rng.shuffle(pool)
        chosen = [item]
        for other in pool:
            if len(chosen) == want:
                break
            # dates must be told apart, or be the very same date (then either order is right)
            if all(_distinct_or_same(other.start, c.start) for c in chosen):
                chosen.append(other)
        if len(chosen) < 3:
            return None
        chosen.sort(key=lambda i: (i.start.start_year, i.id))
        answer = [i.id for i in chosen]
        ranks: list[int] = []
        for n, i in enumerate(chosen):
            same = n and chosen[n - 1].start == i.start
            ranks.append(ranks[-1] if same else n)
        shown = list(chosen)
        while [i.id for i in shown] == answer:
            self.rng.shuffle(shown)
        return Question(
            type="order",
            prompt="Put these in the order in which they began, earliest first.",
            choices=[f"{i.name}" for i in shown],
            choice_ids=[i.id for i in shown],
            answer=answer,
            ranks=ranks,
            item_ids=answer,
            explanation="In order: "
            + "; ".join(f"{i.name} ({display_date(i.start)})" for i in chosen)
            + ".",
            card="order:" + ",".join(answer),
        )

    # ---- place ----------------------------------------------------------------------------
    def _make_place(self, item: Item) -> Question | None:
        date = _dated(item)
        if date is None:
            return None
        first = date.year - self.rng.randint(3, PLACE_STRIP_YEARS - 4)
        first = max(1950, min(first, 2030 - PLACE_STRIP_YEARS, date.year - 2))
        years = list(range(first, first + PLACE_STRIP_YEARS))
        return Question(
            type="place",
            prompt=f"Place {_the(item)} on the timeline: {_when_prompt(item)}",
            choices=[str(y) for y in years],
            answer=years.index(date.year),
            item_ids=[item.id],
            explanation=f"{_sentence_start(_the(item))} {_verb_past(item)} {_on(date)}.",
            card=f"place:{item.id}",
            year=(date.start_year + date.end_year) / 2,
            tolerance=0.0,
        )

    # ---- acronym --------------------------------------------------------------------------
    def _acronym_ok(self, item: Item) -> bool:
        acronym = item.acronym
        return bool(
            acronym
            and _settled(item, "acronym")
            and acronym.lower() not in item.name.lower()
            and " " not in acronym.strip()
        )

    def _make_acronym(self, item: Item) -> Question | None:
        acronym = item.acronym or ""
        others = [
            o
            for o in self.pack.items
            if o.id != item.id
            and self._acronym_ok(o)
            and o.acronym != acronym
            and o.name != item.name
        ]
        others.sort(key=lambda o: (o.kind != item.kind, _era(item, o), o.id))
        pool = others[:8]
        if len(pool) < 3:
            return None
        chosen = [item, *self.rng.sample(pool, 3)]
        self.rng.shuffle(chosen)
        if self.rng.random() < 0.5:
            return Question(
                type="acronym",
                prompt=f"What does {acronym} stand for?",
                choices=[o.name for o in chosen],
                answer=chosen.index(item),
                item_ids=[item.id],
                explanation=f"{acronym} is the {item.name}. {_first_sentence(item.summary)}",
                card=f"acronym:{item.id}",
            )
        if len({o.acronym for o in chosen}) < 4:
            return None
        return Question(
            type="acronym",
            prompt=f"Which acronym stands for the {item.name}?",
            choices=[o.acronym or "" for o in chosen],
            answer=chosen.index(item),
            item_ids=[item.id],
            explanation=f"The {item.name} is known as {acronym}.",
            card=f"acronym:{item.id}",
        )

    # ---- true or false --------------------------------------------------------------------
    def _make_true_false(self, item: Item) -> Question | None:
        date = _dated(item)
        if date is None:
            return None
        truth = self.rng.random() < 0.5
        year = date.year if truth else date.year + self.rng.choice([-4, -3, -2, 2, 3, 4])
        statement = f"{_sentence_start(_the(item))} {_verb_past(item)} in {year}."
        return Question(
            type="true_false",
            prompt=f"True or false? {statement}",
            choices=["True", "False"],
            answer=0 if truth else 1,
            item_ids=[item.id],
            explanation=f"{'True' if truth else 'False'}: {_the(item)} {_verb_past(item)} "
            f"{_on(date)}.",
            card=f"year:{item.id}",
        )

    # ---- agency ---------------------------------------------------------------------------
    def _agency_fact(self, item: Item) -> tuple[str, Item] | None:
        """("renamed", new agency) or ("worked", the one agency of a project), if settled."""
        if item.kind == "agency":
            target = self.pack.by_id.get(getattr(item, "renamed_to", None) or "")
            if (
                target is not None
                and _settled(item, "renamed_to")
                and item.end is not None
                and not item.end.open
                and _settled(item, "end")
            ):
                return ("renamed", target)
        if item.kind == "project":
            agencies = getattr(item, "agencies", [])
            if len(agencies) == 1 and _settled(item, "agencies") and agencies[0] in self.pack.by_id:
                return ("worked", self.pack.by_id[agencies[0]])
        return None

    def _make_agency(self, item: Item) -> Question | None:
        fact = self._agency_fact(item)
        if fact is None:
            return None
        how, right = fact
        if how == "worked" and _shared_words(item.name, right.name) >= 2:
            return None  # "Government Integrated Computer Center" gives away its data center
        exclude = {item.id, right.id} | set(getattr(item, "agencies", []))
        others = [
            a for a in self.pack.of_kind("agency") if a.id not in exclude and a.name != right.name
        ]
        others.sort(key=lambda a: (_era(right, a), a.id))
        pool = others[:6]
        if len(pool) < 3:
            return None
        chosen = [right, *self.rng.sample(pool, 3)]
        self.rng.shuffle(chosen)
        if how == "renamed":
            # "become", not "was renamed": some of these changes were mergers
            prompt = f"What did {_the(item)} become in {item.end.year}?"  # type: ignore[union-attr]
            ended = display_date(item.end)  # type: ignore[arg-type]
            explanation = f"In {ended} {_the(item)} became the {right.name}."
        else:
            prompt = f"Which body worked on {_the(item)}?"
            explanation = f"{_sentence_start(_the(item))} was the work of the {right.name}."
        return Question(
            type="agency",
            prompt=prompt,
            choices=[a.name for a in chosen],
            answer=chosen.index(right),
            item_ids=[item.id, right.id],
            explanation=explanation,
            card=f"agency:{item.id}",
        )


_MINOR_WORDS = {"the", "of", "for", "and", "on", "in", "a", "an", "to", "e", "korea", "national"}


def _shared_words(a: str, b: str) -> int:
    def words(text: str) -> set[str]:
        return {w for w in re.split(r"[^a-z0-9]+", text.lower()) if w and w not in _MINOR_WORDS}

    return len(words(a) & words(b))


def _distinct_or_same(a: HistDate, b: HistDate) -> bool:
    """Two dates can be ordered without doubt, or are the very same date."""
    return a == b or a.end_year <= b.start_year or b.end_year <= a.start_year


def _term_end(president: Item) -> float:
    end = president.end
    return float("inf") if end is None or end.open else end.end_year


def _term_end_year(president: Item) -> str:
    end = president.end
    return "today" if end is None or end.open else str(end.year)


def _verb_past(item: Item) -> str:
    return {
        "law": "was enacted",
        "agency": "was set up",
        "administration": "took office",
        "stage": "began",
    }.get(item.kind, "began")


def _on(date: HistDate) -> str:
    text = display_date(date)
    return f"on {text}" if date.precision == "day" else f"in {text}"


def sample_questions(
    pack: Pack, count: int, seed: int | None, language: str = "en"
) -> list[Question]:
    """What `egov-timeline quiz-sample` prints (and the worksheet and class quiz ask)."""
    return QuizGenerator(pack, seed, language).generate(count)
