"""The dataset described for harvesters: VoID and DCAT (DCAT-AP style) at ``/.well-known/void``.

One description serves both: the dataset is a ``void:Dataset`` (size, SPARQL endpoint, dumps,
example resources, vocabularies, class partitions, linksets) and a ``dcat:Dataset`` in a
``dcat:Catalog`` (titles and descriptions in Thai and English, publisher, licence, issued and
modified, distributions with byte size and SHA-256, the endpoint as a ``dcat:DataService``),
so that data portals (CKAN's DCAT harvester, data.europa.eu) and linked-data tools read it
alike. Its IRIs are hash IRIs of the description, ``{base}/void#dataset`` and so on; ``/void``
serves the same document.

What it says about the dataset as a whole (titles, publisher, licence) is the deployment's,
in ``data/dataset.toml``; the figures are the store's and the dumps' own.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import pyoxigraph as ox
from flask import Blueprint, Response, request, url_for

from sso_kg.dumps import Manifest
from sso_kg.links import MappingSet, mapping_sets
from sso_kg.resources import data_file
from sso_kg.store import GraphStore
from sso_kg.web.negotiation import GRAPH_FORMATS, prefers_html
from sso_kg.web.sparql import PREFIXES, negotiate

if TYPE_CHECKING:
    from sso_kg.web.app import StoreStatistics

DCAT = "http://www.w3.org/ns/dcat#"
DCTERMS = "http://purl.org/dc/terms/"
VOID = "http://rdfs.org/ns/void#"
FOAF = "http://xmlns.com/foaf/0.1/"
SPDX = "http://spdx.org/rdf/terms#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
IANA = "https://www.iana.org/assignments/media-types/"

VOID_PREFIXES = {
    "void": VOID,
    "dcat": DCAT,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "spdx": SPDX,
    **{k: v for k, v in PREFIXES.items() if k in ("schema", "org", "skos", "xsd")},
}

VOCABULARIES = (
    "https://schema.org/",
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "https://w3id.org/sso-kg/def#",
)
"""The vocabularies the graph uses (the profile's, and the project's own)."""

DUMP_FORMATS = {
    "ttl": ("TURTLE", "text/turtle", "Turtle"),
    "nq": ("NQUADS", "application/n-quads", "N-Quads"),
}
"""A dump's format by its file's inner extension: EU file type, IANA media type, name."""


@dataclass(frozen=True)
class DatasetFacts:
    """What the deployment says about the dataset (``data/dataset.toml``)."""

    title: dict[str, str]
    description: dict[str, str]
    publisher: str
    license_iri: str
    license_title: str
    keywords: dict[str, list[str]]
    languages: list[str]
    spatial: str

    @classmethod
    def read(cls) -> DatasetFacts:
        data = tomllib.loads(data_file("dataset.toml").read_text(encoding="utf-8"))
        return cls(
            title=data["title"],
            description=data["description"],
            publisher=data["publisher"]["name"],
            license_iri=data["license"]["iri"],
            license_title=data["license"]["title"],
            keywords={"th": data["keywords_th"], "en": data["keywords_en"]},
            languages=data["language"],
            spatial=data["spatial"],
        )


def _lit(text: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def _typed(value: str | int, datatype: str) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + datatype))


def void_description(
    *,
    base: str,
    facts: DatasetFacts,
    figures: tuple[int, dict[str, int]],
    manifest: Manifest | None,
    endpoint: str,
    dumps_url: str,
    mappings_url: str,
    examples: list[str],
    link_counts: dict[str, int],
) -> list[ox.Triple]:
    """The VoID/DCAT description, as triples."""
    triples: list[ox.Triple] = []
    doc = f"{base}/void"
    catalog, dataset = ox.NamedNode(doc + "#catalog"), ox.NamedNode(doc + "#dataset")
    publisher, license_ = ox.NamedNode(doc + "#publisher"), ox.NamedNode(facts.license_iri)
    service = ox.NamedNode(doc + "#sparql")

    def add(s: ox.NamedNode | ox.BlankNode, p: str, o: ox.NamedNode | ox.BlankNode | ox.Literal) -> None:
        triples.append(ox.Triple(s, ox.NamedNode(p), o))

    def a(s: ox.NamedNode | ox.BlankNode, *classes: str) -> None:
        for cls in classes:
            triples.append(ox.Triple(s, RDF_TYPE, ox.NamedNode(cls)))

    def titled(s: ox.NamedNode, texts: dict[str, str], predicate: str = DCTERMS + "title") -> None:
        for lang, text in texts.items():
            add(s, predicate, _lit(text, lang))

    modified = _typed(manifest.generated, "dateTime") if manifest else None
    triple_count, classes = figures

    a(publisher, FOAF + "Agent")
    add(publisher, FOAF + "name", _lit(facts.publisher))
    a(license_, DCTERMS + "LicenseDocument")
    add(license_, DCTERMS + "title", _lit(facts.license_title, "en"))

    a(catalog, DCAT + "Catalog")
    titled(catalog, facts.title)
    titled(catalog, facts.description, DCTERMS + "description")
    add(catalog, DCTERMS + "publisher", publisher)
    add(catalog, DCTERMS + "license", license_)
    a(ox.NamedNode(base + "/"), FOAF + "Document")
    add(catalog, FOAF + "homepage", ox.NamedNode(base + "/"))
    add(catalog, DCAT + "dataset", dataset)
    add(catalog, DCAT + "service", service)
    for language in facts.languages:
        a(ox.NamedNode(language), DCTERMS + "LinguisticSystem")
        add(catalog, DCTERMS + "language", ox.NamedNode(language))
    if modified:
        add(catalog, DCTERMS + "modified", modified)

    a(dataset, DCAT + "Dataset", VOID + "Dataset")
    titled(dataset, facts.title)
    titled(dataset, facts.description, DCTERMS + "description")
    add(dataset, DCTERMS + "publisher", publisher)
    add(dataset, DCTERMS + "license", license_)
    for lang, words in facts.keywords.items():
        for word in words:
            add(dataset, DCAT + "keyword", _lit(word, lang))
    for language in facts.languages:
        add(dataset, DCTERMS + "language", ox.NamedNode(language))
    a(ox.NamedNode(facts.spatial), DCTERMS + "Location")
    add(dataset, DCTERMS + "spatial", ox.NamedNode(facts.spatial))
    if modified:
        add(dataset, DCTERMS + "modified", modified)
    add(dataset, VOID + "triples", _typed(triple_count, "integer"))
    add(dataset, VOID + "sparqlEndpoint", ox.NamedNode(endpoint))
    add(dataset, VOID + "uriSpace", _lit(base + "/id/"))
    add(dataset, VOID + "feature", ox.NamedNode("http://www.w3.org/ns/formats/Turtle"))
    for vocabulary in VOCABULARIES:
        add(dataset, VOID + "vocabulary", ox.NamedNode(vocabulary))
    for example in examples:
        add(dataset, VOID + "exampleResource", ox.NamedNode(example))
    for cls, count in classes.items():
        partition = ox.BlankNode()
        add(dataset, VOID + "classPartition", partition)
        add(partition, VOID + "class", ox.NamedNode(cls))
        add(partition, VOID + "entities", _typed(count, "integer"))

    a(service, DCAT + "DataService")
    add(service, DCTERMS + "title", _lit("SPARQL endpoint", "en"))
    add(service, DCTERMS + "title", _lit("จุดสืบค้น SPARQL", "th"))
    add(service, DCAT + "endpointURL", ox.NamedNode(endpoint))
    add(service, DCAT + "endpointDescription", ox.NamedNode(endpoint))
    protocol = ox.NamedNode("https://www.w3.org/TR/sparql11-protocol/")
    a(protocol, DCTERMS + "Standard")
    add(service, DCTERMS + "conformsTo", protocol)
    add(service, DCAT + "servesDataset", dataset)
    add(service, DCTERMS + "license", license_)

    for dump in manifest.files if manifest else []:
        kind = DUMP_FORMATS.get(dump.name.removesuffix(".gz").rsplit(".", 1)[-1])
        if kind is None:
            continue
        file_type, media_type, name = kind
        download = ox.NamedNode(f"{dumps_url}{dump.name}")
        distribution = ox.NamedNode(f"{doc}#dump-{dump.name.replace('.', '-')}")
        add(dataset, DCAT + "distribution", distribution)
        add(dataset, VOID + "dataDump", download)
        a(distribution, DCAT + "Distribution")
        add(distribution, DCTERMS + "title", _lit(f"{name} dump (gzip)", "en"))
        add(distribution, DCTERMS + "description", _lit(f"The whole graph as {name}, gzipped.", "en"))
        add(distribution, DCAT + "accessURL", ox.NamedNode(dumps_url))
        add(distribution, DCAT + "downloadURL", download)
        add(distribution, DCTERMS + "license", license_)
        add(distribution, DCAT + "byteSize", _typed(dump.byte_size, "nonNegativeInteger"))
        media = ox.NamedNode(IANA + media_type)
        a(media, DCTERMS + "MediaType")
        add(distribution, DCAT + "mediaType", media)
        fmt = ox.NamedNode(EU_FILE_TYPE + file_type)
        a(fmt, DCTERMS + "MediaTypeOrExtent")
        add(distribution, DCTERMS + "format", fmt)
        gzip = ox.NamedNode(IANA + "application/gzip")
        a(gzip, DCTERMS + "MediaType")
        add(distribution, DCAT + "compressFormat", gzip)
        checksum = ox.BlankNode()
        add(distribution, SPDX + "checksum", checksum)
        a(checksum, SPDX + "Checksum")
        sha256 = ox.NamedNode(SPDX + "checksumAlgorithm_sha256")
        a(sha256, SPDX + "ChecksumAlgorithm")
        add(checksum, SPDX + "algorithm", sha256)
        add(checksum, SPDX + "checksumValue", _typed(dump.sha256, "hexBinary"))
        if modified:
            add(distribution, DCTERMS + "modified", modified)

    for mapping_set in mapping_sets():
        subset = ox.NamedNode(f"{doc}#{mapping_set.name}")
        add(dataset, VOID + "subset", subset)
        if mapping_set.is_linkset:
            a(subset, VOID + "Linkset")
            add(subset, VOID + "subjectsTarget", dataset)
            target = ox.NamedNode(f"{doc}#target-{mapping_set.name}")
            a(target, VOID + "Dataset")
            add(target, VOID + "uriSpace", _lit(mapping_set.object_namespace or ""))
            add(subset, VOID + "objectsTarget", target)
            for predicate in sorted({m.predicate for m in mapping_set.mappings}):
                add(subset, VOID + "linkPredicate", ox.NamedNode(predicate))
        else:
            a(subset, VOID + "Dataset")
        add(subset, DCTERMS + "title", _lit(mapping_set.title, "en"))
        add(subset, DCTERMS + "source", ox.NamedNode(f"{mappings_url}{mapping_set.path.name}"))
        add(subset, VOID + "triples", _typed(link_counts.get(mapping_set.name, 0), "integer"))
        if mapping_set.license:
            add(subset, DCTERMS + "license", ox.NamedNode(mapping_set.license))
    return sorted(set(triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


EXAMPLE_QUERY = """SELECT ?release WHERE { ?release a <https://schema.org/NewsArticle> ;
  <https://schema.org/datePublished> ?date } ORDER BY DESC(?date) LIMIT 1"""


def void_blueprint(
    store: GraphStore,
    statistics: StoreStatistics,
    base: str,
    manifest_of: Callable[[], Manifest | None],
    link_graph_of: Callable[[MappingSet], str],
) -> Blueprint:
    """``/.well-known/void`` and ``/void``; ``manifest_of()`` reads the dumps' manifest (read
    at each request: ``sso-kg dump`` may rewrite the dumps of a served store) and
    ``link_graph_of(table)`` names a mapping table's graph; ``/mappings/…`` serves the tables."""
    bp = Blueprint("void", __name__)
    facts = DatasetFacts.read()

    @cache
    def store_facts() -> tuple[list[str], dict[str, int]]:
        """Example resources and linkset sizes: read once, a served store does not change."""
        candidates = [f"{base}/id/org/sso", f"{base}/id/province/TH-10"]
        examples = [
            iri for iri in candidates if next(store.triples(ox.NamedNode(iri), limit=1), None) is not None
        ]
        latest = next(iter(store.query(EXAMPLE_QUERY)), None)
        examples += [latest["release"].value] if latest else []
        links = {m.name: sum(1 for _ in store.quads(link_graph_of(m))) for m in mapping_sets()}
        return examples, links

    @bp.route("/.well-known/void")
    @bp.route("/void")
    def describe() -> Response:
        examples, link_counts = store_facts()
        triples = void_description(
            base=base,
            facts=facts,
            figures=statistics.get(),
            manifest=manifest_of(),
            endpoint=url_for("sparql.endpoint", _external=True),
            dumps_url=url_for("dumps.index", _external=True),
            mappings_url=url_for("home.home", _external=True) + "mappings/",
            examples=examples,
            link_counts=link_counts,
        )
        override = request.values.get("format")
        if not override and prefers_html(GRAPH_FORMATS, request.accept_mimetypes):
            fmt = GRAPH_FORMATS[0]  # a browser is shown the Turtle as text
            body = ox.serialize(triples, format=fmt.serializer, prefixes=VOID_PREFIXES)
            return Response(body, content_type="text/plain; charset=utf-8", headers={"Vary": "Accept"})
        fmt = negotiate(GRAPH_FORMATS, override)
        body = ox.serialize(triples, format=fmt.serializer, prefixes=VOID_PREFIXES)
        return Response(body, content_type=fmt.content_type, headers={"Vary": "Accept"})

    @bp.route("/mappings/<name>")
    def mapping_table(name: str) -> Response:
        table = next((m for m in mapping_sets() if m.path.name == name), None)
        if table is None:
            return Response("no such mapping table\n", status=404, content_type="text/plain; charset=utf-8")
        return Response(table.path.read_bytes(), content_type="text/tab-separated-values; charset=utf-8")

    return bp
