"""Actor mentions and their canonical ACLED actors.

Two sources of actors: a curated dictionary of named armed groups (data/armed_groups.json, aliases
matched with spaCy's PhraseMatcher) and generic actors generated from country data ("Kenyan police"
-> "Police Forces of Kenya"; "protesters" -> "Protesters (Kenya)" once the event's country is known).
The spaCy component ``warlog_actors`` writes the mentions to ``doc._.actor_mentions``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .countries import country, iso3_of, of_country
from .nlp import doc_text
from .records import INTER_LABELS, Actor, Span

if not Doc.has_extension("actor_mentions"):
    Doc.set_extension("actor_mentions", default=None)

# Categories of generic actors: regex of the head phrase (case-insensitive), and their ACLED inter.
ETHNIC = (
    "Pokot|Turkana|Maasai|Masai|Borana|Boran|Samburu|Kalenjin|Kikuyu|Luo|Luhya|Kisii|Kuria|Marakwet|Tugen|"
    "Degodia|Garre|Murule|Ajuran|Orma|Pokomo|Wardei|Gabra|Rendille|Somali|Meru|Kamba|Giriama|Sabaot|Nandi|"
    "Kipsigis|Fulani|Fula|Peul|Peulh|Mossi|Dogon|Bambara|Tuareg|Hausa|Tiv|Berom|Dagomba|Konkomba|Bariba|"
    "Gourmantche|Dozo|Nuer|Dinka|Murle|Lendu|Hema|Twa|Masalit|Zaghawa|Arab|Baggara|Misseriya|Amhara|Oromo|"
    "Afar|Tigrayan|Gedeo|Alawite|Druze|Bedouin|Yazidi|Hutu|Tutsi|Banyamulenge|Toposa|Merille|Merile|Dassanach|"
    "Nyangatom|Ogiek|Kipsigi|Ilchamus|Njemps|Lobi|Dogosse|Bellah|Dendi|Gouin|Bobo|Senufo|Karimojong|Karamojong|"
    "Sakuye|Gabbra|Marehan|Mijikenda|Digo|Duruma|Taita|Dorobo|Ndorobo|Endorois|Kuku|Zarma|Djerma|Songhai|Bororo|"
    "Merrile|Masaai|Kipsigis|Karamajong|Gare|Sebei|Bukusu|Teso|Iteso|Tharaka|Boni|Bajuni|"
    "Abagusii|Gusii|Ameru|Aweer|Watta|Daasanach|Dasenach|Bissa|Gurunsi|Dagara|Bwaba|Samo|Fulbe|Yoruba|Fon|Nago|"
    "Otamari|Somba|Berba|Gando|Pila[ -]Pila|Lou Nuer|Acholi|Lango|Ngok Dinka|Foulse|Kurumba|Burji|Soi|Sakuye"
)
# Where each community lives (ISO alpha-3, general knowledge): the country of a report that names a
# community and no place ("Orma raiders attacked a Pokomo village": Kenya). First listed: the main one.
_HOMES = {
    "KEN": "Pokot Turkana Maasai Masai Masaai Borana Boran Samburu Kalenjin Kikuyu Luo Luhya Kisii Gusii Abagusii "
    "Kuria Marakwet Tugen Degodia Garre Gare Murule Ajuran Orma Pokomo Wardei Gabra Gabbra Rendille Meru Ameru "
    "Kamba Giriama Sabaot Nandi Kipsigis Kipsigi Ogiek Ilchamus Njemps Sakuye Mijikenda Digo Duruma Taita Dorobo "
    "Ndorobo Endorois Bukusu Tharaka Boni Bajuni Aweer Watta Burji Soi",
    "BFA": "Mossi Gourmantche Lobi Dogosse Gouin Bobo Bissa Gurunsi Dagara Bwaba Samo Foulse Kurumba",
    "BEN": "Bariba Dendi Fon Nago Otamari Somba Berba Gando Pila-Pila",
    "MLI": "Dogon Bambara Bellah Songhai Senufo",
    "NER": "Zarma Djerma Hausa",
    "NGA": "Tiv Berom Yoruba",
    "GHA": "Dagomba Konkomba",
    "SSD": "Nuer Dinka Murle Toposa",
    "ETH": "Merrile Merille Merile Dassanach Daasanach Dasenach Nyangatom Amhara Oromo Afar Tigrayan Gedeo",
    "UGA": "Karamojong Karimojong Karamajong Sebei Teso Iteso Acholi Lango",
    "COD": "Lendu Hema Twa Banyamulenge",
    "SDN": "Masalit Zaghawa Baggara Misseriya",
    "RWA": "Hutu Tutsi",
    "SOM": "Somali Marehan",
}
# Communities of several countries (beyond their main one above, or all of them).
_ALSO = {
    "Fulani": "MLI BFA NER NGA BEN SEN GIN CMR TCD CAF MRT TGO GHA CIV",
    "Fula": "MLI BFA NER NGA BEN SEN GIN",
    "Peul": "MLI BFA NER BEN SEN GIN",
    "Peulh": "MLI BFA NER BEN",
    "Fulbe": "MLI BFA NER NGA BEN CMR",
    "Tuareg": "MLI NER DZA LBY BFA",
    "Bororo": "NER CMR TCD CAF NGA",
    "Gourmantche": "NER BEN TGO",
    "Lobi": "CIV GHA",
    "Somali": "ETH KEN",
    "Maasai": "TZA",
    "Kuria": "TZA",
    "Pokot": "UGA",
    "Borana": "ETH",
    "Gabra": "ETH",
    "Degodia": "ETH SOM",
    "Garre": "ETH SOM",
    "Nyangatom": "SSD",
    "Hausa": "NGA",
    "Dendi": "NER",
    "Yoruba": "BEN",
    "Bariba": "NGA",
    "Konkomba": "TGO",
    "Senufo": "CIV BFA",
    "Songhai": "NER",
    "Bobo": "MLI",
    "Bwaba": "MLI",
    "Bissa": "GHA",
    "Dagara": "GHA",
    "Gurunsi": "GHA",
    "Nuer": "ETH",
    "Lou Nuer": "SSD ETH",
    "Ngok Dinka": "SSD SDN",
    "Burji": "ETH",
    "Twa": "RWA BDI",
    "Hutu": "BDI COD",
    "Tutsi": "BDI COD",
    "Masalit": "TCD",
    "Zaghawa": "TCD",
    "Sebei": "KEN",
    "Teso": "KEN",
    "Iteso": "KEN",
    "Karamojong": "KEN",
}


@lru_cache(maxsize=1)
def _ethnic_homes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for iso3, names in _HOMES.items():
        for name in names.split():
            out.setdefault(name.lower(), []).append(iso3)
    for name, codes in _ALSO.items():
        out.setdefault(name.lower(), []).extend(
            c for c in codes.split() if c not in out.get(name.lower(), [])
        )
    return {k: tuple(v) for k, v in out.items()}


def ethnic_homes(name: str | None) -> tuple[str, ...]:
    """The countries (ISO alpha-3) where a community lives; empty when unknown."""
    return _ethnic_homes().get((name or "").lower(), ())


# ACLED's spelling of an ethnic militia's name where reports vary.
ETHNIC_CANON = {
    "boran": "Borana",
    "masai": "Maasai",
    "masaai": "Maasai",
    "kipsigis": "Kipsigi",
    "merille": "Merrile",
    "merile": "Merrile",
    "karamojong": "Karamajong",
    "karimojong": "Karamajong",
    "gabbra": "Gabra",
    "gare": "Garre",
    "peul": "Fulani",
    "peulh": "Fulani",
    "fulbe": "Fulani",
    "daasanach": "Dassanach",
    "dasenach": "Dassanach",
    "pila pila": "Pila-Pila",
    "gusii": "Kisii",
    "abagusii": "Kisii",
}
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
        r"vigilantes?|vigilante\s+groups?|communal\s+militias?|self-defen[cs]e\s+groups?|(?:local\s+)?militias?|militiam[ae]n",
        4,
    ),
    "armed": (
        r"(?:unknown|unidentified|suspected|presumed|heavily\s+armed)?\s*(?:(?:cattle\s+)?rustlers|(?:knife|machete|gun|panga|axe|arrow|club|spear)[\s-]wielding\s+(?:\w+\s+)?(?:men|youths?|individuals|people|assailants|attackers|group)|armed\s+(?:youths|civilians|people|herders)|gunmen|gunman|armed\s+(?:men|individuals|assailants|group|groups)|assailants|attackers|bandits|militants|jihadists|insurgents|terrorists|rebels|kidnappers|abductors|hijackers|(?:sea\s+)?pirates|robbers|(?:armed\s+)?gang(?:s|sters?)?|thugs|extremists|islamists|armed\s+bandits)",
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
    (re.compile(r"\b(?:forest\s+guards?|(?:forest\s+|park\s+|game\s+)?rangers?|water\s+and\s+forests?|eaux\s+et\s+for[eê]ts)\b", re.I), " Forest Guards"),
    (re.compile(r"\b(?:prison\s+(?:guards?|warders?|officers?|wardens?)|warders?)\b", re.I), " Prison Guards"),
    (re.compile(r"\b(?:GSU|General\s+Service\s+Unit)\b"), " General Service Unit"),  # Kenya's paramilitary police
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
            name = self.group["name"]
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
                        name="Al Shabaab", inter=2, inter_label=INTER_LABELS.get(2), country="SOM",
                        aliases=[self.text], spans=[Span.of(text, self.start, self.end)],
                    )
                name = f"Islamist Militia ({cname})"  # unnamed jihadists: ACLED's Islamist militia
        inter = self.inter
        if self.category in ("military", "police") and self.country and default_country and self.country != default_country:
            inter = 8  # "French troops" in Burkina Faso: an external force (ACLED)
        elif self.group and inter == 1 and self.group.get("country") and default_country and self.group["country"] != default_country:
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
_ISLAMIST = re.compile(r"\b(?:jihadists?|islamists?|(?:islamist|islamic|jihadist)\s+(?:militants?|fighters|gunmen|insurgents))\b", re.I)


@lru_cache(maxsize=1)
def armed_groups() -> list[dict]:
    raw = resources.files("warlog").joinpath("data/armed_groups.json").read_text(encoding="utf-8")
    return json.loads(raw)["groups"]


def _alias_pattern(alias: str) -> str:
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", alias))


def _alias_key(alias: str, fold: bool) -> str:
    key = re.sub(r"[\s-]+", " ", alias.strip())
    return key.lower() if fold else key


@lru_cache(maxsize=1)
def _suspect_index() -> tuple[tuple[re.Pattern, dict[str, int], bool], ...]:
    """Aliases of the non-state armed groups: abbreviations case-sensitively, names in any case."""
    caps: dict[str, int] = {}
    rest: dict[str, int] = {}
    for i, g in enumerate(armed_groups()):
        if g["inter"] not in (2, 3):
            continue
        for a in g["aliases"]:
            fold = not (a.isupper() or len(a) <= 3)
            if fold or len(a) >= 4:  # "KIA", "AA", "IS": too often other words across a whole report
                (rest if fold else caps).setdefault(_alias_key(a, fold), i)

    def build(table: dict[str, int], flags: int) -> re.Pattern:
        alts = sorted(table, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(_alias_pattern(a) for a in alts) + r")\b", flags)

    return (build(caps, 0), caps, False), (build(rest, re.I), rest, True)


def named_groups_in(text: str) -> list[tuple[dict, int, int]]:
    """The non-state armed groups a report names anywhere ("an IED suspected to have been planted by
    al Shabaab"), with the span of their first mention, in order, each once."""
    found: dict[int, tuple[int, int]] = {}
    for rx, table, fold in _suspect_index():
        for m in rx.finditer(text):
            i = table.get(_alias_key(m.group(0), fold))
            if (
                i is not None
                and not _LINKED.match(text, m.end())
                and (i not in found or m.start() < found[i][0])
            ):
                found[i] = m.span()
    groups = armed_groups()
    return [(groups[i], s, e) for i, (s, e) in sorted(found.items(), key=lambda kv: kv[1])]


def _group_matcher(nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for i, g in enumerate(armed_groups()):
        caps = [a for a in g["aliases"] if a.isupper() or len(a) <= 3]
        rest = [a for a in g["aliases"] if a not in caps]
        if caps:
            exact.add(str(i), [nlp.make_doc(a) for a in caps])
        if rest:
            lower.add(str(i), [nlp.make_doc(a) for a in rest])
    return lower, exact


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


_LINKED = re.compile(
    r"[\s-]*(?:linked|affiliated|allied|inspired|aligned|affiliate)\s+(?:jihadist\s+|militant\s+|armed\s+|islamist\s+)?(?:group|organi[sz]ation|movement|faction|coalition)\s+(?:called\s+)?(?:al[\s-])?(?-i:[A-Z])",
    re.I,
)


_BACKER = re.compile(
    r"\b(?:backed|supported|sponsored|aided|assisted|allied|loyal)\s+(?:by|to|with)\s+(?:the\s+)?$", re.I
)


def find_named(doc: Doc, matchers) -> list[ActorMention]:
    groups = armed_groups()
    out = []
    for matcher in matchers:
        for match_id, s, e in matcher(doc):
            g = groups[int(doc.vocab.strings[match_id])]
            span = doc[s:e]
            if _LINKED.match(doc_text(doc), span.end_char):
                continue  # "the al Qaeda-linked group JNIM": a description, not the actor
            if _BACKER.search(doc_text(doc)[max(0, span.start_char - 40) : span.start_char]):
                continue  # "fighters backed by AQIM": the backer, not a side of the event
            out.append(ActorMention(span.start_char, span.end_char, span.text, "named", g["inter"], group=g))
    return out


def _dedupe(mentions: list[ActorMention]) -> list[ActorMention]:
    """Longest mention wins where mentions overlap; named groups beat generic words."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start), m.category != "named"))
    out: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: (m.category != "named", -(m.end - m.start))):
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


_GLUE_GENERIC = re.compile(r"^\)?[\s-]*(?:affiliated\s+|linked\s+|allied\s+)?$", re.I)
_EITHER = re.compile(r"^\s*(?:and\s*/\s*or|or|and\s+or|/)\s*(?:the\s+)?$", re.I)


def _absorb_generic(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "ISGS militants", "Al Shabaab fighters": the generic head belongs to the named group before it."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.category == "named"
            and m.category in ("armed", "communal", "military")
            and _GLUE_GENERIC.match(text[prev.end : m.start])
        ):
            prev.end, prev.text = m.end, text[prev.start : m.end]
            continue
        out.append(m)
    return out


def _merge_adjacent(mentions: list[ActorMention], merge) -> list[ActorMention]:
    """Each mention after a kept one is offered to ``merge(prev, m)``, which folds it into ``prev``
    (returning True) or leaves it to stand alone."""
    out: list[ActorMention] = []
    for m in mentions:
        if out and out[-1].category == m.category == "named" and merge(out[-1], m):
            continue
        out.append(m)
    return out


def _either(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "JNIM or ISGS militants": one actor, ACLED's "A and/or B"."""

    def merge(prev: ActorMention, m: ActorMention) -> bool:
        if prev.group is m.group or not _EITHER.match(text[prev.end : m.start]):
            return False
        names = sorted([prev.group["name"], m.group["name"]], key=lambda n: not n.startswith("JNIM"))
        prev.group = dict(
            prev.group,
            name=" and/or ".join(names),
            country=prev.group.get("country") or m.group.get("country"),
            operates=sorted({*prev.group.get("operates", ()), *m.group.get("operates", ())}),
        )
        prev.end, prev.text = m.end, text[prev.start : m.end]
        return True

    return _merge_adjacent(mentions, merge)


_ETHNIC_START = re.compile(rf"(?:{ETHNIC})", re.I)


def ethnic_name(mention_text: str) -> str:
    """ACLED's name of the community a mention names ("Masai raiders" -> "Maasai")."""
    m = _ETHNIC_START.match(mention_text)
    name = re.sub(r"\s+", " ", m.group(0) if m else mention_text.split()[0])
    return ETHNIC_CANON.get(name.lower(), name)


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


_PAIR_HEAD = r"(?:communit(?:y|ies)|clans?|groups?|ethnic\s+groups?|tribes?|militias?|pastoralists|herders|farmers|youths|people|raiders)"
# Two named communities fighting: "clashes between the Orma and Wardei communities", "Fula pastoralists
# and Gourmantche farmers fought", "Kikuyu and Luo ethnic communities clash".
ETHNIC_PAIR = re.compile(
    rf"(?:\b(?:between|among)\s+(?:the\s+|an?\s+)?(?:members\s+of\s+(?:the\s+)?)?(?P<a>{ETHNIC})s?(?:\s+{_PAIR_HEAD})?"
    rf"\s+(?:and|&)\s+(?:the\s+|an?\s+)?(?P<b>{ETHNIC})s?\b)"
    rf"|(?:\b(?P<c>{ETHNIC})s?(?:\s+{_PAIR_HEAD})?\s+and\s+(?:the\s+)?(?P<d>{ETHNIC})s?\s+(?:ethnic\s+)?{_PAIR_HEAD}\b)"
)


_ETHNIC_JUST_BEFORE = re.compile(rf"\b(?-i:(?P<eth>{ETHNIC}))s?\s+$")


def ethnic_antecedent(text: str, start: int, end: int) -> str | None:
    """The community an unnamed armed mention belongs to, in ACLED's spelling: named just before it
    ("suspected Kuria cattle rustlers") or earlier with the same head ("Pokot raiders attacked ...
    the raiders fled")."""
    m = _ETHNIC_JUST_BEFORE.search(text[max(0, start - 30) : start])
    if m:
        return ethnic_name(m.group("eth"))
    head = text[start:end].split()[-1] if text[start:end].split() else ""
    if not head:
        return None
    for heads in (re.escape(head), _FIGHTER_HEADS):
        names = {
            ethnic_name(m.group("eth"))
            for m in re.finditer(rf"\b(?-i:(?P<eth>{ETHNIC}))s?\s+(?:{heads})\b", text[:start], re.I)
        }
        if names:
            return names.pop() if len(names) == 1 else None
    return None


_FIGHTER_HEADS = (
    r"raiders|rustlers|bandits|attackers|assailants|gunmen|militias?|militiam[ae]n|militants|warriors|fighters"
)


def ethnic_pair(text: str) -> tuple[str, str] | None:
    """The two communities of an intercommunal clash, in ACLED's spelling, when the report names both."""
    m = ETHNIC_PAIR.search(text)
    if not m:
        return None
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    return ethnic_name(a), ethnic_name(b)


_FIGHT_BEFORE = re.compile(r"\b(?:clash\w*|fight\w*|fought|violence|conflict|hostilities|battles?)\s+(?:\w+\s+)?$", re.I)


def fight_between_communities(text: str) -> bool:
    """The report says the fighting was between two communities ("fresh clashes between members of
    the Borana and Gabra communities"): they are the two sides, whoever else is mentioned."""
    m = ETHNIC_PAIR.search(text)
    return bool(m and m.group("a") and _FIGHT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _apposition(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """ "Katiba Macina (JNIM) militants": a faction named with its coalition in brackets is one actor,
    coded as the coalition."""

    def merge(prev: ActorMention, m: ActorMention) -> bool:
        if not (_BRACKET_OPEN.fullmatch(text[prev.end : m.start]) and _BRACKET_CLOSE.match(text, m.end)):
            return False
        prev.group, prev.inter, prev.end = m.group, m.inter, m.end
        prev.text = text[prev.start : prev.end]
        return True

    return _merge_adjacent(mentions, merge)


def find_actor_mentions(doc: Doc, matchers) -> list[ActorMention]:
    mentions = _dedupe(find_named(doc, matchers) + find_generic(doc_text(doc)) + find_groups(doc_text(doc)))
    return _absorb_generic(_apposition(_either(mentions, doc_text(doc)), doc_text(doc)), doc_text(doc))


@Language.factory("warlog_actors", requires=["token.text"], assigns=["doc._.actor_mentions"])
def make_actor_component(nlp: Language, name: str):
    return ActorComponent(nlp)


class ActorComponent:
    """spaCy component ``warlog_actors`` (v1): finds actor mentions, writes ``doc._.actor_mentions``."""

    def __init__(self, nlp: Language):
        self.matchers = _group_matcher(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = find_actor_mentions(doc, self.matchers)
        return doc
