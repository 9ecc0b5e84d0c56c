"""The embedded store: named graphs replaced atomically, dumps in every format."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from sso_kg.store import DUMP_FORMATS, NTriples, Store, StoreLockedError

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


BROKEN = NTriples("<https://example.org/s> <https://example.org/p> broken .\n", 1)


def test_a_failed_write_leaves_each_graph_fully_old_or_fully_new(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as store:
        store.replace_graph(f"{EX}g1", graph_of("ก"))
        with pytest.raises(SyntaxError):  # a new graph that cannot be read: the load fails whole
            store.replace_graphs(
                [(f"{EX}g1", graph_of("ข")), (f"{EX}g2", BROKEN), (f"{EX}g3", graph_of("ค"))]
            )
        assert {str(o) for o in store.graph(f"{EX}g1").objects()} == {"ก"}
        assert not store.has_graph(f"{EX}g2") and not store.has_graph(f"{EX}g3")
        with pytest.raises(SyntaxError):  # a stored graph replaced by one that cannot be read
            store.replace_graphs([(f"{EX}g1", BROKEN), (f"{EX}g4", graph_of("ง"))])
        assert {str(o) for o in store.graph(f"{EX}g1").objects()} == {"ก"}


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


def test_readers_share_a_store_and_keep_a_writer_out(tmp_path: Path) -> None:
    """Each server worker opens the store read-only; an ingest meanwhile would be undefined
    behaviour in Oxigraph, so it is refused at once, and so is a reader while it writes."""
    path = tmp_path / "store"
    with Store(path) as store:
        store.replace_graph(f"{EX}g1", graph_of("ก"))
        with pytest.raises(StoreLockedError, match="being written"):
            Store(path, read_only=True)
    with Store(path, read_only=True) as first, Store(path, read_only=True) as second:
        assert first.has_graph(f"{EX}g1") and second.has_graph(f"{EX}g1")
        with pytest.raises(StoreLockedError, match="open in another process"):
            Store(path)
    with Store(path) as store:  # every reader gone: writing works again
        store.replace_graph(f"{EX}g2", graph_of("ข"))


@given(st.text(), st.sampled_from([None, "th", "en"]))
def test_ntriples_of_a_graph_round_trips_any_text(text: str, lang: str | None) -> None:
    """The fast N-Triples writer escapes what N-Triples needs escaped, and nothing is lost."""
    from sso_kg.store import NTriples

    graph = Graph()
    value = Literal(text, lang=lang) if lang else Literal(text)
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), value))
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/n"), Literal(3)))
    parsed = list(ox.parse(NTriples.of(graph).text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    values = {quad.predicate.value: quad.object for quad in parsed}
    assert values["http://example.org/p"].value == text
    assert values["http://example.org/p"].language == lang
    assert values["http://example.org/n"] == ox.Literal("3", datatype=ox.NamedNode(str(XSD.integer)))


def test_the_default_graph_is_the_merge_each_triple_once(tmp_path: Path) -> None:
    """A name two releases state is one triple in the default graph; replacing one release
    keeps what the other still states and drops what only the replaced one stated."""
    with Store(tmp_path / "store") as store:
        store.replace_graphs([(f"{EX}g1", graph_of("ก", "ข")), (f"{EX}g2", graph_of("ก"))])
        rows = list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
        assert sorted(r["o"].value for r in rows) == ["ก", "ข"]  # not ก twice
        store.replace_graph(f"{EX}g1", graph_of("ค"))
        rows = list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
        assert sorted(r["o"].value for r in rows) == ["ก", "ค"]  # ข was g1's alone
        store.replace_graph(f"{EX}g2", graph_of("ง"))
        assert sorted(r["o"].value for r in store.query("SELECT ?o WHERE { ?s ?p ?o }")) == ["ค", "ง"]
        assert store.triple_count() == 2
        named = list(store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
        assert sorted((r["g"].value, r["o"].value) for r in named) == [(f"{EX}g1", "ค"), (f"{EX}g2", "ง")]


_TRIPLES = [
    ox.Triple(ox.NamedNode(f"{EX}s{s}"), ox.NamedNode(f"{EX}p"), ox.Literal(o, language="th"))
    for s in range(3)
    for o in ("ก", "ข", "ค")
]
_BATCHES = st.lists(
    st.dictionaries(
        st.sampled_from([f"{EX}g{i}" for i in range(4)]),
        st.frozensets(st.sampled_from(_TRIPLES), min_size=1),
        min_size=1,
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(batches=_BATCHES)
def test_replacing_graphs_in_batches_keeps_each_graph_and_the_merge_exact(
    batches: list[dict[str, frozenset[ox.Triple]]],
) -> None:
    """Whatever graphs a batch replaces, and whatever they shared before and after: each
    graph is its last version, and the default graph is exactly the union of all of them."""
    store = Store()
    model: dict[str, frozenset[ox.Triple]] = {}
    for batch in batches:
        store.replace_graphs(
            (name, NTriples("".join(f"{t} .\n" for t in triples), len(triples)))
            for name, triples in batch.items()
        )
        model.update(batch)
        for name, triples in model.items():
            assert {q.triple for q in store.quads(name)} == triples
        merge = {q.triple for q in store._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert merge == set().union(*model.values())
