"""The HTML page of every resource: what the graph says about it, with the release behind
each claim.

A page is a list of sections chosen by the resource's classes (a person's posts over time, an
agency's officials, an award's conferrals, …), each a SPARQL query run with the resource bound
to ``?this`` (:func:`~sso_kg.web.sparql.bind`: nothing from the URL is pasted into a query), then
its statements. A row that was read from a release carries ``?release ?fact`` and its
*source* cell links to that span of the release's text, which the release page marks with the
anchor ``#s-{start}-{end}``. Queries run in this process: they are the server's own, bounded
by the resource and paginated (:data:`PAGE_SIZE` rows a page).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import render_template, request

from sso_kg.store import GraphStore
from sso_kg.web.linked_data import EXTENSIONS, Identifiers, alternates
from sso_kg.web.sparql import PREFIXES, PROLOGUE, bind

PAGE_SIZE = 50

SCHEMA = PREFIXES["schema"]
SKOS = PREFIXES["skos"]
ORG = PREFIXES["org"]
RDFS = PREFIXES["rdfs"]
SSO = PREFIXES["sso"]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

LABEL_PREDICATES = tuple(
    ox.NamedNode(iri) for iri in (SKOS + "prefLabel", SCHEMA + "name", RDFS + "label", SCHEMA + "headline")
)
"""Where a resource's label is read from, in order of preference."""
LABEL_RANK = {predicate: rank for rank, predicate in enumerate(LABEL_PREDICATES)}

MARKED_CLASSES = frozenset({SCHEMA + "Person", ORG + "Organization", SCHEMA + "AdministrativeArea"})
"""What a release page links from the text, where its name occurs."""

SPAN_START = ox.NamedNode(SSO + "spanStart")
SPAN_END = ox.NamedNode(SSO + "spanEnd")

RELEASE_SPANS = f"""{PROLOGUE}
SELECT ?start ?end WHERE {{ ?fact prov:wasDerivedFrom ?this ; sso:spanStart ?start ; sso:spanEnd ?end }}"""
"""The spans of a release that facts were read from."""

MENTIONED_NAMES = f"""{PROLOGUE}
SELECT DISTINCT ?x ?p ?name WHERE {{
  ?this schema:mentions ?x . ?x ?p ?name . FILTER (?p IN (skos:prefLabel, skos:altLabel, schema:name))
  FILTER EXISTS {{ ?x a ?class . FILTER (?class IN ({", ".join(f"<{c}>" for c in sorted(MARKED_CLASSES))})) }}
}}"""
"""The names a release's people, agencies and provinces are written by (an event's "name" is
a phrase, not a name to look for). Filters, not VALUES: Oxigraph starts a VALUES of classes
from every member of the class (265 ms on the corpus, 1.4 ms this way)."""

HIDDEN_STATEMENTS = frozenset({SCHEMA + "text", SCHEMA + "mentions"})
"""Predicates the statements table leaves to a section of their own."""


@dataclass(frozen=True)
class Cell:
    """One value on a page: text, and where it links to."""

    text: str
    href: str | None = None
    lang: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Column:
    """A column of a section: the variable it shows and its heading. ``source`` columns show
    the release span a row was read from (``?release ?fact``)."""

    var: str
    title_th: str
    title_en: str

    @property
    def is_source(self) -> bool:
        return self.var == "source"


SOURCE = Column("source", "ที่มา", "source")


@dataclass(frozen=True)
class SectionSpec:
    """A section of a page: a query about ``?this``, and what of its answer to show."""

    key: str
    title_th: str
    title_en: str
    query: str
    columns: tuple[Column, ...]


@dataclass
class Section:
    spec: SectionSpec
    rows: list[list[Cell]]
    page: int
    has_more: bool


@dataclass
class Segment:
    """A run of a release's text: plain, part of a fact's span, or a mention of a resource."""

    text: str
    anchors: list[str] = field(default_factory=list)
    fact: bool = False
    href: str | None = None


