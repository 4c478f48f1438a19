"""What every language's wording shares: the worded question, and sentence helpers. No Qt."""

from __future__ import annotations

import re

import msgspec

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import Item, Law
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec


class Worded(msgspec.Struct, frozen=True):
    prompt: str
    choices: list[str]
    explanation: str


# Words about how the content was made: an explanation for students never quotes them.
_EDITORIAL = re.compile(r"\bseed\b|바탕 문서|reference-facts|\.json|\.yaml", re.I)


def sentences(text: str) -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"(.+?[.!?])(?:\s|$)", text.strip())] or [
        text.strip()
    ]


def context_sentence(text: str | None) -> str:
    """The first sentence of a summary that speaks to a student, not about the sources."""
    for sentence in sentences(text or ""):
        if sentence and not _EDITORIAL.search(sentence):
            return sentence
    return ""


class Wording:
    """What English and Korean do alike: a question is worded by the method named after its
    type (`_year`, `_law`, …), an explanation ends with the item's context, and a law's
    other date is added when it is certain. Each language supplies the words."""

    def __init__(self, pack: Pack, shared: set[str]) -> None:
        self.pack = pack
        self.shared = shared  # names more than one item carries

    def choice(self, spec: QuestionSpec, choice: Choice) -> str:
        raise NotImplementedError

    def context(self, item: Item) -> str:
        raise NotImplementedError

    def came_into_force(self, date: HistDate) -> str:
        """'It came into force on …', in the language."""
        raise NotImplementedError

    def had_been_enacted(self, date: HistDate) -> str:
        raise NotImplementedError

    def word(self, spec: QuestionSpec) -> Worded:
        item = self.pack.by_id[spec.item]
        choices = [self.choice(spec, c) for c in spec.choices]
        # every type of QUESTION_TYPES has its method in each language (tests check it)
        prompt, explanation = getattr(self, f"_{spec.type}")(spec, item)
        return Worded(prompt=prompt, choices=choices, explanation=explanation)

    def _with_context(self, text: str, item: Item, extra: str = "") -> str:
        parts = [text.rstrip(".") + ".", extra, self.context(item)]
        return " ".join(p for p in parts if p)

    def _in_force_note(self, item: Item, event: Event) -> str:
        if isinstance(item, Law) and event.event == "enacted" and item.in_force is not None:
            if "in_force" not in item.uncertain:
                return self.came_into_force(item.in_force)
        if isinstance(item, Law) and event.event == "in force":
            return self.had_been_enacted(item.start)
        return ""
