"""Actor mentions and ACLED canonical names, with the real spaCy pipeline."""

import pytest


def mentions(nlp, text):
    return [(m.category, m.text) for m in nlp(text)._.actor_mentions]


def names(nlp, text, country="KEN"):
    doc = nlp(text)
    return [m.actor(country, text).name for m in doc._.actor_mentions]


def test_components_are_registered(nlp):
    assert "warlog_actors" in nlp.pipe_names and "warlog_casualties" in nlp.pipe_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenyan police dispersed the crowd.", "Police Forces of Kenya"),
        ("Burkinabe soldiers patrolled the road.", "Military Forces of Burkina Faso"),
        ("Syrian pro-regime forces attacked.", "Pro-Government Militia (Syria)"),
        ("Presumed ISGS militants attacked the village.", "Islamic State (Greater Sahara)"),
        ("Daesh fighters fled.", "Islamic State (Syria)"),
        ("The Houthis fired a missile.", "Houthis (Ansar Allah)"),
        ("Al-Shabaab gunmen stormed the hotel.", "Al Shabaab"),
        ("Pokot raiders stole cattle.", "Pokot Ethnic Militia (Kenya)"),
        ("Unknown gunmen killed a trader.", "Unidentified Armed Group (Kenya)"),
        ("Hundreds of protesters marched.", "Protesters (Kenya)"),
        ("Gendarmes arrested two men.", "Police Forces of Kenya Gendarmerie"),
    ],
)
def test_canonical_names(nlp, text, expected):
    assert expected in names(nlp, text)


def test_either_group_is_one_actor(nlp):
    assert names(nlp, "Suspected JNIM or ISGS militants abducted a man.", "BFA")[0] == (
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)")


def test_a_source_is_not_an_actor(nlp):
    assert ("military", "US military") not in mentions(nlp, "a US military official said on Thursday.")


def test_aliases_resolve_to_one_group(nlp):
    got = {m.group["name"] for m in nlp("The SDF and the US-backed Kurdish forces held the town.")._.actor_mentions if m.group}
    assert got == {"SDF: Syrian Democratic Forces"}


def test_warplanes_and_a_countrys_forces_are_its_military(pipeline):
    ev = pipeline.extract(
        "Syrian government warplanes killed nine civilians in Saraqib on Tuesday.", "2023-01-18", require_english=False
    ).events[0]
    assert (ev.actor1.name, ev.actor2.name) == ("Military Forces of Syria", "Civilians (Syria)")
    ev = pipeline.extract(
        "On Monday, Burkinabe forces engaged suspected JNIM militants near Djibo.", "2019-11-09", require_english=False
    ).events[0]
    assert ev.actor1.name == "Military Forces of Burkina Faso"
    names = [a.name for e in pipeline.extract("On Monday, rebel forces attacked Goma.", "2019-11-09", require_english=False).events for a in (e.actor1, e.actor2) if a]
    assert not any(n.startswith("Military Forces") for n in names)


def test_acled_names_of_groups_and_customs(pipeline):
    def actors(text, pub):
        evs = pipeline.extract(text, pub, require_english=False).events
        return {a.name for e in evs for a in (e.actor1, e.actor2) if a}

    got = actors("On November 20 2019, suspected JNIM and /or ISGS militants attacked the gendarmerie in Aribinda.", "2019-11-21")
    assert "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)" in got
    got = actors("On February 15, presumed militants attacked a customs post in Nohao and killed four customs officers.", "2019-02-16")
    assert any(n.startswith("Police Forces of") for n in got)
    got = actors("On April 23, 2020, presumed JNIM militants clashed with Dozo militiamen near Kombori, Burkina Faso.", "2020-04-24")
    assert "Dozo Communal Militia (Burkina Faso)" in got
    got = actors("On 3 May 2008, 8 suspected SLDF militiamen were shot dead by police in Mount Elgon, Kenya.", "2008-05-04")
    assert "SLDF: Sabaot Land Defence Force" in got


def test_an_attacked_post_brings_its_force_as_the_other_side(first_event):
    ev = first_event(
        "Al Shabaab fighters raided a police camp in Mandera, Kenya, on Monday and made away with weapons.",
        "2019-03-05",
    )
    assert ev.event_type == "Battles" and ev.actor2.name == "Police Forces of Kenya"


def test_farmers_attacking_a_camp_are_a_communal_militia(first_event):
    ev = first_event(
        "On 30 August 2018, farmers attacked a Fulani camp in Cobly, Benin, and wounded three herders.",
        "2018-08-31",
    )
    assert ev.actor1.name == "Unidentified Communal Militia (Benin)"


