"""Browsing: the search box, and the releases listed with facets.

``/search?q=…`` searches labels (:mod:`.search`); ``/search.json`` answers the same for
programs. ``/releases`` lists the releases newest first, narrowed by any of the facets
agency, ministry, province, award and year; each facet shows its values with how many of the
listed releases have them. A facet value arrives in the URL as the local part of an IRI (or a
year); it is checked, made an RDF term and bound to the query as that term, never pasted in.

A served store does not change, so the figures for a set of filters are computed once and
kept (:data:`CACHED_FACETS` sets of them).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from flask import Blueprint, Response, abort, jsonify, render_template, request, url_for

from sso_kg.iris import Minter
from sso_kg.store import GraphStore
from sso_kg.web.pages import PAGE_SIZE, Labels, page_number
from sso_kg.web.search import KINDS, LabelIndex
from sso_kg.web.sparql import PROLOGUE, bind

CACHED_FACETS = 256
FACET_VALUES = 12
"""Values each facet shows: the most frequent."""

XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_LOCAL = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")


@dataclass(frozen=True)
class Facet:
    """A way to narrow the list: its URL parameter, names, how a release has a value, and
    how a parameter value becomes an RDF term."""

    param: str
    title_th: str
    title_en: str
    pattern: str
    """How ``?release`` has the value ``?{param}`` (a SPARQL group pattern)."""
    filter_pattern: str | None = None
    """How ``?release`` has a given value, where that differs from ``pattern``."""


FACETS: tuple[Facet, ...] = (
    Facet(
        "agency",
        "หน่วยงาน",
        "Agency",
        "?release schema:mentions ?agency . ?agency a schema:GovernmentOrganization .",
    ),
    Facet(
        "ministry",
        "กระทรวง",
        "Ministry",
        "?release schema:mentions ?inMinistry . ?inMinistry org:subOrganizationOf* ?ministry . "
        "?ministry org:classification ?ministryKind .",
    ),
    Facet(
        "province",
        "จังหวัด",
        "Province",
        "?release schema:mentions ?province . ?province a schema:AdministrativeArea .",
    ),
    Facet("award", "รางวัล", "Award", "?release schema:mentions ?conferral . ?conferral sso:award ?award ."),
    Facet(
        "year",
        "ปี",
        "Year",
        "?release schema:datePublished ?published . BIND(YEAR(?published) AS ?year)",
        "?release schema:datePublished ?published . FILTER(YEAR(?published) = ?year)",
    ),
)


@dataclass(frozen=True)
class FacetValue:
    term: str
    param: str
    label: str
    count: int


class ReleaseBrowser:
    """Lists releases under a set of filters, with the facets' values and counts."""

    def __init__(self, store: GraphStore, minter: Minter) -> None:
        self.store = store
        self.minter = minter
        self.labels = Labels(store)
        self.facets = lru_cache(maxsize=CACHED_FACETS)(self._facets)
        self.releases = lru_cache(maxsize=CACHED_FACETS)(self._releases)

    def warm(self) -> None:
        """Count the unfiltered facets in the background (seconds on the full corpus)."""
        threading.Thread(target=lambda: (self.facets(()), self.releases((), 1)), daemon=True).start()

    # -- filters from the URL --------------------------------------------------------------

    def term(self, facet: Facet, value: str) -> ox.NamedNode | ox.Literal:
        """The RDF term a facet's URL value stands for; 404 for a value no term can have."""
        if facet.param == "year":
            if not value.isdigit() or len(value) != 4:
                abort(404, f"year must be four digits, not {value!r}")
            return ox.Literal(value, datatype=XSD_INTEGER)
        if not _LOCAL.fullmatch(value):
            abort(404, f"no {facet.param} is called {value!r}")
        if facet.param == "province":
            return ox.NamedNode(self.minter.province(value))
        if facet.param == "award":
            return ox.NamedNode(f"{self.minter.base}/id/award/{value}")
        return ox.NamedNode(self.minter.agency(value))

    def param(self, facet: Facet, term: ox.NamedNode | ox.Literal) -> str:
        """The URL value of a term: the last segments of its IRI, or the year."""
        if isinstance(term, ox.Literal):
            return term.value
        prefix = {"province": "/id/province/", "award": "/id/award/"}.get(facet.param, "/id/org/")
        return term.value.removeprefix(self.minter.base + prefix)

    def filters(self, args: dict[str, str]) -> tuple[tuple[str, str], ...]:
        return tuple((f.param, args[f.param]) for f in FACETS if args.get(f.param))

    # -- queries -----------------------------------------------------------------------------

    def _bindings(self, filters: tuple[tuple[str, str], ...]) -> dict[str, ox.NamedNode | ox.Literal]:
        by_param = {f.param: f for f in FACETS}
        bindings: dict[str, ox.NamedNode | ox.Literal] = {
            param: self.term(by_param[param], value) for param, value in filters
        }
        bindings["ministryKind"] = ox.NamedNode(self.minter.agency_kind("ministry"))
        return bindings

    def _where(self, filters: tuple[tuple[str, str], ...], extra: str = "") -> str:
        by_param = {f.param: f for f in FACETS}
        patterns = ["?release a schema:NewsArticle ."]
        patterns += [by_param[param].filter_pattern or by_param[param].pattern for param, _value in filters]
        return "WHERE { " + " ".join(patterns) + " " + extra + " }"

    def _releases(self, filters: tuple[tuple[str, str], ...], page: int) -> tuple[list[dict], bool]:
        bindings = self._bindings(filters)
        query = (
            f"{PROLOGUE}SELECT DISTINCT ?release ?date ?headline "
            + self._where(
                filters,
                "OPTIONAL { ?release schema:datePublished ?date } "
                "OPTIONAL { ?release schema:headline ?headline }",
            )
            + f" ORDER BY DESC(?date) ?release LIMIT {PAGE_SIZE + 1} OFFSET {(page - 1) * PAGE_SIZE}"
        )
        rows = [
            {
                "iri": s["release"].value,
                "date": s["date"].value if s["date"] else "",
                "headline": s["headline"].value if s["headline"] else s["release"].value,
            }
            for s in self.store.query(bind(query, bindings))
        ]
        return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE

    def _facets(self, filters: tuple[tuple[str, str], ...]) -> tuple[int, dict[str, list[FacetValue]]]:
        """How many releases the filters leave, and each facet's most frequent values."""
        bindings = self._bindings(filters)
        total_query = f"{PROLOGUE}SELECT (COUNT(DISTINCT ?release) AS ?n) {self._where(filters)}"
        total = next((int(s["n"].value) for s in self.store.query(bind(total_query, bindings))), 0)
        values: dict[str, list[FacetValue]] = {}
        applied = {param for param, _value in filters}
        for facet in FACETS:
            if facet.param in applied:
                continue
            order = f"DESC(?{facet.param})" if facet.param == "year" else "DESC(?n)"
            query = (
                f"{PROLOGUE}SELECT ?{facet.param} (COUNT(DISTINCT ?release) AS ?n) "
                + self._where(filters, facet.pattern)
                + f" GROUP BY ?{facet.param} ORDER BY {order} LIMIT {FACET_VALUES}"
            )
            values[facet.param] = [
                FacetValue(
                    s[facet.param].value,
                    self.param(facet, s[facet.param]),
                    self._label(s[facet.param]),
                    int(s["n"].value),
                )
                for s in self.store.query(bind(query, bindings))
                if s[facet.param] is not None
            ]
        return total, values

    def _label(self, term: ox.NamedNode | ox.Literal) -> str:
        if isinstance(term, ox.Literal):
            return term.value
        label = self.labels.of(term)
        return label.value if label else term.value

    def label_of(self, facet: Facet, value: str) -> str:
        return self._label(self.term(facet, value))


