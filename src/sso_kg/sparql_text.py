"""What a SPARQL request says before a parser sees it: its form and its dataset.

Both the public endpoint (which must refuse SPARQL Update and SERVICE however they are
spelled) and the remote store (which must know whether a query names its own dataset) read
queries this way: tokenised as the SPARQL grammar does, as far as telling keywords apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<string>'''(?:'{0,2}(?:[^'\\]|\\.))*'''
               | \"\"\"(?:"{0,2}(?:[^"\\]|\\.))*\"\"\"
               | '(?:[^'\\\r\n]|\\.)*'
               | "(?:[^"\\\r\n]|\\.)*")
    | (?P<variable>[?$]\w+)
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w:%-]|\\.|\.(?=[\w:%\\-]))*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)


@dataclass(frozen=True)
class QueryShape:
    """What the tokens of a request say, before the parser sees it."""

    form: str | None
    """The first keyword after the prologue: SELECT, ASK, ... or, for an update, INSERT, LOAD, ..."""
    keywords: frozenset[str]
    """Every bare word, upper-cased: keywords and function names, never text or IRIs."""
    dataset: tuple[str, ...] = ()
    """The graphs its FROM and FROM NAMED clauses name (prefixed names expanded)."""


def inspect_query(text: str) -> QueryShape:
    """Tokenise a query the way the SPARQL grammar does, as far as telling keywords apart.

    Strings, IRIs, comments, variables, language tags and prefixed names are tokens of their
    own, so ``"SERVICE"``, ``<http://x/LOAD>`` or ``ex:service`` are not keywords. The grammar
    puts a query's or an update's form right after the prologue (BASE and PREFIX
    declarations), so the first other bare word says which one this is.
    """
    tokens = [
        (m.lastgroup, m.group()) for m in _TOKEN.finditer(text) if m.lastgroup not in ("space", "comment")
    ]
    words = [value.upper() for kind, value in tokens if kind == "word"]
    form = next((word for word in words if word not in ("BASE", "PREFIX")), None)
    return QueryShape(form=form, keywords=frozenset(words), dataset=tuple(_dataset_iris(tokens)))


def _dataset_iris(tokens: list[tuple[str | None, str]]) -> list[str]:
    """The IRIs after FROM and FROM NAMED, prefixed names expanded by the PREFIX declarations
    (an undeclared prefix is left for the parser to refuse)."""
    prefixes: dict[str, str] = {}
    iris = []
    for i, (kind, value) in enumerate(tokens):
        following = tokens[i + 1 : i + 3]
        if kind == "word" and value.upper() == "PREFIX" and len(following) == 2:
            (_, name), (_, iri) = following
            prefixes[name.rstrip(":").split(":")[0]] = iri[1:-1]
        if kind != "word" or value.upper() != "FROM" or not following:
            continue
        if following[0][0] == "word" and following[0][1].upper() == "NAMED":
            following = following[1:]
        if not following:
            continue
        term_kind, term = following[0]
        if term_kind == "iri":
            iris.append(term[1:-1])
        elif term_kind == "pname" and term.split(":", 1)[0] in prefixes:
            prefix, local = term.split(":", 1)
            iris.append(prefixes[prefix] + local)
    return iris