def _pair(ev):
    return (ev.actor1.name if ev.actor1 else None, ev.actor2.name if ev.actor2 else None)


def test_a_violent_demonstration_has_the_police_only_where_they_act(first_event):
    ev = first_event("On 3 May 2019, traders burned tyres in Kisumu, Kenya, and police dispersed them with tear gas.", "2019-05-04")
    assert _pair(ev) == ("Rioters (Kenya)", "Police Forces of Kenya")
    ev = first_event(
        "On 3 May 2019, residents of Kisumu, Kenya, barricaded a road with burning tyres to protest the killing "
        "of a boda boda rider by a police officer.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Rioters (Kenya)", None)


def test_a_battle_with_one_named_side_gets_the_other(first_event):
    ev = first_event("On 3 May 2019, two police officers were killed in an ambush near Mandera, Kenya.", "2019-05-04")
    assert set(_pair(ev)) == {"Police Forces of Kenya", "Unidentified Armed Group (Kenya)"}
    ev = first_event(
        "On 3 May 2019, three suspected Al Shabaab militants were killed in a gun battle with police in Garissa, Kenya.",
        "2019-05-04",
    )
    assert set(_pair(ev)) == {"Al Shabaab", "Police Forces of Kenya"}


def test_a_bomb_planted_by_a_group_is_the_groups_attack(first_event):
    ev = first_event(
        "On 3 May 2019, a roadside bomb planted by Al Shabaab hit a bus near Mandera, Kenya, killing four civilians.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Al Shabaab", "Civilians (Kenya)")


def test_an_intercommunal_clash_names_both_communities(first_event):
    ev = first_event("On 3 May 2019, Kikuyu and Luo ethnic communities clashed in Nairobi, Kenya. One person died.", "2019-05-04")
    assert set(_pair(ev)) == {"Kikuyu Ethnic Militia (Kenya)", "Luo Ethnic Militia (Kenya)"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pokot militants shot a herder.", "Pokot Ethnic Militia (Kenya)"),
        ("Masai warriors attacked the farm.", "Maasai Ethnic Militia (Kenya)"),
        ("Raiders from the Samburu community stole goats.", "Samburu Ethnic Militia (Kenya)"),
        ("The Abakuria ethnic group attacked a village.", "Abakuria Ethnic Militia (Kenya)"),
        ("Toposa raiders from South Sudan stole cattle.", "Toposa Ethnic Militia (South Sudan)"),
    ],
)
def test_communities_acting_as_a_group_are_ethnic_militias(nlp, text, expected):
    assert expected in names(nlp, text)


def test_a_force_that_does_not_act_is_not_the_crowds_opponent(first_event):
    ev = first_event("On 3 May 2019, party supporters barricaded roads in Nakuru, Kenya. The police did not intervene.", "2019-05-04")
    assert _pair(ev) == ("Rioters (Kenya)", None)
    ev = first_event(
        "On 3 May 2019, youths burned tyres on the main road in Kisumu, Kenya; twelve were arrested.", "2019-05-04"
    )
    assert _pair(ev) == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_a_suspected_group_is_the_perpetrator(first_event):
    ev = first_event(
        "On 3 May 2019, unknown gunmen shot dead two teachers in Mandera, Kenya. Police suspect Al Shabaab.", "2019-05-04"
    )
    assert _pair(ev) == ("Al Shabaab", "Civilians (Kenya)")


def test_a_grenade_with_no_armed_target_hits_civilians(first_event):
    ev = first_event("On 3 May 2019, four people were killed in a grenade attack on a shop in Wajir, Kenya.", "2019-05-04")
    assert _pair(ev) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_arrested_militants_are_their_group(first_event):
    ev = first_event("On 3 May 2019, Kenyan police arrested two Al Shabaab militants in Garissa, Kenya.", "2019-05-04")
    assert _pair(ev) == ("Police Forces of Kenya", "Al Shabaab")


def test_a_faction_named_with_its_coalition_is_the_coalition(nlp):
    got = names(nlp, "Presumed Katiba Macina (JNIM) militants attacked the post.", "BFA")
    assert got == ["JNIM: Group for Support of Islam and Muslims"]
    assert names(nlp, "Presumed Katiba Macina militants attacked the post.", "BFA") == ["Katiba Macina"]


