"""ACLED's typing rules on hand-made frames."""

import pytest

from warlog.triggers import Frame, classify, find_triggers, interaction


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


def test_march_the_month_is_no_protest():
    assert [t.cue for t in find_triggers("On 28 March 2020, gunmen killed a man.")] == ["attack"]
    assert "protest" in {t.cue for t in find_triggers("Students marched to parliament.")}


def test_unknown_attackers_killing_police_fight_a_battle():
    frame = Frame({"attack"}, None, None, victims_armed=True, killed=True)
    assert classify(frame) == ("Battles", "Armed clash")
    assert classify(Frame({"attack"}, None, None, victims_civilian=True, killed=True)) == (
        "Violence against civilians", "Attack")


def test_police_dispersing_a_crowd_is_a_protest_met_with_force():
    f = Frame({"intervene"}, "police", None)
    assert classify(f) == ("Protests", "Protest with intervention")
    assert classify(Frame({"arrest", "intervene"}, "police", None)) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    "text, cue",
    [
        ("A roadside bomb explodes near a military truck.", "ied"),
        ("Assailants hurled a petrol bomb at a petrol station.", "attack"),
        # a demonstration's violence in other words: tyres lit, a road blocked (by the crowd), stones, damage
        ("In Kisumu, demonstrators lit tyres along the main road.", "riot"),
        ("The main crossroads of the town was blocked for four hours by students.", "riot"),
        ("Protesters stone a reporter covering the march.", "mob"),
        ("The march led to destruction of property in the town centre.", "loot"),
    ],
)
def test_more_cues(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


def test_a_road_blocked_by_the_police_is_their_intervention_not_a_riot():
    cues = {t.cue for t in find_triggers("Traffic was blocked by police near the stadium.")}
    assert "intervene" in cues and "riot" not in cues


@pytest.mark.parametrize(
    "text, status",
    [
        ("Hundreds demonstrated in Ouagadougou on Monday for justice over an assassination in 1990.", "reported"),
        ("Policemen dismissed in 2012 demonstrated on Monday for their reintegration.", "reported"),
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


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Militants seized 5 tricycles from farmers near Dablo.", "loot"),
        ("Militants sabotaged a water station in Titao.", "loot"),
        ("Militants set off explosives and damaged a bridge.", "ied"),
        ("JNIM militants disarmed rival fighters near Baraboule.", "disrupted"),
        ("Shots were fired inside the presidential compound.", "attack"),
        ("Police found the bodies of four men in a vehicle.", "attack"),
        ("Residents closed down the town hall over the mayor's absence.", "protest"),
        ("Students crowded the junction demanding the resumption of exams.", "protest"),
    ],
)
def test_cues_of_acts_reported_tersely(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


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


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Health workers started a 96-hour work stoppage.", "protest"),
        ("Workers held a sit in to denounce appointments.", "protest"),
        ("An unidentified man hacks a woman to death.", "attack"),
        ("Armed men steal 3,000 head of livestock.", "loot"),
        ("Party supporters throw stones at rivals.", "mob"),
        ("Residents set a suspected thief alight.", "attack"),
        ("A group storms the party office.", "attack"),
    ],
)
def test_headline_and_present_tense_cues(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


def test_weather_is_no_attack():
    assert not find_triggers("Storms hit the coast and the storm flooded roads.")


def test_a_relative_clause_of_the_past_leaves_the_report_current(pipeline):
    text = "On Monday, police dispersed rioting protesters who had been barricading roads in Nakuru."
    assert pipeline.extract(text, "2013-01-10").events[0].status == "reported"
    text = "Fighters have been attacking villages in the region for years."
    assert pipeline.extract(text, "2013-01-10").events[0].status == "background"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Three dismembered bodies were found in a river.", "attack"),
        ("Militants line up and execute 15 farmers.", "attack"),
        ("Youths destroy ballot boxes at a polling centre.", "loot"),
        ("Students shattered window panes of their school.", "loot"),
    ],
)
def test_more_present_tense_cues(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


def test_an_arrest_demanded_or_protested_is_no_intervention(pipeline):
    ev = pipeline.extract("On Monday, residents marched to demand the release of 23 people arrested in their area.", "2016-03-15").events[0]
    assert ev.sub_event_type == "Peaceful protest"
    ev = pipeline.extract("On Monday, police arrested 20 protesters who marched in Nairobi.", "2016-03-15").events[0]
    assert ev.sub_event_type == "Protest with intervention"
    ev = pipeline.extract("On Monday, over 80 traders were arrested in Nairobi in an operation against illegal structures.", "2016-03-15").events[0]
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Engineers defused a roadside bomb near the bridge.", "defuse"),
        ("Soldiers found two explosive devices under a culvert.", "defuse"),
        ("A bomb was discovered in a parked bus.", "defuse"),
        ("Two fighters died while planting a mine on the road.", "defuse"),
        ("Police fired shots in the air to scatter the crowd.", "intervene"),
        ("The marchers were turned away by the police at the gate.", "intervene"),
        ("Youths lit bonfires on the main street.", "riot"),
        ("Students were violently protesting the new fees.", "riot"),
        ("The rally descended into violence.", "riot"),
        ("Gunmen set the clinic's pharmacy ablaze.", "loot"),
        ("Raiders looted the market, burning stalls and kiosks.", "loot"),
        ("Rebels briefly took over the hamlet and left the next day.", "transfer"),
        ("The ministry suspended all classes in the district.", "other"),
        ("Inmates broke out of the central prison overnight.", "other"),
    ],
)
def test_cues_of_defusals_interventions_and_violent_protests(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Mourners set fire to Protestant chapels.", "protest"),
        ("Anti-riot police stood by the square.", "riot"),
        ("Nurses engaged in a sit-in at the hospital.", "clash"),
        ("The elders defused the tension between the two families.", "defuse"),
        ("Miners were found dead in a collapsed mine.", "defuse"),
    ],
)
def test_words_that_are_no_such_cue(text, cue):
    assert cue not in {t.cue for t in find_triggers(text)}


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


