"""Frames added after the first extractor tests: copula and bracket descriptors, the
author's own title, 'TITLE of ORG', forms of address after Latin names, programme entries."""
from __future__ import annotations

from pathlib import Path

from graphkit.extract import load_extractors, run_extractors
from graphkit.ingest import read_document
from graphkit.model import HOLDS_ROLE, PERFORMS, PERSON

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "frames-mixed.md"


def _extract():
    doc = read_document(ARTICLE, ARTICLE.parent)
    return doc, run_extractors(doc, load_extractors())


def test_people_of_every_frame_are_found_and_labels_are_not_names() -> None:
    doc, extraction = _extract()
    people = {m.text for m in extraction.mentions if m.kind == PERSON}
    assert people == {"周文涛", "林晓峰", "欧阳明", "Alice Wong", "赵雨桐"}
    for m in extraction.mentions:
        if m.start >= 0:
            assert doc.body[m.start:m.end] == m.text


def test_memberships_from_copula_brackets_latin_of_author_and_address() -> None:
    _, extraction = _extract()
    memberships = {(r.subject.text, r.label, r.obj.text if r.obj else None)
                   for r in extraction.relations if r.kind == HOLDS_ROLE}
    assert {
        ("周文涛", "Maintainer of OpenLake", None),           # a project's title, as written
        ("林晓峰", "2021 级博士生", "南湖大学计算机系"),        # copula + cohort
        ("欧阳明", "平台架构负责人", "北辰科技"),               # titles in brackets before a comma
        ("欧阳明", "创始人", "OpenLake"),
        ("Alice Wong", "教授", "南湖大学"),                   # ORG 的 NAME + form of address
        ("周文涛", "负责人", "OpenLake 社区"),                # 本人以 … 出品: the author's own title
    } <= memberships
    # the bare affiliation of "来自南湖大学的 Alice Wong" gives way to the title
    assert ("Alice Wong", None, "南湖大学") not in memberships


def test_a_programme_entry_gives_its_speaker_and_title() -> None:
    _, extraction = _extract()
    talks = {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PERFORMS}
    assert ("赵雨桐", "向量数据库的存储引擎") in talks


def test_every_span_of_every_test_article_holds_its_text() -> None:
    """A mention's span reads as its text, in the body or in prose (markup blanked), spacing collapsed."""
    extractors = load_extractors()
    for article in sorted(ARTICLE.parent.glob("*.md")):
        doc = read_document(article, article.parent)
        for m in run_extractors(doc, extractors).mentions:
            if m.start >= 0:
                text = " ".join(m.text.split())
                assert text in (" ".join(doc.prose[m.start:m.end].split()),
                                " ".join(doc.body[m.start:m.end].split())), (article.name, m)
