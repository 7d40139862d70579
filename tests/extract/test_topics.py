"""Topics: tags (supported by the text or not), numbered section headings, talk titles."""
from __future__ import annotations

from pathlib import Path

from graphkit.extract import load_extractors, run_extractors
from graphkit.ingest import read_document
from graphkit.model import TOPIC
from graphkit.pipeline import build

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "topics-headings.md"


def test_topics_are_tags_headings_and_talk_titles() -> None:
    doc = read_document(ARTICLE, ARTICLE.parent)
    extraction = run_extractors(doc, load_extractors(["persons", "organizations", "talks", "topics"]))
    topics = {(m.text, m.field, m.attr("supported")) for m in extraction.mentions if m.kind == TOPIC}
    assert topics == {
        ("向量检索", "tags", "yes"),
        ("前端技术交流", "tags", "no"),          # nothing in the text speaks of it
        ("向量检索的工程实践", None, None),        # "一、" dropped; 引言 and 总结 are no topics
        ("索引压缩", None, None),                  # "（二）" dropped
        ("向量检索的十个误区", None, None),        # the talk's title
    }
    for m in extraction.mentions:
        if m.kind == TOPIC and m.start >= 0:
            assert doc.body[m.start:m.end] == m.text


def test_an_unsupported_tag_is_a_site_tag_not_what_the_article_is_about() -> None:
    quads = build([ARTICLE]).all_quads()
    about = {q.object.value.rsplit("/", 1)[-1] for q in quads if q.predicate.value == "https://schema.org/about"}
    site = {q.object.value.rsplit("/", 1)[-1] for q in quads
            if q.predicate.value == "https://w3id.org/graphkit/ontology#siteTag"}
    assert "向量检索" in about and "前端技术交流" not in about
    assert site == {"前端技术交流"}