def test_an_acled_defusal_label_is_disrupted_weapons_use():
    f = Frame({"ied"}, "military", None, label="defusal")
    assert classify(f) == ("Strategic developments", "Disrupted weapons use")


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


def test_rioting_with_armed_groups_on_both_sides_is_still_a_riot():
    f = Frame({"riot", "intervene"}, "police", "named")
    assert classify(f) == ("Riots", "Violent demonstration")


# ----------------------------------------------------------------------------- political violence


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
    "text, expected",
    [
        ("On 3 May, gunmen attacked the gendarmerie post in Kpendjal and a civilian was wounded.", ("Battles", "Armed clash")),
        ("The police station in Solle was attacked by heavily armed gunmen on Sunday.", ("Battles", "Armed clash")),
        ("On Sunday, Pokot raiders killed eleven Turkana herders in Kainuk.", ("Violence against civilians", "Attack")),
        ("On Sunday, Borana and Gabra communities clashed in Moyale, leaving five people dead.", ("Battles", "Armed clash")),
        ("On Monday, residents of Ganze killed a woman accused of witchcraft.", ("Riots", "Mob violence")),
        ("On 4 June, the army defused an IED planted on the road near Djibo.", ("Strategic developments", "Disrupted weapons use")),
        ("On Friday, militants abducted a teacher in Arbinda and beat him.", ("Violence against civilians", "Attack")),
    ],
)
def test_political_violence_of_short_notes(first_event, text, expected):
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


