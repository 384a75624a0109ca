"""Casualty claims: how many were killed / injured / abducted / arrested, of whom, says whom.

A pure ``find_claims`` step (text and sentence bounds in, ``ClaimMention`` out) and the spaCy
component ``warlog_casualties`` that writes them to ``doc._.claim_mentions``. Numbers that count
barrels, rounds or kilometres never become claims: a figure needs a casualty word beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ETHNIC
from .nlp import doc_text

if not Doc.has_extension("claim_mentions"):
    Doc.set_extension("claim_mentions", default=None)


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regex alternation, split at its top-level bars."""
    out, cur, depth, i = [], [], 0, 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            cur.append(alternation[i : i + 2])
            i += 2
            continue
        if ch == "[":  # a class: copied whole ("[^\\W\\d_]", "[]a]")
            j = i + 1 + (alternation[i + 1] == "^")
            j += alternation[j] == "]"
            while alternation[j] != "]":
                j += 2 if alternation[j] == "\\" else 1
            cur.append(alternation[i : j + 1])
            i = j + 1
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


# Letters that case-insensitive matching also takes for an ASCII letter ("K" Kelvin sign, long s).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _by_first_letter(alternation: str, ignorecase: bool = True) -> str:
    """The same alternation, its alternatives bucketed by first letter ("people|persons?|soldiers" ->
    "[pP](?:eople|ersons?)|[sS](?:oldiers)"): the engine skips a bucket on its first character instead
    of entering every alternative. Only alternatives that cannot match at the same place change order
    (a run between two alternatives that do not start with a plain letter keeps its place), so the
    pattern matches exactly as before, faster."""
    out: list[str] = []
    run: dict[str, list[str]] = {}

    def flush():
        for letter, rests in run.items():
            first = f"(?-i:[{letter}{letter.upper()}{_FOLDS.get(letter, '')}])" if ignorecase else letter
            out.append(first + ("(?:" + "|".join(rests) + ")" if rests != [""] else ""))
        run.clear()

    for alt in _top_level(alternation):
        if alt[:1].isascii() and alt[:1].isalpha() and alt[1:2] not in ("?", "*", "+", "{"):
            key = alt[0].lower() if ignorecase else alt[0]
            run.setdefault(key, []).append(alt[1:])
        else:
            flush()
            out.append(alt)
    flush()
    return "|".join(out)

