"""Five-star publishing over the real app on a real port: dereferenceable IRIs (303 and content
negotiation), pages with the release span behind each claim, search, facets, the VoID/DCAT
description (checked against the DCAT-AP shapes), the ontology, saved queries, the links to
other datasets, and the dumps read by a second RDF toolchain (raptor's ``rapper``)."""

from __future__ import annotations

import gzip
import html
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SH, SKOS

from sso_kg.config import Settings
from sso_kg.gazetteer import KINDS
from sso_kg.links import read_mapping_set
from sso_kg.reference import AGENCY_KINDS
from sso_kg.resources import resource_root
from sso_kg.store import Store
from sso_kg.web.pages import segment_text
from sso_kg.web.search import query_words, search_key
from sso_kg.web.sparql import EXAMPLES

BASE = "https://w3id.org/sso-kg"
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
SSO_AGENCY = "/doc/org/sso"

RDF_ACCEPT = {
    "text/turtle": ("ttl", "turtle"),
    "application/n-triples": ("nt", "nt"),
    "application/ld+json": ("jsonld", "json-ld"),
    "application/rdf+xml": ("rdf", "xml"),
}


def get(url: str, **kwargs) -> requests.Response:
    return requests.get(url, timeout=30, allow_redirects=False, **kwargs)


def first_person_path(store: Store) -> str:
    """A person who holds a post, as a local path."""
    query = "SELECT ?p WHERE { ?m <http://www.w3.org/ns/org#member> ?p } ORDER BY ?p LIMIT 1"
    iri = next(iter(store.query(query)))["p"].value
    return iri.removeprefix(BASE + "/id/")


# -- dereferencing ------------------------------------------------------------------------------


@pytest.mark.parametrize("accept", list(RDF_ACCEPT))
def test_an_identifier_answers_303_to_the_rdf_document_asked_for(
    bundled_server: str, bundled_store: Store, accept: str
) -> None:
    path = first_person_path(bundled_store)
    suffix, rdflib_format = RDF_ACCEPT[accept]
    response = get(f"{bundled_server}/id/{path}", headers={"Accept": accept})
    assert response.status_code == 303
    assert response.headers["Vary"] == "Accept"
    assert response.headers["Location"].endswith(f"/doc/{path}.{suffix}")
    document = get(bundled_server + response.headers["Location"])
    assert document.status_code == 200
    assert document.headers["Content-Type"].startswith(accept)
    graph = Graph().parse(data=document.content, format=rdflib_format)
    person = URIRef(f"{BASE}/id/{path}")
    assert (person, RDF.type, SCHEMA.Person) in graph
    assert (None, URIRef("http://xmlns.com/foaf/0.1/primaryTopic"), person) in graph


