"""The remote store against a real Virtuoso (Debian's virtuoso-opensource) on loopback.

Virtuoso is started once for this module, in a throwaway folder; each test starts from a store
without sso-kg's graphs. The tests are skipped, saying why, only where Virtuoso is not
installed (`.ci/run` installs it).
"""

from __future__ import annotations

import gzip
import http.server
import io
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

import virtuoso
from sso_kg.config import Settings, store_location
from sso_kg.dumps import write_dumps
from sso_kg.remote_store import MERGE, PENDING, Endpoints, Http, RemoteStore, RemoteStoreError
from sso_kg.store import LEDGER, NTriples, Store
from sso_kg.sync import push
from test_serve import _free_port, _start

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(virtuoso.available() is not None, reason=virtuoso.available() or ""),
]

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "data" / "releases"
CLI = [sys.executable, "-m", "sso_kg.cli"]
EX = "https://example.org/"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[virtuoso.Virtuoso]:
    running = virtuoso.start(tmp_path_factory.mktemp("virtuoso"), memory_mb=512)
    yield running
    running.stop()


def _empty(server: virtuoso.Virtuoso) -> None:
    """Drop every graph but Virtuoso's own (its system graphs live under openlinksw.com,
    w3.org and its own host)."""
    http = Http(virtuoso.CREDENTIALS)
    answer = http.request(
        "POST",
        server.endpoints.query,
        data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    ).json()
    ours = [
        b["g"]["value"]
        for b in answer["results"]["bindings"]
        if b["g"]["value"].startswith(("urn:sso-kg:", EX, "https://w3id.org/sso-kg"))
    ]
    if ours:
        update = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in ours)
        response = http.request(
            "POST",
            server.endpoints.update,
            data=update.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        assert response.status_code == 200, response.text
    http.close()


@pytest.fixture
def remote(server: virtuoso.Virtuoso) -> Iterator[RemoteStore]:
    _empty(server)
    store = RemoteStore(server.endpoints, credentials=virtuoso.CREDENTIALS)
    yield store
    store.close()


def graph_of(*objects: str) -> Graph:
    graph = Graph()
    for i, obj in enumerate(objects):
        graph.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(obj, lang="th")))
    return graph


def merge_of(store: RemoteStore) -> set[ox.Triple]:
    return set(store.triples())


# -- the store interface, as the embedded store's tests check it --------------------------------


def test_the_default_graph_is_the_merge_each_triple_once(remote: RemoteStore) -> None:
    remote.replace_graphs([(f"{EX}g1", graph_of("ก", "ข")), (f"{EX}g2", graph_of("ก"))])
    rows = list(remote.query("SELECT ?o WHERE { ?s ?p ?o }"))
    assert sorted(r["o"].value for r in rows) == ["ก", "ข"]  # not ก twice, and none of Virtuoso's own
    remote.replace_graph(f"{EX}g1", graph_of("ค"))
    assert sorted(r["o"].value for r in remote.query("SELECT ?o WHERE { ?s ?p ?o }")) == ["ก", "ค"]
    remote.replace_graph(f"{EX}g2", graph_of("ง"))
    assert sorted(r["o"].value for r in remote.query("SELECT ?o WHERE { ?s ?p ?o }")) == ["ค", "ง"]
    assert remote.triple_count() == 2
    named = list(remote.query(f"SELECT ?g ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{MERGE}>) }}"))
    assert sorted((r["g"].value, r["o"].value) for r in named if r["g"].value.startswith(EX)) == [
        (f"{EX}g1", "ค"),
        (f"{EX}g2", "ง"),
    ]
    assert list(remote.graph_names()) == [f"{EX}g1", f"{EX}g2"]
    assert remote.has_graph(f"{EX}g1") and not remote.has_graph(f"{EX}nothing")
    assert {str(o) for o in remote.graph(f"{EX}g1").objects()} == {"ค"}
    for form in (f"DESCRIBE <{EX}s0>", f"CONSTRUCT WHERE {{ <{EX}s0> ?p ?o }}"):
        assert {t.object.value for t in remote.query(form)} == {"ค", "ง"}, form  # type: ignore[union-attr]
    assert remote.query(f"ASK {{ <{EX}s0> ?p ?o }}") and not remote.query(f"ASK {{ <{EX}s9> ?p ?o }}")


