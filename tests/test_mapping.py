"""Mapping to RDF: every graph it builds passes the gate, whatever the extractors hand it."""

from __future__ import annotations

import datetime as dt

from rdflib import RDF
from rdflib.namespace import ORG, SKOS

from sso_kg.extract.model import (
    AwardMention,
    EventMention,
    Extraction,
    OrganizationMention,
    PersonMention,
    PostMention,
    Span,
)
from sso_kg.iris import Minter
from sso_kg.mapping import SCHEMA, SSO, release_graph
from sso_kg.release import Release
from sso_kg.validation import validate_graph

MINT = Minter("https://example.org/kg")
RELEASE = Release(id="r1", text="หัวข้อ\nเนื้อข่าว", title="หัวข้อ", date=dt.date(2020, 10, 21))


def test_post_whose_organization_is_not_a_name_links_no_organization() -> None:
    post = PostMention("รมว.ยุติธรรมฯ", "รัฐมนตรีว่าการ", "ฯ", Span(0, 5))
    graph = release_graph(
        RELEASE, Extraction(persons=[PersonMention("สมศักดิ์ เทพสุทิน", "นาย", Span(0, 5), [post])]), MINT
    )
    assert validate_graph(graph).conforms
    assert list(graph.objects(None, ORG.organization)) == []


def test_two_spellings_of_one_name_give_one_preferred_label() -> None:
    orgs = [OrganizationMention("Thai Airways", Span(0, 3)), OrganizationMention("THAI AIRWAYS", Span(5, 8))]
    graph = release_graph(RELEASE, Extraction(organizations=orgs), MINT)
    assert validate_graph(graph).conforms
    node = next(graph.subjects(SKOS.prefLabel, None))
    assert len(list(graph.objects(node, SKOS.prefLabel))) == 1
    assert {str(o) for o in graph.objects(node, SKOS.altLabel)} == {"THAI AIRWAYS"}


def test_a_graph_that_breaks_a_shape_is_reported() -> None:
    event = EventMention(dt.date(2020, 10, 21), "x", Span(3, 2))  # one-letter name, span backwards
    report = validate_graph(release_graph(RELEASE, Extraction(events=[event]), MINT))
    assert not report.conforms
    assert "an event has exactly one name" in report.reason
    assert any("ends after it starts" in m for m in report.messages)


def test_a_unit_is_a_sub_organization_of_the_agency_it_is_written_with() -> None:
    unit = OrganizationMention("กองคลัง สำนักงานปลัดกระทรวงมหาดไทย", Span(0, 5), parent_agency_id="moi-ops")
    graph = release_graph(RELEASE, Extraction(organizations=[unit]), MINT)
    assert validate_graph(graph).conforms
    [(node, parent)] = list(graph.subject_objects(ORG.subOrganizationOf))
    assert str(parent) == MINT.agency("moi-ops")
    assert str(node) == MINT.organization("กองคลัง สำนักงานปลัดกระทรวงมหาดไทย")


def test_a_royal_is_named_by_the_name_and_by_the_whole_style() -> None:
    royal = PersonMention("สิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง", "สมเด็จพระนางเจ้า", Span(0, 5))
    commoner = PersonMention("สมศักดิ์ เทพสุทิน", "นาย", Span(0, 5))
    graph = release_graph(RELEASE, Extraction(persons=[royal, commoner]), MINT)
    assert validate_graph(graph).conforms
    names = {str(o) for o in graph.objects(None, SCHEMA.name)}
    assert "สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง" in names
    assert "สิริกิติ์ พระบรมราชินีนาถ พระบรมราชชนนีพันปีหลวง" in names
    assert "นายสมศักดิ์ เทพสุทิน" not in names


def test_a_place_that_names_no_award_is_its_own_releases_contests_award() -> None:
    def award_of(release_id: str, award: str) -> str:
        release = Release(id=release_id, text="หัวข้อ\nเนื้อข่าว", title="หัวข้อ", date=dt.date(2020, 10, 21))
        extraction = Extraction(awards=[AwardMention(award, Span(0, 5), category="เยาวชน")])
        graph = release_graph(release, extraction, MINT)
        assert validate_graph(graph).conforms
        return str(next(graph.objects(None, SSO.award)))

    assert award_of("r1", "รางวัลชนะเลิศ") != award_of("r2", "รางวัลชนะเลิศ")
    assert award_of("r1", "รางวัลชนะเลิศ").startswith(MINT.contest_award("r1", "รางวัลชนะเลิศ"))
    assert award_of("r1", "รางวัลเพชรในเพลง") == award_of("r2", "รางวัลเพชรในเพลง")


def test_a_province_that_won_is_the_recipient_and_a_team_an_organization() -> None:
    extraction = Extraction(
        awards=[
            AwardMention("รางวัลจังหวัดสะอาด", Span(0, 5), level="ชนะเลิศ", recipient="จังหวัดลำพูน"),
            AwardMention("รางวัลชมเชย", Span(0, 5), recipient="ทีมโพนสวางฟิล์ม"),
        ]
    )
    graph = release_graph(RELEASE, extraction, MINT)
    assert validate_graph(graph).conforms
    recipients = set(graph.objects(None, SSO.recipient))
    assert MINT.province("TH-51") in {str(r) for r in recipients}
    kinds = {
        kind
        for r in recipients
        for kind in (SCHEMA.AdministrativeArea, ORG.Organization)
        if (r, RDF.type, kind) in graph
    }
    assert kinds == {SCHEMA.AdministrativeArea, ORG.Organization}
