"""The cost of running queries in worker processes (so that one can be stopped), against
running them in the web process: the benchmark's queries (bench/queries.py), each answered by
:func:`sso_kg.web.executor.evaluate` in this process and by a :class:`QueryPool` worker, the
median of 7 runs after a warm-up, side by side.

    python bench/isolation.py --store /tmp/bench/store-all
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pyoxigraph as ox
from _measure import table
from queries import find_subjects, median_seconds, queries

from sso_kg.store import Store
from sso_kg.web.executor import QueryJob, QueryPool, evaluate
from sso_kg.web.sparql import PROLOGUE


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    subjects = find_subjects(ox.Store.read_only(str(args.store)))
    store = Store(args.store, read_only=True)
    pool = QueryPool(args.store, workers=1)
    rows = []
    try:
        for name, query in queries(subjects).items():
            graph = query.lstrip().startswith(("CONSTRUCT", "DESCRIBE"))
            job = QueryJob(PROLOGUE + query, "turtle" if graph else "json")
            inside = median_seconds(lambda j=job: evaluate(store, j, pool.row_limit), args.runs)
            isolated = median_seconds(lambda j=job: pool.run(j), args.runs)
            rows.append(
                [name, f"{inside * 1000:.1f}", f"{isolated * 1000:.1f}", f"{(isolated - inside) * 1000:+.2f}"]
            )
    finally:
        pool.close()
    print(table(["query", "in the web process, ms", "in a worker process, ms", "cost, ms"], rows))


if __name__ == "__main__":
    main()
