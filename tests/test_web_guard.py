"""The limits and headers of a public server: rate limit per client, request size, query
length, security headers on pages, and no stack trace in any error."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import requests
from flask import Flask

from sso_kg.config import Settings
from sso_kg.store import Store
from sso_kg.web import create_app
from sso_kg.web.guard import RateLimiter
from sso_kg.web.sparql import MAX_QUERY_LENGTH


def test_token_bucket_allows_a_burst_then_the_rate() -> None:
    limiter = RateLimiter(rate=2, burst=3)
    assert [limiter.wait("a", now=0.0) for _ in range(3)] == [0, 0, 0]
    assert limiter.wait("a", now=0.0) == pytest.approx(0.5)  # empty: the next token in 1/rate
    assert limiter.wait("b", now=0.0) == 0  # another client has its own bucket
    assert limiter.wait("a", now=0.5) == 0  # a token came back
    assert limiter.wait("a", now=0.5) > 0
    assert [limiter.wait("a", now=100.0) for _ in range(3)] == [0, 0, 0]  # refilled, never past burst
    assert limiter.wait("a", now=100.0) > 0


@pytest.fixture
def limited_server(sample_store: Store, sample_settings: Settings, serve_app: Callable[[Flask], str]) -> str:
    return serve_app(create_app(sample_store, sample_settings, rate_limit=1, burst=5))


def test_a_client_past_the_rate_limit_gets_429_with_retry_after(limited_server: str) -> None:
    statuses = [
        requests.get(f"{limited_server}/sparql", params={"query": "ASK {}"}, timeout=10) for _ in range(8)
    ]
    assert [r.status_code for r in statuses[:5]] == [200] * 5
    refused = statuses[-1]
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1
    assert "too many requests" in refused.text


def test_an_overlong_query_is_413(live_server: str) -> None:
    query = "ASK {}" + " " * MAX_QUERY_LENGTH
    response = requests.post(f"{live_server}/sparql", data={"query": query}, timeout=10)
    assert response.status_code == 413 and "characters long" in response.text


def test_an_overlarge_body_is_413(live_server: str) -> None:
    response = requests.post(
        f"{live_server}/sparql",
        data=b"x" * (2 << 20),
        headers={"Content-Type": "application/sparql-query"},
        timeout=10,
    )
    assert response.status_code == 413


@pytest.mark.parametrize("path", ["/", "/dumps/", "/sparql"])
def test_pages_carry_security_headers(live_server: str, path: str) -> None:
    response = requests.get(f"{live_server}{path}", headers={"Accept": "text/html"}, timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_errors_never_show_a_stack_trace(live_server: str) -> None:
    for response in (
        requests.get(f"{live_server}/no/such/page", timeout=10),
        requests.get(f"{live_server}/sparql", params={"query": "SELECT * WHERE { ?s ?p"}, timeout=10),
        requests.post(
            f"{live_server}/sparql",
            data=b"\xff\xfe",
            headers={"Content-Type": "application/sparql-query"},
            timeout=10,
        ),
    ):
        assert 400 <= response.status_code < 500
        assert "Traceback" not in response.text and 'File "' not in response.text
