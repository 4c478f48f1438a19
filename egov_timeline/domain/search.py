"""Forgiving search over names, acronyms, Korean names, aliases and text. No Qt.

"roh moo hyun", "Roh Mu-hyun" and "ROH MOO-HYUN" all find Roh Moo-hyun; "전자정부법" finds
the E-Government Act. Matching ignores case, spaces, hyphens and punctuation; a slip of the
keys ("goverment act") still finds the name (edit distance, rapidfuzz's OSA), ranked below
true matches; Korean initial consonants ("ㅈㅈㅈㅂ", as Korean search boxes allow) find the
names whose syllables begin with them.
"""

import re
import unicodedata

import msgspec

from egov_timeline.domain.model import Agency, Item, Stage
from egov_timeline.domain.pack import Pack

_SKIP = re.compile(r"[\s\-\u2010-\u2015_.,:;'\"`\u00b7()/\[\]&]+")


def fold(text: str) -> str:
    """Text reduced to what a search should compare: case, spacing and hyphens gone."""
    return _SKIP.sub("", unicodedata.normalize("NFKC", text).casefold())


def words(text: str) -> list[str]:
    """Lower-case words, hyphens and punctuation as spaces: "E-Government Act" has three."""
    return [w for w in _SKIP.split(unicodedata.normalize("NFKC", text).casefold()) if w]


class Hit(msgspec.Struct, frozen=True):
    item_id: str
    score: int
    matched: str  # which field matched, e.g. "name", "alias", "text"


# Higher is better; the first field that matches decides.
_EXACT, _PREFIX, _WITHIN, _WORDS, _NEAR, _TEXT = 400, 300, 200, 150, 120, 100
# Korean initial consonants: a keyboard types them as compatibility jamo ("ㅈ"), which
# `fold` (NFKC) turns into the 19 leading consonants U+1100..U+1112, in the order of a
# syllable's initial, (code - 0xAC00) // 588, as the Unicode Standard composes Hangul
# (chapter 3.12). Arithmetic the standard defines: no library needed.
_LEADS = range(0x1100, 0x1113)
_SYLLABLES = range(0xAC00, 0xD7A4)
_FIELD_BONUS = {"name": 40, "acronym": 35, "name_ko": 30, "alias": 20, "words": 0, "text": 0}


