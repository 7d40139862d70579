"""A final ORDER BY done in Python (graphkit.ordering) gives pyoxigraph's order, and leaves
to pyoxigraph what it cannot order the same way."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from graphkit.ordering import OrderedSolutions, split_final_order
from graphkit.query import run_query, serialize

EX = "http://example.org/"


def store_of(objects: list) -> ox.Store:
    """A store with one ?s ex:p ?o per object, and a subject without ex:p (an unbound ?o)."""
    store = ox.Store()
    for i, term in enumerate(objects):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{i:02d}"), ox.NamedNode(EX + "p"), term, ox.NamedNode(EX + "g")))
    store.add(ox.Quad(ox.NamedNode(EX + "lonely"), ox.NamedNode(EX + "q"), ox.Literal("x"), ox.NamedNode(EX + "g")))
    return store


MIXED = [ox.NamedNode(EX + "b"), ox.NamedNode(EX + "a"), ox.BlankNode("z1"), ox.Literal("乙"),
         ox.Literal("甲", language="zh"), ox.Literal("甲"), ox.Literal("Zebra"), ox.Literal("apple", language="en")]
NUMBERS = [ox.Literal("10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
           ox.Literal("9", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
           ox.Literal("9.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))]


@pytest.mark.parametrize("objects", [MIXED, NUMBERS], ids=["terms-and-strings", "numbers"])
@pytest.mark.parametrize("order", ["?o ?s", "DESC(?o) ?s", "ASC(?o) DESC(?s)"])
def test_python_order_is_pyoxigraphs(objects: list, order: str):
    store = store_of(objects)
    query = f"SELECT ?s ?o WHERE {{ ?s ?any ?x OPTIONAL {{ ?s <{EX}p> ?o }} }} ORDER BY {order}"
    ours = run_query(store, query)
    assert isinstance(ours, OrderedSolutions)
    expected = [tuple(map(str, s)) for s in store.query(query, use_default_graph_as_union=True)]
    assert [tuple(map(str, s)) for s in ours] == expected


def test_numbers_mixed_with_strings_are_left_to_pyoxigraph():
    store = store_of([*NUMBERS, ox.Literal("ten")])
    results = run_query(store, f"SELECT ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?o")
    assert isinstance(results, ox.QuerySolutions)


def test_an_order_by_an_unprojected_variable_is_left_to_pyoxigraph():
    store = store_of(NUMBERS)
    results = run_query(store, f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }} ORDER BY DESC(?o)")
    assert isinstance(results, ox.QuerySolutions)
    assert [s[0].value for s in results] == [EX + "s00", EX + "s02", EX + "s01"]


@pytest.mark.parametrize("query", [
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3",
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s OFFSET 1",
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY STR(?s)",
    "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s # by subject",
    "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s HAVING (?n > 1) ORDER BY ?s",
    "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s } ?s ?p ?o }",
])
def test_an_order_by_python_cannot_take_over_stays_in_the_query(query: str):
    assert split_final_order(query) is None


def test_group_by_stays_with_the_query():
    assert split_final_order("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\nGROUP BY ?s\nORDER BY DESC(?n) ?s\n") == (
        "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\nGROUP BY ?s", [("n", True), ("s", False)])


def test_sorted_solutions_serialize_in_order():
    store = store_of(NUMBERS)
    results = run_query(store, f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?o")
    assert serialize(results, "csv").decode().splitlines() == [
        "s,o", f"{EX}s01,9", f"{EX}s02,9.5", f"{EX}s00,10"]


@pytest.mark.parametrize("query, split", [
    ("SELECT ?s WHERE { ?s ?p ?rank } ORDER BY ?rank", False),            # the key is not a column
    ("SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY ?o", False),  # ?o only inside COUNT
    ("SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s ORDER BY DESC(?n)", True),
    ("# SELECT ?o in a comment\nSELECT DISTINCT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o", True),
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY ?o", True),
    ("SELECT ?s WHERE { { SELECT ?s ?o WHERE { ?s ?p ?o } } } ORDER BY ?o", False),  # the outer SELECT's
])
def test_a_key_the_select_does_not_project_stays_with_the_query(query: str, split: bool):
    assert (split_final_order(query) is not None) == split


def test_ordering_by_a_key_not_projected_runs_once_in_pyoxigraph():
    store = store_of(NUMBERS)
    results = run_query(store, f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }} ORDER BY DESC(?o)")
    assert not isinstance(results, OrderedSolutions)
    assert [row[0].value for row in results] == [f"{EX}s00", f"{EX}s02", f"{EX}s01"]
