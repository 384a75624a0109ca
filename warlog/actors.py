"""Actor mentions and their canonical ACLED actors.

Generic actors are generated from country data ("Kenyan police" -> "Police Forces of Kenya";
"protesters" -> "Protesters (Kenya)" once the event's country is known): the categories of generic
actor words, their ACLED names and inter codes, the ``ActorMention`` record with its canonical
``Actor``, and the finders of generic actors and of communities or party supporters acting as a
group. Named armed groups are in ``named_groups``; the spaCy component that gathers every mention
of a Doc is in ``actor_mentions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from .communities import ETHNIC, ethnic_homes, ethnic_name
from .countries import country, iso3_of, of_country
from .records import INTER_LABELS, Actor, Span

if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)


# Bare ethnic names acting as a group ("Pokot raided", "Turkana fight back") in actor position.
BARE_ETHNIC = re.compile(
    rf"\b(?-i:(?P<eth>{ETHNIC}))(?:s)?(?=\s+(?:raid\w*|attack\w*|fight\w*|fought|kill\w*|target\w*|clash\w*|struck|strike|invad\w*|stole|steal|torch\w*|burn\w*|ambush\w*|men|herders|youths|warriors|and\s+(?-i:[A-Z])))"
)


POLITICAL = re.compile(
    r"\b(?P<party>(?-i:[A-Z]{2,6})|Jubilee|Orange|Kieleweke|Tanga\s+Tanga)\s+(?:party\s+)?(?:supporters|youths|members|loyalists|activists)\b"
)


_ARMED_HEAD = r"(?:militias?|militiam[ae]n|raiders|herders|herdsmen|gunmen|youths?|warriors|attackers|fighters|clansmen|tribesmen|assailants|bandits|rustlers)"


# Heads that make an ethnic name a group acting together ("Pokot militants", "the Orma community").
_GROUP_HEAD = (
    r"(?:militants?|militiants|herdm[ae]n|tribesm[ae]n|groups?|clans?|ethnic\s+groups?|thieves|gangs?)"
)


CATEGORIES: dict[str, tuple[str, int]] = {
    "progov": (
        r"pro-(?:government|regime|Assad|Damascus)\s+(?:forces|fighters|militias?|troops|gunmen|militiamen)"
        r"|(?:forces|fighters|militias?|militiamen|troops)\s+loyal\s+to\s+(?:the\s+)?(?:President\s+)?(?:regime|government|[A-Z][\w'-]+(?:\s+al-[A-Z][\w-]+)?)"
        r"|(?:militias?|militiamen|fighters)\s+fighting\s+alongside\s+the\s+(?:regime|government|army)"
        r"|popular\s+forces|government-backed\s+militias?|pro-government\s+militias?",
        3,
    ),
    "ethnic": (rf"(?:{ETHNIC})s?\s+(?:(?:ethnic|clan|tribal)\s+)?(?:{_ARMED_HEAD}|{_GROUP_HEAD})", 4),
    "military": (
        r"(?:(?:army|military|government|state|regime)\s+)?(?:soldiers?|troops?|servicem[ae]n|paratroopers)"
        r"|(?:the\s+)?(?:army|military|armed\s+forces|(?:national\s+)?defen[cs]e\s+forces?|security\s+forces|special\s+forces|air\s+force|navy|regime\s+forces|government\s+forces|state\s+forces)"
        r"|forces\s+(?:of|from)\s+the\s+(?:army|regime|government)"
        r"|(?:(?:army|military|government|regime|state|air\s+force)\s+)?(?:warplanes?|fighter\s+jets?|helicopter\s+gunships?|military\s+(?:aircraft|helicopters?|drones?))"
        r"|(?:army|military|government|regime|air\s+force)\s+(?:aircraft|helicopters?|drones?|jets)"
        r"|forces",  # bare "forces" only after a country's name: "Burkinabe forces"
        1,
    ),
    "police": (
        r"(?:anti-riot\s+|riot\s+)?police(?:m[ae]n|\s+officers?|\s+forces?)?|gendarm(?:es?|s|erie)|customs\s+(?:officers?|officials|agents?|posts?|checkpoints?)|constables?|law\s+enforcement\s+officers?|GSU|security\s+agents?"
        r"|forest\s+guards?|water\s+and\s+forests?\s+agents|prison\s+(?:guards?|warders?|officers?)|warders",
        1,
    ),
    "protesters": (
        r"protesters|protestors|demonstrators|marchers|strikers|picketers|sit-in\s+participants",
        6,
    ),
    "rioters": (
        r"rioters|(?:an?\s+)?(?:irate|angry|rioting|violent|rowdy)\s+(?:youths?|residents|crowd|mob|traders|supporters)|(?:a\s+)?mob|looters"
        r"|(?:a\s+)?(?:group|number|crowd)\s+of\s+(?!armed\b)(?:\w+\s+){0,2}?(?:youths?|residents|villagers|people|men|individuals|farmers|traders|drivers|locals|persons)"
        r"|(?:a\s+)?vigilante\s+(?:group|mob)|vigilantes",
        5,
    ),
    "tribal": (
        r"ethnic\s+(?:militias?|militiam[ae]n|groups?|fighters)|(?:clan|tribal)\s+(?:militias?|militiam[ae]n|fighters|gunmen)|raiders|warriors|morans?",
        4,
    ),
    "communal": (
        # traditional hunters bear arms as their community's militia (Dozo, Ode)
        r"vigilantes?|vigilante\s+groups?|communal\s+militias?|self-defen[cs]e\s+groups?|(?:local\s+)?militias?|militiam[ae]n|"
        r"(?:traditional\s+)?hunters",
        4,
    ),
    "armed": (
        r"(?:unknown|unidentified|suspected|presumed|heavily\s+armed)?\s*(?:(?:cattle\s+)?rustlers|(?:knife|machete|gun|panga|axe|arrow|club|spear)[\s-]wielding\s+(?:\w+\s+)?(?:men|youths?|individuals|people|assailants|attackers|group)|armed\s+(?:youths|civilians|people|herders)|gunmen|gunman|armed\s+(?:men|individuals|assailants|group|groups)|assailants|attackers|bandits|militants|jihadists|insurgents|terrorists|rebels|separatists|guerrillas|kidnappers|abductors|hijackers|(?:sea\s+)?pirates|robbers|(?:armed\s+)?gang(?:s|sters?)?|thugs|extremists|islamists|armed\s+bandits)",
        3,
    ),
    "civilians": (
        r"civilians?|villagers?|residents?|inhabitants|locals|passengers|worshippers|pedestrians|motorists|farmers?|herders?|pastoralists|traders?|fishermen|miners|students?|pupils|teachers?|journalists?|nurses|doctors|health\s+workers|aid\s+workers|women|men|man|woman|children|child|boys?|girls?|teenagers?|elderly|family|families|people|persons?|person|shopkeepers?|businessm[ae]n|chiefs?|refugees|IDPs",
        7,
    ),
}


# Associated actor labels (ACLED: "Students (Kenya)") by head word.
ASSOC = {
    "student": "Students",
    "pupil": "Students",
    "teacher": "Teachers",
    "journalist": "Journalists",
    "nurse": "Health Workers",
    "doctor": "Health Workers",
    "health workers": "Health Workers",
    "woman": "Women",
    "women": "Women",
    "farmer": "Farmers",
    "trader": "Traders",
    "shopkeeper": "Traders",
    "herder": "Pastoralists",
    "pastoralist": "Pastoralists",
    "fishermen": "Fishers",
    "miner": "Miners",
    "refugee": "Refugees/IDPs",
    "idps": "Refugees/IDPs",
    "aid workers": "Aid Workers",
    "lawyer": "Lawyers",
    "worker": "Labour Group",
    "boda boda": "Motorcycle Taxi Drivers",
    "motorcycle taxi": "Motorcycle Taxi Drivers",
}


GENERIC_NAMES = {
    "military": "Military Forces of {country}",
    "police": "Police Forces of {country}",
    "progov": "Pro-Government Militia ({country})",
    "protesters": "Protesters ({country})",
    "rioters": "Rioters ({country})",
    "civilians": "Civilians ({country})",
    "armed": "Unidentified Armed Group ({country})",
    "communal": "Unidentified Communal Militia ({country})",
    "ethnic": "{ethnic} Ethnic Militia ({country})",
    "tribal": "Unidentified Ethnic Militia ({country})",
    "political": "{party} Party Militia ({country})",
}


# Political parties and coalitions by the word their supporters are named with (general knowledge),
# as ACLED names them.
PARTIES = {
    "ODM": "ODM: Orange Democratic Movement",
    "ORANGE": "ODM: Orange Democratic Movement",
    "PNU": "Party of National Unity",
    "UDF": "UDF: United Democratic Forum",
    "NASA": "NASA: National Super Alliance",
    "CORD": "CORD: Coalition for Reforms and Democracy",
    "TNA": "TNA: The National Alliance",
    "KANU": "KANU: Kenya African National Union",
    "ANC": "ANC: Amani National Congress",
    "FORD-K": "FORD-Kenya: Forum for the Restoration of Democracy-Kenya",
    "CDP": "CDP: Congress for Democracy and Progress",
    "MPP": "MPP: People's Movement for Progress",
}


_PROTEST_GROUP_RE = re.compile(
    r"\b(students?|pupils|teachers|nurses|doctors|health workers|women|farmers|traders|lawyers|workers|boda boda|motorcycle taxi|journalists|herders|miners)\b",
    re.I,
)


# ACLED's police units, named after the force ("Police Forces of Burkina Faso Forest Guards").
_POLICE_UNITS = (
    (re.compile(r"\bgendarm", re.I), " Gendarmerie"),
    (
        re.compile(
            r"\b(?:forest\s+guards?|(?:forest\s+|park\s+|game\s+)?rangers?|water\s+and\s+forests?|eaux\s+et\s+for[eê]ts)\b",
            re.I,
        ),
        " Forest Guards",
    ),
    (
        re.compile(r"\b(?:prison\s+(?:guards?|warders?|officers?|wardens?)|warders?)\b", re.I),
        " Prison Guards",
    ),
    (
        re.compile(r"\b(?:GSU|General\s+Service\s+Unit)\b"),
        " General Service Unit",
    ),  # Kenya's paramilitary police
)


def police_unit(text: str) -> str:
    """The unit suffix of a police force's ACLED name from the words naming it ("gendarmes", "forest
    guards", "prison warders"); empty for the plain police."""
    for rx, suffix in _POLICE_UNITS:
        if rx.search(text):
            return suffix
    return ""


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    category: str  # "named" or a key of CATEGORIES
    inter: int
    group: dict | None = None
    country: str | None = None  # ISO alpha-3 written in the mention ("Kenyan police")
    ethnic: str | None = None
    assoc: str | None = None
    extras: dict = field(default_factory=dict)
    # The country that sets this force apart from another state's force of the report ("Ukrainian
    # forces shelled positions of Russian troops"); None where one state's forces are named.
    side_country: str | None = None

    def homes(self) -> tuple[str, ...]:
        """Countries where the community an ethnic mention names lives (ISO alpha-3)."""
        return ethnic_homes(self.ethnic) if self.category == "ethnic" else ()

    def actor(self, default_country: str | None, text: str) -> Actor:
        """The canonical actor, with ``default_country`` (the event's) when the mention names none."""
        iso3 = self.country or (self.group or {}).get("country") or default_country
        homes = self.homes()
        if not self.country and homes and iso3 not in homes:
            iso3 = homes[0]  # "Toposa raiders" in Kenya: a South Sudanese community's militia (ACLED)
        c = country(iso3)
        cname = c.name if c else "International"
        if self.group:
            # the group's branch in the event's country: "Islamic State" in Iraq is ACLED's Islamic State (Iraq)
            name = self.group.get("branches", {}).get(default_country or "", self.group["name"])
            if self.group.get("inter") == 4 and not self.group.get("country") and c:
                name += f" ({cname})"  # a communal militia of several countries: "Dozo Communal Militia (Burkina Faso)"
        else:
            name = of_country(GENERIC_NAMES[self.category], c.iso3 if c else None).format(
                country=cname,
                ethnic=(self.ethnic or "Unidentified").title(),
                party=self.extras.get("party", "Unidentified"),
            )
            if self.category == "political" and (party := PARTIES.get(self.extras.get("party", "").upper())):
                name = party  # "ODM supporters": the party itself, as ACLED names it
            if self.category == "police":
                name += police_unit(self.text)
            elif self.category == "armed" and re.search(r"\bpirates\b", self.text, re.I):
                name = f"Pirates ({cname})"  # ACLED's own actor for sea pirates
            elif self.category == "armed" and _ISLAMIST.search(text[max(0, self.start - 12) : self.end]):
                if iso3 in ("KEN", "SOM"):  # the jihadists of Kenya and Somalia: Al Shabaab (ACLED)
                    return Actor(
                        name="Al Shabaab",
                        inter=2,
                        inter_label=INTER_LABELS.get(2),
                        country="SOM",
                        aliases=[self.text],
                        spans=[Span.of(text, self.start, self.end)],
                    )
                name = f"Islamist Militia ({cname})"  # unnamed jihadists: ACLED's Islamist militia
        inter = self.inter
        if (
            self.category in ("military", "police")
            and self.country
            and default_country
            and self.country != default_country
        ):
            inter = 8  # "French troops" in Burkina Faso: an external force (ACLED)
        elif (
            self.group
            and inter == 1
            and self.group.get("country")
            and default_country
            and self.group["country"] != default_country
        ):
            inter = 8  # a named state force abroad ("Ethiopian Liyu Police" in Kenya): external
        return Actor(
            name=name,
            inter=inter,
            inter_label=INTER_LABELS.get(self.inter),
            country=iso3,
            aliases=[self.text],
            spans=[Span.of(text, self.start, self.end)],
        )


