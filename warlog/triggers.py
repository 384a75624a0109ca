"""Event trigger words and ACLED's event typing rules.

``find_triggers`` is a pure step: text in, ``Trigger`` (a cue with its class) out. ``classify``
applies ACLED's rules to the cues and actors of one event: the higher type absorbs the lower,
civilians are never an actor in a battle, protests vs riots vs excessive force, arrests by the
state vs abductions by armed groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .regex_prefix import Prefilter

# What is shot down: an aircraft (a drone downed is disrupted weapons use, not an attack on people).
AIRCRAFT = r"(?:drones?|planes?|aircraft|helicopters?|jets?|UAVs?)"
# Cue classes, most specific first; each regex matches a trigger phrase (case-insensitive).
CUES: dict[str, str] = {
    # a bomb defused, found or gone off in its makers' hands: disrupted weapons use, not an explosion
    "defuse": r"defus\w*(?!\s+(?:the\s+)?(?:tensions?|situation|crisis|conflict|standoff|stand-off|row|dispute))|(?:dismantl|neutrali[sz]|disarm|remov|destroy)(?:ed|ing|e|es)\s+(?:the\s+|an?\s+|two\s+|several\s+)?(?:\w+\s+)?(?:IEDs?|bombs?|explosive\s+devices?|(?:land\s*)?mines?)|(?:discover|find|found|uncover|spott|detect|identif)\w*\s+(?:and\s+\w+\s+)?(?:\w+\s+){0,4}?(?:IEDs?|bombs?|explosive\s+devices?|explosives|land\s*mines?|grenades?)|(?:IEDs?|bombs?|explosives?|(?:explosive\s+)?devices?|grenades?)\s+(?:(?:were|was|is|are|ha(?:s|ve)\s+been)\s+)?(?:\w+\s+)?(?:discovered|found|uncovered|detected|defused)|unexploded|controlled\s+explosions?|bomb\s+disposal|while\s+(?:in\s+the\s+process\s+of\s+)?(?:planting|assembling|making|laying|handling)|(?:were|was)\s+(?:planting|assembling)|(?:explosives?|bombs?|devices?|IEDs?|grenades?)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:were|was|had\s+been)\s+(?:carrying|handling|making|transporting)|failed\s+to\s+(?:explode|detonate|go\s+off)|accidentally\s+(?:went\s+off|exploded|detonated)",
    "suicide": r"suicide\s+(?:bomb\w*|attack\w*|vests?|car\s+bomb\w*)|blew\s+(?:himself|herself|themselves)\s+up",
    "chemical": r"chemical\s+(?:weapons?|attacks?)|chlorine\s+(?:gas|attack)|sarin|nerve\s+agent",
    "air": r"air\s*strikes?|airstrikes?|air\s+raids?|drone\s+(?:strikes?|attacks?)|warplanes?|fighter\s+jets?|(?:helicopter\s+)?gunships?|aerial\s+(?:bombardment|bombing|attacks?|operations?|raids?|strikes?)|air\s+operations?|bombed\s+from\s+the\s+air|(?:conducted|carried\s+out|launched)\s+(?:air\s*)?strikes|strikes\s+against",
    "shelling": r"shell(?:ing|ed)|artillery(?:\s+fire|\s+attacks?)?|mortars?(?:\s+(?:fire|attacks?|rounds|shells))?|rockets?(?:\s+(?:fire|attacks?))?|missiles?(?:\s+(?:strikes?|attacks?))?|bombard(?:ed|ment)|rocket-propelled\s+grenades?|RPGs?",
    "grenade": r"(?:hand\s+)?grenades?",
    "ied": r"IEDs?|improvised\s+explosive\s+devices?|roadside\s+bombs?|land\s*mines?|car\s+bombs?|explosive\s+devices?|bombs?\s+(?:exploded|went\s+off|blast)|(?:bomb|mine)\s+blasts?|bomb\s+attacks?|set(?:s|ting)?\s+off\s+(?:an?\s+)?(?:explosives?|bombs?|charges?)|(?:twin|deadly|powerful|huge|massive)\s+blasts?|blasts?\s+(?:hit|rock\w*|kill\w*|went\s+off|ripped)|explosions?|explod(?:ed|es|e|ing)|detonat(?:ed|es|e|ing)|booby[\s-]trapped|(?:stepped\s+on|ran\s+over|hit)\s+an?\s+(?:land\s*)?mine|(?:buried|planted|hidden|concealed)\s+explosives?|explosives?\s+(?:attached|planted|buried|hidden)|(?:-|\s)planted\s+explosives?|bombing",
    "territory_gov": r"recaptured|retook|regained\s+control|liberated|took\s+back|retaken",
    "territory_ns": r"seized\s+control|overran|took\s+control|taken\s+control|captured\s+the\s+(?:town|village|city|base|district)|fell\s+to",
    "clash": r"clash(?:ed|es|ing)?|fighting|fought|gun\s*battles?|exchang(?:ed?|ing)\s+(?:of\s+)?(?:gun)?fire|exchanges\s+of\s+(?:gun)?fire|firefights?|fire\s*fights?|gun-?fights?|shoot[\s-]?outs?|skirmish(?:es)?|battle[ds]?|(?:engaged|got)\s+in(?:to)?\s+an?\s+(?:\w+\s+)?fight|fights?\s+(?:broke\s+out|erupted|ensued|between|with)|fight\s+back|engag(?:ed|ing)(?!\s+(?:with|in|on)\b)|fight(?:s|ing)?\s+(?:off\s+)?(?:the\s+|an?\s+)?(?:armed\s+|suspected\s+|heavily\s+armed\s+)?(?:militants|gunmen|raiders|bandits|attackers|assailants|insurgents|rebels|jihadists|clans(?:men)?|militias?|fighters|terrorists)|(?:inter-?communal|inter-?ethnic|ethnic|tribal|clan)\s+(?:conflicts?|feuds?|fighting)|repel(?:led)?|repuls(?:ed|e)|routed|overpower(?:ed|s|ing)?|driven\s+(?:out|back|away)\s+by|(?:air[/\s-]+(?:and\s+)?)?ground\s+(?:operations?|offensives?|assaults?)|(?:(?:joint|military|security|clearing|combing|counter-?terror\w*)\s+)?operations?\s+(?:against|targeting)\s+(?:(?:suspected|presumed|alleged)\s+)?(?:[\w/-]+\s+){0,4}?(?:militants?|jihadists?|insurgents?|terrorists?|rebels?|fighters|bandits|gunmen|militias?|militiam[ae]n|raiders|Al[\s-]Shabaa?b)|counter-?attack\w*|offensive|confrontations?|hostilities|combat|responded\s+to\s+the\s+gunfire|returned\s+fire",
    "sexual": r"rap(?:ed|e|es|ing)|gang-raped|sexual(?:ly)?\s+(?:assault\w*|violence|abuse\w*|harass\w*)|defiled|defilement",
    "abduct": r"abduct\w*|kidnap\w*|taken\s+hostage|held\s+hostage|(?:held|taken|kept)\s+captive|hostages?|forced(?:ly)?\s+disappear\w*|(?<!boxes\s)(?<!papers\s)(?<!materials\s)(?<!documents\s)(?<!funds\s)(?<!money\s)(?<!weapons\s)(?<!guns\s)(?<!files\s)(?<!cattle\s)(?<!livestock\s)(?:went\s+missing|disappeared)",
    "mob": r"(?:chased|driven)\s+(?:away|out)\s+by\s+(?:\w+\s+){0,3}?(?:locals|residents|supporters|youths|villagers|crowds?|mobs?|voters)|(?:voters|residents|youths|locals|villagers|supporters)\s+(?:\w+\s+){0,2}?chased\s+(?:\w+\s+){0,4}?(?:from|away|out)|chase\s+police|forc(?:ibly|efully)\s+(?:captur\w*|evict\w*)|(?:engag(?:e|es|ed|ing)\s+(?:\w+\s+)?in\s+)?running\s+(?:battles?|clashes|fights?)|stones?\s+(?:\w+\s+){0,4}?to\s+death|pelt(?:ed|ing|s)?|stone[\s-]throwing|stoned|stoning|thr(?:ew|owing|ows?)\s+(?:stones|rocks)|hurl(?:ed|ing|s)?\s+(?:stones|rocks)|mob(?:s|\s+justice)?|lynch\w*|jungle\s+justice|vigilante\s+justice|set\s+upon|beaten\s+to\s+death|burnt?\s+to\s+death\s+by|witch(?:es|craft)?|sorcer\w*|fist\s*-?fights?|brawl\w*|(?:came|come|coming)\s+to\s+blows|(?:engag\w+\s+in|exchang\w+)\s+blows|stones?\s+(?:were\s+|was\s+)?thrown|(?<!to\s)disrupt(?:ed|ing|s)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:rally|meeting|campaign\s+event)|(?:rally|meeting)\s+(?:was\s+)?disrupted\s+by|hit\s+(?:by|with)\s+(?:an?\s+)?(?:stones?|rocks?)|altercations?|scuffl\w*|shov(?:ed|ing)\s+(?:and\s+push\w*)?|push(?:ed|ing)\s+and\s+shov\w*|stone(?=\s+(?:a|an|the|two|three|\d+|police|journalists?|vehicles?|cars?|motorists?|passers-by)\b)",
    "riot": r"forc(?:ibly|efully)\s+(?:enter\w*|open\w*|releas\w*|br(?:oke|eak\w*))|(?<!anti-)(?<!anti\s)riot\w*(?!\s+(?:police|gear|squads?|units?|officers|control))|(?:turn(?:ed|s|ing)?|bec(?:ame|omes?|oming)|gr(?:ew|ows?|owing))\s+[\x22\u201c']?(?:violent|chaotic|ugly|rowdy|unruly)|[\x22\u201c']?(?:rowdy|unruly|violent)[\x22\u201d']?\s+(?:\w+\s+){0,2}?(?:youths?|crowds?|protesters|demonstrators|students|supporters|operators|traders|residents|mobs?|groups?)|(?:protest\w*|demonstrat\w+|rioted)\s+violently|violently[\x22\u201d']\s+(?:protest\w*|demonstrat\w+)|(?:descended|degenerated)\s+into\s+(?:violence|chaos)|marred\s+by\s+(?:\w+\s+)?(?:violence|clashes|chaos)|barricad\w*|blockad\w*|block(?:ed|ing|s)?\s+(?:[\w'-]+\s+){0,4}(?:roads?|route|highway|traffic|streets?|access|car\s*parks?|junctions?|bridges?|entrances?)|(?:lit|light(?:ing|s)?)\s+(?:\w+\s+)?(?:bon)?fires?|(?:lit|light(?:ing|s)?|burn(?:ed|t|ing)?|set\s+(?:fire\s+to|ablaze))\s+(?:of\s+)?(?:\w+\s+)?(?:tyres|tires)|violent(?:ly)?\s+(?:\w+\s+)?(?:protest\w*|demonstrat\w+)|went\s+on\s+rampage|rampag\w*|clash(?:ed|es)?\s+with\s+(?:the\s+)?(?:police|security\s+forces|gendarmes)|unrest|(?:fired|firing)\s+their\s+(?:guns|weapons)(?!\s+(?:in(?:to)?|to)\s+the\s+air)|(?<!former\s)mutin\w*|destroy(?:ed|ing)\s+(?:\w+\s+){0,2}(?:plant|property|offices?|station|buildings?)|(?:roads?|highways?|crossroads?|junctions?|streets?|traffic|routes?|entrances?|bridges?)\s+(?:\w+\s+){0,3}?(?:was|were|had\s+been|remained)\s+(?:\w+\s+)?blocked(?!\s+by\s+(?:the\s+)?(?:police|security|soldiers|gendarmes))",
    "protest": r"protest(?!ant)\w*|striking\s+(?:\w+\s+)?(?:workers|students|teachers|lecturers|doctors|nurses|employees|staff|drivers|miners|traders|civil\s+servants)|(?<!air\s)(?<!drone\s)(?<!missile\s)strik(?:e|es)\s+(?=(?:over|against|to\s+demand|demanding|in\s+protest)\b)|(?:closed|shut)\s+down\s+the\s+(?:[\w'’-]+\s+){0,2}(?:town\s+hall|city\s+hall|offices?|prefecture|court|mayor'?s\s+office)|(?:gathered|assembled|converged|crowded|thronged)\b[^.;]{0,60}?\b(?:to\s+)?demand(?:ing)?\b|storm(?:ed|ing|s)?(?=\s[^.;]{0,120}?\b(?:demand\w*|to\s+(?:demand|express|protest|denounce|press|ask|call|register|air)|chant\w*|slogans?|placards?|petition\w*)\b)|demonstrat(?:e|es|ed|ion|ions|ing|ors?)|demonstated|demos?(?=\s+(?:in|at|on|against|over|outside|to|were|was|peacefully)\b)|(?:t(?:ook|ake|aking)|poured|pour(?:ed|ing)?\s+(?:in)?to|went)\s+(?:in)?to\s+the\s+streets?|storm(?:ed|ing)\s+(?:the\s+)?streets|poured\s+(?:in)?to\s+the\s+streets?|(?:thronged|flooded|filled|went\s+down\s+(?:in(?:to)?|to))\s+the\s+streets?|(?-i:march(?:ed|es|ing)?)|sit-ins?|sit\s+ins?\b|work\s+stoppages?|rall(?:y|ied|ies)|picket\w*|(?:went|go|goes|going|gone)\s+on\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?strike|(?:began|launched|started|declared|held|observ\w+|staged|called|began)\s+an?\s+(?:[\w-]+\s+){0,2}strike|t(?:ook|ake|aking)\s+the\s+streets?|strike\s+action|boycott\w*|stag(?:ed|ing)\s+a\s+(?:sit|strike|walk)|walk-?outs?|petition\w*|hunger\s+strike",
    "intervene": r"(?:stopped|halted|blocked|broken\s+up|disrupted)\s+by\s+(?:the\s+)?(?:police|security|soldiers|gendarmes)|police\s+(?:\w+\s+){0,2}(?:injured|beat|assaulted|chased|teargassed|clobbered|whipped|prevented|barred|stopped|blocked|turned\s+away)|tear\s*gas|teargas|dispers\w*|water\s+cannons?|rubber\s+bullets|baton\w*|live\s+(?:bullets|rounds|ammunition|fire)|(?:fired|fire|firing|shot|shoot|shooting)\s+(?:(?:gun)?shots\s+|(?:\w+\s+)?times\s+|(?:their\s+|its\s+|his\s+)?(?:guns|weapons|rifles)\s+)?(?:in(?:to)?|to)\s+the\s+air|quell\w*|warning\s+shots|crackdown|broke\s+up|intervene\w*|arrested|detained|(?:barred|blocked|turned\s+away|deterred|stopped|prevented|pushed\s+back|chased\s+away)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:police|security|soldiers|gendarm\w*|army|officers|forces)",
    "arrest": r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed)?|taken\s+into\s+custody|rounded\s+up|nabbed",
    "loot": r"sabotag\w*|(?:pull|tore|tear)(?:ed|ing|s)?\s+down\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:gates?|doors?|fences?|walls?)|seiz(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:rice|food\w*|grain|cereals|personal\s+effects|belongings|mobile\s+phones)|(?:supplies|goods|cash|food\w*|livestock)\s+(?:were\s+|was\s+)?seized|damag(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:cars|vehicles|property|shops|buildings|windows|offices)\b|burns?\s+(?:down\s+)?(?:the\s+|their\s+|a\s+|his\s+|her\s+|several\s+)?(?:\w+\s+)?(?:houses?|homes?|huts?|shops?|vehicles?|cars?|dorm\w*|schools?|offices?|buildings?|property|churche?s?|mosques?)|seized\s+(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+|several\s+)?(?:\w+\s+){0,2}?(?:trucks?|vans?|ambulances?|tricycles?|supplies|cars?|lorr(?:y|ies)|cash|heads\s+of\s+livestock|motorbikes?|goods|equipment)|burn(?:ed|t|ing)\s+(?:down\s+)?(?!(?:\w+\s+){0,3}?(?:to\s+death|alive)\b)(?!(?:to|alive|victims?|men|man|woman|women|people|bodies|body|suspects?|him|her|them)\b)\w+|set(?:s|ting)?\s+(?!(?:him|her|them|themselves|himself|herself|a\s+man|a\s+woman)\b)(?:[\w'-]+\s+){1,3}?(?:ablaze|on\s+fire)|(?:overtook|occupied|invaded)\s+(?:\w+\s+){0,2}(?:canteens?|offices?|buildings?|premises|farms?|lands?)|loot(?:ed|ing|s)?|arson(?!\s+attacks?)|plunder\w*|ransack\w*|pillag\w*|torch(?:ed|ing)|set(?:s|ting)?\s+(?:fire\s+to|ablaze|on\s+fire)|br(?:oke|eak(?:s|ing)?|oken)\s+into|br(?:oke|eak|eaking)\s+down\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:gates?|doors?|fences?|walls?)|forc(?:ed|ing)\s+(?:their|his|her|its)\s+way\s+(?:in)?to|burn(?:ed|t)\s+(?:down\s+)?(?:\w+\s+){0,2}(?:houses|homes|shops|huts|buildings|schools?|vehicles?|a\s+church|a\s+mosque|property|market|offices?|cars?|motorbikes?|station|granaries|materials|kiosks?)|destroy(?:ed|ing|s)?\b|shatter(?:ed|ing)|smash(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:windows?|windscreens?|cars?|vehicles?|buses|bus|matatus?|shops?|property|doors?|gates?|stalls?|kiosks?)|vandali[sz]\w*|st(?:ole|olen|ealing|eals?)\b|damag(?:ed|ing)\s+(?:\w+\s+){0,2}(?:property|vehicles?|houses?|shops?|offices?|buildings?)|rustl\w*|property\s+destruction|seized\s+(?:\w+\s+)?(?:cattle|livestock|goods|motorbikes?|animals|oxen)|stripped|seized\s+(?!control)(?:\w+\s+){0,3}?(?:phones?|money|belongings|carts?|vehicles?|goods|food|motorcycles?|bikes?|lands?|property)|destruction\s+of\s+(?:\w+\s+){0,2}?(?:property|properties|houses|homes|shops|vehicles|buildings|offices)",
    "agreement": r"memorandum\s+of\s+understanding|agreements?|cease-?fire|truce|peace\s+(?:deal|accord|pact|agreement)|signed\s+an?\s+(?:deal|accord|pact)|prisoner\s+(?:swap|exchange)",
    "disrupted": r"disarmed|dismantl\w*|seiz(?:e|es|ed|ing|ure\s+of)\s+(?:\w+\s+){0,2}(?:weapons|arms|explosives|ammunition|firearms|guns)|(?:weapons?|arms)\s+caches?|intercept\w*|shot\s+down(?=\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,3}?" + AIRCRAFT + r"\b)|(?<=drone\s)(?:was\s+)?shot\s+down|(?:recovered|found|discovered)\s+(?:\w+\s+){0,2}(?:weapons|explosives|ieds?|bombs?|arms|ammunition)|bomb\s+disposal|controlled\s+explosion|neutrali[sz]ed\s+(?:an?\s+)?(?:ied|explosive|bomb)",
    "base": r"(?:established|set\s+up|opened|built)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:military\s+)?(?:base|headquarters|camp|post|outpost)",
    "transfer": r"(?:took|take|takes|taken|taking)\s+over(?!\s+(?:as|the\s+(?:leadership|running|management|presidency|chair)))|overtook|withdr(?:ew|awn|awal)|pulled\s+out|handed\s+over\s+(?:control|the\s+(?:town|base))|relinquish\w*",
    "change": r"(?:military|security|joint|clearing|clearance)\s+operations?|checkpoints?|deploy\w*|reinforc\w*|recruit\w*|patrols?|curfew|state\s+of\s+emergency|security\s+measures|movement\s+of\s+forces|mobili[sz]\w*|training|defect\w*|surrender\w*|merg(?:ed|er)|spotted|sighted|were\s+seen|rescu(?:ed|es|e|ing)\b",
    "attack": r"claimed\s+responsibility|attakced|attcked|(?:severed|decapitated)\s+(?:and\s+\w+\s+)?heads?|bod(?:y|ies)\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?dumped|caned|(?:was|were)\s+hung\b|charg(?:ed|ing)\s+at\s+(?:the\s+)?(?:\w+\s+)?(?:police|officers|soldiers|guards|rangers|people|residents|villagers)|(?:slit|slitting|cut|cutting)\s+(?:the\s+|their\s+|his\s+|her\s+)?throats?|sprayed\s+(?:[\w'-]+\s+){0,8}?with\s+bullets|ambush(?:ed|es|ing)?|shots\s+(?:were\s+)?fired|(?:found|discovered|recovered)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:bod(?:y|ies)|corpses?)|corpses?\s+of|petrol\s+bombs?|molotov\s+cocktails?|fire\s*bomb\w*|said\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|staged)|burn(?:ed|t)\s+(?:\w+\s+){0,3}?(?:to\s+death|alive)|attack(?:ed|s|ing|ers)?|assassinat\w*|neutrali[sz](?:ed|ing)\s+(?:\w+\s+){0,2}(?:militants|terrorists|jihadists|assailants|attackers|gunmen|insurgents|fighters|bandits|rebels)|slash(?:ed|ing)\b|(?:fired|firing)\s+(?:gun)?shots|gunshots|harass\w*|intimidat\w*|threatened\s+(?:and|to\s+kill)|raid(?:ed|s|ing)?|storm(?:ed|ing)(?!\s+(?:the\s+)?(?:streets?|roads?)\b)|storms(?=\s+(?:the|a|an|(?-i:[A-Z]{2,}))\b)|open(?:ed|s|ing)?\s+fire|fir(?:ed|ing)\s+(?:arrows\s+|bullets\s+|(?:gun)?shots\s+)?(?:on|at|upon)|shot(?!\s+down\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w-]+\s+){0,3}?" + AIRCRAFT + r"\b)(?:\s+(?:at|dead))?|shootings?|gun(?:s|ned)?\s+down|gunfire|killed|killing|kills|kill|shoots?|stabs?|murder\w*|massacre\w*|executed|executing|execution|execut(?:es|e)\b|bod(?:y|ies)\s+(?:were\s+|was\s+|ha(?:ve|s)\s+been\s+)?(?:found|discovered|recovered)|behead\w*|hack(?:ed|ing|s)?\b|stabb(?:ed|ing)|spear(?:ed|ing)\b|roughed\s+up|beat\s+up|set\s+(?:\w+\s+){0,3}alight|hijack(?:ed|ing|s)?\b|burn(?:ed|t)\s+alive|assault(?:ed)?|beat(?:en|ing)?|targeted|injured?|wounded|died|dead|violence|torture\w*|whipped|flogged|robbed|robber(?:y|ies)|invaded",
    "other": r"suspend(?:ed|s|ing)?\s+(?:all\s+)?(?:\w+\s+){0,2}(?:classes|traffic|activities|flights|gatherings|services)|"
    r"ban(?:ned|s)\s+(?:all\s+)?(?:\w+\s+){0,3}(?:gatherings|demonstrations|protests|meetings|rallies|traffic)|quarantine|"
    r"(?:broke|broken|escaped)\s+out\s+of\s+(?:\w+\s+){0,2}(?:prison|jail|police\s+station|custody)|jail\s*break|prison\s+break|"
    r"incursions?|displace\w*|fled|flee(?:ing)?|refugees|exodus|threat(?:s|ened)?|warn(?:ed|ing)",
}
LABELED_NOTE = re.compile(
    r"^\s*(?P<label>Looting|Property destruction|Movement of forces|Security measures|Recruitment|Arrests?|Non-violent activity|Displacement|Strikes?|Agreement|Headquarters or base established|Disrupted weapons use|Non-violent transfer of territory|Change to group/activity|Other|Weapons seizure|Defusal|Detonation|Coup/Military takeover|Land seizure|Formation of armed group|Change to armed group|Destruction of property|Abduction|Sexual violence)\s*:",
    re.I,
)
LABEL_TYPES = {
    "looting": "Looting/property destruction",
    "property destruction": "Looting/property destruction",
    "movement of forces": "Change to group/activity",
    "security measures": "Change to group/activity",
    "recruitment": "Change to group/activity",
    "change to group/activity": "Change to group/activity",
    "arrests": "Arrests",
    "arrest": "Arrests",
    "non-violent activity": "Other",
    "displacement": "Other",
    "strikes": "Other",  # "Strikes:" a general strike called, a context event
    "strike": "Peaceful protest",  # "Strike: workers went on strike": a demonstration of workers
    "other": "Other",
    "agreement": "Agreement",
    "headquarters or base established": "Headquarters or base established",
    "disrupted weapons use": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "defusal": "Disrupted weapons use",
    "detonation": "Disrupted weapons use",
    "coup/military takeover": "Other",
    "land seizure": "Looting/property destruction",
    "destruction of property": "Looting/property destruction",
    "formation of armed group": "Change to group/activity",
    "change to armed group": "Change to group/activity",
    "non-violent transfer of territory": "Non-violent transfer of territory",
}
SUB_TO_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
# ACLED's ranking: the higher type absorbs the lower.
TYPE_RANK = {
    "Battles": 6,
    "Explosions/Remote violence": 5,
    "Violence against civilians": 4,
    "Riots": 3,
    "Protests": 2,
    "Strategic developments": 1,
}
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
EXPLOSION_SUB = {
    "suicide": "Suicide bomb",
    "chemical": "Chemical weapon",
    "air": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "grenade": "Grenade",
    "ied": "Remote explosive/landmine/IED",
}
STRATEGIC_SUB = {
    "agreement": "Agreement",
    "disrupted": "Disrupted weapons use",
    "defuse": "Disrupted weapons use",
    "base": "Headquarters or base established",
    "transfer": "Non-violent transfer of territory",
    "loot": "Looting/property destruction",
    "change": "Change to group/activity",
    "other": "Other",
}
ARMED = {"named", "military", "police", "progov", "armed", "communal", "ethnic", "tribal", "political"}
STATE = {"military", "police"}
NON_STATE = ARMED - STATE - {"political"}  # armed groups, militias and communities under arms


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    cue: str


def _regex() -> re.Pattern:
    # one word-boundary test before the alternation: positions inside words fail at once
    return re.compile("\\b(?:" + "|".join(f"(?P<{k}>(?:{v})\\b)" for k, v in CUES.items()) + ")", re.I)


_TRIGGER_RE = _regex()
# tried only where a cue can begin (its first letters): the same matches, three times faster
_TRIGGER_SCAN = Prefilter(_TRIGGER_RE)


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    out = []
    for m in _TRIGGER_SCAN.finditer(text, start, len(text) if end is None else end):
        out.append(Trigger(m.start(), m.end(), m.group(0), m.lastgroup))
        if m.lastgroup == "intervene" and _ARREST_RE.fullmatch(m.group(0)):
            out.append(
                Trigger(m.start(), m.end(), m.group(0), "arrest")
            )  # an arrest with or without a protest
    return out


_ARREST_RE = re.compile(CUES["arrest"], re.I)


@dataclass
class Frame:
    """What ACLED's rules need to know about one event's cues and actors."""

    cues: set[str]
    agent_cat: str | None  # category of actor1 candidate ("police", "named", ...)
    target_cat: str | None
    ethnic: bool = False  # an ethnic community is named (communal clashes are battles of identity militias)
    victims_civilian: bool = False
    killed: bool = False
    label: str | None = None  # ACLED note label ("Looting:")
    victims_armed: bool = False
    demo_words: bool = False  # riot cues of a demonstration (blocked roads, barricades)
    harm: bool = False  # a violent act among the cues (beat, tortured, shot, executed)
    execution: bool = False  # executed, summarily or extrajudicially
    mutual: bool = False  # two crowds against each other ("supporters of X and Y clashed")
    crowd: bool = False  # the civilian agent is a crowd (residents, villagers, a mob)
    peaceful: bool = False  # the report calls the protest peaceful, and it did not turn violent
    state_harm: bool = False  # a state force is the agent of a violent act (police shot, beat, fired at)
    blocks_only: bool = False  # the riot cues are all roads or access blocked by a state force
    live_fire: bool = False  # live ammunition used on the crowd
    two_sides: bool = False  # state forces and a non-state armed group both take part (or two named groups)
    armed_post: bool = False  # the attack's object is a security post, station or patrol ("attacked the gendarmerie")
    partisan: bool = False  # party supporters, candidates, elections: crowds of a political contest
    ambush: bool = False  # an ambush: armed men lying in wait fight at close range, whatever they set off
    gunfire: bool = False  # shots fired as well ("IED and gunfire"): a bomb or grenade alone is remote violence
    unruly: bool = False  # the "rioters" agent is named as violent ("an angry mob", "rioters"), not just "a group of"
    assault: bool = False  # an act of aggression among the cues (attacked, ambushed, assaulted, robbed, kidnapped)
    firefight: bool = False  # an exchange of fire (shootout, gunfight, exchange of fire): armed on both sides
    armed_crowd: bool = False  # the report names weapons or armed men ("armed with rifles", "an armed gang", bodies found)
    group_agent: bool = False  # an unnamed group or crowd acts ("a group beat a man", "a crowd of people")
    armed_attack: bool = False  # a clause of its own where an armed group attacks ("Gunmen killed a trader. Protests followed")
    partisan_violence: bool = False  # party supporters or election violence: crowds of a political contest fighting
    civil_side: bool = False  # a clause of fighting names unarmed people as a side ("police and hawkers clashed")
    election_unrest: bool = False  # the report speaks of election violence ("post-election violence", "poll violence")
    livestock_raid: bool = False  # livestock stolen or rustled ("raiders stole 200 cattle", "cattle rustling")
    crowd_on_attacker: bool = False  # a crowd turned on the attacker ("the gunman was then lynched by the crowd")
    no_violence_only: bool = False  # the report calls it peaceful only by "no violence (was reported)"
    suspects_hit: bool = False  # the victims are suspected thieves, robbers or witches ("suspected thieves were lynched")
    unmanned: bool = False  # the post attacked was empty ("attacked the police station while it was unmanned")
    ethnic_target: bool = False  # a community attacked as such ("attacked a Fulani camp", "two Fulani were killed")
    raid_arrest: bool = False  # arrests made in raids: the only attack words are the raids ("arrested 12 in raids")
    press_target: bool = False  # journalists or observers attacked ("a group of youths attacked a journalist")
    state_attack_first: bool = False  # the report opens on the state harming people; a protest follows, set off by it
    target_inter: int | None = None  # the target's ACLED inter code (3: political militia, 4: identity militia)
    people_target: bool = False  # the target named is people, not a place ("attacked civilians", not "the village")
    rpg: bool = False  # a rocket-propelled grenade: a direct-fire weapon carried by men who attack


def classify(f: Frame) -> tuple[str, str] | None:
    """(event_type, sub_event_type) by ACLED's rules, or None when the cues make no event."""
    if f.label and f.label in LABEL_TYPES:
        return SUB_TO_TYPE[LABEL_TYPES[f.label]], LABEL_TYPES[f.label]
    c = f.cues
    if f.crowd_on_attacker and "attack" in c and not explosive_cue(c) and not c & {"clash"}:
        return "Violence against civilians", "Attack"  # the attack is the event; the crowd's revenge on the attacker follows
    armed_a, armed_t = f.agent_cat in ARMED, f.target_cat in ARMED
    protest_actor = f.agent_cat == "protesters" or f.target_cat == "protesters"
    crowds_only = not ({f.agent_cat, f.target_cat} & (ARMED - {"political"}))  # party supporters are crowds here
    deadly_fight = (f.killed or f.gunfire) and "clash" in c and not f.partisan and not c & {"mob", "riot", "protest"}
    if f.mutual and not f.ethnic and not deadly_fight and crowds_only and not explosive_cue(c) \
            and c & {"clash", "riot", "mob", "protest"}:
        return "Riots", "Mob violence"  # rival supporters or communities fighting: no demonstration
    if (c & {"protest"} or protest_actor) and not (
        c & {"clash", "air", "shelling", "ied", "suicide"} and armed_a and armed_t
    ) and not (f.firefight and (armed_a or armed_t)) and not f.armed_attack and not f.state_attack_first:
        return _protest(f)
    if c & {"riot", "mob"} and not (armed_a and armed_t and not _crowd_of_party(f)):
        return _riot(f)
    if "defuse" in c and not c & {"clash"}:
        return "Strategic developments", "Disrupted weapons use"  # an IED defused or gone off while planted
    if "intervene" in c and c <= {"intervene", "attack"} and STATE & {f.agent_cat, f.target_cat} \
            and not ({f.agent_cat, f.target_cat} & (ARMED - STATE)):
        if f.assault and not f.state_harm:
            # "residents attacked a herder; the police intervened": the crowd's violence, stopped (the police
            # harmed no one, whoever the parse takes for the agent)
            return _riot(f)
        return _protest(f)  # "police used tear gas to disperse hundreds of dock workers": a crowd met
    if c & {"clash"} and not (armed_a or armed_t) and not explosive_cue(c):
        # fighting between groups of civilians: communities -> identity militias' battle, else a brawl
        # (or a deadly fight between armed communities of no party: ACLED's communal militias)
        return ("Battles", "Armed clash") if f.ethnic or deadly_fight else ("Riots", "Mob violence")
    if c & {"clash"} and c & {"intervene"} and f.agent_cat in STATE and f.target_cat not in ARMED and not f.killed \
            and not f.firefight and not f.gunfire and not f.two_sides and not explosive_cue(c) \
            and not (f.ethnic and not f.partisan):
        return _riot(f)  # "two camps began fighting, the police intervened": the police stop a brawl (two clans: a battle)
    return _armed_violence(f, armed_a, armed_t)


