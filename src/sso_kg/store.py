"""The triple store: Oxigraph on disk, behind one small interface.

Everything else (ingest, the CLI, the web app) talks to a :class:`GraphStore`: this module's
:class:`Store`, or a production SPARQL 1.1 store in its place
(:class:`~sso_kg.remote_store.RemoteStore`); :func:`open_store` opens either. Each release
lives in a named graph of its own; :meth:`Store.replace_graphs` swaps a batch of them in a
single transaction, so a reader never sees a release half old and half new, and re-ingesting
is idempotent.
"""

from __future__ import annotations

import fcntl
import io
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

if TYPE_CHECKING:
    from .remote_store import Endpoints

# Formats a dump can be written in: CLI name -> (Oxigraph format, file suffix, media type).
DUMP_FORMATS: dict[str, tuple[ox.RdfFormat, str, str]] = {
    "nquads": (ox.RdfFormat.N_QUADS, ".nq", "application/n-quads"),
    "trig": (ox.RdfFormat.TRIG, ".trig", "application/trig"),
    "turtle": (ox.RdfFormat.TURTLE, ".ttl", "text/turtle"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, ".nt", "application/n-triples"),
}

QueryResult = ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean

# The ledger: for each release graph, a digest of the text and the pipeline that built it.
LEDGER = "urn:sso-kg:ledger"
LEDGER_DIGEST = "https://w3id.org/sso-kg/def#ingestDigest"
_LEDGER = ox.NamedNode(LEDGER)
_LEDGER_DIGEST = ox.NamedNode(LEDGER_DIGEST)
_DEFAULT = ox.DefaultGraph()
_NT = ox.RdfFormat.N_TRIPLES

# RocksDB keeps up to two 64 MB write buffers for each of Oxigraph's dozen column families
# before it writes them to disk, which lets an ingest's memory climb past a gigabyte. Flushing
# after this many bytes of writes keeps it a few hundred megabytes, at no cost in speed
# (measured on 10k releases: 350 MB and 33 s flushing, 1.1 GB and 37 s not).
FLUSH_AFTER_BYTES = 64 << 20


def _literal(text: str) -> str:
    return str(ox.Literal(text))


@dataclass(frozen=True)
class NTriples:
    """A graph already serialised as N-Triples: how worker processes hand graphs to the
    writer (an rdflib Graph pickles slowly; its N-Triples text is what the store reads)."""

    text: str
    count: int

    @classmethod
    def of(cls, graph: Graph) -> NTriples:
        lines = [f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in graph]
        return cls("".join(lines), len(lines))

    def as_nquads(self, graph_name: str) -> str:
        """The same triples as N-Quads in ``graph_name`` (each N-Triples line ends " .";
        a line break inside a literal is always escaped, so the replacement is exact)."""
        return self.text.replace(" .\n", f" <{graph_name}> .\n")


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: Identifier) -> str:
    """A term in N-Triples: rdflib's serializer spends more time per triple than building
    the whole graph did, so release graphs are written by this short function instead."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_NT_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def _lines(triples: Iterable[ox.Triple]) -> str:
    return "".join(f"{triple} .\n" for triple in triples)


def _has_blank_node(triples: Iterable[ox.Triple]) -> bool:
    return any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


def _ledger_update(name: str, digest: str | None) -> str:
    """Replace the ledger's digest of graph ``name`` (or remove it, for None)."""
    update = f"DELETE WHERE {{ GRAPH <{LEDGER}> {{ <{name}> <{LEDGER_DIGEST}> ?digest }} }}"
    if digest is not None:
        update += (
            f" ;\nINSERT DATA {{ GRAPH <{LEDGER}> {{ <{name}> <{LEDGER_DIGEST}> {_literal(digest)} }} }}"
        )
    return update


class StoreLockedError(RuntimeError):
    """Another process holds the store in a way that excludes this one."""


LOCK_FILE = "sso-kg.lock"


