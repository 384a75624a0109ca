"""Forty differently worded and figured reports of one clash, written for the merge tests.

The event: late on Wednesday 7 February 2018 pro-government forces attacked positions of the
US-backed SDF near Khasham (Deir ez-Zor, Syria); the US-led coalition answered with air strikes.
The coalition spoke of more than 100 attackers killed, the Syrian Observatory of 45, state media
of dozens. Plus one different clash the same day near Markada, about 65 km to the north-east.
"""

from __future__ import annotations

import random

OUTLETS = [
    "AFP",
    "Reuters",
    "AP",
    "Al Jazeera",
    "BBC",
    "The Guardian",
    "Xinhua",
    "Anadolu",
    "dpa",
    "The National",
    "Middle East Eye",
    "Asharq al-Awsat",
    "Kurdistan24",
    "Rudaw",
    "CNN",
    "The New York Times",
    "The Washington Post",
    "The Defense Post",
    "Deutsche Welle",
    "France 24",
]
ATTACKERS = [
    "pro-government forces",
    "Syrian government forces",
    "pro-regime forces",
    "forces loyal to President Bashar al-Assad",
    "Syrian regime forces and allied militias",
    "pro-government fighters",
]
DEFENDERS = [
    "the US-backed Syrian Democratic Forces",
    "the SDF",
    "the Kurdish-led Syrian Democratic Forces (SDF)",
    "fighters of the Syrian Democratic Forces",
]
PLACES = [
    "near Khasham",
    "near the village of Khasham",
    "close to Khasham, east of the Euphrates river",
    "on the outskirts of Khasham",
]
PROVINCES = [
    " in Deir ez-Zor province",
    " in the eastern province of Deir ez-Zor",
    ", in Deir ez-Zor province,",
]
WHEN = {
    "2018-02-08": ["late on Wednesday", "on Wednesday night", "late Wednesday"],
    "2018-02-09": ["on Wednesday", "late on Wednesday"],
}
COALITION = ["more than 100", "over 100", "about 100", "at least 100", "some 100"]
COALITION_SOURCE = [
    "the US-led coalition said",
    "a US military official said",
    "the coalition said in a statement",
    "a US defence official told reporters",
]
OBSERVATORY = ["45", "at least 45", "45"]
COLOUR = [
    "Residents said the sound of aircraft could be heard for hours.",
    "The area lies close to oil and gas fields that changed hands several times during the war.",
    "Washington called the attack unprovoked and said its advisers were with the SDF at the time.",
    "Damascus condemned the strikes as a crime and a violation of Syrian sovereignty.",
    "Moscow said it had not been told of the operation in advance.",
    "The Euphrates river marks a rough line between the areas held by the two sides.",
    "Analysts said the clash was the most serious between the two sides since the war began.",
    "Families of the dead gathered at a hospital in the city of Deir ez-Zor on Thursday.",
]


def _report(i: int, rng: random.Random) -> dict:
    published = "2018-02-08" if i % 3 else "2018-02-09"
    attacker, defender = rng.choice(ATTACKERS), rng.choice(DEFENDERS)
    when, place, province = rng.choice(WHEN[published]), rng.choice(PLACES), rng.choice(PROVINCES)
    lead = f"{attacker[0].upper()}{attacker[1:]} attacked positions of {defender} {place}{province} {when}"
    lead += rng.choice(
        [", officials said.", ", according to the US military.", ", triggering a rare confrontation."]
    )
    sentences = [lead]
    if i % 4 != 3:
        sentences.append(
            f"The US-led coalition responded with air strikes, and {rng.choice(COALITION)} of the "
            f"attacking fighters were killed, {rng.choice(COALITION_SOURCE)}."
        )
    else:
        sentences.append(
            "The US-led coalition responded with air and artillery strikes against the attackers."
        )
    if i % 5 != 4:
        sentences.append(
            f"The Syrian Observatory for Human Rights said {rng.choice(OBSERVATORY)} pro-government "
            "fighters had been killed in the strikes."
        )
    if i % 2 == 0:
        sentences.append(
            "Syrian state media said dozens of people had been killed and wounded in the strikes."
        )
    sentences += rng.sample(COLOUR, 3)
    sentences.append(f"This report was filed by {OUTLETS[i % len(OUTLETS)]} correspondent number {i + 1}.")
    return {
        "text": " ".join(sentences),
        "published": published,
        "outlet": OUTLETS[i % len(OUTLETS)],
        "url": f"https://news.example/{i:03d}",
    }


def khasham_reports(n: int = 40, seed: int = 2018) -> list[dict]:
    """``n`` reports (JSONL rows: text, published, outlet, url) of the Khasham clash."""
    rng = random.Random(seed)
    return [_report(i, rng) for i in range(n)]


def markada_report() -> dict:
    """A different clash the same day, near Markada (about 65 km from Khasham)."""
    text = (
        "Syrian government forces and allied militiamen clashed with the SDF near the village of Markada in "
        "Hasakah province late on Wednesday, killing seven fighters, the Syrian Observatory for Human Rights "
        "said. The fighting near Markada was unrelated to the events further south, the monitor added."
    )
    return {
        "text": text,
        "published": "2018-02-08",
        "outlet": "Enab Baladi",
        "url": "https://news.example/markada",
    }
