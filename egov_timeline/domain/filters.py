"""Which items a filter keeps: by kind, by administration, by stage. No Qt."""

import msgspec

from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.model import Stage, named_in
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.timeline import KIND_NAMES


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
    named = named_in(item, field)
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


def describe_filter(pack: Pack, flt: Filter, language: str = "en") -> str:
    """One line saying what the filter keeps, in English or Korean ("" when it keeps all)."""
    ko = language == "ko"
    parts = []
    if flt.administration and flt.administration in pack.by_id:
        name = item_name(pack.by_id[flt.administration], language)
        parts.append(f"{name} 정부 시기" if ko else f"under {name}")
    if flt.stage and flt.stage in pack.by_id:
        stage = pack.by_id[flt.stage]
        order = stage.order if isinstance(stage, Stage) else ""
        name = item_name(stage, language)
        parts.append(f"{order}단계({name})" if ko else f"in stage {order} ({name})")
    if flt.kinds:
        kinds = ", ".join(tr(KIND_NAMES[k], language) for k in sorted(flt.kinds) if k in KIND_NAMES)
        parts.append(f"종류: {kinds}" if ko else f"kinds: {kinds.lower()}")
    if not parts:
        return ""
    if ko:
        return "표시 중: " + ", ".join(parts) + "에 해당하는 항목만"
    return "Showing only what happened " + "; ".join(parts)


def filter_result(pack: Pack, flt: Filter, language: str = "en") -> str:
    """How many items the filter keeps besides what it is set to, or, when it keeps none,
    what to do ("" when it keeps all)."""
    if not flt.active:
        return ""
    chosen = {flt.administration, flt.stage}
    count = sum(1 for i in matching_ids(pack, flt) if i not in chosen)
    if language == "ko":
        if count == 0:
            return "해당하는 항목이 없습니다. 다른 정부나 단계를 골라 보세요."
        return f"항목 {count}개"
    if count == 0:
        return "no item matches: choose another administration or stage."
    return f"{count} item" + ("" if count == 1 else "s")
