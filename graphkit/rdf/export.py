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
from typing import Any, Iterable

import pyoxigraph as ox

from ..atomicio import atomic_write
from ..errors import ExportError
from .vocab import RDF

FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
           ".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}


def nquads(quads: Iterable[ox.Quad]) -> bytes:
    """Sorted, duplicate-free N-Quads."""
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines()
    return b"".join(line + b"\n" for line in sorted(set(lines)))


def union(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of all graphs, once each, sorted."""
    return sorted({q.triple for q in quads}, key=str)


def turtle(triples: list[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """Turtle of the triples with our prefixes."""
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)


def jsonld(triples: list[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """Compact JSON-LD with a context of our prefixes."""
    expanded = json.loads(ox.serialize(triples, format=ox.RdfFormat.JSON_LD))
    context = json.dumps(dict(sorted(prefixes.items())), ensure_ascii=False, indent=1)
    # one node a line: readable, diffable, and written by json's C encoder (indent forces Python's)
    nodes = ",\n".join(json.dumps(node, ensure_ascii=False, sort_keys=True)
                       for node in compact_jsonld(expanded, prefixes))
    return f'{{"@context": {context},\n"@graph": [\n{nodes}\n]}}\n'.encode("utf-8")


def compact_jsonld(nodes: list[dict[str, Any]], prefixes: dict[str, str]) -> list[dict[str, Any]]:
    """Compact expanded JSON-LD node objects against a context that only defines prefixes.

    With such a context, compaction is a rewrite of IRIs to compact IRIs (keys, ``@id``,
    ``@type``); values keep their expanded object form, so the output expands back to the
    same triples. Written here because rdflib's compacting serializer needs its whole
    graph in rdflib's memory model, which is slower than serialising the rest of the build.
    """
    ordered = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    memo: dict[str, str] = {}

    def curie(iri: str) -> str:
        if iri not in memo:
            memo[iri] = _curie(iri)
        return memo[iri]

    def _curie(iri: str) -> str:
        for prefix, ns in ordered:
            local = iri[len(ns):]
            if iri.startswith(ns) and local and ":" not in local and not local.startswith("//"):
                return f"{prefix}:{local}"
        return iri

    def value(v: dict[str, Any]) -> dict[str, Any]:
        if "@id" in v:
            return {"@id": curie(v["@id"])}
        if "@type" in v:
            return {**v, "@type": curie(v["@type"])}
        return v

    out = []
    for node in nodes:
        compacted: dict[str, Any] = {"@id": curie(node["@id"])}
        for key, values in node.items():
            if key == "@id":
                continue
            if key == RDF + "type":
                compacted["@type"] = sorted(curie(v["@id"]) for v in values)
            else:
                compacted[curie(key)] = sorted((value(v) for v in values), key=_value_order)
        out.append(compacted)
    return sorted(out, key=lambda n: n["@id"])


def _value_order(v: dict[str, Any]) -> tuple[str, str, str, str]:
    """A total order of JSON-LD value objects: by IRI, then value, type and language."""
    return (v.get("@id", ""), str(v.get("@value", "")), v.get("@type", ""), v.get("@language", ""))


def write_rdf(outdir: str | os.PathLike[str], quads: list[ox.Quad], prefixes: dict[str, str]) -> dict[str, int]:
    """Write graph.nq, graph.ttl and graph.jsonld atomically; return triple counts."""
    outdir = Path(outdir)
    atomic_write(outdir / "graph.nq", nquads(quads))
    triples = union(quads)
    atomic_write(outdir / "graph.ttl", turtle(triples, prefixes))
    atomic_write(outdir / "graph.jsonld", jsonld(triples, prefixes))
    return {"quads": len(set(quads)), "triples": len(triples)}


def read_quads(path: str | os.PathLike[str]) -> list[ox.Quad]:
    """Read an RDF file (or a build folder's graph.nq) into quads; raise ExportError naming it."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.nq"
    fmt = FORMATS.get(path.suffix)
    if fmt is None:
        raise ExportError(f"cannot tell the RDF format from the extension {path.suffix!r}", path)
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except FileNotFoundError:
        raise ExportError("no such file", path) from None
    except SyntaxError as error:
        raise ExportError(f"not valid {fmt.name}: {error}", path) from None
