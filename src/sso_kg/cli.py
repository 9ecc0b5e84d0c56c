"""The ``sso-kg`` command line.

Every command works without configuration: the store defaults to ``./var/store`` (or
``$SSO_KG_STORE``), IRIs are minted under ``https://w3id.org/sso-kg`` (or ``$SSO_KG_BASE``).
"""

from __future__ import annotations

import io
import os
import resource
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click
import pyoxigraph as ox

from . import __version__
from .config import DEFAULT_MEMORY_LIMIT, DEFAULT_ROW_LIMIT, DEFAULT_TIME_LIMIT, Settings, store_location
from .iris import Minter
from .remote_store import Endpoints, RemoteStoreError
from .store import DUMP_FORMATS, GraphStore, StoreLockedError, open_store

if TYPE_CHECKING:
    from .ingest import IngestSummary
    from .readers import InputMeter

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


class StoreLocationType(click.ParamType):
    """A store: the folder of an embedded one, or a remote one by URL or TOML file."""

    name = "FOLDER|URL|FILE.toml"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        if isinstance(value, Path | Endpoints):
            return value
        try:
            location = store_location(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)
        if isinstance(location, Path) and location.exists() and not location.is_dir():
            self.fail(f"{location} is a file, not a store's folder (a remote store's file ends in .toml)")
        return location


STORE_OPTION = click.option(
    "--store",
    "store",
    type=StoreLocationType(),
    default=lambda: os.environ.get("SSO_KG_STORE", "var/store"),
    show_default="./var/store or $SSO_KG_STORE",
    help=(
        "The store: a folder (embedded Oxigraph), or a remote SPARQL 1.1 store by its query "
        "endpoint's URL or a .toml file naming its endpoints. A remote store's credentials come "
        "from $SSO_KG_STORE_USER and $SSO_KG_STORE_PASSWORD only."
    ),
)


def _require_store(location: Path | Endpoints) -> None:
    if isinstance(location, Path) and not location.is_dir():
        raise click.ClickException(f"no store at {location}: run `sso-kg ingest PATH...` first")


def _open(location: Path | Endpoints, *, must_exist: bool = False, read_only: bool = False) -> GraphStore:
    if must_exist:
        _require_store(location)
    try:
        return open_store(location, read_only=read_only)
    except (StoreLockedError, RemoteStoreError) as error:
        raise click.ClickException(str(error)) from error


