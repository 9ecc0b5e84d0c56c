"""Ingest end to end: every release is stored or quarantined with a reason, idempotently."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
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
    assert (
        f"releases read: {count + 1}, unchanged (skipped): 0, stored: {count}, quarantined: 1" in first.stdout
    )
    assert "quarantined: empty: empty release" in first.stdout
    cpu = re.search(
        r"CPU time: ([\d.]+) s, of which extract\+map ([\d.]+) s, SHACL gate ([\d.]+) s", first.stdout
    )
    assert cpu is not None, first.stdout
    total, extracting, gating = map(float, cpu.groups())
    assert 0 < gating < total and 0 < extracting < total
    entry = json.loads((tmp_path / "store-quarantine" / "empty.json").read_text(encoding="utf-8"))
    assert entry["reason"].startswith("empty release")
    assert (tmp_path / "store-dumps" / "sso-kg.nq.gz").is_file()

    triples = re.search(r"triples in store: (\d+)", first.stdout).group(1)  # type: ignore[union-attr]
    dump = tmp_path / "store-dumps" / "sso-kg.nq.gz"
    dumped_at = dump.stat().st_mtime_ns
    again = run_cli("ingest", str(RELEASES), "--store", str(store))
    assert again.returncode == 0, again.stderr
    assert f"unchanged (skipped): {count}, stored: 0" in again.stdout  # nothing to do again
    assert f"triples in store: {triples}\n" in again.stdout
    assert dump.stat().st_mtime_ns == dumped_at  # nothing changed, so the dumps stand

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


def _quads(store: Store) -> set[str]:
    return {str(q) for q in store._ox}


def test_a_second_ingest_rebuilds_only_what_changed(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    folder.mkdir()
    for path in sorted(RELEASES.glob("*.txt"))[:4]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with Store(tmp_path / "store") as store:
        first = ingest([folder], store, Quarantine(tmp_path / "q"), MINT)
        assert (first.stored, first.unchanged) == (4, 0)
        changed = sorted(folder.glob("*.txt"))[1]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nกระทรวงแรงงาน\n", encoding="utf-8")
        second = ingest([folder], store, Quarantine(tmp_path / "q"), MINT)
        assert (second.read, second.stored, second.unchanged) == (4, 1, 3)
        labels = store.query(
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            f'ASK {{ GRAPH <{MINT.release_graph(changed.stem)}> {{ ?o skos:prefLabel "กระทรวงแรงงาน"@th }} }}'
        )
        assert bool(labels)
        assert len(store.ledger()) == 4  # one digest per release graph, the old one replaced


def test_a_new_pipeline_rebuilds_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(RELEASES.glob("*.txt"))[:3]
    with Store(tmp_path / "store") as store:
        ingest(paths, store, Quarantine(tmp_path / "q"), MINT)
        monkeypatch.setattr(ingest_module, "pipeline_fingerprint", lambda: "another version")
        again = ingest(paths, store, Quarantine(tmp_path / "q"), MINT)
        assert (again.stored, again.unchanged) == (3, 0)


def test_rebuild_builds_everything_again_to_the_same_store(tmp_path: Path) -> None:
    paths = sorted(RELEASES.glob("*.txt"))[:5]
    with Store(tmp_path / "store") as store:
        ingest(paths, store, Quarantine(tmp_path / "q"), MINT)
        before = _quads(store)
        again = ingest(paths, store, Quarantine(tmp_path / "q"), MINT, rebuild=True)
        assert (again.stored, again.unchanged) == (5, 0)
        assert _quads(store) == before


def test_an_interrupted_ingest_resumes_where_it_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle: what was committed stays, the next run does the rest, and the
    store ends up exactly as a clean ingest leaves it."""
    paths = sorted(RELEASES.glob("*.txt"))[:9]
    with Store(tmp_path / "clean") as clean:
        ingest(paths, clean, Quarantine(tmp_path / "q1"), MINT)
        expected = _quads(clean)

    monkeypatch.setattr(ingest_module, "BATCH_SIZE", 2)
    monkeypatch.setattr(ingest_module, "CHUNK_SIZE", 1)
    real = ingest_module.extract
    calls = {"n": 0}

    def interrupted(release):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real(release)

    monkeypatch.setattr(ingest_module, "extract", interrupted)
    with Store(tmp_path / "store") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(paths, store, Quarantine(tmp_path / "q2"), MINT)
        assert len(store.ledger()) == 4  # two batches of two were committed before the interrupt
        monkeypatch.setattr(ingest_module, "extract", real)
        resumed = ingest(paths, store, Quarantine(tmp_path / "q2"), MINT)
        assert (resumed.unchanged, resumed.stored) == (4, 5)
        assert _quads(store) == expected


def test_validate_finds_a_broken_release_and_a_corpus_wide_clash(tmp_path: Path) -> None:
    from sso_kg.validation import check_store

    schema = "https://schema.org/"
    with Store(tmp_path / "store") as store:
        ingest(sorted(RELEASES.glob("*.txt"))[:2], store, Quarantine(tmp_path / "q"), MINT)
        assert check_store(store).conforms
        twin = Graph()  # a second IRI for a name the store already has: entity resolution broke
        name = next(store.query(f"SELECT ?n WHERE {{ ?p a <{schema}Person> ; <{schema}name> ?n }} LIMIT 1"))[
            "n"
        ]
        twin.add((URIRef("https://example.org/kg/id/person/twin"), RDF.type, URIRef(f"{schema}Person")))
        twin.add(
            (
                URIRef("https://example.org/kg/id/person/twin"),
                URIRef(f"{schema}name"),
                Literal(name.value, lang="th"),
            )
        )
        store.replace_graph("https://example.org/kg/graph/release/twin", twin)
        check = check_store(store)
        assert [r.message for r in check.corpus] == ["two person IRIs share a name"] * 2
        assert list(check.releases) == []  # the twin's graph is no release graph of the profile's shape
        broken = Graph()
        broken.add((URIRef("https://example.org/kg/id/event/e"), RDF.type, URIRef(f"{schema}Event")))
        store.replace_graph("https://example.org/kg/graph/release/broken", broken)
        assert list(check_store(store).releases) == ["https://example.org/kg/graph/release/broken"]


def test_only_code_that_builds_graphs_is_in_the_pipeline_fingerprint() -> None:
    """Serving code can change without a rebuild of the corpus; extraction code cannot."""
    from sso_kg import cli, dumps, mapping, shacl
    from sso_kg.extract import persons
    from sso_kg.resources import in_pipeline
    from sso_kg.web import app

    assert all(in_pipeline(Path(m.__file__)) for m in (mapping, shacl, persons))
    assert not any(in_pipeline(Path(m.__file__)) for m in (cli, dumps, app))
