"""The ACLED scorer on a tiny invented CSV, through a stand-in extractor that returns hand-built records."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date, timedelta

import pytest

from warlog.evaluation import evaluate_acled, write_errors
from warlog.evaluation.gold import publication_date, read_gold
from warlog.focus import NO_FOCUS
from warlog.records import Actor, Article, ArticleResult, Event, Location

COLUMNS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
    "actor2", "inter2", "admin1", "location", "latitude", "longitude", "geo_precision", "notes", "fatalities",
]  # fmt: skip
NOTE_CLASH = (
    "On 3 March 2021, soldiers clashed with Al Testab militants near Alphaville; 4 militants were killed."
)
NOTE_ATTACK = "Gunmen killed two villagers in Betatown on Friday and stole cattle."
NOTE_PROTEST = "Traders staged a sit-in outside the market hall in Gammaville over new fees."
NOTE_NONE = "The minister opened a new school building in Deltaville and praised the teachers."
NOTE_NONE_2 = "Farmers in Epsilonville met officials to discuss the price of cotton this season."
GOOD = {
    "clash": ["TST1", "2021-03-03", "1", "Battles", "Armed clash", "Military Forces of Testland (2016-)", "1",
              "Al Testab", "2", "North", "Alphaville", "10.0", "1.0", "1", NOTE_CLASH, "4"],
    "attack": ["TST2", "2021-03-05", "1", "Violence against civilians", "Attack",
               "Unidentified Armed Group (Testland)", "3", "Civilians (Testland)", "7", "South", "Betatown",
               "11.0", "2.0", "1", NOTE_ATTACK, "2"],
    "protest": ["TST3", "2021-03-06", "2", "Protests", "Peaceful protest", "Protesters (Testland)", "6", "", "0",
                "East", "Gammaville", "12.0", "3.0", "1", NOTE_PROTEST, "0"],
    "none": ["", "", "", "", "", "", "", "", "", "", "", "", "", "", NOTE_NONE, ""],
    "none2": ["TST5", "2021-03-08", "", "NA", "", "", "", "", "", "", "", "", "", "", NOTE_NONE_2, ""],
}  # fmt: skip


def _line(values: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue()


@pytest.fixture
def gold_csv(tmp_path):
    """Rows 1-2 good, 3 missing columns, 4 good, 5 bad quoting, 6 empty notes, 7-8 no-event rows."""
    lines = [
        _line(COLUMNS),
        _line(GOOD["clash"]),
        _line(GOOD["attack"]),
        "TST9,2021-03-05,1,Battles\n",
        _line(GOOD["protest"]),
        'TST8,2021-03-05,1,Riots,Mob violence,Rioters (Testland),5,,0,North,Alphaville,10.0,1.0,1,"A mob "burned" a car",0\n',
        _line(["TST7", "2021-03-05", "1", "Riots"] + [""] * 10 + ["   ", "0"]),
        _line(GOOD["none"]),
        _line(GOOD["none2"]),
    ]
    path = tmp_path / "gold.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _actor(name: str, inter: int) -> Actor:
    return Actor(name=name, inter=inter)


def _event(**fields) -> Event:
    return Event(id=fields.pop("id", "e1"), **fields)


PREDICTED = {
    NOTE_CLASH: [
        _event(id="bg", status="background", event_type="Protests", sub_event_type="Peaceful protest"),
        _event(
            event_type="Battles", sub_event_type="Armed clash", event_date="2021-03-03", time_precision=1,
            actor1=_actor("al testab", 2), actor2=_actor("Military  Forces of Testland", 1), inter1=2, inter2=1,
            location=Location(name="Alphaville", latitude=10.05, longitude=1.05, admin1="North Region", geo_precision=2),
            fatalities=4,
        ),
    ],
    NOTE_ATTACK: [
        _event(
            event_type="Battles", sub_event_type="Armed clash", event_date="2021-03-04", time_precision=1,
            actor1=_actor("Unidentified Armed Group (Testland)", 3), inter1=3,
            location=Location(name="Elsewhere", latitude=11.9, longitude=2.0, admin1="West"), fatalities=3,
        )
    ],
    NOTE_PROTEST: [_event(status="background", event_type="Protests", sub_event_type="Peaceful protest")],
    NOTE_NONE: [],
    NOTE_NONE_2: [_event(event_type="Protests", sub_event_type="Peaceful protest")],
}  # fmt: skip


class StandIn:
    """An ``extract_fn`` that records what it was called with."""

    def __init__(self):
        self.calls: dict[str, date | None] = {}

    def __call__(self, text: str, published: date | None) -> ArticleResult:
        self.calls[text] = published
        article = Article(id="a", text=text, published=published, content_hash="h")
        return ArticleResult(article=article, events=PREDICTED[text])


@pytest.fixture
def result(gold_csv):
    return evaluate_acled(gold_csv, extract_fn=StandIn())


def test_malformed_rows_reported_with_row_numbers_and_skipped(result):
    skipped = {s.row: s.reason for s in result.skipped}
    assert sorted(skipped) == [3, 5, 6]
    assert "expected 16 fields, found 4" in skipped[3]
    assert "bad quoting" in skipped[5]
    assert skipped[6] == "empty notes"
    assert result.metrics["skipped_rows"] == 3
    assert [s["row"] for s in result.metrics["skipped"]] == [3, 5, 6]


def test_rows_after_a_bad_quote_are_still_read(result):
    assert [s.row.row for s in result.scores] == [1, 2, 4, 7, 8]
    assert result.metrics["rows"] == 5


def test_type_metrics_count_a_missing_event_as_wrong(result):
    m = result.metrics
    assert m["event_type_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["sub_event_type_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert m["event_found"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["counts"]["event_type_accuracy"] == 3


def test_no_event_rows_are_right_when_nothing_is_reported(result):
    # Row 7 (nothing reported) is right; row 8 ("NA" event type, a protest reported) is wrong.
    assert result.metrics["no_event_accuracy"] == 0.5
    assert result.metrics["counts"]["no_event_accuracy"] == 2


def test_sub_event_type_f1(result):
    m = result.metrics
    # Armed clash: precision 1/2, recall 1 -> F1 2/3; Attack and Peaceful protest: 0.
    assert m["sub_event_type_by_class"]["Armed clash"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert m["sub_event_type_macro_f1"] == pytest.approx(2 / 9, abs=1e-4)
    assert m["sub_event_type_weighted_f1"] == pytest.approx(2 / 9, abs=1e-4)


def test_actor_match_either_order_after_year_suffix(result):
    assert result.metrics["actor_match"] == pytest.approx(1 / 3, abs=1e-4)
    assert result.metrics["inter_match"] == pytest.approx(1 / 3, abs=1e-4)


def test_dates_and_when_in_text(result):
    m = result.metrics
    assert m["date_exact"] == pytest.approx(1 / 3, abs=1e-4)  # row 8 has a date but no gold event
    assert m["counts"]["date_exact"] == 3
    # Named in the text: "3 March" (row 1) and "Friday" = 2021-03-05 (row 2).
    assert m["date_exact_when_in_text"] == 0.5
    assert m["counts"]["date_exact_when_in_text"] == 2
    assert m["time_precision_exact"] == pytest.approx(2 / 3, abs=1e-4)  # 1 = 1, 1 = 1, 2 vs none


def test_places(result):
    m = result.metrics
    assert m["location_within_25km"] == pytest.approx(1 / 3, abs=1e-4)  # 7 km, 100 km, none
    assert m["admin1_match"] == pytest.approx(1 / 3, abs=1e-4)  # "North" == "North Region"
    assert m["geo_precision_exact"] == 0.0


def test_fatalities(result):
    m = result.metrics
    assert m["fatalities_exact"] == pytest.approx(1 / 3, abs=1e-4)
    # "4 militants" and "two villagers" are in the text; 0 (row 4) is not.
    assert m["fatalities_exact_when_in_text"] == 0.5
    assert m["fatalities_mae"] == 0.5  # |4-4|, |3-2|; row 4 has no predicted figure
    assert m["counts"]["fatalities_mae"] == 2


def test_event_type_confusion(result):
    assert result.metrics["event_type_confusion"] == {
        "Battles": {"Battles": 1},
        "Protests": {"(none)": 1},
        "Violence against civilians": {"Battles": 1},
    }


def test_metrics_of_absent_gold_columns_are_null(tmp_path):
    path = tmp_path / "bare.csv"
    path.write_text("notes,event_type\n" + _line([NOTE_CLASH, "Battles"]), encoding="utf-8")
    m = evaluate_acled(path, extract_fn=StandIn()).metrics
    assert m["event_type_accuracy"] == 1.0
    for name in ("actor_match", "date_exact", "fatalities_exact", "fatalities_mae", "location_within_25km"):
        assert m[name] is None


def test_publication_date_is_gold_day_plus_hashed_lag(gold_csv):
    stand_in = StandIn()
    evaluate_acled(gold_csv, extract_fn=stand_in)
    lag = int(hashlib.sha256(b"TST1").hexdigest(), 16) % 4
    assert stand_in.calls[NOTE_CLASH] == date(2021, 3, 3) + timedelta(days=lag)
    assert stand_in.calls[NOTE_NONE] is None  # no event_date: no publication date
    rows = read_gold(gold_csv).rows
    assert publication_date(rows[0]) == publication_date(rows[0])


def test_limit_and_every_sample_rows(gold_csv):
    assert [r.row for r in read_gold(gold_csv, limit=2).rows] == [1, 2]
    assert [r.row for r in read_gold(gold_csv, every=3).rows] == [1, 4, 7]
    assert [r.row for r in read_gold(gold_csv, every=3, offset=1).rows] == [2, 8]  # 5: bad quoting
    with pytest.raises(ValueError, match="offset 3"):
        read_gold(gold_csv, every=3, offset=3)


def test_extraction_errors_are_recorded_and_scored_as_no_event(gold_csv):
    def broken(text, published):
        raise RuntimeError("boom")

    m = evaluate_acled(gold_csv, extract_fn=broken).metrics
    assert m["extraction_errors"] == 5
    assert m["errors"][0] == {"row": 1, "line": 2, "error": "RuntimeError: boom"}
    assert m["event_type_accuracy"] == 0.0
    assert m["no_event_accuracy"] == 1.0


def test_errors_file_one_line_per_wrong_field(result, tmp_path):
    path = tmp_path / "errors.jsonl"
    write_errors(result, path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(list(r)[0] == "field" for r in records)
    by_field = {(r["row"], r["field"]): r for r in records}
    assert (1, "event_type") not in by_field
    attack = by_field[(2, "sub_event_type")]
    assert (attack["gold"], attack["pred"]) == ("Attack", "Armed clash")
    assert attack["notes"] == NOTE_ATTACK
    assert by_field[(2, "location")]["distance_km"] == pytest.approx(100.1, abs=0.5)
    assert by_field[(2, "fatalities")]["in_text"] is True
    assert by_field[(8, "no_event")]["pred"] == "Protests"


def test_missing_notes_column_is_an_error(tmp_path):
    from warlog.errors import MalformedRow

    path = tmp_path / "no_notes.csv"
    path.write_text("event_type,actor1\nBattles,X\n", encoding="utf-8")
    with pytest.raises(MalformedRow, match="no 'notes' column"):
        read_gold(path)


class FakePipeline:
    """The Pipeline interface evaluate_acled uses, with the stand-in's events; one text breaks extraction."""

    nlp = geocoder = None
    focus = NO_FOCUS
    auto_focus = False

    def __init__(self, poison: str | None = None):
        self.poison, self.batches, self.focus_asked = poison, 0, None

    def set_focus(self, value):
        self.focus_asked = value

    def article(self, text, published, **meta):
        from warlog.articles import make_article

        return make_article(text, published=published, **meta)

    def extract(self, article):
        if article.text == self.poison:
            raise ValueError("bad row")
        return ArticleResult(article=article, events=PREDICTED[article.text])

    def extract_many(self, articles, batch_size=32):
        self.batches += 1
        for article in articles:
            yield self.extract(article)


