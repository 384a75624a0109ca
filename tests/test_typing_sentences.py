"""Sentences through the real pipeline where the typing depends on the parse: clauses, dates,
contexts, crowds and who acts on whom. Sentences written for these tests."""

import pytest

from warlog.triggers import find_triggers


@pytest.mark.parametrize(
    "text, status",
    [
        ("Hundreds demonstrated in Ouagadougou on Monday for justice over an assassination in 1990.", "reported"),
        ("Policemen dismissed in 2012 demonstrated on Monday for their reintegration.", "reported"),
        ("Teachers who retired between the years of 1997 and 2007 protested in Nyeri over their unpaid pensions.", "reported"),
        ("Farmers protested in Kisumu over payments promised by the sugar company two years ago.", "reported"),
        ("The attack in 2015 killed three people.", "background"),
    ],
)
def test_a_year_that_dates_another_event_leaves_the_report_current(pipeline, text, status):
    events = pipeline.extract(text, "2019-06-05").events
    assert events and events[0].status == status


def test_a_date_range_is_no_football_score(pipeline):
    text = "Overnight between November 7-8 2019, soldiers engaged suspected militants near the forest of Tofagala."
    events = pipeline.extract(text, "2019-11-09").events
    assert events and events[0].event_type == "Battles"


def test_an_undated_clause_takes_the_date_later_in_its_sentence(pipeline):
    text = "Six people died and two others were injured in fighting between two clans in Wajir county [in the north] on Saturday."
    events = pipeline.extract(text, "2016-11-08").events
    assert events[0].event_date == "2016-11-05"


def test_a_figure_of_another_time_is_no_claim_of_the_event(pipeline):
    text = (
        "Gunmen kidnapped 25 people in a village near Tsafe on Tuesday, police said on Wednesday.\n\n"
        "Hundreds of people have been abducted in the state this year alone. In February 2021, gunmen "
        "seized 279 schoolgirls from a school in Jangebe."
    )
    events = [e for e in pipeline.extract(text, "2024-09-11").events if e.status == "reported"]
    assert [c.low for e in events for c in e.claims] == [25]


def test_a_human_rights_defender_is_no_football_player(pipeline):
    ev = pipeline.extract("A human rights defender was shot and killed by police in Meru on Monday.", "2018-03-01").events
    assert ev and ev[0].sub_event_type == "Attack"


def test_rival_supporters_fighting_is_mob_violence(first_event):
    ev = first_event(
        "On Monday, ODM supporters of one aspirant clashed with those of his rival at a party rally in Magunga.",
        "2017-04-18",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Rioters")


def test_a_relative_clause_of_the_past_leaves_the_report_current(pipeline):
    text = "On Monday, police dispersed rioting protesters who had been barricading roads in Nakuru."
    assert pipeline.extract(text, "2013-01-10").events[0].status == "reported"
    text = "Fighters have been attacking villages in the region for years."
    assert pipeline.extract(text, "2013-01-10").events[0].status == "background"


def test_an_arrest_demanded_or_protested_is_no_intervention(pipeline):
    ev = pipeline.extract("On Monday, residents marched to demand the release of 23 people arrested in their area.", "2016-03-15").events[0]
    assert ev.sub_event_type == "Peaceful protest"
    ev = pipeline.extract("On Monday, police arrested 20 protesters who marched in Nairobi.", "2016-03-15").events[0]
    assert ev.sub_event_type == "Protest with intervention"
    ev = pipeline.extract("On Monday, over 80 traders were arrested in Nairobi in an operation against illegal structures.", "2016-03-15").events[0]
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text, sub",
    [
        ("On Monday, the army defused an improvised explosive device planted on the road to Kaya.", "Disrupted weapons use"),
        ("On Monday, hundreds held a peaceful march and blocked the avenue for an hour.", "Peaceful protest"),
        ("On Monday, police shot and wounded three demonstrators at a march against fuel prices.",
         "Excessive force against protesters"),
        ("On Monday, a man was killed during protests against the mayor in the town.", "Excessive force against protesters"),
        ("On Monday, vendors protested over market fees; police blocked the marchers from reaching the town hall.",
         "Protest with intervention"),
        ("On Monday, residents protested against the killing of two herders by unknown gunmen.", "Peaceful protest"),
        ("On Monday, women marched to commemorate the anniversary of the murder of a journalist.", "Peaceful protest"),
        ("On Monday, teachers marched in support of soldiers amid rising attacks on the army.", "Peaceful protest"),
        ("On Monday, residents protested against the eviction, and they burned tyres on the road.",
         "Violent demonstration"),
        ("On Monday, herders protest recurring raids by cattle thieves in the county.", "Peaceful protest"),
        ("On Monday, marchers fled after police lobbed tear gas canisters to disperse them.", "Protest with intervention"),
        ("On Monday, inmates escaped after students set two police posts on fire to protest against the curfew.",
         "Violent demonstration"),
    ],
)
def test_protest_sub_types_follow_acled_rules(first_event, text, sub):
    assert first_event(text, "2020-03-03").sub_event_type == sub