# Unnamed jihadists ("suspected jihadists", "Islamist militants", "Islamic militants").
_ISLAMIST = re.compile(
    r"\b(?:jihadists?|islamists?|(?:islamist|islamic|jihadist)\s+(?:militants?|fighters|gunmen|insurgents))\b",
    re.I,
)


def _generic(pattern: str, inter: int, iso3: str | None) -> Actor:
    """ACLED's generic actor of a country ("Civilians ({country})", "Police Forces of {country}"),
    International where the country is unknown."""
    c = country(iso3)
    return Actor(
        name=of_country(pattern, c.iso3 if c else None).format(country=c.name if c else "International"),
        inter=inter,
        inter_label=INTER_LABELS.get(inter),
        country=iso3,
    )


@lru_cache(maxsize=1)
def _category_regex() -> re.Pattern:
    parts = [f"(?P<{k}>(?:{v[0]})\\b)" for k, v in CATEGORIES.items()]
    return re.compile("\\b(?:" + "|".join(parts) + ")", re.I)  # one boundary test before the alternation


@lru_cache(maxsize=1)
def _category_regex_lower() -> re.Pattern:
    """The same alternation in lower case, without re.I, for lower-cased text: the same matches, three
    times faster (case-insensitive matching folds every character it compares)."""
    return re.compile(_category_regex().pattern.lower().replace("(?p<", "(?P<"))


