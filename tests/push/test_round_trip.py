"""``graphkit push`` and back, against each real server on loopback (``store_server``: Oxigraph,
then Virtuoso through its digest-authenticated Graph Store endpoint): counts and a query over
HTTP, idempotence, append mode, a changed document, an interrupted push and its re-run.
What one server alone does is tested in test_oxigraph.py and test_virtuoso.py."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from _push_support import push, quads_in

import graphkit.push
from graphkit.cli import cli

TVP_GRAPH = "https://w3id.org/graphkit/id/graph/tvp-luzhou-laojiao"


def test_push_sample_build_loads_every_triple(store_server, sample_outdir: Path) -> None:
    result = push(sample_outdir, *store_server.push_args)
    assert result.exit_code == 0, result.output
    expected = quads_in(sample_outdir)
    assert re.fullmatch(rf"graphkit: pushed 1 graphs, {expected} triples to {re.escape(store_server.endpoint)} "
                        r"in \d+\.\d s\n", result.stderr)
    assert store_server.count() == expected
    assert store_server.graphs() == store_server.holds(sample_outdir)
    # a SELECT, not an ASK: Virtuoso answers ASK with a row binding __ASK_RETVAL, not a boolean
    rows = store_server.select(
        'PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/> '
        'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?g WHERE { GRAPH ?g { ?m org:member/schema:name '
        '"苏王辉"@zh ; org:role/rdfs:label "CIO" ; org:organization/schema:name "泸州老窖"@zh } }')
    assert [row["g"].value for row in rows] == [TVP_GRAPH]


def test_pushing_twice_doubles_nothing(store_server, articles_outdir: Path) -> None:
    for _ in range(2):
        result = push(articles_outdir, *store_server.push_args, "--batch", "7")
        assert result.exit_code == 0, result.output
        assert store_server.count() == quads_in(articles_outdir)
    assert store_server.graphs() == store_server.holds(articles_outdir)


def test_append_mode_adds_to_what_is_there(store_server, sample_outdir: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.nq"
    extra.write_text(f"<http://example.org/s> <http://example.org/p> <http://example.org/o> <{TVP_GRAPH}> .\n")
    assert push(sample_outdir, *store_server.push_args).exit_code == 0
    assert push(extra, *store_server.push_args, "--mode", "append").exit_code == 0
    assert store_server.count() == quads_in(sample_outdir) + 1
    # the build appended onto its own graph keeps the extra triple and doubles none of its own
    assert push(sample_outdir, *store_server.push_args, "--mode", "append").exit_code == 0
    assert store_server.count() == quads_in(sample_outdir) + 1
    assert push(sample_outdir, *store_server.push_args).exit_code == 0
    assert store_server.count() == quads_in(sample_outdir)


def test_changed_document_changes_only_its_graph(store_server, tmp_path: Path, sample_dir: Path,
                                                 tests_data: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_dir, corpus)
    shutil.copytree(tests_data / "articles", corpus / "articles")
    before, after = tmp_path / "before", tmp_path / "after"
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(before), "--quiet"]).exit_code == 0
    assert push(before, *store_server.push_args).exit_code == 0
    pushed_before = store_server.graphs()

    article = corpus / "tvp-luzhou-laojiao.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n会后，华东师范大学教授韩梅梅发表了总结。\n",
                       encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(corpus), "-o", str(after), "--quiet"]).exit_code == 0
    assert push(after, *store_server.push_args).exit_code == 0
    pushed_after = store_server.graphs()

    changed = {g for g in pushed_before.keys() | pushed_after.keys()
               if pushed_before.get(g) != pushed_after.get(g)}
    assert changed == {TVP_GRAPH}
    assert pushed_after == store_server.holds(after)
    assert any("韩梅梅" in t for t in pushed_after[TVP_GRAPH])


def test_server_stopped_mid_push_is_one_error_line_and_a_rerun_completes(
        store_server, articles_outdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_push = graphkit.push.push
    seen: list[int] = []

    def push_then_stop_the_server(*args, on_graph=None, **kwargs):
        def stop_after_first(done, total, graph):
            seen.append(done)
            if done == 1:
                store_server.stop()
            on_graph(done, total, graph)
        return real_push(*args, on_graph=stop_after_first, **kwargs)

    # a context, not monkeypatch.undo(): that would also drop the fixture's GRAPHKIT_PASSWORD
    with monkeypatch.context() as patch:
        patch.setattr(graphkit.push, "push", push_then_stop_the_server)
        result = push(articles_outdir, *store_server.push_args, "--retries", "1")
    assert seen == [1]
    assert result.exit_code == 1
    total = len(store_server.holds(articles_outdir))
    assert result.stderr == (f"Error: {store_server.endpoint}: cannot reach the server (connection refused) "
                             f"after 2 attempt(s); 1 of {total} graphs pushed, a re-run sends them all\n")
    assert result.stdout == ""

    store_server.start()  # the same store: the first graph is there
    assert len(store_server.graphs()) == 1
    result = push(articles_outdir, *store_server.push_args)
    assert result.exit_code == 0, result.output
    assert store_server.count() == quads_in(articles_outdir)


def test_pushing_a_store_sends_its_document_graphs_not_its_summary(store_server, sample_outdir: Path,
                                                                   sample_dir: Path, tmp_path: Path) -> None:
    from graphkit.store import build_store
    build_store([sample_dir], tmp_path / "st")
    result = push(tmp_path / "st", *store_server.push_args)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"graphkit: pushed 1 graphs, {quads_in(sample_outdir)} triples ")
    # the graph names only: a store keeps some datatypes as others (xsd:integer for
    # xsd:nonNegativeInteger), which Virtuoso gives back as sent
    assert set(store_server.graphs()) == set(store_server.holds(sample_outdir))