def test_a_clash_of_unnamed_rivals_has_two_unnamed_sides(first_event):
    ev = first_event("On 3 May 2019, two people were killed in clashes between rival clans in Mandera, Kenya.", "2019-05-04")
    assert _pair(ev) == ("Unidentified Ethnic Militia (Kenya)", "Unidentified Ethnic Militia (Kenya)")


def test_a_groups_backer_is_not_a_side(first_event):
    ev = first_event(
        "On 3 May 2019, Al Mourabitoun fighters backed by AQIM attacked a hotel in Ouagadougou, Burkina Faso, "
        "killing 20 civilians.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Al Mourabitoune Battalion", "Civilians (Burkina Faso)")


def test_unnamed_cattle_raiders_are_an_ethnic_militia(first_event):
    ev = first_event("On 3 May 2019, gunmen killed a herder and drove away 200 cattle in Baringo, Kenya.", "2019-05-04")
    assert _pair(ev) == ("Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)")


def test_a_named_groups_battle_is_against_the_force_the_report_names(first_event):
    ev = first_event(
        "On 3 May 2019, presumed JNIM militants attacked an army camp in Kelbo, Burkina Faso; the soldiers "
        "repelled the attack and killed seven militants.",
        "2019-05-04",
    )
    assert _pair(ev) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso")
    ev = first_event("On 3 May 2019, police and soldiers battled Al Shabaab militants in Lamu, Kenya.", "2019-05-04")
    assert set(_pair(ev)) == {"Police Forces of Kenya", "Al Shabaab"}


def test_a_force_acting_on_civilians_is_the_perpetrator(first_event):
    ev = first_event("On 3 May 2019, soldiers executed seven men in Djibo, Burkina Faso.", "2019-05-04")
    assert _pair(ev) == ("Military Forces of Burkina Faso", "Civilians (Burkina Faso)")
    ev = first_event("On 3 May 2019, two civilians were killed in Djibo, Burkina Faso, the army said.", "2019-05-04")
    assert ev.actor1.name == "Unidentified Armed Group (Burkina Faso)"


def test_a_curfew_with_no_actor_is_the_governments(first_event):
    ev = first_event("On 3 May 2019, the authorities imposed a night curfew in Djibo, Burkina Faso.", "2019-05-04")
    assert ev.event_type == "Strategic developments" and _pair(ev) == ("Government of Burkina Faso", None)


def test_the_police_facing_or_gassing_a_violent_crowd_are_its_other_side(first_event):
    ev = first_event(
        "On 3 May 2019, students blocked the highway with burning tyres in Nakuru, Kenya, and faced riot police.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Rioters (Kenya)", "Police Forces of Kenya")
    ev = first_event(
        "On 3 May 2019, traders barricaded the market road in Kisumu, Kenya. Tear gas was used to disperse them.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_an_airstrike_on_a_named_group_is_the_air_forces(first_event):
    ev = first_event(
        "On 3 May 2020, an airstrike killed twelve suspected ISGS militants near Markoye, Burkina Faso.", "2020-05-04"
    )
    assert _pair(ev) == ("Military Forces of Burkina Faso", "Islamic State (Greater Sahara)")


def test_a_force_whose_vehicle_hit_a_bomb_is_its_target(first_event):
    ev = first_event(
        "On 3 May 2020, a military vehicle struck an IED near Djibo, Burkina Faso, wounding three soldiers.",
        "2020-05-04",
    )
    assert _pair(ev) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")


def test_looting_and_defusal_name_both_sides(first_event):
    ev = first_event(
        "Property destruction: on 3 May 2022, suspected JNIM militants burned the town hall of Porga, Benin.",
        "2022-05-04",
    )
    assert _pair(ev) == ("JNIM: Group for Support of Islam and Muslims", "Civilians (Benin)")
    ev = first_event(
        "Defusal: on 3 May 2022, several IEDs planted by JNIM militants were found and defused near Porga, Benin.",
        "2022-05-04",
    )
    assert _pair(ev) == ("Military Forces of Benin", "JNIM: Group for Support of Islam and Muslims")


def test_a_group_fighting_itself_is_on_both_sides(first_event):
    ev = first_event(
        "On 3 May 2020, ISGS fighters clashed with each other near Tin-Akoff, Burkina Faso, over a gold mine.",
        "2020-05-04",
    )
    assert _pair(ev) == ("Islamic State (Greater Sahara)", "Islamic State (Greater Sahara)")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Members of the Yoruba community attacked a camp.", "Yoruba Ethnic Militia (Nigeria)"),
        ("Members of the Bakiga clan attacked the village.", "Bakiga Ethnic Militia (Kenya)"),
        ("Foulse militiamen burned the hamlet.", "Foulse Ethnic Militia (Burkina Faso)"),
        ("Burkina forces patrolled the road.", "Military Forces of Burkina Faso"),
        ("French Operation Barkhane forces struck the camp.", "Military Forces of France"),
    ],
)
def test_more_acled_names(nlp, text, expected):
    assert expected in names(nlp, text)


