"""A quiz in progress (which question is asked, what was answered, the summary) and the
study queue of spaced-repetition cards. No Qt.

Only study answers move a card in the schedule; a practice quiz or a retry of mistakes is
recorded as an answer but reschedules nothing, as in Anki's custom study."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

from egov_timeline.domain.filters import Filter, matching_ids
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.progress import SURE, ProgressStore
from egov_timeline.domain.quiz import CARD_TYPES, Question, QuizGenerator, is_right, score

if TYPE_CHECKING:
    from egov_timeline.domain.exam_plan import ExamPlan

NEW_CARDS_PER_STUDY = 10  # the default; the quiz page lets the student change it


class Answer(msgspec.Struct):
    question: Question
    given: int | list[str] | None
    score: float
    right: bool
    rating: int | None = None
    confidence: str | None = None  # "sure", "think" or "guess", when the student said

    @property
    def confident_error(self) -> bool:
        """Wrong, though the student was sure: shown prominently, asked first next time."""
        return not self.right and self.confidence == SURE

    @property
    def chosen(self) -> str | None:
        """The item a wrong choice named: what the student took this item for."""
        ids = self.question.choice_ids
        given = self.given
        if self.right or not isinstance(given, int) or not 0 <= given < len(ids):
            return None
        return ids[given] or None


class QuizSession:
    def __init__(
        self,
        questions: list[Question],
        *,
        study: bool = False,
        title: str = "Quiz",
        follow_up: Callable[[str], Question | None] | None = None,
    ):
        """`follow_up`: a question about an item, for asking again about the item a wrong
        answer chose (a lure believed is corrected by testing it soon after)."""
        self.questions = list(questions)
        self.study = study
        self.title = title
        self.index = 0
        self.answers: list[Answer] = []
        self.follow_up = follow_up
        self._followed: set[str] = set()

    @property
    def current(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def answered_current(self) -> bool:
        return len(self.answers) > self.index

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    def answer(self, given: int | list[str] | None, confidence: str | None = None) -> Answer:
        question = self.current
        if question is None:
            raise IndexError("the quiz is over")
        if self.answered_current:
            return self.answers[self.index]
        result = Answer(
            question,
            given,
            score(question, given),
            is_right(question, given),
            confidence=confidence,
        )
        self.answers.append(result)
        if not result.right and self.follow_up is not None and isinstance(given, int):
            self._ask_again_about(question, given)
        return result

    def _ask_again_about(self, question: Question, given: int) -> None:
        """The item a wrong answer chose comes back in a question of its own, two questions
        on (or last), once per session."""
        ids = question.choice_ids
        chosen = ids[given] if 0 <= given < len(ids) else None
        asked = {q.spec.item for q in self.questions}
        if chosen is None or chosen in asked or chosen in self._followed:
            return
        self._followed.add(chosen)
        assert self.follow_up is not None
        again = self.follow_up(chosen)
        if again is not None:
            self.questions.insert(min(len(self.questions), self.index + 3), again)

    def next(self) -> Question | None:
        if self.answered_current:
            self.index += 1
        return self.current

    @property
    def total_score(self) -> float:
        return sum(a.score for a in self.answers)

    def mistakes(self) -> list[Question]:
        return [a.question for a in self.answers if not a.right]

    def schedules(self, question: Question) -> bool:
        """Whether answering this question here moves its card in the schedule."""
        return schedules_card(question, study=self.study)


def given_text(question: Question, given: int | list[str] | None, pack: Pack | None = None) -> str:
    """What the learner answered, in the question's own words."""
    if given is None:
        return "(답 없음)" if question.language == "ko" else "(no answer)"
    if question.type == "order" and isinstance(given, list):
        by_id = dict(zip(question.choice_ids, question.choices, strict=True))
        return " \u2192 ".join(by_id.get(i) or i for i in given)
    if isinstance(given, int) and 0 <= given < len(question.choices):
        return question.choices[given]
    return str(given)


def right_text(question: Question, pack: Pack | None = None) -> str:
    return given_text(question, question.answer, pack)


def schedules_card(question: Question, study: bool = True) -> bool:
    """Only study answers reschedule a card, and only questions that practise one fact."""
    return study and question.type in CARD_TYPES


SCOPES = ("everything", "stage", "administration", "kind", "missed", "confusable")


def scope_ids(
    pack: Pack,
    scope: str,
    value: str | None = None,
    missed: set[str] | None = None,
) -> set[str] | None:
    """The items a quiz may ask about; None means all of them."""
    if scope == "stage" and value:
        return matching_ids(pack, Filter(stage=value))
    if scope == "administration" and value:
        return matching_ids(pack, Filter(administration=value))
    if scope == "kind" and value:
        return {item.id for item in pack.items if item.kind == value}
    if scope == "missed":
        return set(missed or ())
    if scope == "confusable":
        from egov_timeline.domain.quiz.confusables import confusable_partners

        return set(confusable_partners(pack))
    return None


# ---- study ------------------------------------------------------------------------------


