"""Ethnic communities as reports name them: the lexicon of names (``ETHNIC``), where each community
lives, ACLED's spelling of each name, and the phrases that set two communities against each other
("clashes between the Orma and Wardei communities") or tie an unnamed armed mention to its community
("Pokot raiders attacked ... the raiders fled").

The lexicon is the one source for every pattern that names a community (actor mentions, frames,
casualty victims, the per-event-type conventions), so a community added here is recognised
everywhere."""

from __future__ import annotations

import re
from functools import lru_cache

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


_ETHNIC_START = re.compile(rf"(?:{ETHNIC})", re.I)


def ethnic_name(mention_text: str) -> str:
    """ACLED's name of the community a mention names ("Masai raiders" -> "Maasai")."""
    m = _ETHNIC_START.match(mention_text)
    name = re.sub(r"\s+", " ", m.group(0) if m else mention_text.split()[0])
    return ETHNIC_CANON.get(name.lower(), name)


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


_FIGHTER_HEADS = r"raiders|rustlers|bandits|attackers|assailants|gunmen|militias?|militiam[ae]n|militants|warriors|fighters"


def ethnic_pair(text: str) -> tuple[str, str] | None:
    """The two communities of an intercommunal clash, in ACLED's spelling, when the report names both."""
    m = ETHNIC_PAIR.search(text)
    if not m:
        return None
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    return ethnic_name(a), ethnic_name(b)


_FIGHT_BEFORE = re.compile(
    r"\b(?:clash\w*|fight\w*|fought|violence|conflict|hostilities|battles?)\s+(?:\w+\s+)?$", re.I
)


def fight_between_communities(text: str) -> bool:
    """The report says the fighting was between two communities ("fresh clashes between members of
    the Borana and Gabra communities"): they are the two sides, whoever else is mentioned."""
    m = ETHNIC_PAIR.search(text)
    return bool(m and m.group("a") and _FIGHT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))
