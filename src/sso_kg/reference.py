"""The shared descriptions: the ontology, the agency gazetteer, the provinces and the award
schemes as RDF.

They live in graphs of their own (``{base}/graph/ontology``, ``…/agencies``, ``…/provinces``,
``…/awards``), rewritten on every ingest from the reviewed files in ``ontology/`` and ``data/``,
so that a correction to the gazetteer reaches the store without touching any release graph.
"""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import ORG, SKOS

from .award_schemes import AwardConcept, load_award_schemes
from .extract.places import load_provinces
from .gazetteer import load_gazetteer
from .iris import Minter
from .links import link_graph, link_graph_name, mapping_sets
from .mapping import SCHEMA, new_graph, text_literal
from .resources import ontology_file


def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_file(), format="turtle")
    return graph


AGENCY_KINDS: dict[str, tuple[str, str]] = {
    "ministry": ("กระทรวง", "Ministry"),
    "department": ("ส่วนราชการระดับกรม", "Department"),
    "office": ("สำนักงาน", "Office"),
    "state_enterprise": ("รัฐวิสาหกิจ", "State enterprise"),
    "public_organization": ("องค์การมหาชน", "Public organization"),
    "independent_agency": ("องค์กรอิสระ", "Independent agency"),
    "committee": ("คณะกรรมการ", "Committee"),
    "council": ("สภา", "Council"),
    "other": ("หน่วยงานอื่น", "Other body"),
}
"""The gazetteer's ``kind`` column as a SKOS scheme, each agency's ``org:classification``:
what lets a client (and the browse page) tell the ministries from their departments."""


def agencies_graph(minter: Minter) -> Graph:
    graph = new_graph()
    scheme = URIRef(minter.agency_kind(None))
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((scheme, SKOS.prefLabel, Literal("ประเภทหน่วยงาน", lang="th")))
    graph.add((scheme, SKOS.prefLabel, Literal("Kinds of agency", lang="en")))
    for kind, (label_th, label_en) in AGENCY_KINDS.items():
        concept = URIRef(minter.agency_kind(kind))
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, scheme))
        graph.add((concept, SKOS.prefLabel, Literal(label_th, lang="th")))
        graph.add((concept, SKOS.prefLabel, Literal(label_en, lang="en")))
    for agency in load_gazetteer().agencies.values():
        node = URIRef(minter.agency(agency.id))
        graph.add((node, RDF.type, ORG.Organization))
        graph.add((node, RDF.type, SCHEMA.GovernmentOrganization))
        graph.add((node, SKOS.prefLabel, Literal(agency.name_th, lang="th")))
        if agency.name_en:
            graph.add((node, SKOS.prefLabel, Literal(agency.name_en, lang="en")))
        for label in (*agency.abbreviations, *agency.other_names):
            graph.add((node, SKOS.altLabel, text_literal(label)))
        if agency.parent:
            graph.add((node, ORG.subOrganizationOf, URIRef(minter.agency(agency.parent))))
        graph.add((node, ORG.classification, URIRef(minter.agency_kind(agency.kind))))
    return graph


def provinces_graph(minter: Minter) -> Graph:
    graph = new_graph()
    for province in load_provinces().values():
        node = URIRef(minter.province(province.code))
        graph.add((node, RDF.type, SCHEMA.AdministrativeArea))
        graph.add((node, SCHEMA.identifier, Literal(province.code)))
        graph.add((node, SCHEMA.name, Literal(province.name_th, lang="th")))
        graph.add((node, SCHEMA.name, Literal(province.name_en, lang="en")))
        for alias in province.aliases_th:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="th")))
        for alias in province.aliases_en:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    return graph


def awards_graph(minter: Minter) -> Graph:
    """The award schemes of ``data/awards.csv``: each award a ``skos:ConceptScheme`` of its own,
    the award its top concept, each category and level in it, ``skos:broader`` its branch."""
    schemes = load_award_schemes()
    graph = new_graph()
    for concept in schemes.concepts.values():
        award = schemes.award_of(concept)
        scheme = URIRef(minter.award_scheme(award.label_th))
        if concept is award:
            node = URIRef(minter.award(award.label_th))
            graph.add((scheme, RDF.type, SKOS.ConceptScheme))
            graph.add((scheme, SKOS.prefLabel, Literal(award.label_th, lang="th")))
            if award.label_en:
                graph.add((scheme, SKOS.prefLabel, Literal(award.label_en, lang="en")))
            graph.add((scheme, SKOS.hasTopConcept, node))
            graph.add((node, SKOS.topConceptOf, scheme))
        else:
            node = URIRef(_award_concept_iri(minter, award.label_th, concept))
            parent = schemes.concepts[concept.broader or award.id]
            graph.add((node, SKOS.broader, URIRef(_award_concept_iri(minter, award.label_th, parent))))
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.inScheme, scheme))
        graph.add((node, SKOS.prefLabel, Literal(concept.label_th, lang="th")))
        if concept.label_en:
            graph.add((node, SKOS.prefLabel, Literal(concept.label_en, lang="en")))
        for form in concept.forms:
            graph.add((node, SKOS.altLabel, text_literal(form)))
    return graph


def _award_concept_iri(minter: Minter, award: str, concept: AwardConcept) -> str:
    if concept.facet == "award":
        return minter.award(award)
    return minter.award_concept(award, concept.facet, concept.label_th)


def reference_graphs(minter: Minter) -> list[tuple[str, Graph]]:
    """Every shared graph, named."""
    return [
        (minter.graph("ontology"), ontology_graph()),
        (minter.graph("agencies"), agencies_graph(minter)),
        (minter.graph("provinces"), provinces_graph(minter)),
        (minter.graph("awards"), awards_graph(minter)),
        *((link_graph_name(minter, links), link_graph(links, minter)) for links in mapping_sets()),
    ]
