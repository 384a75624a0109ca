"""Who the sides are decides the type: an attack on a candidate by unknown men is violence against
civilians, the same attack by party supporters a riot; armed men killed are a battle's dead; a force
named in a motive or a description is no side. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unknown attackers of one man in an election: an attack on him
        (
            "A parliamentary aspirant was attacked and injured in Kisii - electoral violence.",
            ("Violence against civilians", "Attack"),
        ),
        # no act but the vote's violence: rioting
        ("Four cars were burnt in Kisumu in post-election violence.", ("Riots", "Violent demonstration")),
        # party supporters attacking: a crowd of the contest
        (
            "Supporters of a rival party attacked ODM supporters in Kakamega; one woman was injured.",
            ("Riots", "Mob violence"),
        ),
        (
            "Supporters of the newly elected governor attacked a council official in Migori and beat him.",
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_the_attackers_of_an_election_decide_attack_or_riot(first_event, text, expected):
    ev = first_event(text, "2017-08-12")
    assert (ev.event_type, ev.sub_event_type) == expected


def test_members_of_an_armed_group_shot_dead_are_a_battles_dead(first_event):
    ev = first_event(
        "Five SLDF members were shot dead as they tried to cross into Kenya near Mt Elgon.", "2008-03-20"
    )
    assert ev.event_type == "Battles"


def test_a_description_of_the_dead_man_is_no_context_of_his_shoot_out(first_event):
    ev = first_event(
        "A cleric linked with Al Shabaab was killed in a shoot-out with police in Mombasa.", "2014-04-02"
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified gunmen killed a cleric who allegedly supported Al Shabaab in Mombasa.",
        "Suspected militants shot dead a quarry worker in Mandera. The motive is related to the presence of Kenyan troops in Somalia.",
    ],
)
def test_a_group_or_force_only_named_is_no_side(first_event, text):
    ev = first_event(text, "2014-04-02")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor2.name == "Civilians (Kenya)"


def test_the_killers_are_not_the_killed(first_event):
    text = (
        "On 6 November 2020, a joint force of soldiers and volunteer fighters reportedly killed at least ten "
        "members of the Tuareg community in the village of Ti-n-Samane."
    )
    ev = first_event(text, "2020-11-08")
    assert ev.event_type == "Violence against civilians"
    assert ev.fatalities == 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd's assault the police stop is the crowd's violence, not a protest met
        (
            "Youths attacked an army truck at Murumba market; soldiers fired in the air to disperse them.",
            ("Riots", "Mob violence"),
        ),
        (
            "Residents attacked and injured a herder in Penessoulou, accusing him of theft. The police intervened.",
            ("Riots", "Mob violence"),
        ),
        # the police dispersing a crowd that only gathered: a protest met
        (
            "Police used tear gas to disperse hundreds of dock workers in Mombasa.",
            ("Protests", "Protest with intervention"),
        ),
        # a protest the report calls violent, in quotes
        (
            'Students "violently" protested in Garissa after they were barred from school.',
            ("Riots", "Violent demonstration"),
        ),
        # youths who disrupt a rally
        (
            "Youths disrupted a campaign rally in Mbita and chased the speakers away.",
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_a_crowds_own_violence_is_a_riot(first_event, text, expected):
    ev = first_event(text, "2017-10-17")
    assert (ev.event_type, ev.sub_event_type) == expected


def test_what_set_a_riot_off_is_no_event_of_its_sentence(first_event):
    text = "After a teenager was shot dead by police in Nanterre, hundreds of youths clashed with riot police and burned cars."
    assert first_event(text, "2023-06-28").event_type == "Riots"


def test_a_battle_after_an_attack_stays_a_battle(first_event):
    text = "After militants attacked the village of Kerboule, soldiers clashed with them, killing five militants."
    assert first_event(text, "2023-06-28").event_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 December 2019, a group of farmers attacked a Fulani camp near Cobly and killed two herders.",
        "Residents of Dogbo attacked a Fulani settlement, accusing its people of a boy's death.",
    ],
)
def test_a_community_attacked_as_such_is_violence_against_civilians(first_event, text):
    assert first_event(text, "2019-12-20").event_type == "Violence against civilians"


def test_a_killer_lynched_afterwards_leaves_his_killing_the_event(first_event):
    text = "A Koglweogo member killed two young men in Gorom. He was later lynched by the population."
    assert first_event(text, "2019-12-20").event_type == "Violence against civilians"


def test_a_militiaman_executed_by_a_rival_armed_group_is_their_battle(first_event):
    # ACLED: an armed group's killing of a militia's member is a battle of the two, even as an execution
    ev = first_event("Suspected JNIM militants executed a Dozo militiaman at the market of Kassan.", "2019-12-16")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert ev.actor2.name.startswith("Dozo")


def test_a_group_attacking_journalists_commits_violence_against_civilians(first_event):
    # the press attacked as such: an attack on civilians, by an unidentified armed group (not a mob's brawl)
    ev = first_event("A group of youths attacked a journalist in Eldoret on Monday.", "2017-08-15")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name == "Unidentified Armed Group (Kenya)"
    assert ev.actor2.name == "Civilians (Kenya)"


def test_a_crowd_is_never_the_perpetrator_of_violence_against_civilians(first_event):
    # ACLED: rioters or protesters attacking civilians is mob violence; an attack coded on civilians (here a
    # community's camp attacked as such) has an armed perpetrator, unidentified where the report names none
    ev = first_event(
        "On 9 May, a group of farmers destroyed huts and beat women in a camp of Fulani herders near Semere. "
        "They accused the herders of damaging their fields.",
        "2022-05-10",
    )
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1.inter not in (5, 6)
    assert ev.actor2.inter == 7


VAC = ("Violence against civilians", "Attack")
BATTLE = ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # civilians executed by an armed group: violence against civilians (a militiaman: a battle, above)
        ("Suspected JNIM militants executed three villagers at the market of Kassan.", "2019-12-16", VAC),
        # a group that shoots people dead is armed, whatever it is called: its killing is an attack
        (
            "Two technicians repairing a mast in Lari were shot dead by a group that was vandalizing their equipment.",
            "2010-05-09",
            VAC,
        ),
        # one community's men killing another's: a communal militia's attack, not a brawl
        (
            "Meru inhabitants stabbed three Isiolo inhabitants to death at a market as part of the ongoing border "
            "conflict.",
            "2010-05-09",
            VAC,
        ),
        # a presumed thief killed by a crowd: its justice, mob violence
        (
            "On 11 March, a number of farmers confronted a presumed thief stealing cashew nuts on a farm in Perere. "
            "A farmer shot and killed the presumed thief.",
            "2021-03-11",
            ("Riots", "Mob violence"),
        ),
        # a grenade and bomb-making materials seized from the dead, a bomb on a militant: weapons named, none set off
        (
            "On 8 December, soldiers killed three suspected militants near Tin Agadel and seized two rifles, "
            "a grenade and IED-making materials.",
            "2020-01-05",
            BATTLE,
        ),
        ("On 22 February, police killed a presumed militant equipped with an IED in Solhan.", "2020-02-23", BATTLE),
        # a bus carrying pupils struck by a bomb: the bomb went off
        (
            "On 4 January, a bus carrying pupils was struck by an IED near Dagale, killing 14 civilians.",
            "2020-01-05",
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        # grenades thrown with rifles firing: a battle, not remote violence
        ("An armed group attacked police officers in Garissa town with grenades and AK-47s.", "2013-09-07", BATTLE),
    ],
)
def test_what_each_side_does_with_what_decides_the_type(first_event, text, published, expected):
    ev = first_event(text, published)
    assert (ev.event_type, ev.sub_event_type) == expected
