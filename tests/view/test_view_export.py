"""GraphML and GEXF exports of the view, and the ``graphkit view`` command."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphkit.cli import cli
import graphkit.cli.view  # noqa: F401  (registers the command)
from graphkit.errors import ViewError
import graphkit
from graphkit.view import neighbourhood, to_networkx
from graphkit.view.export import flat_view, format_for, write_view

ROOT = Path(__file__).resolve().parents[2]
SU, LUZHOU = "https://w3id.org/graphkit/id/person/苏王辉", "https://w3id.org/graphkit/id/organization/泸州老窖"


@pytest.fixture(scope="module")
def view(sample_build):
    return to_networkx(sample_build.all_quads())


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_the_same_nodes_edges_and_labels(view, tmp_path, fmt, read):
    path = tmp_path / f"view.{fmt}"
    assert write_view(view, path) == fmt
    back = read(path)
    assert set(back) == set(view) and back.number_of_edges() == view.number_of_edges()
    cio = [d for u, v, d in back.edges(data=True) if (u, v) == (SU, LUZHOU) and d.get("relation") == "CIO"]
    assert len(cio) == 1 and cio[0]["evidence"] == "tvp-luzhou-laojiao.md: 泸州老窖 CIO、腾讯云 TVP 苏王辉"
    assert back.nodes[SU]["kind"] == "person" and back.nodes[SU]["roles"] == "CIO, 泸州老窖 | TVP, 腾讯云"


def test_flat_view_holds_only_strings_and_numbers(view):
    flat = flat_view(view)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for *_, d in flat.edges(data=True) for v in d.values()]
    assert values and all(isinstance(v, (str, int, float)) for v in values)


def test_format_from_extension_or_option():
    assert format_for("a.graphml") == "graphml" and format_for("a.txt", "gexf") == "gexf"
    with pytest.raises(ViewError, match=r"a\.txt: cannot tell the format from the extension '\.txt'"):
        format_for("a.txt")


def run(*args: str):
    return CliRunner().invoke(cli, ["view", *args], catch_exceptions=False)


def test_view_command_writes_a_page_for_one_focus(tmp_path):
    out = tmp_path / "su.html"
    result = run(str(ROOT / "exports"), "-o", str(out), "--focus", "苏王辉", "--depth", "1")
    assert result.exit_code == 0, result.output
    expected = neighbourhood(to_networkx(graphkit.load(ROOT / "exports")), "苏王辉", 1)
    assert result.output.strip() == f"{out}: {len(expected)} nodes, {expected.number_of_edges()} edges"
    page = out.read_text(encoding="utf-8")
    assert "<title>graphkit: 苏王辉 (depth 1)</title>" in page and '"borderWidth":4' in page


def test_view_command_exports_graphml_by_format_option(tmp_path):
    out = tmp_path / "view.xml"
    result = run(str(ROOT / "exports"), "-o", str(out), "--format", "graphml", "--kinds", "person,organization")
    assert result.exit_code == 0, result.output
    assert {d["kind"] for _, d in nx.read_graphml(out).nodes(data=True)} == {"person", "organization"}


@pytest.mark.parametrize("args, code, message", [
    (["--focus", "无名氏"], 1, "Error: no entity named '无名氏' in the graph"),
    (["--kinds", "people"], 2, "unknown kind 'people'"),
    (["--depth", "-1", "--focus", "苏王辉"], 2, "--depth"),
])
def test_view_command_errors_are_one_line(tmp_path, args, code, message):
    result = CliRunner().invoke(cli, ["view", str(ROOT / "exports"), "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == code
    assert message in result.output
    assert not (tmp_path / "x.html").exists()


def test_view_command_rejects_an_unknown_extension_before_reading(tmp_path):
    result = CliRunner().invoke(cli, ["view", str(ROOT / "exports"), "-o", str(tmp_path / "x.png")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].endswith("use .html, .graphml or .gexf, or --format")
