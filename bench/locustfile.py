"""The mixed load of bench/throughput.py: every client picks one of the benchmark's queries at
random, posts it to /sparql, and sends the next as soon as the answer is in (no think time).

The queries come from the JSON file named by $SSO_KG_BENCH_QUERIES ({name: {query, accept}}),
which bench/throughput.py writes from the subjects it finds in the store.
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


class SparqlClient(FastHttpUser):
    @task
    def query(self) -> None:
        name, request = random.choice(list(QUERIES.items()))
        self.client.post(
            "/sparql", data={"query": request["query"]}, headers={"Accept": request["accept"]}, name=name
        )
