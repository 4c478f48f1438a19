"""Whatever pack `validate` accepts opens in the window: generated packs with extreme but
valid dates, orders, names and relations are shown, zoomed, selected and quizzed without
an error."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egov_timeline.domain.loading.loader import load_pack
from egov_timeline.domain.timescale import TimeScale
from tests.domain.packs import write_pack

# Any printable text but the text-direction characters the loader refuses.
_names = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc"),
        blacklist_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
    ),
    min_size=1,
    max_size=40,
).filter(str.strip)
_years = st.integers(1000, 2999)
_dates = st.one_of(
    _years.map(str),
    st.tuples(_years, st.integers(1, 12)).map(lambda ym: f"{ym[0]}-{ym[1]:02d}"),
    st.tuples(_years, st.integers(1, 12), st.integers(1, 28)).map(
        lambda d: f"{d[0]}-{d[1]:02d}-{d[2]:02d}"
    ),
    st.integers(100, 299).map(lambda d: f"{d * 10}s"),
)
_kinds = st.sampled_from(["stage", "administration", "project", "law", "agency"])


@st.composite
def packs(draw) -> str:
    count = draw(st.integers(1, 12))
    items = []
    of_kind: dict[str, list[str]] = {}
    orders = iter(draw(st.lists(st.integers(1, 1000), min_size=count, max_size=count, unique=True)))
    for n in range(count):
        kind = draw(_kinds)
        item = {
            "id": f"i{n}",
            "kind": kind,
            "name": draw(_names),
            "start": draw(_dates),
            "summary": draw(_names),
            "sources": [{"title": draw(_names)}],
        }
        if draw(st.booleans()):
            item["end"] = draw(st.one_of(_dates, st.just("open")))
        if draw(st.booleans()):
            item["acronym"] = draw(_names)
        if kind == "stage":
            item["order"] = next(orders)
            item["label"] = draw(_names)
        same = of_kind.setdefault(kind, [])
        if draw(st.booleans()) and same:
            target = draw(st.sampled_from(same))
            field = {
                "project": "part_of",
                "agency": "renamed_to",
                "law": "succeeded_by",
                "stage": "related",
                "administration": "related",
            }[kind]
            item[field] = [target] if field == "related" else target
        items.append(item)
        same.append(item["id"])
    return json.dumps({"items": items}, ensure_ascii=False)  # JSON is YAML


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=packs())
def test_a_pack_that_validates_opens_in_the_window(window, qtbot, tmp_path_factory, text):
    folder = write_pack(tmp_path_factory.mktemp("generated"), {"items.yaml": text})
    result = load_pack(folder)
    if not result.ok:  # relations of the wrong kind, dates out of order: refused, fine
        return
    pack = result.pack
    window.context.set_pack(pack)
    view = window.timeline
    first, last = view.bounds.first, view.bounds.last
    width = view.painter.plot_width(view.viewport().width())
    for lo, hi in ((first, last), (first, first + 0.1), (last - 1, last)):
        view.set_scale(TimeScale.showing(lo, hi, width))
        view.viewport().repaint()
        assert view.frame() is not None
    for item in pack.items:
        assert window.select_item(item.id)
    window.details.repaint()
