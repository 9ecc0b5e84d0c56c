"""Map one release and what was read from it to RDF: the graph of that release.

The graph states exactly the profile in ``PROFILE.md`` plus provenance: every membership, event
and conferral is ``prov:wasDerivedFrom`` the release and carries the character span it was read
from (``sso:spanStart``/``sso:spanEnd`` into the release's ``schema:text``). Each release graph
is self-contained (the resources it mentions are typed and labelled in it), so that it can be
validated on its own before it is stored and replaced on its own when the release is read again.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import ORG, PROV, SKOS

from .award_schemes import AwardConcept, load_award_schemes
from .extract.awards import is_place_only
from .extract.model import EventMention, Extraction, OrganizationMention, PersonMention, Span
from .extract.organizations import resolve_organization
from .extract.persons import is_royal
from .extract.places import find_provinces
from .gazetteer import Agency, load_gazetteer
from .iris import Minter, name_key
from .release import Release
from .thai.normalize import has_thai

SCHEMA = Namespace("https://schema.org/")
SSO = Namespace("https://w3id.org/sso-kg/def#")

PREFIXES = {
    "schema": SCHEMA,
    "org": ORG,
    "skos": SKOS,
    "prov": PROV,
    "rdfs": RDFS,
    "xsd": XSD,
    "sso": SSO,
}


def new_graph() -> Graph:
    """An empty graph, lean: a release graph is built once, read a few times and written out
    as N-Triples, so it needs neither rdflib's context indexes nor its ~30 default prefixes
    (binding those costs more than building the graph). :func:`bind_prefixes` before writing
    Turtle for people."""
    return Graph(store="SimpleMemory", bind_namespaces="none")


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def th(text: str) -> Literal:
    return Literal(text, lang="th")


def lang_of(text: str) -> str:
    """``th`` for text with Thai letters, else ``en`` (English releases, Latin names)."""
    return "th" if has_thai(text) else "en"


def text_literal(text: str) -> Literal:
    return Literal(text, lang=lang_of(text))


class ReleaseMapper:
    """Builds the graph of one release. One instance per release; see :func:`release_graph`."""

    def __init__(self, release: Release, extraction: Extraction, minter: Minter) -> None:
        self.release = release
        self.extraction = extraction
        self.mint = minter
        self.graph = new_graph()
        self.node = URIRef(minter.release(release.id))
        # Organization resolution for posts and recipients: by normalised name or alias.
        self._org_nodes: dict[str, URIRef] = {}
        self._person_nodes: dict[str, URIRef] = {}

    def build(self) -> Graph:
        self._release()
        for org in self.extraction.organizations:
            self._organization(org)
        for person in self.extraction.persons:
            self._person(person)
        self._provinces()
        self._events()
        self._awards()
        return self.graph

    # -- helpers -----------------------------------------------------------------------

    def _add(self, s: URIRef | BNode, p: URIRef, o: URIRef | Literal | BNode) -> None:
        self.graph.add((s, p, o))

    def _mention(self, node: URIRef) -> None:
        self._add(self.node, SCHEMA.mentions, node)

    def _provenance(self, node: URIRef, span: Span) -> None:
        self._add(node, PROV.wasDerivedFrom, self.node)
        self._add(node, SSO.spanStart, Literal(span.start, datatype=XSD.integer))
        self._add(node, SSO.spanEnd, Literal(span.end, datatype=XSD.integer))

    # -- the release -------------------------------------------------------------------

    def _release(self) -> None:
        r, node = self.release, self.node
        self._add(node, RDF.type, SCHEMA.NewsArticle)
        self._add(node, SCHEMA.identifier, Literal(r.id))
        self._add(node, SCHEMA.headline, text_literal(r.title))
        self._add(node, SCHEMA.text, text_literal(r.text))
        self._add(node, SCHEMA.inLanguage, Literal(lang_of(r.title)))
        if r.date is not None:
            self._add(node, SCHEMA.datePublished, Literal(r.date.isoformat(), datatype=XSD.date))
        if r.url:
            self._add(node, SCHEMA.url, URIRef(r.url))

    # -- organizations -----------------------------------------------------------------

    def _organization(self, org: OrganizationMention) -> URIRef:
        agency = load_gazetteer().get(org.agency_id) if org.agency_id else None
        node = URIRef(self.mint.agency(agency.id) if agency else self.mint.organization(org.name))
        self._mention(node)
        self._add(node, RDF.type, ORG.Organization)
        if agency:
            self._describe_agency(node, agency)
            preferred = agency.name_th
        else:
            preferred = self._preferred_label(node, org.name)
            if org.parent_agency_id:
                self._add(node, ORG.subOrganizationOf, URIRef(self.mint.agency(org.parent_agency_id)))
        for alias in [org.name, *org.aliases]:
            if alias != preferred:
                self._add(node, SKOS.altLabel, text_literal(alias))
        for label in [org.name, *org.aliases, preferred]:
            self._org_nodes.setdefault(name_key(label), node)
        return node

    def _preferred_label(self, node: URIRef, text: str) -> str:
        """SKOS allows one prefLabel per language: a second spelling of the same name (its IRI
        comes from the case- and space-folded name) becomes an altLabel."""
        label = text_literal(text)
        current = [o for o in self.graph.objects(node, SKOS.prefLabel) if o.language == label.language]
        if current:
            return str(current[0])
        self._add(node, SKOS.prefLabel, label)
        return text

    def _describe_agency(self, node: URIRef, agency: Agency) -> None:
        """What the gazetteer knows, repeated in the release graph to keep it self-contained."""
        self._add(node, RDF.type, SCHEMA.GovernmentOrganization)
        self._add(node, SKOS.prefLabel, th(agency.name_th))
        if agency.name_en:
            self._add(node, SKOS.prefLabel, Literal(agency.name_en, lang="en"))
        for label in (*agency.abbreviations, *agency.other_names):
            self._add(node, SKOS.altLabel, text_literal(label))
        if agency.parent:
            self._add(node, ORG.subOrganizationOf, URIRef(self.mint.agency(agency.parent)))

    def _organization_named(self, text: str) -> URIRef | None:
        """The organization a post names, adding it if the release lists it not; None when the
        text names no organization that can be recognised (a post's wording, not a name)."""
        known = self._org_nodes.get(name_key(text))
        if known is not None:
            return known
        resolved = resolve_organization(text)
        if resolved is None:
            return None
        known = self._org_nodes.get(name_key(resolved.name))
        if known is not None:
            return known
        return self._organization(resolved)

    # -- persons and posts -------------------------------------------------------------

    def _person(self, person: PersonMention) -> None:
        node = URIRef(self.mint.person(person.name))
        self._person_nodes[name_key(person.name)] = node
        self._mention(node)
        self._add(node, RDF.type, SCHEMA.Person)
        self._add(node, SCHEMA.name, text_literal(person.name))
        if person.prefix and is_royal(person):
            # A royal style is part of the name it qualifies: releases and readers quote the whole
            # ("สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ…") as often as the name alone.
            self._add(node, SCHEMA.name, text_literal(person.prefix + person.name))
        if person.prefix:
            self._add(node, SCHEMA.honorificPrefix, text_literal(person.prefix))
        for post in person.posts:
            membership = URIRef(self.mint.fact("membership", self.release.id, person.name, post.label))
            self._add(membership, RDF.type, ORG.Membership)
            self._add(membership, ORG.member, node)
            self._add(membership, RDFS.label, text_literal(post.label))
            role = URIRef(self.mint.role(post.role))
            self._add(role, RDF.type, ORG.Role)
            self._add(role, SKOS.prefLabel, text_literal(post.role))
            self._add(membership, ORG.role, role)
            organization = self._organization_named(post.org_text) if post.org_text else None
            if organization is not None:
                self._add(membership, ORG.organization, organization)
            if post.acting:
                self._add(membership, SSO.acting, Literal(True))
            self._provenance(membership, post.span)

    # -- places and events -------------------------------------------------------------

    def _province_node(self, code: str, name: str) -> URIRef:
        node = URIRef(self.mint.province(code))
        self._add(node, RDF.type, SCHEMA.AdministrativeArea)
        self._add(node, SCHEMA.identifier, Literal(code))
        self._add(node, SCHEMA.name, th(name))
        return node

    def _provinces(self) -> None:
        for province in self.extraction.provinces:
            self._mention(self._province_node(province.code, province.name))

    def _events(self) -> None:
        provinces = {p.code: p.name for p in self.extraction.provinces}
        for event in self.extraction.events:
            node = URIRef(self.mint.fact("event", self.release.id, event.date.isoformat(), event.label))
            self._mention(node)
            self._add(node, RDF.type, SCHEMA.Event)
            self._add(node, SCHEMA.name, text_literal(event.label))
            self._add(node, SCHEMA.startDate, Literal(event.date.isoformat(), datatype=XSD.date))
            if event.place:
                place = URIRef(self.mint.fact("place", self.release.id, event.place))
                self._add(place, RDF.type, SCHEMA.Place)
                self._add(place, SCHEMA.name, text_literal(event.place))
                if event.province and event.province in provinces:
                    province = self._province_node(event.province, provinces[event.province])
                    self._add(place, SCHEMA.containedInPlace, province)
                self._add(node, SCHEMA.location, place)
            for person in self._attendees(event):
                self._add(node, SCHEMA.attendee, person)
            self._provenance(node, event.span)

    def _attendees(self, event: EventMention) -> list[URIRef]:
        """The people a release names in the account of an event: in the paragraph that
        reports it ("เมื่อวันที่ … นาย ก เป็นประธาน … โดยมี นาง ข … เข้าร่วม"), and before the next
        event that paragraph reports, if any."""
        text = self.release.text
        start = text.rfind("\n", 0, event.span.start) + 1
        end = text.find("\n", event.span.start)
        end = len(text) if end == -1 else end
        for other in self.extraction.events:
            if event.span.start < other.span.start < end:
                end = other.span.start
            if start <= other.span.end <= event.span.start and other is not event:
                start = other.span.end
        region = text[start:end]
        return [
            self._person_nodes[name_key(person.name)]
            for person in self.extraction.persons
            if person.name in region and name_key(person.name) in self._person_nodes
        ]

    # -- awards ------------------------------------------------------------------------

    def _concept(self, node: URIRef, label: str) -> URIRef:
        self._add(node, RDF.type, SKOS.Concept)
        self._add(node, SKOS.prefLabel, text_literal(label))
        return node

    def _awards(self) -> None:
        for award in self.extraction.awards:
            parts = (award.award, award.category or "", award.level or "", award.recipient or "")
            node = URIRef(self.mint.fact("conferral", self.release.id, *parts))
            self._mention(node)
            self._add(node, RDF.type, SSO.AwardConferral)
            known = load_award_schemes().award(award.award)
            name = known.label_th if known else award.award
            if is_place_only(name):  # a contest's first prize is not every contest's
                award_iri = self.mint.contest_award(self.release.id, name)
            else:
                award_iri = self.mint.award(name)
            award_node = self._concept(URIRef(award_iri), name)
            self._add(node, SSO.award, award_node)
            for facet, prop, written in (
                ("category", SSO.category, award.category),
                ("level", SSO.level, award.level),
            ):
                if written:
                    self._add(node, prop, self._award_facet(known, award_node, facet, written))
            if award.year is not None:
                self._add(node, SSO.year, Literal(str(award.year), datatype=XSD.gYear))
            if award.recipient:
                self._add(node, SSO.recipient, self._recipient(award.recipient))
            self._provenance(node, award.span)

    def _award_facet(
        self, known: AwardConcept | None, award_node: URIRef, facet: str, written: str
    ) -> URIRef:
        """The concept of a category or level: the scheme's when the award has one and it names
        what the text writes (its place in the hierarchy is in the shared awards graph), else
        the text's own, under the award."""
        resolved = load_award_schemes().resolve(known, facet, written) if known else None
        label = resolved.label_th if resolved else written
        concept = self._concept(URIRef(self.mint.concept_under(str(award_node), facet, label)), label)
        if resolved is None:
            self._add(concept, SKOS.broader, award_node)
        return concept

    def _recipient(self, name: str) -> URIRef:
        person = self._person_nodes.get(name_key(name))
        if person is not None:
            return person
        province = find_provinces(name) if name.startswith("จังหวัด") else []
        if len(province) == 1 and province[0].span.end == len(name):
            # "รางวัลชนะเลิศ ได้แก่ จังหวัดลำพูน": the province itself won (its administration).
            return self._province_node(province[0].code, province[0].name)
        known = self._organization_named(name)
        return known if known is not None else self._organization(OrganizationMention(name, Span(0, 0)))


def release_graph(release: Release, extraction: Extraction, minter: Minter) -> Graph:
    """The RDF graph of one release."""
    return ReleaseMapper(release, extraction, minter).build()
