"""Date resolution against the publication date (weekday pitfalls, background years, precision)."""

from datetime import date

import pytest

from warlog.dates import find_dates

THURSDAY = date(2018, 2, 8)


def one(text, published=THURSDAY):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("attacked late on Wednesday.", date(2018, 2, 7)),
        ("the coalition said Thursday", date(2018, 2, 8)),  # same weekday as publication: that day
        ("fighting on Friday killed", date(2018, 2, 2)),  # a weekday after publication's is last week's
        ("clashes last Thursday", date(2018, 2, 1)),
        ("gunmen struck yesterday", date(2018, 2, 7)),
        ("On 3 December 2017, militants", date(2017, 12, 3)),
        ("On February 6, militants", date(2018, 2, 6)),
        ("on 19/01 in a protest", date(2018, 1, 19)),
        ("in the early morning of Feb.5 they", date(2018, 2, 5)),
    ],
)
def test_resolves_day(text, expected):
    d = one(text)
    assert d.day == expected
    assert d.time_precision == 1


def test_day_month_without_year_takes_the_year_before_publication():
    assert one("On 30 December, gunmen", date(2018, 1, 3)).day == date(2017, 12, 30)


def test_week_of_is_the_midpoint_with_week_precision():
    d = one("On the week of 5 February 2018, the army")
    assert d.day == date(2018, 2, 8) and d.time_precision == 2 and d.date_prec == 3


def test_month_precision():
    d = one("during March 2017 the militia")
    assert d.time_precision == 3 and d.day == date(2017, 3, 15)


@pytest.mark.parametrize("text", ["skirmishes in the area last year", "flushed out late last year", "in 2015 they fought"])
def test_earlier_years_are_background(text):
    d = one(text)
    assert d.background and d.day is None


def test_same_year_is_not_background():
    assert find_dates("in 2018 the war", THURSDAY) == []


def test_relative_dates_need_a_publication_date():
    d = one("gunmen struck on Tuesday", None)
    assert d.day is None and d.relative


@pytest.mark.parametrize(
    "text, precision",
    [
        ("Around 27 November 2017 (as reported), gunmen", 2),
        ("On or around 5 January 2018, gunmen", 2),
        ("On 15-16 January, gunmen", 2),
        ("Around 15 October 2017 (month of), residents", 3),
        ("On 3 December 2017, gunmen", 1),
    ],
)
def test_hedged_days_take_acled_precision(text, precision):
    assert one(text).time_precision == precision


def test_the_weekend_is_the_saturday_of_the_latest_weekend_at_a_weeks_precision():
    from datetime import date

    from warlog.dates import find_dates

    friday, monday, saturday = date(2023, 3, 10), date(2023, 3, 13), date(2023, 3, 11)
    over = lambda pub: [(d.day, d.time_precision) for d in find_dates("Gangs clashed over the weekend.", pub)]  # noqa: E731
    assert over(friday) == [(date(2023, 3, 4), 2)]
    assert over(monday) == [(date(2023, 3, 11), 2)]
    assert over(saturday) == [(date(2023, 3, 11), 2)]
    last = find_dates("Gangs clashed last weekend.", saturday)
    assert [(d.day, d.time_precision) for d in last] == [(date(2023, 3, 4), 2)]