def test_a_foreign_force_is_an_external_actor(nlp):
    text = "French troops patrolled near Gorom-Gorom."
    (m,) = [m for m in nlp(text)._.actor_mentions if m.category == "military"]
    assert m.actor("BFA", text).inter == 8 and m.actor("FRA", text).inter == 1


def test_the_security_forces_who_police_a_crowd_are_the_police(first_event):
    ev = first_event(
        "On 3 May 2019, security forces dispersed hundreds of protesters with tear gas in Cotonou, Benin.", "2019-05-04"
    )
    assert set(_pair(ev)) == {"Protesters (Benin)", "Police Forces of Benin"}


def test_rival_crowds_are_rioters_on_both_sides(first_event):
    ev = first_event(
        "On 3 May 2019, supporters of two rival camps threw stones and burned tyres at a rally in Kisii, Kenya.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Rioters (Kenya)", "Rioters (Kenya)")


def test_clashes_between_two_communities_name_them_whatever_force_is_mentioned(first_event):
    ev = first_event(
        "On 3 May 2019, ten people died in fresh clashes between members of the Borana and Gabra communities "
        "near Moyale, Kenya. The military has threatened to deploy to the area.",
        "2019-05-04",
    )
    assert set(_pair(ev)) == {"Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"}


def test_the_text_country_of_a_collection_is_one_of_its_countries():
    from warlog.event_places import text_country
    from warlog.focus import Focus

    text = "Youths protested after Chinese contractors were hired."
    assert text_country(text) == "CHN"
    assert text_country(text, Focus({"KE": 0.6, "BF": 0.4}, "given")) is None
    assert text_country("Kenyan and Chinese workers protested.", Focus({"KE": 0.6, "BF": 0.4}, "given")) == "KEN"


def test_unnamed_raiders_take_the_community_named_for_them(first_event):
    ev = first_event(
        "On 3 May 2019, six herders were shot dead by suspected Kuria cattle rustlers near Kehancha, Kenya.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Kuria Ethnic Militia (Kenya)", "Civilians (Kenya)")
    ev = first_event(
        "On 3 May 2019, Samburu raiders struck a village near Baragoi, Kenya. The raiders killed two herders "
        "and drove away 300 goats.",
        "2019-05-04",
    )
    assert ev.actor1.name == "Samburu Ethnic Militia (Kenya)"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Raiders from Uganda stole 200 cattle.", "Unidentified Ethnic Militia (Uganda)"),
        ("Gunmen from Somalia shot a teacher.", "Unidentified Armed Group (Somalia)"),
        ("Raiders from West Pokot were seen near the river.", "Pokot Ethnic Militia (Kenya)"),
    ],
)
def test_where_unnamed_attackers_come_from(nlp, text, expected):
    assert expected in names(nlp, text)


def test_a_community_from_abroad_is_coded_in_its_home_country(nlp):
    assert "Toposa Ethnic Militia (South Sudan)" in names(nlp, "Toposa raiders attacked Turkana herders.", "KEN")
    assert "Yoruba Ethnic Militia (Benin)" in names(nlp, "Members of the Yoruba community attacked a camp.", "BEN")


def test_the_states_unnamed_opponent_is_the_armed_actor_the_report_names(first_event):
    ev = first_event("Soldiers battle Pokot warriors following attack against Luhya farmers near Kitale, Kenya", "2019-05-04")
    assert set(_pair(ev)) == {"Military Forces of Kenya", "Pokot Ethnic Militia (Kenya)"}


def test_a_place_outside_the_focus_that_the_report_never_names_does_not_set_the_actors_country():
    from warlog.event_places import _actors_country
    from warlog.focus import NO_FOCUS, Focus

    focus = Focus({"KE": 0.6, "BF": 0.4}, "given")
    text = "A mob lynched a man in Jerusalem village, Kirinyaga, Kenya."
    assert _actors_country("ISR", text, focus, None, None) == "KEN"
    assert _actors_country("ISR", "Kenyan pilgrims were attacked in Jerusalem, Israel.", focus, None, None) == "ISR"
    assert _actors_country("ISR", text, NO_FOCUS, None, None) == "ISR"
    assert _actors_country("BFA", text, focus, None, None) == "KEN"  # a focus place the report's named country overrules
    assert _actors_country("BFA", "A mob lynched a man in Toukar village.", focus, None, None) == "BFA"


