"""One article in, coded events out: ingest -> nlp -> mentions -> events -> resolve -> merge.

The heavy things (spaCy pipeline, gazetteer) are passed in; defaults are created lazily.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from spacy.language import Language

from .articles import make_article, read_article
from .focus import NO_FOCUS, Focus, infer_focus, parse_focus
from .records import Article, ArticleResult
from .settings import Settings, default_settings


class Pipeline:
    def __init__(self, nlp: Language | None = None, geocoder=None, settings: Settings | None = None):
        self.settings = settings or default_settings()
        self._nlp = nlp
        self._geocoder = geocoder
        self.focus: Focus = NO_FOCUS
        self.auto_focus = False
        self.set_focus(self.settings.focus_countries)

    def set_focus(self, value: str | Focus | None) -> None:
        """The collection's country focus: a ``Focus``, ``"KE,BF"``, ``"auto"`` (inferred from each
        batch that ``extract_many`` is given) or ``""``/``"none"`` (see ``warlog.focus``)."""
        parsed = value if isinstance(value, Focus) else parse_focus(value)
        self.auto_focus = parsed == "auto"
        self.focus = NO_FOCUS if self.auto_focus else parsed

    def infer_focus(self, texts: list[str]) -> Focus:
        """Infer the focus from these texts and keep it (used by ``extract_many`` in auto mode)."""
        self.focus = infer_focus(self.nlp, self.geocoder, texts)
        return self.focus

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from .nlp import build_nlp

            self._nlp = build_nlp(self.settings)
        return self._nlp

    @property
    def geocoder(self):
        if self._geocoder is None:
            from .gazetteer import Gazetteer
            from .geocoding import Geocoder

            self._geocoder = Geocoder(Gazetteer.open(settings=self.settings))
        return self._geocoder

    def article(self, text: str | bytes | Article, published: str | date | None = None, **meta) -> Article:
        if isinstance(text, Article):
            return text
        return make_article(text, published=published, settings=self.settings, **meta)

    def extract(self, text: str | bytes | Article, published: str | date | None = None, **meta) -> ArticleResult:
        """Coded events of one article (text, bytes or an ``Article``)."""
        article = self.article(text, published, **meta)
        doc = self.nlp(article.text)
        return self._events(article, doc)

    def extract_file(self, path: str, published: str | date | None = None, strict_dates: bool = True) -> ArticleResult:
        """Events of one file; with ``strict_dates`` an article whose relative dates ("yesterday",
        "on Tuesday") cannot be resolved, having no publication date, is rejected (BadDate)."""
        article = read_article(path, published=published, settings=self.settings)
        if strict_dates and article.published is None:
            require_anchor(article, source="<stdin>" if path == "-" else str(path))
        return self.extract(article)

    def extract_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterable[ArticleResult]:
        """Stream results; spaCy runs its batched ``nlp.pipe`` over the texts."""
        articles = list(articles)
        if self.auto_focus and not self.focus:
            self.infer_focus([a.text for a in articles])
        for article, doc in zip(articles, self.nlp.pipe((a.text for a in articles), batch_size=batch_size)):
            yield self._events(article, doc)

    def _events(self, article: Article, doc) -> ArticleResult:
        from .events import build_events

        events = build_events(doc, article, self.geocoder, self.focus)
        return ArticleResult(article=article, events=events)


def require_anchor(article: Article, source: str) -> None:
    """Raise BadDate when the article has relative dates and no publication date to resolve them."""
    from .dates import find_dates
    from .errors import BadDate

    relative = next((d for d in find_dates(article.text, None) if d.relative), None)
    if relative is not None:
        raise BadDate(
            f"relative date {relative.text!r} (character {relative.start}) cannot be resolved without a "
            "publication date: pass --published YYYY-MM-DD", source=source,
        )


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline()
