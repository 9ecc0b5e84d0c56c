"""Extraction: from a release's text to typed mentions (see :mod:`.model`).

Each kind has its own extractor module, measurable on its own; :func:`extract` runs them in
order and joins what they found: the organizations that posts and award recipients name are
added to the release's organizations, and recipients that are people to its persons.
"""

from __future__ import annotations

from ..iris import name_key
from ..release import Release
from .awards import find_awards
from .events import find_events
from .model import Extraction, OrganizationMention
from .organizations import find_organizations, resolve_organization
from .persons import find_persons
from .places import find_provinces


def extract(release: Release) -> Extraction:
    """Everything read from one release. Offsets are into ``release.text``; the site title
    line of a thaigov release is blanked out (page furniture, not the release's words)."""
    text = " " * release.body_start + release.body
    persons = find_persons(text)
    organizations = find_organizations(text)
    _add_post_organizations(persons, organizations)
    provinces = find_provinces(text)
    events = find_events(text, release.date)
    awards = find_awards(text, persons, organizations, release.date)
    return Extraction(
        persons=persons,
        organizations=organizations,
        provinces=provinces,
        events=events,
        awards=awards,
    )


def _add_post_organizations(persons: list, organizations: list[OrganizationMention]) -> None:
    """An organization named only inside a post is still mentioned by the release."""
    known = {name_key(label) for org in organizations for label in (org.name, *org.aliases)}
    known_ids = {org.agency_id for org in organizations if org.agency_id}
    for person in persons:
        for post in person.posts:
            if not post.org_text or name_key(post.org_text) in known:
                continue
            resolved = resolve_organization(post.org_text)
            if resolved is None or (resolved.agency_id and resolved.agency_id in known_ids):
                continue
            if name_key(resolved.name) in known:
                continue
            organizations.append(resolved)
            known.update(name_key(label) for label in (resolved.name, *resolved.aliases))
            if resolved.agency_id:
                known_ids.add(resolved.agency_id)
