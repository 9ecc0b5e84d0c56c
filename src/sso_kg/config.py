"""Settings, with defaults that work without configuration.

The store defaults to ``./var/store`` (``SSO_KG_STORE`` overrides it, and so does every
command's ``--store``); it is a folder (the embedded Oxigraph store) or a remote SPARQL store,
given by its query endpoint's URL or by a TOML file naming its endpoints (see
:mod:`sso_kg.remote_store`). What belongs to a store sits beside it, named after it: its dumps in
``<store>-dumps/`` and the releases kept aside by the SHACL gate in ``<store>-quarantine/``,
so that two stores never share either (a remote store's are under ``var/<host>-<port>``).
Resource IRIs are minted under ``https://w3id.org/sso-kg``
(the ontology's namespace lives there too) unless ``SSO_KG_BASE`` says otherwise; the server
answers for ``{base}/id/...`` on whatever host it runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .remote_store import Endpoints
    from .store import GraphStore

DEFAULT_BASE = "https://w3id.org/sso-kg"
ONTOLOGY_NAMESPACE = "https://w3id.org/sso-kg/def#"

DEFAULT_TIME_LIMIT = 30.0
"""Seconds a query to the public endpoint may run (Wikidata's allows 60, DBpedia's 120; this
dataset is far smaller)."""
DEFAULT_ROW_LIMIT = 10_000
"""Rows (or triples) an answer of the endpoint may have: DBpedia's Virtuoso default."""
DEFAULT_MEMORY_LIMIT = 3 << 30
"""Bytes of address space a query worker may use: an idle one uses 0.4 GB; the rest is the
query's."""


def default_store() -> Path:
    return Path(os.environ.get("SSO_KG_STORE", "var/store"))


def store_location(text: str) -> Path | Endpoints:
    """What ``--store`` (or ``$SSO_KG_STORE``) names: an http(s) URL is a remote store's query
    endpoint, a ``.toml`` file describes a remote store's endpoints, anything else is the
    folder of an embedded store. Raises ValueError for a URL or file that cannot be used."""
    from .remote_store import Endpoints

    if text.startswith(("http://", "https://")):
        return Endpoints.from_url(text)
    if text.endswith(".toml"):
        return Endpoints.from_file(Path(text))
    return Path(text)


def default_base() -> str:
    return os.environ.get("SSO_KG_BASE", DEFAULT_BASE).rstrip("/")


@dataclass(frozen=True)
class Settings:
    """Where a store and its companions are, and what IRIs look like."""

    store_path: Path = field(default_factory=default_store)
    base: str = field(default_factory=default_base)
    remote: Endpoints | None = None
    """A remote store's endpoints; ``store_path`` is then only where its dumps and quarantine go."""

    @classmethod
    def for_store(cls, location: Path | Endpoints) -> Settings:
        if isinstance(location, Path):
            return cls(store_path=location)
        return cls(store_path=Path("var") / location.name, remote=location)

    @property
    def location(self) -> Path | Endpoints:
        return self.remote if self.remote is not None else self.store_path

    def open_store(self, *, read_only: bool = False) -> GraphStore:
        from .store import open_store

        return open_store(self.location, read_only=read_only)

    @property
    def dumps_path(self) -> Path:
        return self.store_path.with_name(self.store_path.name + "-dumps")

    @property
    def quarantine_path(self) -> Path:
        return self.store_path.with_name(self.store_path.name + "-quarantine")
