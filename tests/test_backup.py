"""sso-kg backup and restore: a backup is a store equal to the original; a restore puts it in
place and keeps the store it replaced; neither runs under an ingest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sso_kg.store import Store

pytestmark = pytest.mark.slow

RELEASES = sorted((Path(__file__).resolve().parent.parent / "data" / "releases").glob("*.txt"))
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1"}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sso_kg.cli", *args], env=ENV, capture_output=True, text=True, timeout=120
    )


def _quads(path: Path) -> set[str]:
    with Store(path, read_only=True) as store:
        return {str(quad) for quad in store._ox}


def test_backup_then_restore_over_a_changed_store(tmp_path: Path) -> None:
    store, saved = tmp_path / "store", tmp_path / "saved"
    assert _cli("ingest", str(RELEASES[0]), "--store", str(store), "--no-dumps").returncode == 0
    original = _quads(store)

    done = _cli("backup", str(saved), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert _quads(saved) == original
    again = _cli("backup", str(saved), "--store", str(store))
    assert again.returncode == 1 and "exists" in again.stderr  # never over an earlier backup

    assert _cli("ingest", str(RELEASES[1]), "--store", str(store), "--no-dumps").returncode == 0
    changed = _quads(store)
    assert changed != original

    restored = _cli("restore", str(saved), "--store", str(store))
    assert restored.returncode == 0, restored.stderr
    assert _quads(store) == original
    [kept] = tmp_path.glob("store.before-restore-*")
    assert _quads(kept) == changed  # the replaced store is kept, not deleted
    # The restored store carries its ledger: an ingest after it does only what is new.
    resumed = _cli("ingest", str(RELEASES[0]), str(RELEASES[1]), "--store", str(store), "--no-dumps")
    assert "unchanged (skipped): 1, stored: 1" in resumed.stdout


def test_no_restore_into_a_store_in_use(tmp_path: Path) -> None:
    store, saved = tmp_path / "store", tmp_path / "saved"
    assert _cli("ingest", str(RELEASES[0]), "--store", str(store), "--no-dumps").returncode == 0
    assert _cli("backup", str(saved), "--store", str(store)).returncode == 0
    with Store(store, read_only=True):  # as a server holds it
        refused = _cli("restore", str(saved), "--store", str(store))
    assert refused.returncode == 1 and "open in another process" in refused.stderr
    assert not list(tmp_path.glob(".store.restoring-*")) and not list(tmp_path.glob("store.before-*"))
    with Store(store):  # as an ingest holds it
        refused = _cli("backup", str(tmp_path / "other"), "--store", str(store))
    assert refused.returncode == 1 and "being written" in refused.stderr