def _crowd_of_party(f: Frame) -> bool:
    """Party supporters on one side and the state on the other, no weapons named: a crowd, not a militia."""
    sides = {f.agent_cat, f.target_cat}
    return "political" in sides and bool(sides & STATE) and not f.armed_crowd and not f.gunfire


def _armed_violence(f: Frame, armed_a: bool, armed_t: bool) -> tuple[str, str] | None:
    """Battles, remote violence or violence against civilians (else a strategic development): who
    fights whom, and with what."""
    c = f.cues
    explosive = next((k for k in EXPLOSION_SUB if k in c), None)
    if f.raid_arrest and f.agent_cat in STATE | {None} and not (
        f.killed or f.harm or f.gunfire or f.firefight or explosive or c & {"clash", "abduct", "sexual"}
    ):
        return "Strategic developments", "Arrests"  # "security forces arrested 12 suspects in raids"
    sides = {f.agent_cat, f.target_cat}
    civil = sides & {"civilians", "rioters"} or _crowd_of_party(f) or (
        f.civil_side and (f.target_cat is None or f.agent_cat is None) and not f.armed_crowd
    )
    if "clash" in c and civil and sides & STATE and not f.two_sides and not explosive \
            and not (f.agent_cat in STATE and (f.harm or "arrest" in c)) and not f.ambush and not f.gunfire:
        return _riot(f)  # residents, traders or students fighting the police: a riot, not a battle
    armed_t = armed_t or (f.victims_armed and armed_a)  # "three rangers were shot dead by fighters"
    # "two men on a motorbike shot two police officers dead": armed men, whatever the words call them
    gunmen = f.agent_cat == "civilians" and not f.crowd and not f.group_agent and (f.gunfire or f.armed_crowd)
    # an armed group met by the state or ambushed, whoever did it ("armed members of MRC attack police officers")
    met = f.target_cat in NON_STATE and (f.two_sides or f.ambush) and f.agent_cat is None
    if (f.agent_cat is None or gunmen) and (f.victims_armed or f.target_cat in STATE or met) \
            and c & {"attack", "clash"} and not f.victims_civilian and not explosive and not f.execution \
            and not (f.group_agent and not f.armed_crowd and f.target_cat not in STATE):
        return "Battles", "Armed clash"  # unknown gunmen killing police: an unidentified armed group's battle
    battle = (c & {"clash"} and (armed_a or armed_t)) or (armed_a and armed_t and c & {"attack"})
    if c & {"territory_gov"} and f.agent_cat in STATE:
        return "Battles", "Government regains territory"
    if c & {"territory_ns"} and armed_a and f.agent_cat not in STATE:
        return "Battles", "Non-state actor overtakes territory"
    civilian_only = f.victims_civilian and not f.victims_armed
    if "clash" in c and f.civil_side and f.agent_cat in NON_STATE and f.target_cat in ("civilians", None) \
            and not explosive and not f.state_harm:
        return "Battles", "Armed clash"  # "Koglweogo militiamen and locals clashed": the locals fought, as a militia
    if "clash" in c and (f.two_sides or f.agent_cat in ("ethnic", "tribal")):
        return "Battles", "Armed clash"  # two armed sides fighting, or communities clashing: whoever died
    if f.target_cat in STATE and (f.agent_cat is None or armed_a) and f.agent_cat not in STATE | {"political"} \
            and (f.ambush or (f.two_sides and not (f.victims_civilian and not f.victims_armed))) and "attack" in c and not explosive and not f.execution \
            and not (f.group_agent and not f.armed_crowd):
        return "Battles", "Armed clash"  # "an unknown group ambushed police officers", civilians hit or not
    if f.armed_post and f.unmanned and not (f.killed or f.victims_armed or c & {"clash", "abduct"}) and not explosive:
        return "Strategic developments", "Looting/property destruction"  # an empty post attacked: no one to fight
    if f.armed_post and "attack" in c and f.agent_cat not in STATE and (
        not explosive or f.ambush or f.gunfire or (explosive in ("shelling", "ied") and f.assault)
    ):
        # "militants attacked the gendarmerie (and fired an RPG at it, set off explosives)": a battle, civilians hit or not
        return "Battles", "Armed clash"
    if f.agent_cat == "ethnic" and "attack" in c and not explosive and not c & {"abduct", "sexual"}:
        # a communal militia's raid kills villagers (violence against civilians) unless it meets armed men
        if armed_t or f.victims_armed:
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if f.execution and not c & {"clash"} and not (f.agent_cat in NON_STATE and f.target_cat in NON_STATE):
        # executions are of captives (a militia's men executed by a rival group: their battle)
        return "Violence against civilians", "Attack"
    if f.firefight and not explosive and (armed_a or armed_t or f.agent_cat is None):
        return "Battles", "Armed clash"  # a shootout: both sides armed, whoever else was hit
    # an ambush, a bomb or grenade thrown in a gunfight, an RPG fired by men who attacked: fighting at close range
    engaged = bool(c & {"clash"}) or f.ambush or (f.gunfire and explosive in ("ied", "grenade", "suicide", "shelling")) \
        or (explosive == "shelling" and f.assault and f.rpg)
    # "attacked the village, killing three militiamen and five civilians": the armed dead make it a battle
    armed_dead = f.victims_armed and armed_a and f.killed and f.agent_cat not in STATE
    if battle and (f.target_cat != "civilians" or armed_dead) and not (civilian_only and not engaged):
        if explosive and not engaged:
            return "Explosions/Remote violence", EXPLOSION_SUB[explosive]
        return "Battles", "Armed clash"
    if explosive and not ("disrupted" in c and (explosive == "shelling" or not (f.killed or f.harm))):
        return "Explosions/Remote violence", EXPLOSION_SUB[explosive]
    return _violence_or_strategic(f)


