"""The pigz-style writer behind the dumps: its output must be plain gzip to every reader."""

from __future__ import annotations

import gzip
import hashlib
import io
import shutil
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sso_kg.parallel_gzip import ParallelGzipWriter


def _gzip(chunks: list[bytes], block_size: int, level: int = 6) -> tuple[bytes, ParallelGzipWriter]:
    raw = io.BytesIO()
    with (
        ThreadPoolExecutor(2) as pool,
        ParallelGzipWriter(raw, pool, level=level, block_size=block_size) as out,
    ):
        for chunk in chunks:
            out.write(chunk)
    return raw.getvalue(), out


@settings(max_examples=60, deadline=None)
@given(
    chunks=st.lists(st.binary(max_size=300), max_size=20),
    block_size=st.integers(min_value=1, max_value=512),
    level=st.integers(min_value=0, max_value=9),
)
def test_round_trip_through_the_standard_library(chunks: list[bytes], block_size: int, level: int) -> None:
    data, writer = _gzip(chunks, block_size, level)
    assert gzip.decompress(data) == b"".join(chunks)
    assert writer.byte_size == len(data)
    assert writer.sha256 == hashlib.sha256(data).hexdigest()


def test_one_gzip_member_with_many_blocks() -> None:
    """A single member (not concatenated members, which some readers stop after the first
    of): the trailer's length is the whole input's."""
    text = "".join(f'<urn:x:{i}> <urn:p> "สำนักงานประกันสังคม {i}" .\n' for i in range(20_000)).encode()
    data, _ = _gzip([text[i : i + 1000] for i in range(0, len(text), 1000)], block_size=64 << 10)
    assert int.from_bytes(data[-4:], "little") == len(text)
    decompressor = zlib.decompressobj(31)
    assert decompressor.decompress(data) == text
    assert decompressor.eof and decompressor.unused_data == b""


@pytest.mark.skipif(shutil.which("gzip") is None, reason="no gzip program on this machine")
def test_gzip_program_accepts_it(tmp_path: Path) -> None:
    text = ("ประกันสังคม " * 100_000).encode()
    data, _ = _gzip([text], block_size=100_000)
    path = tmp_path / "x.gz"
    path.write_bytes(data)
    subprocess.run(["gzip", "--test", str(path)], check=True)
    assert subprocess.run(["gzip", "-dc", str(path)], check=True, capture_output=True).stdout == text


def test_an_abandoned_file_is_not_finished() -> None:
    raw = io.BytesIO()
    with (
        pytest.raises(RuntimeError),
        ThreadPoolExecutor(2) as pool,
        ParallelGzipWriter(raw, pool, block_size=10) as out,
    ):
        out.write(b"x" * 100)
        raise RuntimeError("the dump failed")
    with pytest.raises((EOFError, gzip.BadGzipFile)):
        gzip.decompress(raw.getvalue())
