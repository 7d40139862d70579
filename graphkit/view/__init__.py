"""The networkx view of a graph: people, organisations, talks, events, topics and articles.

The view is the relationship graph that ``graphkit view`` draws and exports. N-ary
memberships collapse into person -> organisation edges labelled with the role. Each node
carries what its tooltip shows: its names, the roles held, the source articles, and the
evidence (article path and the exact text of the span) each fact came from. The view
reads quads through the contract's vocabulary only, so it works on any build or RDF file.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import networkx as nx
from pyoxigraph import Literal, NamedNode, Quad

from ..errors import ViewError
from ..rdf.vocab import GK, OA, ORG, PROV, RDF, RDFS, SCHEMA, SKOS
from .select import neighbourhood, reduce_view

__all__ = ["to_networkx", "neighbourhood", "reduce_view", "KINDS", "RELATIONS"]

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
# the edge runs from the object to the subject: "?a schema:mentions ?x" is "x mentioned in a"
REVERSED = {SCHEMA + "author", SCHEMA + "mentions", SCHEMA + "performer"}
#: Relations other than roles; a membership edge is labelled with its role instead.
RELATIONS = tuple(sorted(set(EDGES.values())))
MEMBER = "member of"  # a membership that names no role
TYPE = RDF + "type"
# the properties the view reads besides types and labels
READ = frozenset({GK + "sourcePath", GK + "evidence", GK + "field", OA + "exact", PROV + "wasDerivedFrom",
                  ORG + "member", ORG + "organization", ORG + "role", RDFS + "label", *EDGES})
VIEWED = READ | {TYPE, *LABELS}

Props = dict[str, dict[str, list[str]]]


def to_networkx(quads: Iterable[Quad], kinds: Iterable[str] = KINDS,
                boilerplate: bool = False) -> nx.MultiDiGraph:
    """The relationship graph of ``quads`` as a networkx MultiDiGraph.

    Nodes are keyed by IRI and carry ``kind``, ``label`` (the shortest name, in its
    original script), ``names``, ``roles``, ``articles`` (source paths) and ``evidence``
    (pairs of source path and the exact text a fact was read from). Edges carry a
    ``relation``: ``spoke at``, ``part of``, ``unit of``, ``mentioned in``, ``about``,
    ``wrote``, or for a membership the role title (with ``role`` and ``evidence`` too).

    Parameters
    ----------
    quads : the quads of a build (``Build.all_quads()`` or :func:`graphkit.load`)
    kinds : node kinds to keep, among :data:`KINDS`
    boilerplate : keep site-boilerplate topics (``gk:siteTag``), left out by default

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    ViewError
        If ``kinds`` names an unknown kind.

    Examples
    --------
    >>> from graphkit import build
    >>> view = to_networkx(build(["data"]).all_quads())
    >>> person = "https://w3id.org/graphkit/id/person/苏王辉"
    >>> sorted(view.nodes[v]["label"] for _, v, r in view.out_edges(person, data="relation") if r == "CIO")
    ['泸州老窖']
    """
    wanted = set(kinds)
    unknown = sorted(wanted - set(KINDS))
    if unknown:
        raise ViewError(f"unknown node kind {unknown[0]!r}; expected one of {', '.join(KINDS)}")
    types: dict[str, set[str]] = defaultdict(set)
    names: dict[str, list[str]] = defaultdict(list)
    # objects in the order first seen, once each (a dict is an ordered set)
    seen: dict[str, dict[str, dict[str, None]]] = defaultdict(lambda: defaultdict(dict))
    for quad in quads:
        # pyoxigraph makes a new object at every access: the predicate first, the rest only
        # for the quads the view reads (not offsets, confidences, counters...: most of them)
        p = quad.predicate.value
        if p not in VIEWED:
            continue
        subject, o = quad.subject, quad.object
        if type(subject) is not NamedNode or not isinstance(o, (NamedNode, Literal)):
            continue  # the contract mints IRIs for everything the view shows
        s, value = subject.value, o.value
        if p == TYPE:
            if value in CLASS_KIND:
                types[s].add(CLASS_KIND[value])
        elif p in LABELS:
            if type(o) is Literal and value not in names[s]:
                names[s].append(value)
        elif p in READ:
            seen[s][p][value] = None
    props: Props = {s: {p: list(objects) for p, objects in by_p.items()} for s, by_p in seen.items()}

    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    mentioned_in = _mentioned_in(props)
    for node, node_types in sorted(types.items()):
        kind = min(node_types, key=KIND_ORDER.__getitem__)
        if kind not in wanted:
            continue
        label = sorted(names[node], key=lambda n: (len(n), n))[0] if names[node] else node.rsplit("/", 1)[-1]
        evidence = _evidence(node, props)
        graph.add_node(node, kind=kind, label=label, names=sorted(names[node]), roles=[],
                       articles=_articles(node, kind, props, mentioned_in, evidence), evidence=evidence)
    if not boilerplate:
        site_tags = {o for s in props for o in props[s].get(GK + "siteTag", [])}
        about = {o for s in props for o in props[s].get(SCHEMA + "about", [])}
        graph.remove_nodes_from([t for t in site_tags - about if t in graph])

    for s in sorted(props):
        for p, objects in sorted(props[s].items()):
            relation = EDGES.get(p)
            if relation is None:
                continue
            for obj in objects:
                u, v = (obj, s) if p in REVERSED else (s, obj)
                if u in graph and v in graph:
                    graph.add_edge(u, v, key=relation, relation=relation)
    _add_memberships(graph, props, names)
    for _, data in graph.nodes(data=True):
        data["roles"].sort()
    return graph


def _source_path(article: str, props: Props) -> str:
    """An article's gk:sourcePath, or its IRI when it has none."""
    return (props.get(article, {}).get(GK + "sourcePath") or [article])[0]