def test_a_lead_event_dated_far_from_publication_is_still_reported(pipeline):
    text = "On 2 February 2021, gunmen attacked the market of Tanwalbougou."
    assert pipeline.extract(text, "2020-02-04", require_english=False).events[0].status == "reported"
    text = "On 2 February, gunmen attacked the market of Tanwalbougou."
    assert pipeline.extract(text, "2020-12-10", require_english=False).events[0].status == "reported"
    text = "Gunmen attacked Tanwalbougou on 2 February 2021. Militants will attack again, they warned."
    assert pipeline.extract(text, "2020-02-04", require_english=False).events[0].status == "reported"


def test_a_protest_about_a_past_event_is_reported(pipeline):
    text = "A march was held to commemorate the anniversary of the murder of a union leader in 2001."
    ev = pipeline.extract(text, "2020-12-13", require_english=False).events[0]
    assert (ev.status, ev.sub_event_type) == ("reported", "Peaceful protest")
    text = "Pupils marched to denounce the lack of teachers since the start of the school year."
    assert pipeline.extract(text, "2020-12-13", require_english=False).events[0].status == "reported"


# Short notes typed as ACLED codes them, one table; each "--" heads a group of the cases.
SHORT_NOTES = [
    # -- political violence of short notes
    ("On 3 May, gunmen attacked the gendarmerie post in Kpendjal and a civilian was wounded.", ("Battles", "Armed clash")),
    ("The police station in Solle was attacked by heavily armed gunmen on Sunday.", ("Battles", "Armed clash")),
    ("On Sunday, Pokot raiders killed eleven Turkana herders in Kainuk.", ("Violence against civilians", "Attack")),
    ("On Sunday, Borana and Gabra communities clashed in Moyale, leaving five people dead.", ("Battles", "Armed clash")),
    ("On Monday, residents of Ganze killed a woman accused of witchcraft.", ("Riots", "Mob violence")),
    ("On 4 June, the army defused an IED planted on the road near Djibo.", ("Strategic developments", "Disrupted weapons use")),
    ("On Friday, militants abducted a teacher in Arbinda and beat him.", ("Violence against civilians", "Attack")),
    # -- allegations crowds and contexts of short notes
    ("On Monday, police arrested two men suspected of murdering a trader in Kisumu.", ("Strategic developments", "Arrests")),
    ("On Monday, students set fire to the dormitory of their school in Nyeri.", ("Riots", "Mob violence")),
    ("On Monday, angry demonstrators ambushed a tax collector in the market of Kisii.",
     ("Riots", "Violent demonstration")),
    ("On Monday, bandits killed a herder in Marsabit, believed to be related to ethnic violence in the area.",
     ("Violence against civilians", "Attack")),
    # the parser may read "protesters" as a verb with "fires" as its object: a protester takes none
    ("NASA protesters light fires in Kitui and are dispersed by police.", ("Riots", "Violent demonstration")),
    # -- armed posts among objects and killings protested
    ("On 9 March, militants attacked and opened fire on forest guards near Nassougou.", ("Battles", "Armed clash")),
    ("On 29 April, militants attacked the town of Solle, the police station and the town hall.",
     ("Battles", "Armed clash")),
    ("On 29 April, militants attacked the police station of Solle while it was unmanned and burned it.",
     ("Strategic developments", "Looting/property destruction")),
    ("On Monday, unknown assailants killed a trader in Garissa. Protests against the killing continued all day.",
     ("Violence against civilians", "Attack")),
    # -- groups of civilians and hired thugs
    ("On Monday, a group beat to death two men suspected of theft and rape in Kisumu.", ("Riots", "Mob violence")),
    ("On Monday, students of a rival college attacked and injured students of the polytechnic in Nyeri.",
     ("Riots", "Mob violence")),
    ("On Monday, a group of hired thugs attacked a village in Kisumu and killed four people.",
     ("Violence against civilians", "Attack")),
    # -- grievance nouns waves of clashes and angry residents
    # a grievance named as a noun ("harassment", "stab wounds", "the grenade attack") is no assault by the marchers
    ("On Monday, journalists in Mombasa protested against harassment by county officials.", ("Protests", "Peaceful protest")),
    ("On Monday, protesters gathered at the site of the grenade attack and called for peace.",
     ("Protests", "Peaceful protest")),
    # "a fresh wave of clashes" is the event itself, not its context
    ("On Monday, six people were killed in a fresh wave of clashes between the Orma and Wardei communities.",
     ("Battles", "Armed clash")),
    # angry residents storming an office protest; a mob is violent
    ("On Monday, angry residents marched to the county offices in protest over water cuts.", ("Protests", "Peaceful protest")),
    # -- posts attacked in headlines and men who shoot police
    # a headline's bare passive: the post attacked is the armed side of a battle
    ("Army camp near Tessit attacked by gunmen on Monday.", ("Battles", "Armed clash")),
    ("Police post in Garbatula attacked overnight by unknown assailants.", ("Battles", "Armed clash")),
    # two men who shoot police officers dead are an armed group, whatever the report calls them
    ("On Monday, two men on a motorcycle shot dead a police officer outside a bar in Mombasa.",
     ("Battles", "Armed clash")),
    # -- suspects killed by crowds and supporters clashing
    # suspected wrongdoers killed by no armed group: a crowd's justice
    ("On Monday, two suspected robbers were beaten to death in Kisii.", ("Riots", "Mob violence")),
    ("On Monday, a suspected thief was burnt to death in a market in Lahore.", ("Riots", "Mob violence")),
    # rival supporters clashing, no weapons named: a riot
    ("On Monday, ruling party and opposition supporters clashed in Dhaka ahead of the vote; five were injured.",
     ("Riots", "Mob violence")),
    # -- rockets fired by men who attack, fighters named by what they were, operations against militants
    # an RPG fired by men who attacked a post, or rockets with small arms: a battle; rockets alone: shelling
    ("On Monday, militants attacked the gendarmerie in Kpendjal and fired an RPG at the building.", ("Battles", "Armed clash")),
    ("On Monday, militants attacked and killed three soldiers near Kandi using RPGs and small arms.",
     ("Battles", "Armed clash")),
    ("On Monday, militants fired rockets at the military base of Djibo.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # people described as militiamen are armed; civilians described as a militia's supporters are civilians
    ("On Monday, militants killed three people described as Koglweogo militiamen in Kaya.", ("Battles", "Armed clash")),
    ("On Monday, militants killed four civilians described as Koglweogo supporters in Kaya.",
     ("Violence against civilians", "Attack")),
    ("On Monday, police killed two armed men near Lodwar.", ("Battles", "Armed clash")),
    ("On Monday, forty Jie warriors were killed in a cattle raid in Turkana.", ("Battles", "Armed clash")),
    # the unarmed are civilians, whatever they were suspected to be
    ("On Monday, soldiers shot dead an unarmed militant at a checkpoint near Dori.", ("Violence against civilians", "Attack")),
    # militiamen and locals who clash, militiamen overpowered: the locals fought, the militia fought
    ("On Monday, Koglweogo militiamen and locals clashed in Kaya, leaving three dead.", ("Battles", "Armed clash")),
    ("On Monday, militants attacked the village of Kali; Dozo militiamen defending it were overpowered and six villagers "
     "were killed.", ("Battles", "Armed clash")),
    ("On Monday, French forces conducted air/ground operations near Oursi. Corpses of ISGS militants were left behind.",
     ("Battles", "Armed clash")),
    ("On Monday, soldiers conducted joint operations targeting JNIM militants near Djibo and dismantled two camps.",
     ("Battles", "Armed clash")),
    # bombs that go off in their makers' hands are disrupted weapons use
    ("On Monday, two militants were killed while in the process of planting an IED near Tougan.",
     ("Strategic developments", "Disrupted weapons use")),
    ("Two bombers died when explosives they were carrying went off in Garissa on Monday.",
     ("Strategic developments", "Disrupted weapons use")),
    # -- a militia's men taken, people attacked with their homes, a victim's own deed
    ("On Monday, militants abducted three volunteer fighters (VDP) near Kaya.", ("Battles", "Armed clash")),
    ("On Monday, militants abducted a teacher near Kaya.", ("Violence against civilians", "Abduction/forced disappearance")),
    ("On Monday, ethnic militias burned homes in Molo and attacked civilians.", ("Violence against civilians", "Attack")),
    ("On Monday, militants attacked the village of Kali and burned the chief's house.",
     ("Strategic developments", "Looting/property destruction")),
    ("On Monday, a group of farmers attacked a Fulani pastoralist camp near Nikki, wounding three.",
     ("Violence against civilians", "Attack")),
    # what the man the crowd beat had tried to do is no abduction of this event
    ("On Monday, residents assaulted a man who attempted to kidnap a child in Parakou.", ("Riots", "Mob violence")),
    # -- grievances told in clauses of cause and appositions, crowds that attack or damage
    ("On Monday, residents demonstrated in Semere. The demonstrators demanded the closure of a quarry after a bridge was "
     "destroyed and a child died.", ("Protests", "Peaceful protest")),
    ("On Monday, students demonstrated for an inquiry into the death of Ali Musa, a trader who was killed in custody.",
     ("Protests", "Peaceful protest")),
    ("On Monday, a group of youths attacked people at a rally in Kitui.", ("Riots", "Violent demonstration")),
    ("On Monday, police fired tear gas at opposition supporters marching in Nairobi. The demonstrators damaged cars.",
     ("Riots", "Violent demonstration")),
    # an armed group met by the police or ambushed: a battle, whoever the parse takes for its agent
    ("Armed members of the MRC attack police officers in Kilifi; casualties on both sides.", ("Battles", "Armed clash")),
    ("On Monday, youths ambushed a group of ISGS militants in Salmossi and killed two of them.", ("Battles", "Armed clash")),
    ("On Monday, militants killed seven people including four Koglweogo militiamen in Kantari.", ("Battles", "Armed clash")),
    ("On Monday, militants killed seven people including four women in Kantari.", ("Violence against civilians", "Attack")),
    ("On Monday, Al Shabaab militants who tried to attack the post in Mandera were driven back by police officers.",
     ("Battles", "Armed clash")),
    # a grievance named by the feeling it stirs ("discontent with the kidnapping") is no act of the marchers
    ("On Monday, protesters marched in Djibo to express discontent with the recent kidnapping of a priest.",
     ("Protests", "Peaceful protest")),
    ("On Monday, protesters forcibly entered the offices of the electoral commission in Kisumu.",
     ("Riots", "Violent demonstration")),
    # -- explosives in a ground attack, the state's violence a protest answers
    ("On Monday, militants attacked the police station in Solle and set off explosives.", ("Battles", "Armed clash")),
    ("On Monday, militants attacked an army convoy near Arbinda; the attack began with an IED detonation followed by "
     "small arms fire.", ("Battles", "Armed clash")),
    ("On Monday, an IED exploded under an army truck near Arbinda, killing two soldiers.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("On Monday, police opened fire on a wedding party in Bobo-Dioulasso, wounding two women. Residents protested the "
     "shooting.", ("Violence against civilians", "Attack")),
    ("On Monday, police shot dead a boda boda rider in Kisumu, sparking protests by his colleagues.",
     ("Violence against civilians", "Attack")),
    ("On Monday, police shot dead two protesters during a demonstration in Kisumu.",
     ("Protests", "Excessive force against protesters")),
    # traditional hunters are their community's militia: they fight soldiers, and barricade roads as rioters
    ("On Monday, soldiers and traditional hunters clashed in Bante; two policemen were killed.", ("Battles", "Armed clash")),
    ("On Monday, hunters barricaded the highway in Tanguieta with burning tyres.", ("Riots", "Violent demonstration")),
    # -- words of short notes: captives, dumped bodies, people blocked, crowds that chase or evict, goods seized
    ("On Monday, a party official was held captive by rival members at a polling station in Kisii.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("On Monday, two bodies were dumped in the river near Thika.", ("Violence against civilians", "Attack")),
    ("On Monday, residents forcefully evicted twenty suspected criminals from their homes in Teso.",
     ("Riots", "Mob violence")),
    ("On Monday, the assistant chief was chased away by angry locals in Kisii.", ("Riots", "Mob violence")),
    ("On Monday, militants entered the village of Kissi and emptied the school store by seizing rice and oil.",
     ("Strategic developments", "Looting/property destruction")),
    ("On Monday, police closed a bridge in Nairobi when a package was discovered to be a suspected bomb.",
     ("Strategic developments", "Disrupted weapons use")),
    ("On Monday, unknown gunmen in military fatigues detained a civilian near Diebougou.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    # the police stopping an assault they took no part in: the assailants' mob violence
    ("On Monday, women assaulted a merchant with clubs and stones near the gendarmerie in Solenzo. Gendarmes intervened.",
     ("Riots", "Mob violence")),
    # the leader or member of an armed group killed: a fight with that group
    ("On Monday, soldiers killed the leader of a small militant group in Samtangou.", ("Battles", "Armed clash")),
    ("On Monday, gunmen killed a member of Al Shabaab in Majengo.", ("Battles", "Armed clash")),
    ("On Monday, a security operation against a group of Pokot militia in Baringo left six bandits dead.",
     ("Battles", "Armed clash")),
    # a crowd named by its anger, or youths destroying: a riot, not an armed group's property destruction
    ("On Saturday, angry boda boda riders in Malindi burnt down a bus that had hit one of them.", ("Riots", "Mob violence")),
    ("On Monday, youths destroy ballot boxes at a polling centre in Kiambu.", ("Riots", "Mob violence")),
    # the officer arrested afterwards is no armed victim of his own shooting
    ("On Monday, a police officer shot dead a driver who refused to pay a bribe in Narok. The officer was arrested.",
     ("Violence against civilians", "Attack")),
    # the police a crowd hands a suspect to take no part in the beating
    ("On Monday, a group beat a suspected robber before handing him over to the police in Parakou.",
     ("Riots", "Mob violence")),
]


@pytest.mark.parametrize("text, expected", SHORT_NOTES)
def test_short_notes_are_typed_as_acled_does(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


def test_the_assailants_are_the_group_named_before(first_event):
    ev = first_event("On Monday, JNIM militants attacked the village of Kali and the assailants killed two traders.", "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name.startswith("JNIM") and ev.actor2.name.startswith("Civilians")


def test_police_shot_dead_on_patrol_fight_an_unnamed_group(first_event):
    ev = first_event("Two police officers shot dead while on patrol in Mandera on Tuesday.", "2016-06-08")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    assert {ev.actor1.name, ev.actor2.name} == {"Unidentified Armed Group (Kenya)", "Police Forces of Kenya"}


def test_an_off_duty_or_former_fighter_killed_is_a_civilian(first_event):
    ev = first_event("On Monday, gunmen shot dead an off-duty police officer in Mombasa.", "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    ev = first_event("On Monday, gunmen shot dead a police officer in Mombasa.", "2020-06-08")
    assert ev.event_type == "Battles"


def test_police_shooting_suspects_is_no_mob(first_event):
    ev = first_event("On Monday, police shot dead two suspected robbers in Eastleigh.", "2020-06-08")
    assert ev.event_type != "Riots"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a league, a captain or a coach alone is no match report
        ("On Monday, gunmen killed an official of the Awami League in Dhaka.", "Violence against civilians"),
        ("On Monday, militants attacked an army captain's convoy near Kidal.", "Battles"),
    ],
)
def test_one_ambiguous_sport_word_keeps_the_attack(first_event, text, expected):
    assert first_event(text, "2020-06-08").event_type == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, police and street vendors clashed over the demolition of stalls in Karachi.",
        "On Monday, police clashed with a group of minibus drivers at a bus stage in Nakuru.",
    ],
)
def test_police_clashing_with_unarmed_tradespeople_is_a_riot(first_event, text):
    assert first_event(text, "2020-06-08").event_type == "Riots"


def test_police_clashing_with_armed_villagers_is_no_riot(first_event):
    ev = first_event("On Monday, police clashed with villagers armed with rifles near Kapedo; two officers were shot dead.",
                     "2020-06-08")
    assert ev.event_type != "Riots"


def test_two_parties_supporters_clashing_at_a_rally_is_mob_violence(first_event):
    ev = first_event("On Monday, PTI and PML-N supporters clashed at a rally in Lahore.", "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb of violence after the protest verb, a protest that turns violent
        ("On Monday, traders demonstrated violently in the market town over new levies.", "Riots"),
        ("A march by teachers over unpaid wages turns violent in the capital.", "Riots"),
        # roads blocked, with several words between the verb and the road
        ("Angry youths blocked both sides of the highway on Friday to protest a water shortage.", "Riots"),
        # the harm is what the protest is about: the relatives of a man killed earlier
        ("A protest was held in the town on Tuesday by the family of a man beaten to death by police last month.", "Protests"),
        ("Students demonstrated on Friday for an investigation into the killing of a lecturer who was shot last year.", "Protests"),
    ],
)
def test_protest_or_riot_by_the_words_of_the_report(first_event, text, expected):
    assert first_event(text, "2021-03-08").event_type == expected


def test_armed_men_killed_in_a_raid_on_a_village_make_it_a_battle(first_event):
    ev = first_event(
        "On 3 March 2021, militants attacked the village of Kolo, killing four militiamen and two civilians.", "2021-03-05"
    )
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Armed clash")
    ev = first_event("On 3 March 2021, militants attacked the village of Kolo, killing two civilians.", "2021-03-05")
    assert ev.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "running battles": crowds and the police in the streets
        ("Hawkers fought running battles with city police in the market on Monday.", ("Riots", None)),
        # party supporters against the police, no weapons named: a crowd, not a party militia
        ("On Tuesday, ODM supporters clashed with police after the results were announced.", ("Riots", None)),
        # election violence with no armed group named
        ("Three shops were burnt in post-election violence in the town on Sunday.", ("Riots", "Violent demonstration")),
    ],
)
def test_crowds_of_the_street_and_the_vote_riot(first_event, text, expected):
    ev = first_event(text, "2022-08-16")
    assert ev.event_type == expected[0] and (expected[1] is None or ev.sub_event_type == expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday night, rustlers raided a homestead near the river and drove away 40 head of cattle.",
        "Armed raiders stole 300 goats from herders in the valley on Friday.",
    ],
)
def test_livestock_stolen_in_a_raid_is_an_attack(first_event, text):
    assert (first_event(text, "2015-05-04").event_type) == "Violence against civilians"