def test_a_defusal_is_the_force_against_whoever_planted_the_device(first_event):
    ev = first_event(
        "Defusal: on 3 May 2019, police discovered and dismantled an explosive device at a school in Garissa, Kenya.",
        "2019-05-04",
    )
    assert ev.sub_event_type == "Disrupted weapons use"
    assert _pair(ev) == ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)")


def test_people_arrested_as_suspected_militants_are_an_armed_group(first_event):
    ev = first_event(
        "On 3 May 2022, police arrested five men on suspicion of being militants in Kandi, Benin.", "2022-05-04"
    )
    assert _pair(ev) == ("Police Forces of Benin", "Unidentified Armed Group (Benin)")


def test_a_movement_of_forces_is_the_forces(first_event):
    ev = first_event(
        "Movement of forces: on 3 May 2019, security has been beefed up along the border in Lokichogio, Kenya, "
        "after the killing of Turkana warriors in a cattle raid.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Military Forces of Kenya", None)


def test_an_armed_group_moving_before_any_force_is_named_is_the_one_acting(first_event):
    ev = first_event(
        "Movement of forces: on 3 May 2022, armed men on motorcycles entered the village of Koualou, Benin, "
        "and asked why soldiers had come there.",
        "2022-05-04",
    )
    assert _pair(ev) == ("Unidentified Armed Group (Benin)", None)


def test_a_lynch_mobs_other_side_is_its_victim_not_the_police_who_stepped_in(first_event):
    ev = first_event(
        "On 3 May 2021, a crowd tried to lynch a man suspected of theft at the market in Parakou, Benin. "
        "The police intervened and took him away.",
        "2021-05-04",
    )
    assert ev.sub_event_type == "Mob violence" and _pair(ev) == ("Rioters (Benin)", "Civilians (Benin)")
    ev = first_event(
        "On 3 May 2021, a mob in Bungoma, Kenya, lynched a police officer after he had shot a boda boda rider.",
        "2021-05-04",
    )
    assert ev.sub_event_type == "Mob violence" and set(_pair(ev)) == {"Rioters (Kenya)", "Police Forces of Kenya"}


def test_a_remote_attack_on_a_force_has_the_force_as_its_target(first_event):
    ev = first_event(
        "On 3 May 2019, ISGS militants fired rockets at a military base near Deou, Burkina Faso. No casualties.",
        "2019-05-04",
    )
    assert ev.event_type == "Explosions/Remote violence"
    assert set(_pair(ev)) == {"Islamic State (Greater Sahara)", "Military Forces of Burkina Faso"}
    ev = first_event(
        "On 3 May 2019, a roadside bomb planted by Al Shabaab killed four passengers of a bus near Mandera, Kenya, "
        "police said.",
        "2019-05-04",
    )
    assert _pair(ev) == ("Al Shabaab", "Civilians (Kenya)")


def test_an_armed_group_whose_members_riot_is_not_the_other_side_of_the_riot(first_event):
    ev = first_event(
        "Members of the outlawed Mungiki sect riot, burning property and blocking roads in Nairobi, Kenya.",
        "2009-05-04",
    )
    assert ev.event_type == "Riots" and _pair(ev) == ("Rioters (Kenya)", None)


def test_a_riotous_crowds_other_side_is_the_people_it_hurt(first_event):
    ev = first_event(
        "On 3 May 2021, pupils of a secondary school in Nyeri, Kenya, rioted over the cancellation of their "
        "sports day and attacked and injured two of their teachers.",
        "2021-05-04",
    )
    assert ev.event_type == "Riots" and _pair(ev) == ("Rioters (Kenya)", "Civilians (Kenya)")


def test_crowd_hurting_people_is_not_the_crowd_facing_the_police():
    from warlog.crowd_actors import _CROWD_HURTS_PERSON as hurts

    assert hurts.search("the demonstrators beat her up and torched her shop")
    assert hurts.search("a polling clerk was assaulted by angry youths")
    assert hurts.search("rioters stoned passing motorists")
    assert not hurts.search("the rioters stoned police officers")
    assert not hurts.search("protests left three people injured")


