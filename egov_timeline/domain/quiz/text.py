"""What every language's wording shares: the worded question, and sentence helpers. No Qt."""

from __future__ import annotations

import re

import msgspec


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
