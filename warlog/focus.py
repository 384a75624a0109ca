"""A collection's country focus: which countries a batch of articles is about.

A single report rarely says which country it is in ("Residents protest lack of water in their
settlement"; "unknown gunmen attacked the village of Kain-Ouro"); the collection it comes from
usually does (a Kenyan paper's feed, a Sahel monitoring stream). The focus is either given
(settings ``focus_countries = "KE,BF"``, ``--focus KE,BF``) or inferred from the batch itself
(``auto``): every article of a sample votes for the countries of the places it names that resolve
without doubt, and the countries holding a real share of the votes form the focus.

The focus is context, never a filter: a place named in the article still wins over it. It is used
(1) as a prior when a name has namesakes in several countries ("Kain": Belgium or Burkina Faso),
(2) as the actors' country when nothing in the article names one ("Protesters (Kenya)" rather
than "Protesters (International)").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# A country enters an inferred focus with at least this share of the votes...
MIN_SHARE = 0.05
# ...and is used as the actors' country of an article that names none with at least this share.
FALLBACK_SHARE = 0.3
# The countries kept must hold this share of all the votes: a batch spread over many countries (a
# world news feed) has no focus, and its places are read as they would be one by one.
MIN_COVERAGE = 0.7
# A prior as strong as a country named once in the article.
PRIOR_WEIGHT = 3.0
# Articles read to infer a focus (spread over the batch; inference costs one spaCy pass of these).
SAMPLE_SIZE = 1000
# Resolution score below which a place does not vote (a lone, doubtful namesake).
MIN_SCORE = 4.0


@dataclass(frozen=True)
class Focus:
    """Countries (ISO alpha-2) with their shares of the collection (summing to 1, or empty)."""

    shares: Mapping[str, float] = field(default_factory=dict)
    source: str = "none"  # "none", "given" or "auto"
    # An inferred focus also learns the collection's words per country (``WordModel``).
    words: WordModel | None = field(default=None, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.shares)

    def prior(self) -> dict[str, float]:
        """Context weights for the geocoder: the leading country as strong as one named in the text."""
        if not self.shares:
            return {}
        top = max(self.shares.values())
        return {cc: PRIOR_WEIGHT * share / top for cc, share in self.shares.items()}

    def fallback(self) -> str | None:
        """The country of an article that names none: the leading one, when it leads clearly."""
        if not self.shares:
            return None
        cc, share = max(self.shares.items(), key=lambda kv: kv[1])
        return cc if share >= FALLBACK_SHARE else None

    def describe(self) -> str:
        if not self.shares:
            return "none"
        parts = sorted(self.shares.items(), key=lambda kv: -kv[1])
        return ", ".join(f"{cc} {share:.0%}" for cc, share in parts) + f" ({self.source})"

    def to_dict(self) -> dict:
        return {"source": self.source, "shares": {cc: round(s, 4) for cc, s in self.shares.items()}}


NO_FOCUS = Focus()


def parse_focus(value: str | None) -> Focus | str:
    """``""``/``none`` -> no focus; ``auto`` -> the string "auto"; ``KE,BF`` -> equal shares.

    Codes are ISO 3166 alpha-2 or alpha-3; an unknown code raises ValueError naming it.
    """
    text = (value or "").strip()
    if not text or text.lower() == "none":
        return NO_FOCUS
    if text.lower() == "auto":
        return "auto"
    from .countries import country

    codes = []
    for raw in text.replace(";", ",").split(","):
        raw = raw.strip()
        if not raw:
            continue
        c = country(raw.upper())
        if c is None:
            raise ValueError(f"unknown country code {raw!r} in focus {value!r} (use ISO 3166 codes: KE, BFA)")
        codes.append(c.iso2)
    if not codes:
        return NO_FOCUS
    return Focus({cc: 1.0 / len(codes) for cc in dict.fromkeys(codes)}, "given")


def votes(toponyms) -> set[str]:
    """The countries one article names without doubt: resolved places above MIN_SCORE, demonyms."""
    out = set()
    for t in toponyms:
        e = t.entry
        if e is None or not e.country_code:
            continue
        if t.demonym or e.is_country or t.score >= MIN_SCORE:
            out.add(e.country_code)
    return out


def focus_from_votes(per_article: Iterable[set[str]], min_share: float = MIN_SHARE) -> Focus:
    """Shares of the articles' votes (each article's vote split over the countries it names)."""
    counts: Counter[str] = Counter()
    for countries in per_article:
        for cc in countries:
            counts[cc] += 1.0 / len(countries)
    total = sum(counts.values())
    if not total:
        return NO_FOCUS
    kept = {cc: n / total for cc, n in counts.items() if n / total >= min_share}
    norm = sum(kept.values())
    if not kept or norm < MIN_COVERAGE:
        return NO_FOCUS
    return Focus({cc: s / norm for cc, s in kept.items()}, "auto")


def sample(items: list, size: int = SAMPLE_SIZE) -> list:
    """At most ``size`` items spread evenly over the list (deterministic)."""
    if len(items) <= size:
        return list(items)
    step = len(items) / size
    return [items[int(i * step)] for i in range(size)]


def infer_focus(nlp, geocoder, texts: list[str], size: int = SAMPLE_SIZE) -> Focus:
    """The focus of a batch: spaCy and the geocoder over a sample of its texts, no prior. The
    articles that name one country of the focus also teach it the words of each country's reports:
    those of the sample, and those of the rest of the batch (up to WORD_SAMPLE_SIZE) whose capitalised
    words name one country without doubt (``text_votes``, no spaCy pass)."""
    texts = [t for t in texts if t and t.strip()]
    chosen = sample(texts, size)
    per_article = [votes(geocoder.toponyms(doc, demonyms=True)) for doc in nlp.pipe(chosen, batch_size=64)]
    focus = focus_from_votes(per_article)
    if len(focus.shares) < 2:
        return focus
    known = {t: v for t, v in zip(chosen, per_article)}
    labelled = []
    for t in sample(texts, WORD_SAMPLE_SIZE) if len(texts) > size else chosen:
        v = known[t] if t in known else text_votes(geocoder.gazetteer, t, focus.shares)
        if len(v) == 1 and next(iter(v)) in focus.shares:
            labelled.append((t, next(iter(v))))
    model = WordModel.train(labelled)
    return Focus(focus.shares, focus.source, model) if model else focus


# Reports read for the word model beyond the spaCy sample (a gazetteer lookup each, ~0.3 ms).
WORD_SAMPLE_SIZE = 20_000
# A town names its country alone from this population (smaller namesakes are too many to trust).
TEXT_VOTE_POPULATION = 5000
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def text_votes(gazetteer, text: str, countries: Iterable[str] | None = None) -> set[str]:
    """The countries a report names without doubt, read from its capitalised words (one to three in a
    row) against the gazetteer: a country, a demonym, a first-level unit or a sizeable town, each
    name counting only when all its such places lie in one country (of ``countries``, when given:
    "Police" is also a Polish town)."""
    among = set(countries) if countries is not None else None
    from .geo_names import name_key

    keys = set()
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                keys.add(name_key(" ".join(words[i:j])))
    keys.discard("")
    out: set[str] = set()
    for key in gazetteer.known_keys(keys) if keys else ():
        ccs = {
            e.country_code
            for e, kind in gazetteer.candidates(key)
            if e.country_code
            and (among is None or e.country_code in among)
            and (
                kind == 3
                or (
                    kind == 0 and (e.is_country or e.admin_level == 1 or e.population >= TEXT_VOTE_POPULATION)
                )
            )
        }
        if len(ccs) == 1:
            out |= ccs
    return out


# --- which of the collection's countries an unlisted place name sounds like ----------------------

# How much one name's evidence weighs against the collection's shares (per n-gram log-likelihood).
NAME_WEIGHT = 3.0
_NGRAMS = (2, 3, 4)


def _grams(key: str) -> list[str]:
    w = f"^{key}$"
    return [w[i : i + n] for n in _NGRAMS for i in range(len(w) - n + 1)]


class NameModel:
    """Character n-gram statistics of each country's place names (from the gazetteer): "Kompiembiga",
    "Sideradougou" read as Burkinabe, "Kiarango", "Mukogodo" as Kenyan. It only ranks the countries
    of a focus, for a report that names no resolvable place, no country and no group."""

    def __init__(self, keys_by_country: Mapping[str, Iterable[str]]):
        self.counts: dict[str, Counter[str]] = {}
        self.totals: dict[str, int] = {}
        for cc, keys in keys_by_country.items():
            counts = Counter(g for k in keys for g in _grams(k))
            if counts:
                self.counts[cc], self.totals[cc] = counts, sum(counts.values())
        self.vocab = len(set().union(*self.counts.values())) if self.counts else 1

    def loglik(self, key: str, cc: str) -> float:
        """Mean log-probability of the name's n-grams under the country's names (add-0.5 smoothing)."""
        grams = _grams(key)
        counts, total = self.counts[cc], self.totals[cc] + 0.5 * self.vocab
        return sum(math.log((counts[g] + 0.5) / total) for g in grams) / max(1, len(grams))

    def scores(self, keys: list[str], ccs: list[str]) -> dict[str, float]:
        """Sum over the names of each country's centred log-likelihood."""
        return centred_sum(keys, self.loglik, [cc for cc in ccs if cc in self.counts])

    def best(self, keys: list[str], shares: Mapping[str, float]) -> str | None:
        """The country maximising log(share) + NAME_WEIGHT * sum of the names' centred log-likelihoods."""
        if not keys:
            return None
        return choose(shares, self.scores(keys, list(shares)), None)