def test_a_browser_is_sent_to_the_page(bundled_server: str, bundled_store: Store) -> None:
    path = first_person_path(bundled_store)
    response = get(
        f"{bundled_server}/id/{path}", headers={"Accept": "text/html,application/xml;q=0.9,*/*;q=0.8"}
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/doc/{path}")
    page = get(bundled_server + response.headers["Location"], headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert page.headers["Vary"] == "Accept"
    for suffix in ("ttl", "nt", "jsonld", "rdf"):
        assert f'href="/doc/{path}.{suffix}"' in page.text
        assert f"</doc/{path}.{suffix}>" in page.headers["Link"]


def test_the_document_negotiates_too(bundled_server: str, bundled_store: Store) -> None:
    path = first_person_path(bundled_store)
    response = get(f"{bundled_server}/doc/{path}", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/n-triples")
    assert response.headers["Vary"] == "Accept"
    assert get(f"{bundled_server}/doc/{path}.html").headers["Content-Type"].startswith("text/html")


def test_every_minted_iri_dereferences(bundled_server: str, bundled_store: Store) -> None:
    minted = {
        triple.subject.value
        for triple in bundled_store.triples()
        if isinstance(triple.subject, ox.NamedNode) and triple.subject.value.startswith(BASE + "/id/")
    }
    assert len(minted) > 500
    session = requests.Session()
    for iri in sorted(minted):
        response = session.get(f"{bundled_server}/doc/{iri.removeprefix(BASE + '/id/')}.nt", timeout=30)
        assert response.status_code == 200, iri
        assert f"<{iri}>" in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/id/person/nobody-00000000",
        "/doc/person/nobody-00000000.ttl",
        "/id/person/x%22%7D%20%3Fs",
        "/id/a/../b",
    ],
)
def test_unknown_or_malformed_identifiers_are_404(bundled_server: str, path: str) -> None:
    response = get(bundled_server + path)
    assert response.status_code == 404


def test_a_release_graph_dereferences(bundled_server: str, bundled_store: Store) -> None:
    name = next(g for g in bundled_store.graph_names() if "/graph/release/" in g)
    path = name.removeprefix(BASE)
    turtle = get(bundled_server + path, headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    assert len(Graph().parse(data=turtle.text, format="turtle")) == sum(1 for _ in bundled_store.quads(name))
    browser = get(bundled_server + path, headers={"Accept": "text/html"})
    assert browser.status_code == 303 and browser.headers["Location"].startswith("/doc/release/")


# -- pages ----------------------------------------------------------------------------------------


def test_every_source_link_on_a_page_lands_on_its_span(bundled_server: str, bundled_store: Store) -> None:
    """A claim links to ``/doc/release/…#s-START-END``; that release page has the anchor, and
    the text marked after it is the text at that span."""
    page = get(bundled_server + SSO_AGENCY, headers={"Accept": "text/html"}).text
    sources = set(re.findall(r'href="(/doc/release/[^"#]+)#(s-(\d+)-(\d+))"', page))
    assert sources, "the agency page has claims with sources"
    for release_path, anchor, start, end in sources:
        release_page = get(bundled_server + release_path, headers={"Accept": "text/html"}).text
        after = release_page.split(f'id="{anchor}"', 1)[1]
        marked = re.search(r"<mark>(.*?)</mark>", after, re.DOTALL).group(1)
        text = html.unescape(re.sub(r"<[^>]+>", "", marked))
        release_iri = BASE + "/id/" + release_path.removeprefix("/doc/")
        full = next(bundled_store.triples(ox.NamedNode(release_iri), ox.NamedNode(SCHEMA.text))).object.value
        assert text and full[int(start) : int(end)].startswith(text)


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        (SSO_AGENCY, "Officials and their posts"),
        ("/doc/province/TH-10", "Events in the province"),
    ],
)
def test_pages_show_their_sections(bundled_server: str, path: str, heading: str) -> None:
    page = get(bundled_server + path + ".html")
    assert page.status_code == 200
    assert heading in page.text


def test_a_person_page_lists_posts_and_an_event_its_attendees(
    bundled_server: str, bundled_store: Store
) -> None:
    person = get(f"{bundled_server}/doc/{first_person_path(bundled_store)}.html").text
    assert "Posts over time" in person
    query = "SELECT ?e WHERE { ?e <https://schema.org/attendee> ?p } ORDER BY ?e LIMIT 1"
    event = next(iter(bundled_store.query(query)))["e"].value
    page = get(f"{bundled_server}/doc/{event.removeprefix(BASE + '/id/')}.html").text
    assert "Participants" in page and "/doc/person/" in page


def test_section_pages_are_bound_not_pasted(bundled_server: str) -> None:
    """A section's page number is read as a number; anything else is page 1, never SPARQL."""
    for value in ("2", "0", "-1", "1 OFFSET 0 } ; DROP ALL", "99999999999"):
        response = requests.get(f"{bundled_server}{SSO_AGENCY}.html", params={"releases": value}, timeout=30)
        assert response.status_code == 200


def test_segments_mark_spans_and_link_the_longest_mention() -> None:
    text = "นายก ประชุม ที่ กรุงเทพมหานคร"
    segments = segment_text(text, {(0, 11)}, [(16, 29, "/doc/province/TH-10"), (16, 21, "/x")])
    assert "".join(s.text for s in segments) == text
    assert segments[0].anchors == ["s-0-11"] and segments[0].fact
    linked = [s for s in segments if s.href]
    assert [s.text for s in linked] == ["กรุงเทพมหานคร"] and linked[0].href == "/doc/province/TH-10"


