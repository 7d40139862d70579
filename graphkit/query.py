"""Running SPARQL over a build: against a persistent store or an RDF file, with the ready
queries of ``graphkit/queries/``, and the results as a table or a SPARQL 1.1 results format.

The engine and the results formats (CSV, TSV, JSON, XML) are pyoxigraph's; only the
aligned table for a terminal is written here, since no results format is meant for eyes.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import QueryError
from .ordering import sort_solutions, split_final_order
from .pipeline import cycle_collector_paused
from .rdf.export import read_quads
from .rdf.vocab import RDFS, SCHEMA, SKOS, prefixes
from .store import open_store
from .summary import SUMMARY, add_summary

RESULTS_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
#: Label properties, the first one found naming an IRI in a table.
LABELS = (RDFS + "label", SCHEMA + "name", SKOS + "prefLabel", SCHEMA + "headline")
_LOCATION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)


@dataclass
class Result:
    """The rows of a SELECT (or the boolean of an ASK, or the triples of a CONSTRUCT)."""

    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


def ready_queries() -> dict[str, str]:
    """The ready queries shipped in ``graphkit/queries/``, by name.

    >>> sorted(ready_queries())[:2]
    ['articles-by-topic', 'co-occurring-people']
    """
    folder = resources.files("graphkit") / "queries"
    return {entry.name[:-3]: entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".rq")}


def read_query(text: str) -> str:
    """The query text of ``text``: itself, ``@file.rq`` read from a file, or ``@name`` a ready query.

    >>> read_query("ASK {}")
    'ASK {}'
    >>> "gk:roleHolder" in read_query("@people-by-org")
    True
    """
    if not text.startswith("@"):
        return text
    name = text[1:]
    ready = ready_queries()
    if name in ready and not os.path.sep in name:
        return ready[name]
    try:
        return Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"no such file or ready query {name!r}; ready queries: {', '.join(ready)}",
                         "query") from None
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read the query: {error}", name) from None


def open_source(store: str | os.PathLike[str] | None = None, graph: str | os.PathLike[str] | None = None,
                *, update: bool = False) -> ox.Store:
    """A pyoxigraph Store over a store folder, or in memory over a build folder or RDF file.

    A store folder is opened with its write lock even for a query (which cannot write):
    RocksDB's read-only mode is unsafe beside a live writer (``pyoxigraph.Store.read_only``),
    so ``graphkit query`` fails cleanly while a build or ``graphkit serve`` holds the store.

    >>> len(open_source(graph="exports")) > 1000
    True
    """
    if (store is None) == (graph is None):
        raise QueryError("give a store folder or a graph file, not both or neither")
    if store is not None:
        return open_store(store)
    memory = ox.Store()
    memory.extend(read_quads(graph))  # type: ignore[arg-type]
    add_summary(memory)  # what a store keeps beside the article graphs, for the ready queries
    return memory


def run_query(store: ox.Store, query: str, *, update: bool = False) -> Any:
    """Run a SPARQL query (or, with ``update``, a SPARQL Update) over all named graphs.

    Returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples (None for an update),
    or, for a SELECT ending in ORDER BY, the same solutions sorted in Python
    (:mod:`graphkit.ordering`, far cheaper on a store). Raises QueryError with the line and
    column of a syntax error.

    >>> store = open_source(graph="exports")
    >>> [row[0].value for row in run_query(store, 'SELECT ?n WHERE { ?p <https://schema.org/name> ?n FILTER(?n = "苏王辉"@zh) }')]
    ['苏王辉']
    >>> run_query(store, "SELECT ?x WHERE {")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    graphkit.errors.QueryError: query:1:18: expected one of ...
    """
    if SUMMARY.value in query and not update and not store.contains_named_graph(SUMMARY):
        raise QueryError("the store has no summary graph, which this query reads: build it again with "
                         "`graphkit build --store` (a store made before graphkit had one)", "query")
    try:
        if update:
            store.update(query)
            return None
        unordered = split_final_order(query)
        if unordered is not None:
            text, keys = unordered
            results = store.query(text, use_default_graph_as_union=True)
            if not isinstance(results, ox.QuerySolutions):
                return results  # without a LIMIT, ORDER BY changes nothing else
            with cycle_collector_paused():  # the rows are acyclic: a collection would walk them in vain
                ordered = sort_solutions(results, keys)
            if ordered is not None:
                return ordered
        return store.query(query, use_default_graph_as_union=True)
    except SyntaxError as error:
        if not update and _is_update(query):
            raise QueryError("this is a SPARQL Update; the store is read-only (run it with --update)",
                             "query") from None
        raise _syntax_error(str(error)) from None
    except OSError as error:
        raise QueryError(f"the query failed: {error}", "query") from None


def _is_update(text: str) -> bool:
    """Whether the text parses as a SPARQL Update (tried on an empty, scratch store)."""
    try:
        ox.Store().update(text)
    except (SyntaxError, OSError):
        return False
    return True


def _syntax_error(message: str) -> QueryError:
    """pyoxigraph's 'error at LINE:COL: message' as a QueryError with the location."""
    found = _LOCATION.match(message)
    if not found:
        return QueryError(" ".join(message.split()), "query")
    line, column, text = found.groups()
    text = " ".join(text.split())
    if len(text) > 200:
        text = text[:200] + " ..."
    return QueryError(text, "query", int(line), int(column))


