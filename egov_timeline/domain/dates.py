"""Historical dates that carry their precision: a day, a month, a year or a decade."""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from typing import Literal

Precision = Literal["day", "month", "year", "decade"]

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$|^(\d{3}0)s$")
_OPEN_WORD = "open"
# The years a date may name, and so the widest range a view or a render may show. Wide
# enough for any history a pack tells; narrow enough that nothing sized by the range (ticks,
# labels, pages) can grow without end.
FIRST_YEAR, LAST_YEAR = 1000, 2999


class DateError(ValueError):
    """A value that is not a date the content format accepts."""


class HistDate:
    """A date known to a day, month, year or decade; or the open end of a range.

    Positions on the axis are in fractional years (1998-02-25 is about 1998.15):
    `start_year` is where the period the date names begins and `end_year` where it ends,
    so "2001" covers [2001.0, 2002.0) and "1960s" covers [1960.0, 1970.0).
    """

    __slots__ = ("year", "month", "day", "precision", "open")

    def __init__(
        self,
        year: int,
        month: int | None = None,
        day: int | None = None,
        precision: Precision | None = None,
        *,
        open: bool = False,
    ) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.open = open
        if precision is None:
            precision = "day" if day is not None else "month" if month is not None else "year"
        self.precision: Precision = precision

    # ---- parsing and formatting -------------------------------------------------------
    @classmethod
    def parse(cls, value: object, *, allow_open: bool = False) -> HistDate:
        """Parse 1998-02-25, 2001-03, 2001 (text or number), 1960s; and "open" if allowed."""
        if isinstance(value, HistDate):
            return value
        if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool):
            raise DateError(f"{value!r} is not a date")
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            raise DateError(
                f"a date must be written as text such as 2001-03-28, not {_kind(value)}"
            )
        # a class is hashable; mypy reads HistDate.__hash__ (an instance method) as the
        # class's own and so refuses it as lru_cache's Hashable argument
        return _parse_text(cls, value, allow_open)  # type: ignore[arg-type]

    @classmethod
    def _parse(cls, value: str, allow_open: bool) -> HistDate:
        text = value.strip()
        if text.lower() == _OPEN_WORD:
            if allow_open:
                return OPEN_END
            raise DateError('"open" is only allowed as the end of a range')
        match = _PATTERN.match(text)
        if not match:
            raise DateError(
                f'"{text}" is not a date; write YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1960s'
            )
        year_s, month_s, day_s, decade_s = match.groups()
        year = int(decade_s or year_s)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise DateError(
                f'"{text}" is outside the years a timeline can show ({FIRST_YEAR} to {LAST_YEAR})'
            )
        if decade_s:
            return cls(year, precision="decade")
        month = int(month_s) if month_s else None
        day = int(day_s) if day_s else None
        if month is not None and not 1 <= month <= 12:
            raise DateError(f'"{text}" has month {month}; months run from 01 to 12')
        if day is not None:
            try:
                _dt.date(year, month, day)  # type: ignore[arg-type]
            except ValueError:
                raise DateError(f'"{text}" is not a day of the calendar') from None
        return cls(year, month, day)

    def iso(self) -> str:
        """The date as the content format and the export write it."""
        if self.open:
            return _OPEN_WORD
        if self.precision == "decade":
            return f"{self.year}s"
        if self.precision == "year":
            return f"{self.year:04d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"HistDate({self.iso()!r})"

    def __str__(self) -> str:
        return self.iso()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HistDate):
            return NotImplemented
        return self.iso() == other.iso()

    def __hash__(self) -> int:
        return hash(self.iso())

    # ---- positions on the axis --------------------------------------------------------
    @property
    def start_year(self) -> float:
        """Fractional year at which the named period begins."""
        if self.precision in ("decade", "year"):
            return float(self.year)
        day = self.day if self.precision == "day" else 1
        return _fraction(self.year, self.month or 1, day or 1)

    @property
    def end_year(self) -> float:
        """Fractional year at which the named period ends (exclusive)."""
        if self.precision == "decade":
            return float(self.year + 10)
        if self.precision == "year":
            return float(self.year + 1)
        if self.precision == "month":
            month = self.month or 1
            return float(self.year + 1) if month == 12 else _fraction(self.year, month + 1, 1)
        return self.start_year + 1.0 / _days_in_year(self.year)

    @property
    def span_years(self) -> float:
        return self.end_year - self.start_year


OPEN_END = HistDate(9999, precision="year", open=True)


_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def year_fraction(year: int, month: int, day: int) -> float:
    """Where a day begins on the timeline, in years: the year and the share of it gone
    (as `_fraction`, without making a date: the axis asks for every tick of every frame)."""
    leap = calendar.isleap(year)
    day_of_year = _DAYS_BEFORE_MONTH[month - 1] + (1 if leap and month > 2 else 0) + day - 1
    return year + day_of_year / (366 if leap else 365)


def _fraction(year: int, month: int, day: int) -> float:
    day_of_year = _dt.date(year, month, day).timetuple().tm_yday - 1
    return year + day_of_year / _days_in_year(year)


def _days_in_year(year: int) -> int:
    return 366 if calendar.isleap(year) else 365


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", float: "a decimal number"}.get(
        type(value), type(value).__name__
    )


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_and_month(day: _dt.date, language: str = "en") -> str:
    """A calendar day without its year, for a chart's axis: "4 Dec", "12월 4일" (the
    project's month names, whatever the system's locale)."""
    if language == "ko":
        return f"{day.month}월 {day.day}일"
    return f"{day.day} {_MONTHS[day.month - 1]}"


def display_date(date: HistDate, language: str = "en") -> str:
    """A date for people: 25 Feb 1998, Mar 2001, 2001, 1960s; in Korean 1998년 2월 25일."""
    if language == "ko":
        return _korean_date(date)
    if date.open:
        return "today"
    if date.precision == "day":
        return f"{date.day} {_MONTHS[(date.month or 1) - 1]} {date.year}"
    if date.precision == "month":
        return f"{_MONTHS[(date.month or 1) - 1]} {date.year}"
    return date.iso()


def display_period(start: HistDate, end: HistDate | None, language: str = "en") -> str:
    """A period for people: '25 Feb 1998 – 24 Feb 2003', 'since Oct 2006', '1960s – 1970s'."""
    if end is None:
        return display_date(start, language)
    if end.open:
        if language == "ko":
            return f"{display_date(start, language)}부터"
        return f"since {display_date(start)}"
    return f"{display_date(start, language)} \u2013 {display_date(end, language)}"


def display_years(start: HistDate, end: HistDate | None, language: str = "en") -> str:
    """Years only, to tell apart two bodies of one name: '2008–2013', '2017–', '2008~2013년'."""
    first = start.year
    if end is None:
        return f"{first}년" if language == "ko" else str(first)
    last = "" if end.open else str(end.year)
    if language == "ko":
        return f"{first}~{last}년" if last else f"{first}년~"
    return f"{first}\u2013{last}"


def _korean_date(date: HistDate) -> str:
    if date.open:
        return "현재"
    if date.precision == "decade":
        return f"{date.year}년대"
    if date.precision == "year":
        return f"{date.year}년"
    if date.precision == "month":
        return f"{date.year}년 {date.month}월"
    return f"{date.year}년 {date.month}월 {date.day}일"


@functools.lru_cache(maxsize=1 << 16)
def _parse_text(cls: type[HistDate], value: str, allow_open: bool) -> HistDate:
    """One HistDate per distinct text: dates repeat across a pack, and a HistDate is never
    changed once made, so a 100,000-item pack shares them instead of holding 200,000."""
    return cls._parse(value, allow_open)
