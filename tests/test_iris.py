"""IRIs are stable, readable and ASCII."""

from __future__ import annotations

import importlib

from pythainlp.transliterate import romanize

from sso_kg.iris import Minter, release_slug

MINT = Minter("https://example.org/kg/")


def test_same_name_same_iri_across_spacing() -> None:
    a = MINT.person("บุญสงค์ ทัพชัยยุทธ์")
    assert a == MINT.person("บุญสงค์  ทัพชัยยุทธ์ ")
    assert a.startswith("https://example.org/kg/id/person/bunsong-thapchaiyut-")
    assert a.isascii()


def test_different_names_differ_and_kinds_differ() -> None:
    assert MINT.person("สุชาติ ชมกลิ่น") != MINT.person("สุชาติ ชมกลิ่นทอง")
    assert MINT.organization("กระทรวงแรงงาน") != MINT.role("กระทรวงแรงงาน")


def test_a_family_name_with_and_without_its_city_is_one_person() -> None:
    # "ณ อยุธยา" after a family name is often left out; a family name that is "ณ อยุธยา" is not.
    assert MINT.person("จิรุตถ์ อิศรางกูร ณ อยุธยา") == MINT.person("จิรุตถ์ อิศรางกูร")
    assert MINT.person("สมชาย ณ อยุธยา") != MINT.person("สมชาย")


def test_places_of_one_contest_are_two_awards_whatever_digits_they_are_written_in() -> None:
    # Found by the corpus ingest: "อันดับที่ ๑" and "อันดับที่ ๒" romanised to one slug.
    first = MINT.contest_award("thaigov-69501", "รางวัลรองชนะเลิศอันดับที่ ๑")
    assert first != MINT.contest_award("thaigov-69501", "รางวัลรองชนะเลิศอันดับที่ ๒")
    assert first.isascii()


def test_english_names_are_slugged() -> None:
    iri = MINT.person("Prayut Chan-o-cha")
    assert "/id/person/prayut-chan-o-cha-" in iri


def test_release_iris() -> None:
    assert MINT.release("thaigov-36132") == "https://example.org/kg/id/release/thaigov-36132"
    assert MINT.release_graph("thaigov-36132") == "https://example.org/kg/graph/release/thaigov-36132"
    unsafe = release_slug("ข่าว 1")
    assert unsafe.isascii() and unsafe != release_slug("ข่าว 2")


def test_facts_depend_on_release_and_content() -> None:
    a = MINT.fact("membership", "r1", "บุญสงค์ ทัพชัยยุทธ์", "เลขาธิการสำนักงานประกันสังคม")
    assert a == MINT.fact("membership", "r1", "บุญสงค์ ทัพชัยยุทธ์", "เลขาธิการสำนักงานประกันสังคม")
    assert a != MINT.fact("membership", "r2", "บุญสงค์ ทัพชัยยุทธ์", "เลขาธิการสำนักงานประกันสังคม")


# Real names of the corpus: agencies that share words, family names with clusters and silent
# letters, a word the royin engine separates with "a" (a two-consonant word after a closed one).
NAMES = [
    "สำนักงานประกันสังคม",
    "สำนักงานประกันสังคมจังหวัดนนทบุรี",
    "กรมการจัดหางาน",
    "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
    "บุญสงค์ ทัพชัยยุทธ์",
    "วิภาดา คุณาวิกติกุล",
    "ภูธเรศ คงรักษ์",
    "สิริวัณณวรี นารีรัตนราชกัญญา",
    "พระเทพปัญญาโมลี",
    "ศูนย์ปฏิบัติการต่อต้านอาชญากรรมออนไลน์",
    "โรงพยาบาลค่ายประจักษ์ศิลปาคม",
    "ทรงศักดิ์ ตติยรัตน์",
    "สมรรถภาพ",
    "ห",
]


def test_cached_royin_romanises_as_royin_does(monkeypatch) -> None:
    """iris caches two per-word steps of pythainlp's royin engine for speed: IRIs must not change."""
    royin = importlib.import_module("pythainlp.transliterate.royin")
    assert hasattr(royin._romanize, "cache_info") and hasattr(royin._replace_vowels, "cache_info")
    cached = [romanize(name, engine="royin") for name in NAMES * 2]  # the second round from the cache
    for step in ("_replace_vowels", "_romanize"):
        monkeypatch.setattr(royin, step, getattr(royin, step).__wrapped__)
    assert [romanize(name, engine="royin") for name in NAMES * 2] == cached
    assert cached[0] == "samnaknganprakansangkm"  # royin's own reading, kept in every IRI
