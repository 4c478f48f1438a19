"""Lane layout: no two labels or items overlap, at any zoom, on real and dense content."""

from __future__ import annotations

import random

import pytest

from egov_timeline.domain.layout import (
    DEFAULT_GEOMETRY,
    Geometry,
    LaneIndex,
    has_whisker,
    layout_lane,
)
from egov_timeline.domain.timeline import LANE_KINDS, TimelineContent
from egov_timeline.domain.timescale import TimeScale
from tests.perf.make_pack import make_pack


def measure(text: str) -> float:
    return 7.0 * len(text)


def boxes(layout, geometry=DEFAULT_GEOMETRY):
    """(row, left, right) of every body and label drawn."""
    out = []
    for p in layout.placed:
        if p.is_range:
            out.append((p.row, p.x0, p.x1, p.item_id))
        else:
            out.append(
                (p.row, p.mark - geometry.marker / 2, p.mark + geometry.marker / 2, p.item_id)
            )
            if has_whisker(p, geometry):  # a whisker may cross only its own label
                out.append((p.row, p.x0, p.x1, p.item_id))
        if p.label is not None and not p.label_inside:
            out.append((p.label_row, p.label_x, p.label_x + p.label_w, p.item_id))
    for c in layout.clusters:
        out.append((c.row, c.x, c.x + c.width, "cluster"))
    return out


def assert_no_overlap(layout, width, touching_ok=False):
    by_row: dict[int, list] = {}
    for row, left, right, who in boxes(layout):
        by_row.setdefault(row, []).append((left, right, who))
    slack = 2.0 if touching_ok else 0.0
    for row, spans in by_row.items():
        spans.sort()
        for i, (l1, r1, a) in enumerate(spans):
            for l2, _r2, b in spans[i + 1 :]:
                if l2 >= r1:
                    break  # sorted by left: nothing further can meet this one
                if a != b:
                    assert r1 <= l2 + slack, (
                        f"row {row}: {a} [{l1:.1f},{r1:.1f}] meets {b} at {l2:.1f}"
                    )
    for p in layout.placed:
        if p.label is not None:
            assert 0 <= p.label_x and p.label_x + p.label_w <= width + 0.01, "label clipped"


SPANS = [70.0, 20.0, 10.0, 1.0, 1 / 12]


@pytest.fixture(scope="module")
def bundled_content(bundled_pack):
    return TimelineContent(bundled_pack)


@pytest.fixture(scope="module")
def dense_content(tmp_path_factory):
    from egov_timeline.domain.loading.loader import load_pack_or_raise

    return TimelineContent(load_pack_or_raise(make_pack(3000, tmp_path_factory.mktemp("dense"))))


@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize("kind", LANE_KINDS)
@pytest.mark.parametrize("centre", [1970.0, 2001.5])
def test_bundled_lanes_never_overlap(bundled_content, kind, span, centre):
    width = 1300
    scale = TimeScale.showing(centre - span / 2, centre + span / 2, width)
    for rows in (2, 4, 10):
        layout = layout_lane(bundled_content.lanes[kind], scale, measure, rows)
        assert layout.rows <= rows
        assert_no_overlap(layout, width, touching_ok=kind == "administration")


@pytest.mark.parametrize("span", SPANS)
@pytest.mark.parametrize("kind", LANE_KINDS)
def test_dense_lanes_never_overlap(dense_content, kind, span):
    width = 1300
    scale = TimeScale.showing(1995 - span / 2, 1995 + span / 2, width)
    layout = layout_lane(dense_content.lanes[kind], scale, measure, 6)
    assert_no_overlap(layout, width, touching_ok=kind == "administration")


def test_every_visible_item_is_placed_or_counted_in_a_cluster(bundled_content):
    scale = TimeScale.showing(1957, 2024, 1300)
    lane = bundled_content.lanes["project"]
    layout = layout_lane(lane, scale, measure, 3)
    shown = {p.item_id for p in layout.placed}
    counted = sum(c.count for c in layout.clusters)
    assert len(shown) + counted == len(lane.visible(scale.start, scale.end))
    assert layout.clusters, "three rows cannot hold thirty projects at this zoom"


def test_a_crowded_view_shows_counts_found_by_binary_search(dense_content):
    lane = dense_content.lanes["project"]
    geometry = Geometry(dense_limit=50)
    layout = layout_lane(lane, TimeScale.showing(1960, 2020, 1300), measure, 4, geometry)
    assert layout.dense and not layout.placed
    assert sum(c.count for c in layout.clusters) == lane.count_visible(1960, 2020)


def test_presidents_share_one_row_and_acting_ones_sit_below(bundled_content):
    scale = TimeScale.showing(1957, 2024, 2400)
    layout = layout_lane(bundled_content.lanes["administration"], scale, measure, 3)
    rows = {p.item_id: p.row for p in layout.placed}
    assert {
        rows[i]
        for i in (
            "park-chung-hee",
            "choi-kyu-hah",
            "chun-doo-hwan",
            "kim-dae-jung",
            "roh-moo-hyun",
            "moon-jae-in",
        )
    } == {0}
    assert rows["goh-kun"] == rows["hwang-kyo-ahn"] == rows["park-choong-hoon"] == 1


