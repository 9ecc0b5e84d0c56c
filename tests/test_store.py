"""The embedded store: named graphs replaced atomically, dumps in every format."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from sso_kg.store import DUMP_FORMATS, Store, StoreLockedError

EX = "https://example.org/"


def graph_of(*objects: str) -> Graph:
    graph = Graph()
    for i, obj in enumerate(objects):
        graph.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(obj, lang="th")))
    return graph


def test_replace_graph_replaces_and_persists(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store(path) as store:
        store.replace_graph(f"{EX}g1", graph_of("ก", "ข"))
        store.replace_graph(f"{EX}g2", graph_of("ค"))
        store.replace_graph(f"{EX}g1", graph_of("ง"))
    with Store(path) as store:  # reopened from disk
        assert store.triple_count() == 2
        assert set(store.graph_names()) == {f"{EX}g1", f"{EX}g2"}
        assert {str(o) for o in store.graph(f"{EX}g1").objects()} == {"ง"}


class BrokenGraph(Graph):
    """A graph whose N-Triples the store cannot parse: the batch's update must fail whole."""

    def serialize(self, *args: object, **kwargs: object) -> bytes:  # type: ignore[override]
        return b"<https://example.org/s> <https://example.org/p> broken .\n"


def test_failed_batch_writes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        store.replace_graph(f"{EX}g1", graph_of("ก"))
        with pytest.raises(SyntaxError):
            store.replace_graphs([(f"{EX}g1", graph_of("ข")), (f"{EX}g2", BrokenGraph())])
        assert {str(o) for o in store.graph(f"{EX}g1").objects()} == {"ก"}
        assert not store.has_graph(f"{EX}g2")


def test_query_sees_union_of_graphs(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        store.replace_graph(f"{EX}g1", graph_of("ก"))
        store.replace_graph(f"{EX}g2", graph_of("ข"))
        rows = list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
        assert {r["o"].value for r in rows} == {"ก", "ข"}


@pytest.mark.parametrize("fmt", list(DUMP_FORMATS))
def test_dump_round_trips(tmp_path: Path, fmt: str) -> None:
    with Store(tmp_path / "store") as store:
        store.replace_graph(f"{EX}g1", graph_of("ก", "ข"))
        out = io.BytesIO()
        store.dump(out, fmt)
    rdflib_format = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "ntriples": "nt"}[fmt]
    data = Dataset()
    data.parse(data=out.getvalue(), format=rdflib_format)
    assert len(list(data.quads((None, None, None, None)))) == 2


def test_second_writer_is_refused_clearly(tmp_path: Path) -> None:
    with Store(tmp_path / "store"), pytest.raises(StoreLockedError, match="another process"):
        Store(tmp_path / "store")