def _category_matches(text: str):
    low = text.lower()
    if len(low) == len(text):  # lower-casing kept every offset (always so for ASCII)
        return _category_regex_lower().finditer(low)
    return _category_regex().finditer(text)


_PREFIX_RES = (re.compile(r"([A-Z][\w'\-]+\s+[A-Z][\w'\-]+)\s+$"), re.compile(r"([A-Z][\w'.\-]+)\s+$"))


def _prefix_country(text: str, start: int) -> tuple[str | None, int]:
    """A demonym or country name just before ``start`` ("Kenyan police", "Syrian pro-regime forces")."""
    ws = max(0, start - 40)
    window = text[ws:start]
    for rx in _PREFIX_RES:
        m = rx.search(window)
        if m and (iso3 := iso3_of(m.group(1))):
            return iso3, ws + m.start(1)
    return None, start


_SOURCE_AFTER = re.compile(
    r"\s+(?:officials?|spokes(?:man|woman|person)|sources?|statement|chief|commander|headquarters|base|camp|post|station|spokesperson)\b",
    re.I,
)


def find_generic(text: str) -> list[ActorMention]:
    out = []
    for m in _category_matches(text):
        cat = m.lastgroup
        start, end = m.span(cat)
        if _SOURCE_AFTER.match(text, end):
            continue  # "a US military official", "police station": a source or a place, not an actor
        mtext = text[start:end].strip()
        start = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        iso3, new_start = _prefix_country(text, start)
        if cat == "military" and mtext.lower() == "forces" and iso3 is None:
            continue
        mention = ActorMention(new_start, end, text[new_start:end], cat, CATEGORIES[cat][1], country=iso3)
        if cat == "ethnic":
            mention.ethnic = ethnic_name(mtext)
        if cat == "ethnic" or (cat in ("tribal", "armed", "communal") and mention.country is None):
            after = _FROM_COUNTRY.match(text, end)  # "Toposa militia from Sudan", "raiders from Uganda"
            if after and (home := iso3_of(after.group(1))):
                mention.country = home
        if cat in ("civilians", "protesters"):
            g = _PROTEST_GROUP_RE.search(text[max(0, start - 30) : end])
            if g:
                key = (
                    g.group(1).lower().rstrip("s") if g.group(1).lower() not in ASSOC else g.group(1).lower()
                )
                mention.assoc = ASSOC.get(key) or ASSOC.get(g.group(1).lower())
        out.append(mention)
    return out


