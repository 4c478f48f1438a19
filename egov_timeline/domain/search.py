"""Forgiving search over names, acronyms, Korean names, aliases and text. No Qt.

"roh moo hyun", "Roh Mu-hyun" and "ROH MOO-HYUN" all find Roh Moo-hyun; "전자정부법" finds
the E-Government Act. Matching ignores case, spaces, hyphens and punctuation.
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
_EXACT, _PREFIX, _WITHIN, _WORDS, _TEXT = 400, 300, 200, 150, 100
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
            if not best and len(q) >= 3 and phrase in text:
                best, matched = _TEXT, "text"
            if best:
                hits.append(Hit(item_id, best, matched))
        order = {item.id: k for k, item in enumerate(self.pack.items)}
        hits.sort(key=lambda h: (-h.score, order[h.item_id]))
        return hits[:limit]


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
