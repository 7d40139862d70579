"""A query's final ORDER BY done in Python: the same order as pyoxigraph's, read for far less.

pyoxigraph sorts solutions with the terms' text, and over a RocksDB store it reads the
text of an IRI or long literal from disk at every comparison (30-55 µs per row on a
1M-quad store); reading each result term once and sorting the rows in Python costs a
few microseconds per row. So a SELECT whose query ends with ``ORDER BY`` over plain
variables runs without it and is sorted here, with SPARQL's order as pyoxigraph applies it
(``cmp_terms`` in spareval): unbound < blank nodes < IRIs < literals, IRIs and blank nodes
by their text, numbers by value, strings by value then datatype then language tag.

Anything else runs as written: a LIMIT or OFFSET after the ORDER BY (all rows would have to
be read to keep a few), an ordering expression, a comment in the clause, a key the SELECT
does not project (``ORDER BY ?rank`` over integers, cheap in pyoxigraph: the ready queries
that read the summary graph), and a column whose values this module cannot order exactly
as pyoxigraph does (a mix of numbers and strings, dates, NaN). Rows whose keys are equal may come in another order than
pyoxigraph's, which sorts unstably: SPARQL leaves their order open.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterator

import pyoxigraph as ox

from .rdf.vocab import RDF, XSD

# the query's last "}" and after it, optionally GROUP BY variables, then ORDER BY variables and
# nothing else: no LIMIT, no comment, no expression (each of those runs in pyoxigraph)
_FINAL_ORDER = re.compile(
    r"\}(?P<group>\s*GROUP\s+BY(?:\s*\?\w+)+)?\s*ORDER\s+BY"
    r"(?P<keys>(?:\s*(?:(?:ASC|DESC)\s*\(\s*\?\w+\s*\)|\?\w+))+)\s*\Z", re.I)
_KEY = re.compile(r"(ASC|DESC)?\s*\(?\s*\?(\w+)", re.I)
_PROJECTION = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(?P<projection>.*?)(?:\bWHERE\b|\{)", re.I | re.S)
_VARIABLE = re.compile(r"[?$](\w+)")
_AS = re.compile(r"\bAS\s+[?$](\w+)", re.I)
_STRINGS = {XSD + "string", RDF + "langString"}
_DECIMALS = {XSD + "integer", XSD + "decimal"}
_FLOATS = {XSD + "double", XSD + "float"}


class Solution(tuple):  # type: ignore[type-arg]
    """One solution read out of pyoxigraph's: its terms by position, or by variable as a
    pyoxigraph QuerySolution gives them (``solution["name"]``)."""

    __slots__ = ()
    names: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, ox.Variable):
            key = key.value
        if isinstance(key, str):
            key = self.names[key]
        return tuple.__getitem__(self, key)


class OrderedSolutions:
    """Solutions sorted in Python, read like pyoxigraph's QuerySolutions (``variables``,
    iteration, ``serialize``)."""

    def __init__(self, variables: list[ox.Variable], solutions: list[Solution]) -> None:
        self.variables = variables
        self._solutions = solutions

    def __iter__(self) -> Iterator[Solution]:
        return iter(self._solutions)

    def __len__(self) -> int:
        return len(self._solutions)

    def serialize(self, output: Any = None, format: ox.QueryResultsFormat = ox.QueryResultsFormat.JSON) -> bytes | None:
        """The solutions in a SPARQL results format, written by pyoxigraph from their JSON."""
        data = results_json([v.value for v in self.variables], self._solutions)
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(output, format)


def split_final_order(query: str) -> tuple[str, list[tuple[str, bool]]] | None:
    """The query without its final ORDER BY, and the ORDER BY as (variable, descending) pairs;
    None when the ORDER BY must stay in the query (see the module docstring).

    >>> split_final_order("SELECT ?a ?n WHERE { ?a ?p ?n } ORDER BY DESC(?n) ?a")
    ('SELECT ?a ?n WHERE { ?a ?p ?n }', [('n', True), ('a', False)])
    >>> split_final_order("SELECT ?a WHERE { ?a ?p ?n } ORDER BY ?a LIMIT 10") is None
    True
    """
    found = _FINAL_ORDER.search(query)
    if found is None:
        return None
    keys = [(name, (way or "").upper() == "DESC") for way, name in _KEY.findall(found.group("keys"))]
    projected = _projected(query[:found.start()])
    if projected is not None and not {name for name, _ in keys} <= projected:
        return None   # sorting after the query would need a column it does not give
    return query[:found.start()] + "}" + (found.group("group") or ""), keys


def _projected(query: str) -> set[str] | None:
    """The variables the first SELECT of a query projects, None for ``SELECT *`` or when not found.

    >>> sorted(_projected("SELECT ?t (COUNT(?a) AS ?n) WHERE { ?a ?p ?t }"))
    ['n', 't']
    """
    text = re.sub(r"(?m)^\s*#.*$", "", query)   # whole-line comments: a "#" inside an IRI stays
    found = _PROJECTION.search(text)
    if found is None or found.group("projection").strip() == "*":
        return None
    projection, depth, outside = found.group("projection"), 0, []
    for char in projection:   # the variables outside parentheses, and each expression's "AS ?name"
        depth += (char == "(") - (char == ")")
        outside.append(char if depth == 0 else " ")
    return set(_VARIABLE.findall("".join(outside))) | set(_AS.findall(projection))


def sort_solutions(results: Any, keys: list[tuple[str, bool]]) -> OrderedSolutions | None:
    """The solutions sorted by the keys as pyoxigraph's ORDER BY sorts them, or None when the
    results are not solutions, lack a key's variable, or a key column cannot be ordered here."""
    if not isinstance(results, ox.QuerySolutions):
        return None
    variables = list(results.variables)
    names = [v.value for v in variables]
    if any(name not in names for name, _ in keys):
        return None
    # each term is read out of pyoxigraph once (each read of an IRI is a RocksDB lookup)
    row = type("Solution", (Solution,), {"__slots__": (), "names": {n: i for i, n in enumerate(names)}})
    solutions = [row(s) for s in results]
    transposed = list(zip(*solutions)) if solutions else [() for _ in names]
    order = order_rows([list(transposed[names.index(name)]) for name, _ in keys],
                       [descending for _, descending in keys])
    if order is None:
        return None
    return OrderedSolutions(variables, [solutions[i] for i in order])