# -- search and browse ----------------------------------------------------------------------------


def test_search_keys_ignore_spaces_and_case() -> None:
    assert search_key("สำนักงาน ประกันสังคม") == search_key("สำนักงานประกันสังคม")
    assert search_key("Social Security OFFICE") == "socialsecurityoffice"
    assert query_words("ประกันสังคมชลบุรี") == ["ประกันสังคม", "ชลบุรี"]


@pytest.mark.parametrize("query", ["สำนักงานประกันสังคม", "สปส.", "สำนักงาน ประกันสังคม", "Social Security Office"])
def test_search_finds_the_agency_first(bundled_server: str, query: str) -> None:
    answer = requests.get(f"{bundled_server}/search.json", params={"q": query}, timeout=30).json()
    assert answer["hits"][0]["page"] == SSO_AGENCY
    page = requests.get(f"{bundled_server}/search", params={"q": query}, timeout=30)
    assert f'href="{SSO_AGENCY}"' in page.text


def test_search_cuts_thai_queries_into_words(bundled_server: str) -> None:
    answer = requests.get(
        f"{bundled_server}/search.json", params={"q": "ประกันสังคมสำนักงาน"}, timeout=30
    ).json()
    assert SSO_AGENCY in [hit["page"] for hit in answer["hits"]]


def test_search_takes_any_text(bundled_server: str) -> None:
    for query in ('"} UNION { ?s ?p ?o', "", "   ", "ก" * 5000, "\u200b"):
        assert requests.get(f"{bundled_server}/search", params={"q": query}, timeout=30).status_code == 200
    assert (
        requests.get(f"{bundled_server}/search", params={"q": "x", "kind": "nope"}, timeout=30).status_code
        == 400
    )


def _release_count(page: str) -> int:
    return int(re.search(r"<p>([\d,]+) ข่าว", page).group(1).replace(",", ""))


def test_facets_narrow_the_releases(bundled_server: str, bundled_store: Store) -> None:
    everything = requests.get(f"{bundled_server}/releases", timeout=30).text
    total = sum(
        1 for _ in bundled_store.triples(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(SCHEMA.NewsArticle))
    )
    assert _release_count(everything) == total
    for param in ("agency", "ministry", "province", "year"):
        links = re.findall(
            rf'href="/releases\?{param}=([^"&]+)">[^<]+</a> <span class="note">([\d,]+)', everything
        )
        assert links, f"the {param} facet has values"
        value, count = links[0]
        narrowed = requests.get(
            f"{bundled_server}/releases", params={param: html.unescape(value)}, timeout=30
        )
        assert narrowed.status_code == 200
        assert _release_count(narrowed.text) == int(count.replace(",", "")) <= total
        assert 'class="filter"' in narrowed.text
    ministries = requests.get(f"{bundled_server}/releases", params={"agency": "sso"}, timeout=30).text
    assert "กระทรวงแรงงาน" in ministries  # the SSO's ministry, by org:subOrganizationOf
    assert requests.get(f"{bundled_server}/releases", params={"year": "20x4"}, timeout=30).status_code == 404
    assert requests.get(f"{bundled_server}/releases", params={"agency": "a b"}, timeout=30).status_code == 404


# -- the dataset description ------------------------------------------------------------------


def dcat_ap_shapes() -> Graph:
    """DCAT-AP 3.0.1's shapes, less the two property shapes it names but never defines
    (SEMICeu/DCAT-AP issue 448; see shapes/dcat-ap/README.md)."""
    shapes = Graph().parse(
        resource_root() / "shapes" / "dcat-ap" / "dcat-ap-3.0.1-SHACL.ttl", format="turtle"
    )
    for node, prop in list(shapes.subject_objects(SH.property)):
        if (prop, SH.path, None) not in shapes:
            shapes.remove((node, SH.property, prop))
    return shapes


