"""The formats the SPARQL endpoint speaks, and which one a request gets.

A SPARQL result is either a table (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE, the service
description), and each kind has its own formats. A client chooses by ``Accept`` with q-values,
or by a ``format`` parameter that wins over ``Accept``, as many public endpoints allow so that a
plain link or a ``curl`` one-liner can ask for CSV. Only the media types registered for each
format are offered: a browser's ``application/xml;q=0.9`` would otherwise win over its
``*/*;q=0.8`` and show it XML instead of the default.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept

FORMATS_NS = "http://www.w3.org/ns/formats/"


@dataclass(frozen=True)
class Format:
    """One serialization: its ``format`` names, the media types that select it, its W3C IRI."""

    names: tuple[str, ...]
    media_types: tuple[str, ...]
    content_type: str
    iri: str
    serializer: ox.QueryResultsFormat | ox.RdfFormat

    @property
    def name(self) -> str:
        return self.names[0]

    def selected_by(self, value: str) -> bool:
        """Whether a ``format`` parameter value (a short name or a media type) names this."""
        value = value.strip().lower()
        return value in self.names or value in self.media_types


RESULTS_FORMATS: tuple[Format, ...] = (
    Format(
        ("json", "srj"),
        ("application/sparql-results+json", "application/json"),
        "application/sparql-results+json",
        FORMATS_NS + "SPARQL_Results_JSON",
        ox.QueryResultsFormat.JSON,
    ),
    Format(
        ("xml", "srx"),
        ("application/sparql-results+xml",),
        "application/sparql-results+xml",
        FORMATS_NS + "SPARQL_Results_XML",
        ox.QueryResultsFormat.XML,
    ),
    Format(
        ("csv",),
        ("text/csv",),
        "text/csv; charset=utf-8",
        FORMATS_NS + "SPARQL_Results_CSV",
        ox.QueryResultsFormat.CSV,
    ),
    Format(
        ("tsv",),
        ("text/tab-separated-values",),
        "text/tab-separated-values; charset=utf-8",
        FORMATS_NS + "SPARQL_Results_TSV",
        ox.QueryResultsFormat.TSV,
    ),
)
"""Formats for SELECT and ASK results; the first is the default."""

GRAPH_FORMATS: tuple[Format, ...] = (
    Format(
        ("turtle", "ttl"),
        ("text/turtle", "application/x-turtle"),
        "text/turtle; charset=utf-8",
        FORMATS_NS + "Turtle",
        ox.RdfFormat.TURTLE,
    ),
    Format(
        ("ntriples", "nt", "n-triples"),
        ("application/n-triples",),
        "application/n-triples",
        FORMATS_NS + "N-Triples",
        ox.RdfFormat.N_TRIPLES,
    ),
    Format(
        ("jsonld", "json-ld", "json"),
        ("application/ld+json", "application/json"),
        "application/ld+json",
        FORMATS_NS + "JSON-LD",
        ox.RdfFormat.JSON_LD,
    ),
    Format(
        ("rdfxml", "rdf", "xml"),
        ("application/rdf+xml",),
        "application/rdf+xml",
        FORMATS_NS + "RDF_XML",
        ox.RdfFormat.RDF_XML,
    ),
)
"""Formats for CONSTRUCT and DESCRIBE results and the service description; the first is the
default."""


class NotAcceptableError(ValueError):
    """No format of the kind the result has satisfies the request."""

    def __init__(self, requested: str, formats: Sequence[Format]) -> None:
        names = ", ".join(f"{f.name} ({f.media_types[0]})" for f in formats)
        super().__init__(f"cannot answer with {requested}; this result is available as: {names}")


FORMATS_BY_NAME: dict[str, Format] = {fmt.name: fmt for fmt in (*RESULTS_FORMATS, *GRAPH_FORMATS)}


def choose_format(formats: Sequence[Format], accept: MIMEAccept, override: str | None) -> Format:
    """The format to answer in: the ``format`` parameter if given, else the best ``Accept``
    match (the server's order breaks ties), else (no ``Accept`` at all) the default. Raises
    NotAcceptableError."""
    if override:
        for candidate in formats:
            if candidate.selected_by(override):
                return candidate
        raise NotAcceptableError(f"format={override!r}", formats)
    if not accept:
        return formats[0]
    best = max(formats, key=lambda f: _format_quality(accept, f))  # the first of equals
    if _format_quality(accept, best) <= 0:
        raise NotAcceptableError(f"Accept: {accept}", formats)
    return best


def prefers_html(formats: Sequence[Format], accept: MIMEAccept) -> bool:
    """Whether the client (a browser) would rather have HTML than any of ``formats``."""
    html = _match(accept, "text/html")[1]
    return html > 0 and all(_format_quality(accept, f) < html for f in formats)


def _format_quality(accept: MIMEAccept, fmt: Format) -> float:
    """How much the client wants ``fmt``, through whichever of its media types the client
    names most specifically: ``application/sparql-results+json;q=0, */*`` refuses SPARQL JSON
    even though ``*/*`` also covers its alias ``application/json``."""
    return max(_match(accept, media_type) for media_type in fmt.media_types)[1]


def _match(accept: MIMEAccept, media_type: str) -> tuple[int, float]:
    """The specificity (-1: none, 0: ``*/*``, 1: ``type/*``, 2: exact) and q-value of the most
    specific range that covers ``media_type``, which RFC 9110 (12.5.1) says decides. Werkzeug's
    own matching takes the first matching range in order of q instead."""
    best = (-1, 0.0)
    kind = media_type.split("/")[0]
    for value, quality in accept:
        media_range = value.split(";")[0].strip().lower()
        if media_range == media_type:
            specificity = 2
        elif media_range == f"{kind}/*":
            specificity = 1
        elif media_range in ("*/*", "*"):
            specificity = 0
        else:
            continue
        best = max(best, (specificity, quality))
    return best
