"""Geocoder alone on ACLED notes: within 25 km, admin1 equal, geo_precision equal.

Usage: python scripts/geo_acled_check.py ../shared/data/dev/acled_africa_dev.csv [--limit N] [--errors]
Anchors: the first event verb of the note (a short list of ACLED-style verbs), else its first sentence.
Admin-1 names are compared by their letters only ("Oueme" == "Ouémé", "Taita Taveta" == "Taita-Taveta").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import time

import spacy

from warlog.gazetteer import Gazetteer
from warlog.geo_names import name_key
from warlog.geo_resolve import haversine_km
from warlog.geocoding import Geocoder
from warlog.nlp import _model_name
from warlog.settings import default_settings

VERBS = re.compile(
    r"\b(killed|attacked|abducted|clashed|staged|protested|demonstrated|rioted|arrested|"
    r"shot|opened fire|ambushed|raided|looted|exploded|stormed|burned|torched|kidnapped|"
    r"marched|gathered|injured|wounded|seized|took control|destroyed|fought|clashes?)\b",
    re.I,
)


def anchors(note: str) -> list[tuple[int, int]]:
    m = VERBS.search(note)
    if m:
        return [(m.start(), m.end())]
    end = note.find(". ")
    return [(0, end if end > 0 else len(note))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--country-hint", action="store_true", help="pass the row's country to locate()")
    args = ap.parse_args()
    with open(args.csv, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[: args.limit]
    nlp = spacy.load(_model_name(default_settings()))
    geo = Geocoder(Gazetteer.open())
    codes = {c.name: c.code for c in geo.gazetteer.countries.values()}
    start = time.perf_counter()
    n = near = adm = prec = none = 0
    confusion: dict[str, int] = {}
    for row, doc in zip(rows, nlp.pipe(r["notes"] for r in rows)):
        hint = (codes[row["country"]],) if args.country_hint and row["country"] in codes else ()
        loc = geo.locate(doc, anchors(row["notes"]), countries=hint)
        n += 1
        if loc is None or loc.latitude is None:
            none += 1
            continue
        km = haversine_km(float(row["latitude"]), float(row["longitude"]), loc.latitude, loc.longitude)
        near += km <= 25
        adm += bool(loc.admin1) and name_key(loc.admin1) == name_key(row["admin1"])
        prec += str(loc.geo_precision) == row["geo_precision"]
        pair = f"gold{row['geo_precision']}/got{loc.geo_precision}"
        confusion[pair] = confusion.get(pair, 0) + 1
        if args.errors and km > 25:
            print(
                json.dumps(
                    {"note": row["notes"][:160], "gold": row["location"], "got": loc.name, "km": round(km)}
                )
            )
    print(
        json.dumps(
            {
                "rows": n,
                "within_25km": round(near / n, 4),
                "admin1_equal": round(adm / n, 4),
                "geo_precision_equal": round(prec / n, 4),
                "no_location": none,
                "located_within_25km": round(near / max(1, n - none), 4),
                "located_admin1_equal": round(adm / max(1, n - none), 4),
                "located_geo_precision_equal": round(prec / max(1, n - none), 4),
                "geo_precision_pairs": dict(sorted(confusion.items())),
                "seconds": round(time.perf_counter() - start, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
