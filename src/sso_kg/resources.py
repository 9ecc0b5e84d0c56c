"""Where the project's data files live, installed or in a source checkout.

The ontology, the SHACL shapes and the reviewed gazetteers sit at the top of the repository
(the project card fixes that layout); a wheel carries them inside the package as
``sso_kg/_resources``. Code asks this module instead of guessing paths.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_root() -> Path:
    """The folder that holds ``ontology/``, ``shapes/`` and ``data/``."""
    bundled = _PACKAGE / "_resources"
    if bundled.is_dir():
        return bundled
    checkout = _PACKAGE.parent.parent
    if (checkout / "shapes").is_dir():
        return checkout
    raise FileNotFoundError("sso-kg resources (ontology/, shapes/, data/) not found next to the package")


def data_file(name: str) -> Path:
    """A file under ``data/``."""
    return resource_root() / "data" / name


def ontology_file() -> Path:
    return resource_root() / "ontology" / "sso.ttl"


def shapes_file() -> Path:
    return resource_root() / "shapes" / "sso-shapes.ttl"


def corpus_shapes_file() -> Path:
    return resource_root() / "shapes" / "sso-corpus.ttl"


@cache
def pipeline_fingerprint() -> str:
    """A digest of everything that decides what graph a release gets: the package's code, the
    ontology, the shapes and the gazetteers. Two ingests with the same fingerprint build the
    same graph from the same text, so a release stored under it need not be built again."""
    digest = hashlib.sha256()
    files = sorted(_PACKAGE.rglob("*.py")) + sorted(
        p
        for folder in ("ontology", "shapes", "data")
        for p in (resource_root() / folder).rglob("*")
        if p.is_file() and p.suffix in {".ttl", ".csv", ".json"}
    )
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
