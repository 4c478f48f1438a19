"""A loaded, checked content pack: items in date order and the links between them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import msgspec

from egov_timeline.domain.model import (
    KINDS,
    RELATION_LABELS,
    Item,
    relation_fields,
    relation_ids,
)

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}


class Link(msgspec.Struct, frozen=True):
    """One relation as seen from one item: `label` reads "<item> <label> <target>"."""

    field: str
    label: str
    target: str
    outgoing: bool


def chronological_key(item: Item) -> tuple:
    end = item.end.end_year if item.end is not None and not item.end.open else item.start.end_year
    return (item.start.start_year, end, _KIND_ORDER[item.kind], item.name.casefold(), item.id)


class Pack:
    """The items of a pack. Only the loader builds one, from items it has checked."""

    def __init__(
        self,
        items: Iterable[Item],
        *,
        title: str,
        description: str | None = None,
        title_ko: str | None = None,
        description_ko: str | None = None,
        origin: dict[str, tuple[str, int | None]] | None = None,
        tours: list | None = None,
    ) -> None:
        self.title = title
        self.description = description
        self.title_ko = title_ko
        self._name_owners: dict[tuple[str, str], int] | None = None
        self.description_ko = description_ko
        self.tours = list(tours or [])  # guided tours (model.Tour), in file order
        self.items: list[Item] = sorted(items, key=chronological_key)
        self.by_id: dict[str, Item] = {item.id: item for item in self.items}
        self._by_kind: dict[str, list[Item]] = {kind: [] for kind in KINDS}
        for item in self.items:
            self._by_kind[item.kind].append(item)
        self.origin = origin or {}
        self._links: dict[str, list[Link]] = {item.id: [] for item in self.items}
        for item in self.items:
            for name in relation_fields(item):
                forward, backward = RELATION_LABELS[name]
                for target in relation_ids(item, name):
                    self._links[item.id].append(Link(name, forward, target, True))
                    self._links[target].append(Link(name, backward, item.id, False))
        self._link_overlaps("administration", "stage", "stage", "during this stage")

    def _link_overlaps(self, kind_a: str, kind_b: str, label_ab: str, label_ba: str) -> None:
        # Which administrations a stage spans follows from their dates, so it is derived.
        for a in self.of_kind(kind_a):
            for b in self.of_kind(kind_b):
                if _overlap(a, b):
                    self._links[a.id].append(Link("overlaps", label_ab, b.id, True))
                    self._links[b.id].append(Link("overlaps", label_ba, a.id, False))

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self.by_id

    def get(self, item_id: str) -> Item | None:
        return self.by_id.get(item_id)

    def of_kind(self, kind: str) -> list[Item]:
        """The items of one kind, in date order (indexed once: a pack does not change)."""
        return list(self._by_kind.get(kind, ()))

    def shares_name(self, item_id: str, language: str) -> bool:
        """Whether another item has this item's name in the language (행정안전부 of
        2008-2013 and of 2017-): such names are shown with their years."""
        if self._name_owners is None:
            owners: dict[tuple[str, str], int] = {}
            for item in self.items:
                for lang, name in (("en", item.name), ("ko", item.name_ko or item.name)):
                    owners[(lang, name)] = owners.get((lang, name), 0) + 1
            self._name_owners = owners
        item = self.by_id[item_id]
        name = item.name_ko or item.name if language == "ko" else item.name
        return self._name_owners.get((language, name), 0) > 1

    def title_in(self, language: str) -> str:
        """The pack's title as a student reads it in the window's language."""
        return self.title_ko if language == "ko" and self.title_ko else self.title

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {kind: 0 for kind in KINDS}
        for item in self.items:
            counts[item.kind] += 1
        return counts

    def links(self, item_id: str) -> list[Link]:
        return list(self._links.get(item_id, []))

    def related_ids(self, item_id: str) -> list[str]:
        """Every item linked to this one, either way, in date order."""
        ids = {link.target for link in self._links.get(item_id, [])}
        ids.discard(item_id)
        return [item.id for item in self.items if item.id in ids]

    def linked(self, item_id: str, kind: str) -> list[Item]:
        return [self.by_id[i] for i in self.related_ids(item_id) if self.by_id[i].kind == kind]

    def span(self) -> tuple[float, float]:
        """The first and last fractional year any item covers (open ends excluded)."""
        if not self.items:
            return (1960.0, 2020.0)
        first = min(item.start.start_year for item in self.items)
        last = max(
            (
                item.end.end_year
                if item.end is not None and not item.end.open
                else item.start.end_year
            )
            for item in self.items
        )
        return first, last


def _extent(item: Item) -> tuple[float, float]:
    end = item.end
    if end is None:
        return item.start.start_year, item.start.end_year
    return item.start.start_year, float("inf") if end.open else end.end_year


def _overlap(a: Item, b: Item) -> bool:
    a0, a1 = _extent(a)
    b0, b1 = _extent(b)
    return a0 < b1 and b0 < a1


def body_chain(
    pack: Pack, item_id: str, earlier_of: Callable[[str], list[str]], *, only_one: bool
) -> list[str]:
    """A body's earlier and later items in order, itself included: back through
    `earlier_of` (stopping where there is none, or with `only_one` where there are several),
    forward through `renamed_to`; never round a circle."""
    from egov_timeline.domain.model import Agency

    before: list[str] = []
    seen = {item_id}
    current = item_id
    while True:
        earlier = [e for e in earlier_of(current) if e not in seen]
        if not earlier or (only_one and len(earlier) != 1):
            break
        current = earlier[0]
        seen.add(current)
        before.insert(0, current)
    out = [*before, item_id]
    current = item_id
    while True:
        body = pack.by_id[current]
        later = body.renamed_to if isinstance(body, Agency) else None
        if not later or later in seen or later not in pack.by_id:
            break
        seen.add(later)
        out.append(later)
        current = later
    return out
