"""graphkit/rdf/mapping.py: one document's extraction as quads."""
from __future__ import annotations

from graphkit.ingest import parse_document
from graphkit.model import ORGANIZATION, PERSON, TALK, Extraction, Mention
from graphkit.rdf.mapping import map_document
from graphkit.rdf.vocab import GK
from graphkit.resolve import resolve

BASE = "https://w3id.org/graphkit/id/"


def test_a_span_one_extractor_finds_twice_has_one_confidence_the_higher() -> None:
    document = parse_document("---\ntitle: 测试\ndate: 2024-01-01\n---\n来自星河数据的林晓峰。".encode(), "a.md")
    start = document.body.index("星河数据")
    found = tuple(Mention(ORGANIZATION, "星河数据", start, start + 4, "roles", confidence) for confidence in (0.65, 0.8))
    extraction = Extraction(document, found)
    quads = map_document(extraction, resolve([extraction]), BASE)
    confidences = [q.object.value for q in quads if q.predicate.value == GK + "confidence"]
    assert confidences == ["0.8"]


def test_a_person_keeps_the_name_in_full_when_a_short_form_is_cited_more_confidently() -> None:
    # "张老师" stands for 张焕杰 (alias_of): the short form, found more confidently and more often
    # than the full name, must not crowd the full name out of the cited mentions and so out of
    # the person's names
    body = "来自青禾大学的韩远航老师。" + "韩老师分享了经验。" * 6
    document = parse_document(f"---\ntitle: 测试\ndate: 2024-01-01\n---\n{body}".encode(), "a.md")
    full = Mention(PERSON, "韩远航", document.body.index("韩远航"), document.body.index("韩远航") + 3, "persons", 0.6)
    short = tuple(Mention(PERSON, "韩老师", at, at + 3, "persons", 0.9, attrs=(("alias_of", "韩远航"),))
                  for at in range(len(document.body)) if document.body.startswith("韩老师", at))
    extraction = Extraction(document, (full, *short))
    quads = map_document(extraction, resolve([extraction]), BASE)
    names = {q.object.value for q in quads if q.predicate.value == "https://schema.org/name"
             and q.subject.value == BASE + "person/韩远航"}
    assert "韩远航" in names


def test_a_talk_written_two_ways_has_one_title_and_the_other_as_an_alternate_name() -> None:
    body = "韩远航的《StoneKV Mesh 化实践》很精彩。\n\n## StoneKV mesh化实践\n\n韩远航在这个议题中讲解了实践。"
    document = parse_document(f"---\ntitle: 测试\ndate: 2024-01-01\n---\n{body}".encode(), "a.md")
    talks = tuple(Mention(TALK, title, document.body.index(title), document.body.index(title) + len(title), "talks", 0.8)
                  for title in ("StoneKV Mesh 化实践", "StoneKV mesh化实践"))
    extraction = Extraction(document, talks)
    quads = map_document(extraction, resolve([extraction]), BASE)
    talk = {q.subject.value for q in quads if q.object.value == "https://w3id.org/graphkit/ontology#Talk"}
    assert len(talk) == 1  # one talk: the spellings fold to one key
    values = [(q.predicate.value.rsplit("/", 1)[1], q.object.value) for q in quads if q.subject.value in talk
              and q.predicate.value in ("https://schema.org/name", "https://schema.org/alternateName")]
    assert sorted(set(values)) == [("alternateName", "StoneKV mesh化实践"), ("name", "StoneKV Mesh 化实践")]
