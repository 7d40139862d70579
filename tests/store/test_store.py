"""The persistent store: incremental builds re-extract only what changed, keep
cross-document resolution right, drop deleted documents, and update in one transaction."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from graphkit.errors import StoreError
from _store_support import built_summary, store_quads, stored, summary_quads

from graphkit.pipeline import build
from graphkit.store import build_store, open_store

GRAPH = "https://w3id.org/graphkit/id/graph/"


@pytest.fixture
def corpus(tmp_path: Path, sample_dir: Path, tests_data: Path) -> Path:
    """The sample and three small articles in a folder of their own."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_dir / "tvp-luzhou-laojiao.md", folder)
    for name in ("persons-apposition.md", "orgs-university.md", "talks-titled.md"):
        shutil.copy(tests_data / "articles" / name, folder)
    return folder



def test_first_build_holds_one_graph_per_document_and_equals_a_plain_build(corpus: Path, tmp_path: Path):
    result, changes = build_store([corpus], tmp_path / "st")
    assert changes == {"graphs": 4, "replaced": 4, "dropped": 0, "unchanged": 0}
    assert result.report["cache"] == {"hits": 0, "extracted": 4, "mapped": 4}
    assert store_quads(tmp_path / "st") == stored(build([corpus]).all_quads())
    assert summary_quads(tmp_path / "st") == built_summary(corpus)
    store = open_store(tmp_path / "st", read_only=True)
    # one graph per document, and the summary graph derived from them
    assert sorted(g.value for g in store.named_graphs()) == [
        GRAPH + "orgs-university", GRAPH + "persons-apposition", GRAPH + "talks-titled", GRAPH + "tvp-luzhou-laojiao",
        "https://w3id.org/graphkit/summary"]


def test_rebuild_re_extracts_only_changed_documents_and_drops_deleted_ones(corpus: Path, tmp_path: Path):
    build_store([corpus], tmp_path / "st")
    (corpus / "talks-titled.md").unlink()
    with open(corpus / "persons-apposition.md", "a", encoding="utf-8") as handle:
        handle.write("\n温铭，API7.ai 联合创始人，分享了《云原生网关》。\n")
    result, changes = build_store([corpus], tmp_path / "st")
    assert result.report["cache"] == {"hits": 2, "extracted": 1, "mapped": 1}   # the edited one only
    assert changes["dropped"] == 1 and changes["graphs"] == 3
    assert changes["replaced"] >= 1 and changes["replaced"] + changes["unchanged"] == 3
    # the incremental store equals a fresh build of the changed corpus, graph for graph
    assert store_quads(tmp_path / "st") == stored(build([corpus]).all_quads())
    assert summary_quads(tmp_path / "st") == built_summary(corpus)
    again = build_store([corpus], tmp_path / "st")[1]
    assert again == {"graphs": 3, "replaced": 0, "dropped": 0, "unchanged": 3}


def test_cross_document_resolution_reaches_unchanged_documents(tmp_path: Path):
    """A name learnt from a new article changes the graph of an article that did not change."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: 甲\n---\n阿里云资深技术专家温铭在会上发言。后来温铭又说了一次。\n",
                                 encoding="utf-8")
    build_store([corpus], tmp_path / "st")
    (corpus / "b.md").write_text("---\ntitle: 乙\n---\n温铭，API7.ai 联合创始人。\n", encoding="utf-8")
    build_store([corpus], tmp_path / "st")
    assert store_quads(tmp_path / "st") == stored(build([corpus]).all_quads())
    assert summary_quads(tmp_path / "st") == built_summary(corpus)


def test_a_failed_update_leaves_the_store_as_it_was(corpus: Path, tmp_path: Path, monkeypatch):
    build_store([corpus], tmp_path / "st")
    before, summary_before = store_quads(tmp_path / "st"), summary_quads(tmp_path / "st")
    (corpus / "orgs-university.md").unlink()
    (corpus / "talks-titled.md").write_text("---\ntitle: 新\n---\n张三（Zhang San）说：你好。\n", encoding="utf-8")
    import graphkit.store as module
    real = module._replacement

    def broken(dropped, cleared, quads):  # drops and inserts run, then an operation fails: all roll back
        return real(dropped, cleared, quads) + " ;\nDROP GRAPH <urn:graphkit:missing>"
    monkeypatch.setattr(module, "_replacement", broken)
    with pytest.raises(StoreError, match="cannot update the store: The graph <urn:graphkit:missing> does not exist"):
        build_store([corpus], tmp_path / "st")
    assert store_quads(tmp_path / "st") == before
    assert summary_quads(tmp_path / "st") == summary_before
    monkeypatch.setattr(module, "_replacement", real)
    build_store([corpus], tmp_path / "st")
    assert store_quads(tmp_path / "st") == stored(build([corpus]).all_quads())
    assert summary_quads(tmp_path / "st") == built_summary(corpus)


def test_a_corrupt_cache_entry_is_extracted_again(corpus: Path, tmp_path: Path):
    build_store([corpus], tmp_path / "st")
    for entry in (tmp_path / "st" / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    result, changes = build_store([corpus], tmp_path / "st")
    assert result.report["cache"] == {"hits": 0, "extracted": 4, "mapped": 0}
    assert changes["replaced"] == 0


def test_open_store_errors_are_one_line_naming_the_folder(tmp_path: Path):
    with pytest.raises(StoreError, match="no graphkit store here") as error:
        open_store(tmp_path / "missing")
    assert str(error.value).startswith(str(tmp_path / "missing") + ": ")
    store = open_store(tmp_path / "st", create=True)
    with pytest.raises(StoreError, match="in use by another process"):
        open_store(tmp_path / "st")
    del store
    assert isinstance(open_store(tmp_path / "st"), ox.Store)