def _spec(key: str, title_th: str, title_en: str, columns: Sequence[Column], body: str) -> SectionSpec:
    return SectionSpec(key, title_th, title_en, PROLOGUE + body, tuple(columns))


C = Column
POSTS = _spec(
    "posts",
    "ตำแหน่งตามช่วงเวลา",
    "Posts over time",
    [C("date", "วันที่", "date"), C("post", "ตำแหน่ง", "post"), C("organization", "หน่วยงาน", "agency"), SOURCE],
    """SELECT ?date ?post ?organization ?release ?fact WHERE {
  ?fact org:member ?this ; rdfs:label ?post ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?fact org:organization ?organization }
  OPTIONAL { ?release schema:datePublished ?date }
} ORDER BY DESC(?date) ?post""",
)
EVENTS_ATTENDED = _spec(
    "events",
    "เหตุการณ์ที่เข้าร่วม",
    "Events taken part in",
    [C("date", "วันที่", "date"), C("fact", "เหตุการณ์", "event"), C("place", "สถานที่", "place"), SOURCE],
    """SELECT ?date ?fact ?place ?release WHERE {
  ?fact schema:attendee ?this ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?fact schema:startDate ?date }
  OPTIONAL { ?fact schema:location ?place }
} ORDER BY DESC(?date)""",
)
AWARDS_RECEIVED = _spec(
    "awards",
    "รางวัลที่ได้รับ",
    "Awards received",
    [
        C("year", "ปี", "year"),
        C("award", "รางวัล", "award"),
        C("category", "ประเภท", "category"),
        C("level", "ระดับ", "level"),
        SOURCE,
    ],
    """SELECT ?year ?award ?category ?level ?release ?fact WHERE {
  ?fact sso:recipient ?this ; sso:award ?award ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?fact sso:year ?year }
  OPTIONAL { ?fact sso:category ?category }
  OPTIONAL { ?fact sso:level ?level }
} ORDER BY DESC(?year) ?award""",
)
MENTIONED_IN = _spec(
    "releases",
    "ข่าวที่กล่าวถึง",
    "Releases that mention it",
    [C("date", "วันที่", "date"), C("release", "ข่าว", "release")],
    """SELECT ?date ?release WHERE {
  ?release schema:mentions ?this .
  OPTIONAL { ?release schema:datePublished ?date }
} ORDER BY DESC(?date) ?release""",
)
SUB_AGENCIES = _spec(
    "sub",
    "หน่วยงานในสังกัด",
    "Sub-agencies",
    [C("agency", "หน่วยงาน", "agency")],
    """SELECT ?agency WHERE { ?agency org:subOrganizationOf ?this } ORDER BY ?agency""",
)
OFFICIALS = _spec(
    "officials",
    "เจ้าหน้าที่และตำแหน่ง",
    "Officials and their posts",
    [C("date", "วันที่", "date"), C("person", "บุคคล", "person"), C("post", "ตำแหน่ง", "post"), SOURCE],
    """SELECT ?date ?person ?post ?release ?fact WHERE {
  ?fact org:organization ?this ; org:member ?person ; rdfs:label ?post ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?release schema:datePublished ?date }
} ORDER BY DESC(?date) ?post""",
)
CONFERRALS = _spec(
    "conferrals",
    "การมอบรางวัล",
    "Conferrals",
    [
        C("year", "ปี", "year"),
        C("award", "รางวัล", "award"),
        C("category", "ประเภท", "category"),
        C("level", "ระดับ", "level"),
        C("recipient", "ผู้ได้รับ", "recipient"),
        SOURCE,
    ],
    """SELECT ?year ?award ?category ?level ?recipient ?release ?fact WHERE {
  { ?fact sso:award ?this } UNION { ?fact sso:category ?this } UNION { ?fact sso:level ?this }
  ?fact sso:award ?award ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?fact sso:year ?year }
  OPTIONAL { ?fact sso:category ?category }
  OPTIONAL { ?fact sso:level ?level }
  OPTIONAL { ?fact sso:recipient ?recipient }
} ORDER BY DESC(?year) ?category ?level""",
)
NARROWER = _spec(
    "narrower",
    "ประเภทและระดับ",
    "Categories and levels",
    [C("concept", "ประเภท/ระดับ", "category/level")],
    """SELECT ?concept WHERE { ?concept skos:broader ?this } ORDER BY ?concept""",
)
PARTICIPANTS = _spec(
    "participants",
    "ผู้เข้าร่วม",
    "Participants",
    [C("person", "บุคคล", "person")],
    """SELECT ?person WHERE { ?this schema:attendee ?person } ORDER BY ?person""",
)
EVENTS_IN_PROVINCE = _spec(
    "events",
    "เหตุการณ์ในจังหวัด",
    "Events in the province",
    [C("date", "วันที่", "date"), C("fact", "เหตุการณ์", "event"), C("place", "สถานที่", "place"), SOURCE],
    """SELECT ?date ?fact ?place ?release WHERE {
  ?place schema:containedInPlace ?this . ?fact schema:location ?place ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?fact schema:startDate ?date }
} ORDER BY DESC(?date)""",
)
AGENCIES_IN_PROVINCE = _spec(
    "agencies",
    "หน่วยงานในข่าวเหตุการณ์ที่จังหวัดนี้",
    "Agencies in the releases on events here",
    [C("agency", "หน่วยงาน", "agency"), C("releases", "จำนวนข่าว", "releases")],
    """SELECT ?agency (COUNT(DISTINCT ?release) AS ?releases) WHERE {
  ?place schema:containedInPlace ?this . ?event schema:location ?place ; prov:wasDerivedFrom ?release .
  ?release schema:mentions ?agency . ?agency a schema:GovernmentOrganization .
} GROUP BY ?agency ORDER BY DESC(?releases) ?agency""",
)
HOLDERS = _spec(
    "holders",
    "ผู้ดำรงตำแหน่ง",
    "Holders of the role",
    [C("date", "วันที่", "date"), C("person", "บุคคล", "person"), C("post", "ตำแหน่ง", "post"), SOURCE],
    """SELECT ?date ?person ?post ?release ?fact WHERE {
  ?fact org:role ?this ; org:member ?person ; rdfs:label ?post ; prov:wasDerivedFrom ?release .
  OPTIONAL { ?release schema:datePublished ?date }
} ORDER BY DESC(?date) ?post""",
)
FACTS = _spec(
    "facts",
    "ข้อเท็จจริงที่อ่านได้จากข่าวนี้",
    "Facts read from this release",
    [C("fact", "ข้อเท็จจริง", "fact"), C("type", "ชนิด", "kind"), SOURCE],
    """SELECT ?fact ?type ?release ?start WHERE {
  ?fact prov:wasDerivedFrom ?this ; a ?type ; sso:spanStart ?start .
  BIND(?this AS ?release)
} ORDER BY ?start ?fact""",
)
MENTIONS = _spec(
    "mentions",
    "สิ่งที่ข่าวนี้กล่าวถึง",
    "What this release mentions",
    [C("thing", "สิ่งที่กล่าวถึง", "mentioned"), C("type", "ชนิด", "kind")],
    """SELECT ?thing ?type WHERE {
  ?this schema:mentions ?thing . ?thing a ?type
  FILTER(?type IN (schema:Person, org:Organization, schema:AdministrativeArea))
} ORDER BY ?type ?thing""",
)
SOURCE_OF_FACT = _spec(
    "source",
    "ที่มา",
    "Read from",
    [C("release", "ข่าว", "release"), SOURCE],
    """SELECT ?release ?fact WHERE { ?this prov:wasDerivedFrom ?release . BIND(?this AS ?fact) }""",
)

