"""Minting IRIs: stable, readable, ASCII.

``{base}/id/{kind}/{slug}``: the slug is the Royal Thai General System romanisation of the
normalised name (pythainlp's rule-based ``royin`` engine, which needs no model) followed by a
short hash of the normalised name itself. The hash makes the IRI a function of the name alone,
so the same name gets the same IRI in every release and on every run, while the romanisation
keeps it readable; two names that romanise alike still get different IRIs.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import unicodedata
from functools import lru_cache

from pythainlp.transliterate import romanize

from .thai.normalize import collapse_spaces

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_THAI = re.compile("[\u0e00-\u0e7f]+")
_MAX_SLUG_WORDS = 6
_NON_ID = re.compile(r"[^A-Za-z0-9._-]+")


# "ณ อยุธยา" after a given and a family name ("จิรุตถ์ อิศรางกูร ณ อยุธยา"); not a family name
# that is "ณ อยุธยา" alone ("สมชาย ณ อยุธยา").
_NA_CITY = re.compile(r"^(?P<name>\S+ \S+) ณ \S+$")


def name_key(name: str) -> str:
    """The form of a name that decides identity: NFC, spaces collapsed, case folded."""
    return collapse_spaces(unicodedata.normalize("NFC", name)).casefold()


def short_hash(*parts: str, length: int = 8) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def _memoize_royin_words() -> None:
    """Cache the two per-word steps of pythainlp's ``royin`` engine.

    ``royin`` romanises a run word by word, and for every word (and again for the word before
    it, to decide on a syllable separator) applies some sixty vowel substitutions, one
    ``re.sub`` each. Both steps are pure functions of one word, and words recur far more than
    the runs cached below (agency names share สำนักงาน, กระทรวง, จังหวัด…). Cached, the output
    is the same and mapping 2,000 releases in a fresh process costs a third less CPU; in a long
    ingest, where the cache of whole runs fills up anyway, extraction and mapping cost about 4%
    less. The steps are private to pythainlp: if a version renames them, nothing is patched and
    romanisation is only slower (and ``tests/test_iris.py`` says so).
    """
    royin = importlib.import_module("pythainlp.transliterate.royin")
    for step in ("_replace_vowels", "_romanize"):
        function = getattr(royin, step, None)
        if callable(function) and not hasattr(function, "cache_info"):
            setattr(royin, step, lru_cache(maxsize=1 << 16)(function))


_memoize_royin_words()


@lru_cache(maxsize=1 << 17)
def _rtgs(thai_run: str) -> str:
    """One run of Thai letters in RTGS. Cached by run, not by name: given names, family names
    and the words of agency names recur across many different names, and romanisation is
    the costliest step of minting an IRI."""
    return romanize(thai_run, engine="royin")


@lru_cache(maxsize=1 << 16)
def romanized_slug(name: str) -> str:
    """ASCII words for a name: Thai runs romanised (RTGS), everything else lower-cased."""
    ascii_text = _THAI.sub(lambda m: " " + _rtgs(m.group(0)) + " ", name)
    ascii_text = unicodedata.normalize("NFKD", ascii_text).encode("ascii", "ignore").decode("ascii")
    words = [w for w in _NON_SLUG.split(ascii_text.lower()) if w]
    return "-".join(words[:_MAX_SLUG_WORDS])


def release_slug(release_id: str) -> str:
    """A release identifier as an IRI path segment; kept as it is when already safe."""
    slug = _NON_ID.sub("-", release_id).strip("-")
    return slug if slug == release_id else f"{slug}-{short_hash(release_id)}"


class Minter:
    """Mints every IRI the graph uses, under one base."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    def _id(self, kind: str, slug: str) -> str:
        return f"{self.base}/id/{kind}/{slug}"

    def named(self, kind: str, name: str) -> str:
        """An IRI for something known by its name (person, organization, award, role)."""
        key = name_key(name)
        slug = romanized_slug(key)
        digest = short_hash(kind, key)
        return self._id(kind, f"{slug}-{digest}" if slug else digest)

    def release(self, release_id: str) -> str:
        return self._id("release", release_slug(release_id))

    def release_graph(self, release_id: str) -> str:
        return f"{self.base}/graph/release/{release_slug(release_id)}"

    def graph(self, name: str) -> str:
        """A graph of shared descriptions: ``ontology``, ``agencies``, ``provinces``, ``awards``."""
        return f"{self.base}/graph/{name}"

    def agency(self, agency_id: str) -> str:
        return self._id("org", agency_id)

    def agency_kind(self, kind: str | None) -> str:
        """A kind of agency (``ministry``, ``department``…), or with None their scheme."""
        return self._id("agency-kind", kind) if kind else f"{self.base}/id/agency-kind"

    def person(self, name: str) -> str:
        """A person's IRI: by name, the city a family name is granted with ("ณ อยุธยา", which
        writers often leave out) aside, so that both forms are one person."""
        return self.named("person", _NA_CITY.sub(r"\g<name>", collapse_spaces(name)))

    def organization(self, name: str) -> str:
        return self.named("org", name)

    def role(self, role: str) -> str:
        return self.named("role", role)

    def province(self, code: str) -> str:
        return self._id("province", code)

    def award(self, award: str) -> str:
        return self.named("award", award)

    def contest_award(self, release_id: str, award: str) -> str:
        """An award known only by the place won in one release's contest ("รางวัลชนะเลิศ"): it
        names nothing beyond that contest, so it is minted within the release
        (``…/id/award/{release}-{award}-{digest}``), never merged with other contests' first
        prizes. The digest tells apart places the slug cannot (อันดับที่ ๑ and ๒: Thai digits
        romanise to nothing)."""
        key = name_key(award)
        return self._id(
            "award", f"{release_slug(release_id)}-{romanized_slug(key)}-{short_hash('award', key)}"
        )

    def award_scheme(self, award: str) -> str:
        """The SKOS scheme of an award's categories and levels: ``…/id/award/{award}/scheme``."""
        return f"{self.award(award)}/scheme"

    def award_concept(self, award: str, facet: str, value: str) -> str:
        """A category or level of one award: ``…/id/award/{award}/{facet}/{value}``."""
        return self.concept_under(self.award(award), facet, value)

    def concept_under(self, award_iri: str, facet: str, value: str) -> str:
        """A category or level under the award at ``award_iri``: ``{award_iri}/{facet}/{value}``."""
        return f"{award_iri}/{facet}/{romanized_slug(name_key(value)) or 'x'}-{short_hash(name_key(value))}"

    def fact(self, kind: str, release_id: str, *parts: str) -> str:
        """A fact read from one release (membership, event, conferral, place): its IRI is
        a function of the release and what the fact says, so re-ingesting mints the same."""
        return self._id(kind, f"{release_slug(release_id)}-{short_hash(release_id, *map(name_key, parts))}")
