"""Downloadable dumps of the whole store, with a manifest of sizes and checksums.

Two files: gzipped Turtle (the union of all graphs, for tools that want one graph) and gzipped
N-Quads (every release in its named graph, with provenance intact). The CLI writes them after
each ingest; the web app only serves what is there, so that it starts fast. Each file is
written beside its final name and renamed into place, so a download never gets half a dump;
``manifest.json`` (written last) records each file's byte size and SHA-256 for the dataset
description and for users checking their download.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sso_kg.store import DUMP_FORMATS, Store

DUMP_NAME = "sso-kg"
DUMPED_FORMATS = ("turtle", "nquads")
MANIFEST = "manifest.json"
COMPRESS_FORMAT = "application/gzip"


@dataclass(frozen=True)
class DumpFile:
    """One dump file, described as DCAT describes a distribution."""

    name: str
    format: str
    media_type: str
    """The media type of the RDF inside (``dcat:mediaType``)."""
    compress_format: str
    """How it is compressed (``dcat:compressFormat``)."""
    byte_size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    generated: str
    """When the dumps were written, ISO 8601 in UTC."""
    files: list[DumpFile]


def write_dumps(store: Store, directory: Path) -> list[DumpFile]:
    """Dump ``store`` into ``directory`` as gzipped Turtle and N-Quads, and write the manifest.

    All files are written under temporary names first and renamed only once every one is
    complete, so readers see either the old set or the new one, barring the instant between
    renames.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, Path]] = []
    try:
        for fmt in DUMPED_FORMATS:
            final = directory / f"{DUMP_NAME}{DUMP_FORMATS[fmt][1]}.gz"
            temporary = _temporary_beside(final)
            written.append((temporary, final))
            with temporary.open("wb") as raw, gzip.GzipFile(final.stem, "wb", 6, raw, mtime=0) as out:
                store.dump(out, fmt)
        files = [
            _describe(temporary, final.name, fmt)
            for (temporary, final), fmt in zip(written, DUMPED_FORMATS, strict=True)
        ]
        manifest = Manifest(datetime.now(UTC).isoformat(timespec="seconds"), files)
        manifest_final = directory / MANIFEST
        manifest_temporary = _temporary_beside(manifest_final)
        written.append((manifest_temporary, manifest_final))
        manifest_temporary.write_text(json.dumps(asdict(manifest), indent=2) + "\n", encoding="utf-8")
        for temporary, final in written:
            os.replace(temporary, final)
    finally:
        for temporary, _ in written:
            temporary.unlink(missing_ok=True)
    return files


def read_manifest(directory: Path) -> Manifest | None:
    """The manifest of the dumps in ``directory``, or None when none has been written."""
    try:
        data = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Manifest(data["generated"], [DumpFile(**entry) for entry in data["files"]])


def _temporary_beside(final: Path) -> Path:
    """A fresh hidden file in ``final``'s folder, so that the rename stays on one filesystem."""
    handle, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(handle)
    os.chmod(name, 0o644)  # mkstemp makes it private; a dump is for everyone to read
    return Path(name)


def _describe(path: Path, name: str, fmt: str) -> DumpFile:
    with path.open("rb") as file:
        digest = hashlib.file_digest(file, "sha256").hexdigest()
    return DumpFile(
        name=name,
        format=fmt,
        media_type=DUMP_FORMATS[fmt][2],
        compress_format=COMPRESS_FORMAT,
        byte_size=path.stat().st_size,
        sha256=digest,
    )
