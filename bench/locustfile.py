"""The load of bench/throughput.py: every client picks one of the benchmark's queries at
random, posts it to /sparql, and sends the next as soon as the answer is in (no think time).

The queries come from the JSON file named by $SSO_KG_BENCH_QUERIES ({name: {query, accept}}),
which bench/throughput.py writes from the subjects it finds in the store. With
$SSO_KG_BENCH_HOSTILE set to a share (0.1: one request in ten), that share of requests are
hostile: a runaway cross product, a runaway property path, a huge regex, a malformed query,
SERVICE, an update. A hostile request counts as a success when it gets the 4xx it should;
every 5xx counts as a failure, for normal and hostile requests alike.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

from locust import FastHttpUser, task

QUERIES: dict[str, dict[str, str]] = json.loads(
    Path(os.environ["SSO_KG_BENCH_QUERIES"]).read_text(encoding="utf-8")
)
HOSTILE_SHARE = float(os.environ.get("SSO_KG_BENCH_HOSTILE", "0"))
HOSTILE: dict[str, tuple[str, int]] = {
    "cross product": ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", 422),
    "property path": (
        "PREFIX schema: <https://schema.org/> "
        "SELECT (COUNT(*) AS ?n) WHERE { ?x (schema:mentions|^schema:mentions)* ?y }",
        422,
    ),
    "huge regex": (
        'SELECT ?s WHERE { ?s ?p ?o FILTER REGEX(STR(?o), "(a|aa)*(b|bb)*(c|cc)*(d|dd)*(.*)*x$") }',
        422,
    ),
    "malformed": ("SELECT ?x WHERE { ?x ?y", 400),
    "SERVICE": ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400),
    "update": ("DROP ALL", 400),
}


class SparqlClient(FastHttpUser):
    @task
    def query(self) -> None:
        if HOSTILE_SHARE and random.random() < HOSTILE_SHARE:
            self.hostile(*random.choice(list(HOSTILE.items())))
            return
        name, request = random.choice(list(QUERIES.items()))
        self.client.post(
            "/sparql",
            data={"query": request["query"]},
            headers={"Accept": request["accept"]},
            name="normal queries" if HOSTILE_SHARE else name,
        )

    def hostile(self, name: str, attack: tuple[str, int]) -> None:
        query, expected = attack
        with self.client.post(
            "/sparql", data={"query": query}, name=f"hostile: {name}", catch_response=True
        ) as response:
            if response.status_code == expected or (expected == 422 and response.status_code == 200):
                response.success()  # a "runaway" that Oxigraph finishes in time is no failure
            else:
                response.failure(f"status {response.status_code}, expected {expected}")
