"""Settings, with defaults that work without configuration.

The store defaults to ``./var/store`` (``SSO_KG_STORE`` overrides it, and so does every
command's ``--store``). What belongs to a store sits beside it, named after it: its dumps in
``<store>-dumps/`` and the releases kept aside by the SHACL gate in ``<store>-quarantine/``,
so that two stores never share either. Resource IRIs are minted under ``https://w3id.org/sso-kg``
(the ontology's namespace lives there too) unless ``SSO_KG_BASE`` says otherwise; the server
answers for ``{base}/id/...`` on whatever host it runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

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


def default_base() -> str:
    return os.environ.get("SSO_KG_BASE", DEFAULT_BASE).rstrip("/")


@dataclass(frozen=True)
class Settings:
    """Where a store and its companions are, and what IRIs look like."""

    store_path: Path = field(default_factory=default_store)
    base: str = field(default_factory=default_base)

    @property
    def dumps_path(self) -> Path:
        return self.store_path.with_name(self.store_path.name + "-dumps")

    @property
    def quarantine_path(self) -> Path:
        return self.store_path.with_name(self.store_path.name + "-quarantine")