# ----------------------------------------------------------------------------- crowds, supporters, shootouts


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Soldiers pursued the rebels after exchanges of gunfire near the camp.", "clash"),
        ("Rangers and poachers were locked in a gunfight for an hour.", "clash"),
        ("Police fight armed bandits on the highway.", "clash"),
        ("Police fired their weapons into the air to scatter the crowd.", "intervene"),
        ("An officer was hit by a stone thrown by pupils.", "mob"),
        ("A scuffle broke out between vendors.", "mob"),
        ("Youths were setting fire to stalls in the market.", "loot"),
        ("Students broke into the bursar's office.", "loot"),
    ],
)
def test_cues_of_firefights_stones_and_break_ins(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


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
    "text, expected",
    [
        ("On Monday, police arrested two men suspected of murdering a trader in Kisumu.", ("Strategic developments", "Arrests")),
        ("On Monday, students set fire to the dormitory of their school in Nyeri.", ("Riots", "Mob violence")),
        ("On Monday, angry demonstrators ambushed a tax collector in the market of Kisii.",
         ("Riots", "Violent demonstration")),
        ("On Monday, bandits killed a herder in Marsabit, believed to be related to ethnic violence in the area.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_allegations_crowds_and_contexts_of_short_notes(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


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


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Militants made an incursion into the village.", "other"),
        ("The rally was marred by violence.", "riot"),
        ("Soldiers neutralized six terrorists near the border.", "attack"),
        ("Two men were slashed with machetes.", "attack"),
        ("The rebels detonate a device at the market.", "ied"),
        ("Two rival aspirants came to blows at the tallying centre.", "mob"),
        ("Traders held demos against the tax.", "protest"),
    ],
)
def test_cues_of_incursions_blows_and_demos(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 9 March, militants attacked and opened fire on forest guards near Nassougou.", ("Battles", "Armed clash")),
        ("On 29 April, militants attacked the town of Solle, the police station and the town hall.",
         ("Battles", "Armed clash")),
        ("On Monday, unknown assailants killed a trader in Garissa. Protests against the killing continued all day.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_armed_posts_among_objects_and_killings_protested(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


def test_a_crowd_that_beats_a_suspect_before_the_arrest_riots():
    f = Frame({"attack", "arrest", "intervene"}, "rioters", "civilians", harm=True)
    assert classify(f) == ("Riots", "Mob violence")
    f = Frame({"attack", "arrest", "intervene"}, "police", "civilians", harm=True)
    assert classify(f) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Monday, a group beat to death two men suspected of theft and rape in Kisumu.", ("Riots", "Mob violence")),
        ("On Monday, students of a rival college attacked and injured students of the polytechnic in Nyeri.",
         ("Riots", "Mob violence")),
        ("On Monday, a group of hired thugs attacked a village in Kisumu and killed four people.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_groups_of_civilians_and_hired_thugs(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


def test_an_off_duty_or_former_fighter_killed_is_a_civilian(first_event):
    ev = first_event("On Monday, gunmen shot dead an off-duty police officer in Mombasa.", "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    ev = first_event("On Monday, gunmen shot dead a police officer in Mombasa.", "2020-06-08")
    assert ev.event_type == "Battles"


def test_a_strike_note_is_a_protest():
    assert classify(Frame({"protest"}, None, None, label="strike")) == ("Protests", "Peaceful protest")
    assert classify(Frame({"protest"}, None, None, label="strikes")) == ("Strategic developments", "Other")


@pytest.mark.parametrize(
    "text, cue, absent",
    [
        ("The army shot down a drone over the base.", "disrupted", None),
        ("A man was shot down at the gate of the camp.", "attack", "disrupted"),
        ("Soldiers rescued two abducted pupils.", "change", None),
    ],
)
def test_shot_down_is_an_aircraft_and_rescues(text, cue, absent):
    cues = {t.cue for t in find_triggers(text)}
    assert cue in cues and absent not in cues


@pytest.mark.parametrize(
    "text, expected",
    [
        # a grievance named as a noun ("harassment", "stab wounds", "the grenade attack") is no assault by the marchers
        ("On Monday, journalists in Mombasa protested against harassment by county officials.", ("Protests", "Peaceful protest")),
        ("On Monday, protesters gathered at the site of the grenade attack and called for peace.",
         ("Protests", "Peaceful protest")),
        # "a fresh wave of clashes" is the event itself, not its context
        ("On Monday, six people were killed in a fresh wave of clashes between the Orma and Wardei communities.",
         ("Battles", "Armed clash")),
        # angry residents storming an office protest; a mob is violent
        ("On Monday, angry residents marched to the county offices in protest over water cuts.", ("Protests", "Peaceful protest")),
    ],
)
def test_grievance_nouns_waves_of_clashes_and_angry_residents(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's bare passive: the post attacked is the armed side of a battle
        ("Army camp near Tessit attacked by gunmen on Monday.", ("Battles", "Armed clash")),
        ("Police post in Garbatula attacked overnight by unknown assailants.", ("Battles", "Armed clash")),
        # two men who shoot police officers dead are an armed group, whatever the report calls them
        ("On Monday, two men on a motorcycle shot dead a police officer outside a bar in Mombasa.",
         ("Battles", "Armed clash")),
    ],
)
def test_posts_attacked_in_headlines_and_men_who_shoot_police(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # suspected wrongdoers killed by no armed group: a crowd's justice
        ("On Monday, two suspected robbers were beaten to death in Kisii.", ("Riots", "Mob violence")),
        ("On Monday, a suspected thief was burnt to death in a market in Lahore.", ("Riots", "Mob violence")),
        # rival supporters clashing, no weapons named: a riot
        ("On Monday, ruling party and opposition supporters clashed in Dhaka ahead of the vote; five were injured.",
         ("Riots", "Mob violence")),
    ],
)
def test_suspects_killed_by_crowds_and_supporters_clashing(first_event, text, expected):
    ev = first_event(text, "2020-06-08")
    assert (ev.event_type, ev.sub_event_type) == expected


def test_police_shooting_suspects_is_no_mob(first_event):
    ev = first_event("On Monday, police shot dead two suspected robbers in Eastleigh.", "2020-06-08")
    assert ev.event_type != "Riots"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Soldiers open fire on a crowd in Yangon.", "attack"),
        ("Twin blasts rock a market in Peshawar.", "ied"),
        ("Militants destroyed a culvert by setting off explosives.", "ied"),
        ("Gunmen injure two herders near the river.", "attack"),
        ("Pupils burn their dormitory over the new rules.", "loot"),
        ("Youths burn houses in the village.", "loot"),
    ],
)
def test_present_tense_fire_blasts_and_burning(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


def test_sustained_injures_is_no_attack():
    assert "attack" not in {t.cue for t in find_triggers("Several supporters sustained injures.")}


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


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday night, rustlers raided a homestead near the river and drove away 40 head of cattle.",
        "Armed raiders stole 300 goats from herders in the valley on Friday.",
    ],
)
def test_livestock_stolen_in_a_raid_is_an_attack(first_event, text):
    assert (first_event(text, "2015-05-04").event_type) == "Violence against civilians"


