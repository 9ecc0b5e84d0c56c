"""Where the endpoint's queries run: worker processes, so that a query can be stopped.

pyoxigraph evaluates a query inside Rust with no time limit and no way to interrupt it: a
cross product over the whole graph would hold its thread, and the GIL, for as long as it
likes. So the public endpoint hands each query to a pool of worker processes, each with the
store opened read-only. A query still running at the time limit has its process killed, the
only sure way to stop it, and replaced; the client gets a 422 that says so: the request was
understood but asks for more than this endpoint does for anyone (a 4xx, since it is the query
that must change; a 5xx would tell clients and monitors that the server failed). A query
waits for a free worker as long as it takes, so that a burst of runaway queries slows the
others down without failing them. The pool is also what puts every core to work.

Answers leave a worker serialised, cut at the row limit (:func:`evaluate`), so that neither a
huge result nor the time to write it reaches the web process. A worker may also use only so
much memory (an address-space limit): a query that needs more ends its process, and gets a 422
too. Workers die with the server, however it ends (Linux's parent-death signal), so that no
runaway query outlives it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import queue
import resource
import signal
import threading
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from sso_kg.config import DEFAULT_MEMORY_LIMIT, DEFAULT_ROW_LIMIT, DEFAULT_TIME_LIMIT
from sso_kg.remote_store import Endpoints
from sso_kg.store import GraphStore, open_store
from sso_kg.web.negotiation import FORMATS_BY_NAME
from sso_kg.web.results import write_solutions


class QueryFailed(Exception):
    """A query that gets no answer: the HTTP status to send and a message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class QueryJob:
    """What a worker needs to answer a query: the query, its dataset and the answer's format."""

    query: str
    format: str
    """A name from :mod:`sso_kg.web.negotiation` (json, turtle, ...) fitting the query's form."""
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    prefixes: tuple[tuple[str, str], ...] = ()
    """Prefixes to declare in a graph answer."""


@dataclass(frozen=True)
class QueryAnswer:
    body: bytes
    rows: int
    """Solutions or triples in the answer."""
    truncated: bool
    """Whether rows beyond the limit were left out."""


class QueryRunner(Protocol):
    row_limit: int

    def run(self, job: QueryJob) -> QueryAnswer: ...


def evaluate(store: GraphStore, job: QueryJob, row_limit: int) -> QueryAnswer:
    """Answer ``job`` from ``store``, at most ``row_limit`` rows, serialised. (Its graph IRIs
    were checked, with the rest of the dataset, by :func:`sso_kg.web.sparql.check_query`.)"""
    try:
        result = store.query(
            job.query,
            default_graphs=list(job.default_graphs) if job.default_graphs is not None else None,
            named_graphs=list(job.named_graphs) if job.named_graphs is not None else None,
        )
    except SyntaxError as error:
        raise QueryFailed(400, f"malformed query: {error}") from None
    fmt = FORMATS_BY_NAME[job.format]
    if isinstance(result, ox.QueryBoolean):
        return QueryAnswer(result.serialize(format=fmt.serializer), 1, False)
    rows: list[object]
    if not isinstance(result, ox.QuerySolutions):  # triples: Oxigraph's, or a remote store's
        rows = list(islice(result, row_limit + 1))
        body = ox.serialize(rows[:row_limit], format=fmt.serializer, prefixes=dict(job.prefixes))
    else:
        variables = [variable.value for variable in result.variables]
        rows = [[solution[name] for name in variables] for solution in islice(result, row_limit + 1)]
        body = write_solutions(variables, rows[:row_limit], fmt.name)  # type: ignore[arg-type]
    return QueryAnswer(body, min(len(rows), row_limit), len(rows) > row_limit)


class InProcessRunner:
    """Queries answered in the calling thread, with no time limit: for a store that only this
    process can open (an in-memory one, or one it is writing), and for tests of the app."""

    def __init__(self, store: GraphStore, row_limit: int = DEFAULT_ROW_LIMIT) -> None:
        self.store = store
        self.row_limit = row_limit

    def run(self, job: QueryJob) -> QueryAnswer:
        return evaluate(self.store, job, self.row_limit)


