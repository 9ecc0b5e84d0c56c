"""The same slice of the corpus in the embedded store and in Virtuoso, side by side in one run:
ingest rate, push, the benchmark's queries and three pages.

    python bench/remote.py --size 10000

Starts two throwaway Virtuosos (Debian's virtuoso-opensource, on loopback; see
tests/virtuoso.py): one for `sso-kg ingest --store URL`, one for `sso-kg push` from the embedded
store. Queries are timed through the store interface sso-kg itself uses (so the Virtuoso figures
include the HTTP round trip and reading the JSON answer), the median of --runs after a warm-up;
pages through the Flask app, as `sso-kg serve` renders them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _measure import ENV, ROOT, PeakRss, corpus_slice, mib, run, table
from queries import SUBJECTS, queries

sys.path.insert(0, str(ROOT / "tests"))
import virtuoso
from sso_kg.config import Settings
from sso_kg.remote_store import RemoteStore
from sso_kg.store import GraphStore, Store
from sso_kg.web.app import create_app
from sso_kg.web.sparql import PROLOGUE

CLI = [sys.executable, "-m", "sso_kg.cli"]


def median_ms(call: Callable[[], object], runs: int) -> float:
    call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def consume(store: GraphStore, query: str) -> int:
    result = store.query(PROLOGUE + query)
    return (
        1 if isinstance(result, bool) or type(result).__name__ == "QueryBoolean" else sum(1 for _ in result)
    )


def subjects_of(store: GraphStore) -> dict[str, list[str]]:
    return {kind: [row[0].value for row in store.query(PROLOGUE + q)] for kind, q in SUBJECTS.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=10_000, help="releases: the first N of the corpus")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--virtuoso-memory", type=int, default=4096, help="MB of Virtuoso's page buffers")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="sso-kg-remote-bench-"))
    source = corpus_slice(args.size, work)
    embedded_path = work / "embedded"
    ingest_db = virtuoso.start(work / "virtuoso-ingest", memory_mb=args.virtuoso_memory)
    push_db = virtuoso.start(work / "virtuoso-push", memory_mb=args.virtuoso_memory)
    try:
        rows = []
        embedded = run([*CLI, "ingest", str(source), "--store", str(embedded_path), "--no-dumps"], cwd=work)
        rows.append(
            [
                "ingest, embedded store",
                f"{embedded.seconds:.0f} s",
                f"{args.size / embedded.seconds:.0f}/s",
                mib(embedded.peak_rss),
                "–",
            ]
        )
        ENV.update(ingest_db.environment())  # what run() gives the commands
        with PeakRss(ingest_db.process.pid) as server_memory:
            remote = run(
                [*CLI, "ingest", str(source), "--store", ingest_db.endpoints.query, "--no-dumps"], cwd=work
            )
        rows.append(
            [
                "ingest, Virtuoso",
                f"{remote.seconds:.0f} s",
                f"{args.size / remote.seconds:.0f}/s",
                mib(remote.peak_rss),
                mib(server_memory.peak),
            ]
        )
        again = run(
            [*CLI, "ingest", str(source), "--store", ingest_db.endpoints.query, "--no-dumps"], cwd=work
        )
        rows.append(
            ["ingest again, unchanged, Virtuoso", f"{again.seconds:.0f} s", "", mib(again.peak_rss), ""]
        )
        ENV.update(push_db.environment())
        with PeakRss(push_db.process.pid) as server_memory:
            pushed = run(
                [*CLI, "push", "--from", str(embedded_path), "--to", push_db.endpoints.query, "--no-dumps"],
                cwd=work,
            )
        rows.append(
            [
                "push embedded → empty Virtuoso",
                f"{pushed.seconds:.0f} s",
                f"{args.size / pushed.seconds:.0f}/s",
                mib(pushed.peak_rss),
                mib(server_memory.peak),
            ]
        )
        nothing = run(
            [*CLI, "push", "--from", str(embedded_path), "--to", push_db.endpoints.query, "--no-dumps"],
            cwd=work,
        )
        rows.append(
            ["push again, nothing changed", f"{nothing.seconds:.1f} s", "", mib(nothing.peak_rss), ""]
        )
        ENV.update(ingest_db.environment())
        for fmt in ("nquads", "turtle"):
            for label, store in (
                ("embedded store", str(embedded_path)),
                ("Virtuoso", ingest_db.endpoints.query),
            ):
                dumped = run(
                    [*CLI, "dump", "--store", store, "--format", fmt, "-o", str(work / f"dump.{fmt}")]
                )
                rows.append([f"dump {fmt}, {label}", f"{dumped.seconds:.0f} s", "", mib(dumped.peak_rss), ""])
        print(f"## {args.size:,} releases: writing\n")
        print(table(["step", "wall clock", "releases/s", "peak RSS, sso-kg", "peak RSS, Virtuoso"], rows))

        with Store(embedded_path, read_only=True) as local, RemoteStore(ingest_db.endpoints) as far:
            triples = (local.triple_count(), far.triple_count())
            print(f"\ntriples in the merge: embedded {triples[0]:,}, Virtuoso {triples[1]:,}")
            subjects = subjects_of(local)
            rows = []
            ratios = []
            for name, query in queries(subjects).items():
                local_ms = median_ms(lambda q=query: consume(local, q), args.runs)
                try:
                    far_ms = median_ms(lambda q=query: consume(far, q), args.runs)
                except Exception as error:  # a query Virtuoso cannot answer: say so in the table
                    rows.append([name, f"{local_ms:.1f}", f"error: {str(error)[:80]}", ""])
                    continue
                ratios.append(far_ms / local_ms)
                rows.append([name, f"{local_ms:.1f}", f"{far_ms:.1f}", f"{far_ms / local_ms:.2f}×"])
            for page in ("/doc/org/sso", "/doc/province/TH-10", f"/doc/release/{subjects['release'][0]}"):
                times = []
                for store in (local, far):
                    client = create_app(store, Settings(store_path=embedded_path)).test_client()
                    times.append(
                        median_ms(
                            lambda c=client, p=page: c.get(p, headers={"Accept": "text/html"}),
                            max(3, args.runs // 2),
                        )
                    )
                ratios.append(times[1] / times[0])
                rows.append(
                    [f"page {page}", f"{times[0]:.1f}", f"{times[1]:.1f}", f"{times[1] / times[0]:.2f}×"]
                )
        geometric = statistics.geometric_mean(ratios)
        print(f"\n## {args.size:,} releases: reading (median of {args.runs})\n")
        print(table(["query", "embedded ms", "Virtuoso ms", "Virtuoso / embedded"], rows))
        print(f"\ngeometric mean of the ratios: {geometric:.2f}×")
    finally:
        ingest_db.stop()
        push_db.stop()


if __name__ == "__main__":
    main()