def collect(results: Any, max_rows: int | None = None) -> Result:
    """Read pyoxigraph results into a Result (at most ``max_rows`` rows)."""
    if isinstance(results, ox.QueryBoolean):
        return Result([], [], boolean=bool(results))
    if isinstance(results, ox.QueryTriples):
        return Result(["subject", "predicate", "object"], [], triples=list(results))
    variables = [v.value for v in results.variables]
    rows: list[list[Any]] = []
    with cycle_collector_paused():
        for solution in results:
            if max_rows is not None and len(rows) >= max_rows:
                break
            rows.append(list(solution))
    return Result(variables, rows)


def serialize(results: Any, fmt: str) -> bytes:
    """The results in a SPARQL 1.1 results format (csv, tsv, json, xml); CONSTRUCT gives N-Triples."""
    if isinstance(results, ox.QueryTriples):
        return ox.serialize(results, format=ox.RdfFormat.N_TRIPLES) or b""
    if fmt not in RESULTS_FORMATS:
        raise QueryError(f"unknown results format {fmt!r}; use one of {', '.join(RESULTS_FORMATS)}")
    if isinstance(results, ox.QueryBoolean) and fmt in ("csv", "tsv"):
        return b"true\n" if results else b"false\n"
    return results.serialize(format=RESULTS_FORMATS[fmt]) or b""


def table(result: Result, store: ox.Store | None = None, base: str | None = None) -> str:
    """An aligned table: IRIs as prefixed names, with their label where it says more.

    >>> print(table(Result(["p"], [[ox.NamedNode("https://w3id.org/graphkit/id/person/苏王辉")]])))
    p
    -------------
    person:苏王辉
    """
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    short = _shortener(prefixes(base) if base else prefixes())
    rows = result.rows if result.triples is None else [[t.subject, t.predicate, t.object] for t in result.triples]
    cells = [[_cell(term, short, store) for term in row] for row in rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = [_line(result.variables, widths), "  ".join("-" * w for w in widths)]
    lines += [_line(r, widths) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def _line(values: list[str], widths: list[int]) -> str:
    return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths))


def _width(text: str) -> int:
    """Columns taken on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _shortener(known: dict[str, str]) -> Any:
    ordered = sorted(known.items(), key=lambda kv: -len(kv[1]))

    def short(iri: str) -> str:
        for prefix, ns in ordered:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    return short


def _cell(term: Any, short: Any, store: ox.Store | None) -> str:
    """One table cell: a literal's value, an IRI's prefixed name and label, a blank node's id."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return " ".join(term.value.split())
    if isinstance(term, ox.NamedNode):
        name = short(term.value)
        label = _label(store, term) if store is not None else None
        local = name.split(":", 1)[1] if ":" in name else name
        return f"{name} ({label})" if label and label != local and not local.endswith("/" + label) else name
    return str(term)


def _label(store: ox.Store, node: ox.NamedNode) -> str | None:
    """The first label of an IRI in any graph, by the order of LABELS."""
    for predicate in LABELS:
        for quad in store.quads_for_pattern(node, ox.NamedNode(predicate), None):
            if isinstance(quad.object, ox.Literal):
                return " ".join(quad.object.value.split())
    return None


__all__ = ["Result", "ready_queries", "read_query", "open_source", "run_query", "collect", "serialize",
           "table"]
