"""The web app under a production WSGI server, reading the store it serves read-only.

One worker runs the app in this process under waitress. Several run under gunicorn, one
process each, each opening the store read-only for itself (after the fork: a RocksDB handle
must not cross one). Processes rather than threads, because a SPARQL query spends its time in
Oxigraph's evaluator under Python's GIL, so only processes put every core to work.

The serving process holds the store's shared lock (:class:`~sso_kg.store.StoreLock`) for as
long as it runs, workers restarting or not, so an ingest cannot start under a running server
(it fails at once and says why): while served, the store does not change.
"""

from __future__ import annotations

from typing import Any

from sso_kg.config import Settings
from sso_kg.store import Store, StoreLock
from sso_kg.web.app import create_app


def serve(settings: Settings, *, host: str, port: int, workers: int, threads: int) -> None:
    """Serve ``settings.store_path`` on ``host:port`` until interrupted."""
    lock = StoreLock(settings.store_path, shared=True)
    try:
        if workers <= 1:
            _serve_waitress(settings, host, port, threads)
        else:
            _serve_gunicorn(settings, host, port, workers, threads)
    finally:
        lock.release()


def _serve_waitress(settings: Settings, host: str, port: int, threads: int) -> None:
    import waitress

    app = create_app(Store(settings.store_path, read_only=True), settings)
    waitress.serve(app, host=host, port=port, threads=threads, ident="sso-kg")


def _serve_gunicorn(settings: Settings, host: str, port: int, workers: int, threads: int) -> None:
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):  # type: ignore[misc]
        """gunicorn, configured here rather than by a config file or its own command line."""

        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "worker_class": "gthread",
                "threads": threads,
                "proc_name": "sso-kg",
                "accesslog": None,
                "loglevel": "warning",
                "preload_app": False,  # each worker opens the store itself
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return create_app(Store(settings.store_path, read_only=True), settings)

    Server().run()
