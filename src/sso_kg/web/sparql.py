"""The read-only SPARQL 1.1 Protocol endpoint at ``/sparql``.

A query arrives by GET (``?query=``), by an urlencoded POST form, or as the body of a POST of
``application/sparql-query``; ``default-graph-uri`` and ``named-graph-uri`` set the dataset.
The answer's format follows ``Accept`` or a ``format`` parameter (:mod:`.negotiation`). A GET
without a query describes the service (SPARQL 1.1 Service Description), or shows a browser a
query form. Errors are short plain-text messages, never stack traces.

The endpoint is public and read-only. Before a query reaches Oxigraph it is tokenised (so that
keywords inside string literals, IRIs and comments do not count) to refuse SPARQL Update, and
SERVICE, which would make this server fetch from anywhere. The query then runs where it can be
stopped (:mod:`.executor`): past the time limit it gets a 422, past the row limit its answer
is cut and says so in an ``X-SPARQL-MaxRows`` header, as Virtuoso's does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Request, Response, current_app, render_template, request, url_for
from werkzeug.exceptions import (
    BadRequest,
    Forbidden,
    HTTPException,
    NotAcceptable,
    RequestEntityTooLarge,
    UnsupportedMediaType,
)

from sso_kg.config import ONTOLOGY_NAMESPACE
from sso_kg.sparql_text import UPDATE_KEYWORDS, QueryShape, inspect_query
from sso_kg.web.executor import QueryFailed, QueryJob, QueryRunner
from sso_kg.web.negotiation import (
    FORMATS_NS,
    GRAPH_FORMATS,
    RESULTS_FORMATS,
    Format,
    NotAcceptableError,
    choose_format,
    prefers_html,
)

READ_ONLY = "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...) is not accepted"

PREFIXES = {
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sso": ONTOLOGY_NAMESPACE,
}
"""The profile's prefixes: declared in Turtle answers, and in the example queries."""

PROLOGUE = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())

_VARIABLE = re.compile(r"\?(\w+)\b")


