"""Awards whose categories and levels are known in advance, as SKOS schemes (``data/awards.csv``).

A release writes a category of รางวัลเลิศรัฐ in several ways ("สาขาบริการภาครัฐ",
"สาขาการบริการภาครัฐ", "ประเภทรางวัลบริการภาครัฐ"); read as written, each would be a concept of
its own. Resolving what the text writes to the scheme's concepts gives one IRI per category and
level, with the scheme's Thai and English labels and its hierarchy (a type within its branch).
Awards outside any scheme keep the categories and levels their text states.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .resources import data_file
from .thai.normalize import collapse_spaces

FACETS = ("award", "category", "level")
_MIN_PREFIX = 6  # a category form this long may be followed by more text ("นวัตกรรมบริการระดับดี")
_TRAILING_ENGLISH = re.compile(r"\s*\([A-Za-z0-9 .]+\)$")


@dataclass(frozen=True)
class AwardConcept:
    """One row of ``data/awards.csv``: an award, or a category or level of one."""

    id: str
    facet: str
    broader: str | None
    label_th: str
    label_en: str
    forms: tuple[str, ...]

    @property
    def written_forms(self) -> tuple[str, ...]:
        return (self.label_th, *self.forms)


def _key(text: str) -> str:
    """What decides that two written forms are the same: no spaces, Latin case folded,
    เเ (two sara e, a common typing of แ) as แ, and no leading รางวัล or การ."""
    key = collapse_spaces(text).replace(" ", "").replace("เเ", "แ").casefold()
    key = key.removeprefix("รางวัล")
    return key.removeprefix("การ") if len(key) > 3 + _MIN_PREFIX else key


class AwardSchemes:
    """The schemes of ``data/awards.csv``, indexed by written form."""

    def __init__(self, concepts: list[AwardConcept]) -> None:
        self.concepts = {c.id: c for c in concepts}
        self._awards = {_key(form): c for c in concepts if c.facet == "award" for form in c.written_forms}
        # each scheme's written forms by facet, longest first: the first that fits is the answer
        self._forms: dict[tuple[str, str], list[tuple[str, AwardConcept]]] = {}
        for concept in concepts:
            forms = self._forms.setdefault((self.award_of(concept).id, concept.facet), [])
            forms.extend((_key(form), concept) for form in concept.written_forms)
        for forms in self._forms.values():
            forms.sort(key=lambda entry: -len(entry[0]))

    def award(self, name: str) -> AwardConcept | None:
        """The scheme's award that ``name`` (as a release writes it, e.g. "รางวัลเลิศรัฐ") names."""
        return self._awards.get(_key(name))

    def award_of(self, concept: AwardConcept) -> AwardConcept:
        """The award whose scheme ``concept`` is in (following ``broader`` up)."""
        while concept.broader is not None:
            concept = self.concepts[concept.broader]
        return concept

    def resolve(self, award: AwardConcept, facet: str, written: str) -> AwardConcept | None:
        """The concept of ``award``'s scheme that ``written`` (the text after สาขา/ประเภท or
        ระดับ) names: a level only by its exact name, a category also when the text goes on
        after it; the longest form wins."""
        value = _key(_TRAILING_ENGLISH.sub("", written))
        for form, concept in self._forms.get((award.id, facet), ()):
            if value == form or (facet == "category" and len(form) >= _MIN_PREFIX and value.startswith(form)):
                return concept
        return None


def read_award_schemes(path: Path) -> list[AwardConcept]:
    """Parse ``awards.csv`` into :class:`AwardConcept` rows, in file order."""
    with path.open(encoding="utf-8", newline="") as f:
        return [
            AwardConcept(
                id=row["id"].strip(),
                facet=row["facet"].strip(),
                broader=row["broader"].strip() or None,
                label_th=collapse_spaces(row["label_th"]),
                label_en=collapse_spaces(row["label_en"]),
                forms=tuple(collapse_spaces(f) for f in row["forms"].split("|") if f.strip()),
            )
            for row in csv.DictReader(f)
        ]


@cache
def load_award_schemes() -> AwardSchemes:
    """The project's award schemes, read once per process."""
    return AwardSchemes(read_award_schemes(data_file("awards.csv")))