def test_the_actors_country_is_the_focus_country_the_report_names_over_the_places():
    from warlog.event_places import _actors_country
    from warlog.focus import Focus

    focus = Focus({"KE": 0.6, "BF": 0.3, "BJ": 0.1})
    text = "On 4 May, the Burkinabe army killed a herder in Toukar."
    assert _actors_country("KEN", text, focus, None, None) == "BFA"
    assert _actors_country("BFA", text, focus, None, None) == "BFA"
    assert _actors_country("KEN", "Police shot a man in Kisumu, Kenya; a Burkinabe trader saw it.", focus, None, None) == "KEN"
    assert _actors_country("KEN", "Police shot a man in Kisumu.", focus, None, None) == "KEN"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two forest guards were shot near the reserve.", "Police Forces of Kenya Forest Guards"),
        ("Prison warders beat an inmate.", "Police Forces of Kenya Prison Guards"),
        ("GSU officers raided the camp.", "Police Forces of Kenya General Service Unit"),
        ("Sea pirates boarded a tanker.", "Pirates (Kenya)"),
    ],
)
def test_police_units_and_pirates_have_acleds_names(nlp, text, expected):
    assert expected in names(nlp, text)


def test_police_unit_of_the_words_naming_the_force():
    from warlog.actors import police_unit

    assert police_unit("gendarmes") == " Gendarmerie"
    assert police_unit("the ranger post") == " Forest Guards"
    assert police_unit("Water and Forests agents") == " Forest Guards"
    assert police_unit("police officers") == ""


def test_a_destroyed_post_is_its_forces_property(first_event):
    ev = first_event(
        "Property destruction: On 3 May 2021, presumed ISGS militants set fire to the empty police station of "
        "Tin-Akoff, Burkina Faso.",
        "2021-05-04",
    )
    assert ev.sub_event_type == "Looting/property destruction"
    assert _pair(ev) == ("Islamic State (Greater Sahara)", "Police Forces of Burkina Faso")


def test_a_named_groups_battle_has_the_force_the_report_names_as_its_other_side():
    from warlog.actors import _generic
    from warlog.battle_actors import _one_side_known

    pirates = _generic("Pirates (Kenya)", 3, "KEN")
    a1, a2 = _one_side_known(pirates, None, None, "KEN", "Pirates exchanged fire with a navy patrol off Lamu.")
    assert (a1.name, a2.name) == ("Pirates (Kenya)", "Military Forces of Kenya")


def test_the_arrested_suspected_members_of_a_group_are_that_group():
    from warlog.strategic_actors import _suspected_member_of

    found = _suspected_member_of("Soldiers detained six traders accused of links to Boko Haram in Maiduguri.", "NGA")
    assert found is not None and found.name == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    assert _suspected_member_of("Police arrested two men after Boko Haram attacked the town.", "NGA") is None


def test_an_unnamed_bomber_with_suspected_ties_to_a_group_is_that_group(first_event):
    ev = first_event("A youth with suspected ties to Al Shabaab hurled a grenade into a bar in Garissa, Kenya, injuring 4.", "2015-05-04")
    assert ev.event_type == "Explosions/Remote violence" and ev.actor1.name == "Al Shabaab"


def test_destroyed_public_works_have_no_civilian_side(first_event):
    ev = first_event(
        "Property destruction: On 3 May 2021, Al Shabaab militants blew up a telecommunications mast near Elwak, Kenya.",
        "2021-05-04",
    )
    assert ev.actor1.name == "Al Shabaab" and ev.actor2 is None


def test_infrastructure_only_when_no_peoples_things_are_hit():
    from warlog.perpetrators import _infrastructure_only

    assert _infrastructure_only("militants destroyed the bridge linking two towns")
    assert not _infrastructure_only("militants destroyed the bridge and burned ten houses")
    assert not _infrastructure_only("gunmen burned the market")


def test_a_gang_is_an_unidentified_armed_group_and_investigating_police_are_no_side(first_event):
    ev = first_event(
        "A trader was hacked to death by a gang in Kayole, Nairobi, Kenya, on 3 May. Police are investigating the incident.",
        "2019-05-04",
    )
    assert ev.event_type == "Violence against civilians"
    assert _pair(ev) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_a_named_state_force_abroad_is_external(nlp):
    text = "Liyu Police fighters crossed the border and shot a herder."
    found = [m.actor("KEN", text) for m in nlp(text)._.actor_mentions if m.category == "named"]
    assert found and found[0].name == "Police Forces of Ethiopia Liyu Police" and found[0].inter == 8
    found = [m.actor("ETH", text) for m in nlp(text)._.actor_mentions if m.category == "named"]
    assert found[0].inter == 1