# "raiders from the Pokot community", "people believed to be from the Maasai community"
FROM_ETHNIC = re.compile(
    rf"\b(?:(?:youths|raiders|bandits|rustlers|herders|herdsmen|attackers|gunmen|militiam[ae]n|militias?|militants|"
    rf"assailants|fighters|warriors)\s+(?:(?:believed|said|suspected|thought)\s+to\s+(?:be|have\s+come)\s+)?(?:from|of)"
    rf"|(?:members|people|men|suspects)\s+(?:believed|said|suspected|thought)\s+to\s+(?:be|have\s+come)\s+from"
    rf"|members\s+of)"
    rf"\s+(?:the\s+)?(?:(?-i:West|East|North|South|Central)\s+)?(?-i:(?P<eth>{ETHNIC}))(?:\s+(?:community|tribe|clan|ethnic\s+group|side))?\b",
    re.I,
)


# A community the lexicon lacks, named as such: "Abanyabasi ethnic group", "Sonjo tribesmen".
NAMED_ETHNIC = re.compile(
    r"\b(?-i:(?P<eth>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?))\s+(?:ethnic\s+(?:militias?|groups?|community|communities|"
    r"militiam[ae]n|fighters)|clan\s+militias?|tribesm[ae]n)\b",
    re.I,
)


