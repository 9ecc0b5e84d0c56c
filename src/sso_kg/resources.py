"""Where the project's data files live, installed or in a source checkout.

The ontology, the SHACL shapes and the reviewed gazetteers sit at the top of the repository
(the project card fixes that layout); a wheel carries them inside the package as
``sso_kg/_resources``. Code asks this module instead of guessing paths.
"""

from __future__ import annotations

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
