"""Mutated releases through the readers and the extractors: no exception escapes, and every
input either becomes a graph or a quarantine entry with a reason."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sso_kg.ingest import Outcome, gate, process
from sso_kg.iris import Minter
from sso_kg.readers import ReadFailure, read_paths

RELEASES = sorted((Path(__file__).resolve().parent.parent / "data" / "releases").glob("*.txt"))
MINTER = Minter("https://w3id.org/sso-kg")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real release's bytes, cut, spliced with junk, bytes flipped or reordered."""
    data = bytearray(draw(st.sampled_from(RELEASES)).read_bytes())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["cut", "insert", "flip", "swap", "truncate"]))
        if operation == "cut":
            del data[at : at + draw(st.integers(1, 400))]
        elif operation == "insert":
            junk = draw(st.one_of(st.binary(max_size=40), st.text(max_size=40).map(str.encode)))
            data[at:at] = junk
        elif operation == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif operation == "swap":
            other = draw(st.integers(0, len(data)))
            data[at:at], data[other:other] = data[other : other + 30], data[at : at + 30]
        elif operation == "truncate":
            del data[at:]
    return bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=mutated())
def test_a_mutated_release_becomes_a_graph_or_a_quarantine_entry(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "mutated.txt"
    path.write_bytes(content)
    [item] = list(read_paths([path]))
    if isinstance(item, ReadFailure):
        assert item.reason
        return
    outcome: Outcome = process(item, MINTER)  # never raises: a failure is an outcome
    assert (outcome.graph is None) != (outcome.failure is None)
    # An extractor that crashes costs only its release, but it is a bug all the same.
    assert outcome.failure is None, outcome.failure.reason
    [gated] = gate([outcome])
    assert gated.graph is not None or gated.failure.reason