def test_pipeline_batches_give_the_same_metrics_as_extract_fn(gold_csv, result):
    fake = FakePipeline()
    batched = evaluate_acled(gold_csv, pipeline=fake)
    assert fake.batches == 1
    assert fake.focus_asked == "auto" and batched.metrics["focus"] == {"source": "none", "shares": {}}
    for name in ("event_type_accuracy", "actor_match", "date_exact", "fatalities_mae", "no_event_accuracy"):
        assert batched.metrics[name] == result.metrics[name]


def test_a_failing_batch_is_redone_row_by_row(gold_csv):
    m = evaluate_acled(gold_csv, pipeline=FakePipeline(poison=NOTE_ATTACK)).metrics
    assert m["extraction_errors"] == 1
    assert m["errors"] == [{"row": 2, "line": 3, "error": "ValueError: bad row"}]
    assert m["event_type_accuracy"] == pytest.approx(1 / 3, abs=1e-4)  # row 1 still right


def test_an_unclosed_quote_costs_one_row_not_the_rest_of_the_file(tmp_path):
    lines = [_line(COLUMNS), _line(GOOD["clash"])]
    lines.append(
        'TST6,2021-03-05,1,Riots,Mob violence,Rioters (Testland),5,,0,North,X,1,1,1,"A mob burned, a car,0\n'
    )
    lines += [_line(GOOD["attack"]), _line(GOOD["protest"])]
    path = tmp_path / "unclosed.csv"
    path.write_text("".join(lines), encoding="utf-8")
    gold = read_gold(path)
    assert [r.row for r in gold.rows] == [1, 3, 4]
    assert [(s.row, s.line) for s in gold.skipped] == [(2, 3)]
    assert gold.skipped[0].reason.startswith("bad quoting")


