"""``/def``: the ontology, as documentation for people and as Turtle for programs.

The ontology's terms are hash IRIs in ``https://w3id.org/sso-kg/def#``, so dereferencing any
of them asks for ``/def``: a browser gets pyLODE's HTML documentation (each term an anchor),
an RDF client the Turtle file itself (``Vary: Accept``); ``/def.ttl`` and ``/def.html`` name
one or the other. pyLODE's page carries its own stylesheet inline; the page's
Content-Security-Policy allows exactly that stylesheet, by its hash, and nothing else inline.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading

from flask import Blueprint, Response, request
from rdflib import Graph

from sso_kg.config import ONTOLOGY_NAMESPACE
from sso_kg.resources import ontology_file
from sso_kg.web.guard import HTML_SECURITY_HEADERS
from sso_kg.web.negotiation import GRAPH_FORMATS, prefers_html

_INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL)


def with_term_anchors(page: str) -> str:
    """pyLODE names each term's section after its label ("Awardconferral", "spanstart"), not
    after its IRI's fragment, so ``/def#AwardConferral`` would land nowhere: add an anchor
    with the fragment itself before each section whose id differs from it only in case."""
    graph = Graph().parse(ontology_file(), format="turtle")
    terms = {
        str(s)[len(ONTOLOGY_NAMESPACE) :] for s in graph.subjects() if str(s).startswith(ONTOLOGY_NAMESPACE)
    }
    for term in sorted(terms):
        if f'id="{term}"' in page:
            continue
        match = re.search(rf'id="({re.escape(term)})"', page, re.IGNORECASE)
        if match is None:
            continue
        tag = page.rfind("<", 0, match.start())
        page = page[:tag] + f'<span id="{term}"></span>' + page[tag:]
    return page


class OntologyDocument:
    """The ontology's HTML documentation and the policy that lets it render, made once per
    process (about half a second)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._page: tuple[str, str] | None = None

    def get(self) -> tuple[str, str]:
        """The page, and its Content-Security-Policy: the site's, plus the hashes of the
        page's own inline stylesheets."""
        with self._lock:
            if self._page is None:
                from pylode import OntPub  # imported here: it loads background ontologies

                html = with_term_anchors(OntPub(ontology=str(ontology_file())).make_html())
                hashes = " ".join(
                    "'sha256-"
                    + base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
                    + "'"
                    for style in _INLINE_STYLE.findall(html)
                )
                policy = HTML_SECURITY_HEADERS["Content-Security-Policy"] + f"; style-src 'self' {hashes}"
                self._page = (html, policy)
            return self._page


def ontology_blueprint() -> Blueprint:
    bp = Blueprint("ontology", __name__)
    document = OntologyDocument()

    def as_html() -> Response:
        html, policy = document.get()
        return Response(
            html,
            content_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": policy, "Vary": "Accept"},
        )

    def as_turtle() -> Response:
        return Response(
            ontology_file().read_bytes(),
            content_type=GRAPH_FORMATS[0].content_type,
            headers={"Vary": "Accept"},
        )

    @bp.route("/def")
    def ontology() -> Response:
        if prefers_html(GRAPH_FORMATS[:1], request.accept_mimetypes):
            return as_html()
        return as_turtle()

    @bp.route("/def.html")
    def ontology_html() -> Response:
        return as_html()

    @bp.route("/def.ttl")
    def ontology_turtle() -> Response:
        return as_turtle()

    return bp