UNITS = {
    "zero": 0, "no": 0, "none": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
    "couple": 2, "a couple of": 2, "pair": 2, "both": 2,
}
# Vague quantities: (low, high, ACLED's coded value). ACLED: a few -> 3, several/many -> 10,
# tens -> 10, dozens -> 12, hundreds -> 100.
VAGUE = {
    "a few": (3, None, 3), "few": (3, None, 3), "an unspecified number": (2, None, 3), "an unknown number": (2, None, 3), "several": (3, None, 10), "many": (10, None, 10),
    "numerous": (10, None, 10), "a number of": (2, None, 3),
    "a number": (2, None, 3), "tens": (20, None, 10), "scores": (40, None, 12),
    "dozens": (24, None, 12), "hundreds": (200, None, 100), "thousands": (2000, None, 1000),
    "some": (2, None, 3), "multiple": (2, None, 3), "casualties": (0, None, 0),
}
QUANT = "(?:" + _by_first_letter(r"at\s+(?:the\s+)?least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|approximately|an\s+estimated|roughly|only|a\s+total\s+of|close\s+to|upwards\s+of") + ")"
_WORDNUM = "(?:" + _by_first_letter(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|a\s+dozen|both") + ")"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_COMPOUND = rf"{_TENS}[-\s](?:one|two|three|four|five|six|seven|eight|nine)"  # "thirty-two": one number, no range
_DIGITS = r"\[?(?:\d{1,3}(?:,\d{3})+|\d+)\]?"
_SINGLE = rf"(?:{_DIGITS}|{_WORDNUM})"
_VAGUE = "(?:" + _by_first_letter(r"an\s+(?:unspecified|unknown)\s+number\s+of|a\s+few|several|many|numerous|a\s+number\s+of|tens\s+of|scores\s+of|scores|dozens\s+of|dozens|hundreds\s+of|hundreds|thousands\s+of|thousands|multiple") + ")"
NUMBER = (
    rf"(?P<q>{QUANT}\s+)?(?:(?!{_COMPOUND}\b)(?:either\s+)?(?P<lo>{_SINGLE})\s*(?:to|-|–|or)\s*(?P<hi>{_SINGLE})|between\s+(?P<lo2>{_SINGLE})\s+and\s+(?P<hi2>{_SINGLE})"
    rf"|(?P<n>{_SINGLE})|(?P<vague>{_VAGUE})|(?P<one>an?|one|the))"
)
_ETHNIC = _by_first_letter(ETHNIC, ignorecase=False)
# "five Fulani herders": the community's name, then who they were
_PERSON_AFTER_ETHNIC = (
    r"(?:herders?|herdsm[ae]n|farmers?|pastoralists|civilians?|villagers?|residents?|people|men|man|women|woman|"
    r"youths?|boys?|girls?|children|elders?|traders?|miners|fishermen|fighters|militiam[ae]n|warriors?|"
    r"worshipp?ers|nationals|migrants|members|families|community\s+members|herding\s+\w+|farming\s+\w+)\b"
)
VICTIM_HEAD = (
    r"people|persons?|individuals|civilians?|soldiers?|troops|fighters|forces|militants|members|police(?:men)?|"
    r"policem[ae]n|officers?|gendarmes?|children|child|kids|women|woman|men|man|boys?|girls?|villagers?|residents?|"
    r"protesters?|demonstrators?|students?|worshippers|passengers|attackers|assailants|gunmen|insurgents|jihadists|"
    r"rebels|terrorists|miners|farmers?|herders?|traders?|others|bodies|workers|personnel|servicem[ae]n|recruits|"
    r"pupils|teachers?|relatives|guards|officials?|victims|pilgrims|patients|staff|volunteers|militiam[ae]n|"
    r"rioters?|looters?|worshipp?ers|warriors?|pirates?|carjackers?|individual|thugs?|person|hunters?|smugglers?|poachers?|"
    r"schoolchildren|school\s*(?:girls?|boys?)|technicians?|scholars?|notables?|brothers?|sisters?|sons?|daughters?|husbands?|wives|wife|mothers?|fathers?|"
    r"assistants?|aides?|bodyguards?|escorts?|nephews?|nieces?|cousins?|uncles?|aunts?|grand(?:sons?|daughters?|children|child|mothers?|fathers?)|"
    r"neighbou?rs?|companions?|husband|fisherman|"
    r"combatants|militias?|suspects|bandits|raiders|fishermen|motorists|drivers|journalists?|babies|infants|teenagers?|"
    r"youths?|elders?|chiefs?|family\s+members|inhabitants|locals|refugees|migrants|pastoralists|herdsmen|"
    r"hostages|captives|businessm[ae]n|supporters?|members?|followers?|activists?|guards?|colleagues?|travell?ers?|deacons?|drivers?|tout|riders?|residents?|villagers?|civilians?|policem[ae]n|gangsters?|thugs|criminals?|thiefs|counterparts|al[\s-]Shabaa?b|Mungiki|rangers?|rustlers?|thief|thieves|robbers?|reservists?|herdsman|assailant|attacker|militant|fighter|rebel|insurgent|jihadist|terrorist|bandit|raider|suspect|gunman|councilm[ae]n|leader|director|headmaster|principal|pastor|catechist|cleric|merchant|vendor|owner|operator|rider|motorcyclist|dealer|customer|tourist|"
    r"workers?|soldier|civilian|IDPs?|peasants?|sailors?|witch(?:es)?|occupants?|foreigners?|prisoners?|inmates?|detainees?|breeders?|patrons?|lieutenants?|corporals?|sergeants?|"
    r"inspectors?|captains?|commanders?|chiefs?|returnees?|recruiters?|interpreters?|informants?|informers?|"
    r"sympathi[sz]ers?|collaborators?|kidnappers?|abductors?|planters?|gang\s+members|bystanders?|couple|"
    r"(?!(?:ord|numb|bord|wat|pap|headquart|quart|pow|lett|cent|matt|lay|contain|comput|tank|bunk|launch|trail|charg)ers)[a-z]{3,}ers|"
    rf"(?-i:(?:{_ETHNIC})s?)(?:\s+{_PERSON_AFTER_ETHNIC})?|councill?ors?|administrators?|imams?|pastors?|merchants?|vendors?|tourists?|nationals|employees|contractors|engineers|headm[ae]n|mayors?|MPs?|MCAs?|reporters?|Marines|paratroopers|commanders?|leaders?|clerics?|muslims|christians|monks|nuns|priests?|"
    # a group's acronym as the victims ("8 suspected SLDF killed"), not a weapon's
    r"(?-i:(?!IEDs?\b|AK)[A-Z]{2,6})(?=\s)"
)
_HEAD = _by_first_letter(VICTIM_HEAD)  # the same heads, faster to try
KIND_WORDS = {
    "killed": r"(?:(?:shot|attacked|hacked|stabbed|beaten|ambushed)\s+and\s+)?kill?(?:i)?ed(?:\s+in\s+action)?|KIA|fatality|hanged|burn(?:ed|t)\s+alive|set\s+(?:ablaze|alight|on\s+fire)|"
    r"fatally\s+(?:shot|stabbed|wounded|injured|hit|beaten|assaulted|struck|attacked)|assassinated|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))?|[a-z]+(?:ed|t)\s+to\s+death|(?:stoned|hacked|beaten|burnt|burned|clubbed|stabbed)\s+to\s+death|dead|died|dies|die|gunned\s+down|murdered|massacred|executed|slain|slaughtered|beheaded|decapitated|lynched|shot\s+dead|hacked\s+to\s+death|burned\s+to\s+death|perished|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|fatalities|deaths|death|bodies",
    "injured": r"injured|wounded|hurt|maimed|injuries|casualties",
    "abducted": r"abducted|kidnapped|taken\s+hostage|seized|held\s+hostage|abductions|kidnapping",
    "arrested": r"arrested|detained|apprehended|rounded\s+up|taken\s+into\s+custody|arrests",
    "displaced": r"displaced|fled\s+their\s+homes|forced\s+to\s+flee",
    "missing": r"missing|unaccounted\s+for",
}
_KIND_RE = "|".join(f"(?P<k_{k}>{_by_first_letter(v)})" for k, v in KIND_WORDS.items())
_NOT_MOD = _by_first_letter(
    "are|were|was|is|have|has|had|killed|dead|died|injured|wounded|and(?!/)|or|on|in|at|by|from|with|for|to|after|"
    "during|attack|attacks|separate|says?|said|told|reported|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    "twelve|twenty|thirty|forty|fifty|hundred"
)
# Up to four words before the victims' head ("two [suspected Fulani] herders"). A word is a whole run
# of word characters with a letter in it, matched in one piece: the engine never re-splits it.
_MOD = rf"(?:of\s+(?:the|their|its)\s+)?(?:(?:\d{{1,3}}|{_WORDNUM})[\s-]*(?:years?|months?)[\s-]*old\s+)?(?:(?!(?:{_NOT_MOD})\b)\(?(?=[\w'/\"-]*[^\W\d_])[\w'/\"-]++\)?\s+){{0,4}}?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "were Friday afternoon shot dead", "were in the evening hours killed", "were on 21/12 killed"
_WHEN_BETWEEN = (
    rf"(?:\s+(?:on\s+)?(?:{_WEEKDAY}|yesterday|today|last\s+night|overnight)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+in\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)(?:\s+hours)?"
    rf"|\s+on\s+(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?))"
    r"(?:\s+(?:were|are|was|is|been))?"
)
_BE = (
    rf"(?:\s+who)?(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|been|got|have|has|had)(?:{_WHEN_BETWEEN})?)?"
    r"(?:\s+(?:reportedly|allegedly|also|all|later|then|subsequently|eventually|confirmed|feared|believed|"
    r"(?:said|reported|believed|feared)\s+to\s+(?:have(?:\s+been)?|be)|reported|found|announced|declared|pronounced|unconfirmed|civilian|(?!nearly|narrowly|barely|almost)[a-z]+ly))*"
)
# "was removed from a bus and executed", "were tortured and then summarily executed"
_CHAIN = (
    r"(?:\s+[a-z]+(?:ed|en|n|t)(?:,?\s+[^.;]{0,60}?)??,?\s+and(?:\s+(?:then|later))?(?:\s+(?!nearly|narrowly|barely|almost)[a-z]+ly)?"
    r"(?=\s+(?:killed|executed|murdered|shot\s+dead|died|beheaded|decapitated|lynched|slain|assassinated|burned\s+alive|"
    r"set\s+(?:ablaze|alight|on\s+fire))\b))?"
)
# NUM [victims] [were] killed | NUM dead | NUM deaths
_OR_MOD = rf"{_MOD}(?:(?-i:[A-Z])[\w'-]+\s+(?:or|and/or)\s+{_MOD})?"
# "two soldiers and a civilian" (see _coordinated); "seven women and children" (one figure)
_AND_MORE = rf"(?:\s+and\s+(?:(?:his|her|their)\s+(?:{_SINGLE}\s+)?|(?:{_SINGLE}|an?)\s+|){_MOD}(?:{_HEAD}))?"
_VICTIMS = rf"{_OR_MOD}[\"“]?(?:{_HEAD})(?:\s+(?:{_HEAD}))?[\"”]?{_AND_MORE}"
PAT_A = re.compile(rf"\b{NUMBER}(?:\s+(?P<victims>{_VICTIMS}))?(?:\s+(?:more|others|other\s+people|additional|further))?(?:,[^,.;]{{1,60}},|(?(victims)\s+of\s+(?:the\s+|an?\s+|their\s+)?(?:same\s+)?[\w'-]+(?:\s+[\w'-]+)?(?=\s+(?:were|was|are|is|have|has|had|killed|died|dead|found\s+dead)\b)|(?!))|(?(n)\s+of\s+the\s+[\w'-]+(?:\s+[\w'-]+)?(?=\s+(?:were|was)\b)|(?!))|(?(victims),(?!\s*(?:{_SINGLE})\b)[^,.;\d]{{1,80}}?(?=\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|shot|murdered|hacked|found|injured|wounded)\b)|(?!))|\s*\([^)]{{0,80}}\)|\s*\[[^\]]{{0,80}}\]|\s+[-–]\s[^-–.;]{{1,80}}\s[-–]|\s+(?:from|at|in|near)\s+(?:the\s+|an?\s+)?[\w'-]+(?:\s+[\w'-]+){{0,2}}?(?:\s*\[[^\]]{{0,80}}\])?(?=\s+(?:were|was|have|has|had|killed|died)\b)|\s+(?:\w+ing|\w+ed\s+(?:to|by|with|from|in|for|on|of))(?:\s+[\w'-]+){{1,5}}?(?=\s+(?:were|was|have|has|had|is)\b)|(?(victims)\s+\w+ed(?=\s+(?:were|was)\s+(?:later\s+|subsequently\s+)?(?:killed|executed|murdered|shot\s+dead|found\s+dead|beheaded|lynched)\b)|(?!))|,\s+including\s+[^.;]{{1,80}}?(?=\s+(?:were|was)\s)|\s+of\s+(?:them|whom|those(?:\s+\w+)?|these|the\s+(?:wounded|injured))(?=(?:\s+later)?\s+(?:succumbed|died)\b|\s+(?:were|was|are|is|have|has|had|died|killed)\b)|(?(victims)\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+[^,.;]{{1,60}}?(?=\s+(?:are|were|was|is)\s)|(?!)))?{_BE}{_CHAIN}\s+(?:{_KIND_RE})\b", re.I)
# "two Koglweogo who ...": a group's own name, capitalised, as the victims
_NAMED = r"(?-i:[A-Z][\w'-]+)(?=\s*[,.;]|\s*$|\s+(?:who|that|and|in|on|at|near|during|after|as|when|while|from)\b)"
# killed NUM [victims]; killing NUM; left NUM dead
_VERB_K = _by_first_letter(
    r"(?:killing|killings|deaths?|murders?)\s+of|gun(?:s|ned)?\s+down|"
    r"shooting\s+dead|shoots?\s+dead|fatally\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring|assaulted|hit)|"
    r"(?:bodies|corpses|remains)\s+of|slit\s+the\s+throats?\s+of|(?:hack|stab|beat|burn|club|stone|torture)(?:s|d|ed|ing)?\s+to\s+death|"
    r"leaving|killed|killing|kill|kills|lynch(?:ed|es)?|assassinat(?:ed|ing)|executing|"
    r"(?:hacked|stabbed|beat|beaten|burned|burnt|clubbed|stoned)\s+to\s+death|shot\s+and\s+killed|shot|massacred|executed|"
    r"executes|massacres|beheads|assassinates|slaughter(?:s|ed)|neutrali[sz](?:ed|es|ing)|"
    r"shot\s+dead|murdered|beheaded|decapitated|lynched|claimed\s+the\s+lives\s+of|left"
)
_VERB_I = _by_first_letter("injured|injuring|wounded|wounding")
_VERB_A = _by_first_letter("abducted|abducting|kidnapped|kidnapping|seized")
_VERB_R = _by_first_letter("arrested|arresting|detained|detaining")
PAT_B = re.compile(
    rf"\b(?:[a-z]+(?:ed|ing)\s+and\s+(?:then\s+)?)?(?:(?P<verb_k>{_VERB_K})"
    rf"|(?P<verb_i>{_VERB_I})|(?P<verb_a>{_VERB_A})|(?P<verb_r>{_VERB_R}))(?:\s+and\s+(?!(?:injur|wound|kill)\w*)[a-z]+ed)?"
    rf"(?:\s+(?:by|with)\s+(?:an?\s+)?\w+)?\s+(?:(?:the|all|its|their)\s+(?=(?:{_SINGLE})\s))?{NUMBER}(?:\s+(?P<victims>(?:(?-i:[A-Z])[\w'-]+\s+and\s+)?{_OR_MOD}[\"“]?(?:{_HEAD})(?:\s+(?:{_HEAD}))?[\"”]?{_AND_MORE}|{_NAMED})|(?=\s+(?:on|in|at|near|and|during|after|as|when|while|following|since|of\s+them)\b|\s*[,.;]|\s+[-–(]|\s*$))(?:\s+(?P<dead>dead|injured|wounded))?\b",
    re.I,
)
# "lynched a hunter", "shot dead the chief": one victim of any description.
PAT_ONE = re.compile(
    r"(?<!\bto )\b(?P<verb_k>killed|kills?|killing|lynched|lynch(?:es|ing)|shot\s+dead|shoots?\s+dead|shooting\s+dead|murdered|murders|"
    r"beheaded|decapitated|executed|executes|assassinated|assassinates?|gun(?:s|ned)?\s+down|"
    r"(?:stabbed|hacked|beat|beaten|burned|burnt|stoned|clubbed|tortured)\s+to\s+death)"
    r"\s+(?P<one>an?|the)\s+(?!(?:[\w'-]+\s+){0,2}?(?:coup|plan|operation|raid|attack|strike|search|mission|order|warrant|"
    r"project|programme|program|deal|sweep|number|total|cow|goat|camel|sheep|ox|animal|dog|donkey|lion|elephant|bull|"
    r"hyena|leopard|crocodile|snake|cattle|livestock)s?\b)(?P<victims>(?:[\w'-]+\s+){0,3}?[a-z][\w'-]*"
    rf"(?:\s+and\s+(?:his|her|the|an?)\s+(?:{_HEAD}))?)\b(?P<n>)(?P<q>)(?P<lo>)(?P<lo2>)(?P<vague>)(?P<dead>)",
)
# "stoned two suspected robbers to death", "beat a thief to death"
PAT_C = re.compile(
    rf"\b(?P<verb_k>(?:stone|hack|beat|burn|club|stab|bludgeon|lynch|tortur)(?:d|ed|bed|t|en|s|e|es)?)(?:\s+up)?\s+{NUMBER}\s+"
    rf"(?P<victims>{_MOD}(?:{_HEAD}))\s+to\s+death\b(?P<dead>)",
    re.I,
)
# "9 Burkinabe were killed", "one patron is killed": any noun is a victim before an explicit "were killed".
PAT_A2 = re.compile(
    rf"\b(?!the\b){NUMBER}\s+(?P<victims>{_MOD}[^\W\d_][\w'-]*(?:\s+and\s+(?P<n2>{_SINGLE}|an?)\s+{_MOD}[^\W\d_][\w'-]*)?)"
    r"\s+(?:(?:who|that)\s+)?(?:were|was|is|are|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+(?:reportedly|allegedly|also|later|(?!nearly|narrowly|barely|almost)[a-z]+ly))*"
    r"\s+(?:killed|shot\s+dead|murdered|slain|lynched|beheaded|massacred|assassinated|found\s+dead|gunned\s+down|"
    r"(?:hacked|burned|burnt|stabbed|beaten|stoned)\s+to\s+death)\b",
    re.I,
)
# "16 charred bodies": as many dead.
PAT_BODIES = re.compile(rf"\b{NUMBER}\s+(?:[a-z][\w'-]*\s+){{0,2}}?(?P<victims>bodies|corpses)\b(?P<dead>)", re.I)
# "executed him", "burned her to death": one victim named before.
PAT_PRON = re.compile(
    r"\b(?:(?P<verb_k>killed|killing|kills?|executed|executing|murdered|murdering|lynched|lynching|assassinated|beheaded|"
    r"shot\s+dead|shooting\s+dead|shot\s+and\s+killed|gunned\s+down)|(?P<tod>stoned|hacked|beat|beaten|burned|burnt|clubbed|"
    r"stabbed|tortured))\s+(?P<victims>(?P<one>him|her))\b(?(tod)\s+to\s+death\b)"
    r"(?P<n>)(?P<q>)(?P<lo>)(?P<lo2>)(?P<vague>)(?P<dead>)",
    re.I,
)
_SINGULAR = (
    r"man|woman|boy|girl|child|baby|teenager|youth|officer|policeman|policewoman|soldier|reservist|driver|rider|"
    r"watchman|guard|bodyguard|suspect|robber|rapist|thief|farmer|herder|herdsman|trader|teacher|chief|student|pupil|"
    r"civilian|journalist|pastor|priest|imam|cleric|activist|businessman|resident|villager|worker|gendarme|militant|"
    r"fighter|vendor|shopkeeper|owner|leader|official|councillor|politician|elder|miner|hunter|fisherman|sheikh|"
    r"missionary|representative|gangster|inspector|corporal|sergeant|manager|minister|chairman|sympathi[sz]er|"
    r"informant|collaborator|charlatan|healer|catechist|deacon|headman|commander|lieutenant|recruiter|returnee|"
    r"victim|individual|person|member|candidate|legislator|senator|governor|mayor|councilman|councilor|attorney|lawyer|"
    r"doctor|nurse|criminal|infant|assailant|attacker|gunman|bandit|raider|rebel|insurgent|jihadist|motorist|"
    r"passenger|pedestrian|employee|tourist|assistant|aide|administrator|marabout|notable|nomad|pastoralist"
)
# Kin, as the subject of a sentence only ("The mother of the candidate was found dead"): "killed his
# wife" after a relative pronoun is usually what the person arrested or lynched had done before.
_KIN = (
    r"mother|father|son|daughter|wife|husband|brother|sister|uncle|aunt|nephew|niece|cousin|grandmother|grandfather"
)
# Headline style without an article: "Gunmen kill police reservist", "Mob lynches murder suspect".
PAT_BARE = re.compile(
    r"(?<!\bto )\b(?P<verb_k>kill(?:s|ed)?|lynch(?:es|ed)?|murder(?:s|ed)|assassinat(?:es?|ed)|shoots?\s+dead|shot\s+dead|behead(?:s|ed))\s+"
    rf"(?P<victims>(?:his\s+|her\s+)?(?:(?!(?:a|an|the|his|her|their|its|and|in|on|at|by|with|for|to|including|among|all|both|(?i:{_WORDNUM}))\b)[A-Za-z][\w'-]*\s+){{0,2}}"
    rf"(?:{_SINGULAR}))(?![\w'-])(?P<n>)(?P<q>)(?P<lo>)(?P<lo2>)(?P<vague>)(?P<one>)(?P<dead>)"
)
# A sentence about one person: "Teenage boy killed by raiders", "A man from the village is discovered
# murdered", "Bodyguard of the minister was shot dead", "A trader, who had been threatened, is killed".
PAT_SUBJ = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:(?:an?|the)\s+)?(?P<victims>(?:(?!(?i:after|before|following|over|and|or|as|when|while|by|in|on|at|"
    r"for|to|of|from|with|that|who)\b)[\w'\"-]+\s+){0,4}?(?i:" + _SINGULAR + "|" + _KIN + r"))"
    r"(?:,[^,.;]{1,80},|\s+(?:of|from|with|at|in|near|linked\s+(?:with|to)|known\s+as|believed\s+to\s+be)\s+"
    r"(?:(?!\s(?:were|are|have)\s|\s(?:" + _WORDNUM + r")\s|\d)[^.;,]){1,60}?"
    r"|\s+\([^)]{1,30}\)|\s+who\s+(?:(?!kill|murder|shot|stab|hack|lynch|behead|execut|injur|wound|abduct|kidnap|arrest)[^,.;]){1,80}?(?=\s+(?:was|is|has\s+been|had\s+been)\s))?"
    r"(?:\s+(?:was|is|has\s+been|had\s+been))?(?:\s+(?:reportedly|allegedly|later|also|discovered|found))?"
    r"\s+(?:killed|shot\s+dead|shot\s+and\s+killed|murdered|executed|lynched|assassinated|beheaded|decapitated|hacked\s+to\s+death|gunned\s+down|"
    r"died|dies|succumbed|beaten\s+to\s+death|stoned\s+to\s+death|"
    r"stabbed\s+to\s+death|burned\s+to\s+death|found\s+dead|(?:abducted|kidnapped|tortured)\s+and\s+(?:killed|executed|murdered))\b",
)
# "His body was found in a well": one dead.
PAT_BODY = re.compile(
    r"\b(?P<victims>(?:(?:his|her|(?-i:[A-Za-z][\w-]*)'s)\s+(?:[\w'-]+\s+)?(?:body|corpse|remains)"
    r"|(?:an?|the)\s+(?:[\w'-]+\s+)?(?:body|corpse)(?:\s+of\s+(?:an?\s+)?(?:[\w'-]+\s+){0,2}?(?:man|woman|boy|girl|child|person|trader|farmer|herder|student|teacher|driver|resident|villager|civilian|soldier|officer|policeman))?)"
    r")\s+(?:was|were|has\s+been|had\s+been|is)\s+"
    r"(?:\w+ly\s+|later\s+)?(?:found|discovered|recovered|retrieved|dumped)\b",
    re.I,
)
# "he was later executed", "she died shortly afterwards": one dead, named before (victims unknown here:
# a total, so the person counted before is not counted twice).
PAT_HE = re.compile(
    r"\b(?:he|she)\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?:later|then|subsequently|eventually|reportedly|allegedly|also)\s+)?"
    r"(?:killed|executed|murdered|shot\s+dead|shot\s+and\s+killed|beheaded|decapitated|lynched|assassinated|gunned\s+down|"
    r"(?:stabbed|hacked|beaten|burned|stoned)\s+to\s+death|found\s+dead)"
    r"|(?:later\s+|subsequently\s+|eventually\s+|then\s+)?(?:died|succumbed))\b",
    re.I,
)
# "... and decapitated another", "along with another man", "along with two others": more of the same.
PAT_ANOTHER = re.compile(
    r"\b(?:killed|killing|executed|executing|beheaded|beheading|decapitated|decapitating|murdered|lynched|shot\s+dead|"
    r"(?:hacked|stabbed|beat|burned|burnt|stoned)\s+to\s+death)\s+(?P<one>another)\b",
    re.I,
)
PAT_ALONG = re.compile(
    rf"\balong\s+with\s+(?:(?P<one>another|an?|one)|(?P<n>{_SINGLE}))\s+(?:other\s+)?(?P<victims>(?:{_HEAD})|others?)\b"
    rf"|\b(?P<kin>(?:along|together)\s+with|with)\s+(?P<victims2>(?:his|her)\s+(?:{_HEAD})(?:\s+and\s+(?:his\s+|her\s+)?(?:{_HEAD}))?)(?![\w'’-])",
    re.I,
)
# "lost two of their own", "the army lost three soldiers": deaths on the side that speaks or acts.
PAT_LOST = re.compile(
    rf"\blost\s+(?P<n>{_SINGLE})\s+(?P<victims>of\s+(?:their|its|his)\s+own|(?:of\s+(?:their|its)\s+)?"
    rf"(?:soldiers|troops|men|officers|policemen|fighters|comrades|members|personnel|colleagues))\b",
    re.I,
)
PAT_TOLL = re.compile(
    rf"\b(?:(?:\btoll|(?:death|casualty|fatality)\s+(?:total|count|figure))\b[^.;]{{0,120}}?\b(?:has\s+|had\s+)?"
    rf"(?:risen|rose|rises|climbed|climbs|increased|jumped|raised|revised(?:\s+upwards?)?|went\s+up)\s+(?:from\s+{_SINGLE}\s+)?to"
    rf"|(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities))\s+(?:\w+\s+){{0,5}}?(?:to|of|at|reached|stood\s+at|is|was)"
    rf"|(?-i:FATALIT\w*|Fatalities|Deaths|Death\s+toll)\s*:\s*(?:(?:reported|estimates?|include|including|of|at\s+least)\s+){{0,3}}"
    rf"|(?-i:FATALIT\w*|Fatalities)\s*:[^.;:]{{0,40}}?\bestimated?s?(?:\s+only)?\s*:?)\s*{NUMBER}\b",
    re.I,
)
# A coder's own statement of the figure kept for this event ("Unknown fatalities coded as 10", "two
# events ..., with 1 fatality each"): it states the convention applied, so it overrides the others.
PAT_CODED = re.compile(
    rf"\bfatalit(?:y|ies)\b[^.;]{{0,80}}?\bcoded\s+(?:as|at)\s+(?:(?:a|the)\s+low\s+estimate\s+of\s+)?"
    rf"\(?(?P<n>\d+)\)?(?!\s*(?:events?|km|kilomet))|\b(?P<each>{_SINGLE})\s+fatalit(?:y|ies)\s+each\b"
    rf"|\bfatalities\s+split\b[^.;]{{0,80}}?\bas\s+\((?P<split>\d+)\)",
    re.I,
)
NO_CASUALTY = re.compile(
    r"\b(?:no\s+(?:one|body)\s+(?:was|were|has\s+been)\s+(?:killed|hurt|injured)|no\s+(?:casualties|fatalities|deaths|injuries|one\s+died)|without\s+(?:casualties|injur\w*)|nobody\s+(?:was\s+)?(?:killed|hurt|injured|died))\b",
    re.I,
)
_NON_PERSON_AFTER = re.compile(r"^\s*(?:artillery|tank|rounds|rockets?|shells|mortars?|barrels|metres|meters|km|kilometres|miles|houses|homes|vehicles|cars|trucks|cattle|goats|cows|camels|sheep|oxen|livestock|donkeys|dogs|animals|buildings|shops|days?|weeks?|months?|years?|hours?|minutes|percent|per\s+cent|%|dollars|shillings|francs)\b", re.I)


@dataclass
class ClaimMention:
    start: int
    end: int
    kind: str
    low: int | None
    high: int | None
    quantifier: str | None
    acled_value: int | None
    victims: str | None
    victims_start: int | None = None
    sentence: int = 0
    extras: dict = field(default_factory=dict)


def parse_number(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower().strip().strip("[]"))
    if w in ("the", "him", "her"):
        return 1
    if re.fullmatch(r"[\d,]+", w):
        return int(w.replace(",", ""))
    if w in UNITS:
        return UNITS[w]
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def _figure(m: re.Match) -> tuple[int | None, int | None, str | None, int | None] | None:
    """(low, high, quantifier, acled_value) of a NUMBER match."""
    q = re.sub(r"\s+", " ", (m.group("q") or "").strip().lower()).replace("at the least", "at least") or None
    if m.group("vague"):
        key = re.sub(r"\s+of$", "", m.group("vague").lower())
        key = re.sub(r"\s+", " ", key)
        low, high, coded = VAGUE[key]
        return low, high, key, coded
    lo = m.group("lo") or m.group("lo2")
    if lo:
        low, high = parse_number(lo), parse_number(m.group("hi") or m.group("hi2"))
        if low is None or high is None or high < low:
            return None
        return low, high, q, low
    n = parse_number(m.group("n") or m.group("one") or "")
    if n is None:
        return None
    open_ended = q in ("at least", "more than", "over", "upwards of", "as many as") and q not in ("up to",)
    high = None if open_ended else n
    if q in ("up to", "as many as", "fewer than", "less than"):
        return (0 if q != "as many as" else n), n, q, n
    return n, high, q, n


def _kind_of(m: re.Match) -> str:
    for k in KIND_WORDS:
        if m.groupdict().get(f"k_{k}"):
            return k
    for g, k in (("verb_k", "killed"), ("verb_i", "injured"), ("verb_a", "abducted"), ("verb_r", "arrested")):
        if m.groupdict().get(g):
            if g == "verb_k" and (m.group("dead") or "").lower() in ("injured", "wounded"):
                return "injured"  # "left two people wounded"
            return k
    return "killed"


_MONTH_BEFORE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$", re.I)


def _is_year(m: re.Match) -> bool:
    """A bare 19xx/20xx after a month name or before a comma is a year, not a count."""
    n = m.group("n") or ""
    if not re.fullmatch(r"(?:19|20)\d\d", n):
        return False
    rest, before = m.string[m.end("n") :], m.string[max(0, m.start("n") - 16) : m.start("n")]
    return rest.startswith(",") or bool(_MONTH_BEFORE.search(before))


def _in_numeric_date(m: re.Match) -> bool:
    """ "on 21/12 are killed": the 12 is a month, not a count."""
    n = m.group("n") or ""
    if not n[:1].isdigit():
        return False
    i, j = m.start("n"), m.end("n")
    return m.string[i - 1 : i] in ("/", ".") and m.string[i - 2 : i - 1].isdigit() or bool(re.match(r"[/.]\d", m.string[j : j + 2]))


def _from_match(m: re.Match, base: int, sent_i: int, kind: str | None = None) -> ClaimMention | None:
    fig = _figure(m)
    if fig is None:
        return None
    low, high, q, coded = fig
    if _is_year(m) or _in_numeric_date(m):
        return None
    if m.group("n") and _AGE_AFTER.match(m.string, m.end("n")):
        return None  # "his 12 year old sister": an age, not a count
    groups = m.groupdict()
    fig_end = max((m.end(g) for g in ("n", "vague", "hi", "hi2") if groups.get(g)), default=None)
    if fig_end is not None and _TIME_AFTER.match(m.string, fig_end):
        return None  # "several days later the suspect died"  # "On 18 August 2020, militants killed ...": the year is no figure
    if re.match(r"(?i)le(?:ft|aving)\b", m.group(0)) and not m.group("dead"):
        return None  # "left two hours later": "left" counts casualties only with "dead"/"wounded"
    if m.group("one") and not m.groupdict().get("victims"):
        return None  # "a killed" makes no sense: "a"/"one" needs its noun
    if (m.group("one") or "").lower() == "the" and re.search(r"(?:s|people|men|women|children)$", m.group("victims") or "", re.I):
        return None  # "the villagers": a count we do not know
    victims = m.groupdict().get("victims")
    vstart = m.start("victims") + base if victims else None
    if victims and re.match(r"(?i)of\s", victims):
        victims = victims[3:]
    extra = _coordinated(victims)
    if extra and low is not None:
        low, coded = low + extra, (coded or 0) + extra
        high = None if high is None else high + extra
    return ClaimMention(m.start() + base, m.end() + base, kind or _kind_of(m), low, high, q, coded,
                        victims.strip() if victims else None, vstart, sent_i)


_COORD_RE = re.compile(
    rf"\band\s+(?:(?P<poss>his|her|their|the)\s+(?:(?P<pn>{_SINGLE})\s+)?|(?P<n>{_SINGLE}|an?)\s+)(?:[\w'-]+\s+){{0,3}}?"
    rf"(?P<head>{_HEAD})\b",
    re.I,
)
_PLURAL = re.compile(r"(?:s|ren|men|people)$", re.I)
_TIME_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b", re.I)
_AGE_AFTER = re.compile(r"[\s-]*(?:years?|yrs?|months?)[\s-]*old\b", re.I)


def _coordinated(victims: str | None) -> int:
    """The second figure of "two soldiers and a civilian" (the first is the match's own)."""
    if not victims:
        return 0
    m = _COORD_RE.search(victims)
    if not m:
        return 0
    if _AGE_AFTER.match(victims, m.end("n") if m.group("n") else m.end("pn") if m.group("pn") else m.end()):
        return 1  # "and 70 year old grandmother": one person of that age
    if m.group("poss") and not m.group("pn"):
        return 0 if _PLURAL.search(m.group("head")) else 1  # "and her son"; "and their children": unknown
    return parse_number(m.group("n") or m.group("pn")) or 0


_ACTIVE = re.compile(r"\b(?:were|was|have|has|had|are|is|been|being|got)\b", re.I)
_OBJECT_AFTER = re.compile(
    rf"\s+(?:and\s+[a-z]+(?:ed|t)\s+)?(?:more|a|an|the|his|her|their|its|\d+|him|them|it|some|{_WORDNUM}|{_VAGUE})\b", re.I
)


_ANY_KIND = re.compile(
    _by_first_letter(
        r"kil|dead|die|death|toll|fatalit|casualt|injur|wound|hurt|maim|abduct|kidnap|hostage|seiz|arrest|detain|"
        r"decapitat|apprehend|custody|rounded|displac|fled|flee|missing|lynch|execut|behead|murder|massacr|slain|slaughter|"
        r"shot|stab|hack|burn|ston|succumb|perish|lost\s|lives|bodies|gun|assassinat|\bkia\b|hang|corpse|body|"
        r"fatal|ablaze|alight|on\s+fire|alive"
    ),
    re.I,
)


_KIND_ONLY = re.compile(rf"\b(?:{_KIND_RE})\b", re.I)


# PAT_A2 ends on its verb: tried only before one.
_A2_END = re.compile(
    r"\b(?:killed|shot\s+dead|murdered|slain|lynched|beheaded|massacred|assassinated|found\s+dead|gunned\s+down|"
    r"(?:hacked|burned|burnt|stabbed|beaten|stoned)\s+to\s+death)\b",
    re.I,
)


def _ending_at(pat: re.Pattern, ends: re.Pattern, sent: str):
    """``pat``'s matches, tried only in the 160 characters before each match of ``ends`` (where they
    end): the same matches, without trying a long pattern at every word of the text."""
    seen = set()
    for k in ends.finditer(sent):
        for m in pat.finditer(sent, max(0, k.start() - 160), k.end()):
            if m.end() == k.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


_BODIES_END = re.compile(r"\b(?:bodies|corpses)\b", re.I)


def _matches(pat: re.Pattern, sent: str):
    if pat is PAT_A:
        return _ending_at(PAT_A, _KIND_ONLY, sent)
    if pat is PAT_A2:
        return _ending_at(PAT_A2, _A2_END, sent)
    if pat is PAT_BODIES:
        return _ending_at(PAT_BODIES, _BODIES_END, sent)
    return pat.finditer(sent)


def find_claims(text: str, sentences: list[tuple[int, int]]) -> list[ClaimMention]:
    """Claims in each sentence (char bounds); the longest match wins where patterns overlap."""
    out: list[ClaimMention] = []
    for i, (s, e) in enumerate(sentences):
        sent = text[s:e]
        found = []
        if not _ANY_KIND.search(sent):
            continue  # most sentences name no casualty: skip the heavy patterns
        lower = sent.lower()
        pats = [PAT_B, PAT_A, PAT_A2]
        if "bodies" in lower or "corpses" in lower:
            pats.append(PAT_BODIES)
        if "to death" in lower:
            pats.append(PAT_C)
        if "toll" in lower or "number of" in lower or "fatalit" in lower or "death" in lower:
            pats.append(PAT_TOLL)
        pats += [PAT_ONE, PAT_PRON]
        for pat in pats:
            for m in _matches(pat, sent):
                if pat is PAT_A and _NON_PERSON_AFTER.match(sent[m.end("n") if m.group("n") else m.end():]) and not m.group("victims"):
                    continue
                if pat is PAT_A2 and _NON_PERSON_AFTER.match(sent[m.start("victims") - 1 :]):
                    continue
                if pat is PAT_A and _ACTIVE.search(m.group(0)) is None and _OBJECT_AFTER.match(sent, m.end()):
                    continue  # "villagers lynched a hunter": the villagers are the killers
                c = _from_match(m, s, i, "killed" if pat in (PAT_TOLL, PAT_A2, PAT_BODIES) else None)
                if c and pat is PAT_A2 and m.group("n2") and not _COORD_RE.search(m.group("victims")):
                    c.low, c.acled_value = c.low + parse_number(m.group("n2")), c.acled_value + parse_number(m.group("n2"))
                    c.high = None if c.high is None else c.high + parse_number(m.group("n2"))
                if c:
                    found.append(c)
        if "coded" in lower or "each" in lower or "split" in lower:
            for m in PAT_CODED.finditer(sent):
                n = parse_number(m.group("n") or m.group("each") or m.group("split"))
                if n is not None:
                    c = ClaimMention(m.start() + s, m.end() + s, "killed", n, n, "coded as", n, None, None, i)
                    found.append(c)
        if "lost" in lower:
            for m in PAT_LOST.finditer(sent):
                n = parse_number(m.group("n"))
                if n:
                    found.append(
                        ClaimMention(m.start() + s, m.end() + s, "killed", n, n, None, n, m.group("victims"), m.start("victims") + s, i)
                    )
        subj = [m for m in PAT_SUBJ.finditer(sent) if not _OBJECT_AFTER.match(sent, m.end())]
        for m in (*PAT_BODY.finditer(sent), *PAT_BARE.finditer(sent), *subj):
            found.append(ClaimMention(m.start() + s, m.end() + s, "killed", 1, 1, None, 1, m.group("victims"), m.start("victims") + s, i))
        for m in NO_CASUALTY.finditer(sent):
            kind = "injured" if re.search(r"hurt|injur", m.group(0), re.I) else "killed"
            found.append(ClaimMention(m.start() + s, m.end() + s, kind, 0, 0, "none", 0, None, None, i))
        if " he " in f" {lower}" or " she " in f" {lower}":
            for m in PAT_HE.finditer(sent):
                found.append(ClaimMention(m.start() + s, m.end() + s, "killed", 1, 1, None, 1, None, None, i))
        if "another" in lower:
            for m in PAT_ANOTHER.finditer(sent):
                found.append(ClaimMention(m.start() + s, m.end() + s, "killed", 1, 1, None, 1, None, None, i))
        kept = _non_overlapping(found)
        if "with" in lower:
            kept = sorted(kept + _along_with(sent, s, i, kept), key=lambda c: c.start)
        kept = [c for c in kept if not _ATTEMPT_BEFORE.search(sent, max(0, c.start - s - 40), c.start - s)]
        if "them" in lower or "their" in lower or "those" in lower or "the men" in lower or "the people" in lower:
            kept = sorted(kept + _taken_then_killed(sent, s, i, kept), key=lambda c: c.start)
        if "among" in lower or "including" in lower or "of whom" in lower or "of them" in lower:
            kept = [c for c in kept if not _breakdown(sent, s, c, out + kept)]
        for c in kept:
            if _is_grievance(sent, c.start - s, c.end - s):
                c.extras["grievance"] = True
        out.extend(kept)
    return out


# "tried to lynch a woman": an attempt, no casualty
_ATTEMPT_BEFORE = re.compile(
    r"\b(?:tried|tries|try|trying|attempted|attempting|attempts?|wanted|wanting|planned|planning|plotting|plotted|sought|"
    r"threatened|threatening|intended|failed|vowed)\s+to\s+$",
    re.I,
)


def _along_with(sent: str, base: int, sent_i: int, kept: list[ClaimMention]) -> list[ClaimMention]:
    """ "X was shot dead along with another man": one more of the claim just before."""
    out = []
    for m in PAT_ALONG.finditer(sent):
        start, end = m.start() + base, m.end() + base
        before = [c for c in kept if c.end <= start and start - c.end <= 80]
        if not before or any(c.start < end and start < c.end for c in kept):
            continue
        if m.group("kin"):
            # "was killed ... with his wife and son": as many as the singular nouns named
            if before[-1].kind != "killed" or (m.group("kin").lower() == "with" and start - before[-1].end > 60):
                continue
            heads = re.split(r"\s+and\s+", m.group("victims2"))
            if any(_PLURAL.search(h) and not re.search(r"(?:ss|us)$", h) for h in heads):
                continue  # "with their children": how many is not said
            n, victims, vstart = len(heads), m.group("victims2"), m.start("victims2") + base
        else:
            n = 1 if m.group("one") else parse_number(m.group("n"))
            victims, vstart = m.group("victims"), m.start("victims") + base
        if n:
            out.append(ClaimMention(start, end, before[-1].kind, n, n, None, n, victims, vstart, sent_i))
    return out


# "abducted three men and executed them", "arrested nine men ..., their corpses were found": the
# people just counted as taken are the dead.
_THEM_KILLED = re.compile(
    r"\b(?:(?:killed|executed|murdered|slaughtered|beheaded|lynched|hanged|massacred|shot\s+dead|gunned\s+down|"
    r"(?:hacked|stabbed|beaten|burned|burnt|stoned|clubbed)\s+to\s+death)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?them\b"
    r"|(?:shot|gunned)\s+them\s+(?:dead|down)\b|(?:hacked|stabbed|beat|burned|burnt|stoned|clubbed)\s+them\s+to\s+death\b"
    r"|(?:burned|burnt)\s+them\s+alive\b"
    r"|\btheir\s+(?:[\w'-]+\s+)?(?:bodies|corpses|remains)\s+(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|later\s+)?"
    r"(?:found|discovered|recovered|retrieved|dumped)\b"
    r"|\b(?:those|the\s+men|the\s+people)\s+(?:arrested|abducted|detained|kidnapped|taken)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:[a-z]+ly\s+|later\s+)?(?:found\s+dead|killed|executed|shot\s+dead)\b)",
    re.I,
)


# "captured two suspected thieves and burned them alive": people caught by whoever then kills them.
# Capture is no claim of its own (an army's "captured two bases"), only the count the killing refers to.
_CAPTURED = re.compile(
    rf"\b(?:captured|caught|grabbed|cornered|seized|abducted|kidnapped|arrested)\s+(?P<n>\d{{1,3}}|{_WORDNUM})\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{_HEAD})\b",
    re.I,
)


def _captured_before(sent: str, at: int) -> ClaimMention | None:
    """The last "captured N men" within 200 characters before ``at``, as a count to refer back to."""
    last = None
    for m in _CAPTURED.finditer(sent, max(0, at - 200), at):
        last = m
    n = parse_number(last.group("n")) if last else None
    if not n:
        return None
    return ClaimMention(last.start(), last.end(), "abducted", n, n, None, n, None, None)


def _taken_then_killed(sent: str, base: int, sent_i: int, kept: list[ClaimMention]) -> list[ClaimMention]:
    out: list[ClaimMention] = []
    used: set[int] = set()
    for m in _THEM_KILLED.finditer(sent):
        start, end = m.start() + base, m.end() + base
        if any(c.start < end and start < c.end for c in kept):
            continue
        before = [c for c in kept if c.end <= start and start - c.end <= 200]
        prev = before[-1] if before else None
        if (prev is None or prev.kind not in ("abducted", "arrested")) and m.group(0)[:5].lower() != "their":
            prev = _captured_before(sent, m.start()) or prev
        if prev is None or prev.kind not in ("abducted", "arrested") or not prev.low or id(prev) in used:
            continue
        used.add(id(prev))
        out.append(ClaimMention(start, end, "killed", prev.low, prev.high, prev.quantifier, prev.acled_value,
                                prev.victims, prev.victims_start, sent_i))
    return out


# "Nine herders are feared dead ... Among the dead are three women and six men": a breakdown of the
# figure before, not more dead.
_PART_OF = re.compile(
    r"(?:\bamong\s+(?:the\s+(?:dead|deceased|victims|fatalities|killed|casualties|bodies)|those\s+(?:killed|who\s+died|dead)|them|whom)"
    r"|\bincluding|\bof\s+(?:whom|them))\s*[,:]?\s*(?:(?:were|are|was|is)\s+)?$",
    re.I,
)


def _breakdown(sent: str, base: int, c: ClaimMention, earlier: list[ClaimMention]) -> bool:
    if c.kind != "killed" or not c.low or not _PART_OF.search(sent[max(0, c.start - base - 60) : c.start - base]):
        return False
    return any(
        k is not c and k.kind == "killed" and k.end <= c.start and (k.acled_value or k.low or 0) >= (c.acled_value or c.low)
        for k in earlier
    )


# "protested the killing of a student", "blocked the road with the coffin of a man killed by police":
# a death that is the protesters' grievance happened before, in another event.
_GRIEVANCE = re.compile(
    r"\b(?:protest|demonstrat|march|rall(?:y|ied|ies)|sit-in|strike|block|barricad|riot|mourn|"
    r"took\s+to\s+the\s+streets?|took\s+the\s+streets?|angered|outrage|vigil)\w*\b[^.;]{0,100}?"
    r"\b(?:death|deaths|killing|killings|murder|murders|shooting|lynching|body|bodies|coffin|funeral|burial|assassination)"
    r"\s+of\b",
    re.I,
)


# Deaths of another event named as such: "to honour 60 people killed", "included in the 5 reported
# killed", "arrested for the murder of", "in retaliation for the killing of"; and running tallies
# ("10 people have been killed in the last two months").
_PRIOR_BEFORE = re.compile(
    r"(?:\b(?:honou?r|commemorat\w*|mourn\w*|remember\w*|avenge)\s+(?:the\s+)?"
    r"|\b(?:included|counted)\s+(?:in|among)\s+(?:the\s+)?|\bjustice\s+for\s+|(?<!responsibility\s)\bfor\s+the\s+"
    r"|\b(?:responsible\s+for|behind|accused\s+of|suspected\s+of|in\s+(?:reaction|response|retaliation)\s+to|revenge\s+for)\s+the\s+"
    r"|\b(?:accused|suspected|convicted|charged|wanted|jailed|sentenced)\s+(?:of|with|for|over)\s+(?:allegedly\s+|having\s+)?"
    r"|\bin\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:weeks|months|years),?\s+"
    r"|\bwho\s+had\s+(?:[a-z]+ly\s+)?)$",
    re.I,
)
_TALLY_AFTER = re.compile(
    r"^[^.;,]{0,40}?\b(?:in|over|during)\s+(?:the\s+)?(?:past|last|previous|over)?\s*(?:\w+\s+)?(?:weeks|months|years)\b"
    r"|^[^.;,]{0,30}?\b(?:(?:days|weeks|months|years)\s+(?:earlier|ago|before)|last\s+(?:week|month|year))\b"
    r"|^\s+in\s+(?:\d{1,2}/\d{2,4}|(?:19|20)\d\d)\b",
    re.I,
)


_WHO_HAD = re.compile(r"\bwho\s+had\s+(?:[a-z]+ly\s+)?(?:died|been\s+(?:killed|shot\s+dead|murdered|lynched))\b", re.I)


def _is_grievance(sent: str, start: int, end: int | None = None) -> bool:
    """The claim at ``start`` is the object of a protest's "death of ..." (or begins with it), or
    the toll of another event or a running tally."""
    if any(start - 40 <= m.end() <= start + 25 and ";" not in sent[m.end() : start] for m in _GRIEVANCE.finditer(sent)):
        return True
    if _PRIOR_BEFORE.search(sent[max(0, start - 60) : start]):
        return True
    if end is not None and _WHO_HAD.search(sent, start, end):
        return True  # "in protest of a colleague who had died"
    return end is not None and bool(_TALLY_AFTER.match(sent[end : end + 80]))


def _non_overlapping(found: list[ClaimMention]) -> list[ClaimMention]:
    keep: list[ClaimMention] = []
    for c in sorted(found, key=lambda c: -(c.end - c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in keep):
            keep.append(c)
    return sorted(keep, key=lambda c: c.start)


@Language.factory("warlog_casualties", requires=["doc.sents"], assigns=["doc._.claim_mentions"])
def make_casualty_component(nlp: Language, name: str):
    return CasualtyComponent()


class CasualtyComponent:
    """spaCy component ``warlog_casualties`` (v1): casualty figures per sentence."""

    def __call__(self, doc: Doc) -> Doc:
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        doc._.claim_mentions = find_claims(doc_text(doc), sents)
        return doc