BROKEN = NTriples("<https://example.org/s> <https://example.org/p> broken .\n", 1)


def test_a_batch_that_cannot_be_read_writes_nothing(remote: RemoteStore) -> None:
    remote.replace_graph(f"{EX}g1", graph_of("ก"))
    with pytest.raises(SyntaxError):
        remote.replace_graphs([(f"{EX}g1", graph_of("ข")), (f"{EX}g2", BROKEN), (f"{EX}g3", graph_of("ค"))])
    assert {str(o) for o in remote.graph(f"{EX}g1").objects()} == {"ก"}
    assert not remote.has_graph(f"{EX}g2") and not remote.has_graph(f"{EX}g3")


def test_an_interrupted_batch_is_finished_by_the_next_write(
    server: virtuoso.Virtuoso, remote: RemoteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between its requests, after one graph was put: each graph is whole (old or new),
    and the next write, by another process, finishes the batch: the merge is exact."""
    remote.replace_graphs([(f"{EX}g1", graph_of("ก", "ข")), (f"{EX}g2", graph_of("ค"))])
    original_put = RemoteStore._put
    puts = 0

    def put_then_die(self: RemoteStore, name: str, data: NTriples) -> None:
        nonlocal puts
        if puts == 1:
            raise KeyboardInterrupt  # as if killed between two requests
        puts += 1
        original_put(self, name, data)

    monkeypatch.setattr(RemoteStore, "_put", put_then_die)
    with pytest.raises(KeyboardInterrupt):
        remote.replace_graphs([(f"{EX}g1", graph_of("ง")), (f"{EX}g2", graph_of("จ"))])
    monkeypatch.setattr(RemoteStore, "_put", original_put)
    assert {str(o) for o in remote.graph(f"{EX}g1").objects()} == {"ง"}  # new
    assert {str(o) for o in remote.graph(f"{EX}g2").objects()} == {"ค"}  # old
    assert remote.ask(f"ASK {{ GRAPH <{PENDING}> {{ ?s ?p ?o }} }}")  # the batch's notes

    with RemoteStore(server.endpoints, credentials=virtuoso.CREDENTIALS) as again:
        again.replace_graph(f"{EX}g3", graph_of("ฉ"))
        assert {t.object.value for t in merge_of(again)} == {"ง", "ค", "ฉ"}
        assert not again.ask(f"ASK {{ GRAPH <{PENDING}> {{ ?s ?p ?o }} }}")


_TRIPLES = [
    ox.Triple(ox.NamedNode(f"{EX}s{s}"), ox.NamedNode(f"{EX}p"), ox.Literal(o, language="th"))
    for s in range(2)
    for o in ("ก", "ข", "ค")
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batches=st.lists(
        st.dictionaries(
            st.sampled_from([f"{EX}g{i}" for i in range(3)]),
            st.frozensets(st.sampled_from(_TRIPLES), min_size=1),
            min_size=1,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_replacing_graphs_in_batches_keeps_each_graph_and_the_merge_exact(
    server: virtuoso.Virtuoso, batches: list[dict[str, frozenset[ox.Triple]]]
) -> None:
    _empty(server)
    with RemoteStore(server.endpoints, credentials=virtuoso.CREDENTIALS) as store:
        model: dict[str, frozenset[ox.Triple]] = {}
        for batch in batches:
            store.replace_graphs(
                (name, NTriples("".join(f"{t} .\n" for t in triples), len(triples)))
                for name, triples in batch.items()
            )
            model.update(batch)
            for name, triples in model.items():
                assert {q.triple for q in store.quads(name)} == triples
            assert merge_of(store) == set().union(*model.values())


def test_the_ledger_is_kept_with_the_graphs(remote: RemoteStore) -> None:
    remote.replace_graphs([(f"{EX}g1", graph_of("ก")), (f"{EX}g2", graph_of("ข"))], ledger={f"{EX}g1": "d1"})
    assert remote.ledger() == {f"{EX}g1": "d1"}
    remote.replace_graphs([(f"{EX}g1", graph_of("ค"))], ledger={f"{EX}g1": "d2"})
    assert remote.ledger() == {f"{EX}g1": "d2"}
    remote.drop_graph(f"{EX}g1")
    assert remote.ledger() == {} and list(remote.graph_names()) == [f"{EX}g2"]
    assert {t.object.value for t in merge_of(remote)} == {"ข"}


# -- configuration and credentials ---------------------------------------------------------------


def test_credentials_come_from_the_environment_and_a_wrong_one_is_refused_clearly(
    server: virtuoso.Virtuoso, remote: RemoteStore
) -> None:
    for credentials in (("dba", "wrong"), None):
        with (
            RemoteStore(server.endpoints, credentials=credentials) as store,
            pytest.raises(RemoteStoreError, match=r"401.*SSO_KG_STORE_USER"),
        ):
            store.replace_graph(f"{EX}g1", graph_of("ก"))
    assert not remote.has_graph(f"{EX}g1")
    help_text = subprocess.run([*CLI, "ingest", "--help"], capture_output=True, text=True, check=True).stdout
    assert "password" not in help_text.lower().replace("sso_kg_store_password", "")


def test_endpoints_from_a_url_the_environment_or_a_file(tmp_path: Path) -> None:
    environ = {"SSO_KG_STORE_UPDATE_URL": "http://db:8890/sparql-auth"}
    endpoints = Endpoints.from_url("http://db:8890/sparql", environ)
    assert endpoints == Endpoints("http://db:8890/sparql", "http://db:8890/sparql-auth", None)
    assert Settings.for_store(endpoints).dumps_path == Path("var/db-8890-dumps")
    config = tmp_path / "fuseki.toml"
    config.write_text('[store]\nquery = "http://f:3030/ds/query"\ngraph-store = "http://f:3030/ds/data"\n')
    assert store_location(str(config)) == Endpoints(
        "http://f:3030/ds/query", "http://f:3030/ds/query", "http://f:3030/ds/data"
    )
    config.write_text('[store]\nquery = "http://f:3030/ds/query"\npassword = "secret"\n')
    with pytest.raises(ValueError, match="do not go in a file"):
        store_location(str(config))
    with pytest.raises(ValueError, match="carries a password"):
        store_location("http://admin:secret@db:8890/sparql")
    assert store_location("var/store") == Path("var/store")


class _Flaky(http.server.BaseHTTPRequestHandler):
    """Two 503s (a restarting server), then the answer; one answer cut at the server's cap."""

    failures = 2

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if _Flaky.failures:
            _Flaky.failures -= 1
            self.send_response(503)
            self.send_header("Retry-After", "0")
            self.end_headers()
            return
        body = b'{"head": {}, "boolean": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        if "capped" in self.path:
            self.send_header("X-SPARQL-MaxRows", "10000")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_transient_errors_are_retried_with_back_off_and_a_cut_answer_is_an_error() -> None:
    port = _free_port()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), _Flaky)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        store = RemoteStore(Endpoints.from_url(f"http://127.0.0.1:{port}/sparql", {}), credentials=None)
        assert time.monotonic() - started >= 0.5 + 1.0  # backed off 0.5 s, then 1 s
        assert store.ask("ASK {}")
        with pytest.raises(RemoteStoreError, match="ResultSetMaxRows"):
            RemoteStore(Endpoints.from_url(f"http://127.0.0.1:{port}/capped", {}), credentials=None)
    finally:
        httpd.shutdown()
        httpd.server_close()
    down = Http(retries=1, backoff=0.01, timeout=(2, 5))
    with pytest.raises(RemoteStoreError, match=r"127\.0\.0\.1"):
        down.request("POST", f"http://127.0.0.1:{port}/sparql")