def test_foreign_victims_are_civilians_of_their_country_or_international():
    from warlog.event_actors import _victims_nationality as nat

    assert nat("Gunmen shot dead a Canadian engineer near a gold mine.", "BFA") == "CAN"
    assert nat("Two Chinese workers and a Turkish contractor were abducted on the road.", "NER") == ""
    assert nat("Armed men robbed a group of tourists at a lodge.", "KEN") == ""
    assert nat("Pirates boarded the cargo ship and took its crew of 12 hostage.", "BEN") == ""
    assert nat("Gunmen killed two herders near the village.", "KEN") is None
    assert nat("A Kenyan trader was stabbed in the market.", "KEN") is None
    assert nat("Bandits raided a camp hosting Burkinabe and Malian refugees.", "BFA") is None


def test_a_foreign_national_killed_is_a_civilian_of_their_country(first_event):
    ev = first_event("On 2 March 2021, unknown gunmen killed a Chinese businessman in Nakuru, Kenya.", "2021-03-03")
    assert _pair(ev) == ("Unidentified Armed Group (Kenya)", "Civilians (China)")


def test_a_named_groups_country_beats_a_namesake_place_in_a_country_where_it_never_acts(nlp):
    from warlog.event_places import _actors_country
    from warlog.focus import Focus

    focus = Focus({"KE": 0.6, "BF": 0.3, "BJ": 0.1})
    text = "Presumed Ansaroul Islam militants burned a school in Kaya."
    assert _actors_country("KEN", text, focus, nlp(text), None) == "BFA"
    text = "Al Shabaab militants attacked a police post in Garissa."
    assert _actors_country("KEN", text, focus, nlp(text), None) == "KEN"
    text = "Gunmen attacked a police post in Kaya."
    assert _actors_country("KEN", text, focus, nlp(text), None) == "KEN"


def test_a_riots_other_side_from_fights_between_crowd_and_police_or_rival_camps():
    from warlog.crowd_actors import _demonstration_other_side as side

    def name(text):
        a = side(None, None, "KEN", text)
        return a.name if a else None

    assert name("Fighting broke out between traders protesting new levies and county police.") == "Police Forces of Kenya"
    assert name("Students rioted over fees; two police officers were injured.") == "Police Forces of Kenya"
    assert name("Hawkers rioted and assaulted a police officer who tried to seize their goods.") == "Police Forces of Kenya"
    assert name("Supporters of two rival aspirants fought at the tallying centre.") == "Rioters (Kenya)"
    assert name("Youths pelted passing motorists with stones at a roadblock.") == "Civilians (Kenya)"
    assert name("Rioters burned tyres on the highway over poor roads.") is None


def test_the_community_named_as_attackers_is_the_perpetrator_not_the_one_named_as_victims():
    from warlog.perpetrators import _perpetrator_community as who

    assert who("Two women were hurt in a raid blamed on Samburu warriors.", "KEN").name == "Samburu Ethnic Militia (Kenya)"
    assert who("A herder was shot dead as Borana herdsmen attacked a grazing camp.", "KEN").name == (
        "Borana Ethnic Militia (Kenya)"
    )
    assert who("Unknown gunmen killed four Turkana herders at a watering point.", "KEN") is None
    assert who("Gunmen shot dead a trader in the market.", "KEN") is None


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("Suspected jihadists burned a school near Djibo.", "BFA", "Islamist Militia (Burkina Faso)"),
        ("Islamist militants ambushed a convoy.", "NER", "Islamist Militia (Niger)"),
        ("Islamic militants threw a grenade into a bar in Garissa.", "KEN", "Al Shabaab"),
        ("Militants ambushed a convoy.", "NER", "Unidentified Armed Group (Niger)"),
    ],
)
def test_unnamed_jihadists_are_an_islamist_militia(nlp, text, country, expected):
    assert expected in names(nlp, text, country)


def test_a_border_names_the_neighbour_not_the_events_country():
    from warlog.event_places import _named_countries

    assert _named_countries("Gunmen attacked a customs post near the border with Niger.") == set()
    assert _named_countries("Bandits raided a village on the Kenya-Uganda border.") == set()
    assert _named_countries("Gunmen attacked a customs post in Niger.") == {"NER"}