def _mentioned_in(props: Props) -> dict[str, set[str]]:
    """For each node, the source paths of the articles that mention it (computed once: O(triples))."""
    index: dict[str, set[str]] = defaultdict(set)
    for article, p in props.items():
        for node in p.get(SCHEMA + "mentions", ()):
            index[node].add(_source_path(article, props))
    return index


def _articles(node: str, kind: str, props: Props, mentioned_in: dict[str, set[str]],
              evidence: list[tuple[str, str]]) -> list[str]:
    """The source paths of the articles a node was read from (an article: its own)."""
    if kind == "article":
        return [_source_path(node, props)]
    found = set(mentioned_in.get(node, ()))
    found |= {path for path, _ in evidence}
    return sorted(found)


def _evidence(node: str, props: Props) -> list[tuple[str, str]]:
    """(source path, exact text) of each gk:evidence; a front-matter fact names its field."""
    found: set[tuple[str, str]] = set()
    for evidence in props.get(node, {}).get(GK + "evidence", ()):
        e = props.get(evidence, {})
        texts = e.get(OA + "exact") or [f"front matter: {f}" for f in e.get(GK + "field", ())]
        for article in e.get(PROV + "wasDerivedFrom", ()):
            found.update((_source_path(article, props), text) for text in texts)
    return sorted(found)


def _add_memberships(graph: nx.MultiDiGraph, props: Props, names: dict[str, list[str]]) -> None:
    """One person -> organisation edge per membership, labelled with the role; roles on both ends."""
    for m in sorted(props):
        p = props[m]
        if ORG + "member" not in p:
            continue
        person = p[ORG + "member"][0]
        if person not in graph:
            continue
        organization = (p.get(ORG + "organization") or [""])[0]
        role_node = (p.get(ORG + "role") or [""])[0]
        role = (props.get(role_node, {}).get(RDFS + "label") or [""])[0]
        label = role or MEMBER
        evidence = _evidence(m, props)
        org_name = graph.nodes[organization]["label"] if organization in graph else \
            (sorted(names.get(organization, []), key=len) or [""])[0]
        graph.nodes[person]["roles"].append(f"{label}, {org_name}" if org_name else label)
        _merge_evidence(graph.nodes[person], evidence)
        if organization in graph:
            graph.nodes[organization]["roles"].append(f"{graph.nodes[person]['label']}: {label}")
            _merge_evidence(graph.nodes[organization], evidence)
            graph.add_edge(person, organization, key=f"role:{label}", relation=label,
                           role=role, evidence=evidence)


def _merge_evidence(data: dict[str, object], evidence: list[tuple[str, str]]) -> None:
    """Add a membership's evidence to a node's, keeping it sorted and without repeats."""
    data["evidence"] = sorted(set(data["evidence"]) | set(evidence))  # type: ignore[call-overload]
