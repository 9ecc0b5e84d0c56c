"""``sso-kg push``: copy an embedded store into a remote one, only what changed.

An agency ingests into its own embedded store; a portal's production store gathers many such
stores. Pushing compares the two ledgers: a release graph whose digest (of its text and of the
pipeline that built it) the remote store already holds is skipped, any other is written, in
batches, by the remote store's own atomic replacement. Graphs without a digest (the ontology,
the gazetteers, the links) are compared by a digest of their content, which the push records
in the remote ledger so that the next push can skip them too.

Nothing is deleted from the remote store: it may gather graphs from other publishers too.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from .store import LEDGER, GraphStore, NTriples, Store

BATCH_SIZE = 200


@dataclass
class PushSummary:
    graphs: int = 0
    """Graphs in the embedded store."""
    copied: int = 0
    unchanged: int = 0
    triples: int = 0
    copied_names: list[str] = field(default_factory=list)


def content_digest(text: str) -> str:
    """A digest of a graph's N-Triples, independent of the order of its lines."""
    lines = sorted(line for line in text.splitlines() if line)
    return "content:" + hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _ntriples(source: Store, name: str) -> NTriples:
    out = io.BytesIO()
    ox.serialize((quad.triple for quad in source.quads(name)), out, format=ox.RdfFormat.N_TRIPLES)
    text = out.getvalue().decode("utf-8")
    return NTriples(text, text.count("\n"))


def push(
    source: Store,
    target: GraphStore,
    *,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[PushSummary], None] | None = None,
) -> PushSummary:
    """Copy every graph of ``source`` that ``target`` does not hold as it is."""
    summary = PushSummary()
    local = source.ledger()
    remote = target.ledger()
    names = sorted(name for name in source.graph_names() if name != LEDGER)
    summary.graphs = len(names)

    def changed() -> Iterator[tuple[str, NTriples, str]]:
        for name in names:
            digest = local.get(name)
            if digest is not None and remote.get(name) == digest:
                summary.unchanged += 1
                continue
            data = _ntriples(source, name)
            digest = digest or content_digest(data.text)
            if remote.get(name) == digest:
                summary.unchanged += 1
                continue
            yield name, data, digest

    batch: list[tuple[str, NTriples, str]] = []

    def flush() -> None:
        summary.triples += target.replace_graphs(
            ((name, data) for name, data, _ in batch), ledger={name: digest for name, _, digest in batch}
        )
        summary.copied += len(batch)
        summary.copied_names.extend(name for name, _, _ in batch)
        batch.clear()
        if on_progress is not None:
            on_progress(summary)

    for item in changed():
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return summary
