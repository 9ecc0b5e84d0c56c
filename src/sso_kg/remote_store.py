"""A production triple store (Virtuoso, Fuseki, GraphDB, ...) in the embedded store's place.

:class:`RemoteStore` has the methods of :class:`~sso_kg.store.Store` and speaks only the
standard protocols: SPARQL 1.1 Query and Update, and the SPARQL 1.1 Graph Store HTTP Protocol.
Nothing here depends on one server: what differs between them is where their endpoints are
(see :class:`Endpoints`, and the README). Where Virtuoso's answers depart from the standard
formats (an ASK answered as a table, booleans written 1 and 0), they are read as what they
stand for.

How the embedded store's guarantees carry over:

- **A release is fully old or fully new.** A release graph the store holds is replaced by one
  Graph Store ``PUT``, which the server applies as one transaction (without a Graph Store
  endpoint, by one SPARQL Update, ``DROP`` then ``INSERT DATA``, equally atomic). New graphs
  are bulk-loaded, a few dozen to one ``INSERT DATA`` request, also all or nothing.
- **The default graph is the merge of all graphs, each triple once.** A remote store's own
  default graph is something else (Virtuoso's is every graph it holds, its system graphs
  included, a triple once per graph stating it), so the merge is a named graph of its own,
  :data:`MERGE`, and every query that names no dataset is sent with it as its default graph
  (the protocol's ``default-graph-uri``). Before a batch of releases is put, their old
  versions are copied into :data:`PENDING` and the ledger notes which graphs are being
  replaced; after, one Update copies the new versions into the merge, takes out what only the
  old ones stated, and clears both. The merge lags a batch by those few requests; a batch
  stopped among them (a crash, a kill) is finished by the next write, from the notes.
- **An ingest can be resumed.** The ledger graph (:data:`~sso_kg.store.LEDGER`) is written
  last, so a release counts as stored only once its graph and the merge are.

Every request is retried, with exponential back-off, on a network error and on the statuses a
busy or restarting server answers (429, 502, 503, 504); that is safe because every request
this module sends can be applied twice with the same result (a PUT; an Update that only
copies, deletes what is absent elsewhere, or states a digest). Credentials come from the
environment only (:data:`USER_VARIABLE`, :data:`PASSWORD_VARIABLE`), so that they appear in
no command line, shell history or process list; HTTP Basic or Digest, whichever the server
asks for.
"""

from __future__ import annotations

import io
import os
import re
import threading
import time
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import pyoxigraph as ox
import requests
from rdflib import Graph
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from .sparql_text import inspect_query
from .store import DUMP_FORMATS, LEDGER, LEDGER_DIGEST, NTriples, QueryResult

MERGE = "urn:sso-kg:merge"
"""The named graph that plays the embedded store's default graph: every triple once."""
PENDING = "urn:sso-kg:pending"
"""Old versions of graphs being replaced, until the merge no longer holds what only they said."""
REPLACING = "urn:sso-kg:replacing"
"""``<ledger> <replacing> <graph>``: a graph a batch is replacing, until the merge has caught up."""
HOLDS = "urn:sso-kg:holds"
"""``<ledger> <holds> <graph>``: the graphs sso-kg wrote, so that they can be listed without
the server's own (Virtuoso keeps a dozen system graphs)."""
_BOOKKEEPING = (MERGE, PENDING, LEDGER)

UPDATE_VARIABLE = "SSO_KG_STORE_UPDATE_URL"
GRAPH_STORE_VARIABLE = "SSO_KG_STORE_GRAPH_STORE_URL"
USER_VARIABLE = "SSO_KG_STORE_USER"
PASSWORD_VARIABLE = "SSO_KG_STORE_PASSWORD"

TRANSIENT_STATUSES = frozenset({429, 502, 503, 504})
RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.5"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
"""For CONSTRUCT and DESCRIBE: asked for JSON, Virtuoso answers a DESCRIBE in RDF/JSON."""
_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/ntriples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