def explosive_cue(c: set[str]) -> bool:
    return bool(c & set(EXPLOSION_SUB))


def _protest(f: Frame) -> tuple[str, str]:
    c = f.cues
    police_block = f.blocks_only and not c & {"mob", "loot", "clash"}
    violent = bool(c & {"riot", "mob", "loot", "clash"}) or (f.agent_cat == "rioters" and f.unruly and not f.crowd) \
        or (f.election_unrest and "attack" in c and not f.state_harm)  # "several injured at a rally - electoral violence"
    # "no violence was reported" says no one was hurt: barricades and blocked roads are still a violent demonstration
    calm = f.peaceful and not (f.no_violence_only and f.demo_words)
    if violent and not calm and not police_block:
        return "Riots", "Violent demonstration"
    if f.assault and f.agent_cat not in ARMED - {"political"} and not f.state_harm and not f.peaceful and f.target_cat != "protesters":
        return "Riots", "Violent demonstration"  # demonstrators who attack, rob or abduct someone
    if (
        c & {"attack"}
        and (f.agent_cat in ("protesters", "civilians") or (f.agent_cat == "rioters" and f.people_target))
        and (f.killed or f.victims_civilian or f.target_cat)
        and not f.state_harm
        and not f.peaceful
    ):
        return "Riots", "Violent demonstration"  # protesters attacking someone
    if (f.killed and not explosive_cue(c)) or (f.state_harm and f.harm) or f.live_fire:
        # peaceful protesters killed, shot or beaten: ACLED's excessive force, by whoever used it
        return "Protests", "Excessive force against protesters"
    if c & {"intervene", "arrest"} or f.state_harm or police_block:
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


