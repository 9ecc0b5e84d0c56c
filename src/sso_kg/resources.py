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


# Code that cannot change what graph a release gets: serving, the command line, dumps and
# the quarantine. Changing it must not cost a rebuild of the whole corpus; anything else
# (a module added later too) counts, so that the fingerprint errs on the safe side.
_NOT_IN_PIPELINE = ("web", "cli.py", "dumps.py", "parallel_gzip.py", "quarantine.py")


@cache
def pipeline_fingerprint() -> str:
    """A digest of everything that decides what graph a release gets: the package's code, the
    ontology, the shapes and the gazetteers. Two ingests with the same fingerprint build the
    same graph from the same text, so a release stored under it need not be built again."""
    digest = hashlib.sha256()
    files = sorted(p for p in _PACKAGE.rglob("*.py") if in_pipeline(p)) + sorted(
        p
        for folder in ("ontology", "shapes", "data")
        for p in (resource_root() / folder).rglob("*")
        if p.is_file() and p.suffix in {".ttl", ".csv", ".json"} and not _describes_publication(p)
    )
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _describes_publication(path: Path) -> bool:
    """Whether a data file is about publishing the dataset (the DCAT-AP shapes its description
    is checked against), not about building release graphs."""
    return "dcat-ap" in path.parts


def in_pipeline(module: Path) -> bool:
    """Whether a module of the package can change what graph a release gets."""
    return module.resolve().relative_to(_PACKAGE).parts[0] not in _NOT_IN_PIPELINE
