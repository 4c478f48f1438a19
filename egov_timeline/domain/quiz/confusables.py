"""Items students mix up, and a drill that asks them side by side. No Qt.

Mixing easily confused items in one practice helps tell them apart (Rohrer 2012). Two items
are confusable when one body was renamed the other (the National Computerization Agency and
the National Information Society Agency), when their acronyms use the same letters or
differ by one (MOPAS and MOSPA), when their names share most of their words (the Ministry
of Government Administration and the Ministry of Government Administration and Home
Affairs), when two of a kind began within three months of each other (MOIS and MSIT, July
2017), or when this student took one for the other. A drill asks about these items only,
each question with the item's partners among its choices, partners one after the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from egov_timeline.domain.model import Agency, Item
from egov_timeline.domain.pack import Pack

_WORD = re.compile(r"[a-z0-9]+")
_SMALL = {"of", "and", "the", "for", "on", "in", "a", "to"}


def _words(name: str) -> set[str]:
    return {w for w in _WORD.findall(name.lower()) if w not in _SMALL}


def _acronyms_alike(a: str, b: str) -> bool:
    """MOPAS and MOSPA: the same letters; NCA and NIA: one letter apart."""
    if len(a) < 3 or len(b) < 3 or a == b:
        return False
    if sorted(a) == sorted(b):
        return True
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _names_alike(a: Item, b: Item) -> bool:
    """Most words in common (three or more words each)."""
    wa, wb = _words(a.name), _words(b.name)
    if len(wa) < 3 or len(wb) < 3:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.6


CLOSE_IN_TIME = 0.25  # years: two of a kind that began within three months of each other


def _close_in_time(a: Item, b: Item) -> bool:
    """Two items of a kind that began within three months of each other, both dated to the
    month or the day (the Ministry of the Interior and Safety and the Ministry of Science
    and ICT, both of July 2017): which came when is easy to mix up."""
    precise = ("day", "month")
    return (
        a.start.precision in precise
        and b.start.precision in precise
        and abs(a.start.start_year - b.start.start_year) <= CLOSE_IN_TIME
    )


def confusable_partners(
    pack: Pack, confused: Iterable[frozenset[str]] = ()
) -> dict[str, frozenset[str]]:
    """For each item that can be mixed up with others, those others; `confused` adds the
    pairs a student mixed up (an item, and what a wrong answer took it for)."""
    partners: dict[str, set[str]] = {}

    def pair(a: str, b: str) -> None:
        if a != b and a in pack.by_id and b in pack.by_id:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)

    items = [i for i in pack.items if i.kind in ("project", "law", "agency")]
    for item in items:
        if isinstance(item, Agency) and item.renamed_to:
            pair(item.id, item.renamed_to)  # one body under two names
    for n, a in enumerate(items):
        for b in items[n + 1 :]:
            if a.kind != b.kind:
                continue
            if (
                (a.acronym and b.acronym and _acronyms_alike(a.acronym, b.acronym))
                or _names_alike(a, b)
                or _close_in_time(a, b)
            ):
                pair(a.id, b.id)
    for both in confused:
        if len(both) == 2:
            first, second = sorted(both)
            pair(first, second)
    return {k: frozenset(v) for k, v in partners.items()}


def interleaved(ids_in_order: list[str], partners: dict[str, frozenset[str]]) -> list[int]:
    """An order for questions about these items in which each is followed by a question on
    one of its partners where the set has one: positions into `ids_in_order`."""
    left = list(range(len(ids_in_order)))
    order: list[int] = []
    while left:
        current = left.pop(0)
        order.append(current)
        near = partners.get(ids_in_order[current], frozenset())
        follow = next((k for k in left if ids_in_order[k] in near), None)
        if follow is not None:
            left.remove(follow)
            order.append(follow)
    return order
