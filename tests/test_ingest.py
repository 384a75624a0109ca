"""Batch ingestion with a stand-in pipeline: readers, rejections with reasons, idempotent reruns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures_store.factory import FakePipeline, story

from warlog.cli import main
from warlog.ingest import html_to_text, ingest, read_inputs
from warlog.store import Rejection, open_store

FIXTURES = Path(__file__).parent / "fixtures_store"


@pytest.fixture()
def batch(tmp_path) -> Path:
    """A directory of good and bad inputs of every kind."""
    d = tmp_path / "batch"
    (d / "sub").mkdir(parents=True)
    (d / "one.txt").write_text(story(1))
    (d / "sub" / "two.txt").write_text(story(2))
    (d / "sub" / "copy-of-one.txt").write_text(story(1))  # same content hash: stored once
    (d / "page.html").write_text((FIXTURES / "clash_page.html").read_text())
    (d / "feed.rss").write_text((FIXTURES / "feed.rss").read_text())
    (d / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (d / "empty.txt").write_text("   \n")
    (d / "undecodable.txt").write_bytes(b"Fighting near Khasham \x81\x8d\x8f\x90\x9d killed 45 people " * 3)
    (d / "ignored.png").write_bytes(b"\x89PNG")
    rows = [
        {"text": story(3), "published": "2018-02-08", "outlet": "AFP"},
        {"text": story(4), "published": "2099-01-01"},
        {"title": "no text here"},
    ]
    lines = [json.dumps(r) for r in rows[:2]] + ['{"text": "unterminated', json.dumps(rows[2])]
    (d / "rows.jsonl").write_text("\n".join(lines) + "\n")
    (d / "rows.csv").write_text(
        f'text,published,url\n"{story(5)}",2018-02-08,https://example.org/5\nonly one field\n'
    )
    return d


def test_readers_cover_every_kind_of_input(batch, tmp_path):
    items = list(read_inputs([batch]))
    sources = [i.source for i in items]
    assert any(s.endswith("feed.rss#entry 2") for s in sources)
    assert any(s.endswith("rows.jsonl:3") for s in sources) and any(
        s.endswith("rows.csv:row 3") for s in sources
    )
    assert not any("ignored.png" in s for s in sources)
    rejected = {
        Path(r.source.split(":")[0].split("#")[0]).name
        + r.source[len(r.source.split(":")[0].split("#")[0]) :]: r.reason
        for r in items
        if isinstance(r, Rejection)
    }
    assert "malformed JSON on line 3" in rejected["rows.jsonl:3"]
    assert "no text field" in rejected["rows.jsonl:4"]
    assert "malformed CSV row 3" in rejected["rows.csv:row 3"]
    assert "no content" in rejected["feed.rss#entry 3"]


def test_ingest_records_rejections_and_goes_on(batch, tmp_path):
    store = open_store(str(tmp_path / "s.sqlite"))
    report = ingest([batch], store, FakePipeline())
    reasons = {Path(r.source).name.split(":")[0]: r.reason for r in store.rejections()}
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"]
    assert "in the future" in reasons["rows.jsonl"] or any("future" in r.reason for r in store.rejections())
    # one.txt, two.txt, page.html, 2 feed entries, 1 JSONL row, 1 CSV row
    assert report.added == 7 and report.skipped == 1 and store.counts()["articles"] == 7
    assert report.rejected == len(store.rejections()) == 8
    again = ingest([batch], store, FakePipeline())
    assert (again.added, again.skipped) == (0, 8) and len(store.rejections()) == 8
    assert store.counts()["articles"] == 7


def test_undecodable_input_is_rejected_with_its_reason(tmp_path):
    (tmp_path / "undecodable.txt").write_bytes(
        b"Fighting near Khasham \x81\x8d\x8f\x90\x9d killed 45 people " * 3
    )
    store = open_store(":memory:")
    ingest([tmp_path], store, FakePipeline())
    (rejection,) = store.rejections()
    assert "not UTF-8 or Windows-1252" in rejection.reason


def test_html_is_reduced_to_the_article_text():
    text = html_to_text((FIXTURES / "clash_page.html").read_text(), "page.html")
    assert "Pro-government forces attacked positions" in text and "state media said dozens" in text
    assert "Cookie settings" not in text and "Ten recipes" not in text


def test_feed_entries_carry_their_date_outlet_and_url(tmp_path):
    store = open_store(":memory:")
    ingest([FIXTURES / "feed.rss"], store, FakePipeline())
    arts = sorted(store.articles(), key=lambda a: a.published)
    assert [(a.published.isoformat(), a.outlet, a.url) for a in arts] == [
        ("2018-02-08", "Euphrates Monitor", "https://example.org/a1"),
        ("2018-02-09", "Euphrates Monitor", "https://example.org/a2"),
    ]
    assert "<p>" not in arts[1].text


def test_an_extraction_failure_rejects_one_article_only(tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(story(i, "POISON" if i == 2 else ""))
    store = open_store(":memory:")
    report = ingest([tmp_path], store, FakePipeline(fail_on="POISON"))
    assert (report.added, report.rejected) == (4, 1)
    assert store.rejections()[0].source.endswith("2.txt")


def test_too_large_inputs_are_rejected(tmp_path):
    from warlog.settings import load_settings

    (tmp_path / "big.txt").write_text(story(1) * 40)
    (tmp_path / "small.txt").write_text(story(2))
    store = open_store(":memory:", settings=load_settings(max_article_bytes=2000))
    report = ingest([tmp_path], store, FakePipeline())
    (rejection,) = store.rejections()
    assert report.added == 1 and rejection.source.endswith("big.txt") and "over the limit" in rejection.reason


def test_published_option_fills_missing_dates(tmp_path):
    (tmp_path / "a.txt").write_text(story(1))
    store = open_store(":memory:")
    ingest([tmp_path], store, FakePipeline(), published="2018-02-08")
    assert store.articles()[0].published.isoformat() == "2018-02-08"


def test_cli_ingest_rejected_and_events(batch, tmp_path, monkeypatch):
    import warlog.pipeline

    monkeypatch.setattr(warlog.pipeline, "default_pipeline", FakePipeline)
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(batch), "--db", db])
    assert res.exit_code == 0, res.output
    assert "7 added" in res.output and "8 rejected" in res.output
    res = runner.invoke(main, ["rejected", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0 and len(res.output.splitlines()) == 8
    res = runner.invoke(main, ["events", "--db", db, "--country", "Syria", "--since", "2018-02-01"])
    assert res.exit_code == 0 and "Khasham" in res.output


def test_atom_feeds_are_read(tmp_path):
    atom = tmp_path / "wire.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Wire</title>'
        '<entry><title>Attack near Mopti</title><link href="https://example.org/m1"/><updated>2019-03-24T08:00:00Z</updated>'
        '<content type="html">&lt;p&gt;Gunmen attacked the village of Ogossagou near Mopti on Saturday and the '
        "government said that more than 130 people were killed in the attack.&lt;/p&gt;</content></entry></feed>"
    )
    store = open_store(":memory:")
    assert ingest([atom], store, FakePipeline()).added == 1
    (article,) = store.articles()
    assert (article.outlet, article.published.isoformat()) == ("Sahel Wire", "2019-03-24")
    assert article.text.startswith("Gunmen attacked the village of Ogossagou")
