"""The resolved content as plain data, for `egov-timeline export` and other programs."""

from __future__ import annotations

from typing import Any

import msgspec

from egov_timeline import __version__
from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import Item
from egov_timeline.domain.pack import Pack

# Written first, in this order; the rest of an item's fields follow.
_LEADING = ("id", "kind", "name", "acronym", "name_ko", "start", "end", "precision")


def item_record(pack: Pack, item: Item) -> dict[str, Any]:
    raw = msgspec.to_builtins(item, enc_hook=_encode)
    raw.pop("kind", None)
    record: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind,
        "name": item.name,
        "acronym": item.acronym,
        "name_ko": item.name_ko,
        "start": item.start.iso(),
        "end": item.end.iso() if item.end is not None else None,
        "precision": item.precision,
        "end_precision": item.end.precision if item.end is not None and not item.end.open else None,
        "related": pack.related_ids(item.id),
    }
    for key, value in raw.items():
        if key not in record:
            record[key] = value
    return record


def export_pack(pack: Pack) -> dict[str, Any]:
    return {
        "format": "egov-timeline-export",
        "version": 1,
        "app_version": __version__,
        "pack": pack.title,
        "pack_ko": pack.title_ko,
        "items": [item_record(pack, item) for item in pack.items],
    }


def export_json(pack: Pack) -> bytes:
    return msgspec.json.format(msgspec.json.encode(export_pack(pack)), indent=2)


def _encode(value: Any) -> Any:
    if isinstance(value, HistDate):
        return value.iso()
    raise NotImplementedError(type(value))
