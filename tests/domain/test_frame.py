"""The frame as laid out without Qt: what a click finds is what is drawn there."""

from __future__ import annotations

import itertools

import pytest

from egov_timeline.domain.frame import Box, FrameLayout, FrameMetrics
from egov_timeline.domain.layout import Geometry
from egov_timeline.domain.timeline import TimelineContent
from egov_timeline.domain.timescale import TimeScale


def measure(text: str) -> float:  # a plain monospaced font, 7 px a character
    return 7.0 * len(text)


def layout(pack, language: str = "en") -> FrameLayout:
    metrics = FrameMetrics(
        gutter=120, axis_h=30, header_h=50, row_h=26, text_h=17, geometry=Geometry()
    )
    content = TimelineContent(pack, language)
    return FrameLayout(content, metrics, measure, measure, measure)


RANGES = [(1957, 2024), (1990, 2010), (2001, 2002)]


@pytest.mark.parametrize(("first", "last"), RANGES)
def test_a_click_on_an_item_or_its_label_finds_that_item(bundled_pack, first, last):
    frame = layout(bundled_pack).frame(TimeScale.showing(first, last, 1366 - 120), 1366, 768)
    assert frame.hits, "nothing is drawn"
    for lane in frame.lanes:
        for placed in lane.layout.placed:
            x, y = frame.body(lane, placed).intersected(frame.plot).centre
            assert frame.item_at(x, y) == placed.item_id
    for box, cluster in frame.cluster_hits:
        assert frame.cluster_at(*box.centre) is cluster
        assert frame.item_at(*box.centre) is None


@pytest.mark.parametrize(("first", "last"), RANGES)
def test_labels_never_overlap_and_stay_inside_the_plot(bundled_pack, first, last):
    frame = layout(bundled_pack).frame(TimeScale.showing(first, last, 1366 - 120), 1366, 768)
    for (a, _ta, ia), (b, _tb, ib) in itertools.combinations(frame.labels, 2):
        assert ia == ib or not a.intersects(b), (ia, ib)
    assert all(frame.plot.covers(box) for box, _t, _i in frame.labels)


def test_every_item_in_range_is_drawn_or_counted_in_a_marker(bundled_pack):
    frame = layout(bundled_pack).frame(TimeScale.showing(1957, 2024, 1246), 1366, 768)
    drawn = {item_id for _box, item_id in frame.hits}
    counted = sum(cluster.count for _box, cluster in frame.cluster_hits)
    in_lanes = [item for item in bundled_pack.items if item.kind != "stage"]
    assert len(drawn) + counted == len(in_lanes)


def test_stage_headers_are_found_under_the_axis_and_hidden_stages_take_no_room(bundled_pack):
    frame_layout = layout(bundled_pack)
    frame = frame_layout.frame(TimeScale.showing(1957, 2024, 1246), 1366, 768)
    header = frame.stages[0]
    assert frame.stage_at(*header.rect.centre) == header.band.item.id
    assert header.lines, "a stage band shows something"
    without = frame_layout.frame(
        TimeScale.showing(1957, 2024, 1246), 1366, 768, frozenset({"stage"})
    )
    assert not without.stages and without.header_h == 0
    assert without.lanes[0].top < frame.lanes[0].top


def test_boxes_unite_intersect_and_contain_as_rectangles_do():
    a, b = Box(0, 0, 10, 10), Box(5, 5, 10, 10)
    assert a.intersects(b) and not a.intersects(Box(10, 0, 5, 5))  # touching is not sharing
    assert a.united(b) == Box(0, 0, 15, 15)
    assert a.intersected(b) == Box(5, 5, 5, 5)
    assert a.intersected(Box(20, 20, 1, 1)).w == 0
    assert a.contains(10, 10) and not a.contains(10.5, 0)
    assert a.covers(Box(1, 1, 2, 2)) and not a.covers(b)
    assert a.grown(1, 2) == Box(-1, -2, 12, 14)


@pytest.mark.parametrize("height", [330, 300, 280, 260])
def test_a_view_too_short_for_every_lane_still_shows_every_lane_whole(bundled_pack, height):
    # large text on a small screen: 26 px rows, 80 px of axis and headers, 7 to 9 rows
    frame = layout(bundled_pack).frame(TimeScale.showing(1957, 2024, 1246), 1366, height)
    assert [lane.kind for lane in frame.lanes] == ["administration", "project", "law", "agency"]
    assert frame.lanes[-1].top + frame.lanes[-1].height <= height
    drawn = {item_id for _box, item_id in frame.hits}
    counted = sum(cluster.count for _box, cluster in frame.cluster_hits)
    assert len(drawn) + counted == len([i for i in bundled_pack.items if i.kind != "stage"])


def test_a_lane_laid_out_again_in_fewer_rows_comes_out_as_if_laid_out_afresh(
    bundled_pack, monkeypatch
):
    """Sharing the rows out lays a lane out again in fewer rows, taking what the first
    layout settled: the result must be the very layout a fresh one gives."""
    import random

    from egov_timeline.domain import frame as frame_module

    def drawn(f):
        return [
            (
                lane.kind,
                lane.layout.rows,
                [(p.item_id, p.row, p.label, p.label_row, p.label_x) for p in lane.layout.placed],
                [(c.row, c.text, tuple(c.item_ids)) for c in lane.layout.clusters],
            )
            for lane in f.lanes
        ]

    frames = layout(bundled_pack)
    keep = frame_module.Trace
    ids = [item.id for item in bundled_pack.items]
    rng = random.Random(3)
    for _ in range(150):
        span = 10 ** rng.uniform(-1.5, 1.8)
        centre = rng.uniform(1955, 2020)
        width, height = rng.choice([900, 1300, 1600]), rng.choice([420, 600, 1000])
        scale = TimeScale.showing(centre - span / 2, centre + span / 2, width - 120)
        boost = frozenset(rng.sample(ids, rng.choice([0, 0, 4])))
        monkeypatch.setattr(frame_module, "Trace", keep)
        with_trace = drawn(frames.frame(scale, width, height, boost=boost))
        monkeypatch.setattr(frame_module, "Trace", lambda: None)
        afresh = drawn(frames.frame(scale, width, height, boost=boost))
        assert with_trace == afresh, (scale, width, height, sorted(boost))