@pytest.fixture(scope="module")
def void(bundled_server: str) -> Graph:
    response = get(f"{bundled_server}/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/turtle")
    return Graph().parse(data=response.text, format="turtle")


def test_the_description_conforms_to_dcat_ap(void: Graph) -> None:
    from pyshacl import validate

    conforms, _report, text = validate(void, shacl_graph=dcat_ap_shapes(), inference="none")
    assert conforms, text


def test_the_description_states_the_figures(
    void: Graph, bundled_store: Store, bundled_settings: Settings, bundled_server: str
) -> None:
    from sso_kg.dumps import read_manifest

    dataset = URIRef(f"{BASE}/void#dataset")
    assert int(void.value(dataset, VOID.triples)) == bundled_store.triple_count()
    assert {lit.language for lit in void.objects(dataset, URIRef("http://purl.org/dc/terms/title"))} == {
        "th",
        "en",
    }
    manifest = read_manifest(bundled_settings.dumps_path)
    checksums = {str(v) for v in void.objects(None, SPDX.checksumValue)}
    assert checksums == {dump.sha256 for dump in manifest.files}
    sizes = {int(v) for v in void.objects(None, DCAT.byteSize)}
    assert sizes == {dump.byte_size for dump in manifest.files}
    for download in void.objects(None, DCAT.downloadURL):
        assert requests.head(str(download), timeout=30).status_code == 200
    examples = list(void.objects(dataset, VOID.exampleResource))
    assert examples
    for example in examples:
        assert get(f"{bundled_server}/id/{str(example).removeprefix(BASE + '/id/')}").status_code == 303


def test_linksets_are_described_and_published(void: Graph, bundled_store: Store, bundled_server: str) -> None:
    linksets = list(void.subjects(RDF.type, VOID.Linkset))
    assert linksets
    for linkset in linksets:
        name = str(linkset).rsplit("#", 1)[1]
        graph = f"{BASE}/graph/links/{name}"
        assert int(void.value(linkset, VOID.triples)) == sum(1 for _ in bundled_store.quads(graph)) > 0
        assert void.value(linkset, VOID.linkPredicate) == SKOS.exactMatch
        table = void.value(linkset, URIRef("http://purl.org/dc/terms/source"))
        assert requests.get(str(table), timeout=30).text.startswith("# curie_map:")
    bangkok = ox.NamedNode(f"{BASE}/id/province/TH-10")
    links = {t.object.value for t in bundled_store.triples(bangkok, ox.NamedNode(str(SKOS.exactMatch)))}
    assert links == {"http://www.wikidata.org/entity/Q1861"}
    codes = list(bundled_store.triples(bangkok, ox.NamedNode(str(SKOS.notation))))
    assert [(c.object.value, c.object.datatype.value) for c in codes] == [
        ("10", "https://w3id.org/sso-kg/def#DOPACode")
    ]


