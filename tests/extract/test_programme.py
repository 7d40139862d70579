"""graphkit/extract/programme.py: which event each talk was given at."""
from __future__ import annotations

import pytest

from _support import assert_spans

from graphkit.model import PART_OF, Extraction

EXTRACTORS = ["authors", "persons", "talks", "events", "programme"]


def programme(extraction: Extraction) -> set[tuple[str, str]]:
    """(talk, event) of every part_of relation."""
    return {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PART_OF and r.obj}


CASES = [
    # each talk's sentence names its event; a talk whose sentence names none, in an article
    # naming two, belongs to neither
    ("programme-sentences.md", {("向量检索的十个误区", "Nimbus Summit 2023"),
                                ("湖仓一体的取舍", "OpenLake Meetup #3 广州站")}),
    # the heading above the talk names its event, two levels up too ("## 事件" > "### 议程")
    ("programme-headings.md", {("向量检索的十个误区", "Nimbus Summit 2023"),
                               ("湖仓一体的取舍", "OpenLake Meetup #3 广州站")}),
    # one event, named in full and shortened ("OpenLake Meetup"): every talk is part of it
    ("programme-one-event.md", {("湖仓一体的取舍", "OpenLake Meetup #3 广州站"),
                                ("向量检索的十个误区", "OpenLake Meetup #3 广州站")}),
    # two events and no word on which the talk is given at
    ("programme-two-events.md", set()),
    # the article's title is the talk it writes up; the write-up sentence names the event,
    # not the other one the article mentions
    ("programme-write-up.md", {("湖仓一体的工程实践", "DataCon 2024 大会")}),
    # no event at all
    ("talks-titled.md", set()),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0] for c in CASES])
def test_talks_are_part_of_the_event_the_article_gives_them(extract, article, expected):
    extraction = extract(article, EXTRACTORS)
    assert programme(extraction) == expected
    assert_spans(extraction)


def test_the_nearer_the_event_is_named_the_higher_the_confidence(extract):
    by_article = {}
    for article in ("programme-sentences.md", "programme-headings.md", "programme-one-event.md"):
        extraction = extract(article, EXTRACTORS)
        by_article[article] = {r.confidence for r in extraction.relations if r.kind == PART_OF}
    sentence, = by_article["programme-sentences.md"]
    heading, = by_article["programme-headings.md"]
    only_event, = by_article["programme-one-event.md"]
    assert sentence > heading > only_event


def test_a_relation_cites_the_talks_sentence_or_the_talk(extract):
    extraction = extract("programme-sentences.md", EXTRACTORS)
    body = extraction.document.body
    cited = {r.subject.text: body[r.start:r.end] for r in extraction.relations if r.kind == PART_OF}
    assert cited["向量检索的十个误区"] == "在 Nimbus Summit 2023 上，云栖实验室研究员欧阳明带来了《向量检索的十个误区》的主题演讲"
    extraction = extract("programme-headings.md", EXTRACTORS)
    body = extraction.document.body
    assert {body[r.start:r.end] for r in extraction.relations if r.kind == PART_OF} == {
        "向量检索的十个误区", "湖仓一体的取舍"}


def test_an_event_named_inside_the_talks_title_is_not_the_one_it_was_given_at(extract):
    # the sentence names DataCon 2024 and, inside the title, Nimbus Summit 2023: only the
    # first is where the talk was given (counted with the second, the sentence would name two)
    extraction = extract("programme-event-in-title.md", EXTRACTORS)
    assert programme(extraction) == {("我们从 Nimbus Summit 2023 学到的事", "DataCon 2024")}
