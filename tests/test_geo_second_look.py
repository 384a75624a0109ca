"""The event's place when recognition finds none, and resolution slips seen on ACLED-style notes
(sentences written for these tests)."""

from __future__ import annotations

import re

import pytest

from warlog.gazetteer import Gazetteer
from warlog.geocoding import Geocoder

KE_BF_BJ = ("KE", "BF", "BJ")


@pytest.fixture(scope="session")
def geocoder() -> Geocoder:
    return Geocoder(Gazetteer.open())


def locate(nlp, geocoder, text, countries=(), words="killed|attacked|petrol-bombed|rioted|shot|abducted|protested"):
    anchors = [(m.start(), m.end()) for m in re.finditer(rf"\b({words})\b", text)]
    return geocoder.locate(nlp(text), anchors, countries=countries)


def test_a_known_town_inside_an_organisation_name_is_the_place_on_a_second_look(nlp, geocoder):
    text = "Arsonists petrol-bombed the Maseno ODM offices overnight."
    assert not [t for t in geocoder.toponyms(nlp(text)) if t.entry is not None]  # too small to tag uncued
    loc = locate(nlp, geocoder, text, countries=("KE",))
    assert (loc.name, loc.country, loc.admin1, loc.geo_precision) == ("Maseno", "Kenya", "Kisumu", 1)
    # without a country to look in, no namesake anywhere in the world is taken
    assert locate(nlp, geocoder, text) is None


def test_a_second_look_keeps_to_the_countries_in_view(nlp, geocoder):
    loc = locate(nlp, geocoder, "Students of Kapenguria Boys' High School rioted over exams.", countries=KE_BF_BJ)
    assert (loc.name, loc.admin1) == ("Kapenguria", "West Pokot")
    assert locate(nlp, geocoder, "Students of Kapenguria Boys' High School rioted over exams.", countries=("BF",)) is None


def test_an_unlisted_name_after_in_is_the_place_without_a_point(nlp, geocoder):
    loc = locate(
        nlp, geocoder, "On May 3, presumed militants attacked the gendarmerie post in Tinkoualga.", countries=("BF",)
    )
    assert (loc.name, loc.geo_precision, loc.latitude) == ("Tinkoualga", 1, None)
    # months, weekdays and acronyms after "in" are no places
    assert locate(nlp, geocoder, "Police shot dead two men in a raid in May.", countries=("KE",)) is None


def test_a_country_named_only_in_an_army_name_yields_to_a_town_named_as_a_place(nlp, geocoder):
    text = (
        "Twelve militants were killed by the Kenya Defence Forces [KDF] near the border town of Dadaab, "
        "Garissa. The militants were crossing into Kenya."
    )
    loc = locate(nlp, geocoder, text, countries=("KE",))
    assert loc.admin1 == "Garissa" and loc.geo_precision < 3


def test_a_county_named_as_such_is_a_place(nlp, geocoder):
    loc = locate(nlp, geocoder, "Two herders were shot dead in Kenya's northern county of Marsabit.")
    assert loc.admin1 == "Marsabit"


def test_a_town_in_the_country_named_after_it_stays_the_town(nlp, geocoder):
    loc = locate(nlp, geocoder, "Gunmen abducted two teachers from Wajir town in Kenya on Monday.")
    assert (loc.name, loc.admin1, loc.geo_precision) == ("Wajir", "Wajir", 1)
    assert loc.latitude == pytest.approx(1.75, abs=0.1)


def test_a_skeleton_match_abroad_is_not_taken_beside_places_of_another_country(nlp, geocoder):
    text = (
        "On 30 November 2021, suspected JNIM militants attacked an army patrol in the village of Mekrou "
        "Yinyin, near Keremou (Banikoara, Alibori)."
    )
    loc = locate(nlp, geocoder, text, countries=KE_BF_BJ)
    assert (loc.name, loc.country, loc.admin1) == ("Mekrou Yinyin", "Benin", "Alibori")


def test_an_entity_running_past_the_name_is_cut_back(nlp, geocoder):
    loc = locate(nlp, geocoder, "Workers protested at the regional office in Titao in favour of their demands.")
    assert (loc.name, loc.country) == ("Titao", "Burkina Faso")
    found = {t.text for t in geocoder.toponyms(nlp("Several farms were attacked in Molo district - 30 houses razed."))}
    assert "Molo district" in found


def test_a_place_after_its_countrys_possessive_lies_in_that_country(nlp, geocoder):
    found = {t.text: t.entry for t in geocoder.toponyms(nlp("Al Shabaab attacked a base in Somalia's Lower Shabelle region."))}
    assert all(e is None or e.country_code == "SO" for e in found.values())  # not Ethiopia's Shabelle zone
    found = {t.text: t.entry for t in geocoder.toponyms(nlp("Kenya's president visited Kampala on Monday."))}
    assert found["Kampala"].country_code == "UG"  # a visit abroad is not a place in Kenya


def test_a_name_said_as_a_town_is_the_town_not_a_foreign_province(nlp, geocoder):
    found = {t.text: t.entry for t in geocoder.toponyms(nlp("Rebels attacked a village near Beni on Monday."))}
    assert (found["Beni"].country_code, found["Beni"].feature_code) == ("CD", "PPL")  # not Bolivia's El Beni
    found = {t.text: t.entry for t in geocoder.toponyms(nlp("Floods hit the Beni department on Monday."))}
    assert found["Beni department"].feature_code == "ADM1"
