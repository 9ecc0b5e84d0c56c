"""The reviewed gazetteer of Thai government agencies (``data/agencies.csv``), loaded once.

Extraction, post resolution and the mapping to RDF all ask the same questions of it: which agency
does this name or abbreviation denote, and where in a text are agencies named. Names are keyed with
every space removed, because releases write the same name with and without spaces
("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"). The scan is one compiled regular expression
built from a character trie of every name and abbreviation, so that it runs in one pass over a text
and always takes the longest name at a position (the corpus is 590 MB).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from sso_kg.regexes import first_character_check, trie_pattern
from sso_kg.resources import data_file
from sso_kg.thai.normalize import collapse_spaces

KINDS = frozenset(
    {
        "ministry",
        "department",
        "office",
        "state_enterprise",
        "public_organization",
        "independent_agency",
        "committee",
        "council",
        "other",
    }
)

_LATIN = re.compile(r"[A-Za-z]")
# ASCII-only lower-casing keeps every offset, for the rare text where str.lower changes length.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Agency:
    """One row of the gazetteer."""

    id: str
    name_th: str
    name_en: str
    abbreviations: tuple[str, ...]
    other_names: tuple[str, ...]
    parent: str | None
    kind: str

    @property
    def full_names(self) -> tuple[str, ...]:
        """The Thai name, the other Thai names and the English name: the forms that are names."""
        return tuple(n for n in (self.name_th, *self.other_names, self.name_en) if n)


@dataclass(frozen=True)
class GazetteerHit:
    """A gazetteer form found in a text: ``text[start:end]`` names one of ``agency_ids``.

    An abbreviation can belong to more than one agency (กพร. is both the Department of Skill
    Development and the Department of Primary Industries and Mines); the caller decides.
    """

    start: int
    end: int
    surface: str
    agency_ids: tuple[str, ...]
    is_abbreviation: bool


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The lookup key of a name: no spaces at all, Latin letters folded to lower case.
    (Cached: extraction compares every mention with every other, many times a release.)"""
    return collapse_spaces(name).replace(" ", "").casefold()


class Gazetteer:
    """Typed agencies with lookups by name or abbreviation and a longest-match scan of texts."""

    def __init__(self, agencies: list[Agency]) -> None:
        self.agencies: dict[str, Agency] = {a.id: a for a in agencies}
        self._by_name: dict[str, list[str]] = {}
        self._by_abbr: dict[str, list[str]] = {}
        exact: list[str] = []
        folded: list[str] = []
        for agency in agencies:
            for name in agency.full_names:
                self._index(self._by_name, name_key(name), agency.id)
                if _LATIN.match(name):
                    folded.append(collapse_spaces(name).translate(_ASCII_LOWER))
                else:
                    exact.append(collapse_spaces(name))
            for abbr in agency.abbreviations:
                self._index(self._by_abbr, collapse_spaces(abbr).replace(" ", ""), agency.id)
                exact.append(collapse_spaces(abbr))
        # Latin names are matched ignoring case ("the cabinet"), on an ASCII-lower-cased copy of
        # the text (faster than re.IGNORECASE); abbreviations keep their case, or "who" and "set"
        # would be agencies.
        self._exact = re.compile(trie_pattern(exact, space=" ?"))
        self._folded = first_character_check(
            re.compile(r"(?<![a-z])(?:" + trie_pattern(folded, space=" ?") + r")(?![a-z])")
        )

    @staticmethod
    def _index(table: dict[str, list[str]], key: str, agency_id: str) -> None:
        ids = table.setdefault(key, [])
        if agency_id not in ids:
            ids.append(agency_id)

    def get(self, agency_id: str) -> Agency | None:
        return self.agencies.get(agency_id)

    def lookup(self, name: str) -> list[Agency]:
        """Agencies that ``name`` (a full name, other name or abbreviation) denotes, best first.

        Full names win over abbreviations; an ambiguous abbreviation returns every agency it
        belongs to.
        """
        ids = self._by_name.get(name_key(name))
        if not ids:
            ids = self._by_abbr.get(collapse_spaces(name).replace(" ", ""), [])
        return [self.agencies[i] for i in ids]

    def scan(self, text: str) -> list[GazetteerHit]:
        """Every gazetteer form written in ``text``, longest first at each position, in order.

        Latin abbreviations must stand as whole words; Thai forms are taken where they occur,
        and the caller judges context (a date, a longer abbreviation) that needs more than the
        form itself.
        """
        hits = [self._hit(m, text) for m in self._folded.finditer(_lower_keeping_offsets(text))]
        for m in self._exact.finditer(text):
            if m.end() > m.start():
                hit = self._hit(m, text)
                if hit.is_abbreviation and _LATIN.match(hit.surface) and not _latin_word(text, m):
                    continue
                hits.append(hit)
        hits.sort(key=lambda h: (h.start, -h.end))
        kept: list[GazetteerHit] = []
        for hit in hits:
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept

    def _hit(self, m: re.Match[str], text: str) -> GazetteerHit:
        surface = text[m.start() : m.end()]
        key = name_key(surface)
        ids = self._by_name.get(key)
        is_abbr = ids is None
        if ids is None:
            ids = self._by_abbr[surface.replace(" ", "")]
        return GazetteerHit(m.start(), m.end(), surface, tuple(ids), is_abbr)


def _lower_keeping_offsets(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def _latin_word(text: str, m: re.Match[str]) -> bool:
    before = text[m.start() - 1] if m.start() else " "
    after = text[m.end()] if m.end() < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _split(cell: str) -> tuple[str, ...]:
    return tuple(collapse_spaces(part) for part in cell.split("|") if part.strip())


def read_agencies(path: Path) -> list[Agency]:
    """Parse the gazetteer CSV into :class:`Agency` records, in file order."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Agency(
                id=row["id"].strip(),
                name_th=collapse_spaces(row["name_th"]),
                name_en=collapse_spaces(row["name_en"]),
                abbreviations=_split(row["abbr"]),
                other_names=_split(row["other_names"]),
                parent=row["parent"].strip() or None,
                kind=row["kind"].strip(),
            )
            for row in csv.DictReader(f)
        ]


@cache
def load_gazetteer() -> Gazetteer:
    """The project's gazetteer, built once per process."""
    return Gazetteer(read_agencies(data_file("agencies.csv")))