def test_a_quoted_newline_in_notes_is_one_row(tmp_path):
    values = list(GOOD["attack"])
    values[COLUMNS.index("notes")] = "Gunmen killed two villagers.\nThey stole cattle."
    path = tmp_path / "newline.csv"
    path.write_text(_line(COLUMNS) + _line(values) + _line(GOOD["protest"]), encoding="utf-8")
    gold = read_gold(path)
    assert [(r.row, r.line) for r in gold.rows] == [(1, 2), (2, 4)]
    assert gold.skipped == []


def test_rows_whose_text_the_extractor_rejects_are_skipped_with_its_reason(tmp_path):
    values = list(GOOD["attack"])
    values[COLUMNS.index("notes")] = "Mob kills thief"  # under min_article_chars
    path = tmp_path / "short.csv"
    path.write_text(_line(COLUMNS) + _line(values) + _line(GOOD["clash"]), encoding="utf-8")
    result = evaluate_acled(path, pipeline=FakePipeline())
    assert [(s.row, "no article text" in s.reason) for s in result.skipped] == [(1, True)]
    assert result.metrics["rows"] == 1


def test_a_line_separator_inside_notes_does_not_split_the_row(tmp_path):
    values = list(GOOD["attack"])
    values[COLUMNS.index("notes")] = "Gunmen killed two villagers\u2028in Betatown and stole cattle."
    path = tmp_path / "u2028.csv"
    path.write_text(_line(COLUMNS) + _line(values), encoding="utf-8")
    gold = read_gold(path)
    assert [r.row for r in gold.rows] == [1] and gold.skipped == []


def test_a_row_with_bytes_that_are_not_utf8_is_skipped(tmp_path):
    bad = (
        _line(GOOD["attack"])
        .replace("Gunmen", "Gunm\ufffdn")
        .encode("utf-8")
        .replace("\ufffd".encode(), b"\xe9")
    )
    path = tmp_path / "latin1.csv"
    path.write_bytes(_line(COLUMNS).encode() + _line(GOOD["clash"]).encode() + bad)
    gold = read_gold(path)
    assert [r.row for r in gold.rows] == [1]
    assert [(s.row, s.reason) for s in gold.skipped] == [(2, "bytes that are not UTF-8")]
