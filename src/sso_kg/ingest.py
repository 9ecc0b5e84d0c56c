"""Ingest: read → extract → map → validate → store, or quarantine with the reason.

Each release is handled on its own: a release whose text cannot be read, whose extraction
fails, or whose graph does not pass the SHACL gate is kept aside in the quarantine with the
reason and is named in the summary; it never stops the others and is never half-published.
Releases that pass are written in batches, each batch in one transaction, each release in a
named graph of its own that replaces the one a previous ingest wrote.

Extraction, mapping and validation are CPU-bound and independent per release, so with
``jobs > 1`` they run in worker processes; the parent reads, keeps the order (the later of two
texts with the same id wins) and is the only writer to the store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from .extract import extract
from .iris import Minter
from .mapping import release_graph
from .quarantine import Quarantine, QuarantineEntry
from .readers import InputMeter, ReadFailure, ReadResult, read_paths
from .reference import reference_graphs
from .release import Release
from .resources import pipeline_fingerprint
from .store import GraphStore, NTriples
from .validation import validate_ntriples

log = logging.getLogger(__name__)

BATCH_SIZE = 200
CHUNK_SIZE = 64


@dataclass
class IngestSummary:
    """What an ingest did, for the CLI and for tests."""

    read: int = 0
    unchanged: int = 0
    stored: int = 0
    quarantined: int = 0
    triples: int = 0
    replaced: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    extract_seconds: float = 0.0
    """CPU time spent extracting and mapping, summed over the worker processes."""
    gate_seconds: float = 0.0
    """CPU time spent in the SHACL gate (including pySHACL's reports), summed likewise."""

    def reasons(self) -> Counter[str]:
        """How often each kind of failure occurred: reasons with their IRIs, positions and
        counts blanked out, so that one broken rule counts once however many releases it hit."""
        return Counter(_reason_kind(reason) for _, reason in self.failures)


def _reason_kind(reason: str) -> str:
    reason = re.sub(r"<?https?://[^\s>]+>?", "<…>", reason)
    reason = re.sub(r" \(and \d+ more\)$", "", reason)
    return re.sub(r"\d+", "N", reason)


@dataclass(frozen=True)
class Outcome:
    """One input carried through extract, map and validate: a graph, or a quarantine entry."""

    release_id: str | None
    source: str
    graph: NTriples | None = None
    failure: QuarantineEntry | None = None
    text: str | None = None  # the release's text, kept until the gate has passed it
    digest: str | None = None


def release_digest(release: Release) -> str:
    """What a stored release graph was built from: the release and the pipeline's version."""
    material = "\x1f".join((pipeline_fingerprint(), release.id, release.text))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def process(item: ReadResult, minter: Minter) -> Outcome:
    """Extract and map one release, not yet validated. Never raises: a failure is an outcome."""
    if isinstance(item, ReadFailure):
        return Outcome(
            item.id, item.source, failure=QuarantineEntry(item.source, item.reason, item.id, text=item.raw)
        )
    release: Release = item
    try:
        graph = release_graph(release, extract(release), minter)
    except Exception as error:  # a bug in one extractor must cost one release, not the run
        reason = f"extraction failed: {type(error).__name__}: {error}"
        entry = QuarantineEntry(
            release.source, reason, release.id, traceback.format_exc(limit=-3), release.text
        )
        return Outcome(release.id, release.source, failure=entry, text=release.text)
    return Outcome(
        release.id, release.source, NTriples.of(graph), text=release.text, digest=release_digest(release)
    )


def gate(outcomes: list[Outcome]) -> list[Outcome]:
    """The SHACL gate over a chunk of outcomes, each graph validated on its own but all in one
    query; a graph that fails becomes a quarantine entry with its report."""
    graphs = {f"urn:sso-kg:outcome:{i}": o.graph.text for i, o in enumerate(outcomes) if o.graph is not None}
    reports = validate_ntriples(graphs)
    gated = []
    for i, outcome in enumerate(outcomes):
        report = reports.get(f"urn:sso-kg:outcome:{i}")
        if report is None:
            gated.append(replace(outcome, text=None))  # the text has served; it need not travel on
            continue
        entry = QuarantineEntry(outcome.source, report.reason, outcome.release_id, report.text, outcome.text)
        gated.append(Outcome(outcome.release_id, outcome.source, failure=entry))
    return gated


@dataclass(frozen=True)
class _Chunk:
    outcomes: list[Outcome]
    extract_seconds: float
    gate_seconds: float


def _process_chunk(items: list[ReadResult], base: str) -> _Chunk:
    minter = Minter(base)
    started = time.process_time()
    processed = [process(item, minter) for item in items]
    extracted = time.process_time()
    gated = gate(processed)
    return _Chunk(gated, extracted - started, time.process_time() - extracted)


def _chunks(items: Iterable[ReadResult], minter: Minter, jobs: int) -> Iterator[_Chunk]:
    """Chunks of outcomes in input order; with ``jobs > 1`` computed by a pool, a bounded
    number of chunks in flight so that memory stays flat however large the corpus."""
    iterator = iter(items)
    if jobs <= 1:
        while chunk := list(islice(iterator, CHUNK_SIZE)):
            yield _process_chunk(chunk, minter.base)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[_Chunk]] = deque()
        while True:
            while len(pending) < jobs * 3:
                chunk = list(islice(iterator, CHUNK_SIZE))
                if not chunk:
                    break
                pending.append(pool.submit(_process_chunk, chunk, minter.base))
            if not pending:
                return
            yield pending.popleft().result()


