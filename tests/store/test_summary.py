"""The summary graph (graphkit.summary): what users see of it, how it is kept and when it is
derived again. Its rows are checked against the ready queries' former text in
test_ready_queries.py, and an incremental store's summary against a fresh build's in
test_incremental.py and test_store.py."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from _store_support import built_summary, positions, summary_quads, with_sorted_paths

import graphkit.cli.query  # noqa: F401  (registers the command)
from graphkit.cli import cli
from graphkit.errors import QueryError
from graphkit.pipeline import build
from graphkit.query import collect, open_source, ready_queries, run_query
from graphkit.store import build_store, open_store
from graphkit.summary import SUMMARY, ranked
from graphkit.rdf.vocab import GK

EXPORTS = Path(__file__).resolve().parents[2] / "exports"   # equals a fresh build (test_exports_fresh.py)
PREFIXES = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX gk: <https://w3id.org/graphkit/ontology#> """
# queries a user might write over the union: counts that a copy of any triple would change
USER_QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?class }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?m org:member ?p ; org:organization ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?m org:role/rdfs:label ?label }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?t schema:performer ?s ; schema:name ?title }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?a schema:mentions ?x }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?x schema:name|rdfs:label|skos:prefLabel ?name }",
    "SELECT ?p (COUNT(*) AS ?n) WHERE { ?p a schema:Person ; ?q ?o } GROUP BY ?p ORDER BY ?p",
]


