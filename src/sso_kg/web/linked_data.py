"""Dereferenceable IRIs: every ``{base}/id/…`` the graph mints answers over HTTP.

The pattern is the W3C's "Cool URIs for the Semantic Web" 303 recipe, as DBpedia uses it: an
identifier names a thing (a person, an agency), not a document, so ``GET /id/person/x`` answers
``303 See Other`` with the document that describes it, chosen by ``Accept`` (``Vary: Accept``):

- ``/doc/person/x``         the page, for a browser (and any client asking for HTML);
- ``/doc/person/x.ttl``     Turtle, ``.nt`` N-Triples, ``.jsonld`` JSON-LD, ``.rdf`` RDF/XML.

``/doc/person/x`` without a suffix negotiates too. Hash IRIs would have spared the redirect,
but the IRIs are published already as slash IRIs, and with hash IRIs every person's page would
have to be one document with every other's.

A description is what the merge states about the resource: its own statements, the blank nodes
they lead to, and the statements that point at it (at most :data:`INBOUND_LIMIT`: an agency is
mentioned by thousands of releases, and the SPARQL endpoint answers for all of them). Named
graphs dereference too: ``/graph/release/x`` is the release's graph, as the dumps hold it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, abort, redirect, request, url_for

from sso_kg.store import GraphStore
from sso_kg.web.negotiation import GRAPH_FORMATS, Format, prefers_html
from sso_kg.web.sparql import PREFIXES, negotiate

INBOUND_LIMIT = 1000
"""Statements pointing at a resource that its description includes."""

EXTENSIONS: dict[str, Format] = {
    "ttl": GRAPH_FORMATS[0],
    "nt": GRAPH_FORMATS[1],
    "jsonld": GRAPH_FORMATS[2],
    "rdf": GRAPH_FORMATS[3],
}
"""The suffix of each RDF document, by format (the order of ``GRAPH_FORMATS``)."""

_SAFE_PATH = re.compile(r"[A-Za-z0-9._~/-]+")
FOAF = "http://xmlns.com/foaf/0.1/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DOCUMENT_PREFIXES = {**PREFIXES, "foaf": FOAF, "dcterms": "http://purl.org/dc/terms/"}


@dataclass(frozen=True)
class DocumentPath:
    """A ``/doc/`` path taken apart: the identifier's path and the suffix asked for."""

    path: str
    suffix: str | None

    @classmethod
    def parse(cls, path: str) -> DocumentPath:
        stem, dot, suffix = path.rpartition(".")
        if dot and (suffix in EXTENSIONS or suffix == "html"):
            return cls(stem, suffix)
        return cls(path, None)


class Identifiers:
    """Maps between the IRIs the graph mints and the paths this server answers at."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    def iri(self, area: str, path: str) -> ox.NamedNode:
        """The IRI of ``/{area}/{path}`` (area ``id`` or ``graph``); 404 for a path no minted
        IRI can have."""
        if not _SAFE_PATH.fullmatch(path) or "//" in path or ".." in path:
            abort(404)
        return ox.NamedNode(f"{self.base}/{area}/{path}")

    def local_path(self, iri: str) -> str | None:
        """The path of this server's page for ``iri``, or None when it is not one of ours."""
        if iri.startswith(self.base + "/id/"):
            return "/doc/" + iri[len(self.base) + 4 :]
        if iri.startswith(self.base + "/graph/"):
            return iri[len(self.base) :]
        return None

    def href(self, iri: str) -> str:
        """Where a link to ``iri`` goes: our page for our IRIs, the IRI itself otherwise."""
        return self.local_path(iri) or iri


def exists(store: GraphStore, node: ox.NamedNode) -> bool:
    """Whether the graph says anything about ``node``, or points at it."""
    return next(store.triples(node, limit=1), None) is not None or (
        next(store.triples(obj=node, limit=1), None) is not None
    )


def description(store: GraphStore, node: ox.NamedNode) -> Iterator[ox.Triple]:
    """The resource's statements, the blank nodes they lead to, and the statements pointing
    at it (at most :data:`INBOUND_LIMIT`)."""
    seen_blank: set[ox.BlankNode] = set()
    pending: list[ox.NamedNode | ox.BlankNode] = [node]
    while pending:
        subject = pending.pop()
        for triple in store.triples(subject):
            yield triple
            if isinstance(triple.object, ox.BlankNode) and triple.object not in seen_blank:
                seen_blank.add(triple.object)
                pending.append(triple.object)
    yield from store.triples(obj=node, limit=INBOUND_LIMIT)


