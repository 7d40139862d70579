"""Helpers shared by the store tests (imported as a module beside them)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graphkit.rdf.export import nquads
from graphkit.store import open_store


def stored(quads) -> bytes:
    """The quads as a store holds them: pyoxigraph stores xsd:integer's derived types as xsd:integer."""
    store = ox.Store()
    store.extend(quads)
    return nquads(store)


def store_quads(folder: Path) -> bytes:
    """What the store in ``folder`` holds, as sorted N-Quads."""
    store = open_store(folder, read_only=True)
    try:
        return nquads(store)
    finally:
        del store
