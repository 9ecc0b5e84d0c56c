"""Shared fixtures: a small store that states the profile, and the real app on a real port.

- ``sample_trig``: the TriG text of the sample (one release graph, one gazetteer graph).
- ``sample_settings``: Settings for a store in a temporary folder (its dumps folder beside it).
- ``sample_store``: that store, loaded with the sample. Session-wide: treat it as read-only.
- ``serve_app``: a function ``serve(app) -> base_url`` that serves any Flask app on a free port
  in a background thread until the session ends.
- ``live_server``: the base URL (``http://127.0.0.1:PORT``) of the sso-kg app over the sample.
- ``bundled_settings`` / ``bundled_store`` / ``bundled_server``: the bundled releases
  (``data/releases``) ingested by the real pipeline, with their dumps, and the app serving them.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator

import pyoxigraph as ox
import pytest
from flask import Flask
from rdflib import Graph
from werkzeug.serving import BaseWSGIServer, make_server

from sso_kg.config import Settings
from sso_kg.dumps import write_dumps
from sso_kg.ingest import ingest
from sso_kg.iris import Minter
from sso_kg.quarantine import Quarantine
from sso_kg.resources import data_file
from sso_kg.store import Store
from sso_kg.web import create_app

BASE = "https://w3id.org/sso-kg"

SAMPLE_TRIG = """
@prefix schema: <https://schema.org/> .
@prefix org:    <http://www.w3.org/ns/org#> .
@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
@prefix sso:    <https://w3id.org/sso-kg/def#> .
@prefix release:      <https://w3id.org/sso-kg/id/release/> .
@prefix person:       <https://w3id.org/sso-kg/id/person/> .
@prefix organization: <https://w3id.org/sso-kg/id/organization/> .
@prefix province:     <https://w3id.org/sso-kg/id/province/> .
@prefix event:        <https://w3id.org/sso-kg/id/event/> .
@prefix conferral:    <https://w3id.org/sso-kg/id/conferral/> .
@prefix membership:   <https://w3id.org/sso-kg/id/membership/> .
@prefix role:         <https://w3id.org/sso-kg/id/role/> .
@prefix award:        <https://w3id.org/sso-kg/id/award/> .
@prefix level:        <https://w3id.org/sso-kg/id/level/> .

<https://w3id.org/sso-kg/graph/release/sso-2023-09-07-lertrat-award> {
    release:sso-2023-09-07-lertrat-award a schema:NewsArticle ;
        schema:identifier "sso-2023-09-07-lertrat-award" ;
        schema:headline "สปส. รับรางวัลเลิศรัฐ ประจำปี 2566"@th ;
        schema:datePublished "2023-09-07"^^xsd:date ;
        schema:mentions person:wissanu-krea-ngam-3f2a, organization:sso-1c0d,
            province:TH-12, event:lertrat-ceremony-2023-9b1e, conferral:lertrat-2023-sso-77aa .

    person:wissanu-krea-ngam-3f2a a schema:Person ;
        schema:name "วิษณุ เครืองาม"@th ;
        schema:honorificPrefix "นาย"@th .

    membership:wissanu-deputy-pm-2023-5e6f a org:Membership ;
        org:member person:wissanu-krea-ngam-3f2a ;
        org:role role:rong-nayok-ratthamontri ;
        rdfs:label "รองนายกรัฐมนตรี"@th ;
        prov:wasDerivedFrom release:sso-2023-09-07-lertrat-award .

    role:rong-nayok-ratthamontri a org:Role ; skos:prefLabel "รองนายกรัฐมนตรี"@th .

    province:TH-12 a schema:AdministrativeArea ;
        schema:identifier "TH-12" ;
        schema:name "นนทบุรี"@th .

    event:lertrat-ceremony-2023-9b1e a schema:Event ;
        schema:name "พิธีมอบรางวัลเลิศรัฐ ประจำปี 2566"@th ;
        schema:startDate "2023-09-07"^^xsd:date ;
        schema:location province:TH-12 .

    conferral:lertrat-2023-sso-77aa a sso:AwardConferral ;
        sso:award award:lertrat ;
        sso:level level:advance ;
        sso:year "2023"^^xsd:gYear ;
        sso:recipient organization:sso-1c0d .

    award:lertrat a skos:Concept ; skos:prefLabel "รางวัลเลิศรัฐ"@th .
    level:advance a skos:Concept ; skos:prefLabel "ระดับก้าวหน้า"@th .
}

<https://w3id.org/sso-kg/graph/gazetteer/organizations> {
    organization:sso-1c0d a org:Organization, schema:GovernmentOrganization ;
        skos:prefLabel "สำนักงานประกันสังคม"@th ;
        skos:altLabel "สปส."@th .
}
"""
"""A release in the shape of ``PROFILE.md``: a release, a person and a post, an organization
(in a gazetteer graph of its own), a province, an event and an award conferral."""

RELEASE_GRAPH = f"{BASE}/graph/release/sso-2023-09-07-lertrat-award"
GAZETTEER_GRAPH = f"{BASE}/graph/gazetteer/organizations"


def load_trig(store: Store, text: str) -> None:
    """Put each named graph of a TriG document into ``store``, as ingest does: one
    :meth:`Store.replace_graphs` call with an rdflib graph per graph name."""
    triples: dict[str, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.TRIG):
        triples[quad.graph_name.value].append(quad.triple)
    store.replace_graphs(
        (name, Graph().parse(data=ox.serialize(graph, format=ox.RdfFormat.N_TRIPLES), format="nt"))
        for name, graph in triples.items()
    )


@pytest.fixture(scope="session")
def sample_trig() -> str:
    return SAMPLE_TRIG


@pytest.fixture(scope="session")
def sample_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(store_path=tmp_path_factory.mktemp("sample") / "store", base=BASE)


@pytest.fixture(scope="session")
def sample_store(sample_settings: Settings) -> Iterator[Store]:
    store = Store(sample_settings.store_path)
    load_trig(store, SAMPLE_TRIG)
    yield store
    store.close()


@pytest.fixture(scope="session")
def serve_app() -> Iterator[Callable[[Flask], str]]:
    """Serve apps on free ports in background threads; all stop when the session ends."""
    running: list[tuple[BaseWSGIServer, threading.Thread]] = []

    def serve(app: Flask) -> str:
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        running.append((server, thread))
        return f"http://127.0.0.1:{server.server_port}"

    yield serve
    for server, thread in running:
        server.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def live_server(sample_store: Store, sample_settings: Settings, serve_app: Callable[[Flask], str]) -> str:
    """The base URL of the real sso-kg app serving ``sample_store``."""
    return serve_app(create_app(sample_store, sample_settings))


@pytest.fixture(scope="session")
def bundled_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(store_path=tmp_path_factory.mktemp("bundled") / "store", base=BASE)


@pytest.fixture(scope="session")
def bundled_store(bundled_settings: Settings) -> Iterator[Store]:
    """The bundled releases, ingested and dumped as ``sso-kg ingest`` does. Read-only."""
    store = Store(bundled_settings.store_path)
    summary = ingest(
        [data_file("releases")], store, Quarantine(bundled_settings.quarantine_path), Minter(BASE)
    )
    assert summary.stored and not summary.quarantined
    write_dumps(store, bundled_settings.dumps_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def bundled_server(
    bundled_store: Store, bundled_settings: Settings, serve_app: Callable[[Flask], str]
) -> str:
    """The base URL of the app serving the bundled releases."""
    return serve_app(create_app(bundled_store, bundled_settings))