# "members of the Abairege clan attacked": a community the lexicon lacks, acting as a group.
MEMBERS_OF = re.compile(
    r"\bmembers\s+of\s+(?:the\s+)?(?-i:(?P<eth>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?))\s+(?:clan|community|tribe|ethnic\s+group)\b",
    re.I,
)


_NOT_A_NAME = frozenset(
    "the a an rival local armed unknown unidentified suspected several two three other neighbouring neighboring "
    "various different both many some opposing".split()
)


# "Toposa militia from Sudan", "Merrile of Ethiopia": the community's country follows it.
_FROM_COUNTRY = re.compile(
    r"\s+(?:(?:militia|raiders|tribesmen|bandits|herders)\s+)?(?:from|of)\s+(?:neighbou?ring\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


def _ethnic_mention(text: str, start: int, end: int, name: str) -> ActorMention:
    mention = ActorMention(start, end, text[start:end], "ethnic", 4, ethnic=ethnic_name(name))
    after = _FROM_COUNTRY.match(text, end)
    if after and (iso3 := iso3_of(after.group(1))):
        mention.country = iso3
    return mention


def find_groups(text: str) -> list[ActorMention]:
    """Ethnic communities acting as a group, and party supporters (political militias)."""
    out = []
    for m in BARE_ETHNIC.finditer(text):
        end = m.end("eth") + (1 if text[m.end("eth") : m.end("eth") + 1] == "s" else 0)
        out.append(_ethnic_mention(text, m.start(), end, m.group("eth")))
    for m in FROM_ETHNIC.finditer(text):
        out.append(_ethnic_mention(text, m.start(), m.end(), m.group("eth")))
    for m in (*NAMED_ETHNIC.finditer(text), *MEMBERS_OF.finditer(text)):
        name = m.group("eth")
        if name.lower() not in _NOT_A_NAME and iso3_of(name) is None:
            out.append(_ethnic_mention(text, m.start(), m.end(), name))
    for m in POLITICAL.finditer(text):
        out.append(
            ActorMention(m.start(), m.end(), m.group(0), "political", 3, extras={"party": m.group("party")})
        )
    return out
