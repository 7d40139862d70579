"""The networkx view of a graph: people, organisations, talks, events, topics and articles.

N-ary memberships collapse into labelled person -> organisation edges. The view reads
quads through the contract's vocabulary only, so it works on any build or RDF file.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import networkx as nx
from pyoxigraph import Literal, NamedNode, Quad

from ..rdf.vocab import GK, ORG, RDF, RDFS, SCHEMA, SKOS

__all__ = ["to_networkx", "KINDS"]

CLASS_KIND = {SCHEMA + "Person": "person", SCHEMA + "Organization": "organization",
              GK + "Talk": "talk", SCHEMA + "Event": "event", SKOS + "Concept": "topic",
              SCHEMA + "Article": "article"}
KINDS = ("person", "organization", "talk", "event", "topic", "article")
# precedence when a node has several classes: a talk is also an event
KIND_ORDER = {k: i for i, k in enumerate(("talk", "person", "organization", "event", "topic", "article"))}
LABELS = (SCHEMA + "name", SKOS + "prefLabel", SCHEMA + "headline")
EDGES = {SCHEMA + "author": "wrote", SCHEMA + "mentions": "mentioned in", SCHEMA + "about": "about",
         SCHEMA + "performer": "spoke at", SCHEMA + "superEvent": "part of",
         ORG + "subOrganizationOf": "unit of", GK + "siteTag": "site tag"}
REVERSED = {SCHEMA + "author", SCHEMA + "mentions", SCHEMA + "performer"}


def to_networkx(quads: Iterable[Quad], kinds: Iterable[str] = KINDS,
                boilerplate: bool = False) -> nx.MultiDiGraph:
    """A MultiDiGraph of the entities in ``quads``: nodes keyed by IRI with ``kind``,
    ``label`` and ``names``; edges with a ``relation`` label (a role title for memberships).

    Site-boilerplate topics (``gk:siteTag``) are left out unless ``boilerplate`` is true.

    >>> from graphkit import build
    >>> view = to_networkx(build(["data"]).all_quads())
    >>> sorted({kind for _, kind in view.nodes(data="kind")})
    ['article', 'event', 'organization', 'person', 'talk', 'topic']
    """
    wanted = set(kinds)
    types: dict[str, set[str]] = defaultdict(set)
    names: dict[str, list[str]] = defaultdict(list)
    props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        s, p, o = q.subject.value, q.predicate.value, q.object
        if p == RDF + "type" and o.value in CLASS_KIND:
            types[s].add(CLASS_KIND[o.value])
        elif p in LABELS and isinstance(o, Literal):
            if o.value not in names[s]:
                names[s].append(o.value)
        elif isinstance(o, NamedNode):
            if o.value not in props[s][p]:
                props[s][p].append(o.value)
        elif isinstance(o, Literal):
            props[s][p].append(o.value)

    graph = nx.MultiDiGraph()
    for node, node_types in sorted(types.items()):
        kind = min(node_types, key=KIND_ORDER.__getitem__)
        if kind not in wanted:
            continue
        label = sorted(names[node], key=lambda n: (len(n), n))[0] if names[node] else node.rsplit("/", 1)[-1]
        graph.add_node(node, kind=kind, label=label, names=sorted(names[node]))
    if not boilerplate:
        site_tags = {o for s in props for o in props[s].get(GK + "siteTag", [])}
        about = {o for s in props for o in props[s].get(SCHEMA + "about", [])}
        graph.remove_nodes_from([t for t in site_tags - about if t in graph])

    for s in sorted(props):
        for p, objects in sorted(props[s].items()):
            relation = EDGES.get(p)
            if relation is None:
                continue
            for o in objects:
                u, v = (o, s) if p in REVERSED else (s, o)
                if u in graph and v in graph:
                    graph.add_edge(u, v, key=relation, relation=relation)
    _add_memberships(graph, props)
    return graph


def _add_memberships(graph: nx.MultiDiGraph, props: dict[str, dict[str, list[str]]]) -> None:
    """One person -> organisation edge per membership, labelled with the role."""
    roles = {s: (p.get(RDFS + "label") or [""])[0] for s, p in props.items()}
    for m in sorted(props):
        p = props[m]
        if ORG + "member" not in p:
            continue
        person = p[ORG + "member"][0]
        organization = (p.get(ORG + "organization") or [None])[0]
        role_node = (p.get(ORG + "role") or [None])[0]
        role = roles.get(role_node, "") if role_node else ""
        if person in graph and organization in graph:
            label = role or "member of"
            graph.add_edge(person, organization, key=f"role:{label}", relation=label)
