"""Quiz questions made from the content (no Qt).

Correct once, worded per language: `generator` decides on data what is asked and what the
answer is (a `spec.QuestionSpec`), each family of question in a module of its own (`dates`,
`periods`, `statements`, `acronyms`, `relations`) with what they share in `picking`;
`wording_en` and `wording_ko` each word a spec from the spec and the content, never from the
other language; `scoring` marks answers."""

from egov_timeline.domain.quiz.question import (
    Question,
    QuizGenerator,
    is_right,
    sample_questions,
    score,
)
from egov_timeline.domain.quiz.scoring import order_score, place_score
from egov_timeline.domain.quiz.spec import CARD_TYPES, QUESTION_TYPES, QuestionSpec
from egov_timeline.domain.quiz.wording_en import TYPE_NAMES
from egov_timeline.domain.quiz.wording_ko import TYPE_NAMES as TYPE_NAMES_KO


def type_name(kind: str, language: str = "en") -> str:
    """What a kind of question is called, in the language."""
    names = TYPE_NAMES_KO if language == "ko" else TYPE_NAMES
    return names.get(kind, kind)


__all__ = [
    "CARD_TYPES",
    "QUESTION_TYPES",
    "TYPE_NAMES",
    "TYPE_NAMES_KO",
    "Question",
    "QuestionSpec",
    "QuizGenerator",
    "is_right",
    "order_score",
    "place_score",
    "sample_questions",
    "score",
    "type_name",
]
