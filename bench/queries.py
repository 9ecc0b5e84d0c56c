"""Twelve realistic queries: through the HTTP endpoint against pyoxigraph directly (on the big
store), and pyoxigraph against rdflib's own SPARQL engine (on a store small enough for rdflib
to load), side by side in one run; plus the server's start-up time.

    python bench/queries.py --store /tmp/full/store --rdflib-store /tmp/bench/store-10000

The subjects of the queries (a person, an agency, a province, a month) are chosen at the start
by queries of their own: the most mentioned of each kind in the store at hand.
"""

from __future__ import annotations

import argparse
import http.client
import io
import math
import statistics
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from _measure import start_server, table

from sso_kg.config import DEFAULT_BASE
from sso_kg.ingest import default_jobs
from sso_kg.iris import Minter
from sso_kg.web.sparql import PROLOGUE

_MOST = "GROUP BY ?x ORDER BY DESC(?n) LIMIT"
SUBJECTS = {
    "person": f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?r schema:mentions ?x . ?x a schema:Person }} {_MOST} 2",
    "agency": f"SELECT ?x (COUNT(*) AS ?n) WHERE {{ ?m org:organization ?x }} {_MOST} 1",
    # The ministry with the most agencies under it (units written with their agency are under it
    # too, so the ministry is asked for by its classification).
    "ministry": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?a org:subOrganizationOf ?x . "
    f"?x org:classification <{DEFAULT_BASE}/id/agency-kind/ministry> }} {_MOST} 1",
    "province": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?r schema:mentions ?x . "
    f"?x a schema:AdministrativeArea }} {_MOST} 1",
    "release": "SELECT ?x WHERE { ?r a schema:NewsArticle ; schema:identifier ?x } ORDER BY ?x "
    "LIMIT 1 OFFSET 100",
}


def queries(s: dict[str, list[str]]) -> dict[str, str]:
    """The benchmark's queries, about the subjects found in the store."""
    person, other = s["person"][0], s["person"][1]
    return {
        "describe a resource": f"DESCRIBE <{s['agency'][0]}>",
        "an agency's officials, posts over time": f"""
SELECT DISTINCT ?name ?post ?date WHERE {{
  ?m org:organization <{s["agency"][0]}> ; org:member ?p ; rdfs:label ?post ; prov:wasDerivedFrom ?r .
  ?p schema:name ?name . OPTIONAL {{ ?r schema:datePublished ?date }}
}} ORDER BY DESC(?date) LIMIT 100""",
        "a person's posts over time": f"""
SELECT DISTINCT ?post ?date WHERE {{
  ?m org:member <{person}> ; rdfs:label ?post ; prov:wasDerivedFrom ?r .
  OPTIONAL {{ ?r schema:datePublished ?date }}
}} ORDER BY ?date""",
        "awards by ministry and year": """
SELECT ?ministry ?year (COUNT(DISTINCT ?c) AS ?n) WHERE {
  ?c a sso:AwardConferral ; sso:recipient ?org .
  OPTIONAL { ?c sso:year ?year }
  ?org org:subOrganizationOf* ?ministry . FILTER NOT EXISTS { ?ministry org:subOrganizationOf ?up }
} GROUP BY ?ministry ?year ORDER BY DESC(?n)""",
        "events in a province in a month": f"""
SELECT DISTINCT ?event ?name ?date WHERE {{
  ?event schema:location/schema:containedInPlace <{s["province"][0]}> ;
         schema:name ?name ; schema:startDate ?date .
  FILTER (?date >= "2023-01-01"^^xsd:date && ?date < "2023-02-01"^^xsd:date)
}} ORDER BY ?date""",
        "releases mentioning two people": f"""
SELECT ?r ?headline WHERE {{
  ?r schema:mentions <{person}>, <{other}> ; schema:headline ?headline .
}} LIMIT 50""",
        "label search": """
SELECT DISTINCT ?x ?label WHERE {
  ?x skos:prefLabel ?label . FILTER (CONTAINS(?label, "ประกันสังคม"))
} LIMIT 50""",
        "count per agency": """
SELECT ?org (COUNT(DISTINCT ?r) AS ?releases) WHERE {
  ?r schema:mentions ?org . ?org a schema:GovernmentOrganization .
} GROUP BY ?org ORDER BY DESC(?releases) LIMIT 20""",
        "CONSTRUCT a release": f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH <{release_graph(s["release"][0])}> {{ ?s ?p ?o }}
}}""",
        "latest releases of a ministry": f"""
SELECT DISTINCT ?r ?date ?headline WHERE {{
  ?r schema:mentions <{s["ministry"][0]}> ; schema:datePublished ?date ; schema:headline ?headline .
}} ORDER BY DESC(?date) LIMIT 20""",
        "who held a role": """
