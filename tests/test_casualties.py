"""Casualty figures: quantifiers, victims, kinds, and numbers that are not casualties."""

import pytest

from warlog.casualties import find_claims


def claims(text):
    return [(c.kind, c.low, c.high, c.acled_value) for c in find_claims(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The coalition said it killed at least 100 pro-regime fighters.", [("killed", 100, None, 100)]),
        ("More than 100 Syrian pro-regime forces were killed.", [("killed", 100, None, 100)]),
        ("The monitor confirmed 45 dead among pro-regime forces.", [("killed", 45, 45, 45)]),
        ("State media said dozens were killed.", [("killed", 24, None, 12)]),
        ("Scores of people were wounded.", [("injured", 40, None, 12)]),
        ("Between 20 and 30 civilians were killed.", [("killed", 20, 30, 20)]),
        ("Two police officers and a civilian were killed.", [("killed", 3, 3, 3)]),
        ("Gunmen abducted 12 students.", [("abducted", 12, 12, 12)]),
        ("Police arrested 23 protesters.", [("arrested", 23, 23, 23)]),
        ("Several villagers were killed.", [("killed", 3, None, 10)]),
        ("A man was shot dead.", [("killed", 1, 1, 1)]),
        ("The death toll rose to 12 on Sunday.", [("killed", 12, 12, 12)]),
        ("No casualties were reported.", [("killed", 0, 0, 0)]),
        ("Raiders killed eight Tharu and Magar villagers.", [("killed", 8, 8, 8)]),
        ("Three people - a teacher, a nurse and a trader - were killed in the raid.", [("killed", 3, 3, 3)]),
        ("Two men from the camp [home to displaced families] were killed.", [("killed", 2, 2, 2)]),
        ("A mob stoned two suspected thieves to death.", [("killed", 2, 2, 2)]),
        ("Residents shot dead five rival militia.", [("killed", 5, 5, 5)]),
        ("4 traders assassinated overnight.", [("killed", 4, 4, 4)]),
        ("An official says four children have been killed.", [("killed", 4, 4, 4)]),
        ("Two leaders, a councillor and a pastor, were shot dead.", [("killed", 2, 2, 2)]),
        ("The patrol repulsed them, killing either one or four fighters.", [("killed", 1, 4, 1)]),
        ("Riots in the town. FATALITIES: 15", [("killed", 15, 15, 15)]),
        ("On 1 August 2020, 8 children were killed by an IED.", [("killed", 8, 8, 8)]),
        ("Three members of the same family are killed in a raid.", [("killed", 3, 3, 3)]),
        ("Four people have died in the fighting.", [("killed", 4, 4, 4)]),
        ("Militants killed at the least eight volunteer fighters.", [("killed", 8, None, 8)]),
        ("Two suspected gang members were gunned down by police.", [("killed", 2, 2, 2)]),
        ("Police fired back and killed two of them.", [("killed", 2, 2, 2)]),
        ("On 3 April 2020, three soldiers were killed.", [("killed", 3, 3, 3)]),
        ("Raiders killed thirty-two herders.", [("killed", 32, 32, 32)]),
        ("On 9 June 2021, raiders killed a herder, wounded another, and stole cattle.", [("killed", 1, 1, 1)]),
        ("Two soldiers died. Unknown fatalities coded as 10.", [("killed", 2, 2, 2), ("killed", 10, 10, 10)]),
        ("Two villages were raided, with 1 fatality each.", [("killed", 1, 1, 1)]),
        ("One trader was taken off the truck and executed.", [("killed", 1, 1, 1)]),
        ("At least six were beaten and then summarily executed.", [("killed", 6, None, 6)]),
        ("Two herders at the market were killed.", [("killed", 2, 2, 2)]),
        ("There was 1 fatality.", [("killed", 1, 1, 1)]),
        ("Nine reportedly KIA.", [("killed", 9, 9, 9)]),
        ("One reported dead.", [("killed", 1, 1, 1)]),
        ("Ten were shot, 2 of whom were killed.", [("killed", 2, 2, 2)]),
        ("Four suspects linked to the robbery have been shot dead.", [("killed", 4, 4, 4)]),
        ("Two of those arrested were later found dead.", [("killed", 2, 2, 2)]),
        ("Residents beat a suspected thief who later died.", [("killed", 1, 1, 1)]),
        ("Two soldiers were wounded and later died in hospital.", [("killed", 2, 2, 2)]),
        ("A guard was fatally stabbed.", [("killed", 1, 1, 1)]),
        ("Gunmen killed three prisoners.", [("killed", 3, 3, 3)]),
        ("Gunmen shot dead two Dozo who tried to resist.", [("killed", 2, 2, 2)]),
        ("The clash ended with the death of the three armed men.", [("killed", 3, 3, 3)]),
        ("The fight left one herder dead and several others injured.", [("killed", 1, 1, 1), ("injured", 3, None, 10)]),
        ("The bandits left three people wounded.", [("injured", 3, 3, 3)]),
        ("A crowd beat up two men to death.", [("killed", 2, 2, 2)]),
        ("Police intervened, shooting dead 1", [("killed", 1, 1, 1)]),
        ("Residents stone to death two robbers.", [("killed", 2, 2, 2)]),
        ("Both men were killed.", [("killed", 2, 2, 2)]),
        ("Residents caught a burglar and burned him to death.", [("killed", 1, 1, 1)]),
        ("Gunmen killed a displaced woman and her two children.", [("killed", 3, 3, 3)]),
        ("Militants abducted and executed a trader and his brother.", [("killed", 2, 2, 2)]),
        ("Gunmen kill police reservist", [("killed", 1, 1, 1)]),
        ("His body was found in a well.", [("killed", 1, 1, 1)]),
        ("Youths tied up and fatally assaulted an old man.", [("killed", 1, 1, 1)]),
        ("Gunmen killed and mutilated a farmer.", [("killed", 1, 1, 1)]),
        ("Police shoot dead a taxi driver.", [("killed", 1, 1, 1)]),
        ("The bodies of three men were found in a river.", [("killed", 3, 3, 3)]),
        ("During the fighting, 7 Senegalese were killed.", [("killed", 7, 7, 7)]),
        ("At least one patron is killed in the bar.", [("killed", 1, None, 1)]),
        ("Three Bozo and two Dogon were killed in the clashes.", [("killed", 5, 5, 5)]),
        ("12 charred bodies were taken to the mortuary.", [("killed", 12, 12, 12)]),
        ("Three suspected thieves were set on fire by a mob.", [("killed", 3, 3, 3)]),
        ("A 14 year old girl was hacked to death.", [("killed", 1, 1, 1)]),
        ("Raiders killed a young mother and her two-year old son.", [("killed", 2, 2, 2)]),
        ("Two were wounded; one of the wounded later died.", [("injured", 2, 2, 2), ("killed", 1, 1, 1)]),
        ("Teenage boy killed by raiders in the valley", [("killed", 1, 1, 1)]),
        ("Village chief abducted and executed by militants.", [("killed", 1, 1, 1)]),
        ("A 40-year-old trader, who had been threatened, is killed by a mob.", [("killed", 1, 1, 1)]),
        ("A herder from the village is discovered murdered.", [("killed", 1, 1, 1)]),
        ("Raiders shoot and kill Turkana peace activist", [("killed", 1, 1, 1)]),
        ("Gunmen attack the governor and kill his bodyguard", [("killed", 1, 1, 1)]),
        ("A police officer killed two suspects.", [("killed", 2, 2, 2)]),
        ("Two officers were attacked and set ablaze by a mob.", [("killed", 2, 2, 2)]),
        ("Militants shot dead two peasants in the village.", [("killed", 2, 2, 2)]),
        ("Gunmen slit the throats of three miners.", [("killed", 3, 3, 3)]),
        ("The toll of the raid by militia on a village in the north has risen to 11.", [("killed", 11, 11, 11)]),
        ("Gunmen seized two cars; one of the occupants was found killed.", [("killed", 1, 1, 1)]),
        ("The toll from the market bombing rose to nine.", [("killed", 9, 9, 9)]),
        ("Troops killed 30 militants. Fatalities split between events, as (18) in one place and (12) in another.",
         [("killed", 30, 30, 30), ("killed", 18, 18, 18)]),
    ],
)
def test_figures(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"20 to 30 artillery and tank rounds landed within 500 metres of the headquarters", the official said.',
        "The Omar oil field had a pre-war output of 30,000 barrels per day.",
        "The gas field had a capacity of 13 million cubic metres a day.",
        "The attack occurred eight kilometres east of the river.",
        "The striker scored two goals and was shot down by a late tackle in the 90th minute.",
        "The guards executed a search of the compound.",
        "A mob tried to kill man they accused of theft.",
        "Two houses were set on fire.",
        "Three cows were killed by the raiders.",
        "The thief was nearly lynched.",
        "The man who killed his wife was arrested.",
        "Some farmers killed and burned more than a dozen goats.",
        "The gunmen left two hours later.",
    ],
)
def test_numbers_that_count_no_casualties(text):
    assert claims(text) == []


