"""The query pool: a runaway query is stopped at the time limit and the pool goes on; an
answer is cut at the row limit and says so; a worker that dies is replaced."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest

from sso_kg.store import Store
from sso_kg.web.executor import QueryFailed, QueryJob, QueryPool

pytestmark = pytest.mark.slow

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pool") / "store"
    with Store(path) as store:
        lines = "".join(f'<urn:x:s{i}> <urn:x:p> "{i}" .\n' for i in range(300))
        store._ox.load(lines.encode(), format=ox.RdfFormat.N_TRIPLES)
    return path


@pytest.fixture(scope="module")
def pool(store_path: Path) -> Iterator[QueryPool]:
    pool = QueryPool(store_path, workers=2, time_limit=1.0, row_limit=100)
    yield pool
    pool.close()


def _count(pool: QueryPool) -> int:
    answer = pool.run(QueryJob(COUNT, "csv"))
    return int(answer.body.decode().split()[1])


def test_a_runaway_query_is_stopped_at_the_time_limit(pool: QueryPool) -> None:
    started = time.monotonic()
    with pytest.raises(QueryFailed) as failure:
        pool.run(QueryJob(RUNAWAY, "json"))
    assert failure.value.status == 422 and "time limit of 1 s" in failure.value.message
    assert time.monotonic() - started < 5
    assert _count(pool) == 300  # the pool answers on, its stopped worker replaced


def test_others_are_answered_while_a_runaway_query_runs(pool: QueryPool) -> None:
    with ThreadPoolExecutor(2) as threads:
        runaway = threads.submit(pool.run, QueryJob(RUNAWAY, "json"))
        time.sleep(0.1)
        started = time.monotonic()
        assert _count(pool) == 300
        assert time.monotonic() - started < 0.9  # answered before the runaway was stopped
        with pytest.raises(QueryFailed):
            runaway.result()


def test_an_answer_is_cut_at_the_row_limit(pool: QueryPool) -> None:
    answer = pool.run(QueryJob("SELECT ?s WHERE { ?s ?p ?o }", "csv"))
    assert answer.truncated and answer.rows == 100
    assert len(answer.body.decode().strip().splitlines()) == 101  # the header and 100 rows
    graph = pool.run(QueryJob("CONSTRUCT WHERE { ?s ?p ?o }", "ntriples"))
    assert graph.truncated and len(graph.body.decode().strip().splitlines()) == 100
    small = pool.run(QueryJob("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", "json"))
    assert not small.truncated and small.rows == 5


def test_a_malformed_query_is_a_400(pool: QueryPool) -> None:
    with pytest.raises(QueryFailed) as failure:
        pool.run(QueryJob("SELECT WHERE {", "json"))
    assert failure.value.status == 400 and "malformed query" in failure.value.message


def test_a_worker_that_dies_is_replaced(pool: QueryPool) -> None:
    for worker in list(pool._idle.queue):
        worker.process.kill()
        worker.process.join()
    failures = 0
    for _ in range(4):
        try:
            assert _count(pool) == 300
        except QueryFailed as failure:
            assert failure.status == 500
            failures += 1
    assert failures <= 2  # at most one failed query per dead worker, then all is well
    assert _count(pool) == 300


def test_a_query_needing_too_much_memory_is_stopped(store_path: Path) -> None:
    pool = QueryPool(store_path, workers=1, time_limit=60, memory_limit=1200 << 20)
    try:
        hungry = "SELECT ?a ?d ?g WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
        with pytest.raises(QueryFailed) as failure:
            pool.run(QueryJob(hungry, "json"))
        assert failure.value.status == 422 and "1,200 MB of memory" in failure.value.message
        assert _count(pool) == 300
    finally:
        pool.close()


@pytest.fixture(scope="module")
def chain_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryPool]:
    """A chain of 3,000 nodes: small to store, large for a closure or a regex on every node."""
    path = tmp_path_factory.mktemp("chain") / "store"
    with Store(path) as store:
        lines = "".join(f"<urn:n{i}> <urn:p> <urn:n{i + 1}> .\n" for i in range(3000))
        store._ox.load(lines.encode(), format=ox.RdfFormat.N_TRIPLES)
    pool = QueryPool(path, workers=1, time_limit=0.5, row_limit=100)
    yield pool
    pool.close()


@pytest.mark.parametrize(
    "query",
    [
        "SELECT (COUNT(*) AS ?n) WHERE { ?x (<urn:p>|^<urn:p>)* ?y }",
        'SELECT ?s WHERE { ?s ?p ?o FILTER REGEX(STR(?o), "(a{500}){500}") }',
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    ],
    ids=["property-path-closure", "huge-regex", "cross-product"],
)
def test_runaway_queries_of_every_kind_are_stopped(chain_pool: QueryPool, query: str) -> None:
    started = time.monotonic()
    with pytest.raises(QueryFailed) as failure:
        chain_pool.run(QueryJob(query, "json"))
    assert failure.value.status == 422 and "time limit of 0.5 s" in failure.value.message
    assert time.monotonic() - started < 5
    answer = chain_pool.run(QueryJob("ASK { <urn:n0> <urn:p> ?o }", "json"))
    assert b"true" in answer.body  # and the pool answers on
