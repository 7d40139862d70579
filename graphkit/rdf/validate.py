"""Validate a graph against graphkit's SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

The input - an RDF file, a build folder (its ``graph.nq``) or pyoxigraph quads - is read
as the union of all its named graphs: an entity found in several articles is described
in several graphs, and the shapes constrain what the whole build says about it.

The ontology (``ontology/graphkit.ttl``) is mixed into the data graph, and no inference is
run. SHACL targets and ``sh:class`` already follow ``rdfs:subClassOf`` in the data graph,
so the mixed-in ontology is enough for a ``gk:Talk`` to be checked by the ``schema:Event``
shape and to count as a ``schema:Event`` value. RDFS inference would add nothing the
shapes need, while its domain/range entailments would hide errors (a node missing its
``rdf:type`` would be typed from the properties it has) and its closure costs time and
memory on large builds. The result is a ``Report``; what to do about non-conformance is
the caller's decision.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING, Iterable

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .export import read_quads
from .vocab import SH, prefixes

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_SH = Namespace(SH)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDFLIB_TERM_LOG = logging.getLogger("rdflib.term")


def ontology_file() -> Traversable:
    """The packaged OWL ontology, ``graphkit/ontology/graphkit.ttl``."""
    return files("graphkit") / "ontology" / "graphkit.ttl"


def shapes_file() -> Traversable:
    """The packaged SHACL shapes, ``graphkit/ontology/shapes.ttl``."""
    return files("graphkit") / "ontology" / "shapes.ttl"


@dataclass(frozen=True)
class Result:
    """One SHACL validation result: which node, which property, what is wrong."""

    focus: str                   # the focus node (IRI, or _:id for a blank node)
    path: str | None             # the property IRI; None for a node-level constraint
    message: str
    severity: str                # "Violation", "Warning" or "Info"
    constraint: str              # the constraint component, e.g. sh:MinCountConstraintComponent
    value: str | None = None     # the offending value, when there is one

    def line(self) -> str:
        """``severity: <focus> path: message`` with compact IRIs."""
        path = _curie(self.path) if self.path else "-"
        value = f" (value {_curie(self.value)})" if self.value is not None else ""
        return f"{self.severity}: {_curie(self.focus)} {path}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    """The outcome of a validation: conforms, and every result, in a stable order."""

    conforms: bool
    results: tuple[Result, ...]

    @property
    def text(self) -> str:
        """One line per result; empty when there are none."""
        return "\n".join(r.line() for r in self.results)

    @property
    def violations(self) -> tuple[Result, ...]:
        """The results of severity Violation."""
        return tuple(r for r in self.results if r.severity == "Violation")


def validate(quads_or_path: str | os.PathLike[str] | Iterable[ox.Quad | ox.Triple] | Graph,
             shapes: str | os.PathLike[str] | Graph | None = None) -> Report:
    """Validate quads, an RDF file / build folder, or an rdflib Graph or Dataset (its union).

    ``shapes`` is a Turtle file or graph; graphkit's packaged shapes by default. Raises
    ``ExportError`` when a file cannot be read. Warnings and infos do not make a graph
    non-conforming; violations do.
    """
    if isinstance(quads_or_path, Graph):  # a Dataset too: copy its union, never touch the caller's graph
        data = Graph()
        for s, p, o, *_ in (quads_or_path.quads() if isinstance(quads_or_path, Dataset) else quads_or_path):
            data.add((s, p, o))
    elif isinstance(quads_or_path, (str, os.PathLike)):
        data = to_rdflib(read_quads(quads_or_path))
    else:
        data = to_rdflib(quads_or_path)
    shapes_graph = shapes if isinstance(shapes, Graph) else _parse(shapes or shapes_file())
    ontology = _parse(ontology_file())
    conforms, results_graph, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=ontology, inference="none",
        abort_on_first=False, allow_warnings=True, meta_shacl=False, advanced=False,
        inplace=True)
    return Report(bool(conforms), _results(results_graph))


def to_rdflib(quads: Iterable[ox.Quad | ox.Triple]) -> Graph:
    """An rdflib Graph of the union of the quads' graphs (each triple once).

    rdflib logs a traceback for every ill-typed literal (``"2023-02-30"^^xsd:date``); that
    is silenced here, as the shapes' ``sh:datatype`` reports such a literal as a violation.
    """
    graph = Graph()
    quiet = logging.Filter("no-such-logger")  # a filter with a name matching nothing drops all
    _RDFLIB_TERM_LOG.addFilter(quiet)
    try:
        for quad in quads:
            graph.add((_term(quad.subject), URIRef(quad.predicate.value), _term(quad.object)))
    finally:
        _RDFLIB_TERM_LOG.removeFilter(quiet)
    return graph


def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot validate RDF-star quoted triple {term}")


def _parse(source: str | os.PathLike[str] | Traversable) -> Graph:
    """A Turtle file given by path, or a package resource (which may not be a real file)."""
    if isinstance(source, (str, os.PathLike)):
        return Graph().parse(os.fspath(source), format="turtle")
    return Graph().parse(data=source.read_bytes(), format="turtle")


def _results(graph: Graph) -> tuple[Result, ...]:
    results = []
    for node in graph.subjects(_SH.resultSeverity, None):
        focus, path = graph.value(node, _SH.focusNode), graph.value(node, _SH.resultPath)
        value = graph.value(node, _SH.value)
        severity = graph.value(node, _SH.resultSeverity)
        messages = sorted(str(m) for m in graph.objects(node, _SH.resultMessage))
        component = graph.value(node, _SH.sourceConstraintComponent)
        results.append(Result(
            focus=_show(focus), path=str(path) if isinstance(path, URIRef) else None,
            message="; ".join(messages) or "does not conform",
            severity=str(severity).removeprefix(SH), constraint=_curie(str(component)),
            value=_show(value) if value is not None and value != focus else None))
    return tuple(sorted(set(results), key=lambda r: (r.focus, r.path or "", r.constraint, r.message,
                                                   r.value or "")))


def _show(node: Node | None) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        return node.n3()
    return str(node)


def _curie(iri: str) -> str:
    for prefix, ns in sorted({**prefixes(), "sh": SH}.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