def card_type(card_id: str) -> str:
    """The question type a card is practised with: "year-in-force:x" -> "year"."""
    prefix = card_id.split(":", 1)[0]
    for kind in ("year", "place"):
        if prefix == kind or prefix.startswith(kind + "-"):
            return kind
    return prefix


def due_questions(
    pack: Pack, store: ProgressStore | None, language: str = "en", seed: int | None = None
) -> list[Question]:
    """A question for every card due now that the content can still ask (a card whose
    fact the content no longer settles is left out, and not counted as due)."""
    if store is None:
        return []
    generator = QuizGenerator(pack, seed, language)
    out: list[Question] = []
    for card_id, item_id, _stored_type in store.due_cards():
        question = generator.make(card_type(card_id), item_id, card=card_id)
        if question is not None:
            out.append(question)
    return out


def due_count(pack: Pack, store: ProgressStore | None) -> int:
    """The number of cards due now, as the status bar, the quiz and the progress page say."""
    return len(due_questions(pack, store))


def confident_error_questions(
    pack: Pack, store: ProgressStore | None, language: str = "en", seed: int | None = None
) -> list[Question]:
    """A question for every card last answered wrong by a student who was sure of it, the
    most recent first, due or not: an error made with confidence is corrected best when
    it is tested again soon (Butterfield & Metcalfe 2001)."""
    if store is None:
        return []
    generator = QuizGenerator(pack, seed, language)
    out: list[Question] = []
    for card_id, item_id, _stored_type in store.confident_errors():
        if card_type(card_id) not in CARD_TYPES:  # e.g. an ordering: not one fact's card
            continue
        question = generator.make(card_type(card_id), item_id, card=card_id)
        if question is not None:
            out.append(question)
    return out


def study_queue(
    pack: Pack,
    store: ProgressStore | None,
    language: str = "en",
    new_limit: int = NEW_CARDS_PER_STUDY,
    seed: int | None = None,
    scope: set[str] | None = None,
) -> list[Question]:
    """The confident errors first, then every due card, then up to `new_limit` new ones
    (about the items of `scope` when given: what a test coming up covers), spread so that
    no two questions in a row are about the same item (nor does one answer the next)."""
    first = confident_error_questions(pack, store, language, seed)
    asked = {q.card for q in first}
    due = first + [q for q in due_questions(pack, store, language, seed) if q.card not in asked]
    known = store.card_ids() if store is not None else set()
    taken = {q.card for q in due}
    new: list[Question] = []
    if new_limit > 0:
        generator = QuizGenerator(pack, seed, language)
        for question in generator.generate(new_limit * 4 + 8, CARD_TYPES, scope):
            if question.card not in known and question.card not in taken:
                new.append(question)
                taken.add(question.card)
            if len(new) >= new_limit:
                break
    return spread([*due, *new])


def spread(questions: list[Question]) -> list[Question]:
    """The same questions, reordered as little as needed so that two in a row never share
    an item (where the questions allow it at all)."""

    def apart(a: Question | None, b: Question | None) -> bool:
        return a is None or b is None or not set(a.item_ids) & set(b.item_ids)

    left = list(questions)
    out: list[Question] = []
    while left:
        last = out[-1] if out else None
        pick = next((q for q in left if apart(last, q)), None)
        if pick is not None:
            left.remove(pick)
            out.append(pick)
            continue
        stuck = left.pop(0)
        for n in range(len(out) + 1):  # find it a place between two it shares nothing with
            if apart(out[n - 1] if n else None, stuck) and apart(
                stuck, out[n] if n < len(out) else None
            ):
                out.insert(n, stuck)
                break
        else:
            out.append(stuck)
    return out


# ---- a test coming up -------------------------------------------------------------------


def exam_scope(pack: Pack, stage: str | None) -> set[str] | None:
    """The items a test covers: one stage's, or None for everything."""
    return scope_ids(pack, "stage", stage) if stage else None


def exam_plan(
    pack: Pack,
    store: ProgressStore | None,
    exam: dt.date | None,
    stage: str | None,
    default_new: int,
    today: dt.date | None = None,
) -> ExamPlan | None:
    """The plan to have what a test on `exam` covers learned by its day: from the cards
    studied in its scope and the cards of the scope not studied yet."""
    from egov_timeline.domain.exam_plan import plan_for

    if exam is None:
        return None
    scope = exam_scope(pack, stage)
    studied = store.studied() if store is not None else set()
    candidates = QuizGenerator(pack, 0).candidates(CARD_TYPES, scope)
    unstudied = sum(1 for pair in candidates if pair not in studied)
    cards = store.card_states(scope) if store is not None else []
    return plan_for(cards, unstudied, today or dt.date.today(), exam, default_new)


def new_cards_today(plan: ExamPlan | None, store: ProgressStore | None, default_new: int) -> int:
    """New cards for a study session now: the plan's for today less those already begun
    today (a second session the same day adds no more), or the student's own number."""
    from egov_timeline.domain.exam_plan import new_cards_now

    if plan is None or store is None:
        return default_new
    midnight = dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return new_cards_now(plan, store.first_studied_since(midnight), default_new)
