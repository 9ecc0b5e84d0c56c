"""The CPU one release costs in the workers, for two versions of the code, side by side.

    python bench/pipeline_cpu.py                    # HEAD against the working tree
    python bench/pipeline_cpu.py --base 06a2219 --records 2000 --offset 30000 --rounds 3

The ingest's workers spend most of its CPU: they extract a release, map it to its graph and
write that graph as N-Triples. This runs those three steps on a slice of the corpus in a fresh
process, once with the code of ``--base`` (checked out into a temporary git worktree) and once
with the working tree, alternating for ``--rounds`` rounds, and prints the median CPU seconds
of each step and their ratio. On this shared, noisy machine, only such side-by-side ratios say
whether a change made the pipeline cheaper or dearer; a rule that costs nothing shows a ratio
near 1.00.

A fresh process over a few thousand releases favours caches less than an ingest of the corpus
does, where each worker's caches fill up: the ratio is that of the steps, not of an ingest.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _measure import CORPUS, ENV, ROOT, table

STEPS = ("extract", "map", "ntriples")

# Run in the child, with PYTHONPATH naming the version's src: times each step over the slice.
_CHILD = """
import gzip, hashlib, itertools, json, sys, time
from sso_kg.extract import extract
from sso_kg.ingest import NTriples
from sso_kg.iris import Minter
from sso_kg.mapping import release_graph
from sso_kg.readers import parse_release
from sso_kg.release import Release
offset, records = int(sys.argv[1]), int(sys.argv[2])
with gzip.open(sys.argv[3], "rt") as lines:
    batch = [json.loads(line) for line in itertools.islice(lines, offset, offset + records)]
releases = [r for d in batch if isinstance(r := parse_release(d["text"], d["id"]), Release)]
extract(releases[0])  # load dictionaries and gazetteers before the clock starts
minter = Minter("https://sso-kg.example/")
clock = time.process_time
t0 = clock(); extractions = [extract(r) for r in releases]
t1 = clock(); graphs = [release_graph(r, e, minter) for r, e in zip(releases, extractions)]
t2 = clock(); texts = [NTriples.of(g).text for g in graphs]
t3 = clock()
digest = hashlib.sha1("".join(sorted(texts)).encode()).hexdigest()[:12]
print(json.dumps({"extract": t1 - t0, "map": t2 - t1, "ntriples": t3 - t2,
                  "releases": len(releases), "graphs": digest}))
"""


def _measure(src: Path, offset: int, records: int) -> dict:
    env = {**ENV, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(offset), str(records), str(CORPUS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", default="HEAD", help="git revision to compare with (default: HEAD)")
    parser.add_argument("--records", type=int, default=2000, help="corpus records in the slice")
    parser.add_argument("--offset", type=int, default=30000, help="first record of the slice")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each version, alternated")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"the corpus is not at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        worktree = Path(tmp) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), args.base],
            check=True,
            capture_output=True,
        )
        try:
            runs: dict[str, list[dict]] = {"base": [], "new": []}
            for _ in range(args.rounds):
                runs["base"].append(_measure(worktree / "src", args.offset, args.records))
                runs["new"].append(_measure(ROOT / "src", args.offset, args.records))
        finally:
            remove = ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)]
            subprocess.run(remove, check=False, capture_output=True)
    count = runs["new"][0]["releases"]
    print(f"{count} releases (records {args.offset} to {args.offset + args.records}), {args.rounds} rounds;")
    print(f"base = {args.base}, new = the working tree of {ROOT.name}; medians of CPU seconds\n")
    rows = []
    for step in (*STEPS, "all"):

        def seconds(run: dict, step: str = step) -> float:
            return sum(run[s] for s in STEPS) if step == "all" else run[step]

        base = statistics.median(seconds(r) for r in runs["base"])
        new = statistics.median(seconds(r) for r in runs["new"])
        rows.append((step, f"{base:.2f}", f"{new:.2f}", f"{new / base:.2f}×"))
    print(table(("step", "base s", "new s", "new / base"), rows))
    same = {r["graphs"] for r in runs["base"]} == {r["graphs"] for r in runs["new"]}
    digests = f"{runs['base'][0]['graphs']} / {runs['new'][0]['graphs']}"
    print(f"\ngraphs: {'the same' if same else 'different'} ({digests})")


if __name__ == "__main__":
    main()
