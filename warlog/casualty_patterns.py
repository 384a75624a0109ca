"""The words and patterns of casualty claims: numbers (digits, number words, ranges, ACLED's coded
values for vague quantities), victims' heads, casualty kinds, and the regexes that join them
("NUM [victims] [were] killed", "killed NUM [victims]", "the death toll rose to NUM", "his body was
found", "no casualties").

The patterns are long and tried on every sentence that names a casualty, so their alternations are
bucketed by first letter (``_by_first_letter``): the same matches, without entering every
alternative at every word."""

from __future__ import annotations

import re

from .communities import ETHNIC


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
    "zero": 0,
    "no": 0,
    "none": 0,
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "couple": 2,
    "a couple of": 2,
    "pair": 2,
    "both": 2,
}


# Vague quantities: (low, high, ACLED's coded value). ACLED: a few -> 3, several/many -> 10,
# tens -> 10, dozens -> 12, hundreds -> 100.
VAGUE = {
    "a few": (3, None, 3),
    "few": (3, None, 3),
    "an unspecified number": (2, None, 3),
    "an unknown number": (2, None, 3),
    "several": (3, None, 10),
    "many": (10, None, 10),
    "numerous": (10, None, 10),
    "a number of": (2, None, 3),
    "a number": (2, None, 3),
    "tens": (20, None, 10),
    "scores": (40, None, 12),
    "dozens": (24, None, 12),
    "hundreds": (200, None, 100),
    "thousands": (2000, None, 1000),
    "some": (2, None, 3),
    "multiple": (2, None, 3),
    "casualties": (0, None, 0),
}


QUANT = (
    "(?:"
    + _by_first_letter(
        r"at\s+(?:the\s+)?least|more\s+than|over|nearly|almost|about|around|some|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|approximately|an\s+estimated|roughly|only|a\s+total\s+of|close\s+to|upwards\s+of"
    )
    + ")"
)


_WORDNUM = (
    "(?:"
    + _by_first_letter(
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|a\s+dozen|both"
    )
    + ")"
)


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


_COMPOUND = (
    rf"{_TENS}[-\s](?:one|two|three|four|five|six|seven|eight|nine)"  # "thirty-two": one number, no range
)


_DIGITS = r"\[?(?:\d{1,3}(?:,\d{3})+|\d+)\]?"


_SINGLE = rf"(?:{_DIGITS}|{_WORDNUM})"


_VAGUE = (
    "(?:"
    + _by_first_letter(
        r"an\s+(?:unspecified|unknown)\s+number\s+of|a\s+few|several|many|numerous|a\s+number\s+of|tens\s+of|scores\s+of|scores|dozens\s+of|dozens|hundreds\s+of|hundreds|thousands\s+of|thousands|multiple"
    )
    + ")"
)


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
    # guests, spectators, doctors, candidates...: people by what they were doing or are (settlers,
    # commuters and other "-ers" come with the pattern below)
    r"guests?|spectators?|fans|congregants|pedestrians|clients|tenants|"
    r"devotees|doctors?|nurses?|medics?|paramedics?|candidates?|aspirants?|politicians?|legislators?|senators?|"
    r"governors?|magistrates?|judges?|prosecutors?|diplomats?|envoys?|clerks?|cashiers?|accountants?|surveyors?|"
    r"agents?|artisans?|apprentices?|athletes?|cyclists?|pilots?|chairm[ae]n|secretaries|graduates?|"
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


PAT_A = re.compile(
    rf"\b{NUMBER}(?:\s+(?P<victims>{_VICTIMS}))?(?:\s+(?:more|others|other\s+people|additional|further))?(?:,[^,.;]{{1,60}},|(?(victims)\s+of\s+(?:the\s+|an?\s+|their\s+)?(?:same\s+)?[\w'-]+(?:\s+[\w'-]+)?(?=\s+(?:were|was|are|is|have|has|had|killed|died|dead|found\s+dead)\b)|(?!))|(?(n)\s+of\s+the\s+[\w'-]+(?:\s+[\w'-]+)?(?=\s+(?:were|was)\b)|(?!))|(?(victims),(?!\s*(?:{_SINGLE})\b)[^,.;\d]{{1,80}}?(?=\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|shot|murdered|hacked|found|injured|wounded)\b)|(?!))|\s*\([^)]{{0,80}}\)|\s*\[[^\]]{{0,80}}\]|\s+[-–]\s[^-–.;]{{1,80}}\s[-–]|\s+(?:from|at|in|near)\s+(?:the\s+|an?\s+)?[\w'-]+(?:\s+[\w'-]+){{0,2}}?(?:\s*\[[^\]]{{0,80}}\])?(?=\s+(?:were|was|have|has|had|killed|died)\b)|\s+(?:\w+ing|\w+ed\s+(?:to|by|with|from|in|for|on|of))(?:\s+[\w'-]+){{1,5}}?(?=\s+(?:were|was|have|has|had|is)\b)|(?(victims)\s+\w+ed(?=\s+(?:were|was)\s+(?:later\s+|subsequently\s+)?(?:killed|executed|murdered|shot\s+dead|found\s+dead|beheaded|lynched)\b)|(?!))|,\s+including\s+[^.;]{{1,80}}?(?=\s+(?:were|was)\s)|\s+of\s+(?:them|whom|those(?:\s+\w+)?|these|the\s+(?:wounded|injured))(?=(?:\s+later)?\s+(?:succumbed|died)\b|\s+(?:were|was|are|is|have|has|had|died|killed)\b)|(?(victims)\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+[^,.;]{{1,60}}?(?=\s+(?:are|were|was|is)\s|\s+(?:died|dead)\b)|(?!)))?{_BE}{_CHAIN}\s+(?:{_KIND_RE})\b",
    re.I,
)


# "two Koglweogo who ...": a group's own name, capitalised, as the victims
_NAMED = (
    r"(?-i:[A-Z][\w'-]+)(?=\s*[,.;]|\s*$|\s+(?:who|that|and|in|on|at|near|during|after|as|when|while|from)\b)"
)


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
PAT_BODIES = re.compile(
    rf"\b{NUMBER}\s+(?:[a-z][\w'-]*\s+){{0,2}}?(?P<victims>bodies|corpses)\b(?P<dead>)", re.I
)


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
_KIN = r"mother|father|son|daughter|wife|husband|brother|sister|uncle|aunt|nephew|niece|cousin|grandmother|grandfather"


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


_NON_PERSON_AFTER = re.compile(
    r"^\s*(?:artillery|tank|rounds|rockets?|shells|mortars?|barrels|metres|meters|km|kilometres|miles|houses|homes|vehicles|cars|trucks|cattle|goats|cows|camels|sheep|oxen|livestock|donkeys|dogs|animals|buildings|shops|days?|weeks?|months?|years?|hours?|minutes|percent|per\s+cent|%|dollars|shillings|francs)\b",
    re.I,
)
