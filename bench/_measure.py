"""Helpers the benchmarks share: run a command and watch its process tree's memory, cut a
slice of the corpus, print a Markdown table."""

from __future__ import annotations

import contextlib
import gzip
import itertools
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "thaigov-v2.jsonl.gz"
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1"}


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes, the process and all its children together
    stdout: str


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):  # the task ended meanwhile
                todo += [int(c) for c in (task / "children").read_text().split()]
    return pids


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class PeakRss:
    """The peak summed RSS of a process and its descendants, sampled in a thread while the
    ``with`` block runs."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid, self.interval, self.peak = pid, interval, 0
        self.samples: list[tuple[float, int]] = []  # (seconds since start, bytes)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        started = time.perf_counter()
        while not self._done.is_set():
            rss = sum(_rss(p) for p in _tree(self.pid))
            self.peak = max(self.peak, rss)
            self.samples.append((time.perf_counter() - started, rss))
            time.sleep(self.interval)

    def at(self, seconds: float) -> int:
        """The sample nearest to ``seconds`` after the start."""
        return min(self.samples, key=lambda s: abs(s[0] - seconds))[1] if self.samples else 0

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


def run(command: Sequence[str], ok: tuple[int, ...] = (0,), **kwargs: object) -> Run:
    """Run ``command``, sampling the summed RSS of its process tree every 0.1 s."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, **kwargs
    )
    with PeakRss(process.pid) as memory:
        stdout, stderr = process.communicate()
        seconds = time.perf_counter() - started
    if process.returncode not in ok:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    return Run(seconds, memory.peak, stdout)


def corpus_slice(size: int | None, folder: Path) -> Path:
    """The first ``size`` records of the corpus as a JSON-lines file (the corpus itself for None)."""
    if size is None:
        return CORPUS
    target = folder / f"slice-{size}.jsonl"
    if not target.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
            out.writelines(itertools.islice(lines, size))
    return target


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def mib(size: int) -> str:
    return f"{size / 2**20:,.0f} MiB"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    store: Path, workers: int | None = None, extra: Sequence[str] = ()
) -> tuple[subprocess.Popen[bytes], str, float]:
    """``sso-kg serve`` on a free port; returns it, its URL and the seconds to a first answer."""
    port = free_port()
    started = time.perf_counter()
    # No rate limit: the benchmarks send every request from this one address.
    options = ["--rate-limit", "0", *(["--workers", str(workers)] if workers else []), *extra]
    server = subprocess.Popen(
        [sys.executable, "-m", "sso_kg.cli", "serve", "--store", str(store), "--port", str(port), *options],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            answer = requests.get(f"{url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=5)
            if answer.ok:
                return server, url, time.perf_counter() - started
        except requests.ConnectionError:
            time.sleep(0.02)
        if server.poll() is not None:
            raise RuntimeError("the server did not start")
