"""warlog: news reports of armed conflict in, an ACLED/UCDP-shaped event dataset out."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .records import ArticleResult

__all__ = ["extract", "__version__"]


def extract(text: str, published=None, **kwargs) -> ArticleResult:
    """Events from one article's text (see ``warlog.pipeline.Pipeline.extract``)."""
    from .pipeline import default_pipeline

    return default_pipeline().extract(text, published=published, **kwargs)
