"""ACLED fatalities and UCDP low/best/high are derived from the claims, never instead of them."""

from warlog.fatalities import acled_fatalities, ucdp_deaths
from warlog.records import Claim


def claim(low, source=None, victims=None, high="same", acled=None):
    return Claim(source=source, kind="killed", victims=victims, low=low, high=low if high == "same" else high,
                 acled_value=acled if acled is not None else low, text=str(low))


def test_lowest_reported_with_quantifier_map():
    claims = [claim(100, "coalition", "pro-regime fighters", None), claim(45, "Observatory"),
              claim(24, "state media", None, None, acled=12)]
    assert acled_fatalities(claims) == 12
    u = ucdp_deaths(claims)
    assert u.low == 12 and 45 <= u.best <= 101 and u.high >= 100


def test_victims_of_both_sides_add_up():
    claims = [claim(1, None, "a soldier"), claim(6, "the army", "militants")]
    assert acled_fatalities(claims) == 7


def test_no_deaths_is_zero():
    assert acled_fatalities([]) == 0
    assert acled_fatalities([claim(0)]) == 0


def test_a_coders_stated_figure_overrides_the_rest():
    claims = [claim(2, None, "soldiers"), Claim(kind="killed", low=10, high=10, acled_value=10,
                                                  quantifier="coded as", text="fatalities coded as 10")]
    assert acled_fatalities(claims) == 10


def test_more_victims_add_to_the_figure_before():
    claims = [Claim(kind="killed", low=10, high=10, acled_value=10, text="10 killed"),
              Claim(kind="killed", low=4, high=4, acled_value=4, victims="bodies", text="4 more bodies")]
    assert acled_fatalities(claims) == 14


def test_a_sources_total_is_never_less_than_the_sides_it_counts():
    # "19 dead, ... and 2 assailants killed": 19 is the report's total, not a rival of 2
    claims = [claim(19), claim(2, None, "assailants")]
    assert acled_fatalities(claims) == 19


def test_people_is_everyone_not_a_side():
    claims = [claim(10, None, "people"), claim(20, "the militants", "police"), claim(15, "other sources")]
    assert acled_fatalities(claims) == 10


def test_self_defence_militia_and_militants_are_two_sides():
    assert acled_fatalities([claim(2, None, "volunteer fighters"), claim(1, None, "militant")]) == 3


def test_corpses_recovered_are_part_of_the_count_not_another_side():
    assert acled_fatalities([claim(10, None, "militants"), claim(7, None, "corpses")]) == 10


def test_a_bodyguard_killed_is_not_an_armed_side():
    from warlog.fatalities import _victim_group

    assert _victim_group(claim(1, None, "his bodyguard")) == "civilians"
    assert _victim_group(claim(1, None, "two guards")) == "armed"


def test_a_bodyguard_shot_dead_is_violence_against_civilians(first_event):
    ev = first_event("On 3 May 2019, gunmen attacked the governor's convoy and shot dead his bodyguard.", "2019-05-04")
    assert ev.event_type == "Violence against civilians" and ev.fatalities == 1


def test_a_figure_claimed_in_the_next_sentence_is_that_sources(first_event):
    ev = first_event(
        "On 3 May 2019, a roadside bomb hit a police truck, killing 6 officers. The militants claim 20 deaths.",
        "2019-05-04",
    )
    assert [c.source for c in ev.claims] == [None, "militants"] and ev.fatalities == 6


def test_first_reported_toll_through_the_pipeline(first_event):
    ev = first_event("On 3 May 2019, gunmen killed thirty-two villagers in a raid on the market.", "2019-05-04")
    assert ev.fatalities == 32


def test_a_toll_that_rose_in_the_following_days_is_this_events(first_event):
    ev = first_event(
        "On 3 May 2019, militants detonated a bomb on a bus, killing four passengers. "
        "In the following days the death toll from the blast rose to six.",
        "2019-05-10",
    )
    assert ev.fatalities == 6


def test_others_add_to_the_figure_just_before_not_to_the_largest():
    # "killed eight soldiers. Four soldiers were announced dead, four others were found dead later"
    claims = [claim(8, None, "soldiers"), claim(4, None, "soldiers"),
              Claim(kind="killed", low=4, high=4, acled_value=4, victims="others", text="four others were found dead")]
    assert acled_fatalities(claims) == 8


def test_others_quoted_from_another_source_still_add_up():
    # "six soldiers were killed ... four in the raid, while two other soldiers were killed", the
    # second half attributed to a website
    claims = [claim(6, "the group", "soldiers"), claim(4, "the group"),
              Claim(source="website", kind="killed", low=2, high=2, acled_value=2, victims="other soldiers",
                    text="two other soldiers were killed")]
    assert acled_fatalities(claims) == 6


def test_another_and_along_with_add_one():
    claims = [claim(1, None, "man"), Claim(kind="killed", low=1, high=1, acled_value=1, text="decapitated another")]
    assert acled_fatalities(claims) == 2
    claims = [claim(1, None, "nephew"), Claim(kind="killed", low=1, high=1, acled_value=1, victims="man",
                                                text="along with another man")]
    assert acled_fatalities(claims) == 2


def test_one_figure_of_two_sides_is_told_apart_against_another_sources_figure():
    # "12 soldiers and 20 militants were killed" (one claim of 32) against "killed 45 soldiers"
    claims = [claim(32, "an officer", "soldiers and 20 militants"), claim(45, "the militants", "soldiers")]
    assert acled_fatalities(claims) == 32
    # two figures of one side stay one figure
    assert acled_fatalities([claim(9, None, "soldiers and 4 policemen")]) == 9
    # "3 soldiers and 2 civilians were killed ... Another soldier later died": 6
    more = Claim(kind="killed", low=1, high=1, acled_value=1, victims="soldier", text="Another soldier later died")
    assert acled_fatalities([claim(5, None, "soldiers and 2 civilians"), more]) == 6


def test_a_main_clause_after_the_cause_keeps_its_dead(first_event):
    ev = first_event(
        "On Saturday, shortly after two militants were beaten up by residents in Mansila, they returned "
        "with reinforcements and killed one resident and wounded another.",
        "2020-11-30",
    )
    assert ev.fatalities == 1


def test_a_death_that_set_off_the_riot_is_not_its_casualty(first_event):
    ev = first_event("Youths blocked the road on Monday after two men were killed by police in Kisumu.", "2020-11-30")
    assert ev.event_type == "Riots" and ev.fatalities == 0
    ev = first_event(
        "Women marched in Semere on Monday to demand the closure of a quarry after a bridge collapsed and a child died.",
        "2021-06-09",
    )
    assert ev.event_type == "Protests" and ev.fatalities == 0


def test_victims_described_by_a_relative_clause_died(first_event):
    ev = first_event(
        "Gunmen attacked a customs post in Malanville on Monday. Two civilians who were informants of the officers died.",
        "2022-09-14",
    )
    assert ev.fatalities == 2