_VIRTUOSO_BOOLEAN = re.compile(
    rb'("datatype"\s*:\s*"http://www\.w3\.org/2001/XMLSchema#boolean"\s*,\s*"value"\s*:\s*")([01])(?=")'
)
"""Virtuoso 7 writes xsd:boolean values as 1 and 0 in JSON results: the same values, but other
terms than the true and false it was given (and gives back in RDF documents)."""

_ASK_VARIABLE = "__ASK_RETVAL"
"""Virtuoso 7 answers an ASK as a table of this one variable, a row for true, none for false."""


def _boolean(value: bool) -> ox.QueryBoolean:
    answer = ox.parse_query_results(
        b'{"head": {}, "boolean": %s}' % (b"true" if value else b"false"), format=ox.QueryResultsFormat.JSON
    )
    assert isinstance(answer, ox.QueryBoolean)
    return answer


class RemoteStoreError(RuntimeError):
    """The remote store could not be reached, or refused a request; the message says which."""


@dataclass(frozen=True)
class Endpoints:
    """Where a remote store answers: SPARQL queries, SPARQL updates and the Graph Store
    Protocol. Only the query endpoint is required: SPARQL 1.1 lets a server take updates at
    the same address (Fuseki's dataset URL does), and without a Graph Store endpoint a graph
    is replaced by a SPARQL Update instead."""

    query: str
    update: str
    graph_store: str | None = None

    def __post_init__(self) -> None:
        for name, url in (("query", self.query), ("update", self.update), ("graph-store", self.graph_store)):
            if url is not None and urlsplit(url).scheme not in ("http", "https"):
                raise ValueError(f"the {name} endpoint must be an http(s) URL, not {url!r}")
            if url is not None and urlsplit(url).password is not None:
                raise ValueError(
                    f"the {name} endpoint's URL carries a password; set ${USER_VARIABLE} and "
                    f"${PASSWORD_VARIABLE} instead, so that it is in no command line or file"
                )

    @classmethod
    def from_url(cls, url: str, environ: Mapping[str, str] = os.environ) -> Endpoints:
        """The query endpoint ``url``; the others from the environment, or the same URL."""
        return cls(
            query=url,
            update=environ.get(UPDATE_VARIABLE) or url,
            graph_store=environ.get(GRAPH_STORE_VARIABLE) or None,
        )

    @classmethod
    def from_file(cls, path: Path) -> Endpoints:
        """A TOML file with a ``[store]`` table: ``query``, ``update``, ``graph-store``."""
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8")).get("store")
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ValueError(f"{path}: {error}") from error
        if not isinstance(table, dict) or "query" not in table:
            raise ValueError(f'{path}: no [store] table with query = "http://..."')
        secret = {"user", "password", "username"} & set(table)
        if secret:
            raise ValueError(
                f"{path}: credentials ({', '.join(sorted(secret))}) do not go in a file; set "
                f"${USER_VARIABLE} and ${PASSWORD_VARIABLE}"
            )
        unknown = set(table) - {"query", "update", "graph-store"}
        if unknown:
            raise ValueError(f"{path}: unknown keys in [store]: {', '.join(sorted(unknown))}")
        return cls(table["query"], table.get("update") or table["query"], table.get("graph-store"))

    @property
    def name(self) -> str:
        """host-port, to name what belongs to this store on the local disk (dumps, quarantine)."""
        parts = urlsplit(self.query)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return f"{parts.hostname}-{port}"


def credentials_from(environ: Mapping[str, str] = os.environ) -> tuple[str, str] | None:
    user = environ.get(USER_VARIABLE)
    return (user, environ.get(PASSWORD_VARIABLE, "")) if user else None