def _outcomes(
    items: Iterable[ReadResult], minter: Minter, jobs: int, summary: IngestSummary
) -> Iterator[Outcome]:
    for chunk in _chunks(items, minter, jobs):
        summary.extract_seconds += chunk.extract_seconds
        summary.gate_seconds += chunk.gate_seconds
        yield from chunk.outcomes


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def ingest(
    paths: Iterable[Path],
    store: GraphStore,
    quarantine: Quarantine,
    minter: Minter,
    *,
    jobs: int = 1,
    on_progress: Callable[[IngestSummary], None] | None = None,
    meter: InputMeter | None = None,
    rebuild: bool = False,
) -> IngestSummary:
    """Ingest every release under ``paths`` into ``store``, using ``jobs`` processes.

    A release already stored from the same text by the same pipeline (the store's ledger says
    so) is skipped: running again on an unchanged corpus, or after an interruption, does only
    what is left to do. ``rebuild`` builds every release again all the same.
    """
    summary = IngestSummary()
    store.replace_graphs(reference_graphs(minter))
    ledger = store.ledger()
    batch: dict[str, tuple[str, NTriples, str | None]] = {}
    stored: set[str] = set()
    seen: set[str] = set()

    def flush() -> None:
        if not batch:
            return
        names = {rid: minter.release_graph(rid) for rid in batch}
        summary.triples += store.replace_graphs(
            ((names[rid], graph) for rid, (_, graph, _) in batch.items()),
            ledger={names[rid]: digest for rid, (_, _, digest) in batch.items() if digest},
        )
        for rid, (source, _, _) in batch.items():
            quarantine.release(rid, source)
        stored.update(batch)
        summary.stored = len(stored)
        batch.clear()

    def unchanged(release: Release) -> bool:
        """Stored from the same text by the same pipeline (the digest is only worked out for
        a release the ledger knows: on a first ingest, never)."""
        stored = ledger.get(minter.release_graph(release.id))
        return stored is not None and stored == release_digest(release)

    def changed(items: Iterable[ReadResult]) -> Iterator[ReadResult]:
        read: set[str] = set()
        for item in items:
            if isinstance(item, Release):
                first = item.id not in read  # an id read twice is never skipped: the later text wins
                read.add(item.id)
                if first and not rebuild and unchanged(item):
                    seen.add(item.id)
                    summary.read += 1
                    summary.unchanged += 1
                    if on_progress is not None:
                        on_progress(summary)
                    continue
            yield item

    for outcome in _outcomes(changed(read_paths(paths, meter)), minter, jobs, summary):
        summary.read += 1
        rid = outcome.release_id
        if rid is not None and outcome.failure is None:
            if rid in seen:
                # The same id twice in one run (a re-crawl): the later text wins.
                log.warning(
                    "release %s read again from %s: it replaces the earlier text", rid, outcome.source
                )
                summary.replaced.append(rid)
            seen.add(rid)
        if outcome.failure is not None:
            quarantine.put(outcome.failure)
            summary.quarantined += 1
            summary.failures.append((rid or outcome.source, outcome.failure.reason))
        else:
            assert rid is not None and outcome.graph is not None
            batch[rid] = (outcome.source, outcome.graph, outcome.digest)
            if len(batch) >= BATCH_SIZE:
                flush()
        if on_progress is not None:
            on_progress(summary)
    flush()
    store.flush()
    return summary
