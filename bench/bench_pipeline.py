"""Throughput and memory of the whole pipeline against the bare spaCy pass, and the CLI's cold start.

    python bench/bench_pipeline.py [--copies 20] [--repeats 3] [--rounds 2] [--batch-size 32]

Texts: the project's own articles (tests/fixtures/articles, examples/), each in ``--copies`` variants
(a different closing line, so no two texts are equal). Each measurement runs in a fresh process,
so each peak RSS (``resource.getrusage``) belongs to that measurement alone:

- spacy:    the same spaCy model, warlog's own components disabled, ``nlp.pipe`` over the texts;
- pipeline: ``Pipeline.extract_many`` (article validation, the spaCy model, warlog's components,
            events, geocoding, dates, merging) over the same texts;
- cold:     ``warlog extract ONE_ARTICLE --format json`` as a new process, wall time.

Issue 2's targets: pipeline time <= 1.3 x spaCy time; cold extract < 3 s. The ratio is taken on CPU
time (wall time printed too): each phase runs in --rounds fresh processes, alternated, the best counts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3
TARGET_COLD_S = 3.0


def article_files() -> list[Path]:
    files = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")) + sorted(
        (ROOT / "examples").glob("*.txt")
    )
    if not files:
        sys.exit("no articles found under tests/fixtures/articles or examples/")
    return files


def published_of(path: Path) -> str | None:
    expected = path.with_suffix(".expected.json")
    if expected.exists():
        return json.loads(expected.read_text())["article"]["published"]
    return None  # examples/ carry a "Published:" line the reader finds


def corpus(copies: int) -> list[tuple[str, str | None]]:
    base = [(p.read_text(encoding="utf-8"), published_of(p)) for p in article_files()]
    return [(f"{text}\n(Variant {i} of this report.)\n", pub) for i in range(copies) for text, pub in base]


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)


def best_time(fn, repeats: int) -> tuple[float, float]:
    """Fastest wall time and fastest CPU time of this process over the passes.

    CPU time (``time.process_time``) is what the ratio uses: on a shared machine other processes
    stretch the wall time of one phase and not the other.
    """
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def phase_spacy(texts: list[tuple[str, str | None]], repeats: int, batch_size: int) -> dict:
    from warlog.nlp import COMPONENTS, build_nlp

    t0 = time.perf_counter()
    nlp = build_nlp()
    load_s = time.perf_counter() - t0
    plain = [t for t, _ in texts]
    with nlp.select_pipes(disable=[c for c in COMPONENTS if c in nlp.pipe_names]):
        pipes = list(nlp.pipe_names)
        deque(nlp.pipe(plain[:8]), maxlen=0)  # warm-up
        # Docs are consumed and dropped, as extract_many drops them: the two peaks compare.
        seconds, cpu_s = best_time(lambda: deque(nlp.pipe(plain, batch_size=batch_size), maxlen=0), repeats)
    return {"phase": "spacy", "pipes": pipes, "load_s": load_s, "seconds": seconds, "cpu_s": cpu_s}


def phase_pipeline(texts: list[tuple[str, str | None]], repeats: int, batch_size: int) -> dict:
    from warlog.pipeline import Pipeline

    t0 = time.perf_counter()
    pipeline = Pipeline()
    pipeline.nlp, pipeline.geocoder  # noqa: B018 - load both now, outside the timing
    load_s = time.perf_counter() - t0
    events = 0

    def run(sample=texts):
        nonlocal events
        articles = [pipeline.article(t, published=p) for t, p in sample]
        events = sum(len(r.reported()) for r in pipeline.extract_many(articles, batch_size=batch_size))

    run(texts[:8])  # warm-up (lazy imports, first gazetteer queries)
    seconds, cpu_s = best_time(run, repeats)
    return {
        "phase": "pipeline",
        "pipes": list(pipeline.nlp.pipe_names),
        "load_s": load_s,
        "seconds": seconds,
        "cpu_s": cpu_s,
        "reported_events": events,
    }


def run_phase(name: str, args) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--phase",
        name,
        "--copies",
        str(args.copies),
        "--repeats",
        str(args.repeats),
        "--batch-size",
        str(args.batch_size),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
    if proc.returncode != 0:
        sys.exit(f"phase {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def best_round(results: list[dict]) -> dict:
    best = dict(min(results, key=lambda r: r["cpu_s"]))
    best["seconds"] = min(r["seconds"] for r in results)
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in results)
    return best


def cold_start(runs: int) -> list[float]:
    article = ROOT / "examples" / "suicide_mogadishu.txt"
    if not article.exists():
        article = article_files()[0]
    exe = shutil.which("warlog")
    cmd = (
        [exe] if exe else [sys.executable, "-c", "import sys; from warlog.cli import main; sys.exit(main())"]
    )
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [*cmd, "extract", str(article), "--format", "json"], capture_output=True, text=True
        )
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            sys.exit(f"cold start run failed:\n{proc.stderr[-2000:]}")
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=20, help="variants of each article (default 20)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes; the fastest counts (default 3)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2, help="fresh processes per phase, alternated (default 2)")
    ap.add_argument("--cold-runs", type=int, default=3)
    ap.add_argument("--phase", choices=["spacy", "pipeline"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    texts = corpus(args.copies)

    if args.phase:
        fn = phase_spacy if args.phase == "spacy" else phase_pipeline
        out = fn(texts, args.repeats, args.batch_size)
        out.update(articles=len(texts), chars=sum(len(t) for t, _ in texts), peak_rss_mb=peak_rss_mb())
        print(json.dumps(out))
        return

    rounds = {"spacy": [], "pipeline": []}
    for _ in range(args.rounds):  # alternate the phases, so load on a shared machine hits both alike
        for name in rounds:
            rounds[name].append(run_phase(name, args))
    spacy_r, pipe_r = (best_round(rounds[name]) for name in ("spacy", "pipeline"))
    cold = cold_start(args.cold_runs)
    n = len(texts)
    print(
        f"texts: {n} articles ({len(article_files())} originals x {args.copies} variants), "
        f"{spacy_r['chars'] / n:.0f} characters each on average; best of {args.rounds} rounds x {args.repeats} passes"
    )
    for r in (spacy_r, pipe_r):
        print(
            f"{r['phase']:>9}: {n / r['cpu_s']:6.1f} articles/s CPU ({r['cpu_s']:6.2f} s), "
            f"{n / r['seconds']:6.1f} articles/s wall ({r['seconds']:6.2f} s)  peak RSS {r['peak_rss_mb']:6.1f} MB  "
            f"model load {r['load_s']:.2f} s  pipes {','.join(r['pipes'])}"
        )
    ratio, wall_ratio = pipe_r["cpu_s"] / spacy_r["cpu_s"], pipe_r["seconds"] / spacy_r["seconds"]
    print(
        f"    ratio: pipeline / spaCy = {ratio:.2f}x CPU time ({wall_ratio:.2f}x wall) (target <= {TARGET_RATIO}x): "
        f"{'OK' if ratio <= TARGET_RATIO else 'OVER TARGET'}"
    )
    print(
        f"     cold: warlog extract of one article: {min(cold):.2f} s best, runs {', '.join(f'{t:.2f}' for t in cold)} s "
        f"(target < {TARGET_COLD_S} s): {'OK' if min(cold) < TARGET_COLD_S else 'OVER TARGET'}"
    )
    print(f"   events: {pipe_r['reported_events']} reported events in the last pipeline pass")


if __name__ == "__main__":
    main()
