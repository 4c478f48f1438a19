import pytest

from egov_timeline.domain.dates import DateError, HistDate, display_period


@pytest.mark.parametrize(
    ("text", "precision", "iso"),
    [
        ("1998-02-25", "day", "1998-02-25"),
        ("2001-03", "month", "2001-03"),
        ("2001", "year", "2001"),
        (2001, "year", "2001"),
        ("1960s", "decade", "1960s"),
    ],
)
def test_a_date_keeps_the_precision_it_was_written_with(text, precision, iso):
    date = HistDate.parse(text)
    assert date.precision == precision
    assert date.iso() == iso


@pytest.mark.parametrize(
    "text", ["2001-13", "2001-02-30", "1965s", "March 2001", "01-03-2001", "", "19601"]
)
def test_a_malformed_date_is_rejected_with_the_formats_to_use(text):
    with pytest.raises(DateError) as info:
        HistDate.parse(text)
    assert str(info.value)


def test_open_is_accepted_only_where_a_range_may_be_open():
    assert HistDate.parse("open", allow_open=True).open
    with pytest.raises(DateError, match="only allowed as the end"):
        HistDate.parse("open")


def test_a_decade_covers_ten_years_and_a_year_covers_one():
    decade = HistDate.parse("1960s")
    assert (decade.start_year, decade.end_year) == (1960.0, 1970.0)
    year = HistDate.parse("2001")
    assert (year.start_year, year.end_year) == (2001.0, 2002.0)
    month = HistDate.parse("2001-12")
    assert (month.start_year, month.end_year) == (pytest.approx(2001 + 334 / 365), 2002.0)


def test_a_day_sits_at_its_place_within_the_year():
    date = HistDate.parse("1998-02-25")
    assert date.start_year == pytest.approx(1998 + 55 / 365)
    assert date.end_year == pytest.approx(1998 + 56 / 365)


def test_periods_read_naturally():
    start, end = HistDate.parse("1998-02-25"), HistDate.parse("2003-02-24")
    assert display_period(start, end) == "25 Feb 1998 \u2013 24 Feb 2003"
    assert display_period(HistDate.parse("2006-10"), HistDate.parse("open", allow_open=True)) == (
        "since Oct 2006"
    )
    assert display_period(HistDate.parse("1960s"), HistDate.parse("1970s")) == "1960s \u2013 1970s"


def test_a_chart_day_is_named_in_the_apps_words_whatever_the_systems_locale():
    import datetime as dt
    import locale

    from egov_timeline.domain.dates import day_and_month

    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")  # strftime would say "Dez"
    except locale.Error:
        pass
    try:
        assert day_and_month(dt.date(2026, 12, 4)) == "4 Dec"
        assert day_and_month(dt.date(2026, 12, 4), "ko") == "12월 4일"
    finally:
        locale.setlocale(locale.LC_TIME, "C")
