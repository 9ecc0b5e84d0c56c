"""IRIs are stable, readable and ASCII."""

from __future__ import annotations

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
