"""The site in a real browser: headless Chromium (Debian's ``/usr/bin/chromium``) driven by
Playwright, against ``sso-kg serve`` as a user runs it, over a store ingested from the bundled
releases (``data/releases``).

- the journey of the issue: the home page's search box, the agency's page, an official's
  page, and the sentence of the release a post was read from, scrolled to and marked;
- the SPARQL editor (vendored YASGUI) runs its query against this site only;
- the releases narrowed by a facet, and widened again;
- the ontology's documentation.

Every page is watched: no request may leave the site's origin, no script may throw, and no
Content-Security-Policy violation may be reported. Links are found by role and place, not by
the names in the releases, and nothing is timed.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

try:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    pytest.skip("playwright (Python) is not installed: pip install -e '.[test]'", allow_module_level=True)

from sso_kg.web.pages import PAGE_SIZE
from test_serve import CLI, ENV, RELEASES, _start

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)", allow_module_level=True)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1200, "height": 900}
SSO = "สำนักงานประกันสังคม"
SOURCE_LINK = "ประโยคในข่าว"
"""The text of a link to the sentence of a release a fact was read from."""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``sso-kg serve`` (one query worker, no rate limit) over the bundled releases."""
    store = tmp_path_factory.mktemp("browser") / "store"
    subprocess.run(
        [*CLI, "ingest", str(RELEASES), "--store", str(store)], check=True, env=ENV, capture_output=True
    )
    server, url = _start(store, workers=1, time_limit=30)
    yield url
    server.terminate()
    server.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Observed:
    """What the pages of a test did besides showing themselves."""

    origin: str
    requests: list[str] = field(default_factory=list)
    policy_violations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def console(self, message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            self.policy_violations.append(message.text)

    def elsewhere(self) -> list[str]:
        """Requests to any origin but the site's (``data:`` and ``blob:`` URLs stay in the page)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob") and _origin(url) != self.origin
        ]

    def assert_clean(self) -> None:
        assert self.requests, "no request was seen"
        assert not self.elsewhere(), f"requests to other origins: {self.elsewhere()}"
        assert not self.policy_violations, f"Content-Security-Policy violations: {self.policy_violations}"
        assert not self.errors, f"errors thrown in the page: {self.errors}"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def observed(served: str) -> Observed:
    return Observed(_origin(served))


@pytest.fixture
def context(browser: Browser, served: str, observed: Observed) -> Iterator[BrowserContext]:
    context = browser.new_context(base_url=served, viewport=VIEWPORT, locale="th-TH")
    context.on("request", lambda request: observed.requests.append(request.url))
    context.on("console", observed.console)
    context.on("weberror", lambda error: observed.errors.append(str(error.error)))
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def release_count(page: Page) -> int:
    """The number of releases ``/releases`` says its filters leave."""
    figure = re.match(r"\s*([\d,]+)", page.locator("main h1 + p").inner_text())
    assert figure, "no count of releases under the heading"
    return int(figure.group(1).replace(",", ""))


def test_from_the_search_box_to_the_sentence_a_post_was_read_from(
    page: Page, served: str, observed: Observed
) -> None:
    page.goto("/")
    search = page.get_by_role("search")
    search.locator("input[name=q]").fill(SSO)
    search.get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"/search\?q="))

    # The hit that is the agency (not a release whose headline names it).
    agency_hits = page.locator("ol.hits > li").filter(has=page.locator(".kind", has_text="หน่วยงาน"))
    agency_hits.get_by_role("link", name=SSO, exact=True).click()
    expect(page).to_have_url(f"{served}/doc/org/sso")
    expect(page.locator("h1")).to_have_text(SSO)
    expect(page.locator("p.kinds")).to_contain_text("หน่วยงาน")
    expect(page.locator("p.iri code")).to_have_text("https://w3id.org/sso-kg/id/org/sso")
    for section in ("officials", "releases", "statements"):
        expect(page.locator(f"section#{section} h2")).to_be_visible()
    expect(page.locator("section#statements")).to_contain_text(SSO)

    # An official, from the table of officials and their posts.
    official = page.locator("section#officials tbody a[href^='/doc/person/']").first
    name = official.inner_text().strip()
    assert name
    official.click()
    expect(page).to_have_url(re.compile(r"/doc/person/[^/?#]+$"))
    expect(page.locator("h1")).to_have_text(name)
    expect(page.locator("p.kinds")).to_contain_text("บุคคล")
    posts = page.locator("section#posts")
    expect(posts.locator("h2")).to_be_visible()
    # The post that put them in the agency's table is on their page, in that agency.
    expect(posts.locator("tbody a[href='/doc/org/sso']").first).to_be_visible()

    # The sentence that post was read from.
    source = posts.get_by_role("link", name=SOURCE_LINK, exact=True).first
    href = source.get_attribute("href") or ""
    assert re.fullmatch(r"/doc/release/[^#]+#s-\d+-\d+", href), href
    source.click()
    expect(page).to_have_url(re.compile(r"/doc/release/[^/?#]+#s-\d+-\d+$"))
    fragment = urlsplit(page.url).fragment
    assert fragment == href.split("#", 1)[1]
    start, end = (int(n) for n in fragment.split("-")[1:])

    anchor = page.locator(f"div.release-text [id='{fragment}']")
    expect(anchor).to_have_count(1)
    expect(page.locator(":target")).to_have_attribute("id", fragment)
    expect(anchor).to_be_in_viewport()
    found = anchor.evaluate(
        """anchor => {
          const text = anchor.closest("div.release-text");
          const before = document.createRange();
          before.setStart(text, 0);
          before.setEndBefore(anchor);
          let mark = anchor.nextElementSibling;
          while (mark && mark.matches("span.anchor")) mark = mark.nextElementSibling;
          return {
            text: text.textContent,
            offset: Array.from(before.toString()).length,  // code points, as the spans count
            tag: mark ? mark.tagName : null,
            marked: mark ? mark.textContent : null,
          };
        }"""
    )
    assert found["tag"] == "MARK", f"the anchor #{fragment} is not followed by a <mark>"
    marked = found["marked"]
    assert marked.strip(), "the marked text is empty"
    assert marked in found["text"]
    assert found["offset"] == start, "the anchor is not where its span starts"
    span = "".join(list(found["text"])[start:end])
    assert span.startswith(marked), f"{marked!r} is not the start of the span {span!r}"
    expect(page.locator("div.release-text mark").first).to_be_visible()
    observed.assert_clean()


def test_the_sparql_editor_runs_its_query_on_this_site_only(
    page: Page, served: str, observed: Observed
) -> None:
    page.goto("/query")
    editor = page.locator("#yasgui .yasqe .CodeMirror")
    expect(editor).to_be_visible()
    expect(editor).to_contain_text("SELECT")
    with page.expect_response(lambda response: urlsplit(response.url).path == "/sparql") as answer:
        page.locator("#yasgui").get_by_role("button", name="Run query").click()
    assert answer.value.status == 200
    assert answer.value.url.startswith(served)
    rows = page.locator("#yasgui .yasr table.dataTable tbody tr")
    expect(rows.first).to_be_visible()
    assert rows.count() > 0
    expect(page.locator("#yasgui .yasr table.dataTable tbody")).to_contain_text("/id/release/")
    observed.assert_clean()


def test_a_facet_narrows_the_releases_and_its_chip_widens_them_again(page: Page, observed: Observed) -> None:
    page.goto("/releases")
    everything = release_count(page)
    assert everything > 0
    expect(page.locator("a.filter")).to_have_count(0)
    rows = page.locator("table.list tbody tr")
    assert rows.count() == min(everything, PAGE_SIZE)

    facet = page.locator("aside.facets section").first
    facet_name = facet.locator("h2").inner_text().split()[0]
    value = facet.locator("li").first
    label = value.locator("a").inner_text().strip()
    count = int(value.locator(".note").inner_text().replace(",", ""))
    value.locator("a").click()

    expect(page).to_have_url(re.compile(r"/releases\?\w+="))
    chip = page.locator("a.filter")
    expect(chip).to_have_count(1)
    expect(chip).to_contain_text(facet_name)
    expect(chip).to_contain_text(label)
    narrowed = release_count(page)
    assert narrowed <= everything
    assert narrowed == count, "the list does not have as many releases as its facet value said"
    assert rows.count() == min(narrowed, PAGE_SIZE)

    chip.click()
    expect(page.locator("a.filter")).to_have_count(0)
    assert urlsplit(page.url).query == ""
    assert release_count(page) == everything
    observed.assert_clean()


def test_the_ontology_documentation_renders(page: Page, observed: Observed) -> None:
    response = page.goto("/def")
    assert response is not None and response.status == 200
    expect(page.locator("#classes")).to_be_visible()
    expect(page.locator("#classes")).to_contain_text("AwardConferral")
    expect(page.locator("body")).to_contain_text("https://w3id.org/sso-kg/def#AwardConferral")
    observed.assert_clean()
