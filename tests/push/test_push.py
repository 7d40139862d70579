"""``graphkit push`` against a real Oxigraph server on loopback: counts, idempotence, a changed
document, an interrupted push and its re-run, SPARQL Update, dry run."""
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


def quads_in(outdir: Path) -> int:
    return sum(1 for line in (outdir / "graph.nq").read_bytes().splitlines() if line.strip())


def as_oxigraph_holds(outdir: Path) -> dict[str, frozenset[str]]:
    """A build's graphs as an Oxigraph store holds them: its storage reads some datatypes back
    as others (xsd:nonNegativeInteger as xsd:integer); test_auth.py checks the bytes sent."""
    store = ox.Store()
    store.extend(ox.parse(path=str(outdir / "graph.nq")))
    graphs: dict[str, set[str]] = {}
    for quad in store:
        graphs.setdefault(quad.graph_name.value, set()).add(str(quad.triple))
    return {g: frozenset(t) for g, t in graphs.items()}


def push(*args: str):
    return CliRunner().invoke(cli, ["push", *args])


def test_push_sample_build_loads_every_triple(oxigraph, sample_outdir: Path) -> None:
    result = push(str(sample_outdir), "--to", oxigraph.url, "--server", "oxigraph")
    assert result.exit_code == 0, result.output
    expected = quads_in(sample_outdir)
    assert re.fullmatch(rf"graphkit: pushed 1 graphs, {expected} triples to {re.escape(oxigraph.url)}/store "
                        r"in \d+\.\d s\n", result.stderr)
    assert oxigraph.count() == expected
    ask = httpx.post(f"{oxigraph.url}/query", headers={"Accept": "application/sparql-results+json"}, data={
        "query": 'PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/> '
                 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { GRAPH ?g { ?m org:member/schema:name '
                 '"苏王辉"@zh ; org:role/rdfs:label "CIO" ; org:organization/schema:name "泸州老窖"@zh } }'})
    assert ask.json()["boolean"] is True


def test_pushing_twice_doubles_nothing(oxigraph, articles_outdir: Path) -> None:
    for _ in range(2):
        result = push(str(articles_outdir), "--to", oxigraph.url, "--server", "oxigraph", "--batch", "7")
        assert result.exit_code == 0, result.output
        assert oxigraph.count() == quads_in(articles_outdir)
    assert oxigraph.graphs() == as_oxigraph_holds(articles_outdir)


def test_append_mode_adds_to_what_is_there(oxigraph, sample_outdir: Path) -> None:
    httpx.post(f"{oxigraph.url}/store", params={"graph": "https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"},
               content=b"<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n",
               headers={"Content-Type": "application/n-triples"}).raise_for_status()
    assert push(str(sample_outdir), "--to", oxigraph.url, "--server", "oxigraph", "--mode", "append").exit_code == 0
    assert oxigraph.count() == quads_in(sample_outdir) + 1
    assert push(str(sample_outdir), "--to", oxigraph.url, "--server", "oxigraph").exit_code == 0
    assert oxigraph.count() == quads_in(sample_outdir)


def test_changed_document_changes_only_its_graph(oxigraph, tmp_path: Path, sample_dir: Path,
                                                 tests_data: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir, corpus)
    shutil.copytree(tests_data / "articles", corpus / "articles")
    before, after = tmp_path / "before", tmp_path / "after"
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(before), "--quiet"]).exit_code == 0
    assert push(str(before), "--to", oxigraph.url, "--server", "oxigraph").exit_code == 0
    pushed_before = oxigraph.graphs()

    article = corpus / "tvp-luzhou-laojiao.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n会后，华东师范大学教授韩梅梅发表了总结。\n",
                       encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(after), "--quiet"]).exit_code == 0
    assert push(str(after), "--to", oxigraph.url, "--server", "oxigraph").exit_code == 0
    pushed_after = oxigraph.graphs()

    changed = {g for g in pushed_before.keys() | pushed_after.keys()
               if pushed_before.get(g) != pushed_after.get(g)}
    assert changed == {"https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"}
    assert pushed_after == as_oxigraph_holds(after)
    assert any("韩梅梅" in t for t in pushed_after["https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"])


def test_server_stopped_mid_push_is_one_error_line_and_a_rerun_completes(
        oxigraph, articles_outdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_push = graphkit.push.push
    seen: list[int] = []

    def push_then_stop_the_server(*args, on_graph=None, **kwargs):
        def stop_after_first(done, total, graph):
            seen.append(done)
            if done == 1:
                oxigraph.stop()
            on_graph(done, total, graph)
        return real_push(*args, on_graph=stop_after_first, **kwargs)

    monkeypatch.setattr(graphkit.push, "push", push_then_stop_the_server)
    result = push(str(articles_outdir), "--to", oxigraph.url, "--server", "oxigraph", "--retries", "1")
    monkeypatch.undo()
    assert seen == [1]
    assert result.exit_code == 1
    total = len(as_oxigraph_holds(articles_outdir))
    assert result.stderr == (f"Error: {oxigraph.url}/store: cannot reach the server (connection refused) "
                             f"after 2 attempt(s); 1 of {total} graphs pushed, a re-run sends them all\n")
    assert result.stdout == ""

    oxigraph.start()  # the same location: the first graph is there
    assert len(oxigraph.graphs()) == 1
    result = push(str(articles_outdir), "--to", oxigraph.url, "--server", "oxigraph")
    assert result.exit_code == 0, result.output
    assert oxigraph.count() == quads_in(articles_outdir)


def test_sparql_update_endpoint_in_chunks(oxigraph, articles_outdir: Path) -> None:
    # tests/data/articles/injection.md holds quotes, braces and </script>: terms must be escaped
    for _ in range(2):
        result = push(str(articles_outdir), "--to", oxigraph.url, "--update-endpoint", f"{oxigraph.url}/update",
                      "--batch", "5")
        assert result.exit_code == 0, result.output
        assert f"triples to {oxigraph.url}/update in" in result.stderr
    assert oxigraph.graphs() == as_oxigraph_holds(articles_outdir)


def test_store_folder_and_rdf_file_sources(oxigraph, sample_outdir: Path, sample_dir: Path, tmp_path: Path) -> None:
    from graphkit.store import build_store
    build_store([sample_dir], tmp_path / "store")
    assert push(str(tmp_path / "store"), "--to", oxigraph.url, "--server", "oxigraph").exit_code == 0
    assert oxigraph.count() == quads_in(sample_outdir)
    assert push(str(sample_outdir / "graph.nq"), "--to", oxigraph.url, "--server", "oxigraph").exit_code == 0
    assert oxigraph.count() == quads_in(sample_outdir)


def test_dry_run_sends_nothing(oxigraph, articles_outdir: Path) -> None:
    result = push(str(articles_outdir), "--to", oxigraph.url, "--server", "oxigraph", "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    graphs = as_oxigraph_holds(articles_outdir)
    assert len(lines) == len(graphs)
    assert all(line.startswith(f"PUT {oxigraph.url}/store?graph=https%3A%2F%2Fw3id.org%2F") for line in lines)
    assert oxigraph.count() == 0
