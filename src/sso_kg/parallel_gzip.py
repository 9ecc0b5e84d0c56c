"""A gzip file compressed on several cores, as pigz does it.

The dumps of the whole corpus are gigabytes of N-Quads and Turtle; zlib at its default level
compresses some 30 MB/s on one core, which alone would take longer than writing the dump. So
the stream is cut into blocks that a thread pool compresses at once (zlib releases the GIL),
each as a raw deflate stream ended by a sync flush, and the blocks are written in order behind
one gzip header and one trailer. The result is a single ordinary gzip member that every gzip
reader accepts; it is a little larger than a one-core gzip at the same level, because each
block starts without the previous one's history.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections import deque
from concurrent.futures import Executor, Future
from typing import BinaryIO

BLOCK_SIZE = 4 << 20
# Header: magic, deflate, no flags, no modification time (reproducible output), no extra
# flags, OS unknown (RFC 1952, 2.3).
_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def _deflate(data: bytes, level: int, last: bool) -> bytes:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


class ParallelGzipWriter:
    """A writable binary file that gzips what is written to it into ``raw``, compressing
    blocks on ``pool``. It also keeps the byte size and SHA-256 of what it wrote, so a dump
    need not be read again to be described."""

    def __init__(
        self,
        raw: BinaryIO,
        pool: Executor,
        *,
        level: int = 6,
        block_size: int = BLOCK_SIZE,
        in_flight: int = 4,
    ) -> None:
        self._raw = raw
        self._pool = pool
        self._level = level
        self._block_size = block_size
        self._buffer = bytearray()
        self._pending: deque[Future[bytes]] = deque()
        self._in_flight = in_flight  # blocks compressed or waiting: bounds the memory used
        self._crc = 0
        self._length = 0
        self._digest = hashlib.sha256()
        self.byte_size = 0
        self.closed = False
        self._emit(_HEADER)

    def write(self, data: bytes) -> int:
        self._buffer += data
        if len(self._buffer) >= self._block_size:
            self._submit(last=False)
        return len(data)

    def flush(self) -> None:
        """Nothing to do: blocks are written when full, and the rest at :meth:`close`."""

    def close(self) -> None:
        if self.closed:
            return
        self._submit(last=True)
        while self._pending:
            self._emit(self._pending.popleft().result())
        self._emit(struct.pack("<II", self._crc, self._length & 0xFFFFFFFF))
        self.closed = True

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def __enter__(self) -> ParallelGzipWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:  # the file is being abandoned: let the blocks in flight finish, write nothing
            for future in self._pending:
                future.cancel()

    def _submit(self, *, last: bool) -> None:
        block = bytes(self._buffer)
        self._buffer.clear()
        self._crc = zlib.crc32(block, self._crc)
        self._length += len(block)
        self._pending.append(self._pool.submit(_deflate, block, self._level, last))
        while len(self._pending) > self._in_flight:
            self._emit(self._pending.popleft().result())

    def _emit(self, data: bytes) -> None:
        self._raw.write(data)
        self._digest.update(data)
        self.byte_size += len(data)
