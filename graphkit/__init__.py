"""graphkit: a who's-who knowledge graph from folders of Chinese tech articles.

The public API mirrors the command line:

>>> import graphkit
>>> dataset = graphkit.build_dataset(["data"])
>>> len(list(dataset.graphs())) > 1
True
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # rdflib and networkx load only when used: they are most of start-up
    import networkx as nx
    import rdflib

__version__ = "0.1.0"
__all__ = ["__version__", "build", "build_dataset", "write_outputs", "load", "load_dataset",
           "to_networkx", "Build"]

from .outputs import load, write_outputs
from .pipeline import Build, build
from .view import to_networkx as _to_networkx


def _dataset(quads: Iterable) -> "rdflib.Dataset":
    import rdflib

    from .rdf.export import nquads
    dataset = rdflib.Dataset()
    dataset.parse(data=nquads(quads).decode("utf-8"), format="nquads")
    return dataset


def build_dataset(inputs: Iterable[str | os.PathLike[str]], **options: object) -> "rdflib.Dataset":
    """Build the articles under ``inputs`` into an rdflib Dataset, one named graph per article.

    Parameters
    ----------
    inputs : folders or ``.md`` files
    **options : passed to :func:`build` (``base``, ``extractors``, ``workers``)

    Returns
    -------
    rdflib.Dataset

    Examples
    --------
    >>> ds = build_dataset(["data"])
    >>> q = "SELECT ?h WHERE { GRAPH ?g { ?a <https://schema.org/headline> ?h } }"
    >>> [str(r.h) for r in ds.query(q)]
    ['TVP走进泸州老窖：数字化时代下，共话加速转型之道']
    """
    return _dataset(build(inputs, **options).all_quads())  # type: ignore[arg-type]


def load_dataset(source: str | os.PathLike[str]) -> "rdflib.Dataset":
    """Load a build folder (or an RDF file) into an rdflib Dataset.

    >>> ds = load_dataset("exports")
    >>> len(ds) > 100
    True
    """
    return _dataset(load(source))


def to_networkx(source: str | os.PathLike[str] | Build, **options: object) -> "nx.MultiDiGraph":
    """The relationship graph of a build, a build folder or an RDF file, as networkx.

    >>> view = to_networkx("exports")
    >>> view.nodes["https://w3id.org/graphkit/id/organization/腾讯云"]["kind"]
    'organization'
    """
    quads = source.all_quads() if isinstance(source, Build) else load(source)
    return _to_networkx(quads, **options)  # type: ignore[arg-type]
