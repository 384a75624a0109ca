"""How gold and predicted values are compared (warlog.evaluation.matching)."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.evaluation.matching import (
    actors_match,
    day_named_in_text,
    distance_km,
    inters_match,
    normalize_actor,
    normalize_admin,
    number_in_text,
    number_words,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Police Forces of Testland (2013-)", "police forces of testland"),
        ("Military Forces of Testland (2002-2013)", "military forces of testland"),
        ("Police Forces of Testland (2015-) Gendarmerie", "police forces of testland gendarmerie"),
        ("  Rioters   (Testland) ", "rioters (testland)"),
        ("", None),
        (None, None),
    ],
)
def test_year_suffix_dropped_case_and_space_folded(name, expected):
    assert normalize_actor(name) == expected


def test_actors_match_in_either_order():
    gold = ("Military Forces of Testland (2016-)", "Al Testab")
    assert actors_match(gold, ("al testab", "Military  Forces of Testland"))
    assert actors_match(gold, ("Military Forces of Testland (2020-)", "Al Testab"))
    assert not actors_match(gold, ("Military Forces of Testland", None))


def test_empty_gold_actor2_matches_absent_predicted_actor2():
    assert actors_match(("Protesters (Testland)", None), ("Protesters (Testland)", None))
    assert not actors_match(
        ("Protesters (Testland)", None), ("Protesters (Testland)", "Police Forces of Testland")
    )


def test_inter_pairs_unordered_and_zero_is_none():
    assert inters_match((6, 0), (6, None))
    assert inters_match((1, 2), (2, 1))
    assert not inters_match((1, 2), (1, 7))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("On 3 December 2020, students marched.", True),
        ("On December 3, students marched.", True),
        ("On the 3rd of December students marched.", True),
        ("On Dec. 3 students marched.", True),
        ("Between 2 and 3 December 2020, students marched.", True),
        ("On December 2-3, students marched.", True),
        ("On 3 markets, students marched.", False),
        ("Students marched on Thursday.", True),  # 2020-12-03 was a Thursday
        ("On 13 December 2020, students marched.", False),
        ("On 3 November 2020, students marched.", False),
        ("Students marched last week.", False),
    ],
)
def test_day_named_in_text(text, named):
    assert day_named_in_text(date(2020, 12, 3), text) is named


@pytest.mark.parametrize(
    ("n", "words"),
    [(0, ("zero",)), (7, ("seven",)), (40, ("forty",)), (21, ("twenty-one",)), (1000, ("one thousand",))],
)
def test_number_words(n, words):
    assert number_words(n) == words


def test_number_words_of_hundreds_include_and_forms():
    assert "one hundred and five" in number_words(105)
    assert "a hundred five" in number_words(105)


@pytest.mark.parametrize(
    ("n", "text", "found"),
    [
        (4, "Four soldiers were killed.", True),
        (21, "twenty one people died", True),
        (12, "12 people died", True),
        (1200, "1,200 people fled", True),
        (3, "On 3 May 2020, gunmen killed a man.", False),  # a day of month is not a count
        (20, "On 3 May 2020, gunmen killed a man.", False),  # nor is a year
        (5, "5.5 km away, a man was killed", False),
    ],
)
def test_number_in_text(n, text, found):
    assert number_in_text(n, text) is found


def test_admin1_names_compared_without_generic_words_and_accents():
    assert normalize_admin("Hauts-Bassins") == normalize_admin("Hauts Bassins Region")
    assert normalize_admin("Boucle du Mouhoun") == normalize_admin("Boucle du Mouhoun Region")
    assert normalize_admin("Nairobi") == normalize_admin("Nairobi Area")
    assert normalize_admin("Plateau-Central") == normalize_admin("Plateau Central")
    assert normalize_admin("Zou") != normalize_admin("Mono")


def test_distance_km_one_degree_of_latitude():
    assert distance_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.2, abs=0.1)
