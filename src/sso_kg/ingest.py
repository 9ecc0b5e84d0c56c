"""Ingest: read → extract → map → validate → store, or quarantine with the reason.

Each release is handled on its own: a release whose text cannot be read, whose extraction
fails, or whose graph does not pass the SHACL gate is kept aside in the quarantine with the
reason and is named in the summary; it never stops the others and is never half-published.
Releases that pass are written in batches, each batch in one transaction, each release in a
named graph of its own that replaces the one a previous ingest wrote.
"""

from __future__ import annotations

import logging
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .extract import extract
from .iris import Minter
from .mapping import release_graph
from .quarantine import Quarantine, QuarantineEntry
from .readers import ReadFailure, read_paths
from .reference import reference_graphs
from .release import Release
from .store import Store
from .validation import validate_graph

log = logging.getLogger(__name__)

BATCH_SIZE = 200


@dataclass
class IngestSummary:
    """What an ingest did, for the CLI and for tests."""

    read: int = 0
    stored: int = 0
    quarantined: int = 0
    triples: int = 0
    replaced: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def reasons(self) -> Counter[str]:
        """How often each kind of failure occurred (the reason up to its first colon)."""
        return Counter(reason.split(":")[0] for _, reason in self.failures)


@dataclass(frozen=True)
class Outcome:
    """One release carried through extract, map and validate."""

    release: Release
    graph: Graph | None = None
    failure: QuarantineEntry | None = None


def process(release: Release, minter: Minter) -> Outcome:
    """Extract, map and validate one release. Never raises: a failure is an outcome."""
    try:
        graph = release_graph(release, extract(release), minter)
    except Exception as error:  # any bug in one extractor must cost one release, not the run
        log.debug("extraction failed for %s", release.id, exc_info=True)
        reason = f"extraction failed: {type(error).__name__}: {error}"
        report = traceback.format_exc(limit=-3)
        return Outcome(release, failure=QuarantineEntry(release.source, reason, release.id, report, release.text))
    report = validate_graph(graph)
    if not report.conforms:
        entry = QuarantineEntry(release.source, report.reason, release.id, report.text, release.text)
        return Outcome(release, failure=entry)
    return Outcome(release, graph=graph)


def ingest(
    paths: Iterable[Path],
    store: Store,
    quarantine: Quarantine,
    minter: Minter,
    *,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest every release under ``paths`` into ``store``."""
    summary = IngestSummary()
    store.replace_graphs(reference_graphs(minter))
    batch: dict[str, tuple[Release, Graph]] = {}
    stored: set[str] = set()

    def flush() -> None:
        if batch:
            summary.triples += store.replace_graphs(
                (minter.release_graph(rid), graph) for rid, (_, graph) in batch.items()
            )
            for rid, (release, _) in batch.items():
                quarantine.release(rid, release.source)
            stored.update(batch)
            summary.stored = len(stored)
            batch.clear()

    seen: set[str] = set()
    for item in read_paths(paths):
        summary.read += 1
        if isinstance(item, ReadFailure):
            quarantine.put(QuarantineEntry(item.source, item.reason, item.id, text=item.raw))
            summary.quarantined += 1
            summary.failures.append((item.id or item.source, item.reason))
        else:
            if item.id in seen:
                # The same id twice in one run (a re-crawl): the later text wins.
                log.warning("release %s read again from %s: it replaces the earlier text", item.id, item.source)
                summary.replaced.append(item.id)
            seen.add(item.id)
            outcome = process(item, minter)
            if outcome.failure is not None:
                quarantine.put(outcome.failure)
                summary.quarantined += 1
                summary.failures.append((item.id, outcome.failure.reason))
            else:
                assert outcome.graph is not None
                batch[item.id] = (item, outcome.graph)
                if len(batch) >= BATCH_SIZE:
                    flush()
        if on_progress is not None:
            on_progress(summary)
    flush()
    store.flush()
    return summary
