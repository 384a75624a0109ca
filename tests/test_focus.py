"""The collection's country focus: given, inferred from a batch, and used as context (real pipeline)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from warlog.cli import main
from warlog.focus import NO_FOCUS, Focus, focus_from_votes, parse_focus, sample
from warlog.pipeline import Pipeline

PROTEST = "Residents protested against the lack of water in their settlement on Monday."
RAID = "Unknown gunmen attacked the village of Kain on Monday and killed two farmers."
JIHADIST = "Suspected JNIM militants attacked the village of Zimse on Monday and killed two farmers."


def test_parse_focus():
    assert parse_focus("") is NO_FOCUS and parse_focus("none") is NO_FOCUS
    assert parse_focus("auto") == "auto"
    f = parse_focus("KE, bfa")
    assert dict(f.shares) == {"KE": 0.5, "BF": 0.5} and f.source == "given"
    with pytest.raises(ValueError, match="'XQ'"):
        parse_focus("KE,XQ")


def test_votes_keep_countries_with_a_real_share():
    votes = [{"KE"}] * 12 + [{"BF"}] * 6 + [{"KE", "SO"}] * 3 + [{"BE"}]
    f = focus_from_votes(votes)
    assert set(f.shares) == {"KE", "BF", "SO"}  # Belgium, one vote in 22, stays out
    assert f.shares["KE"] > f.shares["BF"] > f.shares["SO"]
    assert sum(f.shares.values()) == pytest.approx(1.0)
    assert f.fallback() == "KE"
    assert f.prior()["KE"] == pytest.approx(3.0) and f.prior()["BF"] < 3.0
    assert focus_from_votes([set(), set()]) is NO_FOCUS


def test_no_fallback_when_no_country_leads():
    f = Focus({cc: 0.2 for cc in ("KE", "BF", "BJ", "NE", "ML")}, "auto")
    assert f.fallback() is None


def test_sample_is_spread_and_deterministic():
    items = list(range(1000))
    s = sample(items, 10)
    assert s == sample(items, 10) and len(s) == 10 and s[0] == 0 and s[-1] >= 900


@pytest.fixture(scope="module")
def fresh():
    return Pipeline()


def _first(p: Pipeline, text: str):
    events = p.extract(text, "2020-12-01").events
    assert events, text
    return events[0]


def test_without_focus_the_country_is_unknown(fresh):
    fresh.set_focus("none")
    ev = _first(fresh, PROTEST)
    assert ev.actor1.name == "Protesters (International)" and ev.location is None


def test_a_given_focus_names_the_actors_country(fresh):
    fresh.set_focus("KE")
    ev = _first(fresh, PROTEST)
    assert ev.actor1.name == "Protesters (Kenya)"
    assert ev.location.country == "Kenya" and ev.location.relation == "collection focus"
    assert ev.location.geo_precision == 3


def test_a_country_only_event_is_coded_at_the_capital(fresh):
    fresh.set_focus("KE")
    loc = _first(fresh, PROTEST).location
    assert loc.admin1 == "Nairobi" and abs(loc.latitude + 1.28) < 0.2 and abs(loc.longitude - 36.82) < 0.2


def test_a_small_namesake_abroad_gives_way_to_the_focus(fresh):
    fresh.set_focus("none")
    assert _first(fresh, RAID).location.country == "Belgium"  # GeoNames' only Kain
    fresh.set_focus("BF")
    ev = _first(fresh, RAID)
    assert ev.location.name == "Kain" and ev.location.latitude is None  # unlisted, not Belgian
    assert ev.actor2.name == "Civilians (Burkina Faso)"


def test_a_big_place_abroad_reached_by_another_of_its_names_is_no_place_in_the_focus(fresh):
    # "Pensa" is an alternate name of Penza (Russia, 520,000 people), "Molotov" an old name of Perm
    fresh.set_focus("BF")
    ev = _first(fresh, "Gunmen ambushed a convoy escorting the mayor of Pensa on Monday, killing two guards.")
    assert ev.location is None or ev.location.country in (None, "Burkina Faso")
    ev = _first(fresh, "Unknown men attacked a mosque with Molotov cocktails in Ouagadougou on Friday.")
    assert ev.location.name == "Ouagadougou" and ev.location.admin1 == "Centre"
    fresh.set_focus("none")  # a world feed: the name is read as GeoNames has it
    ev = _first(fresh, "Gunmen ambushed a convoy in Pensa on Monday, killing two guards.")
    assert ev.location.country == "Russia"


def test_a_country_named_in_passing_is_not_the_events_place(fresh):
    fresh.set_focus("KE")
    ev = _first(fresh, "Armed raiders from Ethiopia attacked a village and killed five herders.")
    assert ev.location.country == "Kenya" and ev.location.admin1 == "Nairobi"
    ev = _first(fresh, "Members of the Somalia-based group al-Shabaab attacked a convoy, killing a civilian.")
    assert ev.location.country == "Kenya"
    ev = _first(fresh, "Kenyan soldiers in Somalia killed ten militants on Sunday.")
    assert ev.location.country == "Somalia"  # "in Somalia": there


def test_a_country_is_coded_at_its_seat_of_government(fresh):
    fresh.set_focus("BJ")
    loc = _first(fresh, "Police fired tear gas at opposition protesters on Friday.").location
    assert loc.country == "Benin" and loc.admin1 == "Littoral"  # Cotonou, not Porto-Novo


def test_a_named_group_picks_its_country_among_the_focus(fresh):
    fresh.set_focus(Focus({"KE": 0.6, "BF": 0.4}, "given"))
    assert _first(fresh, JIHADIST).actor2.name == "Civilians (Burkina Faso)"  # JNIM acts there
    assert _first(fresh, PROTEST).actor1.name == "Protesters (Kenya)"  # the leading country


def test_a_named_community_picks_its_country_among_the_focus(fresh):
    fresh.set_focus(Focus({"BF": 0.6, "KE": 0.4}, "given"))
    ev = _first(fresh, "Turkana raiders attacked a settlement on Monday and killed two herders.")
    assert ev.actor1.name == "Turkana Ethnic Militia (Kenya)"


def test_a_country_the_article_names_beats_the_focus(fresh):
    fresh.set_focus("KE")
    ev = _first(fresh, "Soldiers clashed with rebels in Goma, Democratic Republic of Congo, on Monday.")
    assert ev.location.country != "Kenya"


def test_auto_focus_is_inferred_from_the_batch(fresh):
    fresh.set_focus("auto")
    texts = [
        "Police dispersed protesters in Nairobi on Monday.",
        "Traders marched in Mombasa on Tuesday.",
        "Gunmen killed two herders near Garissa on Friday.",
        "Students protested in Kisumu on Monday.",
        PROTEST,
    ]
    results = list(fresh.extract_many([fresh.article(t, "2020-12-01") for t in texts]))
    assert fresh.focus.source == "auto" and fresh.focus.fallback() == "KE"
    assert results[-1].events[0].actor1.name == "Protesters (Kenya)"


def test_cli_rejects_an_unknown_focus_code(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(PROTEST, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(f), "--published", "2020-12-01", "--focus", "XQ"])
    assert result.exit_code == 2 and "XQ" in result.output


def test_cli_auto_focus_over_files(tmp_path):
    for i, city in enumerate(["Nairobi", "Mombasa", "Kisumu", "Nakuru"]):
        (tmp_path / f"{i}.txt").write_text(
            f"Police dispersed protesters in {city} on Monday.", encoding="utf-8"
        )
    (tmp_path / "x.txt").write_text(PROTEST, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path), "--published", "2020-12-01", "--focus", "auto", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    assert "country focus KE 100% (auto)" in result.output
    assert "Protesters (Kenya)" in result.output and "International" not in result.output


def test_name_model_reads_a_countrys_naming_habits():
    from warlog.focus import NameModel

    model = NameModel(
        {
            "KE": ["kiambu", "nyeri", "kirinyaga", "muranga", "nyahururu", "kikuyu", "kiserian", "nyandarua"],
            "BF": [
                "ouagadougou",
                "koudougou",
                "kombissiri",
                "tenkodogo",
                "gourcy",
                "yako",
                "bogande",
                "diapaga",
            ],
        }
    )
    shares = {"KE": 0.6, "BF": 0.4}
    assert model.best(["sideradougou"], shares) == "BF"
    assert model.best(["kinyanjui"], shares) == "KE"
    assert model.best([], shares) is None


def test_unlisted_places_and_gendarmes_pick_the_country_among_the_focus(fresh):
    fresh.set_focus(Focus({"KE": 0.6, "BF": 0.4}, "given"))
    ev = _first(fresh, "Unknown gunmen ambushed a patrol between Sideradougou and Kolokadougou on Monday.")
    assert ev.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    ev = _first(fresh, "Gendarmes beat a trader to death at a market on Monday.")
    assert ev.actor1.name.startswith("Police Forces of Burkina Faso")


def test_word_model_learns_a_collections_words_per_country():
    from warlog.focus import WordModel

    ke = [f"Matatu operators in the county protested on day {i} over the MCA's fees." for i in range(15)]
    bf = [f"Gendarmes dispersed a sit-in at the prefecture of the commune on day {i}." for i in range(15)]
    model = WordModel.train([(t, "KE") for t in ke] + [(t, "BF") for t in bf])
    assert model is not None
    s = model.scores("Teachers held a sit-in at the prefecture.", ["KE", "BF"])
    assert s["BF"] > s["KE"]
    assert WordModel.train([(t, "KE") for t in ke[:5]]) is None  # too few labelled reports to learn from


def test_a_bad_focus_setting_is_a_clear_error_naming_it(tmp_path, monkeypatch):
    from warlog.settings import default_settings

    f = tmp_path / "a.txt"
    f.write_text(PROTEST, encoding="utf-8")
    monkeypatch.setenv("WARLOG_FOCUS_COUNTRIES", "KE,XQ")
    default_settings.cache_clear()
    try:
        result = CliRunner().invoke(main, ["extract", str(f), "--published", "2020-12-01"])
    finally:
        monkeypatch.delenv("WARLOG_FOCUS_COUNTRIES")
        default_settings.cache_clear()
    assert result.exit_code == 1
    assert "focus_countries" in result.output and "'XQ'" in result.output
    assert "Traceback" not in result.output


def test_word_model_does_not_favour_the_country_with_few_labelled_reports():
    """A word seen in a few of the many Kenyan reports and in none of the few, wordy Burkinabe ones
    (one Kenyan report in 60) is (weak) evidence for Kenya: the country with fewer reports does not win every rare word."""
    from warlog.focus import WordModel

    ke = [f"Boda riders protested {i}." for i in range(59)] + ["Matatu touts protested."]
    bf = [
        f"Gendarmes of the prefecture dispersed traders who gathered at the town hall of the commune {i}."
        for i in range(10)
    ]
    model = WordModel.train([(t, "KE") for t in ke] + [(t, "BF") for t in bf])
    s = model.scores("Matatu crews blocked the road.", ["KE", "BF"])
    assert s["KE"] > s["BF"]


def test_text_votes_read_countries_from_capitalised_names_without_spacy(fresh):
    from warlog.focus import text_votes

    gazetteer = fresh.geocoder.gazetteer
    focus = ("KE", "BF")
    assert text_votes(gazetteer, "Police fired tear gas at traders in Nairobi on Monday.", focus) == {"KE"}
    assert "PL" in text_votes(
        gazetteer, "Police fired tear gas at traders in Nairobi on Monday."
    )  # Police, Poland
    assert text_votes(gazetteer, "Residents of Ouagadougou and Bobo-Dioulasso marched.", focus) == {"BF"}
    assert text_votes(gazetteer, "Students marched to denounce poor study conditions.", focus) == set()


def test_a_batch_spread_over_many_countries_has_no_focus():
    # a world feed: Nigeria leads, yet most reports are of twenty other countries
    votes = (
        [{"NG"}] * 9
        + [{"PK"}] * 5
        + [{"IN"}] * 4
        + [
            {cc}
            for cc in "MX UA YE SY IL SO CO HT BD IQ AF GE PH TH MM SD VE ZW CD BI".split()
            for _ in range(1)
        ]
        + [{"MX"}]
    )
    assert focus_from_votes(votes) is NO_FOCUS