# -- the whole pipeline: ingest, dumps, push, serve ---------------------------------------------


def _env(server: virtuoso.Virtuoso) -> dict[str, str]:
    return {**os.environ, "PYTHAINLP_OFFLINE": "1", **server.environment()}


def _quads(path: Path, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(gzip.decompress(path.read_bytes()), format=fmt))


def test_the_bundled_releases_give_the_same_triples_in_virtuoso_and_in_the_embedded_store(
    server: virtuoso.Virtuoso, remote: RemoteStore, bundled_store: Store, bundled_settings, tmp_path: Path
) -> None:
    """`sso-kg ingest --store URL` of the dev set's 26 releases (bundled in data/releases), as a
    user runs it; the dumps of both stores compared (the releases have no blank nodes, so the
    comparison is exact); then a second run skips all, and `sso-kg validate` finds them valid."""
    env = {**_env(server), "SSO_KG_BASE": bundled_settings.base}

    def sso_kg(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*CLI, *args, "--store", server.endpoints.query]
        return subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, timeout=300)

    run = sso_kg("ingest", str(RELEASES))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "stored: 26, quarantined: 0" in run.stdout
    dumps = tmp_path / "var" / f"{server.endpoints.name}-dumps"
    for name, fmt in (("sso-kg.nq.gz", ox.RdfFormat.N_QUADS), ("sso-kg.ttl.gz", ox.RdfFormat.TURTLE)):
        remote_quads = _quads(dumps / name, fmt)
        embedded_quads = _quads(bundled_settings.dumps_path / name, fmt)
        assert remote_quads == embedded_quads, name
        assert len(remote_quads) > 5000
    again = sso_kg("ingest", str(RELEASES))
    assert "unchanged (skipped): 26, stored: 0" in again.stdout, again.stdout + again.stderr
    validate = sso_kg("validate")
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "release graphs checked: 26, not conforming: 0; corpus-wide violations: 0" in validate.stdout


