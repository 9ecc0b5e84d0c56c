"""Downloadable dumps of the whole store, with a manifest of sizes and checksums.

Two files: gzipped Turtle (the union of all graphs, for tools that want one graph) and gzipped
N-Quads (every release in its named graph, with provenance intact). The CLI writes them after
each ingest; the web app only serves what is there, so that it starts fast. Each file is
written beside its final name and renamed into place, so a download never gets half a dump;
``manifest.json`` (written last) records each file's byte size and SHA-256 for the dataset
description and for users checking their download.
"""

from __future__ import annotations

import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sso_kg.parallel_gzip import ParallelGzipWriter
from sso_kg.store import DUMP_FORMATS, GraphStore

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


def write_dumps(store: GraphStore, directory: Path, *, level: int = 6) -> list[DumpFile]:
    """Dump ``store`` into ``directory`` as gzipped Turtle and N-Quads, and write the manifest.

    The two dumps are written at once, each by a thread of its own (Oxigraph serialises
    without holding the GIL), and compressed in blocks on every core (see
    :mod:`sso_kg.parallel_gzip`). All files are written under temporary names first and
    renamed only once every one is complete, so readers see either the old set or the new
    one, barring the instant between renames.
    """
    directory.mkdir(parents=True, exist_ok=True)
    for leftover in directory.glob(".*.tmp"):  # from a run that was killed while dumping
        leftover.unlink(missing_ok=True)
    finals = [directory / f"{DUMP_NAME}{DUMP_FORMATS[fmt][1]}.gz" for fmt in DUMPED_FORMATS]
    written = [(_temporary_beside(final), final) for final in finals]
    try:
        with (
            ThreadPoolExecutor(os.cpu_count() or 2, thread_name_prefix="gzip") as compressors,
            ThreadPoolExecutor(len(DUMPED_FORMATS), thread_name_prefix="dump") as dumpers,
        ):
            jobs = [
                dumpers.submit(_write_dump, store, fmt, temporary, final.name, compressors, level)
                for (temporary, final), fmt in zip(written, DUMPED_FORMATS, strict=True)
            ]
            files = [job.result() for job in jobs]
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


def _write_dump(
    store: GraphStore, fmt: str, path: Path, name: str, compressors: ThreadPoolExecutor, level: int
) -> DumpFile:
    with path.open("wb") as raw, ParallelGzipWriter(raw, compressors, level=level) as out:
        store.dump(out, fmt)
    return DumpFile(
        name=name,
        format=fmt,
        media_type=DUMP_FORMATS[fmt][2],
        compress_format=COMPRESS_FORMAT,
        byte_size=out.byte_size,
        sha256=out.sha256,
    )


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
