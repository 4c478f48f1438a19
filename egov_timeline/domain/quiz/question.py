"""A question as a student sees it: a spec worded in one language. No Qt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import msgspec

from egov_timeline.domain.model import Tour
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import facts, scoring
from egov_timeline.domain.quiz.generator import SpecGenerator
from egov_timeline.domain.quiz.spec import QUESTION_TYPES, QuestionSpec
from egov_timeline.domain.quiz.wording_en import English
from egov_timeline.domain.quiz.wording_ko import Korean


class Question(msgspec.Struct, kw_only=True):
    spec: QuestionSpec
    language: str
    prompt: str
    choices: list[str]
    explanation: str

    # ---- what the spec decided -----------------------------------------------------------
    @property
    def type(self) -> str:
        return self.spec.type

    @property
    def answer(self) -> int | list[str]:
        return self.spec.answer

    @property
    def right_choice(self) -> int:
        """The index of the right choice: every type but "order"."""
        return self.spec.right_choice

    @property
    def right_order(self) -> list[str]:
        """The ids in the right order: "order" only."""
        return self.spec.right_order

    @property
    def card(self) -> str:
        return self.spec.card

    @property
    def item_ids(self) -> list[str]:
        return self.spec.item_ids

    @property
    def choice_ids(self) -> list[str | None]:
        return [c.id for c in self.spec.choices]

    @property
    def year(self) -> float | None:
        return self.spec.year

    def public(self) -> dict[str, Any]:
        """The fields `quiz-sample` prints."""
        asked = self.spec.asked
        statement = self.spec.statement
        return {
            "type": self.type,
            "prompt": self.prompt,
            "choices": self.choices,
            "answer": self.answer,
            "item_ids": self.item_ids,
            "explanation": self.explanation,
            "choice_ids": self.choice_ids,
            "asked": (
                {"item": asked.item, "event": asked.event, "date": asked.date.iso()}
                if asked is not None
                else {"item": self.spec.item, "event": None, "date": None}
            ),
            **(
                {
                    "statement": {
                        "item": statement.item,
                        "event": statement.event,
                        "stated": statement.stated,
                    }
                }
                if statement is not None
                else {}
            ),
        }


def score(question: Question, given: int | list[str] | None) -> float:
    return scoring.score(question.spec, given)


def is_right(question: Question, given: int | list[str] | None) -> bool:
    return scoring.is_right(question.spec, given)


DRILL_TYPES = ("acronym", "agency", "law", "member")  # whose choices are items


class QuizGenerator:
    """Makes questions from a pack, worded in one language. The same pack and seed give the
    same questions, in English and in Korean alike."""

    def __init__(self, pack: Pack, seed: int | None = None, language: str = "en") -> None:
        self.pack = pack
        self.language = language
        self.specs = SpecGenerator(pack, seed)
        shared = self.specs.shared
        self.wording = Korean(pack, shared) if language == "ko" else English(pack, shared)

    @property
    def rng(self):
        return self.specs.rng

    def word(self, spec: QuestionSpec) -> Question:
        worded = self.wording.word(spec)
        return Question(
            spec=spec,
            language=self.language,
            prompt=worded.prompt,
            choices=worded.choices,
            explanation=worded.explanation,
        )

    def candidates(
        self, types: Iterable[str] = QUESTION_TYPES, scope: set[str] | None = None
    ) -> list[tuple[str, str]]:
        return self.specs.candidates(types, scope)

    def generate(
        self, count: int, types: Iterable[str] = QUESTION_TYPES, scope: set[str] | None = None
    ) -> list[Question]:
        return [self.word(s) for s in self.specs.generate(count, types, scope)]

    def drill(
        self,
        count: int,
        types: Iterable[str] = QUESTION_TYPES,
        confused: Iterable[frozenset[str]] = (),
    ) -> list[Question]:
        """A "tell them apart" set: questions on the items students mix up (and the pairs
        in `confused`, which this student mixed up), each with the items it is mixed up with
        among its choices, partners asked one after the other."""
        from egov_timeline.domain.quiz.confusables import confusable_partners, interleaved

        confused = list(confused)
        partners = confusable_partners(self.pack, confused)
        # the kinds of question whose choices are items, where partners can stand side by
        # side; the others only where too few of those can be made
        types = list(types)
        side_by_side = [t for t in types if t in DRILL_TYPES]
        # what this student mixed up comes first: the content's look-alikes fill the rest
        own = {i for pair in confused for i in pair if i in partners}
        self.specs.partners = partners
        specs: list[QuestionSpec] = []
        try:
            for scope in (own, set(partners)):
                for kinds in (side_by_side or types, types):
                    asked = {s.item for s in specs}
                    wanted = count - len(specs)
                    if wanted <= 0 or not scope - asked:
                        break
                    more = self.specs.generate(wanted, kinds, scope - asked)
                    specs += [s for s in more if s.item not in asked]
        finally:
            self.specs.partners = {}
        order = interleaved([s.item for s in specs], partners)
        return [self.word(specs[k]) for k in order]

    def for_tour(self, tour: Tour, count: int = 3) -> list[Question]:
        """Questions on what a tour shows, the same ones before and after it (the seed is
        the tour's): short kinds that fit its card, no ordering or placing."""
        import zlib

        scope = {stop.item for stop in tour.stops if stop.item and stop.item in self.pack.by_id}
        generator = QuizGenerator(self.pack, zlib.crc32(tour.id.encode()), self.language)
        types = [t for t in QUESTION_TYPES if t not in ("order", "place")]
        return generator.generate(count, types, scope)

    def about(self, item_id: str, confused: Iterable[frozenset[str]] = ()) -> Question | None:
        """A drill question on this item, its look-alikes among the choices: what a wrong
        answer chose, asked again."""
        from egov_timeline.domain.quiz.confusables import confusable_partners

        self.specs.partners = confusable_partners(self.pack, confused)
        try:
            for kind in (*DRILL_TYPES, "year", "stage"):
                spec = self.specs.make(kind, item_id)
                if spec is not None:
                    return self.word(spec)
            return None
        finally:
            self.specs.partners = {}

    def make(
        self,
        kind: str,
        item_id: str,
        scope: set[str] | None = None,
        *,
        card: str | None = None,
    ) -> Question | None:
        spec = self.specs.make(kind, item_id, scope, card=card)
        return self.word(spec) if spec is not None else None


def sample_questions(
    pack: Pack, count: int, seed: int | None, language: str = "en"
) -> list[Question]:
    """What `egov-timeline quiz-sample` prints (and the worksheet and class quiz ask)."""
    return QuizGenerator(pack, seed, language).generate(count)


__all__ = ["Question", "QuizGenerator", "facts", "is_right", "sample_questions", "score"]
