"""What every language's wording shares: the worded question, and sentence helpers. No Qt."""

from __future__ import annotations

import re

import msgspec


class Worded(msgspec.Struct, frozen=True):
    prompt: str
    choices: list[str]
    explanation: str


def first_sentence(text: str) -> str:
    """The text's first sentence (Korean and English both end sentences with . ! ?)."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()
