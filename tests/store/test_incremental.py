"""Incremental builds reuse the graphs of documents whose inputs and resolved entities did
not change, and the store they leave equals a full build of the same files."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from _store_support import built_summary, store_quads, stored, summary_quads

from graphkit.pipeline import build
from graphkit.store import build_store, open_store

ID = "https://w3id.org/graphkit/id/"
ARTICLES = {
    # a rare variant spelling (寕): merged into 青宁信安 once another article spells it so
    "a.md": "---\ntitle: 甲\ndate: 2024-01-02\ntags: [\"Kubernetes\"]\n---\n青寕信安 CTO 林晓峰首先致辞。\n",
    "b.md": "---\ntitle: 乙\ndate: 2024-01-03\ntags: [\"kubernetes\"]\n---\n青宁信安技术总监赵雨桐在会上发言。\n",
    "c.md": "---\ntitle: 丙\ndate: 2024-01-04\n---\n北辰云首席架构师陈思远带来了《湖仓一体的工程实践》的主题演讲。\n",
    # names only the gazetteer finds, once an article such as c introduces them
    "d.md": "---\ntitle: 丁\n---\n毕业后他加入了北辰云，会后陈思远回答了现场的提问。\n",
}



def write(folder: Path, *names: str) -> None:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")


def graph_objects(folder: Path, document: str, predicate: str) -> set[str]:
    store = open_store(folder, read_only=True)
    try:
        graph = ox.NamedNode(f"{ID}graph/{document}")
        return {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, graph)}
    finally:
        del store


def test_a_merge_made_by_a_new_article_reaches_the_unchanged_article(tmp_path: Path):
    corpus, folder = tmp_path / "in", tmp_path / "st"
    write(corpus, "a.md", "c.md")
    build_store([corpus], folder)
    assert f"{ID}organization/青寕信安" in graph_objects(folder, "a", "https://schema.org/mentions")
    write(corpus, "b.md")
    result, changes = build_store([corpus], folder)
    assert result.report["cache"] == {"hits": 2, "extracted": 1, "mapped": 2}   # b, and a for its merge
    assert changes == {"graphs": 3, "replaced": 2, "dropped": 0, "unchanged": 1}
    assert f"{ID}organization/青宁信安" in graph_objects(folder, "a", "https://schema.org/mentions")
    assert store_quads(folder) == stored(build([corpus]).all_quads())
    assert summary_quads(folder) == built_summary(corpus)


def test_a_deletion_reaches_the_articles_whose_entities_it_changed(tmp_path: Path):
    corpus, folder = tmp_path / "in", tmp_path / "st"
    write(corpus, "a.md", "b.md", "c.md")
    build_store([corpus], folder)
    skos = "http://www.w3.org/2004/02/skos/core#prefLabel"
    assert graph_objects(folder, "b", skos) == {"Kubernetes"}   # the first spelling of all, from a
    (corpus / "a.md").unlink()
    result, changes = build_store([corpus], folder)
    assert result.report["cache"] == {"hits": 2, "extracted": 0, "mapped": 1}   # b: its topic's label
    assert changes == {"graphs": 2, "replaced": 1, "dropped": 1, "unchanged": 1}
    assert graph_objects(folder, "b", skos) == {"kubernetes"}
    assert store_quads(folder) == stored(build([corpus]).all_quads())
    assert summary_quads(folder) == built_summary(corpus)


def test_names_learnt_from_a_new_article_reach_the_unchanged_articles_that_contain_them(tmp_path: Path):
    corpus, folder = tmp_path / "in", tmp_path / "st"
    write(corpus, "a.md", "d.md")
    build_store([corpus], folder)
    mentions = "https://schema.org/mentions"
    assert graph_objects(folder, "d", mentions) == set()
    write(corpus, "c.md")
    result, changes = build_store([corpus], folder)
    assert result.report["cache"] == {"hits": 2, "extracted": 1, "mapped": 2}   # c, and d for its names
    assert graph_objects(folder, "d", mentions) == {f"{ID}organization/北辰云", f"{ID}person/陈思远"}
    assert store_quads(folder) == stored(build([corpus]).all_quads())
    assert summary_quads(folder) == built_summary(corpus)
    (corpus / "c.md").unlink()
    build_store([corpus], folder)
    assert graph_objects(folder, "d", mentions) == set()
    assert store_quads(folder) == stored(build([corpus]).all_quads())
    assert summary_quads(folder) == built_summary(corpus)


def test_a_lost_graph_file_is_mapped_again(tmp_path: Path):
    corpus, folder = tmp_path / "in", tmp_path / "st"
    write(corpus, "a.md", "c.md")
    build_store([corpus], folder)
    for file in (folder / "cache" / "graphs").glob("*.nq"):
        file.unlink()
    result, changes = build_store([corpus], folder)
    assert result.report["cache"] == {"hits": 2, "extracted": 0, "mapped": 2}
    assert changes["unchanged"] == 2
    assert stored(result.all_quads()) == stored(build([corpus]).all_quads())


def test_an_altered_graph_file_is_not_read(tmp_path: Path):
    corpus, folder = tmp_path / "in", tmp_path / "st"
    write(corpus, "a.md", "c.md")
    build_store([corpus], folder)
    for file in (folder / "cache" / "graphs").glob("*.nq"):
        file.write_bytes(b"<urn:x> <urn:y> <urn:z> <urn:g> .\n")
    result, _ = build_store([corpus], folder)
    assert result.report["cache"]["mapped"] == 0    # the digests still match the store...
    assert stored(result.all_quads()) == stored(build([corpus]).all_quads())   # ...the quads are mapped anew
