"""Gazetteer benchmark: build time, open time, resolution speed, index size, peak RSS.

Usage: python bench/bench_gazetteer.py [--path /tmp/gaz.sqlite] [--no-build]
Resolution speed: toponym phrases (a mix of countries, provinces, towns and unknown words, in
documents of 8) resolved with document context, after one warm-up pass; lookups are cached per
process, as in a long-running pipeline. ``toponyms_per_s_cold``: random index names, empty caches.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from warlog.gazetteer import Gazetteer, build_gazetteer
from warlog.geo_resolve import Phrase, Resolver

PHRASES = [
    "Syria",
    "Deir Ezzor province",
    "Khasham",
    "Damascus",
    "Raqqa",
    "Idlib",
    "Aleppo",
    "Iraq",
    "Mosul",
    "Kenya",
    "Nairobi",
    "Mandera",
    "Garissa",
    "Wajir",
    "Lamu",
    "Mombasa",
    "Kisumu",
    "Nakuru",
    "Burkina Faso",
    "Ouagadougou",
    "Djibo",
    "Arbinda",
    "Soum",
    "Oudalan",
    "Kaya",
    "Fada N'gourma",
    "Benin",
    "Cotonou",
    "Parakou",
    "Alibori",
    "Atacora",
    "Texas",
    "Georgia",
    "Paris",
    "Alexandria",
    "Walker County",
    "Ohio",
    "Columbus",
    "U.S.",
    "Russia",
    "Gaza",
    "Kabul",
    "Mogadishu",
    "Zorgotenga",
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def bench_resolution(gaz: Gazetteer, n_docs: int = 4000) -> float:
    rng = random.Random(5)
    docs = [[Phrase(rng.choice(PHRASES)) for _ in range(8)] for _ in range(n_docs)]
    resolver = Resolver(gaz)
    for doc in docs[:200]:
        resolver.resolve(doc)
    start = time.perf_counter()
    for doc in docs:
        resolver.resolve(doc)
    return n_docs * 8 / (time.perf_counter() - start)


def bench_cold(gaz: Gazetteer, n_docs: int = 1000) -> float:
    """Fresh caches, names drawn from the index itself: every lookup goes to SQLite."""
    names = [
        r[0] for r in gaz.conn.execute("SELECT name FROM places ORDER BY random() LIMIT ?", (n_docs * 8,))
    ]
    fresh = Gazetteer.open(gaz.path, build_if_missing=False)
    resolver = Resolver(fresh)
    start = time.perf_counter()
    for i in range(0, len(names), 8):
        resolver.resolve([Phrase(n) for n in names[i : i + 8]])
    return len(names) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", default=str(Path(tempfile.mkdtemp()) / "gazetteer.sqlite"))
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()
    out = {}
    if not args.no_build:
        stats = build_gazetteer(args.path)
        out["build_s"] = stats["seconds"]
    start = time.perf_counter()
    gaz = Gazetteer.open(args.path, build_if_missing=False)
    out["open_s"] = round(time.perf_counter() - start, 4)
    out["toponyms_per_s"] = round(bench_resolution(gaz))
    out["toponyms_per_s_cold"] = round(bench_cold(gaz))
    out["index_mb"] = round(Path(args.path).stat().st_size / 1e6, 1)
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
