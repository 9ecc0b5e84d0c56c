"""The Flask application: the home page, the dumps, and the blueprints of :mod:`sso_kg.web`.

:func:`create_app` wires blueprints to the store and settings it is given; nothing is global,
so a test can serve any store it builds. Each blueprint comes from a function that takes what
its views need, which keeps the data flowing one way: settings and store in, responses out.
"""

from __future__ import annotations

import threading
from pathlib import Path

from flask import Blueprint, Flask, Response, abort, render_template, send_from_directory

from sso_kg.config import Settings
from sso_kg.dumps import COMPRESS_FORMAT, MANIFEST, read_manifest
from sso_kg.iris import Minter
from sso_kg.links import link_graph_name
from sso_kg.store import GraphStore
from sso_kg.web.browse import ReleaseBrowser, browse_blueprint
from sso_kg.web.executor import InProcessRunner, QueryRunner
from sso_kg.web.guard import guard
from sso_kg.web.linked_data import Identifiers, linked_data_blueprint
from sso_kg.web.ontology import ontology_blueprint
from sso_kg.web.pages import PageBuilder
from sso_kg.web.queries import queries_blueprint
from sso_kg.web.search import LabelIndex
from sso_kg.web.sparql import EXAMPLES, sparql_blueprint
from sso_kg.web.void import void_blueprint

COUNTED_CLASSES = {
    "releases": "https://schema.org/NewsArticle",
    "people": "https://schema.org/Person",
    "organizations": "http://www.w3.org/ns/org#Organization",
}
"""What the home page counts, by the class each thing has in the profile."""


def create_app(
    store: GraphStore,
    settings: Settings,
    queries: QueryRunner | None = None,
    *,
    rate_limit: float | None = None,
    burst: int = 60,
) -> Flask:
    """The web application serving ``store``; ``settings`` says where its dumps are.

    ``queries`` answers the SPARQL endpoint: a :class:`~sso_kg.web.executor.QueryPool` when
    served (time limit, worker processes), by default the store itself in this process.
    ``rate_limit`` (requests a second per client, after a ``burst``) is off by default.
    """
    app = Flask(__name__)
    guard(app, rate=rate_limit, burst=burst)
    app.add_template_filter(byte_size)
    statistics = StoreStatistics(store)
    minter = Minter(settings.base)
    identifiers = Identifiers(settings.base)
    app.add_template_filter(identifiers.href, "local_href")
    queries = queries or InProcessRunner(store)
    index = LabelIndex(store)
    browser = ReleaseBrowser(store, minter)
    app.extensions["sso_kg.label_index"] = index
    app.extensions["sso_kg.release_browser"] = browser

    app.register_blueprint(home_blueprint(statistics))
    app.register_blueprint(sparql_blueprint(queries, store.has_graph))
    app.register_blueprint(dumps_blueprint(settings.dumps_path))
    app.register_blueprint(linked_data_blueprint(store, identifiers, PageBuilder(store, identifiers).render))
    app.register_blueprint(browse_blueprint(index, browser, identifiers.href))
    app.register_blueprint(ontology_blueprint())
    app.register_blueprint(queries_blueprint(queries))
    app.register_blueprint(
        void_blueprint(
            store,
            statistics,
            settings.base,
            lambda: read_manifest(settings.dumps_path),
            lambda mapping_set: link_graph_name(minter, mapping_set),
        )
    )
    return app


def home_blueprint(statistics: StoreStatistics) -> Blueprint:
    """``/``: what the dataset is, how big, and where to go next."""
    bp = Blueprint("home", __name__)

    @bp.route("/")
    def home() -> str:
        triples, classes = statistics.get()
        counts = {name: classes.get(iri, 0) for name, iri in COUNTED_CLASSES.items()}
        return render_template("home.html", triples=triples, counts=counts, examples=EXAMPLES)

    return bp


class StoreStatistics:
    """How many triples the merge has, and how many resources of each class: what the home
    page shows and the VoID description's class partitions state, counted once per process.

    Counting scans the whole store (seconds, on the full corpus), and a served store does not
    change (see :mod:`sso_kg.web.server`), so the first request counts and every later one
    reuses the figures. The merge states each triple once, so a class's triples count its
    resources.
    """

    QUERY = "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class"

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._figures: tuple[int, dict[str, int]] | None = None

    def get(self) -> tuple[int, dict[str, int]]:
        with self._lock:
            if self._figures is None:
                classes = {s["class"].value: int(s["n"].value) for s in self._store.query(self.QUERY)}
                self._figures = (self._store.triple_count(), classes)
            return self._figures


def dumps_blueprint(directory: Path) -> Blueprint:
    """``/dumps/``: the files :func:`sso_kg.dumps.write_dumps` left in ``directory``.

    Only files the manifest names are served, never a temporary file being written.
    ``send_from_directory`` answers conditional and range requests (ETag, Last-Modified,
    206), which lets a client resume a large download or skip an unchanged one.
    """
    directory = directory.resolve()  # Flask reads a relative folder from the package's, not ours
    bp = Blueprint("dumps", __name__)

    @bp.route("/dumps/")
    def index() -> str:
        return render_template("dumps.html", manifest=read_manifest(directory))

    @bp.route("/dumps/<name>")
    def download(name: str) -> Response:
        manifest = read_manifest(directory)
        if manifest is None:
            abort(404)
        if name == MANIFEST:
            return send_from_directory(directory, name, mimetype="application/json")
        if name not in {dump.name for dump in manifest.files}:
            abort(404)
        # An explicit type: a guessed one would add "Content-Encoding: gzip", and clients
        # would then unpack the file, which no longer matches its size and checksum.
        return send_from_directory(directory, name, mimetype=COMPRESS_FORMAT)

    return bp


def byte_size(size: int) -> str:
    """A byte count for people: 1.2 MB."""
    units = ("B", "kB", "MB", "GB", "TB")
    value, unit = float(size), 0
    while value >= 1000 and unit < len(units) - 1:
        value /= 1000
        unit += 1
    return f"{size} B" if unit == 0 else f"{value:.1f} {units[unit]}"