@pytest.mark.parametrize("phrase", ["a number of", "dozens of", "scores of", "hundreds of", "tens of", "thousands of", "several", "many", "a few"])
def test_every_vague_quantity_has_a_value(phrase):
    text = f"{phrase.capitalize()} people were killed."
    got = claims(text)
    assert len(got) == 1 and got[0][1] is not None and got[0][3] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Parents took to the streets to protest the death of a boy who drowned last week.",
        "Residents blocked the road with the coffin of a man killed the day before by bandits.",
        "Youths protested the killing of two traders by police.",
    ],
)
def test_a_death_protested_is_a_grievance_not_the_protests_toll(text):
    found = find_claims(text, [(0, len(text))])
    assert found and all(c.extras.get("grievance") for c in found if c.kind == "killed")


def test_deaths_during_a_protest_count():
    text = "Protesters clashed with police, who killed two demonstrators."
    assert [c.extras.get("grievance") for c in find_claims(text, [(0, len(text))])] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Mourners held a vigil to honour 40 people killed in the unrest.",
        "Police arrested two men for the murder of a trader.",
        "Residents say 10 people have been killed in the last two months.",
        "In the past three years, 25 people have been killed in raids.",
        "One was shot dead (possibly included in the 5 reported killed in the city).",
        "The movement demanded justice for two members who were killed.",
        "Mourners gathered where a bomb killed one woman several days earlier.",
        "Students protested clashes that killed four students last month.",
        "A mob lynched a man said to be behind the killing of two children.",
    ],
)
def test_deaths_of_another_event_or_a_tally_are_not_this_events(text):
    found = [c for c in find_claims(text, [(0, len(text))]) if c.kind == "killed"]
    assert found and any(c.extras.get("grievance") for c in found)
    assert not any(c.low in (40, 10, 25, 5, 4, 2) for c in found if not c.extras.get("grievance"))


