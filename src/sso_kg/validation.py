"""The SHACL gate: a release graph is stored only if it conforms to ``shapes/``.

Each release graph is validated on its own (release graphs are small and self-contained, so a
failure names exactly the release at fault and no other release can mask it), but many of them
are checked at once: the shapes are compiled to one SPARQL query (:mod:`sso_kg.shacl`) that an
in-memory Oxigraph store runs over a batch of named graphs, one graph per release. That costs
about 2 ms a release where pySHACL costs 18.

pySHACL stays the reference: a release the compiled gate rejects is validated again by pySHACL,
whose report (the W3C report graph and its text) is what the quarantine keeps. Should the two
ever disagree, pySHACL's verdict wins and the disagreement is logged.

Corpus-wide constraints (``shapes/sso-corpus.ttl``: one IRI per person name, one release per
identifier, …) only make sense over the union of all release graphs; :func:`check_store` runs
them, with the per-release shapes over every graph, against the store itself.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF, RDFS

from .resources import corpus_shapes_file, shapes_file
from .shacl import Result, ShapesCompiler
from .store import GraphStore, NTriples

SH = Namespace("http://www.w3.org/ns/shacl#")
log = logging.getLogger(__name__)

_VIOLATION = str(SH.Violation)
_SUBCLASS_OF = f"<{RDFS.subClassOf}>"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str
    messages: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        """One line for a summary: the first violation, and how many there are."""
        if self.conforms:
            return "conforms"
        first = self.messages[0] if self.messages else "does not conform"
        more = f" (and {len(self.messages) - 1} more)" if len(self.messages) > 1 else ""
        return f"SHACL: {first}{more}"


@cache
def shapes_graph() -> Graph:
    graph = Graph()
    graph.parse(shapes_file(), format="turtle")
    return graph


@cache
def _gate_query(subclass_closure: bool = True) -> str:
    return ShapesCompiler(shapes_graph(), subclass_closure=subclass_closure).query(per_graph=True)


@cache
def _corpus_query() -> str:
    graph = Graph()
    graph.parse(corpus_shapes_file(), format="turtle")
    return ShapesCompiler(graph).query()


def _results(solutions: ox.QuerySolutions) -> Iterable[Result]:
    per_graph = any(v.value == "graph" for v in solutions.variables)
    for row in solutions:
        path = row["path"]
        value = row["value"]
        graph = row["graph"] if per_graph else None
        yield Result(
            focus=row["this"].value,
            path=path.value if isinstance(path, ox.NamedNode) else None,
            value=value.value if value is not None else None,
            message=row["message"].value,
            component=row["component"].value,
            severity=row["severity"].value,
            graph=graph.value if graph is not None else None,
        )


def violations(graphs: Mapping[str, str]) -> dict[str, list[Result]]:
    """The compiled gate over many release graphs at once: ``graphs`` maps a name to the
    graph's N-Triples; the answer maps each name with a violation to its results."""
    memory = ox.Store()
    for name, ntriples in graphs.items():
        memory.load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
    return _gate(memory, subclass_closure=any(_SUBCLASS_OF in text for text in graphs.values()))


def _gate(memory: ox.Store, *, subclass_closure: bool) -> dict[str, list[Result]]:
    """The violations the compiled release shapes find in each named graph of ``memory``."""
    found: dict[str, list[Result]] = defaultdict(list)
    for result in _results(memory.query(_gate_query(subclass_closure))):
        if result.severity == _VIOLATION and result.graph is not None:
            found[result.graph].append(result)
    return dict(found)


def reference_report(data: Graph) -> ValidationReport:
    """pySHACL's verdict and report on one graph: slow, complete, the reference."""
    try:
        conforms, report, text = validate(
            data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True
        )
    except Exception as error:  # pySHACL refuses some broken graphs outright (a blank node in sh:lessThan)
        return ValidationReport(False, f"pySHACL could not validate: {error}", (f"{error}",))
    if conforms:
        return ValidationReport(True, "")
    messages = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        messages.append(f"{focus} {path.n3() if path is not None else ''}: {message}")
    # Nested shapes report twice: once as "does not conform to Shape …", once as the broken
    # constraint itself. The latter says what is wrong, so it goes first.
    messages.sort(key=lambda m: ("does not conform to Shape" in m, m))
    return ValidationReport(False, text, tuple(messages))


def validate_ntriples(graphs: Mapping[str, str]) -> dict[str, ValidationReport]:
    """The gate for a batch: a report for every graph the compiled shapes reject (a graph
    not in the answer conforms). Each rejected graph's report comes from pySHACL."""
    reports: dict[str, ValidationReport] = {}
    for name, results in violations(graphs).items():
        data = Graph()
        data.parse(data=graphs[name], format="nt")
        report = reference_report(data)
        if report.conforms:
            log.warning(
                "compiled SHACL gate and pySHACL disagree on %s (%s); pySHACL wins", name, results[0].line()
            )
            continue
        reports[name] = report
    return reports


def validate_graph(data: Graph) -> ValidationReport:
    """Validate one release graph against the project's shapes."""
    name = "urn:sso-kg:graph"
    return validate_ntriples({name: NTriples.of(data).text}).get(name, ValidationReport(True, ""))


@dataclass(frozen=True)
class StoreCheck:
    """What :func:`check_store` found: per-release violations, and corpus-wide ones."""

    graphs: int
    releases: dict[str, list[Result]]
    corpus: list[Result]
    release_seconds: float = 0.0
    corpus_seconds: float = 0.0

    @property
    def conforms(self) -> bool:
        return not self.releases and not self.corpus


def check_store(store: GraphStore, batch: int = 256) -> StoreCheck:
    """Every release graph against the release shapes, each graph on its own, and the merge
    of all of them against the corpus shapes.

    Release graphs are copied a batch at a time into an in-memory store and checked by the
    same compiled query as the ingest gate (~2 ms a graph); the store's own indexes answer the
    corpus shapes over the default graph, which holds each triple once.
    """
    started = time.perf_counter()
    names = [name for name in store.graph_names() if "/graph/release/" in name]
    releases: dict[str, list[Result]] = {}
    for start in range(0, len(names), batch):
        memory = ox.Store()
        for name in names[start : start + batch]:
            memory.extend(store.quads(name))
        releases.update(_gate(memory, subclass_closure=True))
    checked = time.perf_counter()
    corpus = [r for r in _results(store.query(_corpus_query())) if r.severity == _VIOLATION]
    return StoreCheck(len(names), releases, corpus, checked - started, time.perf_counter() - checked)