def test_push_on_the_command_line(server: virtuoso.Virtuoso, remote: RemoteStore, tmp_path: Path) -> None:
    env = _env(server)
    local = tmp_path / "store"
    two = sorted(RELEASES.glob("*.txt"))[:2]
    ingest = [*CLI, "ingest", *map(str, two), "--store", str(local), "--no-dumps", "--jobs", "1"]
    subprocess.run(ingest, env=env, check=True, capture_output=True, timeout=120)
    command = [*CLI, "push", "--from", str(local), "--to", server.endpoints.query]
    first = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "copied: " in first.stdout and "unchanged (skipped): 0" in first.stdout
    assert (tmp_path / "var" / f"{server.endpoints.name}-dumps" / "manifest.json").exists()
    second = subprocess.run(command, env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert "copied: 0" in second.stdout
    assert sum(1 for name in remote.graph_names() if "/graph/release/" in name) == 2
    refused = subprocess.run(
        [*CLI, "push", "--from", str(local), "--to", str(tmp_path)], env=env, capture_output=True, text=True
    )
    assert refused.returncode == 2 and "not a remote store" in refused.stderr


def test_push_copies_only_what_changed(
    server: virtuoso.Virtuoso, remote: RemoteStore, bundled_store: Store, tmp_path: Path
) -> None:
    first = push(bundled_store, remote)
    assert first.copied == first.graphs > 26 and first.unchanged == 0
    assert push(bundled_store, remote).copied == 0
    embedded = {
        q for name in bundled_store.graph_names() if name != LEDGER for q in bundled_store.quads(name)
    }
    pushed = {q for name in remote.graph_names() for q in remote.quads(name)}
    assert pushed == embedded
    assert merge_of(remote) == set(bundled_store.triples())
    with RemoteStore(server.endpoints, credentials=virtuoso.CREDENTIALS) as fresh:  # 8 GETs at once,
        out = io.BytesIO()  # each meeting the Digest challenge first
        fresh.dump(out, "nquads")
    assert set(ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS)) == embedded
    # One release changes in the embedded store (a new version of the pipeline, say).
    with Store(tmp_path / "copy") as changed:
        push(bundled_store, changed)  # an embedded store is a GraphStore too
        name = next(n for n in changed.graph_names() if "/graph/release/" in n)
        graph = changed.graph(name)
        graph.add((URIRef(f"{EX}s"), URIRef(f"{EX}p"), Literal("ใหม่", lang="th")))
        changed.replace_graphs([(name, graph)], ledger={name: "a new digest"})
        again = push(changed, remote)
    assert again.copied_names == [name]
    assert ox.Literal("ใหม่", language="th") in {t.object for t in merge_of(remote)}