def test_claiming_responsibility_for_a_killing_is_this_events():
    text = "The group claimed responsibility for the killing of two soldiers."
    assert [c.extras.get("grievance") for c in find_claims(text, [(0, len(text))])] == [None]


def deaths(text):
    """The ACLED figure of one text's killed claims, as warlog.fatalities derives it."""
    from warlog.fatalities import acled_fatalities
    from warlog.records import Claim

    found = find_claims(text, [(0, len(text))])
    return acled_fatalities(
        [Claim(kind=c.kind, victims=c.victims, low=c.low, high=c.high, acled_value=c.acled_value,
               quantifier=c.quantifier, text=text[c.start : c.end])
         for c in found if not c.extras.get("grievance")]
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # an object figure after the verb: the one before the verb is not the victim
        ("Militiamen led by a village councillor reportedly executed eleven traders.", 11),
        # a community's name, then who they were, then more victims
        ("Villagers killed 4 Tuareg herders and 3 other displaced people.", 7),
        # the people just taken are the dead
        ("Soldiers arrested four herders and executed them near the well.", 4),
        ("Gunmen abducted six traders on the road, their bodies were later found in the bush.", 6),
        ("Soldiers detained five herders at the well, those detained were subsequently found dead.", 5),
        # one person, coordinated
        ("Gunmen hacked to death a village chief and his bodyguard.", 2),
        ("Militants assassinated a teacher and the son of the imam.", 2),
        ("Gunmen shot dead a trader and beheaded another.", 2),
        ("The pastor was shot dead along with another man.", 2),
        # time words between the auxiliary and the verb
        ("Three traders were Sunday evening shot dead by bandits.", 3),
        ("Two herders were in the early morning hours killed by raiders.", 2),
        ("Four people were on 14/05 killed in the raid.", 4),
        # a relative clause between the victims and their verb
        ("Two men who were suspected of theft are lynched by a mob.", 2),
        # the ages of victims are not counts
        ("A 9 year old boy and his 60 year old mother were killed.", 2),
        # a breakdown of a figure given before is no more dead
        ("Six herders were killed. Among the dead were two women and four men.", 6),
        ("Nine people were killed, including three soldiers.", 9),
        # "others" add to the figure just before, not to the source's largest
        ("Raiders killed five herders. Three were shot dead at the well and two others died in the bush.", 5),
        # a revised total
        ("One death was reported. Later the death total was raised from 1 to 6.", 6),
        # one person, as the subject
        ("The victim was beheaded on the road.", 1),
        ("The mother of the candidate was found dead in her house.", 1),
        ("A student at the local college was shot dead.", 1),
        ("A councillor who had criticised the militia was shot dead.", 1),
        ("Militia member killed by soldiers", 1),
        ("Gunmen abducted a herder. He was later executed.", 1),
        ("A body has been found in the river.", 1),
        ("The trader's body was later found in a well.", 1),
        ("A man was badly beaten by a mob and he died later in hospital.", 1),
        # a second head word before the coordinated victim
        ("Bandits attacked and killed two police officers and a trader.", 3),
        # an announced figure, then more: the first figure is not exceeded
        ("Rebels killed six soldiers. Three soldiers were first announced dead, three others were found later.", 6),
        # a span of time is no count
        ("A mob beat a suspect. Several days later the suspect died.", 1),
        # "a third" is one more
        ("Gunmen executed two herders; a third body was found nearby.", 3),
        # kin killed with the victim
        ("A camp worker was killed by gunmen with his wife and son in the town.", 3),
        ("A trader was shot dead with his son's rifle.", 1),
        ("A farmer was killed together with his brother.", 2),
        # people caught, then killed: the count of the capture
        ("Vigilantes caught three suspected robbers and burned them alive.", 3),
        ("The militia captured two gunmen and executed them after questioning.", 2),
        ("Soldiers captured two bases and killed four militants.", 4),
        # a bare figure before a dash or a bracket
        ("Police intervened, killing 3 - details not given.", 3),
        # a grievance ends at the semicolon: the deaths after it are this event's
        ("Youths rioted over the murder of a trader; three people died in the riots.", 3),
        # a group's acronym as the victims, not a weapon's
        ("5 suspected ADF shot dead by soldiers near the border.", 5),
        ("Two IEDs killed four soldiers on the road.", 4),
        # a participle after the victims: they were taken, then killed
        ("Two men abducted were later killed by the gunmen.", 2),
        ("Three traders detained by police were released.", 0),
        # further deaths add to the figure before
        ("Gunmen killed 4 people in the town. Two further victims died in hospital.", 6),
        ("Six additional deaths were reported after the attack.", 6),
        # the Sahel communiqués' word for killed
        ("Soldiers neutralized ten militants near the border.", 10),
        # who they were, then found dead
        ("Two traders of foreign origin found dead near the market.", 2),
        # headline tense
        ("Al Shabaab executes 9 farmers by firing squad.", 9),
        ("The group massacres 30 villagers in a raid.", 30),
        # a figure the report does not vouch for competes with the confirmed one
        ("Raiders killed 5 herders - (30 unconfirmed deaths reported in the wider area).", 5),
    ],
)
def test_acled_figure_of_a_text(text, expected):
    assert deaths(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A crowd tried to lynch a woman accused of theft.",
        "Two thieves are beaten and nearly lynched by residents.",
        "Residents lynched a man who was accused of killing four people.",
        "Riders blocked the road over a colleague who had died in custody.",
        "Protesters marched for a journalist killed in 1998.",
    ],
)
def test_no_death_of_this_event(text):
    assert deaths(text) == (1 if "lynched a man" in text else 0)


