"""graphkit/ingest/files.py: finding the articles, decoding their bytes."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from graphkit.errors import IngestError
from graphkit.ingest import find_markdown, parse_document, read_documents
from graphkit.ingest.files import decode

BROKEN = ["alias-bomb.md", "binary.md", "bom.md", "crlf.md", "empty.md", "gb18030.md", "glued-key.md",
          "invalid-yaml.md", "no-closing-fence.md", "no-front-matter.md", "tabs.md",
          "trailing-spaces-fence.md", "yaml-list.md"]


def test_find_markdown_lists_md_files_sorted_relative_to_the_root(broken_dir: Path) -> None:
    found = list(find_markdown([broken_dir]))
    assert [file.relative_to(root).as_posix() for root, file in found] == BROKEN
    assert {root for root, _ in found} == {broken_dir}


def test_find_markdown_walks_subfolders_and_skips_repeats(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/二.md", "a.md", "b/a.md", "notes.txt"):
        (tmp_path / name).write_text("# 标题\n", encoding="utf-8")
    found = list(find_markdown([tmp_path, tmp_path / "a.md"]))
    assert [f.relative_to(r).as_posix() for r, f in found] == ["a.md", "b/a.md", "b/二.md"]


def test_a_file_given_directly_is_its_own_root(sample_dir: Path) -> None:
    file = sample_dir / "tvp-luzhou-laojiao.md"
    assert list(find_markdown([file])) == [(sample_dir, file)]


def test_missing_input_raises_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(IngestError) as caught:
        list(find_markdown([missing]))
    assert str(caught.value) == f"{missing}: no such file or folder"


def test_read_documents_yields_errors_instead_of_raising(broken_dir: Path) -> None:
    results = {getattr(r, "path"): r for r in read_documents([broken_dir])}
    assert sorted(results) == BROKEN
    failed = sorted(p for p, r in results.items() if isinstance(r, IngestError))
    assert failed == ["alias-bomb.md", "binary.md", "empty.md", "yaml-list.md"]


@pytest.mark.parametrize("data, text, repairs", [
    ("标题\n正文".encode(), "标题\n正文", []),
    (b"\xef\xbb\xbf" + "标题".encode(), "标题", ["removed byte-order mark"]),
    ("标题\r\n正文\r旧 Mac\n".encode(), "标题\n正文\n旧 Mac\n", ["normalised CR/CRLF line ends"]),
    ("腾讯云开发者".encode("gb18030"), "腾讯云开发者", ["decoded as GB18030"]),
    ("\ufeff标题\r\n".encode("gb18030"), "标题\n",
     ["decoded as GB18030", "removed byte-order mark", "normalised CR/CRLF line ends"]),
    # a few stray backspaces in a long text: an article still, which shows no control character
    (("正文一段。" * 20 + "\b\b多了退\x1b格。").encode(), "正文一段。" * 20 + "多了退格。",
     ["removed 3 control characters"]),
])
def test_decode_normalises_and_reports_repairs(data: bytes, text: str, repairs: list[str]) -> None:
    assert decode(data, "a.md") == (text, repairs)


@pytest.mark.parametrize("data, message", [
    (b"", "a.md: empty file"),
    (b" \n\r\n\t", "a.md: empty file"),
    (b"# title\x00\x01", "a.md: binary file (NUL bytes), not a Markdown article"),
    (b"\x01\x02\x03\x04 text " * 10, "a.md: binary file (control characters), not a Markdown article"),
    (b"# ok \x81\x30\xff", "a.md: neither UTF-8 nor GB18030 (byte 5: b'\\x81')"),
])
def test_decode_refuses_what_is_not_an_article(data: bytes, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode(data, "a.md")
    assert str(caught.value) == message


def test_gb18030_article_reads_like_its_utf8_twin(broken_dir: Path) -> None:
    gb = parse_document((broken_dir / "gb18030.md").read_bytes(), "gb18030.md")
    utf8 = parse_document((broken_dir / "gb18030.md").read_bytes().decode("gb18030").encode(), "u.md")
    assert (gb.metadata, gb.body, gb.prose) == (utf8.metadata, utf8.body, utf8.prose)
    assert gb.digest != utf8.digest          # the digest is of the file's bytes


def test_committed_fixtures_equal_what_make_fixtures_writes(broken_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", broken_dir / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert sorted(module.FILES) == BROKEN
    for name, data in module.FILES.items():
        assert (broken_dir / name).read_bytes() == data, name
