"""Typed records: the contract between pipeline stages (DESIGN.md, "Records").

Every extracted value keeps the character spans it came from. ``None`` means unknown.
The JSON form (``model_dump(mode="json")``) is stable; ``json_schema()`` publishes it.
"""

from __future__ import annotations

import hashlib
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

# ACLED actor types ("inter" codes).
INTER_LABELS = {
    1: "State forces",
    2: "Rebel group",
    3: "Political militia",
    4: "Identity militia",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)

    def to_json(self) -> dict:
        return self.model_dump(mode="json")


class Span(Record):
    """A piece of the article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start=start, end=end, text=text[start:end])


class Article(Record):
    id: str
    text: str
    published: date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    agency: str | None = None
    language: str | None = None
    content_hash: str

    @staticmethod
    def hash_text(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Actor(Record):
    name: str
    inter: int | None = Field(None, description="ACLED actor type code (1-8)")
    inter_label: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 of the actor's country")
    aliases: list[str] = Field(default_factory=list, description="surface forms matched")
    spans: list[Span] = Field(default_factory=list)


class Offset(Record):
    """A point displaced from the anchor place ("8 km east of X")."""

    distance_km: float
    bearing_deg: float | None = None
    latitude: float
    longitude: float


class Location(Record):
    name: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    geo_precision: int | None = Field(None, description="ACLED geo_precision 1-3")
    where_prec: int | None = Field(None, description="UCDP where_prec 1-7")
    relation: str | None = Field(
        None,
        description='"in", "near", "outskirts", "8 km east of", ..., "country"; "collection focus": '
        "no word of the article names the place, the collection's country focus gives the country",
    )
    offset: Offset | None = None
    spans: list[Span] = Field(default_factory=list)


class Claim(Record):
    """One figure asserted by one source: kept, never replaced by the derived numbers."""

    source: str | None = Field(None, description="who asserts it; None when unattributed")
    kind: str = Field(description="killed, injured, abducted, arrested, displaced, missing")
    victims: str | None = None
    low: int | None = None
    high: int | None = Field(None, description="None when open-ended")
    quantifier: str | None = None
    acled_value: int | None = Field(None, description="the figure under ACLED's quantifier map")
    text: str
    spans: list[Span] = Field(default_factory=list)
    source_spans: list[Span] = Field(default_factory=list)
    article_id: str | None = None


class UCDPDeaths(Record):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Event(Record):
    id: str
    status: str = Field("reported", description="reported, background, denied, planned")
    event_date: str | None = None
    time_precision: int | None = None
    date_prec: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    disorder_type: str | None = None
    actor1: Actor | None = None
    assoc_actor_1: list[Actor] = Field(default_factory=list)
    actor2: Actor | None = None
    assoc_actor_2: list[Actor] = Field(default_factory=list)
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    location: Location | None = None
    claims: list[Claim] = Field(default_factory=list)
    fatalities: int | None = None
    ucdp: UCDPDeaths = Field(default_factory=UCDPDeaths)
    notes: str | None = None
    article_ids: list[str] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list, description="trigger words")
    date_spans: list[Span] = Field(default_factory=list)


class ArticleResult(Record):
    """What ``warlog extract`` prints for one article."""

    article: Article
    events: list[Event] = Field(default_factory=list)

    def reported(self) -> list[Event]:
        return [e for e in self.events if e.status == "reported"]


def json_schema() -> dict:
    """The published JSON Schema of one ``warlog extract --format json`` object."""
    schema = ArticleResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://warlog.dev/schema/article-result.json"
    return schema
