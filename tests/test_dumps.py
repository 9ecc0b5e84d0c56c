"""Dumps: writing them (atomic, with a manifest) and serving them (index, conditional, ranges)."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from flask import Flask
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

from sso_kg.config import Settings
from sso_kg.dumps import MANIFEST, DumpFile, read_manifest, write_dumps
from sso_kg.store import Store
from sso_kg.web import create_app

SCHEMA = Namespace("https://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
RELEASE = URIRef("https://w3id.org/sso-kg/id/release/sso-2023-09-07-lertrat-award")
ORGANIZATION = URIRef("https://w3id.org/sso-kg/id/organization/sso-1c0d")
GAZETTEER_GRAPH = URIRef("https://w3id.org/sso-kg/graph/gazetteer/organizations")
RELEASE_GRAPH = URIRef("https://w3id.org/sso-kg/graph/release/sso-2023-09-07-lertrat-award")
TURTLE, NQUADS = "sso-kg.ttl.gz", "sso-kg.nq.gz"

# rdflib's Dataset.parse calls its own deprecated ConjunctiveGraph API; nothing to act on here.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")


@pytest.fixture(scope="module")
def dumps(sample_store: Store, sample_settings: Settings) -> list[DumpFile]:
    """The sample store's dumps, in the folder ``live_server`` serves."""
    return write_dumps(sample_store, sample_settings.dumps_path)


def test_write_dumps_writes_turtle_and_nquads_with_a_manifest(
    dumps: list[DumpFile], sample_settings: Settings
) -> None:
    directory = sample_settings.dumps_path
    assert [dump.name for dump in dumps] == [TURTLE, NQUADS]
    assert sorted(path.name for path in directory.iterdir()) == sorted([TURTLE, NQUADS, MANIFEST])
    for dump in dumps:
        data = (directory / dump.name).read_bytes()
        assert dump.byte_size == len(data)
        assert dump.sha256 == hashlib.sha256(data).hexdigest()
        assert dump.compress_format == "application/gzip"
    assert [dump.media_type for dump in dumps] == ["text/turtle", "application/n-quads"]
    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    assert [entry["sha256"] for entry in manifest["files"]] == [dump.sha256 for dump in dumps]
    assert read_manifest(directory).files == dumps


def test_turtle_dump_is_the_union_of_all_graphs(dumps: list[DumpFile], sample_settings: Settings) -> None:
    graph = Graph().parse(
        data=gzip.decompress((sample_settings.dumps_path / TURTLE).read_bytes()), format="turtle"
    )
    assert (RELEASE, SCHEMA.mentions, ORGANIZATION) in graph
    assert (ORGANIZATION, SKOS.altLabel, Literal("สปส.", lang="th")) in graph


def test_nquads_dump_keeps_the_named_graphs(dumps: list[DumpFile], sample_settings: Settings) -> None:
    dataset = Dataset()
    dataset.parse(data=gzip.decompress((sample_settings.dumps_path / NQUADS).read_bytes()), format="nquads")
    assert (ORGANIZATION, SKOS.altLabel, Literal("สปส.", lang="th"), GAZETTEER_GRAPH) in dataset
    assert {graph for _, _, _, graph in dataset.quads((RELEASE, None, None, None))} == {RELEASE_GRAPH}
    assert len(dataset.default_graph) == 0  # every triple sits in the named graph it came from


def test_rewriting_replaces_the_files_and_leaves_no_temporary_file(
    sample_store: Store, tmp_path: Path
) -> None:
    first = write_dumps(sample_store, tmp_path / "dumps")
    second = write_dumps(sample_store, tmp_path / "dumps")
    assert [dump.sha256 for dump in first] == [dump.sha256 for dump in second]  # reproducible bytes
    assert sorted(path.name for path in (tmp_path / "dumps").iterdir()) == sorted([TURTLE, NQUADS, MANIFEST])


def test_read_manifest_without_dumps(tmp_path: Path) -> None:
    assert read_manifest(tmp_path / "nowhere") is None


# -- served ------------------------------------------------------------------------------------


