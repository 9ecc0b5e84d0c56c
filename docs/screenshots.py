"""Screenshots of each kind of page, as a browser shows them, into docs/screenshots/.

    .venv/bin/python docs/screenshots.py

Ingests the bundled releases (data/releases) into a temporary store, starts ``sso-kg serve``
on a free port, and has headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)
save one PNG of each page, 1200x900, the first screen only (not the full page). Which person,
release, award and event are shown is chosen by SPARQL over the data (the most of something,
ties broken by IRI), so the same releases give the same pictures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _measure import start_server  # noqa: E402  (the benchmarks' own: serve on a free port)

RELEASES = ROOT / "data" / "releases"
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1200, "height": 900}
CLI = [sys.executable, "-m", "sso_kg.cli"]
ENV = {**os.environ, "PYTHAINLP_OFFLINE": "1"}
BASE = "https://w3id.org/sso-kg"
PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sso: <https://w3id.org/sso-kg/def#>
"""

PERSON_WITH_MOST_POSTS = """SELECT ?x (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m org:member ?x }
GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1"""
AWARD_MOST_CONFERRED = """SELECT ?x (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c sso:award ?x }
GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1"""
EVENT_WITH_MOST_ATTENDEES = """SELECT ?x (COUNT(DISTINCT ?p) AS ?n)
WHERE { ?x a schema:Event ; schema:attendee ?p }
GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1"""


def select_one(url: str, query: str) -> str:
    """The first value of the first variable of a SELECT asked of the server's endpoint."""
    request = urllib.request.Request(
        f"{url}/sparql?" + urllib.parse.urlencode({"query": PREFIXES + query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        results = json.load(answer)
    variable = results["head"]["vars"][0]
    return results["results"]["bindings"][0][variable]["value"]


def page_of(iri: str) -> str:
    """The path of an IRI's page: ``/doc/…`` for ``{base}/id/…``."""
    assert iri.startswith(f"{BASE}/id/"), iri
    return "/doc/" + iri.removeprefix(f"{BASE}/id/")


def shoot(page: Page, name: str, path: str, ready: Callable[[Page], None] | None = None) -> None:
    page.goto(path)
    if ready:
        ready(page)
    page.evaluate("document.fonts.ready")
    target = OUT / f"{name}.png"
    page.screenshot(path=str(target))
    print(f"{target.relative_to(ROOT)}  {path}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sso-kg-screenshots-") as scratch:
        store = Path(scratch) / "store"
        subprocess.run(
            [*CLI, "ingest", str(RELEASES), "--store", str(store)], check=True, env=ENV, capture_output=True
        )
        server, url, _seconds = start_server(store, workers=1)
        try:
            person = page_of(select_one(url, PERSON_WITH_MOST_POSTS))
            award = page_of(select_one(url, AWARD_MOST_CONFERRED))
            event = page_of(select_one(url, EVENT_WITH_MOST_ATTENDEES))
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(base_url=url, viewport=VIEWPORT, locale="th-TH")
                shoot(page, "home", "/")
                shoot(page, "search", "/search?" + urllib.parse.urlencode({"q": "สำนักงานประกันสังคม"}))
                shoot(page, "agency", "/doc/org/sso")
                shoot(page, "person", person)
                # The release a post of that person was read from, at the sentence it was read from.
                page.goto(person)
                sentence = page.locator("section#posts a", has_text="ประโยคในข่าว").first.get_attribute("href")
                assert sentence and "#s-" in sentence, sentence
                shoot(page, "release", sentence, lambda p: expect(p.locator(":target")).to_have_count(1))
                shoot(page, "award", award)
                shoot(page, "event", event)
                shoot(page, "province", "/doc/province/TH-10")
                shoot(page, "releases", "/releases")

                def run_query(p: Page) -> None:
                    p.locator("#yasgui").get_by_role("button", name="Run query").click()
                    expect(p.locator("#yasgui .yasr table.dataTable tbody tr").first).to_be_visible()

                shoot(page, "editor", "/query", run_query)
                shoot(page, "ontology", "/def")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