_DEMO_RIOT = re.compile(r"barricad|block|tyres|tires|blockad|demonstrat|protest", re.I)


def _riot(f: Frame) -> tuple[str, str]:
    if f.cues & {"protest"} or f.demo_words or (f.cues & {"riot"} and not f.cues & {"mob"}):
        return "Riots", "Violent demonstration"
    return "Riots", "Mob violence"


def _violence_or_strategic(f: Frame) -> tuple[str, str] | None:
    c = f.cues
    if c & {"sexual"}:
        return "Violence against civilians", "Sexual violence"
    if c & {"arrest"} and (f.killed or f.harm) and f.agent_cat != "rioters" and not (f.agent_cat == "civilians" and f.crowd):
        return "Violence against civilians", "Attack"  # arrested and beaten / executed
    if c & {"arrest"} and (f.agent_cat in STATE or f.agent_cat is None) and not c & {"abduct"}:
        if c & {"loot", "clash", "mob"} and not f.armed_crowd and f.target_cat not in ARMED and not c & {"disrupted"}:
            return _riot(f)  # "unknown people torched the offices; police arrested one": the riot, its arrests
        return "Strategic developments", "Arrests"
    if c & {"abduct"} and (f.killed or f.harm):
        return "Violence against civilians", "Attack"  # abducted and killed, wounded or beaten
    if c & {"abduct"}:
        if f.agent_cat in STATE and c & {"arrest"}:
            return "Strategic developments", "Arrests"
        if f.agent_cat in NON_STATE and f.target_cat == "named" and f.target_inter in (3, 4) and not civilian_only(f):
            return "Battles", "Armed clash"  # "militants abducted two volunteer fighters (VDP)": a group's men taken
        return "Violence against civilians", "Abduction/forced disappearance"
    if c & {"attack", "clash"} and (
        f.agent_cat == "rioters"
        or (f.agent_cat == "civilians" and f.crowd)
        or (f.agent_cat is None and f.group_agent and not f.armed_crowd)
    ) and not (f.ethnic_target and "attack" in c and (f.killed or f.harm or f.assault or "loot" in c)) \
            and not (f.press_target and "attack" in c) \
            and not (f.killed and not f.suspects_hit and (f.gunfire or _community_killing(f))):
        # a crowd's violence, unless it attacks the press ("youths attacked a journalist"), shoots people dead
        # ("shot dead by a group") or is one community's men killing another's (a communal militia's attack)
        return "Riots", "Mob violence"  # residents / a crowd attacking someone (a community attacked: its militia's)
    if "clash" in c and f.agent_cat in (None, "civilians", "political") and f.partisan_violence \
            and not f.armed_crowd and not f.gunfire and not f.execution:
        return _riot(f)  # rival supporters clashing, no arms named: a riot (an attack on one man is coded either way)
    if c & {"attack"} and f.suspects_hit and f.agent_cat in (None, "civilians") and not f.armed_crowd \
            and not f.gunfire and not f.execution and not c & {"abduct", "sexual"}:
        return "Riots", "Mob violence"  # "three suspected thieves were burnt to death": a crowd's justice
    if f.election_unrest and f.agent_cat is None and f.target_cat in (None, "civilians") and not f.armed_crowd \
            and not f.gunfire and not f.execution and not f.assault and not c & {"abduct", "sexual", "arrest"}:
        # "four cars burnt in post-election violence": no armed group named ("an aspirant was attacked and
        # injured - electoral violence" is an attack on him)
        return "Riots", "Violent demonstration"
    # (weapons or bodies named elsewhere in the report do not arm a crowd of residents: "after the body of a girl
    # was found, angered residents set ablaze the house of the suspect's father")
    if "loot" in c and not c & {"attack", "abduct", "sexual"} and not (f.armed_crowd and not f.crowd) and (
        f.agent_cat in ("civilians", "rioters", "protesters")
        or (f.agent_cat == "political" and f.partisan_violence)
        or (f.agent_cat is None and f.group_agent)  # "houses were burnt down by a group of operators"
    ):
        return _riot(f)  # a crowd burning or ransacking property: a riot, not an armed group's looting
    if "loot" in c and f.livestock_raid and f.agent_cat not in STATE | {"named", "political"} \
            and not c & {"abduct", "sexual", "arrest", "clash"}:
        return "Violence against civilians", "Attack"  # "raiders struck a village and stole cattle": an armed raid
    if _property_raid(f):
        return "Strategic developments", "Looting/property destruction"
    if c & {"attack", "clash"} and (f.agent_cat is not None or f.killed or f.victims_civilian or f.harm or "loot" in c):
        if f.target_cat in ARMED and f.agent_cat in ARMED and not civilian_only(f):
            return "Battles", "Armed clash"
        if c & {"loot"} and not f.killed and not c & {"attack"} - {"attack"}:
            return "Violence against civilians", "Attack"
        return "Violence against civilians", "Attack"
    if c & {"arrest"} and f.agent_cat in NON_STATE:
        # "gunmen dressed in fatigues detained a civilian": an armed group's captive, no arrest by the state
        return "Violence against civilians", "Abduction/forced disappearance"
    for cue, sub in STRATEGIC_SUB.items():
        if cue in c:
            return "Strategic developments", sub
    if c & {"attack"}:
        return "Violence against civilians", "Attack"  # ACLED's default for violence with unclear parties
    if c & {"riot", "mob"}:
        return _riot(f)  # rioting with armed groups named on both sides, but no fight between them
    return None


def _community_killing(f: Frame) -> bool:
    """ "Meru inhabitants stabbed three Isiolo inhabitants to death": communities named, people of one
    killed by people of the other, no crowd's violence (lynching, rioting) among the cues."""
    return f.ethnic and f.agent_cat == "civilians" and not f.cues & {"mob", "riot"}


def _property_raid(f: Frame) -> bool:
    """"Militants attacked the village and burned shops, no casualties": an armed group's attack that harmed
    no one is its looting or destruction of property (ACLED), whatever verb the report uses."""
    c = f.cues
    return (
        "loot" in c
        and "attack" in c
        and not c & {"clash", "abduct", "sexual", "arrest"}
        and f.agent_cat in NON_STATE
        and not (f.killed or f.harm or f.victims_civilian or f.victims_armed or f.ambush or f.firefight or f.execution)
        and not f.people_target  # "burned homes and attacked civilians": people attacked, not only property
    )


def civilian_only(f: Frame) -> bool:
    return f.victims_civilian and not f.victims_armed


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (one actor alone: its code times 10)."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)
