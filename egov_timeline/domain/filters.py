"""Which items a filter keeps: by kind, by administration, by stage. No Qt."""

import msgspec

from egov_timeline.domain.pack import Pack


class Filter(msgspec.Struct, frozen=True):
    kinds: frozenset[str] = frozenset()  # empty: every kind
    administration: str | None = None
    stage: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.kinds or self.administration or self.stage)


def _extent(item) -> tuple[float, float]:
    end = item.end
    if end is None:
        return item.start.start_year, item.start.end_year
    return item.start.start_year, (float("inf") if end.open else end.end_year)


def _belongs(pack: Pack, item_id: str, anchor_id: str, field: str) -> bool:
    """An item belongs to an administration or stage when it names it, or when it is
    dated inside it and names no other of that kind."""
    if item_id == anchor_id:
        return True
    item = pack.by_id[item_id]
    named = getattr(item, field, None)
    if named:
        return anchor_id in named
    if anchor_id in pack.related_ids(item_id):
        return True
    start, _end = _extent(item)
    a0, a1 = _extent(pack.by_id[anchor_id])
    return a0 <= start < a1


def matching_ids(pack: Pack, flt: Filter) -> set[str]:
    """The ids the filter keeps (all of them when it is not active)."""
    ids = set(pack.by_id)
    if flt.kinds:
        ids = {i for i in ids if pack.by_id[i].kind in flt.kinds}
    if flt.administration and flt.administration in pack.by_id:
        ids = {i for i in ids if _belongs(pack, i, flt.administration, "administrations")}
    if flt.stage and flt.stage in pack.by_id:
        ids = {i for i in ids if _belongs(pack, i, flt.stage, "stages")}
    return ids


def describe_filter(pack: Pack, flt: Filter) -> str:
    parts = []
    if flt.administration and flt.administration in pack.by_id:
        parts.append(f"under {pack.by_id[flt.administration].name}")
    if flt.stage and flt.stage in pack.by_id:
        parts.append(
            f"in stage {getattr(pack.by_id[flt.stage], 'order', '')} ({pack.by_id[flt.stage].name})"
        )
    if flt.kinds:
        parts.append("kinds: " + ", ".join(sorted(flt.kinds)))
    return "Showing only what happened " + "; ".join(parts) if parts else ""