SECTIONS_BY_CLASS: dict[str, tuple[SectionSpec, ...]] = {
    SCHEMA + "Person": (POSTS, EVENTS_ATTENDED, AWARDS_RECEIVED, MENTIONED_IN),
    ORG + "Organization": (SUB_AGENCIES, OFFICIALS, AWARDS_RECEIVED, MENTIONED_IN),
    SKOS + "Concept": (NARROWER, CONFERRALS),
    SCHEMA + "Event": (SOURCE_OF_FACT, PARTICIPANTS),
    SCHEMA + "AdministrativeArea": (EVENTS_IN_PROVINCE, AGENCIES_IN_PROVINCE, MENTIONED_IN),
    ORG + "Role": (HOLDERS,),
    ORG + "Membership": (SOURCE_OF_FACT,),
    SSO + "AwardConferral": (SOURCE_OF_FACT,),
    SCHEMA + "NewsArticle": (FACTS, MENTIONS),
}
"""The sections of a page, by the class of its resource (in the order they are shown)."""

KIND_NAMES: dict[str, tuple[str, str]] = {
    SCHEMA + "Person": ("บุคคล", "Person"),
    ORG + "Organization": ("หน่วยงาน", "Organization"),
    SCHEMA + "GovernmentOrganization": ("หน่วยงานรัฐ", "Government organization"),
    SKOS + "Concept": ("รางวัล / ประเภท", "Award or category"),
    SCHEMA + "Event": ("เหตุการณ์", "Event"),
    SCHEMA + "Place": ("สถานที่", "Place"),
    SCHEMA + "AdministrativeArea": ("จังหวัด", "Province"),
    ORG + "Role": ("บทบาท", "Role"),
    ORG + "Membership": ("ตำแหน่ง", "Post"),
    SSO + "AwardConferral": ("การมอบรางวัล", "Award conferral"),
    SCHEMA + "NewsArticle": ("ข่าว", "Press release"),
}


