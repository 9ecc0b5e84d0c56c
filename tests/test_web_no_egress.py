"""No query makes the server connect anywhere: a local listener stands in for "the web", and
every way a SPARQL request could name it (SERVICE, LOAD, FROM, FROM NAMED, the protocol's graph
parameters, an IRI to dereference in DESCRIBE, a JSON-LD answer) is sent to the real app on a
real port. The listener must see no connection at all."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests


@pytest.fixture
def listener() -> Iterator[tuple[str, list[tuple[str, int]]]]:
    connections: list[tuple[str, int]] = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.1)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, address = server.accept()
            except TimeoutError:
                continue
            connections.append(address)
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    stop.set()
    thread.join()
    server.close()


def test_no_request_makes_the_server_connect_out(
    live_server: str, listener: tuple[str, list[tuple[str, int]]]
) -> None:
    remote, connections = listener
    attempts = [
        ({"query": f"SELECT * WHERE {{ SERVICE <{remote}/sparql> {{ ?s ?p ?o }} }}"}, {}),
        ({"update": f"LOAD <{remote}/data.ttl>"}, {}),
        ({"query": f"LOAD <{remote}/data.ttl>"}, {}),
        ({"query": f"SELECT * FROM <{remote}/g> WHERE {{ ?s ?p ?o }}"}, {}),
        ({"query": f"SELECT * FROM NAMED <{remote}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"}, {}),
        ({"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": f"{remote}/g"}, {}),
        ({"query": "SELECT * WHERE { ?s ?p ?o }", "named-graph-uri": f"{remote}/g"}, {}),
        ({"query": f"DESCRIBE <{remote}/thing>"}, {"Accept": "application/ld+json"}),
        (
            {"query": f"CONSTRUCT {{ <{remote}/a> <{remote}/b> ?o }} WHERE {{ ?s ?p ?o }}"},
            {"Accept": "application/ld+json"},
        ),
        (
            {"query": f'SELECT * WHERE {{ BIND(IRI("{remote}/x") AS ?x) }}'},
            {"Accept": "application/sparql-results+xml"},
        ),
    ]
    for data, headers in attempts:
        response = requests.post(f"{live_server}/sparql", data=data, headers=headers, timeout=10)
        assert response.status_code < 500, (data, response.text)
    assert connections == []
    # The listener does see a connection when one is made.
    with socket.create_connection(("127.0.0.1", int(remote.rsplit(":", 1)[1]))):
        pass
    for _ in range(50):
        if connections:
            break
        time.sleep(0.02)
    assert len(connections) == 1
