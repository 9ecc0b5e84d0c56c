"""The SPARQL editor page and the saved queries.

``/query`` is YASGUI (vendored under ``static/yasgui/``, no CDN) on this site's endpoint. Its
stylesheet-injecting parts need three inline styles, which the page's Content-Security-Policy
allows by hash and nothing else (see ``static/yasgui/README.md``).

``/queries/{slug}`` is each example query at a stable URL: the query, its answer as a table,
and the same answer as ``/queries/{slug}.json`` (SPARQL JSON) and ``.csv``, run like any
query to the endpoint (worker process, time and row limits).
"""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, render_template, url_for

from sso_kg.web.executor import QueryFailed, QueryJob, QueryRunner
from sso_kg.web.guard import HTML_SECURITY_HEADERS
from sso_kg.web.negotiation import FORMATS_BY_NAME
from sso_kg.web.sparql import EXAMPLES, PREFIXES

EDITOR_STYLE_HASHES = (
    "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='",  # column-resizer's <style>
    "'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='",  # its cursor while dragging
)
EDITOR_STYLE_ATTRIBUTE_HASH = "'sha256-EntWS0hFrz2vH7susM+dPUxvHlL6sBswmM8K80E5oUk='"  # tooltip underline
EDITOR_POLICY = (
    HTML_SECURITY_HEADERS["Content-Security-Policy"]
    + f"; style-src 'self' {' '.join(EDITOR_STYLE_HASHES)}"
    + f"; style-src-attr 'unsafe-hashes' {EDITOR_STYLE_ATTRIBUTE_HASH}"
)

SAVED_FORMATS = ("json", "csv")


def queries_blueprint(queries: QueryRunner) -> Blueprint:
    bp = Blueprint("queries", __name__)
    by_slug = {example.slug: example for example in EXAMPLES}

    @bp.route("/query")
    def editor() -> Response:
        page = render_template("editor.html", examples=EXAMPLES, initial=EXAMPLES[0].query)
        return Response(page, headers={"Content-Security-Policy": EDITOR_POLICY})

    @bp.route("/queries/")
    def index() -> str:
        return render_template("queries.html", examples=EXAMPLES)

    def answer(slug: str, fmt: str) -> tuple[bytes, bool]:
        example = by_slug.get(slug) or abort(404, f"no saved query is called {slug!r}")
        try:
            result = queries.run(QueryJob(example.query, fmt, prefixes=tuple(PREFIXES.items())))
        except QueryFailed as failure:
            abort(failure.status, failure.message)
        return result.body, result.truncated

    @bp.route("/queries/<slug>")
    def saved(slug: str) -> str:
        body, truncated = answer(slug, "json")
        results = json.loads(body)
        return render_template(
            "saved_query.html",
            example=by_slug[slug],
            variables=results["head"]["vars"],
            rows=results["results"]["bindings"],
            truncated=truncated,
            formats=[(name, url_for("queries.saved_as", slug=slug, fmt=name)) for name in SAVED_FORMATS],
        )

    @bp.route("/queries/<slug>.<fmt>")
    def saved_as(slug: str, fmt: str) -> Response:
        if fmt not in SAVED_FORMATS:
            abort(404, f"saved queries are available as {', '.join(SAVED_FORMATS)}")
        body, truncated = answer(slug, fmt)
        headers = {"X-SPARQL-MaxRows": str(queries.row_limit)} if truncated else {}
        return Response(body, content_type=FORMATS_BY_NAME[fmt].content_type, headers=headers)

    return bp
