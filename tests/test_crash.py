"""kill -9 at random moments of an ingest, several times over, then a run to the end: the store
is exactly the store a clean ingest of the same input makes, quad for quad."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sso_kg.store import Store

pytestmark = pytest.mark.slow

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1"}


def _ingest(store: Path, *, kill_after: float | None = None) -> int | None:
    """``sso-kg ingest`` of the bundled releases; killed (the whole process group, with SIGKILL,
    as a crash would) after ``kill_after`` seconds if it is still running then."""
    command = [sys.executable, "-m", "sso_kg.cli", "ingest", str(RELEASES), "--store", str(store)]
    process = subprocess.Popen(
        command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        process.wait(timeout=kill_after if kill_after is not None else 300)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return None
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    return process.returncode


def _quads(path: Path) -> set[str]:
    with Store(path, read_only=True) as store:
        return {str(quad) for quad in store._ox}


def test_killed_ingests_then_one_to_the_end_equal_a_clean_ingest(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    started = time.monotonic()
    _ingest(clean)
    duration = time.monotonic() - started
    expected = _quads(clean)

    crashed = tmp_path / "crashed"
    chance = random.Random(os.environ.get("PYTEST_XDIST_WORKER", "") + str(time.time_ns()))
    kills = 0
    for _ in range(4):
        # Anywhere from start-up to the end: reading, extracting, writing, dumping.
        if _ingest(crashed, kill_after=chance.uniform(0.2, duration)) is None:
            kills += 1
    assert kills >= 1  # at least one run was really cut short
    _ingest(crashed)
    assert _quads(crashed) == expected
    dumps = crashed.with_name("crashed-dumps")
    assert sorted(p.name for p in dumps.iterdir()) == ["manifest.json", "sso-kg.nq.gz", "sso-kg.ttl.gz"]