def test_running_battles_without_a_demonstration_are_mob_violence(first_event):
    ev = first_event("On Saturday, residents engaged police in running battles in the town centre.", "2016-02-08")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas on Monday to disperse a crowd of residents who had blocked the main road with rocks.",
        'Police dispersed a sit-in by market vendors on Monday when it had become "rowdy".',
        "Rowdy students stormed the principal's office on Monday over the suspension of classmates.",
    ],
)
def test_crowds_that_turn_unruly_riot(first_event, text):
    assert first_event(text, "2019-04-09").event_type == "Riots"


def test_a_road_blocked_by_the_police_is_no_riot(first_event):
    ev = first_event("Police blocked the road to the stadium on Monday to stop a march by teachers.", "2019-04-09")
    assert ev.event_type == "Protests"
    # told the other way round: the road "was blocked by police" is their intervention, no riot cue
    cues = {t.cue for t in find_triggers("Traffic was blocked by police near the stadium.")}
    assert "intervene" in cues and "riot" not in cues


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, a man armed with a knife stabbed three shoppers at the bus park; the attacker was then beaten by the crowd.",
        "A guard shot a hawker in the market on Friday before he was attacked and killed by an angry mob.",
    ],
)
def test_the_crowds_revenge_on_an_attacker_leaves_the_attack_the_event(first_event, text):
    assert first_event(text, "2018-07-02").event_type == "Violence against civilians"


def test_a_crowd_beating_a_thief_is_still_mob_violence(first_event):
    ev = first_event("On Friday, a suspected thief was beaten to death by an angry mob at the bus park.", "2018-07-02")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_the_violence_a_march_answers_is_no_riot(first_event):
    ev = first_event("On Monday, following weeks of violence in the area, residents marched to the county offices to ask for peace.", "2019-03-19")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, youth attacked two tallying clerks at a school in the ward.",
        "On Saturday, voters tried to raid the tallying centre after the results were delayed.",
    ],
)
def test_youths_or_voters_attacking_are_a_mob(first_event, text):
    ev = first_event(text, "2022-08-15")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")


def test_barricades_with_no_violence_reported_are_still_a_violent_demonstration(first_event):
    ev = first_event(
        "On Monday, traders barricaded the main road with burning tyres to protest new market fees. No violence was reported.",
        "2019-05-14",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    ev = first_event("On Monday, traders marched peacefully to protest new market fees. No violence was reported.", "2019-05-14")
    assert ev.event_type == "Protests"
