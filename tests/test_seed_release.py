"""The seed release, end to end through `sso-kg extract`: what issue #2 says it must state."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

SEED = Path(__file__).resolve().parent.parent / "data" / "releases" / "sso-2023-09-07-lertrat-award.txt"
PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX sso: <https://w3id.org/sso-kg/def#>
"""


@pytest.fixture(scope="module")
def seed() -> Graph:
    """The seed's graph, as the real CLI prints it (it exits 1 if SHACL fails)."""
    done = subprocess.run(
        [sys.executable, "-m", "sso_kg.cli", "extract", str(SEED), "--base", "https://example.org/kg"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    graph = Graph()
    graph.parse(data=done.stdout, format="turtle")
    return graph


def ask(graph: Graph, where: str) -> bool:
    return bool(graph.query(PREFIXES + "ASK {" + where + "}").askAnswer)


def test_release(seed: Graph) -> None:
    assert ask(
        seed,
        """?r a schema:NewsArticle ; schema:identifier "sso-2023-09-07-lertrat-award" ;
        schema:headline ?h . FILTER(STRSTARTS(STR(?h), "ประกันสังคม คว้ารางวัลเลิศรัฐ"))""",
    )


def test_sso_with_abbreviation_under_ministry_of_labour(seed: Graph) -> None:
    assert ask(
        seed,
        """?r schema:mentions ?sso .
        ?sso a org:Organization ; skos:prefLabel "สำนักงานประกันสังคม"@th ; skos:altLabel "สปส."@th ;
             org:subOrganizationOf ?mol .
        ?r schema:mentions ?mol . ?mol skos:prefLabel "กระทรวงแรงงาน"@th""",
    )


def test_secretary_general(seed: Graph) -> None:
    assert ask(
        seed,
        """?p a schema:Person ; schema:name "บุญสงค์ ทัพชัยยุทธ์"@th ; schema:honorificPrefix "นาย"@th .
        ?m a org:Membership ; org:member ?p ; rdfs:label "เลขาธิการสำนักงานประกันสังคม"@th ;
           org:organization/skos:prefLabel "สำนักงานประกันสังคม"@th ;
           org:role/skos:prefLabel ?role ; prov:wasDerivedFrom ?r . ?r a schema:NewsArticle""",
    )


def test_acting_adviser(seed: Graph) -> None:
    assert ask(
        seed,
        """?p schema:name "นันทินี ทรัพย์ศิริ"@th ; schema:honorificPrefix "นางสาว"@th .
        ?m org:member ?p ; rdfs:label "ที่ปรึกษาด้านประสิทธิภาพสำนักงานประกันสังคม"@th ; sso:acting true""",
    )


def test_presenter_with_stacked_titles(seed: Graph) -> None:
    assert ask(
        seed,
        """?p a schema:Person ; schema:name "วิษณุ เครืองาม"@th ;
        schema:honorificPrefix "ศาสตราจารย์กิตติคุณ ดร."@th""",
    )


def test_opdc(seed: Graph) -> None:
    assert ask(
        seed,
        """?r schema:mentions ?o .
        ?o skos:prefLabel "สำนักงานคณะกรรมการพัฒนาระบบราชการ"@th ; skos:altLabel "ก.พ.ร."@th""",
    )


def test_award_conferral(seed: Graph) -> None:
    """The text's "ประเภทรางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 ระดับก้าวหน้า (Advance)" is
    resolved to the concepts of the รางวัลเลิศรัฐ scheme (data/awards.csv)."""
    assert ask(
        seed,
        """?r schema:mentions ?c .
        ?c a sso:AwardConferral ; sso:award/skos:prefLabel "รางวัลเลิศรัฐ"@th ;
           sso:category/skos:prefLabel "คุณภาพการบริหารจัดการภาครัฐ"@th ;
           sso:level/skos:prefLabel "ก้าวหน้า"@th ;
           sso:year "2023"^^xsd:gYear ;
           sso:recipient/skos:prefLabel "สำนักงานประกันสังคม"@th""",
    )


def test_ceremony_event_in_nonthaburi(seed: Graph) -> None:
    assert ask(
        seed,
        """?r schema:mentions ?e .
        ?e a schema:Event ; schema:startDate "2023-09-07"^^xsd:date ; schema:location ?place .
        ?place schema:name ?venue ; schema:containedInPlace ?province .
        ?province schema:identifier "TH-12" ; schema:name "นนทบุรี"@th .
        FILTER(CONTAINS(STR(?venue), "อิมแพคฟอรั่ม") && CONTAINS(STR(?venue), "เมืองทองธานี"))""",
    )
    assert ask(
        seed, """?r schema:mentions ?p . ?p a schema:AdministrativeArea ; schema:identifier "TH-12" """
    )


def test_every_fact_has_provenance(seed: Graph) -> None:
    assert not ask(
        seed,
        """?f a ?kind . VALUES ?kind { org:Membership schema:Event sso:AwardConferral }
        FILTER NOT EXISTS { ?f prov:wasDerivedFrom ?r ; sso:spanStart ?s ; sso:spanEnd ?e }""",
    )
