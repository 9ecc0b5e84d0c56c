"""The agency gazetteer: the CSV is well-formed, and lookups and the scan find what they should."""

from __future__ import annotations

import csv

import pytest

from sso_kg.gazetteer import KINDS, Agency, Gazetteer, load_gazetteer, name_key
from sso_kg.resources import data_file

COLUMNS = ["id", "name_th", "name_en", "abbr", "other_names", "parent", "kind", "source"]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with data_file("agencies.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def test_ids_are_unique_ascii_slugs(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(i and i.isascii() and i == i.lower() and " " not in i for i in ids)


def test_every_parent_exists_and_ministries_have_none(rows):
    ids = {r["id"] for r in rows}
    for r in rows:
        assert not r["parent"] or r["parent"] in ids, r["id"]
        if r["kind"] == "ministry":
            assert not r["parent"], r["id"]


def test_every_row_has_a_name_a_known_kind_and_a_source(rows):
    for r in rows:
        assert r["name_th"].strip(), r["id"]
        assert r["kind"] in KINDS, r["id"]
        assert r["source"].strip(), r["id"]


def test_no_name_belongs_to_two_rows(rows):
    owner: dict[str, str] = {}
    for r in rows:
        names = [r["name_th"], r["name_en"], *r["other_names"].split("|")]
        for name in filter(None, (n.strip() for n in names)):
            key = name_key(name)
            assert owner.setdefault(key, r["id"]) == r["id"], f"{name} in {owner[key]} and {r['id']}"


def test_office_of_the_prime_minister_and_the_nineteen_ministries(rows):
    # The Act on Reorganization of Ministries counts twenty ministry-level bodies: the Office of
    # the Prime Minister and nineteen กระทรวง.
    ministries = [r for r in rows if r["kind"] == "ministry"]
    assert len(ministries) == 20
    assert "สำนักนายกรัฐมนตรี" in {r["name_th"] for r in ministries}


def test_lookup_by_name_abbreviation_and_english_name():
    gaz = load_gazetteer()
    assert [a.id for a in gaz.lookup("สำนักงานประกันสังคม")] == ["sso"]
    assert [a.id for a in gaz.lookup("สปส.")] == ["sso"]
    assert [a.id for a in gaz.lookup("Social Security Office")] == ["sso"]
    assert [a.id for a in gaz.lookup("ministry of labour")] == ["mol"]
    assert gaz.get("sso").parent == "mol"


def test_lookup_ignores_spaces_in_names():
    gaz = load_gazetteer()
    assert [a.id for a in gaz.lookup("กระทรวงการอุดมศึกษาวิทยาศาสตร์ วิจัยและนวัตกรรม")] == ["mhesi"]


def test_a_shared_abbreviation_returns_every_owner():
    assert {a.id for a in load_gazetteer().lookup("กพร.")} == {"dsd", "dpim"}


def test_scan_takes_the_longest_name():
    text = "นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม กระทรวงแรงงาน เปิดเผยว่า สำนักงานประกันสังคม (สปส.) มุ่งมั่น"
    hits = load_gazetteer().scan(text)
    assert [(h.surface, h.agency_ids, h.is_abbreviation) for h in hits] == [
        ("สำนักงานประกันสังคม", ("sso",), False),
        ("กระทรวงแรงงาน", ("mol",), False),
        ("สำนักงานประกันสังคม", ("sso",), False),
        ("สปส.", ("sso",), True),
    ]
    assert [h.surface for h in load_gazetteer().scan("ปลัดกระทรวงอุตสาหกรรม")] == ["กระทรวงอุตสาหกรรม"]
    assert [h.surface for h in load_gazetteer().scan("สำนักงานปลัดกระทรวงอุตสาหกรรม")] == [
        "สำนักงานปลัดกระทรวงอุตสาหกรรม"
    ]


def test_latin_abbreviations_are_whole_words_with_their_case():
    gaz = load_gazetteer()
    assert [h.surface for h in gaz.scan("the SSO and the ILO")] == ["SSO", "ILO"]
    assert gaz.scan("ASSOCIATE who set") == []
    assert [h.agency_ids for h in gaz.scan("in accordance with the cabinet's resolution")] == [("cabinet",)]


def test_a_small_gazetteer_is_built_from_records():
    gaz = Gazetteer([Agency("x", "กรมตัวอย่าง", "Example Department", ("กตย.",), (), None, "department")])
    assert [h.agency_ids for h in gaz.scan("อธิบดีกรมตัวอย่าง (กตย.)")] == [("x",), ("x",)]
    assert [a.id for a in gaz.lookup("Example Department")] == ["x"]
