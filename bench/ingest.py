"""Ingest at 1k, 10k and 63k releases: time, peak memory, the unchanged re-run, a rebuild of
every release (as after a new version of the pipeline), validation and the dumps, each size on
a fresh store.

    python bench/ingest.py                      # 1k and 10k (about 2 minutes)
    python bench/ingest.py --sizes 1000,10000,all   # and the whole corpus (about 15 minutes more)
    python bench/ingest.py --repeat 3               # medians of 3 ingests of each size

Every figure is measured by running the real CLI (``sso-kg ingest``, ``sso-kg validate``) as
a user would, on this machine, with both cores; memory is the peak of the summed RSS of the
process and its workers.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from _measure import corpus_slice, mib, run, table

SNIPPET_DUMPS = (
    "import sys, time; from pathlib import Path; from sso_kg.store import Store; "
    "from sso_kg.dumps import write_dumps; s = Store(sys.argv[1], read_only=True); t = time.perf_counter(); "
    "write_dumps(s, Path(sys.argv[2])); print(f'{time.perf_counter() - t:.1f}')"
)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="1000,10000", help="comma-separated release counts; 'all' = the corpus"
    )
    parser.add_argument("--workdir", type=Path, default=None, help="where stores go (default: a temp dir)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="ingest each size this many times on a fresh store; medians"
    )
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="sso-kg-bench-"))
    rows = []
    for size_text in args.sizes.split(","):
        size = None if size_text == "all" else int(size_text)
        source = corpus_slice(size, workdir)
        store = workdir / f"store-{size_text}"
        cli = [sys.executable, "-m", "sso_kg.cli"]
        runs = []
        for _ in range(args.repeat):
            shutil.rmtree(store, ignore_errors=True)
            shutil.rmtree(store.with_name(store.name + "-quarantine"), ignore_errors=True)
            runs.append(run([*cli, "ingest", str(source), "--store", str(store), "--no-dumps"]))
        first = sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]  # the median run
        peak = statistics.median(r.peak_rss for r in runs)
        read = int(re.search(r"releases read: (\d+)", first.stdout).group(1))
        triples = int(re.search(r"triples in store: (\d+)", first.stdout).group(1))
        again = run([*cli, "ingest", str(source), "--store", str(store), "--no-dumps"])
        rebuilt = int(
            re.search(r"stored: (\d+)", again.stdout).group(1)
        )  # ids read twice: the later wins again
        rebuild = run([*cli, "ingest", str(source), "--store", str(store), "--no-dumps", "--rebuild"])
        validate = run([*cli, "validate", "--store", str(store)], ok=(0, 1))  # 1: it found violations
        violations = re.search(r"not conforming: (\d+); corpus-wide violations: (\d+)", validate.stdout)
        corpus_seconds = float(re.search(r"corpus-wide ([\d.]+) s\)", validate.stdout).group(1))
        gate_share = re.search(r"SHACL gate ([\d.]+) s \(([\d.]+%)\)", first.stdout)
        dumps = run([sys.executable, "-c", SNIPPET_DUMPS, str(store), str(workdir / f"dumps-{size_text}")])
        rows.append(
            [
                f"{read:,}",
                f"{triples:,}",
                f"{first.seconds:.0f} s",
                f"{read / first.seconds:.0f}/s",
                mib(peak),
                f"{gate_share.group(2)} ({float(gate_share.group(1)):.0f} s)",
                f"{again.seconds:.1f} s ({rebuilt} rebuilt)",
                f"{rebuild.seconds:.0f} s",
                f"{validate.seconds:.1f} s ({violations.group(1)} + {violations.group(2)} found)",
                f"{corpus_seconds:.1f} s",
                f"{float(dumps.stdout):.0f} s",
            ]
        )
        print(f"{size_text}: {first.stdout.strip().splitlines()[0]}", file=sys.stderr)
    print(
        table(
            [
                "releases",
                "triples",
                "ingest",
                "rate",
                "peak memory",
                "SHACL gate, share of CPU",
                "re-run, unchanged",
                "--rebuild",
                "sso-kg validate",
                "of which corpus-wide",
                "dumps (ttl+nq, gz)",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    main()
