"""The RDF mapping: documents, entities and facts to quads. The only place triples are made.

Each document's quads go into its own named graph. Entities get one IRI across the
corpus (minted from their kind and folded name), so a person seen in two articles has
their type and names in both graphs and one IRI. Every extracted thing carries
``gk:evidence``: the body span, the exact text, the extractor and its confidence.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any, Iterator

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from ..errors import MappingError
from ..model import (AUTHORED, EVENT, HOLDS_ROLE, ORGANIZATION, PART_OF, PERFORMS, PERSON,
                     TALK, TOPIC, UNIT_OF, Entity, Extraction, Mention, Relation)
from ..resolve import Resolution, fold, has_han
from . import iri
from .vocab import gk, oa, org, prov, rdf, rdfs, schema, skos, xsd

ENTITY_CLASS = {PERSON: schema.Person, ORGANIZATION: schema.Organization,
                TALK: gk.Talk, EVENT: schema.Event}
COUNTER_ACTION = {"likes": "LikeAction", "comments": "CommentAction", "collects": "BookmarkAction",
                  "bookmarks": "BookmarkAction", "shares": "ShareAction", "views": "ViewAction",
                  "reads": "ReadAction"}
# front-matter keys mapped to their own properties; the rest stay in gk:frontMatter
MAPPED_KEYS = {"title", "date", "author", "description", "tags", "keywords", "weight",
               "ShowReadingTime", "readingTime", "selfDefined", "cover", "categories"}
MAX_EVIDENCE = 3         # evidence nodes per entity per article
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MINUTES = re.compile(r"(\d+)\s*(?:分钟|min)")


def text(value: str) -> Literal:
    """A literal tagged ``@zh`` when it holds Chinese characters, plain otherwise."""
    return Literal(value, language="zh") if has_han(value) else Literal(value)


def article_iri(base: str, path: str) -> NamedNode:
    """The IRI of the article at a source path."""
    return NamedNode(iri.mint(base, "article", *_path_parts(path)))


def graph_iri(base: str, path: str) -> NamedNode:
    """The named graph holding what was learnt from the article at a source path."""
    return NamedNode(iri.mint(base, "graph", *_path_parts(path)))


def entity_iri(base: str, entity: Entity) -> NamedNode:
    """The IRI of a resolved entity."""
    return NamedNode(iri.mint(base, entity.kind, entity.key))


def extractor_iri(base: str, name: str) -> NamedNode:
    """The IRI of a registered extractor."""
    return NamedNode(iri.mint(base, "extractor", name))


def _path_parts(path: str) -> list[str]:
    stem = path[:-3] if path.endswith(".md") else path
    return [p for p in stem.split("/") if p] or ["_"]


class DocumentMapper:
    """Maps one document's extraction to quads in its named graph."""

    def __init__(self, extraction: Extraction, resolution: Resolution, base: str,
                 boilerplate_topics: frozenset[str] = frozenset()) -> None:
        self.extraction = extraction
        self.doc = extraction.document
        self.resolution = resolution
        self.base = base
        self.boilerplate = boilerplate_topics
        self.article = article_iri(base, self.doc.path)
        self.graph = graph_iri(base, self.doc.path)
        self.quads: list[Quad] = []
        self.confidence: dict[NamedNode, float] = {}   # per evidence node: one finding, its best confidence

    def add(self, s: NamedNode | BlankNode, p: NamedNode, o: NamedNode | Literal | BlankNode) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def run(self) -> list[Quad]:
        """All quads of the document, without duplicates, in a deterministic order (export sorts)."""
        self.map_article()
        for mention in self._cited_mentions():
            self.map_mention(mention)
        for relation in self.extraction.relations:
            self.map_relation(relation)
        for ev, confidence in self.confidence.items():
            self.add(ev, gk.confidence, Literal(_decimal(confidence), datatype=xsd.decimal))
        return list(dict.fromkeys(self.quads))

    def _cited_mentions(self) -> list[Mention]:
        """The mentions that get evidence: per entity, the MAX_EVIDENCE most confident ones
        (earliest first on a tie), and the most confident of each other spelling, so that every
        name the article gives an entity is among its names (the full "张焕杰" beside the "张老师"
        found more often). A name repeated forty times need not be cited forty times."""
        by_entity: dict[tuple[str, str], list[Mention]] = {}
        for mention in self.extraction.mentions:
            entity = self.resolution.entity_of(mention, self.doc)
            key = (mention.kind, entity.key if entity else mention.text)
            by_entity.setdefault(key, []).append(mention)
        cited = []
        for mentions in by_entity.values():
            mentions.sort(key=lambda m: (-m.confidence, m.start))
            spelt = {m.text.strip() for m in mentions[:MAX_EVIDENCE]}
            cited += mentions[:MAX_EVIDENCE]
            for mention in mentions[MAX_EVIDENCE:]:
                if mention.text.strip() not in spelt:
                    spelt.add(mention.text.strip())
                    cited.append(mention)
        return cited

    # -- the article and its metadata ------------------------------------------------
    def map_article(self) -> None:
        doc, a, meta = self.doc, self.article, self.doc.metadata
        self.add(a, rdf.type, schema.Article)
        self.add(a, gk.sourcePath, Literal(doc.path))
        self.add(a, gk.contentHash, Literal(f"sha256:{doc.digest}"))
        if doc.title:
            self.add(a, schema.headline, text(doc.title))
        published = _date(meta.get("date"))
        if published:
            self.add(a, schema.datePublished, Literal(published, datatype=xsd.date))
        if isinstance(meta.get("description"), str) and meta["description"].strip():
            self.add(a, schema.description, text(meta["description"].strip()))
        if has_han(doc.body[:2000]) or (doc.title and has_han(doc.title)):
            self.add(a, schema.inLanguage, Literal("zh"))
        for key in ("tags", "keywords"):
            for keyword in _strings(meta.get(key)):
                self.add(a, schema.keywords, text(keyword))
        for section in _strings(meta.get("categories")):
            self.add(a, schema.articleSection, text(section))
        reading = meta.get("ShowReadingTime", meta.get("readingTime"))
        minutes = MINUTES.search(str(reading)) if reading is not None else None
        if minutes:
            self.add(a, schema.timeRequired, Literal(f"PT{int(minutes.group(1))}M", datatype=xsd.duration))
        if isinstance(meta.get("weight"), int) and not isinstance(meta.get("weight"), bool):
            self.add(a, gk.sortWeight, Literal(str(meta["weight"]), datatype=xsd.integer))
        cover = meta.get("cover")
        if isinstance(cover, str) and re.match(r"^https?://[^\s<>\"{}|\\^`]+$", cover):
            self.add(a, schema.image, NamedNode(cover))
        stats = meta.get("selfDefined")
        if isinstance(stats, dict):
            for name, count in sorted(stats.items()):
                if isinstance(count, int):
                    self.map_counter(name, count)
        extra = {k: v for k, v in meta.items() if k not in MAPPED_KEYS}
        if extra:
            self.add(a, gk.frontMatter, Literal(json.dumps(extra, ensure_ascii=False, sort_keys=True),
                                                datatype=rdf.JSON))

    def map_counter(self, name: str, count: int) -> None:
        counter = NamedNode(f"{self.article.value}/statistic/{iri.segment(name)}")
        self.add(self.article, schema.interactionStatistic, counter)
        self.add(counter, rdf.type, schema.InteractionCounter)
        self.add(counter, schema.name, Literal(name))
        action = COUNTER_ACTION.get(name.lower())
        self.add(counter, schema.interactionType, schema[action] if action else gk.OtherInteraction)
        self.add(counter, schema.userInteractionCount, Literal(str(count), datatype=xsd.integer))

    # -- entities --------------------------------------------------------------------
    def node(self, mention: Mention) -> NamedNode | None:
        entity = self.resolution.entity_of(mention, self.doc)
        return entity_iri(self.base, entity) if entity is not None else None

    def _entity(self, mention: Mention) -> Entity:
        entity = self.resolution.entity_of(mention, self.doc)
        if entity is None:
            raise MappingError(f"no entity resolved for {mention.kind} {mention.text!r}", self.doc.path)
        return entity

    def map_mention(self, mention: Mention) -> None:
        node = self.node(mention)
        if node is None:
            return
        if mention.kind == TOPIC:
            self.add(node, rdf.type, skos.Concept)
            self.add(node, skos.prefLabel, text(self._entity(mention).names[0]))
            boiler = fold(mention.text) in self.boilerplate or mention.attr("supported") == "no"
            self.add(self.article, gk.siteTag if boiler else schema.about, node)
            self.add(node, gk.evidence, self.evidence(mention.kind, mention.start, mention.end, mention.extractor,
                                                      mention.confidence, mention.field, mention.text))
            return
        cls = ENTITY_CLASS.get(mention.kind)
        if cls is None:
            return
        self.add(node, rdf.type, cls)
        written = mention.text.strip()
        if mention.kind == TALK:
            # a talk has one title; the other ways articles write it ("X Mesh 化", "Xmesh化") are alternates
            title = self._entity(mention).names[0]
            self.add(node, schema.name, text(title))
            if written != title:
                self.add(node, schema.alternateName, text(written))
        else:
            self.add(node, schema.name, text(written))  # one name per spelling seen
        self.add(self.article, schema.mentions, node)
        self.add(node, gk.evidence, self.evidence(mention.kind, mention.start, mention.end, mention.extractor,
                                                  mention.confidence, mention.field, mention.text))
        date = _date(mention.attr("date"))
        if mention.kind == EVENT and date:
            self.add(node, schema.startDate, Literal(date, datatype=xsd.date))

    def evidence(self, what: str, start: int, end: int, extractor: str, confidence: float,
                 field: str | None = None, exact: str | None = None) -> NamedNode:
        """An evidence node for ``what`` (a mention or relation kind) at a body span, or at a
        front-matter field when the span is -1."""
        where = f"{start}-{end}" if start >= 0 else f"{field}-{exact or ''}"
        ident = f"{what}-{where}-{extractor}"
        ev = NamedNode(f"{self.article.value}/evidence/{iri.segment(ident)}")
        self.add(ev, rdf.type, gk.Evidence)
        self.add(ev, prov.wasDerivedFrom, self.article)
        if start >= 0:
            self.add(ev, oa.start, Literal(str(start), datatype=xsd.nonNegativeInteger))
            self.add(ev, oa.end, Literal(str(end), datatype=xsd.nonNegativeInteger))
            self.add(ev, oa.exact, text(self.doc.body[start:end]))
        else:
            self.add(ev, gk.field, Literal(field or ""))
            self.add(ev, oa.exact, text(exact or ""))
        extractor_node = extractor_iri(self.base, extractor)
        self.add(ev, prov.wasAttributedTo, extractor_node)
        self.add(extractor_node, rdf.type, gk.Extractor)
        self.add(extractor_node, rdfs.label, Literal(extractor))
        # one extractor may find one span twice, by two frames: the evidence holds the surer one
        self.confidence[ev] = max(confidence, self.confidence.get(ev, 0.0))
        return ev

    # -- facts -----------------------------------------------------------------------
    def map_relation(self, relation: Relation) -> None:
        subject = self.node(relation.subject)
        obj = self.node(relation.obj) if relation.obj is not None else None
        if subject is None:
            return
        ev = lambda: self.evidence(relation.kind, relation.start, relation.end, relation.extractor,  # noqa: E731
                                   relation.confidence, relation.subject.field, relation.subject.text)
        if relation.kind == AUTHORED:
            self.add(self.article, schema.author, subject)
        elif relation.kind == HOLDS_ROLE:
            self.map_membership(relation, subject, obj, ev())
        elif relation.kind == PERFORMS and obj is not None:
            # the talk cites the sentence that names its speaker, as a membership cites its own
            self.add(obj, schema.performer, subject)
            self.add(obj, gk.evidence, ev())
        elif relation.kind == PART_OF and obj is not None:
            self.add(subject, schema.superEvent, obj)
            self.add(subject, gk.evidence, ev())
        elif relation.kind == UNIT_OF and obj is not None:
            self.add(subject, org.subOrganizationOf, obj)

    def map_membership(self, relation: Relation, person: NamedNode, organization: NamedNode | None,
                       evidence: NamedNode) -> None:
        role = relation.label.strip() if relation.label else None
        person_key = self.resolution.entity(PERSON, relation.subject.text)
        org_key = self.resolution.entity(ORGANIZATION, relation.obj.text) if relation.obj else None
        membership = NamedNode(iri.mint(self.base, "membership", person_key.key if person_key else "-",
                                        org_key.key if org_key else "-", fold(role) if role else "-"))
        self.add(membership, rdf.type, org.Membership)
        self.add(membership, org.member, person)
        if organization is not None:
            self.add(membership, org.organization, organization)
            self.add(person, org.memberOf, organization)
        if role:
            role_node = NamedNode(iri.mint(self.base, "role", fold(role)))
            self.add(role_node, rdf.type, org.Role)
            self.add(role_node, rdfs.label, text(role))
            self.add(membership, org.role, role_node)
        self.add(membership, prov.wasDerivedFrom, self.article)
        self.add(membership, gk.evidence, evidence)


def map_document(extraction: Extraction, resolution: Resolution, base: str,
                 boilerplate_topics: frozenset[str] = frozenset()) -> list[Quad]:
    """The quads of one document's named graph."""
    return DocumentMapper(extraction, resolution, base, boilerplate_topics).run()


def _date(value: Any) -> str | None:
    """The ISO date at the start of a value, if it is a real calendar date."""
    match = DATE.match(str(value)) if value is not None else None
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        seen = set()
        for v in value:
            if isinstance(v, str) and v.strip() and v.strip() not in seen:
                seen.add(v.strip())
                yield v.strip()


def _decimal(value: float) -> str:
    return str(Decimal(str(round(value, 3))).normalize()) if value else "0"
