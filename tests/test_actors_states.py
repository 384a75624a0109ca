"""Forces of several states in one report, foreign strikes, and ACLED's "of the" country names
(sentences written for these tests, through the real pipeline)."""

from __future__ import annotations


def events(pipeline, text, published="2022-08-01"):
    return pipeline.extract(text, published, require_english=False).events


def test_a_strike_said_to_be_a_countrys_is_its_air_force_and_the_victims_are_the_places(pipeline):
    ev = events(pipeline, "On 1 July 2021, a Russian air strike hit a market in Saraqib, killing 5 people.")[
        0
    ]
    assert ev.sub_event_type == "Air/drone strike"
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Russia", "Civilians (Syria)")
    assert ev.location.country == "Syria"
    # no nationality said: the air force of the place's country
    ev = events(pipeline, "On 12 March 2021, an air strike killed 4 civilians in Saraqib.")[0]
    assert ev.actor1.name == "Military Forces of Syria"


def test_acled_puts_the_before_some_country_names_after_of(pipeline):
    ev = events(pipeline, "On 9 June 2022, a US drone strike killed two al Shabaab militants near Jilib.")[0]
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of the United States", "Al Shabaab")
    ev = events(pipeline, "On 3 May 2022, soldiers killed five civilians in Beni, North Kivu.")[0]
    assert ev.actor1.name == "Military Forces of the Democratic Republic of Congo"
    assert ev.actor2.name == "Civilians (Democratic Republic of Congo)"


def test_two_states_forces_in_one_report_are_two_sides(pipeline):
    ev = events(pipeline, "On 4 July 2022, Ukrainian forces shelled positions of Russian troops near Izium.")[
        0
    ]
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Ukraine", "Military Forces of Russia")
    # one state's forces named twice stay one side
    ev = events(
        pipeline,
        "On 4 July 2022, Kenyan police shot dead two men in Thika. The police said the men were armed.",
    )[0]
    assert (ev.actor1.name, ev.actor2.name) == ("Police Forces of Kenya", "Civilians (Kenya)")


def test_clashes_between_two_armed_sides_name_both(pipeline):
    ev = events(
        pipeline,
        "On 2 April 2021, clashes between Hamas militants and Israeli forces in Gaza City left 4 dead.",
    )[0]
    assert ev.event_type == "Battles"
    assert {ev.actor1.name, ev.actor2.name} == {"Hamas", "Military Forces of Israel"}


def test_a_sentence_opening_on_another_incident_is_another_event(pipeline):
    text = (
        "On 3 May 2022, soldiers killed five civilians in Beni, North Kivu. "
        "Separately, police arrested two protesters in Kinshasa."
    )
    evs = events(pipeline, text)
    assert len(evs) == 2
    assert (evs[0].event_type, evs[0].location.name, evs[0].fatalities) == (
        "Violence against civilians",
        "Beni",
        5,
    )
    assert evs[1].location.name == "Kinshasa" and evs[1].fatalities == 0


def test_a_national_defence_force_is_the_countrys_military(pipeline):
    ev = events(
        pipeline,
        "On 6 January 2023, Fano militia clashed with the Ethiopian National Defense Force near Gondar.",
    )[0]
    assert {ev.actor1.name, ev.actor2.name} == {"Fano Militia", "Military Forces of Ethiopia"}


def test_a_quoted_source_is_no_protest_group(pipeline):
    text = (
        "Security forces opened fire on protesters at a sit-in in Omdurman on Monday, killing at least 12 "
        "people, a doctors' union said."
    )
    ev = events(pipeline, text, "2019-06-04")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert ev.actor2.name == "Protesters (Sudan)" and ev.fatalities == 12
    assert not [a for a in ev.assoc_actor_1 + ev.assoc_actor_2 if a.name.startswith("Health Workers")]


def test_a_foreign_army_that_makes_arrests_is_their_author(pipeline):
    ev = events(
        pipeline,
        "Israeli troops arrested 15 Palestinians in overnight raids in Jenin, the army said.",
        "2024-03-15",
    )[0]
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Israel", "Civilians (Palestine)")


def test_a_group_that_shoots_down_a_drone_disrupts_the_weapons_of_the_state_that_flies_it(pipeline):
    text = "Yemen's Houthi rebels said on Sunday they had shot down a US MQ-9 Reaper drone over Marib."
    ev = events(pipeline, text, "2024-03-12")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert (ev.actor1.name, ev.actor2.name) == (
        "Houthis (Ansar Allah)",
        "Military Forces of the United States",
    )
    assert ev.fatalities == 0


def test_arrests_made_in_raids_are_arrests_of_the_groups_suspects(pipeline):
    text = "Security forces arrested 12 suspected members of the Islamic State in raids across Diyala province on Tuesday."
    ev = events(pipeline, text, "2024-03-14")[0]
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")
    assert ev.actor2.name == "Islamic State (Iraq)"  # the group's branch in the event's country


def test_a_raid_that_kills_is_no_mere_arrest(pipeline):
    text = "Soldiers raided a militant hideout in Diyala province on Tuesday, killing three fighters and arresting two."
    ev = events(pipeline, text, "2024-03-14")[0]
    assert ev.event_type == "Battles"
