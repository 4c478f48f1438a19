"""What a valid pack still lacks for a Korean classroom: every text a student reads, in
Korean as well as English.

These are warnings for any pack (it still opens; the window shows the English where the
Korean is missing) and errors for the bundled pack, which must be complete.
"""

from __future__ import annotations

from collections.abc import Iterator

from egov_timeline.domain.loading.problems import Problem
from egov_timeline.domain.model import Administration, Agency, Item, Law, Stage, Tour
from egov_timeline.domain.pack import Pack

_ADD = "add it in Korean: the same facts, nothing added"


def _pairs(item: Item) -> list[tuple[str, object, object]]:
    """(Korean field, English value, Korean value) for each text the item shows."""
    pairs: list[tuple[str, object, object]] = [
        ("name_ko", item.name, item.name_ko),
        ("summary_ko", item.summary, item.summary_ko),
        ("note_ko", item.note, item.note_ko),
        ("seed_says_ko", item.seed_says, item.seed_says_ko),
    ]
    match item:
        case Stage():
            pairs.append(("label_ko", item.label, item.label_ko))
        case Administration():
            pairs.append(("end_reason_ko", item.end_reason, item.end_reason_ko))
        case Law():
            pairs.append(("number_ko", item.number, item.number_ko))
        case Agency():
            pairs.append(("role_ko", item.role, item.role_ko))
    return pairs


def _lists(item: Item) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    match item:
        case Stage():
            return [("accomplishments_ko", item.accomplishments, item.accomplishments_ko)]
        case Agency():
            return [("missions_ko", item.missions, item.missions_ko)]
    return []


def korean_gaps(
    pack: Pack,
    info_file: str = "pack.yaml",
    tour_origin: dict[str, tuple[str, int | None]] | None = None,
) -> Iterator[Problem]:
    """One problem per text that has English and no Korean, file by file."""
    for item in pack.items:
        file, line = pack.origin.get(item.id, ("", None))
        for field, message in _item_gaps(item):
            yield Problem(file=file, line=line, item=item.id, field=field, message=message)
    for tour in pack.tours:
        file, line = (tour_origin or {}).get(tour.id, ("", None))
        for field in _tour_gaps(tour):
            message = f"has no Korean text; {_ADD}"
            yield Problem(
                file=file, line=line, item=f"tour {tour.id}", field=field, message=message
            )
    if not pack.title_ko:
        yield Problem(file=info_file, field="title_ko", message=f"has no Korean; {_ADD}")
    if pack.description and not pack.description_ko:
        yield Problem(file=info_file, field="description_ko", message=f"has no Korean; {_ADD}")


def _item_gaps(item: Item) -> list[tuple[str, str]]:
    gaps = [
        (field, f"has no Korean text; {_ADD}")
        for field, english, korean in _pairs(item)
        if english and not korean
    ]
    for field, english, korean in _lists(item):
        if english and len(korean) != len(english):
            gaps.append(
                (
                    field,
                    f"has {len(korean)} entries for the {len(english)} in English; give each "
                    "one in Korean, in the same order",
                )
            )
    for n, milestone in enumerate(item.milestones, 1):
        if not milestone.text_ko:
            gaps.append((f"milestones[{n}].text_ko", f"milestone {n} has no Korean text; {_ADD}"))
    return gaps


def _tour_gaps(tour: Tour) -> list[str]:
    fields = []
    if not tour.title_ko:
        fields.append("title_ko")
    if tour.description and not tour.description_ko:
        fields.append("description_ko")
    for n, stop in enumerate(tour.stops, 1):
        if not stop.title_ko:
            fields.append(f"stops[{n}].title_ko")
        if not stop.caption_ko:
            fields.append(f"stops[{n}].caption_ko")
    return fields
