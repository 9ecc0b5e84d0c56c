"""How far two annotators of the same releases agree, scored as the extraction is scored.

    python bench/agreement.py bench/sample2/gold bench/sample2/gold-second-annotator

Reads one folder of answer keys as the gold and the other as predictions, and matches them with
the shared scorer's own rules (``../shared/eval/score.py``: names compared without spaces, posts
by similarity, organizations by any form, awards by name and recipient). Only releases keyed in
both folders are compared. The figures bound what an extractor can be expected to score against
keys made the same way: where people disagree, no rule can agree with both.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "score.py"


def load_scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_facts(key: dict) -> dict:  # type: ignore[type-arg]
    """An answer key in the shape the scorer reads from a dump."""
    return {
        "published": key.get("published"),
        "persons": {i: {p["name"]} for i, p in enumerate(key["persons"])},
        "posts": {i: set(p["posts"]) for i, p in enumerate(key["persons"])},
        "organizations": {i: {o["name"], *o["aliases"]} for i, o in enumerate(key["organizations"])},
        "provinces": set(key["provinces"]),
        "events": {e["date"] for e in key["events"] if e.get("date")},
        "awards": [
            {"award": {a["award"]}, "recipient": {a["recipient"]} if a.get("recipient") else set()}
            for a in key["awards"]
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold", type=Path, help="the keys read as gold")
    parser.add_argument("other", type=Path, help="the keys read as predictions")
    args = parser.parse_args()
    score = load_scorer()
    totals = {field: [0, 0, 0] for field in score.FIELDS}
    compared = 0
    for path in sorted(args.gold.glob("*.json")):
        other = args.other / path.name
        if not other.exists():
            continue
        compared += 1
        counts = score.score_release(json.loads(path.read_text()), as_facts(json.loads(other.read_text())))
        for field in score.FIELDS:
            for i in range(3):
                totals[field][i] += counts["counts"][field][i]
    print(f"{compared} releases keyed twice\n")
    print(f"{'field':15} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold")
    f1s = []
    for field in score.FIELDS:
        p, r, f1 = score.f1(*totals[field])
        f1s.append(f1)
        print(f"{field:15} {p:6.3f} {r:6.3f} {f1:6.3f}   {'/'.join(map(str, totals[field]))}")
    print(f"macro F1 (six fields) {sum(f1s) / len(f1s):.3f}")


if __name__ == "__main__":
    main()
