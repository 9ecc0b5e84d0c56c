"""Helpers the benchmarks share: run a command and watch its process tree's memory, cut a
slice of the corpus, print a Markdown table."""

from __future__ import annotations

import contextlib
import gzip
import itertools
import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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


def run(command: Sequence[str], ok: tuple[int, ...] = (0,), **kwargs: object) -> Run:
    """Run ``command``, sampling the summed RSS of its process tree every 0.1 s."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, **kwargs
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, sum(_rss(p) for p in _tree(process.pid)))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode not in ok:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{stderr[-2000:]}")
    return Run(seconds, peak, stdout)


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
