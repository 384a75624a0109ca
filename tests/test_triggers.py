"""Trigger words: what each cue class matches and what it must not (``find_triggers``, no parse)."""

import pytest

from warlog.triggers import find_triggers


def test_march_the_month_is_no_protest():
    assert [t.cue for t in find_triggers("On 28 March 2020, gunmen killed a man.")] == ["attack"]
    assert "protest" in {t.cue for t in find_triggers("Students marched to parliament.")}


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


@pytest.mark.parametrize(
    "text, present",
    [
        ("The rebel group fights with a rival faction near the border.", True),
        ("Workers demanded better pay and a fight against corruption.", False),
    ],
)
def test_fights_with_is_a_clash(text, present):
    assert ("clash" in {t.cue for t in find_triggers(text)}) == present


def test_smashed_windows_are_property_destruction():
    assert "loot" in {t.cue for t in find_triggers("Fans smashed the windows of two buses outside the stadium.")}
    assert "loot" not in {t.cue for t in find_triggers("The striker smashed the ball into the net.")}


def test_former_mutineers_protesting_are_no_mutiny():
    assert "riot" not in {t.cue for t in find_triggers("Former mutinous soldiers demonstrated for their pensions.")}
    assert "riot" in {t.cue for t in find_triggers("Soldiers mutinied in two barracks overnight.")}


def test_things_that_went_missing_were_not_abducted():
    assert "abduct" not in {t.cue for t in find_triggers("Officials said ballot boxes went missing overnight.")}
    assert "abduct" in {t.cue for t in find_triggers("Two herders went missing near the border.")}


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
