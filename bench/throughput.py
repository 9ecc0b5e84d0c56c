"""Throughput of ``sso-kg serve`` under a mixed load: the benchmark's queries (bench/queries.py)
from 16 concurrent clients for 60 seconds, on loopback, driven by locust; with one query worker
process and with several, side by side in one run.

    python bench/throughput.py --store /tmp/bench/store-all [--workers 1,2] [--clients 16] [--seconds 60]

Prints, for each worker count: requests, requests/s, p50 and p99 latency, errors (any non-2xx
or failed connection), and the server's peak memory (the summed RSS of its processes).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
from _measure import ENV, PeakRss, mib, start_server, table
from queries import PREFIXES, find_subjects, queries

HERE = Path(__file__).resolve().parent


def write_queries(store_path: Path, target: Path) -> None:
    subjects = find_subjects(ox.Store.read_only(str(store_path)))
    load = {
        name: {
            "query": PREFIXES + query,
            "accept": "text/turtle"
            if query.lstrip().startswith(("CONSTRUCT", "DESCRIBE"))
            else "application/sparql-results+json",
        }
        for name, query in queries(subjects).items()
    }
    target.write_text(json.dumps(load, ensure_ascii=False), encoding="utf-8")


def run_load(url: str, clients: int, seconds: int, queries_file: Path, folder: Path) -> dict[str, str]:
    prefix = folder / "locust"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "--users",
            str(clients),
            "--spawn-rate",
            str(clients),
            "--run-time",
            f"{seconds}s",
            "--host",
            url,
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env={**ENV, "SSO_KG_BENCH_QUERIES": str(queries_file)},
        check=False,  # locust exits 1 when any request failed: that is a figure, not a crash
        capture_output=True,
    )
    with (folder / "locust_stats.csv").open(encoding="utf-8") as stats:
        return next(row for row in csv.DictReader(stats) if row["Name"] == "Aggregated")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to compare")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="sso-kg-load-"))
    queries_file = folder / "queries.json"
    write_queries(args.store, queries_file)
    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        server, url, _ = start_server(args.store, workers)
        try:
            with PeakRss(server.pid, interval=0.5) as memory:
                stats = run_load(url, args.clients, args.seconds, queries_file, folder)
        finally:
            server.terminate()
            server.wait()
        server_name = f"{workers} query worker{'s' if workers > 1 else ''}"
        rows.append(
            [
                server_name,
                f"{int(stats['Request Count']):,}",
                f"{float(stats['Requests/s']):.0f}",
                f"{stats['50%']} ms",
                f"{stats['99%']} ms",
                stats["Failure Count"],
                mib(memory.peak),
            ]
        )
    print(f"{args.clients} clients, {args.seconds} s, the {len(json.loads(queries_file.read_text()))} "
          f"queries of bench/queries.py mixed at random, on {args.store}\n")  # fmt: skip
    print(table(["server", "requests", "requests/s", "p50", "p99", "errors", "server peak memory"], rows))


if __name__ == "__main__":
    main()
