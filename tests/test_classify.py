"""ACLED's typing rules on hand-made frames (``classify``) and its interaction codes."""

import pytest

from warlog.triggers import Frame, classify, interaction


@pytest.mark.parametrize(
    "frame, expected",
    [
        (Frame({"clash", "air"}, "progov", "named"), ("Battles", "Armed clash")),  # higher type absorbs
        (Frame({"air"}, "military", None, victims_civilian=True, killed=True), ("Explosions/Remote violence", "Air/drone strike")),
        (Frame({"ied"}, None, "military"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        (Frame({"attack"}, "armed", "civilians", victims_civilian=True, killed=True), ("Violence against civilians", "Attack")),
        (Frame({"abduct"}, "named", None), ("Violence against civilians", "Abduction/forced disappearance")),
        (Frame({"arrest"}, "police", "civilians"), ("Strategic developments", "Arrests")),
        (Frame({"protest"}, "protesters", None), ("Protests", "Peaceful protest")),
        (Frame({"protest", "intervene"}, "protesters", "police"), ("Protests", "Protest with intervention")),
        (Frame({"protest", "intervene"}, "police", "protesters", killed=True), ("Protests", "Excessive force against protesters")),
        (Frame({"protest", "riot"}, "protesters", "police"), ("Riots", "Violent demonstration")),
        (Frame({"mob"}, "rioters", "civilians", killed=True), ("Riots", "Mob violence")),
        (Frame({"suicide", "ied"}, None, "civilians"), ("Explosions/Remote violence", "Suicide bomb")),
        (Frame({"loot"}, "named", None), ("Strategic developments", "Looting/property destruction")),
        (Frame({"agreement"}, None, None), ("Strategic developments", "Agreement")),
        (Frame({"clash"}, None, None, ethnic=True), ("Battles", "Armed clash")),
        (Frame({"clash"}, None, None), ("Riots", "Mob violence")),
    ],
)
def test_classify(frame, expected):
    assert classify(frame) == expected


def test_label_of_acled_note_wins():
    assert classify(Frame({"attack"}, "named", None, label="looting")) == ("Strategic developments", "Looting/property destruction")


def test_interaction_codes():
    assert interaction(3, 7) == 37 and interaction(7, 3) == 37 and interaction(6, None) == 60 and interaction(None, None) is None


def test_unknown_attackers_killing_police_fight_a_battle():
    frame = Frame({"attack"}, None, None, victims_armed=True, killed=True)
    assert classify(frame) == ("Battles", "Armed clash")
    assert classify(Frame({"attack"}, None, None, victims_civilian=True, killed=True)) == (
        "Violence against civilians", "Attack")


def test_police_dispersing_a_crowd_is_a_protest_met_with_force():
    f = Frame({"intervene"}, "police", None)
    assert classify(f) == ("Protests", "Protest with intervention")
    assert classify(Frame({"arrest", "intervene"}, "police", None)) == ("Strategic developments", "Arrests")


def test_an_acled_defusal_label_is_disrupted_weapons_use():
    f = Frame({"ied"}, "military", None, label="defusal")
    assert classify(f) == ("Strategic developments", "Disrupted weapons use")


def test_rioting_with_armed_groups_on_both_sides_is_still_a_riot():
    f = Frame({"riot", "intervene"}, "police", "named")
    assert classify(f) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "frame, expected",
    [
        # a communal militia raiding villagers: violence against civilians; meeting armed men: a battle
        (Frame({"attack"}, "ethnic", None, killed=True), ("Violence against civilians", "Attack")),
        (Frame({"attack"}, "ethnic", "police", killed=True), ("Battles", "Armed clash")),
        (Frame({"attack"}, "ethnic", None, victims_armed=True), ("Battles", "Armed clash")),
        # communities clashing: a battle of identity militias, whoever died
        (Frame({"clash", "attack"}, "ethnic", "civilians", victims_civilian=True, killed=True), ("Battles", "Armed clash")),
        # militants attacking a security post: a battle, civilians hit or not
        (Frame({"attack"}, "named", "civilians", victims_civilian=True, armed_post=True), ("Battles", "Armed clash")),
        # ... unless the post was empty: property destroyed, no one to fight
        (Frame({"attack", "loot"}, "named", "police", armed_post=True, unmanned=True),
         ("Strategic developments", "Looting/property destruction")),
        (Frame({"attack"}, "named", "police", armed_post=True, unmanned=True, killed=True, victims_armed=True),
         ("Battles", "Armed clash")),
        # two armed sides in a fight, a civilian target beside them
        (Frame({"clash", "attack"}, "police", "civilians", two_sides=True), ("Battles", "Armed clash")),
        # an ambush (or shots) with a bomb on soldiers is a battle; the bomb alone is remote violence
        (Frame({"attack", "ied"}, "named", "military", ambush=True), ("Battles", "Armed clash")),
        (Frame({"attack", "ied"}, "named", "military", gunfire=True), ("Battles", "Armed clash")),
        (Frame({"attack", "ied"}, "named", "military"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        # a defused device is disrupted weapons use
        (Frame({"ied", "disrupted"}, "military", None), ("Strategic developments", "Disrupted weapons use")),
        # abducted and beaten, wounded or killed: an attack
        (Frame({"abduct", "attack"}, "named", None, harm=True), ("Violence against civilians", "Attack")),
        (Frame({"abduct"}, "named", None), ("Violence against civilians", "Abduction/forced disappearance")),
        # residents fighting the police: a riot, unless shots are exchanged
        (Frame({"clash"}, "civilians", "police"), ("Riots", "Mob violence")),
        (Frame({"clash"}, "civilians", "police", gunfire=True), ("Battles", "Armed clash")),
        # a deadly fight between unnamed groups is the communal militias' battle; party supporters riot
        (Frame({"clash"}, None, None, killed=True), ("Battles", "Armed clash")),
        (Frame({"clash"}, None, None, killed=True, partisan=True), ("Riots", "Mob violence")),
    ],
)
def test_political_violence_typing(frame, expected):
    assert classify(frame) == expected


@pytest.mark.parametrize(
    "frame, expected",
    [
        # a crowd burning property is a riot; an armed group's looting stays a strategic development
        (Frame({"loot"}, "civilians", None), ("Riots", "Mob violence")),
        (Frame({"loot"}, "civilians", None, armed_crowd=True), ("Strategic developments", "Looting/property destruction")),
        # demonstrators who ambush or rob someone riot; a "group of" demonstrators is not yet a mob
        (Frame({"protest", "attack"}, "protesters", None, assault=True), ("Riots", "Violent demonstration")),
        (Frame({"protest"}, "rioters", None), ("Protests", "Peaceful protest")),
        (Frame({"protest"}, "rioters", None, unruly=True), ("Riots", "Violent demonstration")),
        # a shootout between police and an attacker is a battle, even at a church
        (Frame({"clash", "attack"}, "police", "civilians", harm=True, state_harm=True, firefight=True),
         ("Battles", "Armed clash")),
    ],
)
def test_crowd_and_firefight_typing(frame, expected):
    assert classify(frame) == expected


@pytest.mark.parametrize(
    "frame, expected",
    [
        (Frame({"attack", "loot"}, None, None), ("Violence against civilians", "Attack")),
        # the police stopping a brawl between two camps: mob violence, not a battle
        (Frame({"clash", "intervene"}, "police", None), ("Riots", "Mob violence")),
        (Frame({"clash", "intervene"}, "police", "named", two_sides=True), ("Battles", "Armed clash")),
        # property burned by unknown people, one arrested after: the riot, not the arrest
        (Frame({"loot", "arrest", "intervene"}, "police", "civilians"), ("Riots", "Mob violence")),
        (Frame({"arrest", "intervene"}, "police", "civilians"), ("Strategic developments", "Arrests")),
        # a group lynching suspected robbers is mob violence, not a battle with armed men
        (Frame({"attack"}, None, "armed", killed=True, victims_armed=True), ("Battles", "Armed clash")),
        (Frame({"attack"}, None, "armed", killed=True, victims_armed=True, group_agent=True), ("Riots", "Mob violence")),
        # demonstrators' armed allies in a gunfight with the police: a battle
        (Frame({"protest", "clash"}, "communal", "police", firefight=True), ("Battles", "Armed clash")),
    ],
)
def test_looting_brawls_arrests_and_targeted_violence(frame, expected):
    assert classify(frame) == expected


def test_a_crowd_that_beats_a_suspect_before_the_arrest_riots():
    f = Frame({"attack", "arrest", "intervene"}, "rioters", "civilians", harm=True)
    assert classify(f) == ("Riots", "Mob violence")
    f = Frame({"attack", "arrest", "intervene"}, "police", "civilians", harm=True)
    assert classify(f) == ("Violence against civilians", "Attack")


def test_a_strike_note_is_a_protest():
    assert classify(Frame({"protest"}, None, None, label="strike")) == ("Protests", "Peaceful protest")
    assert classify(Frame({"protest"}, None, None, label="strikes")) == ("Strategic developments", "Other")


def test_party_crowd_against_the_state_is_no_battle():
    f = Frame({"riot", "clash"}, "political", "police")
    assert classify(f)[0] == "Riots"
    assert classify(Frame({"clash"}, "political", "police", armed_crowd=True, gunfire=True))[0] == "Battles"


def test_an_armed_raid_that_harmed_no_one_is_property_destruction():
    f = Frame({"attack", "loot"}, "named", "civilians", assault=True)
    assert classify(f) == ("Strategic developments", "Looting/property destruction")
    # somebody killed or hurt: violence against civilians
    assert classify(Frame({"attack", "loot"}, "named", "civilians", killed=True, victims_civilian=True))[0] == (
        "Violence against civilians")
    # the state burning homes is no looting of an armed group
    assert classify(Frame({"attack", "loot"}, "military", "civilians"))[0] == "Violence against civilians"


def test_an_ambush_on_the_police_is_a_battle_whoever_else_died():
    f = Frame({"attack"}, None, "police", ambush=True, killed=True, victims_civilian=True, victims_armed=True)
    assert classify(f) == ("Battles", "Armed clash")
    # the police the agents: no battle by this rule
    assert classify(Frame({"attack"}, "police", "civilians", killed=True, victims_civilian=True))[0] == (
        "Violence against civilians")


def test_warriors_of_two_communities_clashing_fight_a_battle():
    f = Frame({"clash", "attack"}, "tribal", "civilians", killed=True, victims_civilian=True)
    assert classify(f) == ("Battles", "Armed clash")


def test_clans_clashing_as_the_police_intervene_fight_a_battle():
    assert classify(Frame({"clash", "intervene"}, "police", None, ethnic=True)) == ("Battles", "Armed clash")
    assert classify(Frame({"clash", "intervene"}, "police", None)) == ("Riots", "Mob violence")
    # party activists of a town named after a people: still a brawl
    assert classify(Frame({"clash", "intervene"}, "police", None, ethnic=True, partisan=True))[0] == "Riots"


def test_injuries_at_a_rally_of_election_violence_make_a_riot():
    f = Frame({"protest", "attack"}, None, None, election_unrest=True)
    assert classify(f)[0] == "Riots"
    assert classify(Frame({"protest"}, None, None, election_unrest=True))[0] == "Protests"
