"""``graphkit query``: ready queries on the sample, the results formats, one-line syntax errors,
read-only unless --update, and ``graphkit build --store``, driven as users do."""
from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit.cli.build  # noqa: F401  (registers the commands, as main() does)
import graphkit.cli.query  # noqa: F401
from graphkit.cli import cli
from graphkit.outputs import write_outputs
from graphkit.query import ready_queries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample(sample_build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder of a fresh build of the sample (the tests must not depend on exports/)."""
    folder = tmp_path_factory.mktemp("sample")
    write_outputs(copy.deepcopy(sample_build), folder)
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def rows(name: str, source: str, where: Path) -> list[dict[str, str]]:
    result = run("query", f"@{name}", source, str(where), "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))


ID = "https://w3id.org/graphkit/id/"
EXPECTED = {  # a row each ready query must give on the sample
    "people-by-org": {"organization": ID + "organization/泸州老窖", "person": ID + "person/苏王辉", "role": "CIO"},
    "speakers-by-event": {"event": ID + "event/tvp走进泸州老窖闭门交流会_2023-05-19", "speaker": ID + "person/周傲英",
                          "title": "从大数据到数字化：高质量发展的十年探索"},
    "orgs-by-size": {"organization": ID + "organization/腾讯云", "people": "9"},
    "co-occurring-people": {"person": ID + "person/周傲英", "other": ID + "person/苏王辉", "articles": "1"},
    "fact-provenance": {"path": "tvp-luzhou-laojiao.md", "start": "402", "end": "422",
                        "exact": "泸州老窖 CIO、腾讯云 TVP 苏王辉", "extractor": "roles", "confidence": "0.85"},
    "articles-by-topic": {"topic": ID + "topic/产业数智前瞻与落地探讨", "articles": "1",
                          "paths": "tvp-luzhou-laojiao.md"},
}


def test_every_ready_query_is_tested_and_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert sorted(ready_queries()) == sorted(EXPECTED)
    for name in ready_queries():
        assert f"graphkit query @{name}" in readme


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_ready_query_on_the_sample(sample, name: str):
    assert EXPECTED[name] in rows(name, "--graph", sample)


def test_orgs_by_size_counts_people_of_units_too(sample):
    counts = {r["organization"]: int(r["people"]) for r in rows("orgs-by-size", "--graph", sample)}
    assert counts[ID + "organization/腾讯云"] == 9 and counts[ID + "organization/腾讯云云产品四部"] == 1
    assert list(counts.values()) == sorted(counts.values(), reverse=True)


def test_table_is_aligned_with_prefixed_names_and_labels(sample):
    result = run("query", "@orgs-by-size", "--graph", str(sample))
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["organization", "people"]
    assert "organization:腾讯云 " in lines[2] and lines[2].endswith("9")
    assert any(line.startswith("organization:青宁信安 (青寕信安)") for line in lines)
    # the count column starts at the same terminal column on every line (Chinese is two wide)
    from graphkit.query import _width
    starts = {_width(line[:line.rfind(" ") + 1]) for line in lines[2:]}
    assert len(starts) == 1


def test_json_and_tsv_are_the_sparql_results_formats(sample):
    query = 'SELECT ?n WHERE { ?p <https://schema.org/name> ?n FILTER(?n = "苏王辉"@zh) }'
    result = run("query", query, "--graph", str(sample / "graph.nq"), "--format", "json")
    assert json.loads(result.stdout_bytes) == {"head": {"vars": ["n"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "苏王辉", "xml:lang": "zh"}}]}}
    result = run("query", query, "--graph", str(sample / "graph.ttl"), "--format", "tsv")
    assert result.stdout_bytes.decode("utf-8") == '?n\n"苏王辉"@zh\n'


def test_query_from_a_file(sample, tmp_path: Path):
    (tmp_path / "q.rq").write_text("ASK { ?s a <https://schema.org/Person> }", encoding="utf-8")
    result = run("query", f"@{tmp_path / 'q.rq'}", "--graph", str(sample))
    assert (result.exit_code, result.output) == (0, "true\n")


def test_a_syntax_error_is_one_line_with_line_and_column(sample):
    result = run("query", "SELECT ?x\nWHERE { ?x ?y }", "--graph", str(sample))
    assert result.exit_code == 1
    assert result.output.startswith("Error: query:2:16: expected one of ")  # pyoxigraph's column
    assert len(result.output.splitlines()) == 1


def test_usage_errors_exit_2(sample, tmp_path: Path):
    assert run("query", "ASK {}").exit_code == 2
    assert run("query", "ASK {}", "--graph", str(sample), "--store", str(tmp_path)).exit_code == 2
    assert run("query", "ASK {}", "--graph", str(sample), "--update").exit_code == 2
    missing = run("query", "@no-such-query", "--graph", str(sample))
    assert missing.exit_code == 1 and "ready queries: articles-by-topic," in missing.output


def test_build_store_then_query_read_only_unless_update(tmp_path: Path, sample_dir: Path):
    store = tmp_path / "st"
    built = run("build", str(sample_dir), "-o", str(tmp_path / "out"), "--store", str(store))
    assert built.exit_code == 0, built.output
    assert f"graphkit: store {store}: 1 graphs replaced, 0 dropped, 0 unchanged; 1 documents extracted, " \
           "0 from cache" in built.output
    assert EXPECTED["people-by-org"] in rows("people-by-org", "--store", store)
    update = "DELETE WHERE { GRAPH ?g { ?m a <http://www.w3.org/ns/org#Membership> ; ?p ?o } }"
    refused = run("query", update, "--store", str(store))
    assert refused.exit_code == 1
    assert refused.output == "Error: query: this is a SPARQL Update; the store is read-only (run it with --update)\n"
    assert EXPECTED["people-by-org"] in rows("people-by-org", "--store", store)
    assert run("query", update, "--store", str(store), "--update").exit_code == 0
    assert rows("people-by-org", "--store", store) == []
    again = run("build", str(sample_dir), "-o", str(tmp_path / "out"), "--store", str(store), "-q")
    assert again.exit_code == 0
    # the store's record still says the graph is unchanged: an update by hand is not undone
    assert rows("people-by-org", "--store", store) == []


def test_query_on_a_missing_store_names_it(tmp_path: Path):
    result = run("query", "ASK {}", "--store", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'none'}: no graphkit store here (build one with `graphkit build --store`)\n"
