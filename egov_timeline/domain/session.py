"""A quiz in progress: which question is asked, what was answered, the summary. No Qt."""

import msgspec

from egov_timeline.domain.filters import Filter, matching_ids
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import CARD_TYPES, Question, is_right, score


class Answer(msgspec.Struct):
    question: Question
    given: int | list[str] | None
    score: float
    right: bool
    rating: int | None = None


class QuizSession:
    def __init__(self, questions: list[Question], *, study: bool = False, title: str = "Quiz"):
        self.questions = list(questions)
        self.study = study
        self.title = title
        self.index = 0
        self.answers: list[Answer] = []

    @property
    def current(self) -> Question | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def answered_current(self) -> bool:
        return len(self.answers) > self.index

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    def answer(self, given: int | list[str] | None) -> Answer:
        question = self.current
        if question is None:
            raise IndexError("the quiz is over")
        if self.answered_current:
            return self.answers[self.index]
        result = Answer(question, given, score(question, given), is_right(question, given))
        self.answers.append(result)
        return result

    def next(self) -> Question | None:
        if self.answered_current:
            self.index += 1
        return self.current

    @property
    def total_score(self) -> float:
        return sum(a.score for a in self.answers)

    def mistakes(self) -> list[Question]:
        return [a.question for a in self.answers if not a.right]


def given_text(question: Question, given: int | list[str] | None, pack: Pack) -> str:
    """What the learner answered, in words."""
    if given is None:
        return "(no answer)"
    if question.type == "order":
        return " \u2192 ".join(pack.by_id[i].name for i in given if i in pack.by_id)  # type: ignore[union-attr]
    if isinstance(given, int) and 0 <= given < len(question.choices):
        return question.choices[given]
    return str(given)


def right_text(question: Question, pack: Pack) -> str:
    return given_text(question, question.answer, pack)


def schedules_card(question: Question) -> bool:
    """Whether answering this question moves its card in the spaced-repetition schedule."""
    return question.type in CARD_TYPES or question.type == "true_false"


SCOPES = ("everything", "stage", "administration", "kind", "missed")


def scope_ids(
    pack: Pack, scope: str, value: str | None = None, missed: set[str] | None = None
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
    return None
