"""``graphkit push --server virtuoso --user dba --auth digest`` against a real Virtuoso on loopback
(its Graph Store endpoint /sparql-graph-crud-auth): counts and a query over HTTP, idempotence, a
changed document, an interrupted push and its re-run, a wrong password, Basic authentication
refused, SPARQL Update, and what Virtuoso keeps of the terms it is sent."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import graphkit.cli.build  # noqa: F401  (registers the commands)
import graphkit.cli.push  # noqa: F401
import graphkit.push
from graphkit.cli import cli

VIRTUOSO = ["--server", "virtuoso", "--user", "dba", "--auth", "digest"]
XSD_DURATION = "http://www.w3.org/2001/XMLSchema#duration"


@pytest.fixture(autouse=True)
def dba_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc of the machine
    monkeypatch.setenv("GRAPHKIT_PASSWORD", "dba")


def push(source: Path, url: str, *args: str):
    return CliRunner().invoke(cli, ["push", str(source), "--to", url, *VIRTUOSO, *args])


def quads_in(outdir: Path) -> int:
    return sum(1 for line in (outdir / "graph.nq").read_bytes().splitlines() if line.strip())


def as_virtuoso_holds(outdir: Path) -> dict[str, frozenset[str]]:
    """A build's graphs as Virtuoso keeps them: it stores an xsd:duration as its seconds, and
    reads graphkit's "PT21M" back as "1260.0" (test_terms_as_virtuoso_keeps_them)."""
    graphs: dict[str, set[str]] = {}
    for quad in ox.parse(path=str(outdir / "graph.nq")):
        triple = quad.triple
        if isinstance(triple.object, ox.Literal) and triple.object.datatype.value == XSD_DURATION:
            minutes = re.fullmatch(r"PT(\d+)M", triple.object.value)
            assert minutes, f"a duration graphkit does not write: {triple.object}"
            seconds = ox.Literal(f"{int(minutes[1]) * 60}.0", datatype=ox.NamedNode(XSD_DURATION))
            triple = ox.Triple(triple.subject, triple.predicate, seconds)
        graphs.setdefault(quad.graph_name.value, set()).add(str(triple))
    return {g: frozenset(t) for g, t in graphs.items()}


def test_push_sample_build_loads_every_triple(virtuoso, sample_outdir: Path) -> None:
    result = push(sample_outdir, virtuoso.url)
    assert result.exit_code == 0, result.output
    expected = quads_in(sample_outdir)
    assert re.fullmatch(rf"graphkit: pushed 1 graphs, {expected} triples to {re.escape(virtuoso.url)}"
                        r"/sparql-graph-crud-auth in \d+\.\d s\n", result.stderr)
    assert virtuoso.count() == expected
    assert virtuoso.graphs() == as_virtuoso_holds(sample_outdir)
    # a SELECT, not an ASK: this Virtuoso answers ASK with a row binding __ASK_RETVAL, not a boolean
    rows = virtuoso.select(
        'PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/> '
        'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?g WHERE { GRAPH ?g { ?m org:member/schema:name '
        '"苏王辉"@zh ; org:role/rdfs:label "CIO" ; org:organization/schema:name "泸州老窖"@zh } }')
    assert [row["g"].value for row in rows] == ["https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"]


def test_pushing_twice_doubles_nothing(virtuoso, articles_outdir: Path) -> None:
    for _ in range(2):
        result = push(articles_outdir, virtuoso.url, "--batch", "7")
        assert result.exit_code == 0, result.output
        assert virtuoso.count() == quads_in(articles_outdir)
    assert virtuoso.graphs() == as_virtuoso_holds(articles_outdir)


def test_append_mode_adds_to_what_is_there(virtuoso, sample_outdir: Path, tmp_path: Path) -> None:
    assert push(sample_outdir, virtuoso.url).exit_code == 0
    extra = tmp_path / "extra.nq"
    extra.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> "
                     "<https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao> .\n")
    assert push(extra, virtuoso.url, "--mode", "append").exit_code == 0  # POST
    assert virtuoso.count() == quads_in(sample_outdir) + 1
    assert push(sample_outdir, virtuoso.url).exit_code == 0
    assert virtuoso.count() == quads_in(sample_outdir)


def test_changed_document_changes_only_its_graph(virtuoso, tmp_path: Path, sample_dir: Path,
                                                 tests_data: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir, corpus)
    shutil.copytree(tests_data / "articles", corpus / "articles")
    before, after = tmp_path / "before", tmp_path / "after"
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(before), "--quiet"]).exit_code == 0
    assert push(before, virtuoso.url).exit_code == 0
    pushed_before = virtuoso.graphs()

    article = corpus / "tvp-luzhou-laojiao.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n会后，华东师范大学教授韩梅梅发表了总结。\n",
                       encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(after), "--quiet"]).exit_code == 0
    assert push(after, virtuoso.url).exit_code == 0
    pushed_after = virtuoso.graphs()

    changed = {g for g in pushed_before.keys() | pushed_after.keys()
               if pushed_before.get(g) != pushed_after.get(g)}
    assert changed == {"https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"}
    assert pushed_after == as_virtuoso_holds(after)
    assert any("韩梅梅" in t for t in pushed_after["https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"])


