"""A real OpenLink Virtuoso (Debian's virtuoso-opensource) on loopback, in a throwaway folder.

Used by the remote-store tests and by ``bench/remote.py``. Virtuoso answers SPARQL queries at
``/sparql`` without authentication, and takes SPARQL Update and the Graph Store Protocol at
``/sparql-auth`` and ``/sparql-graph-crud-auth`` with HTTP Digest authentication, as a
production Virtuoso is set up; the fresh database's administrator is dba/dba.
"""

from __future__ import annotations

import ctypes
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from sso_kg.remote_store import Endpoints

BINARY = "virtuoso-t"
CREDENTIALS = ("dba", "dba")


def available() -> str | None:
    """Why Virtuoso cannot be started here, or None if it can."""
    if shutil.which(BINARY) is None:
        return "Virtuoso is not installed (Debian: apt-get install virtuoso-opensource)"
    return None


@dataclass
class Virtuoso:
    directory: Path
    http_port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints(
            query=f"{self.url}/sparql",
            update=f"{self.url}/sparql-auth",
            graph_store=f"{self.url}/sparql-graph-crud-auth",
        )

    def environment(self) -> dict[str, str]:
        """What a process needs in its environment to write to this Virtuoso."""
        return {
            "SSO_KG_STORE_UPDATE_URL": self.endpoints.update,
            "SSO_KG_STORE_GRAPH_STORE_URL": self.endpoints.graph_store or "",
            "SSO_KG_STORE_USER": CREDENTIALS[0],
            "SSO_KG_STORE_PASSWORD": CREDENTIALS[1],
        }

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: no Virtuoso outlives its test run


INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty_buffers}
CheckpointInterval = 60
DirsAllowed = ., {dir}
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {result_cap}
MaxQueryExecutionTime = 120
"""


def start(directory: Path, *, memory_mb: int = 1024, result_cap: int = 1_000_000) -> Virtuoso:
    """Start Virtuoso with its database in ``directory`` and wait until it answers SPARQL.

    ``memory_mb`` sizes its page buffers (Virtuoso's guide: two thirds of the memory it may use);
    ``result_cap`` is its ResultSetMaxRows, which sso-kg needs above its largest answer."""
    directory.mkdir(parents=True, exist_ok=True)
    buffers = memory_mb * 1024 // 8 * 2 // 3
    http_port = _free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(
        INI.format(
            dir=directory,
            sql_port=_free_port(),
            http_port=http_port,
            buffers=buffers,
            dirty_buffers=buffers * 3 // 4,
            result_cap=result_cap,
        ),
        encoding="utf-8",
    )
    log = (directory / "stdout.log").open("wb")
    process = subprocess.Popen(
        [BINARY, "+foreground", "+configfile", str(ini)],
        cwd=directory,
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=_die_with_parent,
    )
    server = Virtuoso(directory, http_port, process)
    probe = f"{server.url}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + 90
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"Virtuoso ended at start; see {directory / 'virtuoso.log'}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"Virtuoso did not answer within 90 s; see {directory / 'virtuoso.log'}")
        time.sleep(0.2)
