"""Search over labels: people, agencies, provinces, awards and release headlines.

Thai is written without spaces between words, and the same name appears as
"สำนักงานประกันสังคม", "สำนักงาน ประกันสังคม" or "สปส.", so matching is done on a key with
spaces and case removed, and a query is cut into words (pythainlp's ``newmm``, which needs no
model) so that "ประกันสังคมชลบุรี" finds "สำนักงานประกันสังคมจังหวัดชลบุรี": every word must
occur. Hits rank by how closely they match (the whole label, its start, the whole query as
written, every word) and then by how many releases mention them.

The index is read from the store once per process (a served store does not change), in a
few seconds on the full corpus, so :meth:`LabelIndex.warm` starts it in the background when
the server starts.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pythainlp.tokenize import word_tokenize

from sso_kg.store import GraphStore
from sso_kg.web.sparql import PROLOGUE

MAX_QUERY = 200
"""Characters of a search query that are read."""

KINDS: dict[str, tuple[str, str, str]] = {
    "person": ("บุคคล", "People", "SELECT ?x ?label WHERE { ?x a schema:Person ; schema:name ?label }"),
    "organization": (
        "หน่วยงาน",
        "Organizations",
        "SELECT ?x ?label WHERE { ?x a org:Organization . { ?x skos:prefLabel ?label } UNION "
        "{ ?x skos:altLabel ?label } }",
    ),
    "province": (
        "จังหวัด",
        "Provinces",
        "SELECT ?x ?label WHERE { ?x a schema:AdministrativeArea . { ?x schema:name ?label } UNION "
        "{ ?x skos:altLabel ?label } }",
    ),
    "award": (
        "รางวัล",
        "Awards",
        "SELECT DISTINCT ?x ?label WHERE { [] sso:award ?x . ?x skos:prefLabel ?label }",
    ),
    "release": (
        "ข่าว",
        "Releases",
        "SELECT ?x ?label WHERE { ?x a schema:NewsArticle ; schema:headline ?label }",
    ),
}
"""What is searched, by kind: its Thai and English name, and the query listing its labels."""

MENTION_COUNTS = PROLOGUE + "SELECT ?x (COUNT(*) AS ?n) WHERE { ?release schema:mentions ?x } GROUP BY ?x"

_UNSPACED = re.compile(r"[\s\u200b]+")


def search_key(text: str) -> str:
    """The form labels and queries are compared in: NFC, case folded, without spaces."""
    return _UNSPACED.sub("", unicodedata.normalize("NFC", text).casefold())


def query_words(query: str) -> list[str]:
    """A query's words: its space-separated parts, Thai parts cut into words."""
    words: list[str] = []
    for part in query.split():
        words.extend(w for w in word_tokenize(part, engine="newmm", keep_whitespace=False) if w.strip())
    return [key for key in map(search_key, words) if key]


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str
    kind: str
    key: str
    mentions: int


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    kind: str
    mentions: int


class LabelIndex:
    """Every label of the searched kinds, read from the store on first use."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._entries: list[Entry] | None = None

    def warm(self) -> None:
        """Build the index in the background, so the first search need not wait for it."""
        threading.Thread(target=self.entries, name="label-index", daemon=True).start()

    def entries(self) -> list[Entry]:
        with self._lock:
            if self._entries is None:
                self._entries = list(self._read())
            return self._entries

    def _read(self) -> Iterator[Entry]:
        mentions = {s["x"].value: int(s["n"].value) for s in self._store.query(MENTION_COUNTS)}
        for kind, (_th, _en, listing) in KINDS.items():
            for solution in self._store.query(PROLOGUE + listing):
                iri, label = solution["x"].value, solution["label"].value
                yield Entry(iri, label, kind, search_key(label), mentions.get(iri, 0))

    def search(self, query: str, kind: str | None = None) -> tuple[list[Hit], Counter[str]]:
        """Every resource whose label matches ``query`` (of ``kind``, if given), best first,
        one hit a resource; and how many resources of each kind match."""
        query = query[:MAX_QUERY]
        whole = search_key(query)
        words = query_words(query)
        if not whole or not words:
            return [], Counter()
        best: dict[str, tuple[tuple[int, int], Entry]] = {}
        for entry in self.entries():
            rank = _rank(entry.key, whole, words)
            if rank is None:
                continue
            score = (rank, entry.mentions)
            if entry.iri not in best or score > best[entry.iri][0]:
                best[entry.iri] = (score, entry)
        counts = Counter(entry.kind for _score, entry in best.values())
        ranked = sorted(
            (item for item in best.values() if kind is None or item[1].kind == kind),
            key=lambda item: (-item[0][0], -item[0][1], item[1].label),
        )
        return [Hit(e.iri, e.label, e.kind, e.mentions) for _score, e in ranked], counts


def _rank(key: str, whole: str, words: list[str]) -> int | None:
    """How well a label matches: 4 the whole label, 3 its start, 2 the query as written
    anywhere, 1 every word somewhere; None not at all."""
    if whole in key:
        if key == whole:
            return 4
        return 3 if key.startswith(whole) else 2
    if all(word in key for word in words):
        return 1
    return None
