"""Korean particles chosen by the last sound of the word they follow: 은/는, 이/가, 을/를,
과/와, (으)로, 이었다/였다. Hangul and numbers are read by `tossi`; a word that ends in a
Latin letter is read by that letter's Korean name (NIA는: 에이; KONEPS는: 에스; HTML을:
엘), so there is never an "은(는)" fallback. No Qt."""

from __future__ import annotations

import re

import tossi

# The Korean name of each Latin letter, as acronyms are read aloud.
_LETTERS = {
    "a": "에이", "b": "비", "c": "씨", "d": "디", "e": "이", "f": "에프", "g": "지",
    "h": "에이치", "i": "아이", "j": "제이", "k": "케이", "l": "엘", "m": "엠", "n": "엔",
    "o": "오", "p": "피", "q": "큐", "r": "알", "s": "에스", "t": "티", "u": "유",
    "v": "브이", "w": "더블유", "x": "엑스", "y": "와이", "z": "지",
}  # fmt: skip
_TRAILING = re.compile(r"(\s*(\([^()]*\)|[\u2018\u2019\u201c\u201d\"'\s.,]))+$")


def reading(word: str) -> str:
    """What decides the particle: the word's last Hangul syllable, digits, or letter name.
    A closing part in brackets or quotes is skipped: 행정자치부(MOGAHA) reads as 행정자치부."""
    core = _TRAILING.sub("", word) or word
    last = core[-1:] if core else ""
    if last.isascii() and last.isalpha():
        return _LETTERS[last.lower()]
    if last.isdigit():
        digits = re.search(r"[\d.]+$", core)
        return digits.group(0) if digits else last
    return core


def josa(word: str, particle: str) -> str:
    """The word with the particle that fits it: josa("NIA", "은") == "NIA는"."""
    return word + tossi.pick(reading(word), particle)


def copula_past(word: str) -> str:
    """'X이었다' or 'X였다'."""
    return word + tossi.pick(reading(word), "이었다")