def bind(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with each variable in ``bindings`` replaced by its term, as Oxigraph writes
    the term: an IRI it has parsed and checked, or a literal it has escaped, so no text from a
    request ever reaches the query as text. (Oxigraph's own substitutions, SEP-0007, are
    applied after the query is planned: a join that starts from the bound resource is then
    planned as if it were unbound, and a province's page took 16 s instead of 0.5 s.)"""
    return _VARIABLE.sub(lambda m: str(bindings[m.group(1)]) if m.group(1) in bindings else m.group(0), query)


"""The same prefixes as a query's prologue."""

SD = "http://www.w3.org/ns/sparql-service-description#"

MAX_QUERY_LENGTH = 100_000
"""Characters a query may have: generous for a hand-written or generated query, short of abuse."""


@dataclass(frozen=True)
class Example:
    """A query worth showing a newcomer, titled in Thai and English; ``slug`` names its saved
    query's stable URL, ``/queries/{slug}``."""

    slug: str
    title_th: str
    title_en: str
    query: str


def _example(slug: str, title_th: str, title_en: str, body: str) -> Example:
    return Example(slug, title_th, title_en, PROLOGUE + "\n" + body.strip() + "\n")


EXAMPLES: tuple[Example, ...] = (
    _example(
        "latest-releases",
        "ข่าวประชาสัมพันธ์ล่าสุด",
        "Latest press releases",
        """
SELECT ?release ?date ?headline WHERE {
  ?release a schema:NewsArticle ; schema:headline ?headline .
  OPTIONAL { ?release schema:datePublished ?date }
}
ORDER BY DESC(?date) LIMIT 20""",
    ),
    _example(
        "people-and-posts",
        "บุคคลและตำแหน่ง",
        "People and their posts",
        """
SELECT ?name ?post (COUNT(DISTINCT ?release) AS ?releases) WHERE {
  ?membership a org:Membership ; org:member ?person ; rdfs:label ?post ;
              prov:wasDerivedFrom ?release .
  ?person schema:name ?name .
}
GROUP BY ?name ?post ORDER BY DESC(?releases) LIMIT 50""",
    ),
    _example(
        "sso-officials",
        "ผู้บริหารสำนักงานประกันสังคมตามช่วงเวลา",
        "Officials of the Social Security Office over time",
        """
SELECT ?date ?name ?post ?release WHERE {
  ?membership org:organization ?sso ; org:member/schema:name ?name ; rdfs:label ?post ;
              prov:wasDerivedFrom ?release .
  ?sso skos:altLabel "สปส."@th .
  OPTIONAL { ?release schema:datePublished ?date }
}
ORDER BY DESC(?date) LIMIT 100""",
    ),
    _example(
        "most-mentioned-organizations",
        "หน่วยงานที่ถูกกล่าวถึงบ่อยที่สุด",
        "Most mentioned organizations",
        """
SELECT ?organization ?label (COUNT(DISTINCT ?release) AS ?releases) WHERE {
  ?release schema:mentions ?organization .
  ?organization a org:Organization ; skos:prefLabel ?label .
  FILTER(LANG(?label) = "th")
}
GROUP BY ?organization ?label ORDER BY DESC(?releases) LIMIT 20""",
    ),
    _example(
        "awards-conferred",
        "รางวัลที่มอบให้",
        "Awards conferred",
        """
SELECT ?award ?recipient ?year WHERE {
  ?conferral a sso:AwardConferral ; sso:award/skos:prefLabel ?award .
  OPTIONAL { ?conferral sso:recipient/(skos:prefLabel|schema:name) ?recipient }
  OPTIONAL { ?conferral sso:year ?year }
}
ORDER BY DESC(?year) LIMIT 50""",
    ),
    _example(
        "events-by-province",
        "เหตุการณ์ในแต่ละจังหวัด",
        "Events by province and month",
        """
SELECT ?province ?month (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event a schema:Event ; schema:startDate ?date ;
         schema:location/schema:containedInPlace/schema:name ?province .
  FILTER(LANG(?province) = "th")
  BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
}
GROUP BY ?province ?month ORDER BY DESC(?month) DESC(?events) LIMIT 50""",
    ),
)

# -- reading the request ----------------------------------------------------------------------


@dataclass(frozen=True)
class QueryRequest:
    """What a protocol request asks: a query (None: describe the service) and its dataset."""

    query: str | None
    default_graphs: list[str]
    named_graphs: list[str]

    @property
    def sets_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def read_query_request(req: Request) -> QueryRequest:
    """Read the query operation of the SPARQL 1.1 Protocol from ``req``, refusing updates.

    The query sits in the URL (GET), the form (POST urlencoded) or the body (POST
    sparql-query); the dataset parameters are taken from the URL or the form alike.
    """
    if req.mimetype == "application/sparql-update" or "update" in req.values:
        raise Forbidden(READ_ONLY)
    if req.method == "GET":
        queries = req.args.getlist("query")
    elif req.mimetype == "application/x-www-form-urlencoded":
        queries = req.form.getlist("query")
        if not queries:
            raise BadRequest("no query: send it in the 'query' field of the form")
    elif req.mimetype == "application/sparql-query":
        queries = [_decode_body(req)]
    else:
        raise UnsupportedMediaType(
            "POST a query as application/x-www-form-urlencoded (query=...) or as application/sparql-query"
        )
    if len(queries) > 1:
        raise BadRequest("give exactly one 'query' parameter")
    if queries and len(queries[0]) > MAX_QUERY_LENGTH:
        raise RequestEntityTooLarge(
            f"the query is {len(queries[0]):,} characters long; "
            f"this endpoint takes up to {MAX_QUERY_LENGTH:,}"
        )
    return QueryRequest(
        query=queries[0] if queries else None,
        default_graphs=req.values.getlist("default-graph-uri"),
        named_graphs=req.values.getlist("named-graph-uri"),
    )


def _decode_body(req: Request) -> str:
    charset = req.mimetype_params.get("charset", "utf-8")
    try:
        return req.get_data().decode(charset)
    except (LookupError, UnicodeDecodeError) as error:
        raise BadRequest(f"the query body is not valid {charset}: {error}") from error


def check_query(shape: QueryShape, operation: QueryRequest, has_graph: Callable[[str], bool]) -> None:
    """Refuse what a public read-only endpoint must not run, and whatever would read data from
    elsewhere: a federated query, or a dataset naming a graph this store does not hold (other
    SPARQL stores fetch such a graph from the web)."""
    if shape.form in UPDATE_KEYWORDS:
        raise BadRequest(f"{shape.form} is a SPARQL Update operation, not a query; {READ_ONLY}")
    if "SERVICE" in shape.keywords:
        raise BadRequest("SERVICE (federated query) is not allowed on this endpoint")
    for where, iris in (
        ("default-graph-uri", operation.default_graphs),
        ("named-graph-uri", operation.named_graphs),
        ("FROM", shape.dataset),
    ):
        for iri in iris:
            try:
                ox.NamedNode(iri)
            except ValueError as error:
                raise BadRequest(f"invalid graph IRI in {where}: {error}") from None
            if not has_graph(iri):
                raise BadRequest(
                    f"{where} <{iri}>: this endpoint reads no data from elsewhere, and holds no such "
                    "graph; its graphs are listed by SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"
                )


# -- answering --------------------------------------------------------------------------------


def service_description(endpoint: str) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of this endpoint."""
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service, dataset, graph = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    return [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        *(
            ox.Triple(service, sd("resultFormat"), ox.NamedNode(fmt.iri))
            for fmt in (*RESULTS_FORMATS, *GRAPH_FORMATS)
        ),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, rdf_type, sd("Graph")),
    ]


def _plain(message: str, status: int) -> Response:
    return Response(message.rstrip() + "\n", status=status, content_type="text/plain; charset=utf-8")


def negotiate(formats: tuple[Format, ...], override: str | None) -> Format:
    try:
        return choose_format(formats, request.accept_mimetypes, override)
    except NotAcceptableError as error:
        raise NotAcceptable(str(error)) from error


GRAPH_FORMS = frozenset({"CONSTRUCT", "DESCRIBE"})


def sparql_blueprint(queries: QueryRunner, has_graph: Callable[[str], bool]) -> Blueprint:
    """The ``/sparql`` endpoint, its queries answered by ``queries``; ``has_graph`` says which
    graph IRIs a query's dataset may name."""
    bp = Blueprint("sparql", __name__)

    @bp.route("/sparql", methods=["GET", "POST"])
    def endpoint() -> Response:
        operation = read_query_request(request)
        override = request.values.get("format")
        if operation.query is None:
            return describe_service(override)
        shape = inspect_query(operation.query)
        check_query(shape, operation, has_graph)
        fmt = negotiate(GRAPH_FORMATS if shape.form in GRAPH_FORMS else RESULTS_FORMATS, override)
        job = QueryJob(
            operation.query,
            fmt.name,
            default_graphs=tuple(operation.default_graphs) if operation.sets_dataset else None,
            named_graphs=tuple(operation.named_graphs) if operation.sets_dataset else None,
            prefixes=tuple(PREFIXES.items()),
        )
        try:
            answer = queries.run(job)
        except QueryFailed as failure:
            return _plain(failure.message, failure.status)
        headers = {"Vary": "Accept"}
        if answer.truncated:
            headers["X-SPARQL-MaxRows"] = str(queries.row_limit)
        return Response(answer.body, content_type=fmt.content_type, headers=headers)

    def describe_service(override: str | None) -> Response:
        if not override and prefers_html(GRAPH_FORMATS, request.accept_mimetypes):
            return Response(render_template("sparql.html", examples=EXAMPLES), headers={"Vary": "Accept"})
        fmt = negotiate(GRAPH_FORMATS, override)
        endpoint_iri = url_for("sparql.endpoint", _external=True)
        prefixes = {"sd": SD, "formats": FORMATS_NS}
        body = ox.serialize(service_description(endpoint_iri), format=fmt.serializer, prefixes=prefixes)
        return Response(body, content_type=fmt.content_type, headers={"Vary": "Accept"})

    @bp.after_request
    def allow_any_origin(response: Response) -> Response:
        """Public open data: any web page may query the endpoint."""
        response.headers["Access-Control-Allow-Origin"] = "*"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        return response

    @bp.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        return _plain(error.description or error.name, error.code or 500)

    @bp.errorhandler(Exception)
    def unexpected_error(error: Exception) -> Response:
        current_app.logger.exception("SPARQL query failed")
        return _plain(f"the query could not be answered: {type(error).__name__}", 500)

    return bp