def order_rows(columns: list[list[Any]], descending: list[bool]) -> list[int] | None:
    """The indexes of rows, given as key columns of pyoxigraph terms (None for unbound), in the
    order of an ORDER BY over those columns (each descending or not) as pyoxigraph sorts them;
    rows whose keys are equal keep their order. None when a column cannot be ordered here.

    >>> order_rows([[ox.Literal("乙"), None, ox.Literal("甲")]], [False])  # 乙 U+4E59 < 甲 U+7532
    [1, 0, 2]
    """
    keys = []
    for column in columns:
        values = _column_keys(column)
        if values is None:
            return None
        keys.append(values)
    order = list(range(len(columns[0]) if columns else 0))
    # least significant run of keys first: Python's sort is stable, so each sort keeps the ties
    # of the last; one sort per run of keys sorted the same way, by their tuple
    runs: list[tuple[bool, list[int]]] = []
    for index, way in enumerate(descending):
        if runs and runs[-1][0] == way:
            runs[-1][1].append(index)
        else:
            runs.append((way, [index]))
    for way, run in reversed(runs):
        combined = keys[run[0]] if len(run) == 1 else list(zip(*(keys[i] for i in run)))
        order.sort(key=combined.__getitem__, reverse=way)
    return order


def _column_keys(column: list[Any]) -> list[Any] | None:
    """The sort keys of one column's terms, or None if its literals mix kinds that pyoxigraph
    orders by a partial comparison (numbers with strings, dates, NaN, ...)."""
    datatypes = {t.datatype.value for t in column if isinstance(t, ox.Literal)}
    literal: Callable[[ox.Literal], Any]
    if datatypes <= _STRINGS:
        literal = lambda t: (t.value, t.datatype.value, t.language or "")  # noqa: E731
    elif datatypes <= _DECIMALS:
        literal = lambda t: Decimal(t.value)  # noqa: E731
    elif datatypes <= _FLOATS:
        literal = lambda t: float(t.value)  # noqa: E731
    else:
        return None
    kinds = set(map(type, column))
    if kinds <= {ox.NamedNode, type(None)} or (kinds <= {ox.Literal, type(None)} and datatypes <= _STRINGS and len(
            {(t.datatype.value, t.language) for t in column if t is not None}) <= 1):
        # one kind of term (IRIs, or strings of one datatype and language): their text orders
        # them, and "" an unbound value, unless "" is a value
        text = ["" if t is None else t.value for t in column]
        if type(None) not in kinds or "" not in (t.value for t in column if t is not None):
            return text
        return [(t is not None, v) for t, v in zip(column, text)]
    try:
        keys = [_term_key(t, literal) for t in column]
    except (InvalidOperation, ValueError):
        return None
    if any(k[0] == 3 and k[1] != k[1] for k in keys):  # NaN: pyoxigraph has no order for it
        return None
    return keys


def _term_key(term: Any, literal: Callable[[ox.Literal], Any]) -> tuple[Any, ...]:
    """unbound < blank node < IRI < literal, as pyoxigraph's cmp_terms."""
    if term is None:
        return (0, "")
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.NamedNode):
        return (2, term.value)
    if isinstance(term, ox.Literal):
        return (3, literal(term))
    raise ValueError(f"no order for {term!r}")  # a quoted triple: left to pyoxigraph


def results_json(variables: list[str], rows: Any) -> bytes:
    """SPARQL 1.1 JSON results of rows already read (pyoxigraph serialises only live results)."""
    bindings = []
    for row in rows:
        binding = {}
        for i, name in enumerate(variables):
            if row[i] is not None:
                binding[name] = _term_json(row[i])
        bindings.append(binding)
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _term_json(term: Any) -> dict[str, Any]:
    """One RDF term in the SPARQL JSON results form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        value: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            value["datatype"] = term.datatype.value
        return value
    return {"type": "triple", "value": {"subject": _term_json(term.subject), "predicate": _term_json(term.predicate),
                                        "object": _term_json(term.object)}}
