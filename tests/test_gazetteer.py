"""The embedded gazetteer: build from installed packages, open fast, look up, import dumps safely."""

from __future__ import annotations

import hashlib
import shutil
import zipfile

import pytest

from warlog.errors import GazetteerError
from warlog.gazetteer import Gazetteer, import_geonames
from warlog.geo_names import loose_key, name_key


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()  # builds into the session's temp data dir on first use


@pytest.fixture()
def index_copy(gazetteer, tmp_path):
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer.path, path)
    return path


def dump_row(gid, name, lat, lon, cc="BF", fclass="P", fcode="PPL", admin1="78", alternates="", pop=0):
    cols = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        fcode,
        cc,
        "",
        admin1,
        "",
        "",
        "",
        str(pop),
        "",
        "300",
        "Africa/Ouagadougou",
        "2020-01-01",
    ]
    return "\t".join(cols) + "\n"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_an_index_reads_it_in_place(gazetteer):
    """Opened, not loaded: the file is untouched and no place is read until asked for (the time to
    open is measured by bench/bench_gazetteer.py, never asserted here)."""
    before = (gazetteer.path.stat().st_mtime_ns, digest(gazetteer.path))
    g = Gazetteer.open(gazetteer.path)
    try:
        assert g.candidates.cache_info().currsize == 0 and g._admin1 is None and not g._admin2
    finally:
        g.close()
    assert (gazetteer.path.stat().st_mtime_ns, digest(gazetteer.path)) == before


def test_index_holds_countries_admin_units_and_towns(gazetteer):
    stats = gazetteer.stats()
    assert int(stats["count_places"]) > 200_000
    assert gazetteer.country("SY").name == "Syria" and gazetteer.country("KE").iso3 == "KEN"


@pytest.mark.parametrize("spelling", ["Deir Ezzor", "Deir ez-Zor", "DEIR EZ-ZOR"])
def test_news_spellings_share_the_key_of_the_province(gazetteer, spelling):
    codes = {(e.feature_code, e.country_code) for e, _ in gazetteer.candidates(name_key(spelling))}
    assert ("ADM1", "SY") in codes


def test_loose_key_joins_transliterations():
    assert loose_key("Dayr az Zawr") == loose_key("Deir Ezzor")
    assert loose_key("Khasham") == loose_key("Khushām")


@pytest.mark.parametrize(
    "country, admin1, name",
    [("SY", "07", "Deir ez-Zor"), ("KE", "05", "Nairobi"), ("BF", "08", "Est"), ("BJ", "08", "Atacora")],
)
def test_admin1_names_as_conflict_datasets_write_them(gazetteer, country, admin1, name):
    assert gazetteer.admin1_name(country, admin1) == name


def test_import_adds_a_village_from_a_dump(index_copy, tmp_path):
    dump = tmp_path / "BF.txt"
    dump.write_text(dump_row(99000001, "Zorgotenga", 12.5, -0.5, alternates="Zorgo-Tenga"), encoding="utf-8")
    stats = import_geonames(dump, path=index_copy)
    assert stats["places"] == 1
    gaz = Gazetteer.open(index_copy)
    assert [e.geonameid for e, _ in gaz.candidates(name_key("Zorgo-Tenga"))] == [99000001]


def test_import_reads_a_zipped_dump(index_copy, tmp_path):
    archive = tmp_path / "BF.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("BF.txt", dump_row(99000002, "Kolongotenga", 12.1, -1.2))
        zf.writestr("readme.txt", "not data")
    assert import_geonames(archive, path=index_copy)["places"] == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ("99000003\tBroken\t12.0\n", "line 2: expected 19"),
        (dump_row(99000004, "Nowhere", 12.0, -1.0, cc="QQ"), "line 2: unknown country code 'QQ'"),
        (dump_row(99000005, "Far", 123.0, -1.0), "coordinates out of range"),
        ("<html>not found</html>\n", "line 2: expected 19"),
    ],
)
def test_bad_dump_names_file_and_line_and_keeps_the_index(index_copy, tmp_path, content, message):
    before = digest(index_copy)
    dump = tmp_path / "BF.txt"
    dump.write_text(dump_row(99000006, "Fine", 12.0, -1.0) + content, encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        import_geonames(dump, path=index_copy)
    assert message in str(err.value) and "BF.txt" in str(err.value)
    assert digest(index_copy) == before
    assert not list(tmp_path.glob("gazetteer.sqlite.*.tmp"))


def test_truncated_zip_is_a_clear_error(index_copy, tmp_path):
    archive = tmp_path / "BF.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("BF.txt", dump_row(99000007, "Cut", 12.0, -1.0) * 200)
    archive.write_bytes(archive.read_bytes()[:300])
    before = digest(index_copy)
    with pytest.raises(GazetteerError, match="BF.zip"):
        import_geonames(archive, path=index_copy)
    assert digest(index_copy) == before


def test_admin1_codes_file(index_copy, tmp_path):
    codes = tmp_path / "admin1CodesASCII.txt"
    codes.write_text("BF.99\tTest Region\tTest Region\t99000008\n", encoding="utf-8")
    assert import_geonames(codes, path=index_copy)["admin1"] == 1
    assert Gazetteer.open(index_copy).admin1_name("BF", "99") == "Test Region"


def test_missing_index_without_build_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Gazetteer.open(tmp_path / "absent.sqlite", build_if_missing=False)


def test_cli_info_and_import_error(gazetteer, index_copy, tmp_path):
    from click.testing import CliRunner

    from warlog.cli import main

    out = CliRunner().invoke(main, ["gazetteer", "info", "--path", str(gazetteer.path)])
    assert out.exit_code == 0 and '"count_places"' in out.output
    bad = tmp_path / "KE.txt"
    bad.write_text("not\ta\tdump\n", encoding="utf-8")
    before = digest(index_copy)
    out = CliRunner().invoke(main, ["gazetteer", "import", str(bad), "--path", str(index_copy)])
    assert out.exit_code != 0 and "KE.txt: line 1" in out.output
    assert digest(index_copy) == before


def test_an_admin2_unit_without_linked_towns_is_still_placed_in_its_admin1(gazetteer):
    units = [e for e, _kind in gazetteer.candidates("poni") if e.feature_code == "ADM2"]
    assert units and gazetteer.admin1_name(units[0].country_code, units[0].admin1_code) == "Sud-Ouest"