def test_server_stopped_mid_push_is_one_error_line_and_a_rerun_completes(
        virtuoso, articles_outdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_push = graphkit.push.push
    seen: list[int] = []

    def push_then_stop_the_server(*args, on_graph=None, **kwargs):
        def stop_after_first(done, total, graph):
            seen.append(done)
            if done == 1:
                virtuoso.stop()
            on_graph(done, total, graph)
        return real_push(*args, on_graph=stop_after_first, **kwargs)

    monkeypatch.setattr(graphkit.push, "push", push_then_stop_the_server)
    result = push(articles_outdir, virtuoso.url, "--retries", "1")
    monkeypatch.setattr(graphkit.push, "push", real_push)
    assert seen == [1]
    assert result.exit_code == 1
    total = len(as_virtuoso_holds(articles_outdir))
    assert result.stderr == (f"Error: {virtuoso.url}/sparql-graph-crud-auth: cannot reach the server "
                             f"(connection refused) after 2 attempt(s); 1 of {total} graphs pushed, "
                             "a re-run sends them all\n")
    assert result.stdout == ""

    virtuoso.start()  # the same database: the first graph is there
    assert len(virtuoso.graphs()) == 1
    result = push(articles_outdir, virtuoso.url)
    assert result.exit_code == 0, result.output
    assert virtuoso.count() == quads_in(articles_outdir)


def test_wrong_password_is_one_error_line(virtuoso, sample_outdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHKIT_PASSWORD", "not-dba")
    result = push(sample_outdir, virtuoso.url)
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {virtuoso.url}/sparql-graph-crud-auth: PUT refused: HTTP 401 Unauthorized "
                             "(check --user, GRAPHKIT_PASSWORD, ~/.netrc or GRAPHKIT_TOKEN); 0 of 1 graphs pushed, "
                             "a re-run sends them all\n")
    assert "not-dba" not in result.output
    assert virtuoso.count() == 0


def test_sparql_update_endpoint_with_digest(virtuoso, articles_outdir: Path) -> None:
    # Virtuoso's authenticated SPARQL endpoint takes SPARQL Update; the articles hold no
    # xsd:duration, which its INSERT DATA refuses (see the README)
    for _ in range(2):
        result = push(articles_outdir, virtuoso.url, "--update-endpoint", f"{virtuoso.url}/sparql-auth",
                      "--batch", "20")  # a few requests per graph
        assert result.exit_code == 0, result.output
    assert virtuoso.graphs() == as_virtuoso_holds(articles_outdir)


def test_terms_as_virtuoso_keeps_them(virtuoso, tests_data: Path) -> None:
    # pyoxigraph already lowercases language tags (@en-US is sent as @en-us); Virtuoso writes
    # decimals in canonical form and keeps a duration as seconds; the rest comes back as sent
    assert push(tests_data / "push" / "terms.nq", virtuoso.url).exit_code == 0
    assert virtuoso.graphs() == {"https://w3id.org/graphkit/id/graph/terms": frozenset({
        '<https://w3id.org/graphkit/id/person/张三> <https://schema.org/name> "张三"@zh',
        '<https://w3id.org/graphkit/id/person/张三> <https://schema.org/alternateName> "Zhang San"@en-us',
        '<https://w3id.org/graphkit/id/evidence/e1> <http://www.w3.org/ns/oa#start> '
        '"0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>',
        '<https://w3id.org/graphkit/id/evidence/e1> <https://w3id.org/graphkit/ontology#confidence> '
        '"0.5"^^<http://www.w3.org/2001/XMLSchema#decimal>',
        '<https://w3id.org/graphkit/id/evidence/e1> <http://www.w3.org/ns/oa#exact> '
        '"「引号」 \\"quoted\\" {braces} </script> \\\\ 😀\\nline two"',
        '<https://w3id.org/graphkit/id/article/a> <https://schema.org/datePublished> '
        '"2023-06-26"^^<http://www.w3.org/2001/XMLSchema#date>',
        '<https://w3id.org/graphkit/id/article/a> <https://schema.org/timeRequired> '
        '"1260.0"^^<http://www.w3.org/2001/XMLSchema#duration>',
    })}


def test_basic_auth_is_refused_before_sending(virtuoso, sample_outdir: Path) -> None:
    # Virtuoso answers Basic credentials with a bare 401 (no challenge), which reads as a wrong password
    answer = httpx.put(f"{virtuoso.url}/sparql-graph-crud-auth", params={"graph": "http://example.org/g"},
                       auth=httpx.BasicAuth("dba", "dba"), content=b"", headers={"Content-Type": "application/n-triples"})
    assert (answer.status_code, answer.headers.get("WWW-Authenticate")) == (401, None)
    result = CliRunner().invoke(cli, ["push", str(sample_outdir), "--to", virtuoso.url, "--server", "virtuoso",
                                      "--user", "dba"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: --auth: Virtuoso's /sparql-graph-crud-auth takes digest authentication "
                             "only; add --auth digest\n")
