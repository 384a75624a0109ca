"""The published JSON Schema file is the one the records generate (regenerate with `warlog schema`)."""

import json
from importlib import resources

from warlog.records import json_schema


def test_published_schema_is_current():
    published = json.loads(resources.files("warlog").joinpath("schema/article-result.json").read_text())
    assert published == json_schema(), "run: warlog schema > warlog/schema/article-result.json"
