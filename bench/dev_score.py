"""Score extraction on the development set, as the held-out set is scored.

    python bench/dev_score.py [--gold DIR] [--releases DIR] [--verbose]

Ingests the dev releases into a throwaway store, dumps it as N-Quads and runs the shared
scorer (``../shared/eval/score.py``) on the dump. Prints the scorer's table; with ``--json``
prints its JSON totals last.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from sso_kg.config import DEFAULT_BASE
from sso_kg.ingest import ingest
from sso_kg.iris import Minter
from sso_kg.quarantine import Quarantine
from sso_kg.store import Store

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def score(releases: Path, gold: Path, *extra: str) -> str:
    """The scorer's output for a fresh ingest of ``releases``."""
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dev.nq"
        with Store(Path(tmp) / "store") as store:
            summary = ingest([releases], store, Quarantine(Path(tmp) / "quarantine"), Minter(DEFAULT_BASE))
            if summary.failures:
                print(f"quarantined: {summary.failures}", file=sys.stderr)
            with dump.open("wb") as out:
                store.dump(out, "nquads")
        done = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), str(dump), str(gold), *extra],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--releases", type=Path, default=SHARED / "corpus" / "dev" / "releases")
    parser.add_argument("--gold", type=Path, default=SHARED / "corpus" / "dev" / "gold")
    parser.add_argument("--verbose", action="store_true", help="list what each release missed")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON too")
    args = parser.parse_args()
    extra = [flag for flag, on in (("--verbose", args.verbose), ("--json", args.json)) if on]
    print(score(args.releases, args.gold, *extra), end="")


if __name__ == "__main__":
    main()