def browse_blueprint(index: LabelIndex, browser: ReleaseBrowser, href: Callable[[str], str]) -> Blueprint:
    """``/search``, ``/search.json`` and ``/releases``; ``href`` maps an IRI to its page."""
    bp = Blueprint("browse", __name__)

    def searched() -> tuple[str, str | None, list, dict]:
        query = request.args.get("q", "").strip()
        kind = request.args.get("kind") or None
        if kind is not None and kind not in KINDS:
            abort(400, f"kind must be one of {', '.join(KINDS)}")
        hits, counts = index.search(query, kind) if query else ([], {})
        return query, kind, hits, counts

    @bp.route("/search")
    def search() -> str:
        query, kind, hits, counts = searched()
        page = page_number()
        shown = hits[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
        return render_template(
            "search.html",
            query=query,
            kind=kind,
            kinds=KINDS,
            counts=counts,
            hits=[(hit, href(hit.iri)) for hit in shown],
            total=len(hits),
            page=page,
            has_more=len(hits) > page * PAGE_SIZE,
        )

    @bp.route("/search.json")
    def search_json() -> Response:
        query, _kind, hits, counts = searched()
        return jsonify(
            query=query,
            counts=dict(counts),
            hits=[
                {"iri": h.iri, "label": h.label, "kind": h.kind, "mentions": h.mentions, "page": href(h.iri)}
                for h in hits[:PAGE_SIZE]
            ],
        )

    @bp.route("/releases")
    def releases() -> str:
        filters = browser.filters(request.args)
        page = page_number()
        total, values = browser.facets(filters)
        rows, has_more = browser.releases(filters, page)
        by_param = {f.param: f for f in FACETS}
        applied = [
            (
                by_param[p],
                browser.label_of(by_param[p], v),
                url_for("browse.releases", **_without(filters, p)),
            )
            for p, v in filters
        ]
        return render_template(
            "releases.html",
            facets=FACETS,
            values=values,
            applied=applied,
            filters=dict(filters),
            total=total,
            rows=[{**row, "href": href(row["iri"])} for row in rows],
            page=page,
            has_more=has_more,
        )

    return bp


def _without(filters: tuple[tuple[str, str], ...], param: str) -> dict[str, str]:
    return {p: v for p, v in filters if p != param}
