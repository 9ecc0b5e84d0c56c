"""Ingest end to end: every release is stored or quarantined with a reason, idempotently."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from sso_kg import ingest as ingest_module
from sso_kg.ingest import ingest
from sso_kg.iris import Minter
from sso_kg.mapping import SCHEMA
from sso_kg.quarantine import Quarantine
from sso_kg.store import Store

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"
MINT = Minter("https://example.org/kg")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sso_kg.cli", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.slow
def test_cli_ingest_bundled_releases_then_again(tmp_path: Path) -> None:
    store = tmp_path / "store"
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_text("", encoding="utf-8")
    first = run_cli("ingest", str(RELEASES), str(tmp_path / "bad"), "--store", str(store))
    assert first.returncode == 0, first.stderr
    count = len(list(RELEASES.glob("*.txt")))
    assert f"releases read: {count + 1}, stored: {count}, quarantined: 1" in first.stdout
    assert "quarantined: empty: empty release" in first.stdout
    entry = json.loads((tmp_path / "store-quarantine" / "empty.json").read_text(encoding="utf-8"))
    assert entry["reason"].startswith("empty release")
    assert (tmp_path / "store-dumps" / "sso-kg.nq.gz").is_file()

    triples = re.search(r"triples in store: (\d+)", first.stdout).group(1)  # type: ignore[union-attr]
    again = run_cli("ingest", str(RELEASES), "--store", str(store))
    assert again.returncode == 0, again.stderr
    assert f"triples in store: {triples}\n" in again.stdout  # idempotent: graphs replaced, not added

    answer = run_cli(
        "query",
        "SELECT (COUNT(?r) AS ?n) WHERE { ?r a <https://schema.org/NewsArticle> }",
        "--store",
        str(store),
        "--format",
        "csv",
    )
    assert answer.stdout.splitlines()[1].strip() == str(count)
    valid = run_cli("validate", "--store", str(store))
    assert valid.returncode == 0 and f"release graphs checked: {count}, not conforming: 0" in valid.stdout


def test_release_failing_shacl_is_quarantined_not_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate in the pipeline: a graph that breaks a shape never reaches the store."""
    real = ingest_module.release_graph

    def without_headline(release, extraction, minter):  # type: ignore[no-untyped-def]
        graph: Graph = real(release, extraction, minter)
        if release.id == "thaigov-36132":
            graph.remove((URIRef(minter.release(release.id)), SCHEMA.headline, None))
        return graph

    monkeypatch.setattr(ingest_module, "release_graph", without_headline)
    quarantine = Quarantine(tmp_path / "q")
    with Store(tmp_path / "store") as store:
        summary = ingest(
            [RELEASES / "thaigov-36132.txt", RELEASES / "thaigov-38776.txt"], store, quarantine, MINT
        )
        assert (summary.read, summary.stored, summary.quarantined) == (2, 1, 1)
        assert not store.has_graph(MINT.release_graph("thaigov-36132"))
        assert store.has_graph(MINT.release_graph("thaigov-38776"))
    [entry] = quarantine.entries()
    assert entry.id == "thaigov-36132"
    assert "SHACL" in entry.reason and "headline" in entry.reason
    assert entry.report and "Constraint Violation" in entry.report
    assert entry.text and "สุชาติ" in entry.text  # nothing lost


def test_a_crashing_extractor_costs_one_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_module.extract

    def fragile(release):  # type: ignore[no-untyped-def]
        if release.id == "thaigov-38776":
            raise ValueError("boom")
        return real(release)

    monkeypatch.setattr(ingest_module, "extract", fragile)
    with Store(tmp_path / "store") as store:
        summary = ingest(
            [RELEASES / "thaigov-36132.txt", RELEASES / "thaigov-38776.txt"],
            store,
            Quarantine(tmp_path / "q"),
            MINT,
        )
    assert summary.stored == 1
    assert summary.failures == [("thaigov-38776", "extraction failed: ValueError: boom")]


def test_stored_release_clears_its_old_quarantine_entry(tmp_path: Path) -> None:
    quarantine = Quarantine(tmp_path / "q")
    from sso_kg.quarantine import QuarantineEntry

    quarantine.put(QuarantineEntry("old", "was broken", "thaigov-36132"))
    with Store(tmp_path / "store") as store:
        ingest([RELEASES / "thaigov-36132.txt"], store, quarantine, MINT)
        assert any(
            True
            for _ in store.graph(MINT.release_graph("thaigov-36132")).subjects(RDF.type, SCHEMA.NewsArticle)
        )
    assert quarantine.entries() == []


def test_same_id_twice_later_text_wins(tmp_path: Path) -> None:
    seed = (RELEASES / "thaigov-36132.txt").read_text(encoding="utf-8")
    edited = seed.replace("ลงพื้นที่ตรวจเยี่ยมและประชุมหารือร่วมกับ", "ลงพื้นที่ตรวจเยี่ยมร่วมกับ")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": "thaigov-36132", "text": t}, ensure_ascii=False) for t in (seed, edited))
        + "\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "store") as store:
        summary = ingest([corpus], store, Quarantine(tmp_path / "q"), MINT)
        assert (summary.read, summary.stored, summary.replaced) == (2, 1, ["thaigov-36132"])
        text = next(store.graph(MINT.release_graph("thaigov-36132")).objects(None, SCHEMA.text))
    assert "ลงพื้นที่ตรวจเยี่ยมร่วมกับ" in str(text)


def test_reasons_group_one_broken_rule_once() -> None:
    summary = ingest_module.IngestSummary(
        failures=[
            ("a", "SHACL: https://x/id/event/r1-ab <https://schema.org/name>: one name (and 2 more)"),
            ("b", "SHACL: https://x/id/event/r2-cd <https://schema.org/name>: one name"),
            ("c", "malformed JSON line: Expecting value at column 12"),
        ]
    )
    assert summary.reasons().most_common() == [
        ("SHACL: <…> <…>: one name", 2),
        ("malformed JSON line: Expecting value at column N", 1),
    ]
