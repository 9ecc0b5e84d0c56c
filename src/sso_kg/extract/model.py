"""What extraction finds in one release: plain, typed mentions, no RDF yet.

Every mention carries the character span (offsets into ``Release.text``) it was read from, so
that mapping can state provenance down to the sentence. Mapping turns these into RDF; nothing
here knows about IRIs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` in the release text."""

    start: int
    end: int


@dataclass
class PostMention:
    """A post as the release writes it, e.g. ``เลขาธิการสำนักงานประกันสังคม``.

    ``role`` is the role word (``เลขาธิการ``); ``org_text`` the organization part of the post as
    written (``สำนักงานประกันสังคม``), or None when the post names none. ``acting`` marks
    รักษาการในตำแหน่ง / รักษาราชการแทน, whose wording is dropped from ``label``.
    """

    label: str
    role: str
    org_text: str | None
    span: Span
    acting: bool = False


@dataclass
class PersonMention:
    """One person named in a release (merged over all their mentions in it)."""

    name: str
    prefix: str
    span: Span
    posts: list[PostMention] = field(default_factory=list)


@dataclass
class OrganizationMention:
    """One organization named in a release (merged over all its mentions in it).

    ``agency_id`` is the gazetteer id (``data/agencies.csv``) when the name or an alias is
    known there; ``name`` is the fullest form written in the text, ``aliases`` the other forms.
    ``parent_agency_id`` is the gazetteer id of the agency a unit is written with
    ("กองคลัง สำนักงานปลัดกระทรวงมหาดไทย"), when the unit itself is not in the gazetteer.
    """

    name: str
    span: Span
    aliases: list[str] = field(default_factory=list)
    agency_id: str | None = None
    parent_agency_id: str | None = None


@dataclass
class ProvinceMention:
    """A Thai province named in a release, by its ISO 3166-2 code (``TH-12``)."""

    code: str
    name: str
    span: Span


@dataclass
class EventMention:
    """A dated happening: a meeting, ceremony, visit, signing, announcement."""

    date: dt.date
    label: str
    span: Span
    place: str | None = None
    province: str | None = None


@dataclass
class AwardMention:
    """An award conferred, received or won (not merely planned)."""

    award: str
    span: Span
    category: str | None = None
    level: str | None = None
    year: int | None = None
    recipient: str | None = None


@dataclass
class Extraction:
    """Everything read from one release."""

    persons: list[PersonMention] = field(default_factory=list)
    organizations: list[OrganizationMention] = field(default_factory=list)
    provinces: list[ProvinceMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    awards: list[AwardMention] = field(default_factory=list)