def test_index_lists_each_file_with_size_and_checksum(live_server: str, dumps: list[DumpFile]) -> None:
    response = requests.get(f"{live_server}/dumps/", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    for dump in dumps:
        assert f'href="/dumps/{dump.name}"' in response.text
        assert dump.sha256 in response.text
        assert f'title="{dump.byte_size} bytes"' in response.text
    assert requests.get(f"{live_server}/dumps", timeout=10).url == f"{live_server}/dumps/"


@pytest.mark.parametrize(("name", "rdflib_format"), [(TURTLE, "turtle"), (NQUADS, "nquads")])
def test_download_is_the_gzip_file_as_written(
    live_server: str, dumps: list[DumpFile], name: str, rdflib_format: str
) -> None:
    response = requests.get(f"{live_server}/dumps/{name}", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/gzip"
    assert "Content-Encoding" not in response.headers  # or clients would unpack it on the fly
    expected = next(dump for dump in dumps if dump.name == name)
    assert hashlib.sha256(response.content).hexdigest() == expected.sha256
    dataset = Dataset()
    dataset.parse(data=gzip.decompress(response.content), format=rdflib_format)
    assert list(dataset.quads((RELEASE, SCHEMA.mentions, ORGANIZATION, None)))


def test_manifest_is_served_as_json(live_server: str, dumps: list[DumpFile]) -> None:
    response = requests.get(f"{live_server}/dumps/{MANIFEST}", timeout=10)
    assert response.headers["Content-Type"] == "application/json"
    assert {entry["name"] for entry in response.json()["files"]} == {TURTLE, NQUADS}


def test_conditional_get_with_etag_is_304(live_server: str, dumps: list[DumpFile]) -> None:
    first = requests.get(f"{live_server}/dumps/{TURTLE}", timeout=10)
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    again = requests.get(
        f"{live_server}/dumps/{TURTLE}", headers={"If-None-Match": first.headers["ETag"]}, timeout=10
    )
    assert again.status_code == 304
    assert again.content == b""
    since = requests.get(
        f"{live_server}/dumps/{TURTLE}",
        headers={"If-Modified-Since": first.headers["Last-Modified"]},
        timeout=10,
    )
    assert since.status_code == 304


def test_range_request_is_206(live_server: str, dumps: list[DumpFile], sample_settings: Settings) -> None:
    response = requests.get(f"{live_server}/dumps/{NQUADS}", headers={"Range": "bytes=0-99"}, timeout=10)
    assert response.status_code == 206
    size = (sample_settings.dumps_path / NQUADS).stat().st_size
    assert response.headers["Content-Range"] == f"bytes 0-99/{size}"
    assert response.content == (sample_settings.dumps_path / NQUADS).read_bytes()[:100]
    assert response.headers["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize("name", ["sso-kg.trig.gz", "..%2Fstore", ".sso-kg.ttl.gz.abc.tmp"])
def test_only_files_in_the_manifest_are_served(live_server: str, dumps: list[DumpFile], name: str) -> None:
    assert requests.get(f"{live_server}/dumps/{name}", timeout=10).status_code == 404


def test_without_dumps_the_index_says_so(
    sample_store: Store, tmp_path: Path, serve_app: Callable[[Flask], str]
) -> None:
    settings = Settings(store_path=tmp_path / "empty", base="https://w3id.org/sso-kg")
    base = serve_app(create_app(sample_store, settings))
    response = requests.get(f"{base}/dumps/", timeout=10)
    assert response.status_code == 200
    assert "No dump has been written yet" in response.text
    assert requests.get(f"{base}/dumps/{TURTLE}", timeout=10).status_code == 404
    assert requests.get(f"{base}/dumps/{MANIFEST}", timeout=10).status_code == 404
    assert not settings.dumps_path.exists()  # the app never writes dumps itself


def test_dumps_of_a_store_given_by_a_relative_path_are_served(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`sso-kg serve` with the default store, var/store, names its dumps folder relatively; Flask
    would look for it under its own package folder, and answer every download with a 404."""
    monkeypatch.chdir(tmp_path)
    settings = Settings(store_path=Path("var/store"), base="https://w3id.org/sso-kg")
    write_dumps(sample_store, settings.dumps_path)
    client = create_app(sample_store, settings).test_client()
    response = client.get(f"/dumps/{TURTLE}")
    assert response.status_code == 200
    assert response.data == (tmp_path / "var" / "store-dumps" / TURTLE).read_bytes()