def rows(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    return [tuple(map(str, row)) for row in collect(run_query(store, PREFIXES + query)).rows]


@pytest.mark.parametrize("query", USER_QUERIES)
def test_a_users_query_of_the_contracts_patterns_finds_nothing_more(sample_store: Path, sample_build, query: str):
    plain = ox.Store()   # the build's graphs alone, as graph.nq holds them
    plain.extend(sample_build.all_quads())
    store = open_source(store=sample_store)
    try:
        assert store.contains_named_graph(SUMMARY)
        assert rows(store, query) == rows(plain, query) != [("0",)]
    finally:
        del store


def test_the_summary_has_terms_of_its_own(sample_store: Path):
    store = open_store(sample_store, read_only=True)
    try:
        summary = list(store.quads_for_pattern(None, None, None, SUMMARY))
        elsewhere = {q.predicate.value for q in store if q.graph_name != SUMMARY}
    finally:
        del store
    predicates = {q.predicate.value for q in summary}
    assert predicates == {GK + p for p in ("roleOrganization", "roleLabel", "roleHolder", "listedEvent",
                                           "listedTitle", "listedSpeaker", "listingRank", "pairPerson",
                                           "pairOther", "pairArticles", "pairRank", "countedTopic",
                                           "topicArticles", "topicPaths", "topicRank")}
    assert not predicates & elsewhere
    assert all(q.subject.value.startswith(SUMMARY.value + "/") for q in summary)


def test_graph_mode_derives_the_summary_a_store_keeps(sample_store: Path):
    assert summary_quads(sample_store) == graph_mode_summary(EXPORTS)
    for name, text in ready_queries().items():
        store = open_source(store=sample_store)
        try:
            expected = collect(run_query(store, text)).rows
        finally:
            del store
        assert collect(run_query(open_source(graph=EXPORTS), text)).rows == expected, name


def graph_mode_summary(outdir: Path) -> bytes:
    return positions(open_source(graph=outdir).quads_for_pattern(None, None, None, SUMMARY))


def test_a_graph_file_holding_a_summary_gets_it_derived_again(tmp_path: Path, sample_store: Path):
    # e.g. a dump of a store: its summary is replaced, not added to
    store = open_store(sample_store, read_only=True)
    try:
        dump = ox.serialize(list(store), format=ox.RdfFormat.N_QUADS)
    finally:
        del store
    extra = f'<{SUMMARY.value}/stale> <{GK}roleHolder> <urn:nobody> <{SUMMARY.value}> .\n'.encode()
    (tmp_path / "dump.nq").write_bytes(dump + extra)
    assert graph_mode_summary(tmp_path / "dump.nq") == summary_quads(sample_store)


def test_a_store_without_a_summary_says_to_build_again(tmp_path: Path, sample_dir: Path):
    build_store([sample_dir], tmp_path / "st")
    store = open_store(tmp_path / "st")
    store.remove_graph(SUMMARY)   # as a store made before the summary existed
    with pytest.raises(QueryError, match="the store has no summary graph, which this query reads: build it again"):
        run_query(store, ready_queries()["people-by-org"])
    assert rows(store, "SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }") != [("0",)]
    del store
    build_store([sample_dir], tmp_path / "st")   # graphs.json still names the summary: ignored
    assert summary_quads(tmp_path / "st") == built_summary(sample_dir)


@pytest.mark.parametrize("loss", ["state", "token"])
def test_a_lost_record_of_the_summary_replaces_it_whole(tmp_path: Path, sample_dir: Path, loss: str):
    build_store([sample_dir], tmp_path / "st")
    store = open_store(tmp_path / "st")
    store.update(f"INSERT DATA {{ GRAPH {SUMMARY} {{ <{SUMMARY.value}/stale> <{GK}roleHolder> <urn:x> }} }}")
    del store
    if loss == "state":   # the cache lost (cache files are not written to be kept)
        (tmp_path / "st" / "cache" / "summary" / "state.pickle").unlink()
    else:                 # a crash between the store update and the record of its summary
        index = json.loads((tmp_path / "st" / "graphs.json").read_text(encoding="utf-8"))
        index["summary"] = None
        (tmp_path / "st" / "graphs.json").write_text(json.dumps(index), encoding="utf-8")
    build_store([sample_dir], tmp_path / "st")
    assert summary_quads(tmp_path / "st") == built_summary(sample_dir)


def test_an_update_by_hand_reaches_the_summary_and_a_rebuild_keeps_it(tmp_path: Path, sample_dir: Path):
    folder = tmp_path / "st"
    build_store([sample_dir], folder)
    update = ('DELETE WHERE { GRAPH ?g { ?m <http://www.w3.org/ns/org#member> '
              '<https://w3id.org/graphkit/id/person/苏王辉> } }')
    result = CliRunner().invoke(cli, ["query", update, "--store", str(folder), "--update"])
    assert result.exit_code == 0, result.output
    people = "SELECT DISTINCT ?person WHERE { ?h gk:roleHolder ?person } ORDER BY ?person"
    store = open_source(store=folder)
    try:
        held = rows(store, people)
    finally:
        del store
    assert ("<https://w3id.org/graphkit/id/person/苏王辉>",) not in held
    assert ("<https://w3id.org/graphkit/id/person/周傲英>",) in held
    result, changes = build_store([sample_dir], folder)
    assert changes["replaced"] == 0   # as for the graphs, an update by hand is not undone
    store = open_source(store=folder)
    try:
        assert rows(store, people) == held
    finally:
        del store


def test_an_edit_changes_the_summary_by_a_diff(tmp_path: Path, sample_dir: Path, tests_data: Path, monkeypatch):
    import shutil

    import graphkit.store
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(sample_dir / "tvp-luzhou-laojiao.md", corpus)
    shutil.copy(tests_data / "articles" / "talks-titled.md", corpus)
    build_store([corpus], tmp_path / "st")
    before = summary_quads(tmp_path / "st")
    updates = []
    real = graphkit.store.summary_update
    monkeypatch.setattr(graphkit.store, "summary_update", lambda d, i: updates.append((d, i)) or real(d, i))
    with open(corpus / "talks-titled.md", "a", encoding="utf-8") as handle:
        handle.write("\n温铭，API7.ai 联合创始人，分享了《云原生网关》。\n")
    build_store([corpus], tmp_path / "st")
    after = summary_quads(tmp_path / "st")
    assert after != before and after == built_summary(corpus)
    assert "<https://w3id.org/graphkit/id/person/温铭>" in after.decode()
    [(deleted, inserted)] = updates
    assert deleted is not None and 0 < len(inserted) < len(after.splitlines()) / 2   # not the whole graph


BEFORE = Path(__file__).resolve().parents[2] / "tests" / "data" / "queries-before"
EX = "http://example.org/"
# pairs mentioned by 3, 2 and 1 articles, persons typed in another graph than their mentions,
# a mention of something that is no person, and a talk given in the default graph, which
# GRAPH ?article does not match: its speaker has no event; topics with paths in another
# order than their text's, a path with a language tag, one that is no string, and a topic
# no article is about
TRIG = f"""@prefix schema: <https://schema.org/> . @prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix ex: <{EX}> .
ex:g1 {{ ex:a1 a schema:Article ; schema:mentions ex:p1, ex:p2, ex:p3, ex:org ; gk:sourcePath "b/一.md" ;
          schema:about ex:k1, ex:k2 . ex:k1 a skos:Concept . ex:k2 a skos:Concept .
        ex:t1 a gk:Talk ; schema:name "甲"@zh ; schema:performer ex:p1, ex:p2 ; schema:superEvent ex:e1 . }}
ex:g2 {{ ex:a2 a schema:Article ; schema:mentions ex:p2, ex:p3, ex:p4 ; gk:sourcePath "a.md" ; schema:about ex:k1 .
        ex:k1 a skos:Concept . ex:k4 a skos:Concept .
        ex:t1 schema:name "甲乙"@zh ; schema:performer ex:p3 . }}
ex:g3 {{ ex:a3 a schema:Article ; schema:mentions ex:p2, ex:p3, ex:p4 ; gk:sourcePath "c d.md"@en ;
          schema:about ex:k2, ex:k3 . ex:k3 a skos:Concept . }}
ex:g4 {{ ex:p1 a schema:Person . ex:p2 a schema:Person . ex:p3 a schema:Person . ex:p4 a schema:Person . }}
ex:g5 {{ ex:a4 gk:sourcePath ex:p ; schema:about ex:k5 . ex:k5 a skos:Concept . }}
ex:t2 a gk:Talk ; schema:performer ex:p4 ; schema:superEvent ex:e2 .
"""
INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"


@pytest.mark.parametrize("name", ["co-occurring-people", "speakers-by-event", "people-by-org", "articles-by-topic"])
def test_graph_mode_gives_the_rows_of_the_former_text_on_a_dataset_made_for_it(tmp_path: Path, name: str):
    (tmp_path / "data.trig").write_text(TRIG, encoding="utf-8")
    store = open_source(graph=tmp_path / "data.trig")
    former = [tuple(None if t is None else str(t) for t in row) for row in store.query(
        (BEFORE / f"{name}.rq").read_text(encoding="utf-8"), use_default_graph_as_union=True)]
    if name == "articles-by-topic":
        former = with_sorted_paths(store, former)
    now = [tuple(None if t is None else str(t) for t in row) for row in collect(run_query(store, ready_queries()[name])).rows]
    assert now == former
    if name == "articles-by-topic":   # each topic's paths sorted, GROUP_CONCAT's language rule kept
        assert now == [(f"<{EX}k1>", f'"2"{INTEGER}', '"a.md b/一.md"'), (f"<{EX}k2>", f'"2"{INTEGER}', '"b/一.md c d.md"'),
                       (f"<{EX}k3>", f'"1"{INTEGER}', '"c d.md"@en'), (f"<{EX}k5>", f'"1"{INTEGER}', None)]
    former = [tuple(map(str, row)) for row in former]
    if name == "co-occurring-people":
        assert former[:2] == [(f"<{EX}p2>", f"<{EX}p3>", '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'),
                              (f"<{EX}p2>", f"<{EX}p4>", '"2"^^<http://www.w3.org/2001/XMLSchema#integer>')]
    if name == "speakers-by-event":
        assert (f"<{EX}e1>", f"<{EX}p3>", '"甲"@zh') not in former   # p3 is given no event with t1
        assert (None, f"<{EX}p4>", None) not in former and ("None", f"<{EX}p4>", "None") in former


def test_only_the_first_pairs_are_ranked(tmp_path: Path, monkeypatch):
    import graphkit.summary
    monkeypatch.setattr(graphkit.summary, "RANKED", 3)
    (tmp_path / "data.trig").write_text(TRIG, encoding="utf-8")
    store = open_source(graph=tmp_path / "data.trig")
    former = (BEFORE / "co-occurring-people.rq").read_text(encoding="utf-8").replace("LIMIT 1000", "LIMIT 3")
    expected = [tuple(map(str, row)) for row in store.query(former, use_default_graph_as_union=True)]
    assert len(expected) == 3
    assert [tuple(map(str, r)) for r in collect(run_query(store, ready_queries()["co-occurring-people"])).rows] \
        == expected


def test_ranked_orders_rows_as_sparql_orders_terms():
    iri, zh = "<http://example.org/{}>".format, '"{}"@zh'.format
    rows = [(iri("e2"), iri("b"), zh("乙")), (None, iri("c"), zh("甲")), (iri("e1"), iri("b"), None),
            (iri("e1"), iri("a-b"), zh("甲")), (iri("e1"), iri("a"), zh("甲 乙")), (iri("e1"), iri("a"), zh("甲"))]
    # unbound first, IRIs by their text (a before a-b, though "<…a>" sorts after "<…a-b>"),
    # strings by their value (甲 before 甲 乙, though '"甲"' sorts after '"甲 乙"')
    assert ranked(rows, [False, False, False]) == [rows[1], rows[5], rows[4], rows[3], rows[2], rows[0]]
    counts = [(f'"{n}"{INTEGER}', iri(t)) for n, t in [(1, "b"), (20, "c"), (1, "a")]]
    assert ranked(counts, [True, False]) == [counts[1], counts[2], counts[0]]   # 20 > 1: numbers, not text


def test_ranked_leaves_to_pyoxigraph_the_terms_graphkit_ordering_cannot_order(tmp_path: Path):
    # talks titled by dates (graphkit.ordering orders no xsd:date): the summary asks pyoxigraph,
    # in memory, for their order
    date = "^^<http://www.w3.org/2001/XMLSchema#date>"
    rows = [(None, "<http://example.org/p>", f'"{d}"{date}') for d in ("2024-01-02", "2023-12-31", "2024-01-01")]
    assert ranked(rows, [False, False, True]) == [rows[0], rows[2], rows[1]]
    (tmp_path / "dates.trig").write_text(f"""@prefix schema: <https://schema.org/> .
@prefix gk: <https://w3id.org/graphkit/ontology#> . @prefix ex: <{EX}> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:g1 {{ ex:t1 a gk:Talk ; schema:name "2024-01-02"^^xsd:date, "2023-12-31"^^xsd:date ; schema:performer ex:p1, ex:p2 . }}
ex:g2 {{ ex:t2 a gk:Talk ; schema:name "2024-01-01"^^xsd:date ; schema:performer ex:p1 ; schema:superEvent ex:e1 . }}
""", encoding="utf-8")
    store = open_source(graph=tmp_path / "dates.trig")
    former = [tuple(map(str, row)) for row in store.query(
        (BEFORE / "speakers-by-event.rq").read_text(encoding="utf-8"), use_default_graph_as_union=True)]
    assert len(former) == 5
    assert [tuple(map(str, r)) for r in collect(run_query(store, ready_queries()["speakers-by-event"])).rows] == former


def test_an_edit_inserting_rows_ranks_them_between_the_others(tmp_path: Path, sample_dir: Path, monkeypatch):
    import shutil

    import graphkit.store
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(sample_dir / "tvp-luzhou-laojiao.md", corpus)
    folder = tmp_path / "st"
    build_store([corpus], folder)
    updates = []
    real = graphkit.store.summary_update
    monkeypatch.setattr(graphkit.store, "summary_update", lambda d, i: updates.append((d, i)) or real(d, i))
    # a talk by a speaker whose IRI sorts among the others', at the sample's event: a row in
    # the middle of speakers-by-event, and a topic (its title) in the middle of articles-by-topic
    with open(corpus / "tvp-luzhou-laojiao.md", "a", encoding="utf-8") as handle:
        handle.write("\n本次「TVP 走进泸州老窖」闭门交流会上，李明，腾讯云架构师，分享了《云原生的下一步》。\n")
    build_store([corpus], folder)
    assert summary_quads(folder) == built_summary(corpus)
    store = open_source(store=folder)
    now = {}
    try:
        for name in ("speakers-by-event", "articles-by-topic"):
            former = [tuple(None if t is None else str(t) for t in row) for row in store.query(
                (BEFORE / f"{name}.rq").read_text(encoding="utf-8"), use_default_graph_as_union=True)]
            if name == "articles-by-topic":
                former = with_sorted_paths(store, former)
            now[name] = [tuple(None if t is None else str(t) for t in row)
                         for row in collect(run_query(store, ready_queries()[name])).rows]
            assert now[name] == former, name
    finally:
        del store
    person, topic = "<https://w3id.org/graphkit/id/person/{}>".format, "<https://w3id.org/graphkit/id/topic/{}>".format
    speakers = [row[1] for row in now["speakers-by-event"]]
    assert len(speakers) == 10 and speakers.index(person("李明")) == 3   # 李忠 < 李明 < 王健
    assert now["articles-by-topic"][0][0] == topic("云原生的下一步")   # 云 U+4E91 sorts first
    # the other rows keep their ranks: only the new listing's and the new topic's are written
    [(deleted, inserted)] = updates
    rank = re.compile(r" <https://w3id.org/graphkit/ontology#(listing|topic)Rank> ")
    assert [line for line in deleted if rank.search(line)] == []
    assert sorted(rank.search(line).group(1) for line in inserted if rank.search(line)) == ["listing", "topic"]


def test_ranks_stay_where_the_order_keeps_them():
    from graphkit.summary import GAP, _ranks
    assert _ranks(["a", "b", "c"], {}) == [GAP, 2 * GAP, 3 * GAP]   # afresh
    # b is new between a and c, e moved from the front to the end, d new at the end
    previous = {"e": 5, "a": 10, "c": 30}
    assert _ranks(["a", "b", "c", "e", "d"], previous) == [10, 20, 30, 30 + GAP, 30 + 2 * GAP]
    # the longest run in order is kept (a, c, d), not the first one met (x)
    assert _ranks(["x", "a", "c", "d"], {"x": 100, "a": 10, "c": 20, "d": 30}) == [5, 10, 20, 30]
    # no integer left between 1 and 2 for b: all numbered afresh
    assert _ranks(["a", "b", "c"], {"a": 1, "c": 2}) == [GAP, 2 * GAP, 3 * GAP]
