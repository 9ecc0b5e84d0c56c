"""The รางวัลเลิศรัฐ scheme in ``data/awards.csv``: the file's integrity, resolving what releases
write to its concepts, and what the graph states about it."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from sso_kg.award_schemes import FACETS, load_award_schemes
from sso_kg.extract.model import AwardMention, Extraction, OrganizationMention, Span
from sso_kg.iris import Minter
from sso_kg.mapping import SSO, release_graph
from sso_kg.reference import awards_graph
from sso_kg.release import Release
from sso_kg.resources import data_file
from sso_kg.validation import validate_graph

BASE = "https://w3id.org/sso-kg"


def test_every_row_is_whole_and_its_broader_exists() -> None:
    schemes = load_award_schemes()
    assert schemes.concepts, "data/awards.csv is empty"
    for concept in schemes.concepts.values():
        assert concept.facet in FACETS
        assert concept.label_th
        assert (concept.broader is None) == (concept.facet == "award"), concept.id
        if concept.broader:
            assert concept.broader in schemes.concepts, concept.id
            assert schemes.concepts[concept.broader].facet in ("award", "category")
    forms = [(schemes.award_of(c).id, c.facet, f) for c in schemes.concepts.values() for f in c.written_forms]
    assert len(forms) == len(set(forms)), "a written form names two concepts"


def test_every_row_names_its_source() -> None:
    with data_file("awards.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert row["source"].strip(), row["id"]


PSEA = "รางวัลเลิศรัฐ"


@pytest.mark.parametrize(
    ("facet", "written", "expected"),
    [  # as releases of the corpus write them
        ("category", "บริการภาครัฐ", "service"),
        ("category", "การบริการภาครัฐ", "service"),
        ("category", "รางวัลบริการภาครัฐ", "service"),
        ("category", "คุณภาพการบริหารจัดการภาครัฐ 4.0", "pmqa"),
        ("category", "การบริหารราชการเเบบมีส่วนร่วม", "participation"),  # เเ typed for แ
        ("category", "นวัตกรรมบริการระดับดี", "service-innovation"),  # the level glued on
        ("category", "สัมฤทธิ์ผลประชาชนมีส่วนร่วม", "participation-effective-change"),
        ("category", "ทัศนศิลป์", None),
        ("level", "ดีเด่น", "outstanding"),
        ("level", "ก้าวหน้า (Advance)", "advance"),
        ("level", "ดีมาก", None),  # not a level of the scheme, though it starts like one
        ("level", "ดีเด่นและระดับดี", None),  # two levels: neither
    ],
)
def test_written_forms_resolve_to_the_schemes_concepts(
    facet: str, written: str, expected: str | None
) -> None:
    schemes = load_award_schemes()
    award = schemes.award(PSEA)
    assert award is not None
    resolved = schemes.resolve(award, facet, written)
    assert (resolved.id if resolved else None) == expected


def _conferral_graph(category: str, level: str) -> Graph:
    text = "ข่าว\nสำนักงานประกันสังคมได้รับรางวัลเลิศรัฐ"
    release = Release(id="r1", text=text, title="ข่าว", date=dt.date(2023, 9, 7))
    award = AwardMention(PSEA, Span(19, 32), category, level, 2023, "สำนักงานประกันสังคม")
    extraction = Extraction(
        organizations=[OrganizationMention("สำนักงานประกันสังคม", Span(5, 24))], awards=[award]
    )
    return release_graph(release, extraction, Minter(BASE))


def test_two_spellings_of_a_category_are_one_concept_of_the_scheme() -> None:
    one = _conferral_graph("บริการภาครัฐ", "ดี")
    other = _conferral_graph("รางวัลการบริการภาครัฐ", "ดี")
    [a] = one.objects(None, SSO.category)
    [b] = other.objects(None, SSO.category)
    assert a == b
    scheme = awards_graph(Minter(BASE))
    assert (a, SKOS.inScheme, URIRef(Minter(BASE).award_scheme(PSEA))) in scheme
    assert (a, SKOS.broader, URIRef(Minter(BASE).award(PSEA))) in scheme
    assert validate_graph(one).conforms


def test_a_category_outside_the_scheme_is_the_texts_own_under_the_award() -> None:
    graph = _conferral_graph("รางวัลพิเศษสานพลังร่วมใจ", "ดี")
    [category] = graph.objects(None, SSO.category)
    assert (category, SKOS.broader, URIRef(Minter(BASE).award(PSEA))) in graph
    assert (category, SKOS.inScheme, None) not in awards_graph(Minter(BASE))


def test_the_awards_graph_is_a_scheme_with_its_award_on_top() -> None:
    minter = Minter(BASE)
    graph = awards_graph(minter)
    scheme = URIRef(minter.award_scheme(PSEA))
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert (scheme, SKOS.hasTopConcept, URIRef(minter.award(PSEA))) in graph
    types = set(graph.subjects(SKOS.broader, URIRef(minter.award_concept(PSEA, "category", "บริการภาครัฐ"))))
    assert URIRef(minter.award_concept(PSEA, "category", "พัฒนาการบริการ")) in types
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        assert len({label.language for label in graph.objects(concept, SKOS.prefLabel)}) == len(
            list(graph.objects(concept, SKOS.prefLabel))
        )