class Labels:
    """Labels of resources, read from the store by index lookups; Thai first, as the data is.

    Kept once read (a served store does not change): a page names the same agencies and
    people row after row, and against a remote store each lookup is a round trip."""

    CACHED = 100_000

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._read_all = functools.lru_cache(maxsize=self.CACHED)(self._read)
        self._choose = functools.lru_cache(maxsize=self.CACHED)(self._pick)

    def all(self, node: ox.NamedNode | ox.BlankNode) -> list[ox.Literal]:
        return list(self._read_all(node))

    def of(self, node: ox.NamedNode | ox.BlankNode, lang: str = "th") -> ox.Literal | None:
        return self._choose(node, lang)

    def _read(self, node: ox.NamedNode | ox.BlankNode) -> tuple[ox.Literal, ...]:
        """The labels under the first of LABEL_PREDICATES the resource has (one lookup of all
        its statements, which are few, rather than one a predicate)."""
        found: dict[ox.NamedNode, list[ox.Literal]] = {}
        for t in self._store.triples(node):
            if t.predicate in LABEL_RANK and isinstance(t.object, ox.Literal):
                found.setdefault(t.predicate, []).append(t.object)
        return tuple(found[min(found, key=LABEL_RANK.__getitem__)]) if found else ()

    def _pick(self, node: ox.NamedNode | ox.BlankNode, lang: str) -> ox.Literal | None:
        found = self._read_all(node)
        if not found:
            return self._conferral(node, lang)
        return next((label for label in found if label.language == lang), found[0])

    def _conferral(self, node: ox.NamedNode | ox.BlankNode, lang: str) -> ox.Literal | None:
        """An award conferral has no label of its own: "award — recipient"."""
        award = next(self._store.triples(node, ox.NamedNode(SSO + "award"), limit=1), None)
        if award is None:
            return None
        parts = [self.of(award.object, lang)]
        recipient = next(self._store.triples(node, ox.NamedNode(SSO + "recipient"), limit=1), None)
        if recipient is not None:
            parts.append(self.of(recipient.object, lang))
        return ox.Literal(" — ".join(p.value for p in parts if p is not None), language=lang)


PREFIX_OF = sorted(
    ((iri, prefix) for prefix, iri in {**PREFIXES, "rdf": RDF_TYPE[:-4]}.items()), reverse=True
)


