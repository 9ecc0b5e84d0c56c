"""Hostile and garbled queries, fuzzed: whatever arrives, the endpoint answers with a status
that says whose fault it is (never a 5xx for a bad query), and keeps answering."""

from __future__ import annotations

import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TOKENS = [
    "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "FROM", "NAMED", "GRAPH", "OPTIONAL", "UNION",
    "MINUS", "FILTER", "BIND", "VALUES", "SERVICE", "SILENT", "LOAD", "INSERT", "DELETE", "DATA",
    "PREFIX", "BASE", "ORDER BY", "GROUP BY", "HAVING", "LIMIT", "OFFSET", "DISTINCT", "REGEX",
    "COUNT(*)", "AS", "*", "{", "}", "(", ")", ".", ";", ",", "?s", "?p", "?o", "$x", "a", "^",
    "|", "/", "+", "?", "!", "=", "<", ">", "&&", "||", "<http://example.org/x>", "<>", "<urn:x>",
    "schema:name", "ex:", ":x", '"ก"', '"x"@th', '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
    "'''", '"""', "#", "\\", "\n", "1", "-1.5e3", "true", "_:b", "[]", "<<", ">>", "\x00", "ประกันสังคม",
]  # fmt: skip

queries = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join),
    st.text(max_size=200),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, method=st.sampled_from(["GET", "POST", "DIRECT"]))
def test_fuzzed_queries_get_a_client_status_never_a_server_error(
    live_server: str, query: str, method: str
) -> None:
    url = f"{live_server}/sparql"
    if method == "GET":
        response = requests.get(url, params={"query": query}, timeout=30)
    elif method == "POST":
        response = requests.post(url, data={"query": query}, timeout=30)
    else:
        body = query.encode("utf-8", "surrogatepass")
        response = requests.post(
            url, data=body, headers={"Content-Type": "application/sparql-query"}, timeout=30
        )
    assert response.status_code in (200, 400, 403, 406, 413), (response.status_code, response.text)
    if response.status_code >= 400:
        assert response.text.strip() and "Traceback" not in response.text


def test_the_endpoint_answers_after_the_fuzzing(live_server: str) -> None:
    response = requests.get(f"{live_server}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
    assert response.status_code == 200 and response.json()["boolean"] is True
