"""How well each stage and each kind of item is known, from the progress store. No Qt."""

from egov_timeline.domain.filters import Filter, matching_ids
from egov_timeline.domain.model import KINDS
from egov_timeline.domain.pack import Pack


def mastery_by_stage(pack: Pack, strengths: dict[str, float]) -> dict[str, float]:
    """Stage id -> mean strength (0..1) of the items in it; unstudied items count as 0."""
    result: dict[str, float] = {}
    for stage in pack.of_kind("stage"):
        ids = [i for i in matching_ids(pack, Filter(stage=stage.id)) if i != stage.id]
        result[stage.id] = sum(strengths.get(i, 0.0) for i in ids) / len(ids) if ids else 0.0
    return result


def mastery_by_kind(pack: Pack, strengths: dict[str, float]) -> dict[str, float]:
    result: dict[str, float] = {}
    for kind in KINDS:
        if kind == "stage":
            continue  # stages frame the history; their items carry the knowledge
        ids = [item.id for item in pack.of_kind(kind)]
        if ids:
            result[kind] = sum(strengths.get(i, 0.0) for i in ids) / len(ids)
    return result
