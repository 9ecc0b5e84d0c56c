"""Regression guard: the dev-set macro F1 may not fall more than 0.02 below its last measure.

The figure is recorded in ``bench/dev-baseline.json`` by whoever improves extraction (with
``python bench/dev_score.py --json``); this test only reads it. Not a timed test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TOLERANCE = 0.02

pytestmark = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").is_file(),
    reason="../shared (scorer and dev set) is not beside the checkout",
)


def test_dev_macro_f1_does_not_regress() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from dev_score import score

    baseline = json.loads((ROOT / "bench" / "dev-baseline.json").read_text(encoding="utf-8"))
    output = score(SHARED / "corpus" / "dev" / "releases", SHARED / "corpus" / "dev" / "gold", "--json")
    report = json.loads(next(line for line in output.splitlines() if line.startswith("{")))
    assert report["releases_missing"] == 0
    assert report["macro_f1"] >= baseline["macro_f1"] - TOLERANCE, output