# What a worker sends once its store is open; how long it may take to get there.
_READY = "ready"
_START_UP_LIMIT = 60.0


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    ready: bool = False

    def wait_until_ready(self) -> None:
        """Wait for the worker to have opened its store: its start-up (a new process importing
        pyoxigraph and opening RocksDB, seconds on a busy machine) is not charged to the first
        query's time limit. A worker that never gets there ends like one that died (EOFError)."""
        if self.ready:
            return
        if not self.connection.poll(_START_UP_LIMIT) or self.connection.recv() != _READY:
            raise EOFError("the query worker did not start")
        self.ready = True

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class QueryPool:
    """``workers`` processes answering queries from the store at ``location``, each query
    within ``time_limit`` seconds and ``row_limit`` rows.

    A remote store answers the queries itself, but they go through the workers all the same:
    the limits are this server's to enforce, whatever store is behind it."""

    def __init__(
        self,
        location: Path | Endpoints,
        *,
        workers: int,
        time_limit: float = DEFAULT_TIME_LIMIT,
        row_limit: int = DEFAULT_ROW_LIMIT,
        memory_limit: int = DEFAULT_MEMORY_LIMIT,
    ) -> None:
        self.location = location
        self.time_limit = time_limit
        self.row_limit = row_limit
        self.memory_limit = memory_limit
        # Workers are spawned, not forked: a fork would copy the web server's threads and
        # open store. Spawned, each is a child of this process, and dies with it (see
        # _die_with_parent); a fork server in between would outlive a killed server, and
        # keep its workers alive.
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._running: set[_Worker] = set()  # every live worker, idle or busy, for close()
        self._lock = threading.Lock()
        for _ in range(workers):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_answer_queries,
            args=(self.location, self.row_limit, self.memory_limit, child),
            daemon=True,
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._running.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        with self._lock:
            self._running.discard(worker)
        return self._start()

    def run(self, job: QueryJob) -> QueryAnswer:
        worker = self._idle.get()
        try:
            worker.wait_until_ready()
            worker.connection.send(job)
            if not worker.connection.poll(self.time_limit):
                worker = self._replace(worker)
                raise QueryFailed(
                    422,
                    f"the query ran past the time limit of {self.time_limit:g} s and was stopped: "
                    "ask for less (a LIMIT, a narrower pattern), or download the dumps",
                )
            answer = worker.connection.recv()
        except (EOFError, OSError):  # the worker died under the query
            worker.process.join(timeout=5)
            aborted = worker.process.exitcode == -signal.SIGABRT  # how an allocation failure ends
            worker = self._replace(worker)
            if aborted:
                raise QueryFailed(
                    422,
                    f"the query needed more than the {self.memory_limit >> 20:,} MB of memory this "
                    "endpoint gives a query, and was stopped: ask for less, or download the dumps",
                ) from None
            raise QueryFailed(500, "the query's worker process ended before answering") from None
        finally:
            self._idle.put(worker)
        if isinstance(answer, QueryFailed):
            raise answer
        return answer

    def close(self) -> None:
        """Stop every worker, busy or not."""
        with self._lock:
            workers, self._running = self._running, set()
        for worker in workers:
            worker.stop()


def _answer_queries(
    location: Path | Endpoints, row_limit: int, memory_limit: int, connection: Connection
) -> None:
    """A worker's life: open the store read-only, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops us
    _die_with_parent()
    resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    store = open_store(location, read_only=True)
    connection.send(_READY)
    while True:
        try:
            job = connection.recv()
        except EOFError:
            return
        try:
            answer: QueryAnswer | QueryFailed = evaluate(store, job, row_limit)
        except QueryFailed as failure:
            answer = failure
        except Exception as error:  # an evaluation error: the client learns its kind, not a trace
            answer = QueryFailed(500, f"the query could not be answered: {type(error).__name__}: {error}")
        connection.send(answer)


def _die_with_parent() -> None:
    """Have Linux kill this process when the server that started it ends, even by SIGKILL;
    elsewhere, do nothing. (Linux sends the signal when the thread that started the worker
    ends: the server's main thread, or a waitress thread, which lives as long as the server.)"""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent ended before the signal was asked for
        os._exit(0)


_PR_SET_PDEATHSIG = 1