@pytest.mark.parametrize(
    "text, cue, present",
    [
        ("Youths fought running battles with the police for hours.", "mob", True),
        ("Striking nurses marched to the ministry on Monday.", "protest", True),
        ("Lecturers strike over unpaid allowances at the university.", "protest", True),
        ("Air strikes against rebel positions killed ten fighters.", "protest", False),
        ("The striker scored twice in the final.", "protest", False),
    ],
)
def test_street_fights_and_strikes_as_cues(text, cue, present):
    assert (cue in {t.cue for t in find_triggers(text)}) == present


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


def test_an_ambush_on_the_police_is_a_battle_whoever_else_died():
    f = Frame({"attack"}, None, "police", ambush=True, killed=True, victims_civilian=True, victims_armed=True)
    assert classify(f) == ("Battles", "Armed clash")
    # the police the agents: no battle by this rule
    assert classify(Frame({"attack"}, "police", "civilians", killed=True, victims_civilian=True))[0] == (
        "Violence against civilians")


def test_warriors_of_two_communities_clashing_fight_a_battle():
    f = Frame({"clash", "attack"}, "tribal", "civilians", killed=True, victims_civilian=True)
    assert classify(f) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text, present",
    [
        ("The rebel group fights with a rival faction near the border.", True),
        ("Workers demanded better pay and a fight against corruption.", False),
    ],
)
def test_fights_with_is_a_clash(text, present):
    assert ("clash" in {t.cue for t in find_triggers(text)}) == present


