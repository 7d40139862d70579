"""The RDF outputs of a build - graph.nq, graph.ttl, graph.jsonld - and reading them back.

Serialisation is pyoxigraph's (hundreds of thousands of triples per second; rdflib's
Turtle writer grows super-linearly). N-Quads lines are sorted so that the same input
gives byte-identical output. JSON-LD is pyoxigraph's expanded form, compacted against
our prefixes (see ``compact_jsonld``).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyoxigraph as ox

from ..atomicio import atomic_write
from ..errors import ExportError
from .vocab import RDF, XSD

XSD_STRING = XSD + "string"

FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
           ".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}


def nquads(quads: Iterable[ox.Quad]) -> bytes:
    """Sorted, duplicate-free N-Quads."""
    lines = (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").splitlines()
    return b"\n".join(sorted(set(lines))) + b"\n" if lines else b""


def union(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of all graphs, once each, sorted (as their N-Triples lines are)."""
    triples = [q.triple for q in quads]
    # sorting the N-Triples lines (bytes) is several times faster than sorting by str(triple),
    # and gives the same order: one line per triple, UTF-8 sorts as code points do
    lines = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").splitlines()
    by_line = dict(zip(lines, triples))
    return [by_line[line] for line in sorted(by_line)]


def turtle(triples: list[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """Turtle of the triples with our prefixes."""
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""


def jsonld(triples: list[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """Compact JSON-LD of the triples with a context of our prefixes, one node a line."""
    context = json.dumps(dict(sorted(prefixes.items())), ensure_ascii=False, indent=1)
    # one node a line: readable, diffable, and written by json's C encoder (indent forces Python's)
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # made once, not per node
    nodes = ",\n".join(map(encode, jsonld_nodes(triples, prefixes)))
    return f'{{"@context": {context},\n"@graph": [\n{nodes}\n]}}\n'.encode("utf-8")


def jsonld_nodes(triples: Iterable[ox.Triple], prefixes: dict[str, str]) -> list[dict[str, Any]]:
    """JSON-LD node objects, compacted against a context that only defines prefixes.

    With such a context, compaction is a rewrite of IRIs to compact IRIs (keys, ``@id``,
    ``@type``); values keep their expanded object form, so the output expands back to the
    same triples. Written here because pyoxigraph writes only expanded JSON-LD and rdflib's
    compacting serializer is slower than the rest of the build together.
    """
    curie = _Curies(prefixes)
    rdf_type = RDF + "type"
    literal_values: dict[ox.Literal, dict[str, str]] = {}
    nodes: dict[str, dict[str, Any]] = {}
    node, last_subject = {}, None
    # terms are read once each (pyoxigraph makes a new Python object on every access);
    # a sorted input gives each subject's triples in one run
    for subject, predicate, obj in triples:
        if subject != last_subject:
            last_subject = subject
            subject_id = _node_id(subject)
            node = nodes.setdefault(subject_id, {"@id": curie[subject_id]})
        p = predicate.value
        if type(obj) is ox.Literal:
            value = literal_values.get(obj)
            if value is None:
                value = literal_values[obj] = _literal_value(obj, curie)
            node.setdefault(curie[p], []).append(value)
        elif p == rdf_type and type(obj) is ox.NamedNode:
            node.setdefault("@type", []).append(curie[obj.value])
        else:
            node.setdefault(curie[p], []).append({"@id": curie[_node_id(obj)]})
    for node in nodes.values():
        for key, values in node.items():
            if type(values) is list and len(values) > 1:
                values.sort(key=_value_order if key != "@type" else None)
    return [nodes[key] for key in sorted(nodes, key=lambda k: nodes[k]["@id"])]


def _literal_value(literal: ox.Literal, curie: _Curies) -> dict[str, str]:
    """A literal's JSON-LD value object: language-tagged, plain (xsd:string) or typed."""
    if literal.language:
        return {"@value": literal.value, "@language": literal.language}
    datatype = literal.datatype.value
    if datatype == XSD_STRING:
        return {"@value": literal.value}
    return {"@value": literal.value, "@type": curie[datatype]}


def _node_id(term: Any) -> str:
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


class _Curies(dict[str, str]):
    """IRI -> compact IRI for the prefixes (longest namespace first), each worked out once:
    ``curies[iri]`` is a plain dict lookup after the first time."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        super().__init__()
        self.ordered = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def __missing__(self, iri: str) -> str:
        compact = iri
        for prefix, ns in self.ordered:
            local = iri[len(ns):]
            if iri.startswith(ns) and local and ":" not in local and not local.startswith("//"):
                compact = f"{prefix}:{local}"
                break
        self[iri] = compact
        return compact


def _value_order(v: dict[str, Any]) -> tuple[str, str, str, str]:
    """A total order of JSON-LD value objects: by IRI, then value, type and language."""
    return (v.get("@id", ""), str(v.get("@value", "")), v.get("@type", ""), v.get("@language", ""))


def write_rdf(outdir: str | os.PathLike[str], quads: list[ox.Quad], prefixes: dict[str, str]) -> dict[str, int]:
    """Write graph.nq, graph.ttl and graph.jsonld atomically; return triple counts."""
    outdir = Path(outdir)
    lines = nquads(quads)
    atomic_write(outdir / "graph.nq", lines)
    triples = union(quads)
    atomic_write(outdir / "graph.ttl", turtle(triples, prefixes))
    atomic_write(outdir / "graph.jsonld", jsonld(triples, prefixes))
    return {"quads": lines.count(b"\n"), "triples": len(triples)}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file by its extension; raise ExportError naming it if unknown."""
    fmt = FORMATS.get(path.suffix)
    if fmt is None:
        raise ExportError(f"cannot tell the RDF format from the extension {path.suffix!r}", path)
    return fmt


def iter_quads(path: str | os.PathLike[str]) -> Iterator[ox.Quad]:
    """Stream the quads of an RDF file (or a build folder's graph.nq); raise ExportError naming it."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.nq"
    fmt = rdf_format(path)
    try:
        yield from ox.parse(path=str(path), format=fmt)
    except FileNotFoundError:
        raise ExportError("no such file", path) from None
    except SyntaxError as error:
        raise ExportError(f"not valid {fmt.name}: {error}", path) from None


def read_quads(path: str | os.PathLike[str]) -> list[ox.Quad]:
    """Read an RDF file (or a build folder's graph.nq) into quads; raise ExportError naming it."""
    return list(iter_quads(path))
