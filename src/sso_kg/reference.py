"""The shared descriptions: the ontology, the agency gazetteer and the provinces as RDF.

They live in graphs of their own (``{base}/graph/ontology``, ``…/agencies``, ``…/provinces``),
rewritten on every ingest from the reviewed files in ``ontology/`` and ``data/``, so that a
correction to the gazetteer reaches the store without touching any release graph.
"""

from __future__ import annotations

import csv
from functools import cache

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import ORG, SKOS

from .gazetteer import agencies
from .iris import Minter
from .mapping import SCHEMA, new_graph, text_literal
from .resources import data_file, ontology_file


@cache
def province_rows() -> tuple[dict[str, str], ...]:
    with data_file("provinces.csv").open(encoding="utf-8", newline="") as rows:
        return tuple(csv.DictReader(rows))


def province_name(code: str) -> str:
    """The Thai name of a province by its ISO 3166-2 code."""
    for row in province_rows():
        if row["code"] == code:
            return row["name_th"]
    raise KeyError(code)


def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_file(), format="turtle")
    return graph


def agencies_graph(minter: Minter) -> Graph:
    graph = new_graph()
    for agency in agencies():
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
    return graph


def provinces_graph(minter: Minter) -> Graph:
    graph = new_graph()
    for row in province_rows():
        node = URIRef(minter.province(row["code"]))
        graph.add((node, RDF.type, SCHEMA.AdministrativeArea))
        graph.add((node, SCHEMA.identifier, Literal(row["code"])))
        graph.add((node, SCHEMA.name, Literal(row["name_th"], lang="th")))
        if row.get("name_en"):
            graph.add((node, SCHEMA.name, Literal(row["name_en"], lang="en")))
        for alias in filter(None, (row.get("aliases_th") or "").split("|")):
            graph.add((node, SKOS.altLabel, Literal(alias, lang="th")))
    return graph


def reference_graphs(minter: Minter) -> list[tuple[str, Graph]]:
    """Every shared graph, named."""
    return [
        (minter.graph("ontology"), ontology_graph()),
        (minter.graph("agencies"), agencies_graph(minter)),
        (minter.graph("provinces"), provinces_graph(minter)),
    ]
