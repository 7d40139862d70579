"""Helpers shared by the store tests (imported as a module beside them)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from graphkit.pipeline import build
from graphkit.rdf.export import nquads
from graphkit.store import open_store
from graphkit.rdf.vocab import GK, XSD
from graphkit.summary import SUMMARY, derive, extract


def stored(quads) -> bytes:
    """The quads as a store holds them: pyoxigraph stores xsd:integer's derived types as xsd:integer."""
    store = ox.Store()
    store.extend(quads)
    return nquads(store)


def store_quads(folder: Path) -> bytes:
    """What the store in ``folder`` holds in its article graphs (all but the summary), as sorted N-Quads."""
    store = open_store(folder, read_only=True)
    try:
        return nquads(q for q in store if q.graph_name != SUMMARY)
    finally:
        del store


def summary_quads(folder: Path) -> bytes:
    """The summary graph of the store in ``folder``, as sorted N-Quads, its ranks as positions."""
    store = open_store(folder, read_only=True)
    try:
        assert store.contains_named_graph(SUMMARY)
        return positions(store.quads_for_pattern(None, None, None, SUMMARY))
    finally:
        del store


RANKS = [ox.NamedNode(GK + "listingRank"), ox.NamedNode(GK + "topicRank")]


def positions(quads) -> bytes:
    """Sorted N-Quads of a summary graph whose gk:listingRank and gk:topicRank values are replaced
    by their positions (1, 2, ...): a store's ranks depend on its history, their order must not."""
    quads = list(quads)
    kept = [q for q in quads if q.predicate not in RANKS]
    for predicate in RANKS:
        ranked = sorted((q for q in quads if q.predicate == predicate), key=lambda q: int(q.object.value))
        kept += [ox.Quad(q.subject, q.predicate, ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer")), q.graph_name)
                 for i, q in enumerate(ranked, start=1)]
    return nquads(kept)


def built_summary(corpus: Path) -> bytes:
    """The summary graph of a plain build of ``corpus`` (no store, no cache), as sorted N-Quads."""
    lines = derive([extract(build([corpus]).all_quads())])
    store = ox.Store()
    store.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=SUMMARY)
    return positions(store)


# what articles-by-topic's former text joined: each topic's distinct (article, path) pairs
TOPIC_PATHS = """SELECT DISTINCT ?topic ?article ?path WHERE {
  ?topic a <http://www.w3.org/2004/02/skos/core#Concept> .
  ?article <https://schema.org/about> ?topic ; <https://w3id.org/graphkit/ontology#sourcePath> ?path }"""


def with_sorted_paths(store: ox.Store, rows: list[tuple[str | None, ...]]) -> list[tuple[str | None, ...]]:
    """articles-by-topic's former rows (as text) with each topic's paths sorted, after checking that
    the former text's concatenation holds exactly the topic's paths, in some order."""
    paths = defaultdict(list)
    for topic, _, path in store.query(TOPIC_PATHS, use_default_graph_as_union=True):
        paths[str(topic)].append(path.value)
    fixed = []
    for topic, count, concatenated in rows:
        if concatenated is not None:   # unbound where a path is no string
            former = next(ox.parse(f"<urn:x> <urn:x> {concatenated} .".encode(), format=ox.RdfFormat.N_TRIPLES)).object
            mine = sorted(paths[topic])
            assert sorted(former.value.split(" ")) == sorted(" ".join(mine).split(" "))
            concatenated = str(ox.Literal(" ".join(mine), language=former.language) if former.language
                               else ox.Literal(" ".join(mine)))
        fixed.append((topic, count, concatenated))
    return fixed
