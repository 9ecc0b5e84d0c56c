"""Links to other datasets, read from the reviewed SSSOM mapping tables in ``data/mappings/``.

SSSOM (Simple Standard for Sharing Ontological Mappings) is the standard for such tables: one
row a mapping, with its justification, confidence and source, and a YAML header whose
``curie_map`` expands the row's CURIEs. Each table becomes a graph of its own,
``{base}/graph/links/{table}``, which the VoID description publishes as a linkset (or, for
literal mappings such as province codes, a subset). Subjects are re-minted under the
configured base: the tables name them under the default one.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from .iris import Minter
from .mapping import new_graph
from .resources import data_file

SUFFIX = ".sssom.tsv"
DOPA_CODE = URIRef("https://w3id.org/sso-kg/def#DOPACode")
"""The datatype of a province's DOPA code, its only literal mapping (``skos:notation``): SKOS
types a notation by the code list it comes from."""
NOTATION = "http://www.w3.org/2004/02/skos/core#notation"


@dataclass(frozen=True)
class Mapping:
    subject: str
    """The subject's local id: an ISO 3166-2 code or a gazetteer id."""
    kind: str
    """``province`` or ``org``: which of our IRIs the subject is."""
    predicate: str
    object: str
    """An IRI, or a literal's text when ``literal``."""
    literal: bool
    confidence: float


@dataclass
class MappingSet:
    """One SSSOM table."""

    name: str
    path: Path
    title: str
    license: str
    mappings: list[Mapping] = field(default_factory=list)

    @property
    def is_linkset(self) -> bool:
        """Whether it links to another dataset's IRIs (a VoID linkset), not to literals."""
        return any(not m.literal for m in self.mappings)

    @property
    def object_namespace(self) -> str | None:
        """The namespace the links point into (``http://www.wikidata.org/entity/``)."""
        iris = [m.object for m in self.mappings if not m.literal]
        return iris[0].rsplit("/", 1)[0] + "/" if iris else None


_KINDS = {"https://w3id.org/sso-kg/id/province/": "province", "https://w3id.org/sso-kg/id/org/": "org"}


def read_mapping_set(path: Path) -> MappingSet:
    """Read an SSSOM TSV table (header comments, then tab-separated rows)."""
    header: dict[str, str] = {}
    curies: dict[str, str] = {}
    rows: list[str] = []
    in_curie_map = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            rows.append(line)
            continue
        body = line[1:]
        if body.startswith("  ") and in_curie_map:
            prefix, _, iri = body.strip().partition(":")
            curies[prefix.strip()] = iri.strip()
            continue
        in_curie_map = body.strip() == "curie_map:"
        key, _, value = body.strip().partition(":")
        header[key.strip()] = value.strip()

    def expand(curie: str) -> str:
        prefix, _, local = curie.partition(":")
        if prefix not in curies:
            raise ValueError(f"{path.name}: {curie!r} uses a prefix the curie_map lacks")
        return curies[prefix] + local

    mapping_set = MappingSet(
        path.name.removesuffix(SUFFIX), path, header.get("mapping_set_title", ""), header.get("license", "")
    )
    for row in csv.DictReader(rows, delimiter="\t"):
        subject = expand(row["subject_id"])
        namespace = next((ns for ns in _KINDS if subject.startswith(ns)), None)
        if namespace is None:
            raise ValueError(f"{path.name}: {row['subject_id']} is not a province or agency of ours")
        literal = row.get("object_type", "").strip() == "rdfs literal"
        mapping_set.mappings.append(
            Mapping(
                subject=subject.removeprefix(namespace),
                kind=_KINDS[namespace],
                predicate=expand(row["predicate_id"]),
                object=row["object_label"] if literal else expand(row["object_id"]),
                literal=literal,
                confidence=float(row["confidence"]),
            )
        )
    return mapping_set


@cache
def mapping_sets() -> tuple[MappingSet, ...]:
    """Every table in ``data/mappings/``, by name."""
    directory = data_file("mappings")
    return tuple(read_mapping_set(path) for path in sorted(directory.glob("*" + SUFFIX)))


def link_graph(mapping_set: MappingSet, minter: Minter) -> Graph:
    graph = new_graph()
    for m in mapping_set.mappings:
        subject = URIRef(minter.province(m.subject) if m.kind == "province" else minter.agency(m.subject))
        if m.literal:
            datatype = DOPA_CODE if m.kind == "province" and m.predicate == NOTATION else None
            graph.add((subject, URIRef(m.predicate), Literal(m.object, datatype=datatype)))
        else:
            graph.add((subject, URIRef(m.predicate), URIRef(m.object)))
    return graph


def link_graph_name(minter: Minter, mapping_set: MappingSet) -> str:
    return minter.graph(f"links/{mapping_set.name}")