def centred_sum(items: Iterable[str], loglik, ccs: list[str]) -> dict[str, float]:
    """For each country, the sum over the items of its log-likelihood minus the countries' mean:
    evidence for one country is evidence against the others, and shared items weigh nothing."""
    out = {cc: 0.0 for cc in ccs}
    for item in items:
        lls = {cc: loglik(item, cc) for cc in ccs}
        mean = sum(lls.values()) / len(lls) if lls else 0.0
        for cc in ccs:
            out[cc] += lls[cc] - mean
    return out


def choose(
    shares: Mapping[str, float],
    name_scores: Mapping[str, float] | None,
    word_scores: Mapping[str, float] | None,
) -> str | None:
    """The focus country that best explains a report: its share, its unlisted place names, its words."""
    ccs = [
        cc
        for cc in shares
        if (name_scores is None or cc in name_scores) and (word_scores is None or cc in word_scores)
    ]
    if not ccs:
        return None

    def score(cc: str) -> float:
        s = math.log(shares[cc])
        if name_scores:
            s += NAME_WEIGHT * name_scores[cc]
        if word_scores:
            s += WORD_WEIGHT * word_scores[cc]
        return s

    return max(ccs, key=score)


# --- which of the collection's countries a report's words belong to ------------------------------

# Words of one report weigh this much against the collection's shares (sum of centred log-odds).
WORD_WEIGHT = 0.6
MIN_LABELLED = 20  # articles of the sample that name their country, needed to learn words
_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def _words(text: str) -> set[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return {w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


class WordModel:
    """Naive Bayes over the words of the collection's own reports whose country is known (their
    places resolve): "matatu", "county", "MCA" read as Kenyan, "gendarmes", "commune", "prefect" as
    Burkinabe or Beninese. Each report counts a word once; a word's probability is its share of all
    the country's word occurrences (multinomial), so a country with few labelled reports does not
    win on every word it has not seen. Learned per batch, never shipped: no training data of
    anyone else's goes into it."""

    def __init__(self, df: dict[str, Counter[str]], n: dict[str, int]):
        self.df, self.n = df, n
        self.vocab = set().union(*df.values())
        self._denominator = {cc: sum(c.values()) + 0.5 * len(self.vocab) for cc, c in df.items()}

    @classmethod
    def train(cls, labelled: list[tuple[str, str]]) -> WordModel | None:
        if len(labelled) < MIN_LABELLED:
            return None
        df: dict[str, Counter[str]] = {}
        n: Counter[str] = Counter()
        for text, cc in labelled:
            df.setdefault(cc, Counter()).update(_words(text))
            n[cc] += 1
        return cls(df, dict(n)) if len(df) >= 2 else None

    def scores(self, text: str, ccs: list[str]) -> dict[str, float]:
        """Centred log-likelihood of the report's (known) words under each country."""
        return centred_sum(_words(text) & self.vocab, self.loglik, [cc for cc in ccs if cc in self.df])

    def loglik(self, word: str, cc: str) -> float:
        """Log-probability of the word among the country's word occurrences (add-0.5 smoothing)."""
        return math.log((self.df[cc][word] + 0.5) / self._denominator[cc])
