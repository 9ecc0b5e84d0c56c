"""SPARQL SELECT results written from a list of rows, in the four standard formats.

Oxigraph serialises a result only whole, by consuming its iterator, and a public endpoint must
stop at a row limit and say so. So the endpoint takes at most the limit's rows from Oxigraph
and writes them here: SPARQL 1.1 Query Results JSON, XML, CSV and TSV, term for term as the
W3C recommendations say (the tests hold them to Oxigraph's own serialiser).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = Sequence[Term | None]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def write_solutions(variables: Sequence[str], rows: Sequence[Row], fmt: str) -> bytes:
    """``rows`` (one term or None per variable) as a results document in ``fmt``: json, xml,
    csv or tsv (the names of :data:`sso_kg.web.negotiation.RESULTS_FORMATS`)."""
    return _WRITERS[fmt](variables, rows)


# -- JSON (https://www.w3.org/TR/sparql11-results-json/) --------------------------------------


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {  # an RDF-star quoted triple
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _json(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    bindings = [
        {name: _json_term(term) for name, term in zip(variables, row, strict=True) if term is not None}
        for row in rows
    ]
    document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- XML (https://www.w3.org/TR/rdf-sparql-XMLres/) -------------------------------------------


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{_xml_text(term.value)}</literal>"
        return f"<literal>{_xml_text(term.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject>"
        f"<predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def _xml_text(text: str) -> str:
    """Text content with every line break, and the spaces at either end, as character
    references: XML parsers turn a bare carriage return into a line feed, and some (Oxigraph's
    own among them) trim the white space around text."""
    text = escape(text).replace("\r", "&#13;").replace("\n", "&#10;")
    stripped = text.strip(" \t")
    if stripped == text:
        return text
    start = text[: len(text) - len(text.lstrip(" \t"))]
    end = text[len(start) + len(stripped) :] if stripped else ""
    return _refs(start) + stripped + _refs(end)


def _refs(spaces: str) -> str:
    return "".join(f"&#{ord(c)};" for c in spaces)


def _xml(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    parts = [
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>',
        *(f"<variable name={quoteattr(name)}/>" for name in variables),
        "</head><results>",
    ]
    for row in rows:
        parts.append("<result>")
        parts.extend(
            f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
            for name, term in zip(variables, row, strict=True)
            if term is not None
        )
        parts.append("</result>")
    parts.append("</results></sparql>")
    return "".join(parts).encode("utf-8")


# -- CSV and TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/) ----------------------------


def _csv_term(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value  # CSV keeps only the lexical form (or the IRI)
    return str(term)


def _csv(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([_csv_term(term) for term in row] for row in rows)
    return out.getvalue().encode("utf-8")


def _tsv(variables: Sequence[str], rows: Sequence[Row]) -> bytes:
    lines = ["\t".join(f"?{name}" for name in variables)]
    # Terms in their N-Triples form, which escapes tabs and line breaks inside literals.
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


_WRITERS: dict[str, Callable[[Sequence[str], Sequence[Row]], bytes]] = {
    "json": _json,
    "xml": _xml,
    "csv": _csv,
    "tsv": _tsv,
}
