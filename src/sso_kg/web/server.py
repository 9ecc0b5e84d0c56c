"""The web app under waitress, its queries answered by a pool of worker processes.

waitress answers HTTP with a few threads in this process: their work is light (parse a
request, pass the query on, send the answer). The queries, which are the heavy part, run in
:class:`~sso_kg.web.executor.QueryPool` processes, one per core by default, each opening the
store read-only; that is what lets a runaway query be stopped, and what puts every core to work
(a query holds the GIL while Oxigraph evaluates it, so threads alone would share one core).

The server holds the store's shared lock (:class:`~sso_kg.store.StoreLock`) for as long as it
runs, so an ingest cannot start under a running server (it fails at once and says why): while
served, the store does not change.
"""

from __future__ import annotations

import signal
import sys

import waitress

from sso_kg.config import Settings
from sso_kg.web.app import create_app
from sso_kg.web.executor import QueryPool


def serve(
    settings: Settings,
    *,
    host: str,
    port: int,
    workers: int,
    threads: int,
    time_limit: float,
    row_limit: int,
    memory_limit: int,
    rate_limit: float,
    trusted_proxy: str | None = None,
) -> None:
    """Serve the store of ``settings`` on ``host:port`` until interrupted (Ctrl-C, or SIGTERM
    as a service manager sends it: both stop the query workers on the way out).

    Behind a reverse proxy at ``trusted_proxy`` (its address), a client is known by the
    ``X-Forwarded-For`` the proxy sets, so that the rate limit applies to each client and not
    to the proxy; from any other address that header is ignored."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    store = settings.open_store(read_only=True)
    pool = QueryPool(
        settings.location,
        workers=workers,
        time_limit=time_limit,
        row_limit=row_limit,
        memory_limit=memory_limit,
    )
    try:
        app = create_app(store, settings, queries=pool, rate_limit=rate_limit)
        app.extensions["sso_kg.label_index"].warm()
        app.extensions["sso_kg.release_browser"].warm()
        proxy = (
            {"trusted_proxy": trusted_proxy, "trusted_proxy_headers": {"x-forwarded-for"}}
            if trusted_proxy
            else {}
        )
        waitress.serve(app, host=host, port=port, threads=threads, ident="sso-kg", **proxy)
    finally:
        pool.close()
        store.close()