SELECT DISTINCT ?name ?post WHERE {
  ?m org:role ?role ; org:member ?p ; rdfs:label ?post . ?role skos:prefLabel "รัฐมนตรีว่าการ"@th .
  ?p schema:name ?name .
} LIMIT 200""",
        "ASK a fact": f"ASK {{ <{person}> a schema:Person }}",
    }


def find_subjects(store: ox.Store) -> dict[str, list[str]]:
    found = {}
    for kind, query in SUBJECTS.items():
        rows = list(store.query(PROLOGUE + query))
        found[kind] = [row[0].value for row in rows]
    return found


def direct(store: ox.Store, query: str) -> bytes:
    """What the endpoint does for the query, minus HTTP: evaluate, and serialise as JSON or Turtle."""
    result = store.query(PROLOGUE + query)
    out = io.BytesIO()
    if isinstance(result, ox.QueryTriples):
        result.serialize(out, format=ox.RdfFormat.TURTLE)
    else:
        result.serialize(out, format=ox.QueryResultsFormat.JSON)
    return out.getvalue()


def median_seconds(call: Callable[[], object], runs: int, warm_ups: int = 1) -> float:
    for _ in range(warm_ups):  # caches, connections; over HTTP, once for each query worker
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def rdflib_dataset(store: ox.Store, release: str):  # type: ignore[no-untyped-def]
    """What the queries read, in rdflib: the default graph (the merge of every release graph and
    the reference graphs, which the endpoint queries) and the one release graph the CONSTRUCT
    names. Loading every named graph as well would double rdflib's memory for the same answers
    (the corpus's 9 M quads passed 15 GB before they were loaded)."""
    from rdflib import Dataset, URIRef

    dataset = Dataset(default_union=True)
    for graph, target in (
        (ox.DefaultGraph(), dataset.default_graph),
        (ox.NamedNode(release_graph(release)), dataset.graph(URIRef(release_graph(release)))),
    ):
        out = io.BytesIO()
        store.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        target.parse(data=out.getvalue(), format="nt")
    return dataset


release_graph = Minter(DEFAULT_BASE).release_graph


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True, help="the store to serve (e.g. the full corpus)")
    parser.add_argument("--rdflib-store", type=Path, help="a smaller store for the rdflib comparison")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    server, url, startup = start_server(args.store)
    try:
        store = ox.Store.read_only(str(args.store))
        subjects = find_subjects(store)
        host, port = url.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=120)  # kept alive, as a client would
        rows = []
        for name, query in queries(subjects).items():
            accept = "text/turtle" if query.lstrip().startswith(("CONSTRUCT", "DESCRIBE")) else None
            headers = {"Accept": accept or "application/sparql-results+json"}

            def over_http(q: str = query, h: dict[str, str] = headers) -> bytes:
                body = urllib.parse.urlencode({"query": PROLOGUE + q})
                form = {**h, "Content-Type": "application/x-www-form-urlencoded"}
                try:
                    connection.request("POST", "/sparql", body=body, headers=form)
                    answer = connection.getresponse()
                except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
                    connection.close()  # the server closed an idle keep-alive connection: reconnect
                    connection.request("POST", "/sparql", body=body, headers=form)
                    answer = connection.getresponse()
                content = answer.read()
                if answer.status != 200:
                    raise RuntimeError(f"{answer.status}: {content[:500]!r}")
                return content

            http_s = median_seconds(over_http, args.runs, warm_ups=default_jobs())
            direct_s = median_seconds(lambda q=query: direct(store, q), args.runs)
            rows.append(
                [
                    name,
                    f"{direct_s * 1000:.1f}",
                    f"{http_s * 1000:.1f}",
                    f"{(http_s - direct_s) * 1000:+.1f}",
                    f"{http_s / direct_s:.2f}×",
                ]
            )
    finally:
        server.terminate()
        server.wait()
    print(f"start-up of sso-kg serve on {args.store}: first answer after {startup:.2f} s\n")
    print(table(["query", "pyoxigraph ms", "HTTP ms", "HTTP − direct, ms", "HTTP / direct"], rows))

    if args.rdflib_store:
        small = ox.Store.read_only(str(args.rdflib_store))
        small_subjects = find_subjects(small)
        loading = time.perf_counter()
        dataset = rdflib_dataset(small, small_subjects["release"][0])
        print(
            f"\nrdflib comparison on {args.rdflib_store} ({len(dataset):,} triples in the default graph, "
            f"loaded into rdflib in {time.perf_counter() - loading:.0f} s)\n"
        )
        rows, total_ox, total_rdflib, log_ratios = [], 0.0, 0.0, []
        for name, query in queries(small_subjects).items():
            ox_s = median_seconds(lambda q=query: direct(small, q), args.runs)
            started = time.perf_counter()
            result = dataset.query(PROLOGUE + query)
            result.serialize(format="json" if result.type in ("SELECT", "ASK") else "turtle")
            rdflib_s = time.perf_counter() - started
            total_ox, total_rdflib = total_ox + ox_s, total_rdflib + rdflib_s
            log_ratios.append(math.log(rdflib_s / ox_s))
            rows.append([name, f"{ox_s * 1000:.1f}", f"{rdflib_s * 1000:.0f}", f"{rdflib_s / ox_s:.0f}×"])
        rows.append(
            [
                "**whole set**",
                f"{total_ox * 1000:.1f}",
                f"{total_rdflib * 1000:.0f}",
                f"**{total_rdflib / total_ox:.0f}×**",
            ]
        )
        rows.append(
            ["*geometric mean of the ratios*", "", "", f"{math.exp(sum(log_ratios) / len(log_ratios)):.0f}×"]
        )
        print(table(["query", "pyoxigraph ms", "rdflib ms", "rdflib / pyoxigraph"], rows))


if __name__ == "__main__":
    main()
