"""`warlog extract` and `warlog schema`: formats, stdin, directories, the published JSON Schema."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from warlog.cli import main

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
ARTICLE = ARTICLES / "suicide_mogadishu.txt"
PUBLISHED = "2024-10-04"
ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def run(args: list[str], stdin: bytes | str | None = None):
    result = CliRunner().invoke(main, args, input=stdin, catch_exceptions=False)
    assert "Traceback" not in result.stderr
    return result


@pytest.fixture(scope="module")
def schema() -> dict:
    result = run(["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def json_output() -> dict:
    result = run(["extract", str(ARTICLE), "--published", PUBLISHED, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_prints_one_object_for_one_file(json_output):
    assert set(json_output) >= {"article", "events"}
    assert json_output["article"]["published"] == PUBLISHED
    assert json_output["article"]["text"] == ARTICLE.read_text()
    assert any(e["status"] == "reported" for e in json_output["events"])


def test_json_output_is_what_the_library_returns(json_output, pipeline):
    import warlog

    lib = warlog.extract(ARTICLE.read_text(), published=PUBLISHED).to_json()
    assert lib == json_output


def test_schema_is_a_valid_json_schema(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"article", "events"} <= set(schema["properties"])


def test_schema_validates_the_json_output(schema, json_output):
    jsonschema.Draft202012Validator(schema).validate(json_output)


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_schema_validates_every_fixture(schema, pipeline, name):
    expected = json.loads((ARTICLES / f"{name}.expected.json").read_text())
    out = pipeline.extract(
        (ARTICLES / f"{name}.txt").read_text(), published=expected["article"]["published"]
    ).to_json()
    jsonschema.Draft202012Validator(schema).validate(json.loads(json.dumps(out)))


def test_schema_rejects_a_renamed_key(schema, json_output):
    broken = json.loads(json.dumps(json_output))
    event = next(e for e in broken["events"])
    event["date"] = event.pop("event_date")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)


def test_jsonl_prints_one_line_per_file():
    files = [
        ARTICLES / "suicide_mogadishu.txt",
        ARTICLES / "arrests_garissa.txt",
        ARTICLES / "football_kampala.txt",
    ]
    result = run(["extract", *map(str, files), "--published", PUBLISHED, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    objs = [json.loads(line) for line in lines]
    assert [o["article"]["text"] for o in objs] == [f.read_text() for f in files]


def test_jsonl_of_one_file_is_one_line():
    result = run(["extract", str(ARTICLE), "--published", PUBLISHED, "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    json.loads(result.stdout)


def test_json_with_several_files_gives_one_object_per_line():
    result = run(
        [
            "extract",
            str(ARTICLE),
            str(ARTICLES / "arrests_garissa.txt"),
            "--published",
            PUBLISHED,
            "--format",
            "json",
        ]
    )
    assert result.exit_code == 0
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]


def test_directory_is_walked_for_text_files(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(ARTICLES / "suicide_mogadishu.txt", d / "a.txt")
    shutil.copy(ARTICLES / "arrests_garissa.txt", d / "sub" / "b.txt")
    (d / "notes.json").write_text('{"not": "an article"}')
    result = run(["extract", str(d), "--published", PUBLISHED, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    texts = [json.loads(line)["article"]["text"] for line in result.stdout.splitlines()]
    assert texts == [(d / "a.txt").read_text(), (d / "sub" / "b.txt").read_text()]


def test_empty_directory_is_a_usage_error(tmp_path):
    result = run(["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code != 0
    assert str(tmp_path) in result.stderr


def test_stdin_dash_reads_the_article(json_output):
    result = run(["extract", "-", "--published", PUBLISHED, "--format", "json"], stdin=ARTICLE.read_bytes())
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["events"] == json_output["events"]
    assert out["article"]["id"] == json_output["article"]["id"]


def test_table_shows_the_reported_events(json_output):
    result = run(["extract", str(ARTICLE), "--published", PUBLISHED, "--format", "table"])
    assert result.exit_code == 0
    reported = [e for e in json_output["events"] if e["status"] == "reported"]
    for e in reported:
        assert e["sub_event_type"] in result.stdout
        assert e["location"]["name"] in result.stdout


def test_table_is_the_default_format():
    result = run(["extract", str(ARTICLE), "--published", PUBLISHED])
    assert result.exit_code == 0
    assert "warlog events" in result.stdout


def test_acled_csv_has_acled_columns_and_one_row_per_reported_event(json_output):
    result = run(["extract", str(ARTICLE), "--published", PUBLISHED, "--format", "acled-csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0].keys())[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    reported = [e for e in json_output["events"] if e["status"] == "reported"]
    assert len(rows) == len(reported)
    for row, e in zip(rows, reported, strict=True):
        assert row["event_date"] == e["event_date"]
        assert row["event_type"] == e["event_type"]
        assert row["sub_event_type"] == e["sub_event_type"]
        assert int(row["fatalities"]) == e["fatalities"]
        assert row["location"] == e["location"]["name"]
        assert abs(float(row["latitude"]) - e["location"]["latitude"]) < 1e-4


def test_no_event_article_gives_empty_outputs():
    path = ARTICLES / "market_tea_mombasa.txt"
    result = run(["extract", str(path), "--published", "2024-02-21", "--format", "acled-csv"])
    assert result.exit_code == 0
    assert list(csv.DictReader(io.StringIO(result.stdout))) == []


def test_db_option_writes_a_sqlite_file(tmp_path):
    db = tmp_path / "events.sqlite"
    result = run(["extract", str(ARTICLE), "--published", PUBLISHED, "--format", "table", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert db.exists()
    assert "wrote" in result.stderr


def test_unknown_format_is_a_usage_error():
    result = run(["extract", str(ARTICLE), "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_bundled_examples_run_without_options():
    """The README's main command: the bundled examples carry their publication date."""
    examples = Path(__file__).parent.parent / "examples"
    files = sorted(examples.glob("*.txt"))
    assert 3 <= len(files) <= 6
    result = run(["extract", str(examples), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objs) == len(files)
    for f, o in zip(files, objs, strict=True):
        expected = json.loads((ARTICLES / f"{f.stem}.expected.json").read_text())
        assert o["article"]["published"] == expected["article"]["published"]
        assert [e for e in o["events"] if e["status"] == "reported"], f"{f.name}: no reported event"
