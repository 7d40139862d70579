"""Choosing what part of a view to draw: one entity's neighbourhood, or the best-connected
nodes of a graph too large to draw whole.

Both return a new view (a subgraph copy) and never change the one they are given.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from ..errors import ViewError

#: Past this many nodes a page keeps only the best-connected ones.
MAX_NODES = 2000


@dataclass(frozen=True)
class Omitted:
    """What :func:`reduce_view` left out: node and edge counts, and nodes per kind."""

    nodes: int = 0
    edges: int = 0
    kinds: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.nodes > 0

    def describe(self, kept: int) -> str:
        """One sentence for the page: what was kept and what was left out."""
        if not self:
            return ""
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items()))
        return (f"Showing the {kept} best-connected of {kept + self.nodes} nodes; "
                f"left out {self.nodes} nodes ({kinds}) and {self.edges} edges.")


def _fold(text: str) -> str:
    """Case- and width-insensitive form of a name, for matching what a user typed."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def find_nodes(view: nx.MultiDiGraph, name: str) -> list[str]:
    """The nodes one of whose names (or IRI) is ``name``, ignoring case and width.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p/1", label="Éric 王", names=["Éric 王", "ERIC 王"])
    >>> find_nodes(g, "éric 王")
    ['p/1']
    """
    wanted = _fold(name)
    return sorted(n for n, d in view.nodes(data=True)
                  if n == name or wanted in {_fold(x) for x in [d.get("label", ""), *d.get("names", [])]})


def neighbourhood(view: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The part of ``view`` within ``depth`` edges (either direction) of the entity ``focus``.

    Parameters
    ----------
    view : a view from :func:`graphkit.view.to_networkx`
    focus : a name of the entity (any spelling, case-insensitive) or its IRI; every
        entity with that name is a centre
    depth : how many edges away from a centre to go

    Returns
    -------
    networkx.MultiDiGraph
        A copy of the subgraph; the centres have ``focus=True``.

    Raises
    ------
    ViewError
        If no entity has that name, or ``depth`` is negative.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> nx.set_node_attributes(g, {"a": "Ann 张", "b": "b", "c": "c", "d": "d"}, "label")
    >>> sorted(neighbourhood(g, "Ann 张", depth=2))
    ['a', 'b', 'c']
    """
    if depth < 0:
        raise ViewError(f"--depth must be 0 or more, not {depth}")
    centres = find_nodes(view, focus)
    if not centres:
        raise ViewError(f"no entity named {focus!r} in the graph")
    undirected = view.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    sub = view.subgraph(sorted(keep)).copy()
    for centre in centres:
        sub.nodes[centre]["focus"] = True
    return sub


def reduce_view(view: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> tuple[nx.MultiDiGraph, Omitted]:
    """Keep the ``max_nodes`` nodes of highest degree (ties by IRI); say what was left out.

    A page with many thousand nodes is slow to draw and impossible to read; the hubs and
    their links are what a reader looks for first.

    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("x", "y")])
    >>> nx.set_node_attributes(g, "person", "kind")
    >>> small, omitted = reduce_view(g, 3)
    >>> sorted(small), omitted.nodes, omitted.edges
    (['a', 'b', 'hub'], 2, 1)
    """
    if max_nodes < 1:
        raise ViewError(f"the node limit must be 1 or more, not {max_nodes}")
    if len(view) <= max_nodes:
        return view, Omitted()
    degree = dict(view.degree())
    ranked = sorted(view, key=lambda n: (-degree[n], n))
    keep = set(ranked[:max_nodes])
    # copied here rather than by subgraph().copy(), whose filtered views cost more than the page
    kept = view.__class__()
    kept.graph.update(view.graph)
    kept.add_nodes_from((n, dict(data)) for n, data in view.nodes(data=True) if n in keep)
    edges = view.edges(keys=True, data=True) if view.is_multigraph() else view.edges(data=True)
    kept.add_edges_from((*ends, dict(data)) for *ends, data in edges if ends[0] in keep and ends[1] in keep)
    left = ranked[max_nodes:]
    kinds = Counter(view.nodes[n].get("kind", "other") for n in left)
    return kept, Omitted(len(left), view.number_of_edges() - kept.number_of_edges(), dict(kinds))
