import pytest

from egov_timeline.domain.ticks import ticks_for
from egov_timeline.domain.timescale import MIN_SPAN_YEARS, Bounds, TimeScale, fit

BOUNDS = Bounds.around(1960.0, 2020.0)


def measure(text: str) -> float:
    return 7.0 * len(text)


def test_fit_shows_the_whole_history():
    scale = fit(BOUNDS, 1200)
    assert scale.start == pytest.approx(BOUNDS.first)
    assert scale.end == pytest.approx(BOUNDS.last)
    assert scale.x_for(BOUNDS.first) == pytest.approx(0)
    assert scale.x_for(BOUNDS.last) == pytest.approx(1200)


@pytest.mark.parametrize("x", [0.0, 100.0, 600.0, 1199.0])
@pytest.mark.parametrize("factor", [1.25, 4.0, 0.8])
def test_zooming_keeps_the_date_under_the_anchor(x, factor):
    scale = TimeScale.showing(1990, 2000, 1200)
    before = scale.year_for(x)
    zoomed = scale.zoomed_at(x, factor, BOUNDS)
    assert zoomed.year_for(x) == pytest.approx(before, abs=1e-9)
    assert zoomed.span == pytest.approx(scale.span / factor)


def test_zoom_stops_at_about_a_month_and_at_the_whole_history():
    scale = TimeScale.showing(1990, 2000, 1200)
    deep = scale.zoomed_at(600, 1e6, BOUNDS)
    assert deep.span == pytest.approx(MIN_SPAN_YEARS)
    wide = scale.zoomed_at(600, 1e-6, BOUNDS)
    assert wide.span == pytest.approx(BOUNDS.span)
    assert wide.start == pytest.approx(BOUNDS.first)


def test_panning_moves_by_pixels_and_stops_at_the_ends():
    scale = TimeScale.showing(1990, 2000, 1000)  # 100 px a year
    assert scale.panned(250, BOUNDS).start == pytest.approx(1992.5)
    assert scale.panned(-1e6, BOUNDS).start == pytest.approx(BOUNDS.first)
    assert scale.panned(1e6, BOUNDS).end == pytest.approx(BOUNDS.last)


@pytest.mark.parametrize("span", [62.0, 10.0, 1.0, 1 / 12])
def test_tick_labels_never_collide(span):
    width = 1400
    scale = TimeScale.showing(1990, 1990 + span, width)
    labelled = [t for t in ticks_for(scale, measure) if t.label]
    assert labelled, "no labels at all"
    for a, b in zip(labelled, labelled[1:], strict=False):
        assert a.x + measure(a.label) < b.x, (a, b)


def test_ticks_adapt_from_decades_to_months():
    def labels(span):
        return [
            t.label
            for t in ticks_for(TimeScale.showing(2000, 2000 + span, 1400), measure)
            if t.label
        ]

    assert "2010" in labels(62) and "2001" not in labels(62)
    assert "2001" in labels(10)
    assert any(label.startswith("Mar") for label in labels(1))


def test_month_ticks_sit_where_months_begin_so_february_is_shorter():
    scale = TimeScale.showing(2001, 2002, 1400)
    starts = {t.label: t.x for t in ticks_for(scale, measure) if t.label}
    february = starts["Mar"] - starts["Feb"]
    march = starts["Apr"] - starts["Mar"]
    assert february / march == pytest.approx(28 / 31, rel=0.01)
    # the E-Government Act (28 March 2001) is drawn just before the April tick
    act = scale.x_for(2001 + (31 + 28 + 27) / 365)
    assert starts["Mar"] < act < starts["Apr"] and starts["Apr"] - act < march * 0.2


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_deepest_zoom_shows_the_days(language):
    from egov_timeline.domain.ticks import corner_label

    scale = TimeScale.showing(2001.2, 2001.2 + 1 / 12, 1246)  # about a month: the deepest
    labels = [t.label for t in ticks_for(scale, measure, language) if t.label]
    days = [label for label in labels if label.isdigit() and int(label) <= 31]
    assert len(days) >= 10, labels
    assert ("4월" if language == "ko" else "Apr") in labels
    ticks = ticks_for(scale, measure, language)
    gaps = [b.x - a.x for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) - min(gaps) < 1.0  # a tick a day (or two), evenly
    # which month the numbers are days of, where the axis begins
    assert corner_label(scale, language) == ("2001년 3~4월" if language == "ko" else "Mar–Apr 2001")
    wider = TimeScale.showing(2001, 2002, 1246)
    assert corner_label(wider, language) == ("2001년" if language == "ko" else "2001")


def test_zooming_to_an_item_leaves_a_margin_and_its_label_in_view():
    from egov_timeline.domain.timescale import framing

    # a long term whose name rides inside its bar: most of the view, a margin either side
    lo, hi = framing(1963.96, 1979.82, 1000, label_px=90)
    share = (1979.82 - 1963.96) / (hi - lo)
    assert 0.75 <= share <= 0.9
    assert lo < 1963.96 and hi > 1979.82
    assert (1963.96 - lo) == pytest.approx(hi - 1979.82, rel=0.05)
    # a point (a day): a year from just before it, never the deepest zoom, its name in view
    lo, hi = framing(2001.24, 2001.24, 1000, label_px=600)
    assert hi - lo == pytest.approx(1.0)
    px_per_year = 1000 / (hi - lo)
    assert 0.05 * 1000 <= (2001.24 - lo) * px_per_year <= 1000 - 600