def test_a_date_is_no_count():
    assert claims("Three herders were on 21/12 are killed.") == [("killed", 3, 3, 3)]


def test_bucketed_alternation_matches_as_before():
    import re

    from warlog.casualty_patterns import VICTIM_HEAD, _by_first_letter

    alternation = "people|persons?|[a-z]{3,}ers|police(?:men)?|a|an|s?he|Pokot"
    bucketed = _by_first_letter(alternation)
    assert bucketed.count("(?-i:[pP") == 3  # each run between generic alternatives keeps its place
    for word in ["people", "persons", "farmers", "policemen", "an", "she", "POKOT", "ſoldiers"]:
        a = re.match(rf"(?:{alternation})", word, re.I)
        b = re.match(rf"(?:{bucketed})", word, re.I)
        assert (a and a.group(0)) == (b and b.group(0)), word
    head = _by_first_letter(VICTIM_HEAD)
    for word in ["civilians", "gendarmes", "Fulani", "worshipers", "MPs", "al-Shabaab"]:
        a = re.match(rf"(?:{VICTIM_HEAD})\b", word, re.I)
        b = re.match(rf"(?:{head})\b", word, re.I)
        assert (a and a.group(0)) == (b and b.group(0)), word


def test_chains_coordinated_heads_participles_and_a_common_typo():
    def low(text):
        return [(c.kind, c.low) for c in find_claims(text, [(0, len(text))])]

    assert ("killed", 4) in low("Four herders were shot, hacked and decapitated by raiders.")
    assert ("killed", 7) in low("Seven women and children were killed by bandits.")
    assert ("killed", 3) in low("Two soldiers and a civilian were killed in the ambush.")  # still counted apart
    assert low("Three men suspected of killing a trader were lynched by a mob.") == [("killed", 3)]
    assert ("killed", 5) in low("Five militants were kiled by soldiers during a raid.")


def test_a_side_that_lost_men_lost_them_dead():
    assert claims("Soldiers killed 15 militants and lost two of their own in the ambush.") == [
        ("killed", 15, 15, 15),
        ("killed", 2, 2, 2),
    ]
    assert claims("The army lost three soldiers in the attack.") == [("killed", 3, 3, 3)]
    assert claims("He lost his job after the strike.") == []
    assert claims("The team lost two matches.") == []
