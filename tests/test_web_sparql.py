"""The SPARQL endpoint and the home page, over HTTP against the real app (``live_server``)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest
import requests
from flask import Flask
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from sso_kg.config import Settings
from sso_kg.store import Store
from sso_kg.web import create_app
from sso_kg.web.sparql import EXAMPLES

SCHEMA = Namespace("https://schema.org/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SRX = "{http://www.w3.org/2005/sparql-results#}"

RELEASE = "https://w3id.org/sso-kg/id/release/sso-2023-09-07-lertrat-award"
ORGANIZATION = "https://w3id.org/sso-kg/id/organization/sso-1c0d"
RELEASE_GRAPH = "https://w3id.org/sso-kg/graph/release/sso-2023-09-07-lertrat-award"
GAZETTEER_GRAPH = "https://w3id.org/sso-kg/graph/gazetteer/organizations"

PREFIX = "PREFIX schema: <https://schema.org/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
SELECT_RELEASES = (
    PREFIX + "SELECT ?release ?headline WHERE { ?release a schema:NewsArticle ; schema:headline ?headline }"
)
ASK_RELEASE = PREFIX + "ASK { ?release a schema:NewsArticle }"
CONSTRUCT_RELEASES = (
    PREFIX + "CONSTRUCT { ?r schema:headline ?h } WHERE { ?r a schema:NewsArticle ; schema:headline ?h }"
)
DESCRIBE_RELEASE = f"DESCRIBE <{RELEASE}>"
HEADLINE = Literal("สปส. รับรางวัลเลิศรัฐ ประจำปี 2566", lang="th")


def get(base: str, query: str | None = None, **kwargs: object) -> requests.Response:
    params = kwargs.pop("params", {})
    if query is not None:
        params = {"query": query, **params}
    return requests.get(f"{base}/sparql", params=params, timeout=10, **kwargs)


def bound_values(response: requests.Response, variable: str) -> set[str]:
    return {row[variable]["value"] for row in response.json()["results"]["bindings"] if variable in row}


# -- the three ways to send a query ----------------------------------------------------------


def send_get(base: str, query: str) -> requests.Response:
    return get(base, query)


def send_form(base: str, query: str) -> requests.Response:
    return requests.post(f"{base}/sparql", data={"query": query}, timeout=10)


def send_direct(base: str, query: str) -> requests.Response:
    headers = {"Content-Type": "application/sparql-query; charset=utf-8"}
    return requests.post(f"{base}/sparql", data=query.encode("utf-8"), headers=headers, timeout=10)


SENDERS = [send_get, send_form, send_direct]


@pytest.mark.parametrize("send", SENDERS)
def test_each_request_form_answers_a_select(live_server: str, send) -> None:
    response = send(live_server, SELECT_RELEASES)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/sparql-results+json"
    assert bound_values(response, "release") == {RELEASE}
    assert bound_values(response, "headline") == {str(HEADLINE)}


@pytest.mark.parametrize("send", SENDERS)
def test_each_request_form_answers_a_construct(live_server: str, send) -> None:
    response = send(live_server, CONSTRUCT_RELEASES)
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    assert (URIRef(RELEASE), SCHEMA.headline, HEADLINE) in graph


# -- every result format -----------------------------------------------------------------------


def test_select_as_json(live_server: str) -> None:
    response = get(live_server, SELECT_RELEASES, headers={"Accept": "application/sparql-results+json"})
    data = json.loads(response.text)
    assert data["head"]["vars"] == ["release", "headline"]
    assert data["results"]["bindings"][0]["headline"]["xml:lang"] == "th"


def test_select_as_xml(live_server: str) -> None:
    response = get(live_server, SELECT_RELEASES, headers={"Accept": "application/sparql-results+xml"})
    assert response.headers["Content-Type"] == "application/sparql-results+xml"
    root = ET.fromstring(response.content)
    uris = [element.text for element in root.iter(f"{SRX}uri")]
    literals = [element.text for element in root.iter(f"{SRX}literal")]
    assert uris == [RELEASE]
    assert literals == [str(HEADLINE)]


def test_select_as_csv(live_server: str) -> None:
    response = get(live_server, SELECT_RELEASES, headers={"Accept": "text/csv"})
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert rows == [{"release": RELEASE, "headline": str(HEADLINE)}]


def test_select_as_tsv(live_server: str) -> None:
    response = get(live_server, SELECT_RELEASES, headers={"Accept": "text/tab-separated-values"})
    assert response.headers["Content-Type"].startswith("text/tab-separated-values")
    text = io.StringIO(response.content.decode("utf-8"))
    rows = list(csv.reader(text, delimiter="\t", quoting=csv.QUOTE_NONE))  # TSV quotes are RDF syntax
    assert rows == [["?release", "?headline"], [f"<{RELEASE}>", f'"{HEADLINE}"@th']]


@pytest.mark.parametrize(
    ("accept", "read"),
    [
        ("application/sparql-results+json", lambda r: r.json()["boolean"]),
        (
            "application/sparql-results+xml",
            lambda r: ET.fromstring(r.content).find(f"{SRX}boolean").text == "true",
        ),
        ("text/csv", lambda r: r.text.strip() == "true"),
        ("text/tab-separated-values", lambda r: r.text.strip() == "true"),
    ],
)
def test_ask_in_each_results_format(live_server: str, accept: str, read) -> None:
    response = get(live_server, ASK_RELEASE, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(accept)
    assert read(response) is True


def test_ask_false(live_server: str) -> None:
    response = get(live_server, PREFIX + "ASK { ?x a schema:Book }")
    assert response.json()["boolean"] is False


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_in_each_rdf_format(live_server: str, accept: str, rdflib_format: str) -> None:
    response = get(live_server, CONSTRUCT_RELEASES, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith(accept)
    graph = Graph().parse(data=response.content, format=rdflib_format)
    assert set(graph) == {(URIRef(RELEASE), SCHEMA.headline, HEADLINE)}


def test_describe(live_server: str) -> None:
    response = get(live_server, DESCRIBE_RELEASE, headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.text, format="turtle")
    assert (URIRef(RELEASE), RDF.type, SCHEMA.NewsArticle) in graph
    assert (URIRef(RELEASE), SCHEMA.mentions, URIRef(ORGANIZATION)) in graph


# -- content negotiation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
        ("application/sparql-results+xml;q=0.1, text/*;q=0.5", "text/csv"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+json;q=0, */*;q=0.2", "application/sparql-results+xml"),
        (
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "application/sparql-results+json",
        ),
    ],
)
def test_accept_with_q_values_picks_the_results_format(
    live_server: str, accept: str | None, expected: str
) -> None:
    response = get(live_server, SELECT_RELEASES, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == expected
    assert "Accept" in response.headers["Vary"]


def test_accept_with_q_values_picks_the_graph_format(live_server: str) -> None:
    accept = "text/turtle;q=0.3, application/ld+json;q=0.8, application/rdf+xml;q=0.5"
    response = get(live_server, CONSTRUCT_RELEASES, headers={"Accept": accept})
    assert response.headers["Content-Type"] == "application/ld+json"


@pytest.mark.parametrize(
    ("query", "fmt", "expected"),
    [
        (SELECT_RELEASES, "csv", "text/csv"),
        (SELECT_RELEASES, "xml", "application/sparql-results+xml"),
        (SELECT_RELEASES, "text/tab-separated-values", "text/tab-separated-values"),
        (CONSTRUCT_RELEASES, "ntriples", "application/n-triples"),
        (CONSTRUCT_RELEASES, "xml", "application/rdf+xml"),
        (CONSTRUCT_RELEASES, "json", "application/ld+json"),
    ],
)
def test_format_parameter_overrides_accept(live_server: str, query: str, fmt: str, expected: str) -> None:
    response = get(live_server, query, params={"format": fmt}, headers={"Accept": "image/png"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == expected


@pytest.mark.parametrize(
    ("query", "headers", "params"),
    [
        (SELECT_RELEASES, {"Accept": "image/png"}, {}),
        (SELECT_RELEASES, {"Accept": "text/turtle"}, {}),
        (CONSTRUCT_RELEASES, {"Accept": "application/sparql-results+json"}, {}),
        (SELECT_RELEASES, {}, {"format": "turtle"}),
        (SELECT_RELEASES, {}, {"format": "pdf"}),
    ],
)
def test_nothing_acceptable_is_406(live_server: str, query: str, headers: dict, params: dict) -> None:
    response = get(live_server, query, headers=headers, params=params)
    assert response.status_code == 406
    assert response.headers["Content-Type"].startswith("text/plain")
    assert "available as" in response.text


# -- service description and form --------------------------------------------------------------


def test_service_description(live_server: str) -> None:
    response = get(live_server, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    service = graph.value(predicate=RDF.type, object=SD.Service)
    assert graph.value(service, SD.endpoint) == URIRef(f"{live_server}/sparql")
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    assert graph.value(graph.value(service, SD.defaultDataset), RDF.type) == SD.Dataset
    formats = set(graph.objects(service, SD.resultFormat))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    assert URIRef("http://www.w3.org/ns/formats/Turtle") in formats
    assert len(formats) == 8


def test_service_description_in_another_rdf_format(live_server: str) -> None:
    response = get(live_server, headers={"Accept": "application/ld+json"})
    graph = Graph().parse(data=response.content, format="json-ld")
    assert (None, SD.endpoint, URIRef(f"{live_server}/sparql")) in graph


def test_browser_gets_the_query_form(live_server: str) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = get(live_server, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert '<html lang="th">' in response.text
    assert '<textarea id="query" name="query"' in response.text


# -- the dataset -------------------------------------------------------------------------------


def test_default_graph_is_the_union(live_server: str) -> None:
    query = PREFIX + "SELECT ?s WHERE { { ?s a schema:NewsArticle } UNION { ?s skos:altLabel ?l } }"
    assert bound_values(get(live_server, query), "s") == {RELEASE, ORGANIZATION}


def test_default_graph_uri_sets_the_default_graph(live_server: str) -> None:
    query = "SELECT ?s WHERE { ?s ?p ?o }"
    response = get(live_server, query, params={"default-graph-uri": GAZETTEER_GRAPH})
    assert bound_values(response, "s") == {ORGANIZATION}


def test_named_graph_uri_sets_the_named_graphs(live_server: str) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = requests.post(
        f"{live_server}/sparql", data={"query": query, "named-graph-uri": RELEASE_GRAPH}, timeout=10
    )
    assert bound_values(response, "g") == {RELEASE_GRAPH}
    only_named = get(live_server, "SELECT ?s WHERE { ?s ?p ?o }", params={"named-graph-uri": RELEASE_GRAPH})
    assert bound_values(only_named, "s") == set()  # the protocol: the default graph is then empty


def test_dataset_parameters_with_a_direct_post(live_server: str) -> None:
    response = requests.post(
        f"{live_server}/sparql",
        params={"default-graph-uri": RELEASE_GRAPH},
        data=PREFIX + "SELECT ?s WHERE { ?s skos:altLabel ?l }",
        headers={"Content-Type": "application/sparql-query"},
        timeout=10,
    )
    assert bound_values(response, "s") == set()


def test_from_in_the_query_is_honoured(live_server: str) -> None:
    query = PREFIX + f"SELECT ?s FROM <{GAZETTEER_GRAPH}> WHERE {{ ?s a ?type }}"
    assert bound_values(get(live_server, query), "s") == {ORGANIZATION}


@pytest.mark.parametrize(
    ("query", "params"),
    [
        ("SELECT * FROM <http://example.org/elsewhere> WHERE { ?s ?p ?o }", {}),
        ("PREFIX ex: <http://example.org/> SELECT * FROM NAMED ex:g WHERE { GRAPH ?g { ?s ?p ?o } }", {}),
        ("SELECT * WHERE { ?s ?p ?o }", {"default-graph-uri": "http://example.org/g"}),
        ("SELECT * WHERE { ?s ?p ?o }", {"named-graph-uri": "http://example.org/g"}),
    ],
)
def test_a_dataset_naming_a_graph_from_elsewhere_is_refused(
    live_server: str, query: str, params: dict[str, str]
) -> None:
    response = get(live_server, query, params=params)
    assert response.status_code == 400
    assert "reads no data from elsewhere" in response.text


def test_invalid_graph_iri_is_400(live_server: str) -> None:
    response = get(live_server, SELECT_RELEASES, params={"default-graph-uri": "not an iri"})
    assert response.status_code == 400
    assert "invalid graph IRI" in response.text


# -- errors and refusals -----------------------------------------------------------------------


@pytest.mark.parametrize("send", SENDERS)
def test_malformed_query_is_400_with_the_parser_message(live_server: str, send) -> None:
    response = send(live_server, "SELECT ?s WHERE { ?s ?p ")
    assert response.status_code == 400
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text.startswith("malformed query: error at 1:")
    assert "Traceback" not in response.text


UPDATE = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"


@pytest.mark.parametrize(
    "send_update",
    [
        lambda base: requests.post(f"{base}/sparql", data={"update": UPDATE}, timeout=10),
        lambda base: requests.post(
            f"{base}/sparql", data=UPDATE, headers={"Content-Type": "application/sparql-update"}, timeout=10
        ),
        lambda base: requests.get(f"{base}/sparql", params={"update": UPDATE}, timeout=10),
    ],
    ids=["form-update-field", "sparql-update-body", "get-update-parameter"],
)
def test_update_operations_are_refused(live_server: str, send_update) -> None:
    response = send_update(live_server)
    assert response.status_code == 403
    assert "read-only" in response.text


@pytest.mark.parametrize("send", SENDERS)
@pytest.mark.parametrize(
    "update",
    [
        UPDATE,
        "PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }",
        "WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        "DROP GRAPH <http://example.org/g>",
    ],
)
def test_update_sent_as_a_query_is_refused(live_server: str, send, update: str) -> None:
    response = send(live_server, update)
    assert response.status_code == 400
    assert "read-only" in response.text


def test_the_store_is_unchanged_after_refused_updates(live_server: str) -> None:
    response = get(live_server, "ASK { <http://example.org/a> ?p ?o }")
    assert response.json()["boolean"] is False


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/sparql", "/sparql?graph=urn:x:g", "/sparql?default", "/graph-store"])
def test_graph_store_protocol_writes_are_refused(live_server: str, method: str, path: str) -> None:
    """The Graph Store Protocol writes with PUT, DELETE and POST of RDF: none is taken."""
    response = requests.request(
        method, f"{live_server}{path}", data="<urn:x:s> <urn:x:p> <urn:x:o> .",
        headers={"Content-Type": "application/n-triples"}, timeout=10,
    )  # fmt: skip
    assert response.status_code in (404, 405)
    posted = requests.post(
        f"{live_server}/sparql?graph=urn:x:g", data="<urn:x:s> <urn:x:p> <urn:x:o> .",
        headers={"Content-Type": "application/n-triples"}, timeout=10,
    )  # fmt: skip
    assert posted.status_code == 415
    assert not get(live_server, "ASK { <urn:x:s> ?p ?o }").json()["boolean"]


@pytest.mark.parametrize("send", SENDERS)
def test_load_is_refused(live_server: str, send) -> None:
    response = send(live_server, "LOAD <http://example.org/data.ttl>")
    assert response.status_code == 400
    assert "LOAD" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o .SERVICE<http://example.org/sparql>{?s ?p ?o} }",
        "SELECT * WHERE { ?s ?p 'x' SERVICE ?endpoint { ?s ?p ?o } }",
        "SELECT * WHERE { FILTER(?a<?b) SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(live_server: str, query: str) -> None:
    response = get(live_server, query)
    assert response.status_code == 400
    assert "SERVICE" in response.text


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p ?o FILTER(?o != "SERVICE <http://example.org/> { }") }',
        "SELECT * WHERE { ?s ?p ?o FILTER(?o != '''LOAD and\nSERVICE''') }",
        "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
        "PREFIX service: <http://example.org/>\nSELECT * WHERE { ?s service:SERVICE ?o }",
        "SELECT ?service WHERE { ?service ?p ?o }  # SERVICE in a comment",
        'SELECT * WHERE { ?s ?p "a \\" SERVICE \\" b"@th }',
    ],
)
def test_service_as_text_is_not_refused(live_server: str, query: str) -> None:
    response = get(live_server, query)
    assert response.status_code == 200, response.text


def test_unsupported_post_type_is_415(live_server: str) -> None:
    response = requests.post(
        f"{live_server}/sparql", data=SELECT_RELEASES, headers={"Content-Type": "text/plain"}, timeout=10
    )
    assert response.status_code == 415


def test_two_queries_are_400(live_server: str) -> None:
    response = requests.get(f"{live_server}/sparql", params=[("query", ASK_RELEASE)] * 2, timeout=10)
    assert response.status_code == 400


def test_form_post_without_query_is_400(live_server: str) -> None:
    response = requests.post(f"{live_server}/sparql", data={"format": "json"}, timeout=10)
    assert response.status_code == 400
    assert "query" in response.text


def test_body_that_is_not_utf8_is_400(live_server: str) -> None:
    response = requests.post(
        f"{live_server}/sparql",
        data=b"ASK { ?s ?p '\xff' }",
        headers={"Content-Type": "application/sparql-query"},
        timeout=10,
    )
    assert response.status_code == 400


# -- CORS --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", [SELECT_RELEASES, None, "SELECT ?s WHERE {", "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }"]
)
def test_every_endpoint_response_allows_any_origin(live_server: str, query: str | None) -> None:
    assert get(live_server, query).headers["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight(live_server: str) -> None:
    response = requests.options(
        f"{live_server}/sparql",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
        timeout=10,
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in response.headers["Access-Control-Allow-Headers"]


# -- home page ---------------------------------------------------------------------------------


def test_home_page(live_server: str) -> None:
    response = requests.get(f"{live_server}/", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    page = response.text
    assert '<html lang="th">' in page
    assert "Social Security Office" in page and "สำนักงานประกันสังคม" in page
    assert 'href="/sparql"' in page and 'href="/dumps/"' in page
    assert "<dd>1</dd>" in page  # one release, one person
    for example in EXAMPLES:
        assert f'href="/queries/{example.slug}"' in page
    assert requests.get(f"{live_server}/static/style.css", timeout=10).status_code == 200


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.title_en)
def test_example_queries_run(bundled_server: str, example) -> None:
    response = get(bundled_server, example.query)
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"]


def test_a_store_failure_is_a_plain_500_without_trace(
    sample_settings: Settings, serve_app: Callable[[Flask], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store()  # in memory, and made to fail as a broken disk would

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("I/O error reading the store")

    monkeypatch.setattr(store, "query", fail)
    base = serve_app(create_app(store, sample_settings))
    response = get(base, ASK_RELEASE)
    assert response.status_code == 500
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text == "the query could not be answered: OSError\n"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