def test_clans_clashing_as_the_police_intervene_fight_a_battle():
    assert classify(Frame({"clash", "intervene"}, "police", None, ethnic=True)) == ("Battles", "Armed clash")
    assert classify(Frame({"clash", "intervene"}, "police", None)) == ("Riots", "Mob violence")
    # party activists of a town named after a people: still a brawl
    assert classify(Frame({"clash", "intervene"}, "police", None, ethnic=True, partisan=True))[0] == "Riots"


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


def test_smashed_windows_are_property_destruction():
    assert "loot" in {t.cue for t in find_triggers("Fans smashed the windows of two buses outside the stadium.")}
    assert "loot" not in {t.cue for t in find_triggers("The striker smashed the ball into the net.")}


def test_injuries_at_a_rally_of_election_violence_make_a_riot():
    f = Frame({"protest", "attack"}, None, None, election_unrest=True)
    assert classify(f)[0] == "Riots"
    assert classify(Frame({"protest"}, None, None, election_unrest=True))[0] == "Protests"


def test_the_violence_a_march_answers_is_no_riot(first_event):
    ev = first_event("On Monday, following weeks of violence in the area, residents marched to the county offices to ask for peace.", "2019-03-19")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Peaceful protest")


def test_former_mutineers_protesting_are_no_mutiny():
    assert "riot" not in {t.cue for t in find_triggers("Former mutinous soldiers demonstrated for their pensions.")}
    assert "riot" in {t.cue for t in find_triggers("Soldiers mutinied in two barracks overnight.")}


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


def test_things_that_went_missing_were_not_abducted():
    assert "abduct" not in {t.cue for t in find_triggers("Officials said ballot boxes went missing overnight.")}
    assert "abduct" in {t.cue for t in find_triggers("Two herders went missing near the border.")}


def test_barricades_with_no_violence_reported_are_still_a_violent_demonstration(first_event):
    ev = first_event(
        "On Monday, traders barricaded the main road with burning tyres to protest new market fees. No violence was reported.",
        "2019-05-14",
    )
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    ev = first_event("On Monday, traders marched peacefully to protest new market fees. No violence was reported.", "2019-05-14")
    assert ev.event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen slit the throats of two traders near the market.",
        "Unknown men sprayed the car of a local councillor with bullets overnight.",
    ],
)
def test_throats_slit_and_cars_sprayed_with_bullets_are_attacks(text):
    assert "attack" in {t.cue for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Soldiers seize weapons from a rebel hideout.", "disrupted"),
        ("Bus drivers blocked the main junction for two hours.", "riot"),
        ("Residents reported a wave of shootings in the estate.", "attack"),
        ("A string of robberies hit traders in the town.", "attack"),
    ],
)
def test_headline_tenses_and_plurals_are_cues(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Delegates ended up shoving and pushing each other in the hall.", "mob"),
        ("Youths tried to break down the gate of the county assembly.", "loot"),
        ("Supporters forced their way into the tallying hall.", "loot"),
        ("A gang charged at the officers with machetes.", "attack"),
    ],
)
def test_scuffles_forced_entry_and_charges_are_cues(text, cue):
    assert cue in {t.cue for t in find_triggers(text)}
