"""A lane's index finds the visible items, long ranges that began earlier included."""

from __future__ import annotations

from egov_timeline.domain.timeline import TimelineContent


def test_visible_items_include_long_ranges_that_began_earlier():
    from egov_timeline.domain.loading.loader import load_pack_or_raise
    from tests.conftest import BUNDLED

    content = TimelineContent(load_pack_or_raise(BUNDLED))
    lane = content.lanes["agency"]
    visible = {lane.ids[k] for k in lane.visible(1990.0, 1990.5)}
    assert "economic-planning-board" in visible  # 1961-1994
    assert "gidc" not in visible
