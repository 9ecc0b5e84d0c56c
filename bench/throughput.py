"""Throughput of ``sso-kg serve`` under a mixed load: the benchmark's queries (bench/queries.py)
from 16 concurrent clients for 60 seconds, on loopback, driven by locust; with one query worker
process and with several, side by side in one run.

    python bench/throughput.py --store /tmp/bench/store-all [--workers 1,2] [--clients 16] [--seconds 60]
    python bench/throughput.py --store ... --hostile-share 0.1 --time-limit 5

Prints, for each worker count: requests, requests/s, p50 and p99 latency, errors (any non-2xx
or failed connection), and the server's memory (the summed RSS of its processes: peak, and at
5 s and at the end, to show whether it is stable).

With ``--hostile-share``, that share of the requests are hostile (see bench/locustfile.py):
the latency is then the normal queries', and "5xx" counts server errors of any request.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
from _measure import ENV, PeakRss, mib, start_server, table
from queries import find_subjects, queries

from sso_kg.web.sparql import PROLOGUE

HERE = Path(__file__).resolve().parent


def write_queries(store_path: Path, target: Path) -> None:
    subjects = find_subjects(ox.Store.read_only(str(store_path)))
    load = {
        name: {
            "query": PROLOGUE + query,
            "accept": "text/turtle"
            if query.lstrip().startswith(("CONSTRUCT", "DESCRIBE"))
            else "application/sparql-results+json",
        }
        for name, query in queries(subjects).items()
    }
    target.write_text(json.dumps(load, ensure_ascii=False), encoding="utf-8")


def run_load(
    url: str, clients: int, seconds: int, queries_file: Path, folder: Path, hostile: float
) -> list[dict[str, str]]:
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
        env={**ENV, "SSO_KG_BENCH_QUERIES": str(queries_file), "SSO_KG_BENCH_HOSTILE": str(hostile)},
        check=False,  # locust exits 1 when any request failed: that is a figure, not a crash
        capture_output=True,
    )
    with (folder / "locust_stats.csv").open(encoding="utf-8") as stats:
        return list(csv.DictReader(stats))


def server_errors(folder: Path) -> int:
    """Requests answered 5xx: locust's failures file names the status of each failure, as
    ``code=503`` (a normal request) or ``status 503`` (a hostile one, see the locustfile)."""
    with (folder / "locust_failures.csv").open(encoding="utf-8") as failures:
        return sum(
            int(row["Occurrences"])
            for row in csv.DictReader(failures)
            if re.search(r"(code=|status )5\d\d", row["Error"])
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts to compare")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--hostile-share", type=float, default=0.0)
    parser.add_argument("--time-limit", type=float, default=None, help="the server's (default: its own)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="sso-kg-load-"))
    queries_file = folder / "queries.json"
    write_queries(args.store, queries_file)
    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        options = ["--time-limit", str(args.time_limit)] if args.time_limit else []
        server, url, _ = start_server(args.store, workers, options)
        try:
            with PeakRss(server.pid, interval=0.5) as memory:
                stats = run_load(url, args.clients, args.seconds, queries_file, folder, args.hostile_share)
        finally:
            server.terminate()
            server.wait()
        rows_by_name = {row["Name"]: row for row in stats}
        normal = rows_by_name["normal queries"] if args.hostile_share else rows_by_name["Aggregated"]
        hostile = sum(int(r["Request Count"]) for n, r in rows_by_name.items() if n.startswith("hostile: "))
        server_name = f"{workers} query worker{'s' if workers > 1 else ''}"
        rows.append(
            [
                server_name,
                f"{int(normal['Request Count']):,}",
                f"{float(normal['Requests/s']):.1f}",
                f"{normal['50%']} ms",
                f"{normal['99%']} ms",
                f"{hostile:,}",
                str(server_errors(folder)),
                rows_by_name["Aggregated"]["Failure Count"],
                f"{mib(memory.at(5))} → {mib(memory.samples[-1][1])} (peak {mib(memory.peak)})",
            ]
        )
    hostile_note = f", {args.hostile_share:.0%} of requests hostile" if args.hostile_share else ""
    print(f"{args.clients} clients, {args.seconds} s, the {len(json.loads(queries_file.read_text()))} "
          f"queries of bench/queries.py mixed at random{hostile_note}, on {args.store}\n")  # fmt: skip
    headers = ["server", "requests", "requests/s", "p50", "p99", "hostile requests", "5xx", "failures"]
    print(table([*headers, "server memory: at 5 s → end (peak)"], rows))


if __name__ == "__main__":
    main()