class Http:
    """requests with retries, back-off and the authentication scheme the server asks for."""

    def __init__(
        self,
        credentials: tuple[str, str] | None = None,
        *,
        retries: int = 5,
        backoff: float = 0.5,
        timeout: tuple[float, float] = (10.0, 600.0),
    ) -> None:
        self.session = requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=32)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.credentials = credentials
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self._auth: AuthBase | None = None
        self._lock = threading.Lock()

    def request(self, method: str, url: str, **kwargs: object) -> requests.Response:
        """Send a request, again after a transient failure (each request here is idempotent)."""
        attempt = 0
        while True:
            auth = self._auth
            try:
                response = self.session.request(
                    method,
                    url,
                    auth=auth,
                    timeout=self.timeout,
                    **kwargs,  # type: ignore[arg-type]
                )
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as error:
                if attempt >= self.retries:
                    raise RemoteStoreError(f"{method} {url}: {error}") from error
                self._pause(attempt, None)
                attempt += 1
                continue
            except requests.ReadTimeout as error:  # a slow answer is not a transient failure: no retry
                raise RemoteStoreError(f"{method} {url}: no answer within {self.timeout[1]:g} s") from error
            if response.status_code == 401 and self._authenticate(response, auth):
                continue
            if response.status_code in TRANSIENT_STATUSES and attempt < self.retries:
                self._pause(attempt, response.headers.get("Retry-After"))
                attempt += 1
                continue
            return response

    def _pause(self, attempt: int, retry_after: str | None) -> None:
        delay = self.backoff * 2**attempt
        if retry_after is not None and retry_after.isdigit():
            delay = max(delay, float(retry_after))
        time.sleep(min(delay, 30.0))

    def _authenticate(self, response: requests.Response, sent: AuthBase | None) -> bool:
        """Take up the scheme of a 401's challenge, once: whether to send the request again
        (not if it was sent with the credentials already: they are wrong)."""
        with self._lock:
            if self.credentials is None or sent is not None:
                return False
            if self._auth is not None:  # another thread took up the challenge meanwhile
                return True
            challenge = response.headers.get("WWW-Authenticate", "").lower()
            user, password = self.credentials
            self._auth = (
                HTTPDigestAuth(user, password)
                if challenge.startswith("digest")
                else HTTPBasicAuth(user, password)
            )
            return True

    def close(self) -> None:
        self.session.close()


def _iri(name: str) -> str:
    return str(ox.NamedNode(name))  # checks the IRI: nothing else reaches a request's text


def _values(names: Iterable[str]) -> str:
    return " ".join(_iri(name) for name in names)


DUMP_CONNECTIONS = 8
"""Graph Store GETs a dump keeps going at once."""

INSERT_DATA_TRIPLES = 10_000
"""Triples a bulk load sends in one SPARQL Update: Virtuoso compiles an INSERT DATA into one
statement, and a very large one fails."""


def _chunks(graphs: list[tuple[str, NTriples]]) -> Iterator[list[tuple[str, NTriples]]]:
    chunk: list[tuple[str, NTriples]] = []
    size = 0
    for name, data in graphs:
        if chunk and size + data.count > INSERT_DATA_TRIPLES:
            yield chunk
            chunk, size = [], 0
        chunk.append((name, data))
        size += data.count
    if chunk:
        yield chunk


def _insert_data(graphs: list[tuple[str, NTriples]]) -> str:
    return (
        "INSERT DATA {\n" + "".join(f"GRAPH {_iri(name)} {{\n{data.text}}}\n" for name, data in graphs) + "}"
    )


