"""Recognition, resolution and the event's place, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from warlog.gazetteer import Gazetteer
from warlog.geo_relations import offset_point
from warlog.geocoding import Geocoder


@pytest.fixture(scope="session")
def geocoder() -> Geocoder:
    return Geocoder(Gazetteer.open())


def anchors_of(text: str, words: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"\b({words})\b", text)]


def locate(nlp, geocoder, text, words="killed|attacked|attack|clashes|fire|exploded|abducted|fighting"):
    return geocoder.locate(nlp(text), anchors_of(text, words))


def names(nlp, geocoder, text):
    return {t.text: t.entry for t in geocoder.toponyms(nlp(text))}


def test_gazetteer_finds_names_that_ner_misses_and_skips_groups(nlp, geocoder):
    found = names(
        nlp, geocoder, "Daesh fighters attacked Hajin and Khasham in Deir Ezzor province on Monday."
    )
    assert "Daesh" not in found
    assert found["Khasham"].geonameid == 167899
    assert found["Deir Ezzor province"].feature_code == "ADM1"


def test_ordinary_capitalised_words_are_not_places(nlp, geocoder):
    found = names(nlp, geocoder, "Police said President Ruto will visit. May God help us, said Hope Mwangi.")
    assert not found


def test_near_a_syrian_village(nlp, geocoder):
    loc = locate(nlp, geocoder, "Regime fighters attacked SDF positions near Khasham in Deir Ezzor province.")
    assert (loc.name, loc.relation, loc.geo_precision, loc.where_prec) == ("Khasham", "near", 2, 2)
    assert loc.admin1 == "Deir ez-Zor" and loc.country == "Syria" and loc.iso3 == "SYR"


def test_kenyan_town_in_its_county(nlp, geocoder):
    loc = locate(
        nlp, geocoder, "Suspected Al-Shabaab gunmen killed three teachers in Mandera town on Monday."
    )
    assert (loc.name, loc.country, loc.admin1, loc.geo_precision) == ("Mandera", "Kenya", "Mandera", 1)


def test_parenthetical_units_of_acled_style_notes(nlp, geocoder):
    text = (
        "On 2 December 2020, unknown gunmen opened fire against a home in Ouagadougou (Ouagadougou, Kadiogo)."
    )
    loc = locate(nlp, geocoder, text)
    assert loc.name == "Ouagadougou" and loc.admin1 == "Centre" and loc.country == "Burkina Faso"
    assert loc.spans[0].start == text.index("Ouagadougou")


def test_us_town_with_its_state(nlp, geocoder):
    loc = locate(nlp, geocoder, "A fire destroyed a mobile home in Alexandria, Louisiana, deputies said.")
    assert loc.admin1 == "Louisiana" and loc.iso3 == "USA"


def test_dateline_is_not_the_event_place(nlp, geocoder):
    loc = locate(nlp, geocoder, "BEIRUT: Air strikes killed 12 civilians in Idlib on Tuesday, monitors said.")
    assert loc.name == "Idlib" and loc.country == "Syria"


def test_province_only_falls_back_to_admin1(nlp, geocoder):
    loc = locate(nlp, geocoder, "Three soldiers were killed in Idlib province.")
    assert (loc.feature_code, loc.relation, loc.geo_precision, loc.where_prec) == ("ADM1", "province", 3, 4)


def test_country_only(nlp, geocoder):
    loc = locate(nlp, geocoder, "Fighting killed dozens of people in Benin last week.")
    assert (loc.country, loc.geo_precision, loc.where_prec) == ("Benin", 3, 6)
    # coded at the seat of government, Cotonou (Porto-Novo is the official capital)
    assert loc.admin1 == "Littoral" and abs(loc.latitude - 6.37) < 0.1


def test_a_village_named_like_a_foreign_region_follows_its_own_province(nlp, geocoder):
    text = "Gunmen attacked the market of Sangha (Sangha, Koulpelogo) on Tuesday."
    loc = locate(nlp, geocoder, text, "attacked")
    assert (loc.country, loc.admin1) == ("Burkina Faso", "Centre-Est")


def test_an_unlisted_name_before_its_commune_and_province_is_the_place(nlp, geocoder):
    text = "Gunmen attacked a bus between Tambiga (Pobe-Mengao, Soum) and Djibo."
    loc = locate(nlp, geocoder, text, "attacked")
    assert (loc.admin1, loc.admin2, loc.geo_precision) == ("Sahel", "Soum", 2)  # between two places: 2
    assert loc.spans[0].text == "Tambiga"  # , not "Pobe" of "Pobe-Mengao" in Benin


def test_a_province_is_read_with_the_country_and_commune_beside_it(nlp, geocoder):
    for commune, focus in (("Kongoussi", ()), ("Rollo", ("BF",))):  # a listed commune town, an unlisted one
        text = f"Raiders attacked the village of Nodin ({commune}, Bam) at night."
        loc = geocoder.locate(nlp(text), anchors_of(text, "attacked"), countries=focus)
        assert (loc.country, loc.admin1, loc.geo_precision) == ("Burkina Faso", "Centre-Nord", 1)


def test_an_acronym_in_parentheses_is_not_a_province(nlp, geocoder):
    text = "Members of the National Youth Service (NYS) protested in Chuka."
    loc = locate(nlp, geocoder, text, "protested")
    assert loc.name == "Chuka" and loc.admin1 == "Tharaka-Nithi"


def test_offset_expression_keeps_the_town_and_adds_the_point(nlp, geocoder):
    loc = locate(nlp, geocoder, "Gunmen attacked a bus 8 km east of Garissa on Sunday.")
    assert loc.name == "Garissa" and loc.relation == "8 km east of" and loc.geo_precision == 2
    assert loc.offset.distance_km == 8 and loc.offset.longitude > loc.longitude


def test_outskirts_and_countryside(nlp, geocoder):
    loc = locate(nlp, geocoder, "Clashes erupted on the outskirts of Raqqa overnight.")
    assert (loc.relation, loc.geo_precision) == ("outskirts", 2)
    loc = locate(nlp, geocoder, "Regime shelling killed two men in the Daraa countryside.")
    assert (loc.relation, loc.geo_precision, loc.country) == ("countryside", 2, "Syria")


def test_between_two_towns(nlp, geocoder):
    loc = locate(nlp, geocoder, "Fighting broke out between Mandera and Wajir on Friday.")
    assert loc.relation == "between" and loc.offset is not None and loc.where_prec == 5


def test_no_place_gives_none(nlp, geocoder):
    assert locate(nlp, geocoder, "Gunmen killed two people, police said on Monday.") is None


def test_offset_point_moves_along_the_bearing():
    lat, lon = offset_point(0.0, 0.0, 111.195, 90.0)
    assert abs(lat) < 1e-6 and abs(lon - 1.0) < 1e-3


def test_example_article_places_the_battle_near_khasham(nlp, geocoder, shared_dir):
    text = (shared_dir / "examples" / "000_e8c45eb05f8b382b.txt").read_text(encoding="utf-8")
    loc = locate(nlp, geocoder, text, "attack|attacked|killed|strikes")
    assert loc.geonameid == 167899 and loc.name == "Khasham"
    assert abs(loc.latitude - 35.30088) < 0.09 and abs(loc.longitude - 40.28916) < 0.11
    assert (loc.admin1, loc.geo_precision, loc.relation, loc.country) == ("Deir ez-Zor", 2, "near", "Syria")


def test_unlisted_village_is_coded_to_the_place_named_with_it(nlp, geocoder):
    text = "Militants were killed in the village of Zorgho-Yiri in the western countryside of Kobane."
    loc = locate(nlp, geocoder, text)
    assert loc.name == "Zorgho-Yiri" and loc.geonameid is None and loc.geo_precision == 2
    assert loc.country == "Syria" and loc.latitude is not None


def test_acled_coder_note_names_the_coded_place(nlp, geocoder):
    text = "On 26 October, militants torched a school in the village of Tougri (coded as Djibo at geoprecision 2)."
    loc = locate(nlp, geocoder, text, "torched")
    assert (loc.name, loc.relation, loc.geo_precision) == ("Djibo", "coded as", 2)


def test_region_level_event_is_coded_to_its_capital(nlp, geocoder):
    loc = locate(nlp, geocoder, "Bandits killed two herders in Mandera county.")
    assert loc.feature_code == "ADM1" and loc.geo_precision == 2  # a county is a small part of a region
    assert abs(loc.latitude - 3.937) < 0.05 and abs(loc.longitude - 41.857) < 0.05  # Mandera town


def test_person_names_and_demonyms_are_not_places(nlp, geocoder):
    found = names(
        nlp, geocoder, "Kenyan police said John Ripley met Ripley residents. Syrian troops advanced."
    )
    assert "Kenyan" not in found and "Syrian" not in found and "John Ripley" not in found


def test_toponyms_of_repeated_names_are_looked_up_once(nlp, geocoder):
    """After the first article, names already seen cost no gazetteer query (speed itself is measured
    by bench/bench_gazetteer.py and bench/bench_pipeline.py, never asserted here)."""
    docs = list(nlp.pipe(["Clashes in Idlib and Aleppo left 12 dead, said monitors in Damascus."] * 20))
    first = geocoder.toponyms(docs[0])
    assert {t.entry.name for t in first if t.entry} >= {"Idlib", "Aleppo", "Damascus"}
    before = geocoder.gazetteer.candidates.cache_info().misses
    assert all(len(geocoder.toponyms(d)) == len(first) for d in docs[1:])
    assert geocoder.gazetteer.candidates.cache_info().misses == before


def test_a_doc_without_parser_or_ner_still_geocodes(geocoder):
    import spacy

    doc = spacy.blank("en")("Gunmen killed three people near Garissa in Kenya on Monday.")
    loc = geocoder.locate(doc, [(7, 13)])
    assert loc is not None and loc.country == "Kenya"
    assert geocoder.locate(spacy.blank("en")(""), []) is None


def test_a_part_of_a_town_is_coded_as_the_town_itself(nlp, geocoder):
    inside = locate(nlp, geocoder, "Traders protested in the Zangouettin area of Ouagadougou.", "protested")
    near = locate(nlp, geocoder, "Gunmen attacked the village of Poessin, 8 km from Ouahigouya.", "attacked")
    assert (inside.name, inside.admin1, inside.geo_precision) == ("Zangouettin", "Centre", 1)
    assert (near.admin1, near.geo_precision) == ("Nord", 2)


def test_an_unlisted_place_in_a_named_county_keeps_the_precision_of_a_named_place(nlp, geocoder):
    place = locate(nlp, geocoder, "Raiders attacked herders in Lokwamosing, Turkana County.", "attacked")
    unit = locate(nlp, geocoder, "Raiders attacked herders in Kalokol Division, Turkana County.", "attacked")
    assert (place.name, place.admin1, place.geo_precision) == ("Lokwamosing", "Turkana", 1)
    assert unit.admin1 == "Turkana" and unit.name == "Kalokol" and unit.geo_precision == 2


def test_only_a_top_level_region_named_as_such_is_coded_at_precision_3(nlp, geocoder):
    region = locate(nlp, geocoder, "Gunmen attacked a convoy in the Sahel region.", "attacked")
    bare = locate(nlp, geocoder, "Gunmen attacked a convoy in Turkana on Friday.", "attacked")
    lower = locate(nlp, geocoder, "Gunmen attacked a convoy in Soum province.", "attacked")
    assert (region.feature_code, region.geo_precision) == ("ADM1", 3)
    assert (bare.admin1, bare.geo_precision) == ("Turkana", 2)
    assert (lower.admin2, lower.geo_precision) == ("Soum", 2)


def test_a_unit_named_after_a_place_selects_its_namesake_or_codes_it(nlp, geocoder):
    focus = ("KE", "BF", "BJ")
    text = "Militants ambushed a patrol in Bangaba, Yagha Province on Monday."  # not Bangaba in Benin
    loc = geocoder.locate(nlp(text), anchors_of(text, "ambushed"), countries=focus)
    assert (loc.name, loc.country, loc.admin2, loc.geo_precision) == ("Bangaba", "Burkina Faso", "Yagha", 1)
    text = "A mob attacked a woman in Jerusalem village of Kirinyaga County."
    loc = geocoder.locate(nlp(text), anchors_of(text, "attacked"), countries=focus)
    assert (loc.name, loc.country, loc.admin1) == ("Jerusalem", "Kenya", "Kirinyaga")
    text = "Raiders killed two herders in Sololo, Marsabit County."  # a town far inside a large county
    loc = geocoder.locate(nlp(text), anchors_of(text, "killed"), countries=focus)
    assert loc.name == "Sololo" and loc.geonameid is not None and loc.latitude > 3.3
    assert loc.admin1 == "Marsabit"  # the report's county, over the gazetteer's outdated code


def test_near_a_village_placed_by_its_commune_is_precision_2(nlp, geocoder):
    near = locate(nlp, geocoder, "Militants attacked soldiers near Tindaga (Thiou, Yatenga).", "attacked")
    inside = locate(nlp, geocoder, "Militants attacked soldiers in Tindaga (Thiou, Yatenga).", "attacked")
    assert (near.name, near.admin2, near.relation, near.geo_precision) == ("Tindaga", "Yatenga", "near", 2)
    assert (inside.name, inside.admin2, inside.geo_precision) == ("Tindaga", "Yatenga", 1)


def test_a_list_ending_in_a_county_is_not_a_place_and_its_unit(nlp, geocoder):
    text = "Rebels attacked Kisumu, Nakuru County and Kericho."
    loc = locate(nlp, geocoder, text, "attacked")
    assert loc.name == "Kisumu" and loc.admin1 == "Kisumu"


def test_a_known_part_of_an_unknown_hyphenated_name_is_not_the_place(nlp, geocoder):
    text = "Herders clashed in Tako-Yoyora (Loropeni, Poni) and on the Kitale-Lodwar road."
    found = names(nlp, geocoder, text)
    assert "Tako" not in found
    assert found["Kitale"].country_code == "KE" and found["Lodwar"].country_code == "KE"


def test_a_place_glued_to_a_bracketed_tag_is_still_a_place(nlp, geocoder):
    text = "Hundreds of traders marched through Kaya.[size=hundreds] They demanded lower market fees."
    assert [t.text for t in nlp(text)][5:7] == ["Kaya", "."]
    assert "Kaya" in names(nlp, geocoder, text)


def test_a_name_with_an_apostrophe_is_a_capitalised_name(nlp, geocoder):
    found = names(nlp, geocoder, "A thief was beaten by a mob in Murang'a on Friday morning.")
    assert found["Murang'a"] is not None and found["Murang'a"].country_code == "KE"


def test_a_part_or_building_of_a_place_then_of_is_a_cue(nlp, geocoder):
    streets = names(nlp, geocoder, "Traders filled the streets of Lokossa and sang.")
    hall = names(nlp, geocoder, "Arsonists burned the town hall of Garango overnight.")
    assert streets["Lokossa"].country_code == "BJ" and hall["Garango"].country_code == "BF"


def test_an_office_named_after_a_place_is_that_place(nlp, geocoder):
    text = "Youths torched the offices of Homa Bay Governor on Thursday night."
    loc = locate(nlp, geocoder, text, "torched")
    assert (loc.name, loc.admin1) == ("Homa Bay", "Homa Bay")
    found = names(nlp, geocoder, "Students of the Pouytenga County High School rioted.")
    assert [e.country_code for e in found.values() if e is not None] == ["BF"]


def test_a_possessive_without_its_apostrophe_names_the_stem(nlp, geocoder):
    found = names(nlp, geocoder, "Traders rioted in Nairobis business district while Ugandas police watched.")
    assert any(e is not None and e.feature_code == "PPLC" and e.country_code == "KE" for e in found.values())
    assert "Uganda" in found and found["Uganda"].is_country
    assert "Nairob" not in found and "Paris" in names(nlp, geocoder, "Riots broke out in Paris.")


def test_a_facility_noun_after_a_name_marks_a_place(nlp, geocoder):
    station = names(nlp, geocoder, "Youths stormed the Kilifi polling station on Monday.")
    township = locate(nlp, geocoder, "A thief was killed in Molo Township by a mob.", "killed")
    assert station["Kilifi"].country_code == "KE"
    assert (township.name, township.admin1, township.geo_precision) == ("Molo", "Nakuru", 1)


def test_the_second_of_two_places_between_them_is_precision_2(nlp, geocoder):
    text = "Gunmen attacked a convoy between Tindaga (Thiou, Yatenga) and Ouahigouya on Monday."
    loc = locate(nlp, geocoder, text, "attacked")
    assert (loc.admin1, loc.relation, loc.geo_precision) == ("Nord", "between", 2)
    left = "Gunmen attacked a bus on the road between Kampti and "
    from warlog.geo_relations import relation_before

    assert (relation_before(left).relation, relation_before(left).geo_precision) == ("between", 2)
    assert relation_before("Gunmen attacked a bus and ") is None


def test_a_place_whose_note_says_other_coordinates_were_used_is_precision_2(nlp, geocoder):
    text = "Two clans clashed at a borehole in Wajir (coordinates for Wajir county used) on Friday."
    loc = locate(nlp, geocoder, text, "clashed")
    assert (loc.name, loc.geo_precision) == ("Wajir", 2)
    text = "Militants killed two soldiers in Djibo (coded as Djibo at geoprecision 1)."
    assert locate(nlp, geocoder, text, "killed").geo_precision == 1


def test_a_part_named_with_its_town_is_placed_in_that_town(nlp, geocoder):
    text = "Youths attacked a bar in the Kigoma area of Nakuru on Friday."  # not Kigoma in Tanzania
    loc = geocoder.locate(nlp(text), anchors_of(text, "attacked"), countries=("KE", "BF", "BJ"))
    assert (loc.name, loc.country, loc.admin1, loc.geo_precision) == ("Kigoma", "Kenya", "Nakuru", 1)
    assert abs(loc.latitude + 0.3) < 0.1 and abs(loc.longitude - 36.07) < 0.1
    text = "Raiders attacked herders in the Tangu area of Samburu and killed three."  # "and" + a verb
    loc = geocoder.locate(nlp(text), anchors_of(text, "attacked"), countries=("KE",))
    assert loc.admin1 == "Samburu"


def test_the_surroundings_of_an_unlisted_place_are_precision_2(nlp, geocoder):
    # the gazetteer lacks both villages: no point, but the relation and its precision are kept
    area = locate(nlp, geocoder, "Militants abducted two traders in the area of Kolbogo.", "abducted")
    near = locate(nlp, geocoder, "Gunmen ambushed a patrol near Tinsaba on Friday.", "ambushed")
    inside = locate(nlp, geocoder, "Gunmen ambushed a patrol in Tinsaba on Friday.", "ambushed")
    assert (area.name, area.relation, area.geo_precision, area.latitude) == ("Kolbogo", "near", 2, None)
    assert (near.name, near.relation, near.geo_precision) == ("Tinsaba", "near", 2)
    assert (inside.relation, inside.geo_precision) == ("in", 1)


def test_an_unlisted_village_near_a_town_is_coded_to_the_town_at_precision_2(nlp, geocoder):
    loc = locate(nlp, geocoder, "Gunmen attacked the village of Kolbogo, near Fada N'Gourma.", "attacked")
    assert (loc.name, loc.relation, loc.geo_precision, loc.admin1) == ("Kolbogo", "near", 2, "Est")
    assert loc.latitude is not None


def test_a_named_area_of_a_town_is_the_town_and_an_axis_is_between_its_towns(nlp, geocoder):
    part = locate(nlp, geocoder, "Gunmen attacked a bar in the Tanghin area of Ouagadougou.", "attacked")
    axis = locate(nlp, geocoder, "Militants ambushed a convoy on the Djibo-Bourzanga axis.", "ambushed")
    assert (part.name, part.geo_precision, part.admin1) == ("Tanghin", 1, "Centre")
    assert (axis.name, axis.relation, axis.geo_precision) == ("Djibo", "between", 2)


def test_unlisted_names_after_area_of_and_a_coders_note_are_places(nlp, geocoder):
    area = locate(nlp, geocoder, "On May 2, soldiers clashed with militants in the area of Wendogo, no casualties.", "clashed")
    coded = locate(
        nlp, geocoder, "On May 2, militants killed a man in Sablogo (coded as Wendogo at geoprecision 1).", "killed"
    )
    assert (area.name, area.relation, area.geo_precision) == ("Wendogo", "near", 2)
    assert (coded.name, coded.relation, coded.geo_precision) == ("Wendogo", "coded as", 1)


def test_names_side_by_side_before_their_commune_and_province_are_one_name(nlp, geocoder):
    text = "Militants ambushed a patrol in Pobe Mengao (Pobe-Mengao, Soum) in Burkina Faso."
    loc = locate(nlp, geocoder, text, "ambushed")
    assert (loc.name, loc.admin1, loc.country) == ("Pobe Mengao", "Sahel", "Burkina Faso")  # not Pobe, Benin


def test_a_weekday_after_a_place_is_not_part_of_its_name(nlp, geocoder):
    loc = locate(nlp, geocoder, "Traders in Embu Town Wednesday (13/04) afternoon held a demonstration.", "demonstration")
    assert (loc.name, loc.admin1) == ("Embu", "Embu")


def test_a_distance_without_direction_and_a_commune_are_precision_2(nlp, geocoder):
    far = locate(nlp, geocoder, "Protesters stormed a mine 20 km from Gaoua and clashed with miners.", "clashed")
    commune = locate(nlp, geocoder, "Party supporters clashed in the commune of Materi in Benin.", "clashed")
    assert (far.name, far.geo_precision, far.relation, far.offset) == ("Gaoua", 2, "20 km from", None)
    assert (commune.name, commune.geo_precision, commune.relation) == ("Materi", 2, "district")


def test_just_by_a_building_is_at_the_place(nlp, geocoder):
    hall = locate(nlp, geocoder, "Traders protested outside Kolbogo Hall on Monday.", "protested")
    site = locate(nlp, geocoder, "Herders were attacked near Kolbogo Camp on Monday.", "attacked")
    village = locate(nlp, geocoder, "Herders were attacked near Kolbogo on Monday.", "attacked")
    assert (hall.relation, hall.geo_precision) == ("in", 1)
    assert (site.name, site.geo_precision) == ("Kolbogo Camp", 1)
    assert (village.relation, village.geo_precision) == ("near", 2)
