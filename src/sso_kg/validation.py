"""The SHACL gate: a release graph is stored only if it conforms to ``shapes/``.

The shapes are parsed once per process; each release graph is validated on its own (release
graphs are small and self-contained, so a failure names exactly the release at fault and no
other release can mask it).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from .resources import shapes_file

SH = Namespace("http://www.w3.org/ns/shacl#")


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


def validate_graph(data: Graph) -> ValidationReport:
    """Validate one release graph against the project's shapes."""
    conforms, report, text = validate(data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
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