class SearchIndex:
    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self._entries: list[tuple[str, list[tuple[str, str]], str]] = []
        self._words: dict[str, list[list[str]]] = {}
        for item in pack.items:
            names = [("name", fold(item.name))]
            if item.acronym:
                names.append(("acronym", fold(item.acronym)))
            if item.name_ko:
                names.append(("name_ko", fold(item.name_ko)))
            names += [("alias", fold(alias)) for alias in item.aliases]
            # text keeps its word breaks so that a short query does not match across words
            text = " " + " ".join(words(_text(item))) + " "
            self._entries.append((item.id, [(f, n) for f, n in names if n], text))
            labels = [item.name, *(item.aliases)] + ([item.acronym] if item.acronym else [])
            self._words[item.id] = [words(label) for label in labels]

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        q = fold(query)
        if not q:
            return []
        query_words = words(query)
        phrase = " " + " ".join(query_words)
        initials = any(ord(ch) in _LEADS for ch in q)
        near = len(q) >= 4 and not initials
        hits: list[Hit] = []
        for item_id, names, text in self._entries:
            best = 0
            matched = ""
            for field, name in names:
                if name == q:
                    score = _EXACT
                elif name.startswith(q):
                    score = _PREFIX
                elif q in name:
                    score = _WITHIN
                else:
                    continue
                score += _FIELD_BONUS[field]
                if score > best:
                    best, matched = score, field
            if (
                not best
                and len(query_words) > 1
                and any(
                    all(any(w.startswith(qw) for w in label) for qw in query_words)
                    for label in self._words[item_id]
                )
            ):
                best, matched = _WORDS, "words"  # "e-gov act": each word starts a word of the name
            if not best and initials:
                for field, name in names:
                    at = _initials_at(q, name)
                    if at is not None:
                        whole = at == 0 and len(name) == len(q)
                        score = _EXACT if whole else _PREFIX if at == 0 else _WITHIN
                        # the name the initials cover most of comes first: 전자정부법
                        # (ㅈㅈㅈㅂㅂ) before 전자정부 구현을 위한 …
                        score += max(0, 50 - (len(name) - len(q)))
                        if score > best:
                            best, matched = score, field
            if not best and len(q) >= 3 and phrase in text:
                best, matched = _TEXT, "text"
            if best:
                hits.append(Hit(item_id, best, matched))
        if near and not any(hit.score >= _WORDS for hit in hits):
            # no name matches as typed: the names one slip a word away ("goverment act"),
            # fewest slips first, above words found only in the text
            found = {hit.item_id for hit in hits}
            for item_id, _names, _words in self._entries:
                slips = None if item_id in found else self._slips(item_id, query_words)
                if slips is not None:
                    hits.append(Hit(item_id, _NEAR - slips, "near"))
        order = {item.id: k for k, item in enumerate(self.pack.items)}
        hits.sort(key=lambda h: (-h.score, order[h.item_id]))
        return hits[:limit]

    def _slips(self, item_id: str, query_words: list[str]) -> int | None:
        """How few slips of the keys make every word of the query a word of one of the
        item's names (or the start of one): one letter wrong, missing, extra or two
        swapped, two in a long word. None when no name comes that close."""
        fewest = None
        for label in self._words[item_id]:
            total = 0
            for qw in query_words:
                slips = [n for n in (_slip(qw, w) for w in label) if n is not None]
                if not slips:
                    break
                total += min(slips)
            else:
                fewest = total if fewest is None else min(fewest, total)
        return fewest


def _slip(typed: str, word: str) -> int | None:
    """How many slips make `typed` the word or its start, if few enough for its length:
    none in a word of one or two letters, only two swapped in one of three, one up to
    seven letters, two beyond."""
    if typed == word or word.startswith(typed):
        return 0
    if len(typed) <= 2:
        return None
    if len(typed) == 3:
        return 1 if len(word) == 3 and sorted(typed) == sorted(word) else None
    # imported here: rapidfuzz takes ~25 ms to import, and start-up never needs it
    from rapidfuzz.distance import OSA

    allowed = 1 if len(typed) <= 7 else 2
    found = OSA.distance(typed, word, score_cutoff=allowed)
    if len(typed) >= 5:  # typed only the start of the word, with a slip in it
        for n in (len(typed) - 1, len(typed), len(typed) + 1):
            if n < len(word):
                found = min(found, OSA.distance(typed, word[:n], score_cutoff=allowed))
    return found if found <= allowed else None


def _initials_at(query: str, name: str) -> int | None:
    """Where in `name` the query matches, a typed initial consonant standing for any
    syllable that begins with it ("ㅈㅈㅈㅂ" in "전자정부법" at 0); None if nowhere."""
    for start in range(len(name) - len(query) + 1):
        for typed, ch in zip(query, name[start : start + len(query)], strict=True):
            if typed == ch:
                continue
            code = ord(ch)
            if ord(typed) in _LEADS and code in _SYLLABLES:
                if 0x1100 + (code - 0xAC00) // 588 == ord(typed):
                    continue
            break
        else:
            return start
    return None


def _text(item: Item) -> str:
    """Every text the item shows, in both languages: a Korean search finds Korean words."""
    parts = [item.summary, item.summary_ko, item.note, item.note_ko, item.seed_says]
    for m in item.milestones:
        parts += [m.text, m.text_ko]
    match item:
        case Agency():
            parts += [item.role, item.role_ko, *item.missions, *item.missions_ko]
        case Stage():
            parts += [*item.accomplishments, *item.accomplishments_ko]
    return " ".join(p for p in parts if p)