def test_farmers_fighting_named_herders_are_the_communitys_militia_against_a_communal_militia():
    from warlog.actors import _generic
    from warlog.battle_actors import _herders_community

    ucm = _generic("Unidentified Communal Militia ({country})", 4, "BEN")
    a1, a2 = _herders_community(ucm, ucm, "BEN", "Farmers and Peulh herders fought over a trampled field near Kalale.")
    assert (a1.name, a2.name) == ("Fulani Ethnic Militia (Benin)", "Unidentified Communal Militia (Benin)")
    a1, a2 = _herders_community(ucm, ucm, "BEN", "Farmers from Bodjecali clashed with Fulani herdsmen.")
    assert (a1.name, a2.name) == ("Fulani Ethnic Militia (Benin)", "Bodjecali Communal Militia (Benin)")
    a1, a2 = _herders_community(ucm, ucm, "BEN", "Farmers and herders clashed over a field.")
    assert (a1.name, a2.name) == (ucm.name, ucm.name)


def test_property_destroyed_by_unknown_doers_is_an_unidentified_groups(first_event):
    ev = first_event("On 2 June 2021, unidentified individuals vandalised the home of a ward administrator in Kerio Valley, Kenya.", "2021-06-03")
    assert _pair(ev) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_two_named_communities_and_a_communitys_own_sections():
    from warlog.battle_actors import _INFIGHTING
    from warlog.communities import ethnic_homes, ethnic_pair

    assert ethnic_pair("A brawl between a Turkana and a Samburu at the market turned deadly.") == ("Turkana", "Samburu")
    assert ethnic_homes("Lou Nuer")[0] == "SSD"
    assert _INFIGHTING.search("two sections of the clan exchanged fire")


def test_a_crowd_that_wounds_suspects_or_rally_goers_hurts_civilians():
    from warlog.crowd_actors import _CROWD_HURTS_PERSON as hurts

    assert hurts.search("villagers wounded two suspected goat thieves")
    assert hurts.search("a gang of youths pelt mourners with stones")
    assert hurts.search("they injure a party agent")
    assert not hurts.search("rioters wounded two police officers")


@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("UPDF soldiers crossed into Turkana and seized cattle.", "KEN", "Military Forces of Uganda"),
        ("A KDF patrol came under fire near Kolbio.", "SOM", "Military Forces of Kenya"),
    ],
)
def test_national_armies_named_by_acronym(nlp, text, country, expected):
    assert expected in names(nlp, text, country)


def test_a_bomb_blamed_on_one_group_or_another_is_acleds_either_actor():
    from warlog.actors import _generic
    from warlog.perpetrators import _suspected_group

    uag = _generic("Unidentified Armed Group ({country})", 3, "BFA")
    a1, _ = _suspected_group(uag, None, "BFA", "A mine hit a cart near Gorom-Gorom; it was likely planted by ISGS or JNIM militants.")
    assert a1.name == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"


def test_south_sudans_actors_before_its_independence_are_sudans(first_event):
    ev = first_event("On 3 May 2009, Toposa raiders killed two herders near Lokichoggio, Kenya.", "2009-05-04")
    assert ev.actor1.name == "Toposa Ethnic Militia (Sudan)"
    ev = first_event("On 3 May 2015, Toposa raiders killed two herders near Lokichoggio, Kenya.", "2015-05-04")
    assert ev.actor1.name == "Toposa Ethnic Militia (South Sudan)"


def test_fighters_from_a_tribe_are_its_militia(nlp):
    assert "Samburu Ethnic Militia (Kenya)" in names(nlp, "Armed fighters from the Samburu tribe raided a manyatta.")


def test_a_militia_acting_with_a_state_force_is_the_forces_associate(first_event):
    ev = first_event(
        "On 4 March 2021, soldiers accompanied by Koglweogo members executed three herders in Tougouri, Burkina Faso.",
        "2021-03-05",
    )
    assert _pair(ev) == ("Military Forces of Burkina Faso", "Civilians (Burkina Faso)")
    assert [a.name for a in ev.assoc_actor_1] == ["Koglweogo Militia"]


def test_two_named_clans_fighting_are_their_clan_militias(first_event):
    ev = first_event("On 2 May 2018, the Ajuraan and Degodia clans fought near Wajir, Kenya; two died.", "2018-05-03")
    assert ev.event_type == "Battles"
    ev = first_event("On 2 May 2018, the Abdalla and Warfa clans fought near Wajir, Kenya; two died.", "2018-05-03")
    assert sorted(_pair(ev)) == ["Abdalla Clan Militia (Kenya)", "Warfa Clan Militia (Kenya)"]


def test_party_supporters_are_the_party_as_acled_names_it(nlp):
    assert "ODM: Orange Democratic Movement" in names(nlp, "ODM supporters stoned a campaign convoy.")
    assert "Party of National Unity" in names(nlp, "PNU youths blocked the road to the tallying centre.")