def test_random_lanes_never_overlap():
    rng = random.Random(7)
    from egov_timeline.domain.dates import HistDate
    from egov_timeline.domain.model import Project, Source

    items = []
    for n in range(400):
        year = rng.randint(1960, 2019)
        end = HistDate.parse(str(year + rng.randint(0, 5))) if rng.random() < 0.4 else None
        items.append(
            Project(
                id=f"p{n}",
                name="x" * rng.randint(1, 40),
                start=HistDate.parse(str(year)),
                end=end,
                summary="s",
                sources=[Source(title="t")],
                acronym="ABC" if rng.random() < 0.3 else None,
            )
        )
    lane = LaneIndex(items, open_end=2020.0, short_label=lambda i: i.acronym)
    for span in SPANS:
        for centre in (1965, 1990, 2015):
            scale = TimeScale.showing(centre - span / 2, centre + span / 2, 900)
            assert_no_overlap(layout_lane(lane, scale, measure, 5), 900)


@pytest.mark.parametrize("item_id", ["mogaha", "g4c", "hts", "special-committee-egov", "nca"])
def test_an_item_a_filter_or_search_finds_is_named_and_nothing_overlaps_it(
    bundled_content, item_id
):
    kind = bundled_content.pack.by_id[item_id].kind
    lane = bundled_content.lanes[kind]
    for span in (70.0, 20.0, 5.0):
        scale = TimeScale.showing(2001 - span / 2, 2001 + span / 2, 900)
        layout = layout_lane(lane, scale, measure, 2, boost=frozenset({item_id}))
        placed = {p.item_id: p for p in layout.placed}
        assert item_id in placed, "a match stays hidden in a '+N'"
        assert placed[item_id].label is not None, "a match is drawn without its name"
        assert_no_overlap(layout, 900)


def test_a_found_item_comes_out_of_a_crowded_dense_lane(dense_content):
    lane = dense_content.lanes["project"]
    pick = lane.ids[len(lane) // 2]
    start = lane.starts[len(lane) // 2]
    scale = TimeScale.showing(start - 1, start + 1, 1300)
    layout = layout_lane(lane, scale, measure, 3, boost=frozenset({pick}))
    if not layout.dense:
        assert pick in {p.item_id for p in layout.placed}
        assert_no_overlap(layout, 1300)


def test_an_item_whose_whole_name_cannot_fit_keeps_a_shortened_label(bundled_content):
    item_id = "first-government-computer"  # a long name on a lone point
    name = bundled_content.pack.by_id[item_id].name
    lane = bundled_content.lanes["project"]
    scale = TimeScale.showing(1965.9, 1968.6, 460)  # narrow: the name fits on neither side
    layout = layout_lane(lane, scale, measure, 2)
    placed = next(p for p in layout.placed if p.item_id == item_id)
    assert placed.label and placed.label.endswith("\u2026")
    assert name.startswith(placed.label[:-1].rstrip())
    assert 0 <= placed.label_x and placed.label_x + placed.label_w <= 460
    assert_no_overlap(layout, 460)


def test_the_most_important_items_are_named_first(bundled_content):
    """At the whole history on a laptop, the E-Government Act (a landmark) is named even
    though older laws with long names come first in date order."""
    scale = TimeScale.showing(1957, 2024, 930)
    layout = layout_lane(bundled_content.lanes["law"], scale, measure, 3)
    named = {p.item_id for p in layout.placed if p.label}
    assert "e-government-act" in named
    assert_no_overlap(layout, 930)


def test_a_plus_one_never_stands_for_an_item_that_fits_alone(bundled_content):
    for kind in LANE_KINDS:
        for span in SPANS:
            scale = TimeScale.showing(2001 - span / 2, 2001 + span / 2, 900)
            for rows in (2, 3):
                lane = bundled_content.lanes[kind]
                layout = layout_lane(lane, scale, measure, rows)
                spans = [(a, b) for row, a, b, _who in boxes(layout) if row == layout.rows - 1]
                g = DEFAULT_GEOMETRY
                for c in layout.clusters:
                    if c.count > 1:
                        continue
                    # only where even its bare bar or marker would touch another marker
                    k = lane.position[c.item_ids[0]]
                    x0, x1 = scale.x_for(lane.starts[k]), scale.x_for(lane.ends[k])
                    if lane.is_range[k]:
                        left, right = x0, max(x1, x0 + g.min_bar)
                    elif x1 - x0 > g.marker * 1.2:  # a whisker
                        left, right = x0, x1
                    else:
                        left = (x0 + x1) / 2 - g.marker / 2
                        right = left + g.marker
                    assert any(
                        (a, b) != (c.x, c.x + c.width)
                        and a < right + g.item_gap
                        and left - g.item_gap < b
                        for a, b in spans
                    ), (kind, span, rows, c.item_ids)
                assert_no_overlap(layout, 900, touching_ok=kind == "administration")


@pytest.mark.parametrize("kind", ["project", "agency"])
def test_a_crowded_lane_takes_the_fast_way_and_still_places_or_counts_everything(
    dense_content, kind
):
    from egov_timeline.domain.layout.rows import CROWDED

    lane = dense_content.lanes[kind]
    scale = TimeScale.showing(1990, 2000, 1300)
    visible = lane.visible(scale.start, scale.end)
    assert CROWDED < len(visible) <= DEFAULT_GEOMETRY.dense_limit  # the fast way, not counts
    found = frozenset(lane.ids[k] for k in visible[::37])
    layout = layout_lane(lane, scale, measure, 8, boost=found)
    assert_no_overlap(layout, 1300)
    shown = [p.item_id for p in layout.placed]
    counted = [item_id for c in layout.clusters for item_id in c.item_ids]
    assert len(set(shown + counted)) == len(shown) + len(counted)  # each once
    assert {lane.ids[k] for k in visible} <= set(shown + counted)
    assert found <= set(shown)  # a filter's or a search's matches come out of the "+N"
