"""The public Python API: ``graphkit.__all__`` and the functions the README shows."""
from __future__ import annotations

import inspect
from pathlib import Path

import networkx as nx
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import graphkit

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data"
SOURCE_PATH = rdflib.URIRef("https://w3id.org/graphkit/ontology#sourcePath")
HEADLINE = "TVP走进泸州老窖：数字化时代下，共话加速转型之道"


def public_names(module) -> set[str]:
    """Functions and classes of graphkit's own that the package namespace holds without a '_'."""
    return {name for name, value in vars(module).items()
            if not name.startswith("_") and (inspect.isfunction(value) or inspect.isclass(value))
            and value.__module__.split(".")[0] == "graphkit"}


def test_all_lists_exactly_the_public_names():
    assert len(graphkit.__all__) == len(set(graphkit.__all__))
    assert set(graphkit.__all__) == public_names(graphkit) | {"__version__"}


def test_star_import_gives_all():
    namespace: dict[str, object] = {}
    exec("from graphkit import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(graphkit.__all__)


def test_version_is_the_installed_one():
    from importlib.metadata import version

    assert graphkit.__version__ == version("graphkit")


def named_graphs(dataset: rdflib.Dataset) -> list[rdflib.Graph]:
    return [g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID]


def test_build_dataset_has_one_named_graph_per_article(tmp_path: Path):
    for name, title in (("one.md", "第一篇"), ("sub/two.md", "第二篇")):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"---\ntitle: {title}\n---\n张三（Zhang San）说：你好。\n", encoding="utf-8")
    dataset = graphkit.build_dataset([tmp_path])
    assert isinstance(dataset, rdflib.Dataset)
    assert len(dataset.graph(DATASET_DEFAULT_GRAPH_ID)) == 0
    by_path = {str(o): g.identifier for g in named_graphs(dataset) for o in g.objects(None, SOURCE_PATH)}
    assert sorted(by_path) == ["one.md", "sub/two.md"]
    assert len(set(by_path.values())) == 2 == len(named_graphs(dataset))


def test_build_dataset_on_the_sample_holds_the_build(tmp_path: Path):
    dataset = graphkit.build_dataset([SAMPLE])
    (graph,) = named_graphs(dataset)
    quads = graphkit.build([SAMPLE]).all_quads()
    assert {q.graph_name.value for q in quads} == {str(graph.identifier)}
    assert len(graph) == len(set(quads))
    assert [str(h) for h in graph.objects(None, rdflib.URIRef("https://schema.org/headline"))] == [HEADLINE]


def test_load_dataset_reads_a_build_folder(tmp_path: Path):
    graphkit.write_outputs(graphkit.build([SAMPLE]), tmp_path)
    loaded = graphkit.load_dataset(tmp_path)
    built = graphkit.build_dataset([SAMPLE])
    assert {(s, p, o, g) for s, p, o, g in loaded.quads()} == {(s, p, o, g) for s, p, o, g in built.quads()}


def view_of(graph: nx.MultiDiGraph) -> tuple[dict, list]:
    return dict(graph.nodes(data=True)), sorted(graph.edges(keys=True, data="relation"))


def test_to_networkx_on_a_build_folder(tmp_path: Path):
    result = graphkit.build([SAMPLE])
    graphkit.write_outputs(result, tmp_path)
    view = graphkit.to_networkx(tmp_path)
    assert isinstance(view, nx.MultiDiGraph)
    articles = [d for _, d in view.nodes(data=True) if d["kind"] == "article"]
    assert [a["label"] for a in articles] == [HEADLINE]
    # the folder, its files and the in-memory build give the same view
    assert view_of(view) == view_of(graphkit.to_networkx(result))
    assert view_of(view) == view_of(graphkit.to_networkx(tmp_path / "graph.nq"))
    assert view_of(view) == view_of(graphkit.to_networkx(tmp_path / "graph.ttl"))
