"""Helpers shared by the store tests (imported as a module beside them)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graphkit.pipeline import build
from graphkit.rdf.export import nquads
from graphkit.store import open_store
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
    """The summary graph of the store in ``folder``, as sorted N-Quads."""
    store = open_store(folder, read_only=True)
    try:
        assert store.contains_named_graph(SUMMARY)
        return nquads(store.quads_for_pattern(None, None, None, SUMMARY))
    finally:
        del store


def built_summary(corpus: Path) -> bytes:
    """The summary graph of a plain build of ``corpus`` (no store, no cache), as sorted N-Quads."""
    lines = derive([extract(build([corpus]).all_quads())])
    store = ox.Store()
    store.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=SUMMARY)
    return nquads(store)