def test_mapping_tables_are_read_strictly(tmp_path: Path) -> None:
    table = tmp_path / "x.sssom.tsv"
    table.write_text(
        "# curie_map:\n#   wikidata: http://www.wikidata.org/entity/\n"
        "subject_id\tpredicate_id\tobject_id\tobject_label\tconfidence\n"
        "nope:TH-10\tskos:exactMatch\twikidata:Q1\tx\t1.0\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="curie_map lacks"):
        read_mapping_set(table)


def test_every_mapping_is_to_a_province_or_agency_we_have() -> None:
    from sso_kg.extract.places import load_provinces
    from sso_kg.gazetteer import load_gazetteer
    from sso_kg.links import mapping_sets

    provinces, agencies = load_provinces(), load_gazetteer().agencies
    for mapping_set in mapping_sets():
        for m in mapping_set.mappings:
            assert m.subject in (provinces if m.kind == "province" else agencies), (
                mapping_set.name,
                m.subject,
            )
            assert 0 < m.confidence <= 1


def test_agency_kinds_cover_the_gazetteer() -> None:
    assert set(AGENCY_KINDS) == set(KINDS)


# -- the ontology and the saved queries ----------------------------------------------------------


def test_the_ontology_is_served_as_documentation_and_as_turtle(bundled_server: str) -> None:
    page = get(f"{bundled_server}/def", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "AwardConferral" in page.text
    for term in ("AwardConferral", "spanStart", "ingestDigest", "award"):
        assert f'id="{term}"' in page.text  # /def#term lands on the term
    policy = page.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "sha256-" in policy
    turtle = get(f"{bundled_server}/def", headers={"Accept": "text/turtle"})
    assert turtle.headers["Vary"] == "Accept"
    graph = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(f"{BASE}/def#AwardConferral"), None, None) in graph


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.slug)
def test_saved_queries_have_stable_urls_and_formats(bundled_server: str, example) -> None:
    page = get(f"{bundled_server}/queries/{example.slug}")
    assert page.status_code == 200 and "<td>" in page.text
    as_json = get(f"{bundled_server}/queries/{example.slug}.json")
    assert as_json.headers["Content-Type"].startswith("application/sparql-results+json")
    assert as_json.json()["results"]["bindings"]
    as_csv = get(f"{bundled_server}/queries/{example.slug}.csv")
    assert as_csv.headers["Content-Type"].startswith("text/csv") and len(as_csv.text.splitlines()) > 1
    assert get(f"{bundled_server}/queries/{example.slug}.xlsx").status_code == 404
    assert get(f"{bundled_server}/queries/no-such-query").status_code == 404


def test_the_editor_page_allows_only_its_own_inline_styles(bundled_server: str) -> None:
    page = get(f"{bundled_server}/query")
    assert page.status_code == 200 and 'id="yasgui"' in page.text
    policy = page.headers["Content-Security-Policy"]
    assert "script-src" not in policy and "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy


# -- a second toolchain reads the dumps --------------------------------------------------------------


@pytest.mark.skipif(shutil.which("rapper") is None, reason="raptor2-utils (rapper) is not installed")
@pytest.mark.parametrize(("name", "syntax"), [("sso-kg.ttl.gz", "turtle"), ("sso-kg.nq.gz", "nquads")])
def test_rapper_parses_the_dumps(
    bundled_settings: Settings, bundled_store: Store, tmp_path: Path, name: str, syntax: str
) -> None:
    plain = tmp_path / name.removesuffix(".gz")
    plain.write_bytes(gzip.decompress((bundled_settings.dumps_path / name).read_bytes()))
    result = subprocess.run(
        ["rapper", "--input", syntax, "--count", str(plain), "http://example.org/"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower()
    count = int(re.search(r"returned (\d+) (?:triples|statements)", result.stderr).group(1))
    if syntax == "turtle":
        assert count == bundled_store.triple_count()
    else:
        assert count == sum(
            1 for g in bundled_store.graph_names() if g for _ in bundled_store.quads(g)
        ) - sum(1 for _ in bundled_store.quads("urn:sso-kg:ledger"))


def test_the_attendee_of_an_event_is_named_in_its_paragraph() -> None:
    from sso_kg.extract import extract
    from sso_kg.iris import Minter
    from sso_kg.mapping import release_graph
    from sso_kg.release import Release

    text = (
        "เมื่อวันที่ 7 กันยายน 2566 นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม เป็นประธานการประชุม "
        "โดยมี นางสาวลัดดา ทองคำ เข้าร่วม\n"
        "นายสมชาย ใจดี ผู้อำนวยการสำนักงานประกันสังคมจังหวัดชลบุรี กล่าวว่า ผลการดำเนินงานดี"
    )
    release = Release(id="t-1", title="ประชุม", text=text, date=None, url=None)
    graph = release_graph(release, extract(release), Minter(BASE))
    attendees = {str(graph.value(p, SCHEMA.name)) for p in graph.objects(None, SCHEMA.attendee)}
    assert "บุญสงค์ ทัพชัยยุทธ์" in attendees
    assert "สมชาย ใจดี" not in attendees
    assert all(isinstance(name, str) for name in attendees)
    assert Literal("t-1") in set(graph.objects(None, SCHEMA.identifier))