def test_serving_from_virtuoso_keeps_every_feature(
    server: virtuoso.Virtuoso, remote: RemoteStore, bundled_store: Store, bundled_server: str, tmp_path: Path
) -> None:
    """`sso-kg serve --store URL` on a real port: pages, RDF documents, the endpoint and its
    limits, VoID and dumps answer as they do from the embedded store."""
    push(bundled_store, remote)
    write_dumps(remote, tmp_path / "var" / f"{server.endpoints.name}-dumps")
    serving, url = _start(server.endpoints.query, workers=1, time_limit=30, env=_env(server), cwd=tmp_path)
    try:
        for path in ("/doc/org/sso.ttl", "/doc/province/TH-10.ttl", "/.well-known/void"):
            mine = requests.get(f"{url}{path}", headers={"Accept": "text/turtle"}, timeout=30)
            theirs = requests.get(f"{bundled_server}{path}", headers={"Accept": "text/turtle"}, timeout=30)
            assert mine.status_code == theirs.status_code == 200, path
            if path != "/.well-known/void":  # VoID states the dumps' dates

                def about_data(answer: requests.Response, host: str) -> set[ox.Quad]:
                    quads = ox.parse(answer.content, format=ox.RdfFormat.TURTLE)
                    return {q for q in quads if not q.subject.value.startswith(host)}  # not the document

                assert about_data(mine, url) == about_data(theirs, bundled_server), path
        page = requests.get(f"{url}/doc/org/sso", headers={"Accept": "text/html"}, timeout=30)
        assert page.status_code == 200 and "สำนักงานประกันสังคม" in page.text
        assert requests.get(f"{url}/id/org/sso", allow_redirects=False, timeout=10).status_code == 303
        search = requests.get(f"{url}/search.json", params={"q": "สำนักงานประกันสังคม"}, timeout=30).json()
        assert search["hits"][0]["page"] == "/doc/org/sso"
        assert requests.get(f"{url}/releases", timeout=30).status_code == 200
        count = requests.get(
            f"{url}/sparql",
            params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        ).json()
        assert int(count["results"]["bindings"][0]["n"]["value"]) == sum(1 for _ in bundled_store.triples())
        many = requests.get(f"{url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=30)
        assert many.headers.get("X-SPARQL-MaxRows") == "50"  # sso-kg's row limit, in front of Virtuoso
        bad = requests.get(f"{url}/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}, timeout=30)
        assert bad.status_code == 400 and "malformed" in bad.text
        update = requests.post(f"{url}/sparql", data={"query": f"DROP GRAPH <{MERGE}>"}, timeout=30)
        assert update.status_code == 400 and remote.triple_count() > 0
        dumps = requests.get(f"{url}/dumps/sso-kg.nq.gz", headers={"Range": "bytes=0-9"}, timeout=30)
        assert dumps.status_code == 206 and len(dumps.content) == 10
    finally:
        serving.terminate()
        serving.wait(timeout=20)