def _embedded(location: Path | Endpoints, what: str) -> Path:
    if not isinstance(location, Path):
        raise click.ClickException(
            f"{what} is for an embedded store; a remote store is backed up with its own tools "
            "(Virtuoso: backup_online; Fuseki: POST /$/backup/DATASET; GraphDB: its backup API)"
        )
    return location


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="sso-kg")
def main() -> None:
    """Thai government press releases as linked open data.

    sso-kg reads releases (plain text, the thaigov.go.th layout, or JSON-lines corpora),
    extracts the people and their posts, agencies, provinces, events and award conferrals,
    validates each release's graph with SHACL, stores it in an embedded Oxigraph store and
    serves it: a SPARQL endpoint, pages and dumps.

    \b
    Typical use:
      sso-kg ingest data/releases          # read, extract, validate, store
      sso-kg serve                         # http://127.0.0.1:5000/
      sso-kg query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
      sso-kg push --to http://db:8890/sparql   # copy into a production store

    A store (--store) is a folder (the embedded store), or a production SPARQL 1.1 store
    (Virtuoso, Fuseki, GraphDB) given by its query endpoint's URL or a .toml file of its
    endpoints.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@STORE_OPTION
@click.option("--no-dumps", is_flag=True, help="Do not rewrite the dumps after ingesting.")
@click.option("--rebuild", is_flag=True, help="Build every release again, even those stored unchanged.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction and validation.  [default: one per core]",
)
def ingest(
    paths: tuple[Path, ...], store: Path | Endpoints, no_dumps: bool, rebuild: bool, jobs: int | None
) -> None:
    """Read releases from PATHS into the store.

    PATHS are release files (.txt), folders (read recursively) and JSON-lines corpora
    (.jsonl, .jsonl.gz) of {"id", "text"} records. Each release becomes one named graph; reading
    a release again replaces its graph. A release that cannot be read or whose graph fails the
    SHACL gate is not stored: it is kept in <store>-quarantine/ with the reason and listed here.
    """
    from .dumps import write_dumps
    from .ingest import default_jobs
    from .ingest import ingest as run_ingest
    from .quarantine import Quarantine
    from .readers import InputMeter

    settings = Settings.for_store(store)
    meter = InputMeter(paths) if sys.stderr.isatty() else None
    progress = _Progress(meter) if meter is not None else None
    cpu_before = _cpu_seconds()
    with _open(store) as target:
        try:
            summary = run_ingest(
                paths,
                target,
                Quarantine(settings.quarantine_path),
                Minter(settings.base),
                jobs=jobs or default_jobs(),
                on_progress=progress,
                meter=meter,
                rebuild=rebuild,
            )
        except RemoteStoreError as error:
            raise click.ClickException(
                f"{error}\nwhat was stored stays stored; run the same command to resume"
            ) from error
        except KeyboardInterrupt:
            target.flush()
            click.echo(
                "\ninterrupted: what was stored stays stored; run the same command to resume", err=True
            )
            sys.exit(130)
        if progress is not None:
            progress.done()
        cpu = _cpu_seconds() - cpu_before
        if summary.stored and target.path is not None:
            compacting = time.perf_counter()
            target.optimize()
            click.echo(f"store compacted in {time.perf_counter() - compacting:.1f} s", err=True)
        total = target.triple_count()
        dumps_stale = summary.stored > 0 or not (settings.dumps_path / "manifest.json").exists()
        if not no_dumps and dumps_stale:
            write_dumps(target, settings.dumps_path)
    click.echo(
        f"releases read: {summary.read}, unchanged (skipped): {summary.unchanged}, stored: {summary.stored}, "
        f"quarantined: {summary.quarantined}, triples written: {summary.triples}, triples in store: {total}"
    )
    if cpu > 0:
        click.echo(
            f"CPU time: {cpu:.1f} s, of which extract+map {summary.extract_seconds:.1f} s, "
            f"SHACL gate {summary.gate_seconds:.1f} s ({summary.gate_seconds / cpu:.1%})"
        )
    for release_id in summary.replaced:
        click.echo(f"replaced: {release_id} (read twice; the later text won)")
    for name, reason in summary.failures[:_LISTED_FAILURES]:
        click.echo(f"quarantined: {name}: {reason}")
    if len(summary.failures) > _LISTED_FAILURES:
        click.echo(f"... and {len(summary.failures) - _LISTED_FAILURES} more; the most common reasons:")
        for reason, count in summary.reasons().most_common(10):
            click.echo(f"{count:>8}  {reason}")
    if summary.failures:
        click.echo(f"quarantine: {settings.quarantine_path}")


_LISTED_FAILURES = 20


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the ingest workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class _Progress:
    """A one-line progress bar on a terminal: share of the input read, releases per second,
    and the time left (from the share of input bytes read, as pv does)."""

    WIDTH = 24

    def __init__(self, meter: InputMeter) -> None:
        self.meter = meter
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, summary: IngestSummary) -> None:
        now = time.monotonic()
        if now - self.last < 0.25:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        fraction = self.meter.fraction
        bar = "█" * int(fraction * self.WIDTH)
        eta = _duration(elapsed * (1 - fraction) / fraction) if fraction > 0.001 else "?"
        click.echo(
            f"\r{bar:<{self.WIDTH}} {fraction:4.0%} · {summary.read} read · {summary.stored} stored · "
            f"{summary.unchanged} unchanged · {summary.quarantined} quarantined · "
            f"{summary.read / elapsed:.0f} releases/s · ETA {eta}  ",
            nl=False,
            err=True,
        )

    def done(self) -> None:
        click.echo("", err=True)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


@main.command()
@STORE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(DUMP_FORMATS)),
    default="turtle",
    show_default=True,
    help="RDF format. nquads and trig keep each release's named graph.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout)."
)
def dump(store: Path | Endpoints, fmt: str, output: Path | None) -> None:
    """Write the whole store as RDF."""
    with _open(store, must_exist=True, read_only=True) as source:
        if output is None:
            source.dump(sys.stdout.buffer, fmt)
        else:
            with output.open("wb") as out:
                source.dump(out, fmt)


@main.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    default=None,
    help="Processes answering SPARQL queries.  [default: one per core]",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Seconds a query may run before it is stopped (answered 422).",
)
@click.option(
    "--row-limit",
    type=click.IntRange(min=1),
    default=DEFAULT_ROW_LIMIT,
    show_default=True,
    help="Rows (or triples) an answer may have; more are cut, with an X-SPARQL-MaxRows header.",
)
@click.option(
    "--memory-limit",
    type=click.IntRange(min=256),
    default=DEFAULT_MEMORY_LIMIT >> 20,
    show_default=True,
    help="Megabytes a query worker may use; a query needing more is stopped (answered 422).",
)
@click.option(
    "--rate-limit",
    type=click.FloatRange(min=0),
    default=20,
    show_default=True,
    help="Requests a second per client address, after a burst of 60 (more get 429); 0: no limit.",
)
@click.option(
    "--trusted-proxy",
    metavar="ADDRESS",
    default=None,
    help="A reverse proxy in front: clients are known by its X-Forwarded-For (for the rate limit).",
)
@click.option("--threads", default=8, show_default=True, type=int, help="HTTP threads (waitress).")
def serve(
    store: Path | Endpoints,
    host: str,
    port: int,
    workers: int | None,
    time_limit: float,
    row_limit: int,
    memory_limit: int,
    rate_limit: float,
    trusted_proxy: str | None,
    threads: int,
) -> None:
    """Serve the store: SPARQL endpoint at /sparql, home page at /, dumps at /dumps/.

    The store is opened read-only, by this process and by each query worker; while an
    embedded store is served, an ingest into it is refused (and a server will not start while
    an ingest runs). A remote store answers the queries itself; the limits are still this
    server's. The search index and the release facets are read once, at start: restart the
    server after an ingest into a remote store it serves.
    """
    from .ingest import default_jobs
    from .web.server import serve as run_server

    _require_store(store)
    workers = workers or default_jobs()
    plural = "s" if workers > 1 else ""
    shown = store.query if isinstance(store, Endpoints) else store
    click.echo(
        f"sso-kg serving {shown} on http://{host}:{port}/ ({workers} query worker{plural}, "
        f"{time_limit:g} s and {row_limit:,} rows a query; Ctrl-C to stop)"
    )
    try:
        run_server(
            Settings.for_store(store),
            host=host,
            port=port,
            workers=workers,
            threads=threads,
            time_limit=time_limit,
            row_limit=row_limit,
            memory_limit=memory_limit << 20,
            rate_limit=rate_limit,
            trusted_proxy=trusted_proxy,
        )
    except (StoreLockedError, RemoteStoreError) as error:
        raise click.ClickException(str(error)) from error


@main.command()
@click.argument("destination", type=click.Path(path_type=Path))
@STORE_OPTION
def backup(destination: Path, store: Path | Endpoints) -> None:
    """Back the store up into DESTINATION, a new folder that is itself a store.

    Consistent, and quick: files that never change are hard-linked when DESTINATION is on the
    same filesystem. A store can be backed up while it is served, not while an ingest writes
    it. The dumps and the quarantine beside the store are not part of it.
    """
    store_path = _embedded(store, "backup")
    with _open(store_path, must_exist=True, read_only=True) as source:
        try:
            source.backup(destination)
        except FileExistsError as error:
            raise click.ClickException(str(error)) from error
    click.echo(f"backed up {store_path} into {destination}")


@main.command()
@click.argument(
    "backup_path", metavar="BACKUP", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@STORE_OPTION
def restore(backup_path: Path, store: Path | Endpoints) -> None:
    """Make the store a copy of BACKUP (made by `sso-kg backup`).

    The store in place, if any, is kept: it is moved aside to <store>.before-restore-<time>.
    Refused while the store is served or ingested into.
    """
    from .store import restore as restore_store

    store_path = _embedded(store, "restore")
    try:
        replaced = restore_store(backup_path, store_path)
    except StoreLockedError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"restored {store_path} from {backup_path}")
    if replaced is not None:
        click.echo(f"the store it replaced is in {replaced}")


class RemoteStoreType(StoreLocationType):
    name = "URL|FILE.toml"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        location = super().convert(value, param, ctx)
        if isinstance(location, Path):
            self.fail(f"{value} is not a remote store: give its query endpoint's URL or a .toml file")
        return location


@main.command()
@click.option(
    "--from",
    "source",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=lambda: os.environ.get("SSO_KG_STORE", "var/store"),
    show_default="./var/store or $SSO_KG_STORE",
    help="The embedded store to copy.",
)
@click.option(
    "--to", "target", type=RemoteStoreType(), required=True, help="The remote store: its URL or a .toml file."
)
@click.option("--no-dumps", is_flag=True, help="Do not rewrite the remote store's dumps after pushing.")
def push(source: Path, target: Endpoints, no_dumps: bool) -> None:
    """Copy an embedded store into a remote SPARQL store, only the graphs that changed.

    A release graph the remote store holds from the same text and pipeline (the two ledgers
    agree) is skipped; any other graph is written, each fully old or fully new. Nothing is
    deleted from the remote store, which may gather other publishers' releases too.
    Credentials come from $SSO_KG_STORE_USER and $SSO_KG_STORE_PASSWORD.

    \b
    Example (Virtuoso):
      export SSO_KG_STORE_UPDATE_URL=http://db:8890/sparql-auth
      export SSO_KG_STORE_GRAPH_STORE_URL=http://db:8890/sparql-graph-crud-auth
      export SSO_KG_STORE_USER=dba SSO_KG_STORE_PASSWORD=...
      sso-kg push --from var/store --to http://db:8890/sparql
    """
    from .dumps import write_dumps
    from .sync import push as run_push

    started = time.perf_counter()
    with _open(source, must_exist=True, read_only=True) as local, _open(target) as remote:
        try:
            summary = run_push(local, remote)  # type: ignore[arg-type]
            if summary.copied and not no_dumps:
                write_dumps(remote, Settings.for_store(target).dumps_path)
        except RemoteStoreError as error:
            raise click.ClickException(
                f"{error}\nwhat was copied stays copied; run the same command to go on"
            ) from error
    click.echo(
        f"graphs: {summary.graphs}, copied: {summary.copied}, unchanged (skipped): {summary.unchanged}, "
        f"triples written: {summary.triples}, in {time.perf_counter() - started:.1f} s"
    )


@main.command()
@STORE_OPTION
def validate(store: Path | Endpoints) -> None:
    """Check the stored graph against the SHACL shapes again.

    Every release graph is checked on its own against shapes/sso-shapes.ttl, and the union
    of all of them against the corpus-wide shapes/sso-corpus.ttl (one IRI per person name,
    one release per identifier, ...). Exits 1 if anything does not conform.
    """
    from .validation import check_store

    with _open(store, must_exist=True, read_only=True) as source:
        check = check_store(source)
    for graph, results in sorted(check.releases.items()):
        more = f" (and {len(results) - 1} more)" if len(results) > 1 else ""
        click.echo(f"{graph}: {results[0].line()}{more}")
    for result in check.corpus[:50]:
        click.echo(f"corpus: {result.line()} {result.value or ''}".rstrip())
    if len(check.corpus) > 50:
        click.echo(f"corpus: … and {len(check.corpus) - 50} more")
    click.echo(
        f"release graphs checked: {check.graphs}, not conforming: {len(check.releases)}; "
        f"corpus-wide violations: {len(check.corpus)} (release graphs {check.release_seconds:.1f} s, "
        f"corpus-wide {check.corpus_seconds:.1f} s)"
    )
    if not check.conforms:
        sys.exit(1)


_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


@main.command()
@click.argument("sparql")
@STORE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", *_RESULT_FORMATS]),
    default="table",
    show_default=True,
    help="Format of SELECT and ASK results; CONSTRUCT and DESCRIBE print Turtle.",
)
def query(sparql: str, store: Path | Endpoints, fmt: str) -> None:
    """Run a SPARQL query (SPARQL, or @FILE to read it from a file) against the store.

    The default graph is the union of all graphs.
    """
    if sparql.startswith("@"):
        sparql = Path(sparql[1:]).read_text(encoding="utf-8")
    with _open(store, must_exist=True, read_only=True) as source:
        try:
            result = source.query(sparql)
        except SyntaxError as error:
            raise click.ClickException(f"malformed query: {error}") from error
        except RemoteStoreError as error:
            raise click.ClickException(str(error)) from error
        if isinstance(result, ox.QueryBoolean):
            click.echo("true" if bool(result) else "false")
        elif not isinstance(result, ox.QuerySolutions):
            ox.serialize(result, sys.stdout.buffer, format=ox.RdfFormat.TURTLE)
        elif fmt != "table":
            result.serialize(sys.stdout.buffer, format=_RESULT_FORMATS[fmt])
        else:
            _print_table(result)


def _print_table(solutions: ox.QuerySolutions) -> None:
    variables = [v.value for v in solutions.variables]
    rows = [[_cell(solution[v]) for v in variables] for solution in solutions]
    widths = [max([len(v), *(len(r[i]) for r in rows)]) for i, v in enumerate(variables)]
    click.echo("  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)))
    for row in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    click.echo(f"({len(rows)} rows)", err=True)


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--base", default=None, help="Base IRI for minted resources (default: $SSO_KG_BASE or w3id).")
def extract(file: Path, base: str | None) -> None:
    """Print the graph of one release FILE as Turtle; nothing is stored.

    The graph is checked against the SHACL shapes too; violations are printed on stderr and
    the exit status is 1.
    """
    from .extract import extract as run_extract
    from .mapping import bind_prefixes, release_graph
    from .readers import ReadFailure, read_text_file
    from .validation import validate_graph

    release = read_text_file(file)
    if isinstance(release, ReadFailure):
        raise click.ClickException(f"{release.source}: {release.reason}")
    minter = Minter(base or Settings().base)
    graph = bind_prefixes(release_graph(release, run_extract(release), minter))
    out = io.BytesIO()
    graph.serialize(out, format="turtle", encoding="utf-8")
    sys.stdout.buffer.write(out.getvalue())
    report = validate_graph(graph)
    if not report.conforms:
        click.echo(report.text, err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