class StoreLock:
    """Readers share a store, a writer has it alone: an advisory lock on a file in the store.

    Oxigraph lets one process write and any number open the store read-only, but reading
    while another process writes is undefined behaviour. So every sso-kg process that opens
    a store on disk takes this lock first, shared to read (each server worker) and exclusive
    to write (an ingest), without waiting: the second of a server and an ingest fails at
    once with a message saying why. A store on a read-only filesystem cannot be written by
    anyone, so reading it needs no lock.
    """

    def __init__(self, store_path: Path, *, shared: bool) -> None:
        self._fd: int | None = None
        try:
            self._fd = os.open(store_path / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError:
            if shared:
                return
            raise
        try:
            fcntl.flock(self._fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            self.release()
            if shared:
                message = f"the store at {store_path} is being written (an ingest is running); wait for it"
            else:
                message = (
                    f"the store at {store_path} is open in another process (a server or an ingest); "
                    "stop it or use another --store"
                )
            raise StoreLockedError(message) from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the lock
            self._fd = None


class Store:
    """An Oxigraph store, on disk at ``path`` (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._unflushed = 0
        self._lock: StoreLock | None = None
        if self.path is None:
            self._ox = ox.Store()
            return
        if not read_only:
            self.path.mkdir(parents=True, exist_ok=True)
        self._lock = StoreLock(self.path, shared=read_only)
        try:
            self._ox = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as error:
            self._lock.release()
            if "lock" in str(error).lower():  # a process that does not take our lock (not sso-kg)
                raise StoreLockedError(
                    f"the store at {self.path} is open in another process; stop it or use another --store"
                ) from error
            raise

    # -- writing -------------------------------------------------------------------------

    def replace_graphs(
        self, graphs: Iterable[tuple[str, Graph | NTriples]], *, ledger: Mapping[str, str] | None = None
    ) -> int:
        """Replace each named graph by the given triples; returns the number of triples written.

        Each graph is either fully old or fully new, whatever happens (a crash, a kill -9):
        graphs the store does not hold yet are written by one N-Quads load (a single
        transaction in Oxigraph, and twice as fast as an update); graphs it holds are changed
        by one SPARQL Update request (also a single transaction) that deletes and inserts only
        the triples that differ, so that rebuilding a corpus whose graphs barely changed (a new
        version of the pipeline) writes little.

        The default graph is kept, in the same transactions, as the merge of all named graphs:
        each triple once, however many release graphs state it (see :meth:`query`).

        ``ledger`` maps graph names to a digest of what they were built from; it is kept in
        the ledger graph (:data:`LEDGER`) in the same transaction as the graph, so that an
        ingest run again can skip what is already stored, and resume after an interruption.
        """
        ledger = ledger or {}
        fresh: list[str] = []
        existing: dict[str, NTriples] = {}
        written = 0
        for name, graph in graphs:
            data = graph if isinstance(graph, NTriples) else NTriples.of(graph)
            written += data.count
            node = ox.NamedNode(name)
            if self._ox.contains_named_graph(node) or self._in_ledger(node):
                existing[name] = data
                continue
            fresh.append(data.as_nquads(name))
            fresh.append(data.text)  # N-Triples lines are N-Quads in the default graph
            if name in ledger:
                fresh.append(f"<{name}> <{LEDGER_DIGEST}> {_literal(ledger[name])} <{LEDGER}> .\n")
        # Read the new versions of stored graphs first: one that cannot be read fails the
        # batch before anything is written.
        new = {name: {q.triple for q in ox.parse(data.text, format=_NT)} for name, data in existing.items()}
        if fresh:
            text = "".join(fresh).encode("utf-8")
            self._ox.load(text, format=ox.RdfFormat.N_QUADS)
            self._unflushed += len(text)
        if existing:
            request = self._replacement(existing, new, ledger)
            self._ox.update(request)
            self._unflushed += len(request)
        if self._unflushed > FLUSH_AFTER_BYTES:
            self.flush()
        return written

    def _replacement(
        self, graphs: Mapping[str, NTriples], new: Mapping[str, set[ox.Triple]], ledger: Mapping[str, str]
    ) -> str:
        """The SPARQL Update that turns the stored ``graphs`` into the given ones.

        Reading the old graphs before the update is safe because a store has one writer (see
        :class:`StoreLock`). A triple leaves the merge when no graph states it any more: not
        the new version of a graph in this batch, and no graph outside it.
        """
        old = {name: {q.triple for q in self.quads(name)} for name in graphs}
        if any(_has_blank_node(triples) for triples in (*new.values(), *old.values())):
            return self._replacement_by_drop(graphs, ledger)  # DELETE DATA cannot name blank nodes
        stated_anew = set().union(*new.values())
        batch = {ox.NamedNode(name) for name in graphs}
        operations: list[str] = []
        leaving_merge: set[ox.Triple] = set()
        for name in graphs:
            removed, added = old[name] - new[name], new[name] - old[name]
            if removed:
                operations.append(f"DELETE DATA {{ GRAPH <{name}> {{\n{_lines(removed)}}} }}")
            if added:
                operations.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{_lines(added)}}} }}")
                operations.append(f"INSERT DATA {{\n{_lines(added)}}}")
            leaving_merge.update(
                t for t in removed if t not in stated_anew and not self._stated_outside(t, batch)
            )
        if leaving_merge:
            operations.append(f"DELETE DATA {{\n{_lines(leaving_merge)}}}")
        operations.extend(_ledger_update(name, ledger.get(name)) for name in graphs)
        return " ;\n".join(operations)

    def _stated_outside(self, triple: ox.Triple, graphs: set[ox.NamedNode]) -> bool:
        """Whether a named graph other than ``graphs`` states ``triple``."""
        return any(
            quad.graph_name not in graphs and quad.graph_name != _DEFAULT
            for quad in self._ox.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
        )

    def _replacement_by_drop(self, graphs: Mapping[str, NTriples], ledger: Mapping[str, str]) -> str:
        """The same change for graphs with blank nodes: drop each graph and write it again."""
        operations = []
        for name, data in graphs.items():
            # What only this graph stated leaves the merge; then the graph is written anew.
            operations.append(
                f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{name}>) }} }}"
            )
            operations.append(f"DROP SILENT GRAPH <{name}>")
            operations.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{data.text}}} }}")
            operations.append(f"INSERT DATA {{\n{data.text}}}")
            operations.append(_ledger_update(name, ledger.get(name)))
        return " ;\n".join(operations)

    def _in_ledger(self, node: ox.NamedNode) -> bool:
        return next(self._ox.quads_for_pattern(node, _LEDGER_DIGEST, None, _LEDGER), None) is not None

    def ledger(self) -> dict[str, str]:
        """Graph name -> the digest it was stored with (see :meth:`replace_graphs`)."""
        return {
            quad.subject.value: quad.object.value
            for quad in self._ox.quads_for_pattern(None, _LEDGER_DIGEST, None, _LEDGER)
        }

    def replace_graph(self, name: str, graph: Graph | NTriples) -> int:
        """Replace one named graph atomically; see :meth:`replace_graphs`."""
        return self.replace_graphs([(name, graph)])

    def drop_graph(self, name: str) -> None:
        self._ox.update(f"DROP SILENT GRAPH <{name}>")

    # -- reading -------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL query. The default graph is the merge of all graphs, each triple once:
        users need not know that each release lives in a graph of its own.

        Oxigraph's own union default graph would repeat a triple once per graph that states it
        (a minister's name, once per release naming them), which multiplies every join; so
        :meth:`replace_graphs` keeps the merge itself, as the store's default graph.

        ``default_graphs`` and ``named_graphs`` (graph IRIs) set the dataset instead, as the
        SPARQL Protocol's ``default-graph-uri`` and ``named-graph-uri`` do: they override the
        query's FROM and FROM NAMED, and giving only one leaves the other empty. An invalid
        IRI raises ValueError.
        """
        if default_graphs is None and named_graphs is None:
            return self._ox.query(sparql)
        return self._ox.query(
            sparql,
            default_graph=[ox.NamedNode(name) for name in default_graphs or ()],
            named_graphs=[ox.NamedNode(name) for name in named_graphs or ()],
        )

    def triples(
        self,
        subject: ox.NamedNode | ox.BlankNode | None = None,
        predicate: ox.NamedNode | None = None,
        obj: ox.NamedNode | ox.BlankNode | ox.Literal | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[ox.Triple]:
        """The triples of the merge (the default graph) that match a pattern, at most ``limit``:
        an index lookup, no query to parse, for the pages' many small questions."""
        quads = self._ox.quads_for_pattern(subject, predicate, obj, ox.DefaultGraph())
        for quad in quads if limit is None else islice(quads, limit):
            yield quad.triple

    def graph_names(self) -> Iterator[str]:
        for graph in self._ox.named_graphs():
            yield graph.value

    def quads(self, name: str) -> Iterator[ox.Quad]:
        """The quads of one named graph, as Oxigraph terms."""
        return self._ox.quads_for_pattern(None, None, None, ox.NamedNode(name))

    def has_graph(self, name: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(name))

    def graph(self, name: str) -> Graph:
        """One named graph as an rdflib graph (for validation and display)."""
        out = io.BytesIO()
        self._ox.dump(out, format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        graph = Graph()
        graph.parse(data=out.getvalue(), format="nt")
        return graph

    def triple_count(self) -> int:
        """Triples in the merge (the default graph): what a user of the endpoint sees."""
        solutions = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(solutions))["n"].value)

    def dump(self, out: BinaryIO, fmt: str = "nquads") -> None:
        """Write the whole store. N-Quads and TriG keep each release in its named graph (and
        leave out the default graph, which repeats them, and the ledger); Turtle and
        N-Triples, which carry no graph names, are the default graph: the merge of all
        graphs, each triple once."""
        rdf_format = DUMP_FORMATS[fmt][0]
        if not rdf_format.supports_datasets:
            self._ox.dump(out, format=rdf_format, from_graph=_DEFAULT)
        elif rdf_format == ox.RdfFormat.N_QUADS:
            self._dump_nquads(out)
        else:
            quads = self._ox.quads_for_pattern(None, None, None, None)
            ox.serialize(
                (q for q in quads if q.graph_name not in (_DEFAULT, _LEDGER)), out, format=rdf_format
            )

    def _dump_nquads(self, out: BinaryIO) -> None:
        """N-Quads a graph at a time: Oxigraph writes each graph's N-Triples natively, and the
        graph name goes in before each line's final " ." (Oxigraph escapes every line break
        inside a literal, so the replacement is exact). This is several times faster than
        filtering every quad of the store in Python."""
        for graph in self._ox.named_graphs():
            if graph == _LEDGER:
                continue
            triples = io.BytesIO()
            self._ox.dump(triples, format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            out.write(triples.getvalue().replace(b" .\n", f" {graph} .\n".encode()))

    def optimize(self) -> None:
        """Compact the store (RocksDB's full compaction): after an ingest's many small writes,
        a lookup has fewer files to search, and queries run about a quarter faster (measured
        on 10k releases: 94 → 73 ms for an agency's officials)."""
        if self.path is not None and not self.read_only:
            self._ox.optimize()

    def backup(self, target: Path) -> None:
        """A consistent copy of the store in ``target`` (which must not exist yet), itself a
        store: RocksDB's checkpoint, hard-linking the immutable files when ``target`` is on
        the same filesystem, so a backup is quick and cheap. Works on a store opened
        read-only, so a served store can be backed up."""
        if self.path is None:
            raise ValueError("an in-memory store has nothing on disk to back up")
        if target.exists():
            raise FileExistsError(f"{target} exists; a backup goes to a new folder")
        self._ox.backup(str(target))

    def flush(self) -> None:
        """Write RocksDB's in-memory buffers to disk (the data is already durable in its
        write-ahead log; this bounds memory and makes a restart fast)."""
        if self.path is not None and not self.read_only:
            self._ox.flush()
        self._unflushed = 0

    def close(self) -> None:
        """Release the store (pyoxigraph frees RocksDB's own lock when the object goes)."""
        self.flush()
        del self._ox
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class GraphStore(Protocol):
    """What ingest, the CLI and the web app use of a store, embedded or remote."""

    path: Path | None
    read_only: bool

    def replace_graphs(
        self, graphs: Iterable[tuple[str, Graph | NTriples]], *, ledger: Mapping[str, str] | None = None
    ) -> int: ...
    def replace_graph(self, name: str, graph: Graph | NTriples) -> int: ...
    def drop_graph(self, name: str) -> None: ...
    def ledger(self) -> dict[str, str]: ...
    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult | list[ox.Triple]: ...
    def triples(
        self,
        subject: ox.NamedNode | ox.BlankNode | None = None,
        predicate: ox.NamedNode | None = None,
        obj: ox.NamedNode | ox.BlankNode | ox.Literal | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[ox.Triple]: ...
    def graph_names(self) -> Iterator[str]: ...
    def quads(self, name: str) -> Iterator[ox.Quad]: ...
    def has_graph(self, name: str) -> bool: ...
    def graph(self, name: str) -> Graph: ...
    def triple_count(self) -> int: ...
    def dump(self, out: BinaryIO, fmt: str = "nquads") -> None: ...
    def flush(self) -> None: ...
    def optimize(self) -> None: ...
    def backup(self, target: Path) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> GraphStore: ...
    def __exit__(self, *exc: object) -> None: ...


def open_store(location: Path | Endpoints, *, read_only: bool = False) -> GraphStore:
    """The store at ``location``: an embedded one for a folder, a remote one for endpoints."""
    if isinstance(location, Path):
        return Store(location, read_only=read_only)
    from .remote_store import RemoteStore

    return RemoteStore(location, read_only=read_only)


def restore(backup: Path, target: Path) -> Path | None:
    """Make ``target`` a copy of the store backed up in ``backup``.

    The store at ``target``, if any, must not be in use (its lock is taken, as an ingest
    takes it), and it is not deleted: it is moved aside, and its new place returned. The
    copy is made beside ``target`` and renamed into place, so ``target`` is at every moment
    either the old store or the whole new one.
    """
    with Store(backup, read_only=True) as source:
        lock = StoreLock(target, shared=False) if target.is_dir() else None
        try:
            staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
            try:
                source.backup(staging)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            replaced = None
            if target.exists():
                replaced = target.with_name(f"{target.name}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}")
                target.rename(replaced)
            staging.rename(target)
            return replaced
        finally:
            if lock is not None:
                lock.release()
