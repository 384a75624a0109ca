"""Words that name an event without reporting one: people named by a past event ("victims of the
clashes"), an inquiry into it ("police are investigating the killing"), a reference back to it
("deployed after the attack"); and places a route joins ("the Abuja-Kaduna highway").
Sentences written for these tests."""

from __future__ import annotations

import pytest


def reported(pipeline, text: str, published: str = "2021-06-10"):
    return [
        e for e in pipeline.extract(text, published, require_english=False).events if e.status == "reported"
    ]


def test_victims_of_past_clashes_holding_a_demonstration_is_a_peaceful_protest(first_event):
    ev = first_event(
        "Some 2,000 victims of the Molo ethnic clashes held a demonstration in Nakuru town.", "2008-05-02"
    )
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")


def test_a_commission_investigating_clashes_is_no_battle_when_its_chair_is_kidnapped(first_event):
    ev = first_event(
        "Gunmen kidnapped the chair of a commission investigating the Tana River clashes.", "2013-01-10"
    )
    assert (ev.event_type, ev.sub_event_type) == (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )


def test_troops_deployed_after_the_attack_add_no_battle(pipeline):
    events = reported(
        pipeline,
        "On 3 June 2021, JNIM militants kidnapped a trader in Karimama. The army was deployed to the area after the attack.",
    )
    assert events[0].event_type == "Violence against civilians"
    assert all(e.event_type != "Battles" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A man was found dead near the river in Kisumu. Police are investigating the killing.",
        "A trader was shot dead in Kisumu on Monday. Police have condemned the killing.",
    ],
)
def test_the_police_looking_into_a_killing_are_not_its_perpetrators(first_event, text):
    ev = first_event(text, "2021-06-10")
    assert ev.event_type == "Violence against civilians"
    assert not ev.actor1.name.startswith("Police Forces")


def test_police_investigating_someone_who_kills_them_are_still_the_target(first_event):
    ev = first_event(
        "An armed gang killed two police officers investigating gun runners in Nairobi.", "2012-03-02"
    )
    assert ev.event_type == "Battles"
    assert ev.actor2.name.startswith("Police Forces of Kenya")


def test_a_state_in_a_relative_clause_does_not_make_the_riot_background(pipeline):
    events = reported(
        pipeline,
        "Residents rioted when police came to evict them from land they had been squatting on.",
        "2012-12-22",
    )
    assert events and events[0].event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "A union reported that a lawyer had been assaulted by police while he had been attempting to see a client.",
        "Police arrested 27 youths said to have been planning to disrupt a rally in Kisumu.",
        "Relatives of soldiers detained after last year's mutinies protested outside the military court.",
    ],
)
def test_a_state_of_someone_in_a_subordinate_clause_or_a_dated_noun_leaves_the_event_reported(pipeline, text):
    assert reported(pipeline, text, "2017-05-03")


def test_a_person_denied_entry_is_no_denied_event(pipeline):
    events = reported(pipeline, "A preacher denied entry to Kenya sparked violent protests in Mombasa.", "2012-02-24")
    assert events and events[0].event_type == "Riots"
    assert not reported(pipeline, "The army denied that any clash took place in Djibo.", "2020-05-25")


def test_a_kill_sought_is_no_death(first_event):
    ev = first_event(
        "Gunmen opened fire in Wajir on Saturday, killing three people. They were believed to have been "
        "seeking to kill a local administrator.",
        "2015-06-08",
    )
    assert ev.fatalities == 3


def test_a_state_of_affairs_in_the_main_clause_is_still_background(pipeline):
    assert not reported(pipeline, "Herders in the area have been fighting over pasture for years.")


def test_an_act_that_continues_is_reported(pipeline):
    # "continues to" tells of the act going on now, not of a state of affairs
    events = reported(pipeline, "Al Shabaab gunmen continue to hold hostages in the Westgate mall in Nairobi.")
    assert events and events[0].sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Court clerks went on a 48-hour strike over pay in Cotonou.",
        "Nurses went on an indefinite strike in Kisumu.",
    ],
)
def test_a_strike_with_its_length_is_a_protest(first_event, text):
    assert first_event(text, "2021-06-10").event_type == "Protests"


def test_an_aerial_operation_is_an_air_strike(first_event):
    ev = first_event(
        "French forces conducted an aerial operation against suspected militants near Djibo.", "2020-05-25"
    )
    assert ev.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Armed men abducted 20 passengers from a bus on the Abuja-Kaduna highway.", "Abuja"),
        ("Gunmen attacked a bus on the Mandera-Elwak road, killing two passengers.", "Mandera"),
    ],
)
def test_a_route_between_two_towns_is_placed_at_a_town(first_event, text, place):
    assert first_event(text, "2021-06-10").location.name == place


@pytest.mark.parametrize(
    "text",
    [
        # the act lies in a clause of cause that the protest's verb governs
        "After a pastor attacked a parishioner during a dispute, 200 members of the church gathered outside to protest.",
        # a crowd that storms the streets marches
        "Residents stormed the streets of Vihiga carrying placards, demanding electoral reforms.",
        # the victim of a kidnapping is what the protest is about
        "Party supporters protested in Meru after their candidate disappeared, likely the victim of a kidnapping.",
        # a death the protest's object tells, misparsed as a second verb of the protest
        "Residents protest the death of a woman who they allege died in police custody.",
        # what the state failed to stop
        "Hundreds protest governments failure to stop ethnic clashes in Molo",
        # the protest told as a reaction to an attack
        "Students protested in Lodwar on Monday. The protest is mainly a reaction to an attack on a police post in Kapedo.",
        # a slogan on a sign
        'Protesters marched in Kisumu against the vote. Outside the morgue, 30 women stood weeping with signs saying "Stop killing our sons".',
    ],
)
def test_what_a_protest_answers_is_no_riot(first_event, text):
    ev = first_event(text, "2017-10-17")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")


def test_property_burned_by_an_unnamed_group_is_a_riot(first_event):
    ev = first_event(
        "At least 20 houses were burnt down in Kaloleni estate by a group of boda boda operators hunting thieves.",
        "2017-09-18",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_a_clash_after_the_protest_words_is_still_the_crowds_act(first_event):
    # "clashed" is parsed as coordinated with "injured" without a conjunction: only a protest verb's such
    # coordination is a misparse of its object
    ev = first_event(
        "Several people including police officers were injured after police and demonstrators protesting "
        "against a roadside court in Embu town clashed.",
        "2014-01-24",
    )
    assert ev.event_type == "Riots"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd storming a place to make a demand: a protest
        (
            "War veterans stormed the British High Commission in Nairobi on Tuesday demanding compensation.",
            ("Protests", "Peaceful protest"),
        ),
        # gunmen storming a hotel: an attack
        ("Gunmen stormed a hotel in Mandera and shot dead three guests.", ("Violence against civilians", "Attack")),
    ],
)
def test_storming_a_place_to_make_a_demand_is_a_protest(first_event, text, expected):
    ev = first_event(text, "2011-02-02")
    assert (ev.event_type, ev.sub_event_type) == expected
    if ev.event_type == "Violence against civilians":
        assert ev.fatalities == 3  # guests are people
