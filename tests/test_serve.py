"""``sso-kg serve`` as a user runs it: the real command, on a real port, with one query worker
and with two, over a store made by ``sso-kg ingest``."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sso_kg.store import Store

pytestmark = pytest.mark.slow

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"
CLI = [sys.executable, "-m", "sso_kg.cli"]
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    subprocess.run(
        [*CLI, "ingest", str(sorted(RELEASES.glob("*.txt"))[0]), "--store", str(path), "--jobs", "1"],
        check=True,
        env=ENV,
        capture_output=True,
    )
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=ENV, capture_output=True, text=True, timeout=60)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def _start(
    store: Path | str,
    workers: int,
    time_limit: int = 2,
    extra: tuple[str, ...] = ("--rate-limit", "0"),
    env: dict[str, str] = ENV,
    cwd: Path | None = None,
) -> tuple[subprocess.Popen[str], str]:
    """``sso-kg serve`` on a free port, once it answers; with small limits to test them by.
    ``store`` is a folder or a remote store's URL."""
    port = _free_port()
    limits = ["--time-limit", str(time_limit), "--row-limit", "50", *extra]
    server = subprocess.Popen(
        [*CLI, "serve", "--store", str(store), "--port", str(port), "--workers", str(workers), *limits],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"sso-kg serve exited: {server.stdout.read() if server.stdout else ''}")
        try:
            requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=2)
            return server, url
        except requests.ConnectionError:
            time.sleep(0.05)
    server.kill()
    raise AssertionError("sso-kg serve did not answer within 30 s")


@pytest.fixture(params=[2, 1], ids=["2-workers", "1-worker"], scope="module")
def served(request: pytest.FixtureRequest, store_path: Path) -> Iterator[str]:
    server, url = _start(store_path, request.param)
    yield url
    server.terminate()
    server.wait(timeout=30)


def test_answers_queries_and_pages(served: str) -> None:
    answer = requests.get(
        f"{served}/sparql",
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://schema.org/NewsArticle> }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["results"]["bindings"][0]["n"]["value"] == "1"
    home = requests.get(f"{served}/", timeout=10)
    assert home.status_code == 200 and "text/html" in home.headers["Content-Type"]
    bad = requests.get(f"{served}/sparql", params={"query": "SELECT WHERE"}, timeout=10)
    assert bad.status_code == 400 and "malformed" in bad.text


def test_a_runaway_query_gets_a_422_and_the_server_answers_on(served: str) -> None:
    started = time.monotonic()
    answer = requests.get(f"{served}/sparql", params={"query": RUNAWAY}, timeout=30)
    assert answer.status_code == 422 and "time limit of 2 s" in answer.text
    assert time.monotonic() - started < 10
    ask = requests.get(f"{served}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
    assert ask.status_code == 200 and ask.json()["boolean"] is True


def test_an_answer_past_the_row_limit_is_cut_and_says_so(served: str) -> None:
    answer = requests.get(
        f"{served}/sparql",
        params={"query": "SELECT * WHERE { ?s ?p ?o }"},
        headers={"Accept": "text/csv"},
        timeout=10,
    )
    assert answer.status_code == 200 and answer.headers["X-SPARQL-MaxRows"] == "50"
    assert len(answer.text.strip().splitlines()) == 51
    small = requests.get(
        f"{served}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}, timeout=10
    )
    assert "X-SPARQL-MaxRows" not in small.headers


def test_concurrent_clients_are_all_answered(served: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def ask(i: int) -> int:
        query = f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT {i + 1}"
        return requests.get(f"{served}/sparql", params={"query": query}, timeout=30).status_code

    with ThreadPoolExecutor(16) as clients:
        assert set(clients.map(ask, range(64))) == {200}


def test_ingest_into_a_served_store_fails_at_once(served: str, store_path: Path) -> None:
    started = time.monotonic()
    ingest = _cli("ingest", str(RELEASES), "--store", str(store_path))
    assert ingest.returncode == 1
    assert "open in another process" in ingest.stderr
    assert time.monotonic() - started < 30  # at once: it did not read the releases first


def test_serve_refuses_a_store_being_written(tmp_path: Path) -> None:
    with Store(tmp_path / "store"):  # as an ingest holds it
        result = _cli("serve", "--store", str(tmp_path / "store"), "--port", str(_free_port()))
    assert result.returncode == 1
    assert "being written" in result.stderr


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found.update(children)
            todo.extend(children)
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_no_query_worker_outlives_the_server(store_path: Path, how: signal.Signals) -> None:
    """However the server ends, a runaway query in a worker ends with it."""
    server, url = _start(store_path, workers=2, time_limit=600)

    def ask_the_runaway() -> None:
        with contextlib.suppress(requests.RequestException):  # the server dies under it
            requests.get(f"{url}/sparql", params={"query": RUNAWAY}, timeout=60)

    threading.Thread(target=ask_the_runaway, daemon=True).start()
    time.sleep(1.0)
    workers = _descendants(server.pid)
    assert len(workers) >= 2  # the two workers
    server.send_signal(how)
    server.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]


def test_behind_a_trusted_proxy_each_client_has_its_own_rate_limit(store_path: Path) -> None:
    server, url = _start(
        store_path, workers=1, extra=("--rate-limit", "0.01", "--trusted-proxy", "127.0.0.1")
    )
    try:

        def ask(client: str) -> int:
            headers = {"X-Forwarded-For": client}
            return requests.get(
                f"{url}/sparql", params={"query": "ASK {}"}, headers=headers, timeout=10
            ).status_code

        first = [ask("203.0.113.7") for _ in range(70)]  # past the burst of 60
        assert first[:59] == [200] * 59 and first[-1] == 429
        assert ask("198.51.100.9") == 200  # another client behind the same proxy
    finally:
        server.terminate()
        server.wait(timeout=30)