def document_triples(store: GraphStore, node: ox.NamedNode, document: str) -> list[ox.Triple]:
    """The RDF document about ``node``: its description, and what the document is."""
    doc = ox.NamedNode(document)
    return [
        ox.Triple(doc, RDF_TYPE, ox.NamedNode(FOAF + "Document")),
        ox.Triple(doc, ox.NamedNode(FOAF + "primaryTopic"), node),
        *description(store, node),
    ]


def alternates(path: str) -> list[tuple[str, Format]]:
    """Each RDF document of the resource at ``/doc/{path}``: its URL and format."""
    return [(url_for("linked_data.document", path=f"{path}.{ext}"), fmt) for ext, fmt in EXTENSIONS.items()]


def link_header(path: str) -> str:
    return ", ".join(
        f'<{url}>; rel="alternate"; type="{fmt.media_types[0]}"' for url, fmt in alternates(path)
    )


def serialize(triples: list[ox.Triple], fmt: Format) -> bytes:
    return ox.serialize(triples, format=fmt.serializer, prefixes=DOCUMENT_PREFIXES)


def linked_data_blueprint(
    store: GraphStore, identifiers: Identifiers, render_page: Callable[[ox.NamedNode, str], str]
) -> Blueprint:
    """``/id/…`` (303 to a document), ``/doc/…`` (page or RDF) and ``/graph/…`` (a graph).

    ``render_page(node, path)`` returns the HTML page of a resource (:mod:`.pages`).
    """
    bp = Blueprint("linked_data", __name__)

    def known(area: str, path: str) -> ox.NamedNode:
        node = identifiers.iri(area, path)
        if not exists(store, node):
            abort(404, f"nothing is known about {node.value}")
        return node

    @bp.route("/id/<path:path>")
    def identifier(path: str) -> Response:
        known("id", path)
        if prefers_html(GRAPH_FORMATS, request.accept_mimetypes):
            target = url_for("linked_data.document", path=path)
        else:
            fmt = negotiate(GRAPH_FORMATS, None)
            ext = next(ext for ext, candidate in EXTENSIONS.items() if candidate is fmt)
            target = url_for("linked_data.document", path=f"{path}.{ext}")
        response = redirect(target, code=303)
        response.headers["Vary"] = "Accept"
        return response

    @bp.route("/doc/<path:path>")
    def document(path: str) -> Response:
        asked = DocumentPath.parse(path)
        node = known("id", asked.path)
        headers = {"Link": link_header(asked.path)}
        if asked.suffix is None:
            headers["Vary"] = "Accept"
            if prefers_html(GRAPH_FORMATS, request.accept_mimetypes):
                return Response(render_page(node, asked.path), headers=headers)
            fmt = negotiate(GRAPH_FORMATS, None)
        elif asked.suffix == "html":
            return Response(render_page(node, asked.path), headers=headers)
        else:
            fmt = EXTENSIONS[asked.suffix]
        triples = document_triples(store, node, request.base_url)
        return Response(serialize(triples, fmt), content_type=fmt.content_type, headers=headers)

    @bp.route("/graph/<path:path>")
    def graph(path: str) -> Response:
        node = identifiers.iri("graph", path)
        if not store.has_graph(node.value):
            abort(404, f"this store holds no graph {node.value}")
        if path.startswith("release/") and prefers_html(GRAPH_FORMATS, request.accept_mimetypes):
            # A release's graph and its IRI share their last segment (Minter.release_graph).
            return redirect(url_for("linked_data.document", path=path), code=303)
        fmt = negotiate(GRAPH_FORMATS, request.values.get("format"))
        triples = [quad.triple for quad in store.quads(node.value)]
        body = ox.serialize(triples, format=fmt.serializer, prefixes=DOCUMENT_PREFIXES)
        return Response(body, content_type=fmt.content_type, headers={"Vary": "Accept"})

    return bp
