"""Scoring the geoparser against gold data.

- ``evaluate_geoparse``: documents with toponym spans and coordinates (the LGL JSONL format):
  recognition precision/recall/F1 (exact character spans) and resolution of the gold toponyms that
  have coordinates (each gold phrase resolved with the document's other gold phrases as context):
  share within 161 km, mean and median error, and the AUC of Gritta et al. (2018): the area under
  the sorted curve of log(1 + error_km) / log(1 + 20039), lower is better. An unresolved toponym
  counts with the largest error (20,039 km, half the Earth's circumference).
- ``evaluate_event_locations``: sentences with event verbs and the gold place of the event.
"""

from __future__ import annotations

import json
import math
import statistics
import time

from .errors import GazetteerError
from .geo_resolve import Phrase, haversine_km

MAX_ERROR_KM = 20039.0


def read_jsonl(path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise GazetteerError(f"line {number}: not JSON ({exc.msg})", source=str(path)) from exc
    return rows


def _default_geocoder():
    from .gazetteer import Gazetteer
    from .geocoding import Geocoder

    return Geocoder(Gazetteer.open())


def _default_nlp():
    """The installed English model alone: geocoding reads only its parser and NER."""
    import spacy

    from .nlp import _model_name
    from .settings import default_settings

    return spacy.load(_model_name(default_settings()))


def auc(errors_km: list[float]) -> float | None:
    """Gritta et al.'s AUC: trapezoid area under sorted normalised log errors (0 best, 1 worst)."""
    if not errors_km:
        return None
    ys = sorted(math.log(1 + e) / math.log(1 + MAX_ERROR_KM) for e in errors_km)
    if len(ys) == 1:
        return ys[0]
    step = 1.0 / (len(ys) - 1)
    return sum((a + b) / 2 * step for a, b in zip(ys, ys[1:]))


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def resolution_errors(geocoder, doc: dict) -> list[float]:
    gold = [t for t in doc["toponyms"] if t.get("lat") is not None and t.get("lon") is not None]
    phrases = [Phrase(t["phrase"]) for t in doc["toponyms"]]
    entries = geocoder.resolve_phrases(phrases)
    errors = []
    for t, e in zip(doc["toponyms"], entries):
        if t in gold:
            errors.append(
                MAX_ERROR_KM if e is None else haversine_km(t["lat"], t["lon"], e.latitude, e.longitude)
            )
    return errors


def evaluate_geoparse(path, geocoder=None, nlp=None, limit: int | None = None, demonyms: bool = True) -> dict:
    """Recognition and resolution scores on a gold JSONL file (keys as ``warlog eval geoparse --json``)."""
    geocoder = geocoder or _default_geocoder()
    nlp = nlp or _default_nlp()
    docs = read_jsonl(path)[:limit] if limit else read_jsonl(path)
    start = time.perf_counter()
    tp = n_pred = n_gold = 0
    errors: list[float] = []
    for doc, parsed in zip(docs, nlp.pipe(d["text"] for d in docs)):
        gold = {(t["start"], t["end"]) for t in doc["toponyms"]}
        pred = {(t.start, t.end) for t in geocoder.toponyms(parsed, demonyms=demonyms)}
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
        errors.extend(resolution_errors(geocoder, doc))
    p, r, f = prf(tp, n_pred, n_gold)
    area = auc(errors)
    return {
        "docs": len(docs),
        "toponyms": n_gold,
        "resolved_toponyms": len(errors),
        "recognition_precision": round(p, 4),
        "recognition_recall": round(r, 4),
        "recognition_f1": round(f, 4),
        "acc_161km": round(sum(e <= 161 for e in errors) / len(errors), 4) if errors else None,
        "mean_error_km": round(statistics.mean(errors), 1) if errors else None,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "auc": round(area, 4) if area is not None else None,
        "seconds": round(time.perf_counter() - start, 2),
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_spans(row: dict, doc) -> tuple[list[tuple[int, int]], bool]:
    """Gold place spans as character offsets, and whether any was recovered from token offsets.

    In part of the file, a span's ``start``/``end`` are token indices (inclusive end, spaCy's
    English tokenisation) while its ``text`` is a stray slice (``''``, ``'g'``, ``' s'``): those are
    mapped through the Doc's tokens ("demonstrated in Rome": (8, 8) is "Rome").
    """
    text, out, recovered = row["text"], [], False
    for s in row.get("event_locations") or []:
        start, end = s["start"], s["end"]
        bounded = (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        )
        if (
            end - start >= 2
            and text[start:end] == s["text"]
            and text[start : start + 1].isalpha()
            and bounded
        ):
            out.append((start, end))
        elif 0 <= start <= end < len(doc):
            out.append((doc[start].idx, doc[end].idx + len(doc[end])))
            recovered = True
    return out, recovered


def evaluate_event_locations(path, geocoder=None, nlp=None, errors: list | None = None) -> dict:
    """Share of sentences whose picked place overlaps a gold event-location span.

    ``accuracy`` scores the rows with a gold place (``rows_token_offsets`` of them had token offsets,
    see ``gold_spans``). Rows with no gold place are scored apart: ``no_place_correct`` counts those
    where ``locate`` found nothing (it falls back to any place named, as an article needs).
    """
    geocoder = geocoder or _default_geocoder()
    nlp = nlp or _default_nlp()
    rows = read_jsonl(path)
    named = hits = no_place = no_place_ok = token_rows = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        gold, recovered = gold_spans(row, doc)
        loc = geocoder.locate(doc, [(v["start"], v["end"]) for v in row["event_verbs"]])
        got = (loc.spans[0].start, loc.spans[0].end) if loc and loc.spans else None
        if not gold:
            no_place += 1
            no_place_ok += got is None
            continue
        named, token_rows = named + 1, token_rows + recovered
        hit = bool(got and any(_overlaps(got, g) for g in gold))
        hits += hit
        if errors is not None and not hit:
            errors.append(
                {
                    "text": row["text"],
                    "gold": [row["text"][a:b] for a, b in gold],
                    "got": loc.spans[0].text if got else None,
                }
            )
    return {
        "rows": len(rows),
        "rows_scored": named,
        "accuracy": round(hits / named, 4) if named else None,
        "rows_token_offsets": token_rows,
        "rows_no_place": no_place,
        "no_place_correct": no_place_ok,
    }
