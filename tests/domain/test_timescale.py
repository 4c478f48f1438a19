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