class RemoteStore:
    """A SPARQL 1.1 store at ``endpoints``, with the interface of :class:`~sso_kg.store.Store`.

    Opening one asks the store a trivial question, so that a wrong URL or a store that is down
    is reported at once, not at the first release."""

    path = None  # nothing on the local disk

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        read_only: bool = False,
        credentials: tuple[str, str] | None = None,
        http: Http | None = None,
    ) -> None:
        self.endpoints = endpoints
        self.read_only = read_only
        self._http = http or Http(credentials if credentials is not None else credentials_from())
        self._syntax = ox.Store()  # an empty store: Oxigraph's parser checks each query first
        self._pending_checked = False
        self.ask("ASK { }")

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoints.query!r})"

    # -- the protocols ---------------------------------------------------------------------

    def _fail(self, response: requests.Response, what: str) -> RemoteStoreError:
        text = response.text.strip().replace("\n", " ")[:600]
        hint = ""
        if response.status_code in (401, 403):
            hint = (
                f" (set ${USER_VARIABLE} and ${PASSWORD_VARIABLE} to an account allowed to write, "
                "and point the update and graph-store endpoints at the ones that check it)"
            )
        return RemoteStoreError(f"{what}: {response.status_code} {response.reason}: {text}{hint}")

    def _update(self, request: str) -> None:
        if self.read_only:
            raise RemoteStoreError("this store was opened read-only")
        response = self._http.request(
            "POST",
            self.endpoints.update,
            data=request.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )
        if response.status_code >= 300:
            raise self._fail(response, f"SPARQL Update at {self.endpoints.update}")

    def _put(self, name: str, data: NTriples) -> None:
        """Replace one graph in one request: a Graph Store PUT, or an Update without one."""
        if self.endpoints.graph_store is None:
            self._update(
                f"DROP SILENT GRAPH {_iri(name)} ;\nINSERT DATA {{ GRAPH {_iri(name)} {{\n{data.text}}} }}"
            )
            return
        response = self._http.request(
            "PUT",
            self.endpoints.graph_store,
            params={"graph": name},
            data=data.text.encode("utf-8"),
            headers={"Content-Type": "application/n-triples; charset=utf-8"},
        )
        if response.status_code >= 300:
            raise self._fail(response, f"Graph Store PUT of <{name}> at {self.endpoints.graph_store}")

    def _get_graph(self, name: str) -> Iterator[ox.Triple]:
        """One named graph, by a Graph Store GET (no result-size cap applies to it)."""
        if self.endpoints.graph_store is None:
            yield from self._send(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {_iri(name)} {{ ?s ?p ?o }} }}", accept=GRAPH_ACCEPT
            )  # type: ignore[misc]
            return
        response = self._http.request(
            "GET",
            self.endpoints.graph_store,
            params={"graph": name},
            headers={"Accept": "application/n-triples, text/turtle;q=0.5"},
            stream=True,
        )
        if response.status_code == 404:
            return
        if response.status_code >= 300:
            raise self._fail(response, f"Graph Store GET of <{name}> at {self.endpoints.graph_store}")
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        response.raw.decode_content = True
        for quad in ox.parse(response.raw, format=_GRAPH_TYPES.get(media_type, ox.RdfFormat.TURTLE)):
            yield quad.triple

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult | list[ox.Triple]:
        """Run a SPARQL query on the remote store; the answer is Oxigraph's, as the embedded
        store's is. A query that names no dataset has the merge as its default graph.

        The query is parsed by Oxigraph first (a SyntaxError, as from the embedded store), so
        the language accepted is SPARQL 1.1, whichever server answers."""
        self._syntax.query(sparql)
        shape = inspect_query(sparql)
        params: list[tuple[str, str]] = []
        if default_graphs is None and named_graphs is None:
            if not shape.dataset:
                params.append(("default-graph-uri", MERGE))
        else:
            params += [("default-graph-uri", g) for g in default_graphs or ()]
            params += [("named-graph-uri", g) for g in named_graphs or ()]
        graph_form = shape.form in ("CONSTRUCT", "DESCRIBE")  # an answer in RDF
        return self._send(sparql, params, accept=GRAPH_ACCEPT if graph_form else RESULTS_ACCEPT)

    def _send(
        self, sparql: str, dataset: list[tuple[str, str]] | None = None, *, accept: str = RESULTS_ACCEPT
    ) -> QueryResult | list[ox.Triple]:
        """POST a query (with the protocol's dataset parameters, if any). A server that cuts
        an answer at its own row cap (Virtuoso's ResultSetMaxRows) makes this raise rather
        than return part of an answer as if it were all of it."""
        response = self._http.request(
            "POST",
            self.endpoints.query,
            data=[("query", sparql), *(dataset or ())],
            headers={"Accept": accept},
        )
        if response.status_code == 400:
            raise SyntaxError(f"the store refused the query: {response.text.strip()[:600]}")
        if response.status_code >= 300:
            raise self._fail(response, f"SPARQL query at {self.endpoints.query}")
        cap = response.headers.get("X-SPARQL-MaxRows")
        if cap is not None:
            raise RemoteStoreError(
                f"the store cut its answer at {cap} rows (its own limit; Virtuoso's [SPARQL] "
                "ResultSetMaxRows): raise that limit above the largest answer sso-kg asks for"
            )
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media_type in _RESULT_TYPES:
            content = response.content
            if media_type != "application/sparql-results+xml":
                content = _VIRTUOSO_BOOLEAN.sub(
                    lambda m: m[1] + (b"true" if m[2] == b"1" else b"false"), content
                )
            answer = ox.parse_query_results(content, format=_RESULT_TYPES[media_type])
            if (
                isinstance(answer, ox.QuerySolutions)
                and [v.value for v in answer.variables] == [_ASK_VARIABLE]
                and inspect_query(sparql).form == "ASK"
            ):
                return _boolean(any(row[_ASK_VARIABLE] is not None for row in answer))
            return answer
        if media_type in _GRAPH_TYPES:
            parsed = ox.parse(response.content, format=_GRAPH_TYPES[media_type])
            return [quad.triple for quad in parsed]  # a CONSTRUCT's or DESCRIBE's triples
        raise RemoteStoreError(
            f"SPARQL query at {self.endpoints.query}: unexpected answer type {media_type!r}"
        )

    def ask(self, sparql: str) -> bool:
        """An ASK of sso-kg's own (graphs named in it, no dataset sent)."""
        return bool(self._send(sparql))

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        """A SELECT of sso-kg's own (graphs named in it, no dataset sent)."""
        return list(self._send(sparql))  # type: ignore[arg-type]

    # -- writing -------------------------------------------------------------------------

    def replace_graphs(
        self, graphs: Iterable[tuple[str, Graph | NTriples]], *, ledger: Mapping[str, str] | None = None
    ) -> int:
        """Replace each named graph by the given triples; returns the number of triples written.

        Every graph is read first, so a graph that cannot be read fails the batch before
        anything is written. Then three steps: one Update copies the old versions of the
        graphs into :data:`PENDING` and notes in the ledger which graphs are being replaced;
        the graphs are written, a graph the store holds by a Graph Store PUT of its own, new
        ones by a SPARQL Update that loads a few dozen at once (each request is atomic, so
        each graph is fully old or fully new); one Update brings the merge up to date,
        empties :data:`PENDING`, clears the notes and writes the digests. A batch stopped
        between them is finished by the next write (:meth:`_finish_pending`).
        """
        ledger = ledger or {}
        batch = [(name, g if isinstance(g, NTriples) else NTriples.of(g)) for name, g in graphs]
        if not batch:
            return 0
        for name, data in batch:
            _iri(name)
            for _ in ox.parse(data.text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):  # SyntaxError
                pass
        names = [name for name, _ in batch]
        self._finish_pending()
        stored = {
            row["g"].value
            for row in self._select(
                f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {_values(names)} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            )
        }
        notes = "".join(
            f"<{LEDGER}> <{REPLACING}> <{name}> .\n<{LEDGER}> <{HOLDS}> <{name}> .\n" for name in names
        )
        self._update(
            f"INSERT DATA {{ GRAPH <{LEDGER}> {{\n{notes}}} }}"
            + (
                f" ;\nINSERT {{ GRAPH <{PENDING}> {{ ?s ?p ?o }} }} "
                f"WHERE {{ VALUES ?g {{ {_values(stored)} }} GRAPH ?g {{ ?s ?p ?o }} }}"
                if stored
                else ""
            )
        )
        # New graphs are loaded together, a few dozen to a request (twice as fast as a PUT
        # each, on Virtuoso); graphs the store holds are replaced by a PUT each.
        # (Several requests at once gain nothing: Virtuoso's own work is what takes the time.)
        for chunk in _chunks([(name, data) for name, data in batch if name not in stored]):
            self._update(_insert_data(chunk))
        for name, data in batch:
            if name in stored:
                self._put(name, data)
        digests = "".join(
            f"<{name}> <{LEDGER_DIGEST}> {ox.Literal(ledger[name])} .\n" for name in names if name in ledger
        )
        self._update(
            " ;\n".join(
                [
                    *self._completion(),
                    f"DELETE {{ GRAPH <{LEDGER}> {{ ?g <{LEDGER_DIGEST}> ?digest }} }} "
                    f"WHERE {{ VALUES ?g {{ {_values(names)} }} "
                    f"GRAPH <{LEDGER}> {{ ?g <{LEDGER_DIGEST}> ?digest }} }}",
                    *([f"INSERT DATA {{ GRAPH <{LEDGER}> {{\n{digests}}} }}"] if digests else []),
                ]
            )
        )
        return sum(data.count for _, data in batch)

    @staticmethod
    def _completion() -> list[str]:
        """The Update that finishes a batch: the graphs noted as being replaced go into the
        merge as they are now; what their old versions (in :data:`PENDING`) stated and no
        graph states any more leaves it; then the notes and :data:`PENDING` go."""
        others = ", ".join(f"<{g}>" for g in _BOOKKEEPING)
        return [
            f"INSERT {{ GRAPH <{MERGE}> {{ ?s ?p ?o }} }} WHERE {{ "
            f"GRAPH <{LEDGER}> {{ <{LEDGER}> <{REPLACING}> ?g }} GRAPH ?g {{ ?s ?p ?o }} }}",
            f"DELETE {{ GRAPH <{MERGE}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{PENDING}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({others})) }} }}",
            f"DROP SILENT GRAPH <{PENDING}>",
            f"DELETE WHERE {{ GRAPH <{LEDGER}> {{ <{LEDGER}> <{REPLACING}> ?g }} }}",
        ]

    def _finish_pending(self) -> None:
        """Finish a batch that was stopped midway (checked once per opened store: a batch
        that is not stopped finishes itself)."""
        if self._pending_checked:
            return
        if self.ask(f"ASK {{ GRAPH <{LEDGER}> {{ <{LEDGER}> <{REPLACING}> ?g }} }}"):
            self._update(" ;\n".join(self._completion()))
        self._pending_checked = True

    def replace_graph(self, name: str, graph: Graph | NTriples) -> int:
        return self.replace_graphs([(name, graph)])

    def drop_graph(self, name: str) -> None:
        """Remove a graph, what only it stated from the merge, and its ledger entries."""
        self._finish_pending()
        self._update(
            " ;\n".join(
                [
                    f"INSERT {{ GRAPH <{PENDING}> {{ ?s ?p ?o }} }} "
                    f"WHERE {{ GRAPH {_iri(name)} {{ ?s ?p ?o }} }}",
                    f"DROP SILENT GRAPH {_iri(name)}",
                    *self._completion(),
                    f"DELETE WHERE {{ GRAPH <{LEDGER}> {{ {_iri(name)} ?p ?o }} }}",
                    f"DELETE WHERE {{ GRAPH <{LEDGER}> {{ <{LEDGER}> <{HOLDS}> {_iri(name)} }} }}",
                ]
            )
        )

    # -- reading -------------------------------------------------------------------------

    def ledger(self) -> dict[str, str]:
        rows = self._select(
            f"SELECT ?g ?digest WHERE {{ GRAPH <{LEDGER}> {{ ?g <{LEDGER_DIGEST}> ?digest }} }}"
        )
        return {row["g"].value: row["digest"].value for row in rows}

    def triples(
        self,
        subject: ox.NamedNode | ox.BlankNode | None = None,
        predicate: ox.NamedNode | None = None,
        obj: ox.NamedNode | ox.BlankNode | ox.Literal | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[ox.Triple]:
        """The triples of the merge that match a pattern, at most ``limit``. A blank node cannot
        be named in a query to another store, so a pattern with one matches nothing."""
        if isinstance(subject, ox.BlankNode) or isinstance(obj, ox.BlankNode):
            return
        terms = [
            str(term) if term is not None else f"?{var}"
            for term, var in ((subject, "s"), (predicate, "p"), (obj, "o"))
        ]
        variables = " ".join(t for t in terms if t.startswith("?")) or "*"
        query = f"SELECT {variables} WHERE {{ GRAPH <{MERGE}> {{ {' '.join(terms)} }} }}"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        if variables == "*":
            if self.ask(f"ASK {{ GRAPH <{MERGE}> {{ {' '.join(terms)} }} }}"):
                yield ox.Triple(subject, predicate, obj)  # type: ignore[arg-type]
            return
        for row in self._select(query):
            yield ox.Triple(
                subject if subject is not None else row["s"],
                predicate if predicate is not None else row["p"],
                obj if obj is not None else row["o"],
            )

    def graph_names(self) -> Iterator[str]:
        """The graphs sso-kg wrote (not the server's own)."""
        for row in self._select(
            f"SELECT ?g WHERE {{ GRAPH <{LEDGER}> {{ <{LEDGER}> <{HOLDS}> ?g }} }} ORDER BY ?g"
        ):
            yield row["g"].value

    def quads(self, name: str) -> Iterator[ox.Quad]:
        graph = ox.NamedNode(name)
        for triple in self._get_graph(name):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)

    def has_graph(self, name: str) -> bool:
        try:
            node = _iri(name)
        except ValueError:
            return False
        return self.ask(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}")

    def graph(self, name: str) -> Graph:
        out = io.BytesIO()
        ox.serialize((q.triple for q in self.quads(name)), out, format=ox.RdfFormat.N_TRIPLES)
        graph = Graph()
        graph.parse(data=out.getvalue(), format="nt")
        return graph

    def triple_count(self) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{MERGE}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"].value)

    def dump(self, out: BinaryIO, fmt: str = "nquads") -> None:
        """As the embedded store dumps: N-Quads and TriG graph by graph (the ledger and the
        merge left out), Turtle and N-Triples the merge. Every graph comes by a Graph Store
        GET, which no result-size cap applies to; the named graphs :data:`DUMP_CONNECTIONS`
        at a time, since a GET waits on the store more than it works it (Virtuoso: 24 ms a
        graph one at a time, 5 ms eight at a time; a query for a hundred graphs at once was
        slower still)."""
        rdf_format = DUMP_FORMATS[fmt][0]
        if not rdf_format.supports_datasets:
            ox.serialize(self._get_graph(MERGE), out, format=rdf_format)
            return
        names = [name for name in self.graph_names() if name not in _BOOKKEEPING]

        def quads() -> Iterator[ox.Quad]:
            with ThreadPoolExecutor(DUMP_CONNECTIONS, thread_name_prefix="dump") as pool:
                for start in range(0, len(names), 8 * DUMP_CONNECTIONS):  # a few graphs in memory
                    for graph in pool.map(
                        lambda name: list(self.quads(name)), names[start : start + 8 * DUMP_CONNECTIONS]
                    ):
                        yield from graph

        ox.serialize(quads(), out, format=rdf_format)

    # -- what a remote store does for itself ----------------------------------------------

    def flush(self) -> None:
        """Nothing to do: each request is durable once answered."""

    def optimize(self) -> None:
        """Nothing to do: a production store compacts itself."""

    def backup(self, target: Path) -> None:
        raise RemoteStoreError(
            "a remote store is backed up with its own tools (Virtuoso: backup_online; Fuseki: "
            "POST /$/backup/{dataset}; GraphDB: its backup API), or dumped with `sso-kg dump`"
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