def curie(iri: str) -> str:
    """``schema:name`` for ``https://schema.org/name``; the IRI itself outside known prefixes."""
    for namespace, prefix in PREFIX_OF:
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


class PageBuilder:
    """Builds the page of a resource from the store."""

    def __init__(self, store: GraphStore, identifiers: Identifiers) -> None:
        self.store = store
        self.identifiers = identifiers
        self.labels = Labels(store)

    # -- cells ---------------------------------------------------------------------------

    def cell(self, term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Cell:
        if term is None:
            return Cell("")
        if isinstance(term, ox.Literal):
            return Cell(term.value, lang=term.language)
        if isinstance(term, ox.BlankNode):
            return Cell("_:" + term.value)
        label = self.labels.of(term)
        if label is None:
            return Cell(curie(term.value), self.identifiers.href(term.value))
        return Cell(label.value, self.identifiers.href(term.value), label.language, term.value)

    def spans(self, facts: Iterable[ox.NamedNode]) -> dict[ox.NamedNode, tuple[str, str]]:
        """The spans the ``facts`` were read from, by one query for all of them: not in the
        section's query (an OPTIONAL of two patterns there makes Oxigraph scan every span in
        the store), nor a lookup a fact (a round trip each, against a remote store)."""
        values = " ".join(sorted({str(fact) for fact in facts}))
        if not values:
            return {}
        query = (
            f"SELECT ?fact ?start ?end WHERE {{ VALUES ?fact {{ {values} }} "
            f"?fact {SPAN_START} ?start ; {SPAN_END} ?end }}"
        )
        return {s["fact"]: (s["start"].value, s["end"].value) for s in self.store.query(query)}  # type: ignore[union-attr]

    def source_cell(self, solution: ox.QuerySolution, spans: dict[ox.NamedNode, tuple[str, str]]) -> Cell:
        """A link to the span of the release a row's ``?fact`` was read from."""
        release, fact = solution["release"], solution["fact"]
        if release is None:
            return Cell("")
        href = self.identifiers.href(release.value)
        span = spans.get(fact) if fact is not None else None
        if span is not None:
            return Cell("ประโยคในข่าว", f"{href}#s-{span[0]}-{span[1]}", "th", release.value)
        return Cell("ข่าว", href, "th", release.value)

    # -- sections ------------------------------------------------------------------------

    def section(self, spec: SectionSpec, node: ox.NamedNode, page: int) -> Section:
        query = f"{spec.query}\nLIMIT {PAGE_SIZE + 1} OFFSET {(page - 1) * PAGE_SIZE}"
        solutions = list(self.store.query(bind(query, {"this": node})))
        shown = solutions[:PAGE_SIZE]
        has_source = any(column.is_source for column in spec.columns)
        spans = self.spans(s["fact"] for s in shown if s["fact"] is not None) if has_source else {}
        rows = [
            [
                self.source_cell(s, spans) if column.is_source else self.cell(s[column.var])
                for column in spec.columns
            ]
            for s in shown
        ]
        return Section(spec, rows, page, len(solutions) > PAGE_SIZE)

    def statements(self, node: ox.NamedNode) -> list[tuple[Cell, list[Cell]]]:
        """What the resource states, a predicate a row, the predicate's values together."""
        by_predicate: dict[str, list[Cell]] = {}
        for triple in self.store.triples(node):
            if triple.predicate.value in HIDDEN_STATEMENTS:
                continue
            by_predicate.setdefault(triple.predicate.value, []).append(self.cell(triple.object))
        return [
            (Cell(curie(predicate), predicate), sorted(values, key=lambda c: (c.lang != "th", c.text)))
            for predicate, values in sorted(by_predicate.items(), key=lambda item: curie(item[0]))
        ]

    # -- the page ------------------------------------------------------------------------

    def classes(self, node: ox.NamedNode) -> list[str]:
        return [t.object.value for t in self.store.triples(node, ox.NamedNode(RDF_TYPE))]

    def render(self, node: ox.NamedNode, path: str) -> str:
        classes = self.classes(node)
        specs: list[SectionSpec] = []
        for cls in classes:
            for spec in SECTIONS_BY_CLASS.get(cls, ()):
                if spec not in specs:
                    specs.append(spec)
        sections = [self.section(spec, node, page_number(spec.key)) for spec in specs]
        labels = self.labels.all(node)
        title = next((label for label in labels if label.language == "th"), labels[0] if labels else None)
        english = next((label for label in labels if label.language == "en"), None)
        text = self.release_text(node) if SCHEMA + "NewsArticle" in classes else None
        return render_template(
            "resource.html",
            iri=node.value,
            path=path,
            title=title.value if title else curie(node.value),
            english=english.value if english and english is not title else None,
            kinds=[KIND_NAMES[c] for c in classes if c in KIND_NAMES],
            sections=[s for s in sections if s.rows or s.page > 1],
            statements=self.statements(node),
            text=text,
            alternates=alternates(path),
            extensions=EXTENSIONS,
        )

    # -- a release's text ----------------------------------------------------------------

    def release_text(self, node: ox.NamedNode) -> list[Segment]:
        """The release's text cut into segments: the spans facts were read from are marked
        and anchored (``s-{start}-{end}``), and the names of what it mentions link to their
        pages."""
        text_node = next(self.store.triples(node, ox.NamedNode(SCHEMA + "text"), limit=1), None)
        if text_node is None:
            return []
        text = text_node.object.value
        spans = {
            (int(s["start"].value), int(s["end"].value))
            for s in self.store.query(bind(RELEASE_SPANS, {"this": node}))  # type: ignore[union-attr]
        }
        names: dict[str, set[str]] = {}
        for s in self.store.query(bind(MENTIONED_NAMES, {"this": node})):  # type: ignore[union-attr]
            # Other names that are plain words ("แรงงาน" for the Ministry of Labour) would link
            # every use of the word; abbreviations ("สปส.") are safe.
            if s["p"].value != SKOS + "altLabel" or s["name"].value.endswith("."):
                names.setdefault(s["x"].value, set()).add(s["name"].value)
        mentions: list[tuple[int, int, str]] = []
        for iri, written in names.items():
            href = self.identifiers.href(iri)
            for name in sorted(written, key=len, reverse=True):
                mentions.extend((start, start + len(name), href) for start in _occurrences(text, name))
        return segment_text(text, spans, mentions)


def _occurrences(text: str, name: str) -> Iterable[int]:
    if len(name) < 2:
        return
    start = text.find(name)
    while start != -1:
        yield start
        start = text.find(name, start + len(name))


def segment_text(
    text: str, spans: set[tuple[int, int]], mentions: list[tuple[int, int, str]]
) -> list[Segment]:
    """Cut ``text`` at every span and mention boundary. A segment inside a fact's span is
    marked; one inside a mention links to the mentioned resource (the first, longest mention
    wins where names overlap); each span's anchor sits on the segment it starts at."""
    spans = {(s, e) for s, e in spans if 0 <= s < e <= len(text)}
    cuts = {0, len(text)}
    for start, end in spans:
        cuts.update((start, end))
    links: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for start, end, href in sorted(mentions, key=lambda m: (m[0], -(m[1] - m[0]))):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        links.append((start, end, href))
        cuts.update((start, end))
    bounds = sorted(cuts)
    segments = []
    for start, end in itertools.pairwise(bounds):
        segment = Segment(text[start:end])
        segment.anchors = sorted(f"s-{s}-{e}" for s, e in spans if s == start)
        segment.fact = any(s <= start and end <= e for s, e in spans)
        segment.href = next((href for s, e, href in links if s <= start and end <= e), None)
        segments.append(segment)
    return segments


def page_number(key: str = "page") -> int:
    """The page asked for by ``?{key}=N`` (1 when absent or not a number)."""
    value = request.args.get(key, "1")
    return int(value) if value.isdigit() and 0 < int(value) < 10_000 else 1
