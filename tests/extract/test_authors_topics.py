"""graphkit/extract/authors.py and topics.py: what the front matter says about an article."""
from __future__ import annotations

import pytest

from _support import assert_spans, mentions

from graphkit.extract.authors import author_names
from graphkit.model import AUTHORED, HOLDS_ROLE, ORGANIZATION, PERSON, TOPIC

CASES = [
    # a person's name
    ("authors-person.md", {(PERSON, "林晓峰")}),
    # an organisation's account
    ("authors-org-account.md", {(ORGANIZATION, "青禾开发者")}),
    # a YAML list of a Han and a Latin name
    ("authors-list.md", {(PERSON, "韩若溪"), (PERSON, "Alice Wong")}),
    # Docusaurus entries under "authors", each with a name and a title
    ("authors-entries.md", {(PERSON, "韩若溪"), (PERSON, "Alice Wong")}),
    # a site's key for an author ("stonekv_community") names no one
    ("authors-identifier.md", set()),
    # … nor a user's handle in lower case ("stonekv42")
    ("authors-handle.md", set()),
    # … nor one in any case with a dot inside or digits after its letters ("TAT.nimbus", "Stone233")
    ("authors-accounts.md", set()),
    # … nor a handle after an at sign ("@NimbusNetwork": an account, no organisation's name)
    ("authors-at-handle.md", set()),
    # a Chinese name romanised, its given name in CamelCase ("XiBei Zhao")
    ("authors-romanised.md", {(PERSON, "XiBei Zhao")}),
    # a given name in lower case ("tom"), a handle's way
    ("persons-credits.md", {(PERSON, "tom")}),
    # a chapter named after a city is an account ("Nimbus Beijing")
    ("talks-agenda-content.md", {(ORGANIZATION, "Nimbus Beijing")}),
    # a byline written as a link: the link's text
    ("talks-write-up-frames.md", {(PERSON, "Ann Lee")}),
    # no author
    ("persons-apposition.md", set()),
    # a byline that ends like a body's name ("北辰社") is an organisation's account
    ("authors-society.md", {(ORGANIZATION, "北辰社")}),
    # a title alone as the byline ("组织者") names no one; an organisation's title ("北辰云高级工程师")
    # names the organisation, its account
    ("authors-org-title.md", {(ORGANIZATION, "北辰云")}),
    ("authors-title-alone.md", set()),
    # names parted by spaces: an author each (no affiliation before the last)
    ("authors-names-spaced.md", {(PERSON, "韩若溪"), (PERSON, "宋一鸣"), (PERSON, "欧明远")}),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0] for c in CASES])
def test_authors_are_read_from_the_front_matter(extract, article, expected):
    extraction = extract(article, ["authors"])
    assert mentions(extraction) == expected
    assert all(m.field == "author" for m in extraction.mentions)
    authored = {(r.subject.kind, r.subject.text) for r in extraction.relations if r.kind == AUTHORED}
    assert authored == expected
    assert_spans(extraction)


def test_an_author_entry_s_title_is_a_role_unless_a_placeholder(extract):
    roles = set()
    for article in ("authors-entries.md", "authors-entries-org.md"):
        extraction = extract(article, ["authors"])
        roles |= {(r.subject.text, r.obj.text if r.obj else None, r.label)
                  for r in extraction.relations if r.kind == HOLDS_ROLE}
    # "author" is a placeholder, not a title; a title may name the organisation
    assert roles == {("Alice Wong", None, "Technical Writer"), ("宋一鸣", "北辰云", "技术专家")}


def test_an_author_absent_from_the_body_has_no_span(extract):
    (author,) = extract("authors-person.md", ["authors"]).mentions
    assert (author.start, author.end) == (-1, -1)


def test_an_author_named_in_the_body_is_cited_there(extract):
    extraction = extract("authors-list.md", ["authors"])
    body = extraction.document.body
    assert {(m.text, m.start) for m in extraction.mentions} == {
        ("韩若溪", body.index("韩若溪")), ("Alice Wong", body.index("Alice Wong"))}


@pytest.mark.parametrize("value, expected", [
    ("林晓峰", ["林晓峰"]),
    ("韩若溪、宋一鸣", ["韩若溪", "宋一鸣"]),
    ("韩若溪 宋一鸣 欧明远", ["韩若溪", "宋一鸣", "欧明远"]),
    ("Alice Wong, 林晓峰", ["Alice Wong", "林晓峰"]),
    (["韩若溪", "韩若溪", " 宋一鸣 "], ["韩若溪", "宋一鸣"]),
    # one author's Chinese and English names ("胡某 | Daniel Hu"); not a community's two names
    ("宋一鸣 | Kent Song", ["宋一鸣"]),
    ("青禾社区 | Nimbus", ["青禾社区 | Nimbus"]),
    (None, []),
    (42, []),
])
def test_author_names_splits_and_deduplicates(value, expected):
    assert author_names(value) == expected


def test_a_latin_organisation_account_is_an_organisation(extract):
    extraction = extract("authors-latin-org.md", ["authors"])
    assert mentions(extraction) == {(ORGANIZATION, "Nimbus Community")}


TOPIC_CASES = [
    ("authors-person.md", ["数据库", "性能优化"]),        # a YAML list
    ("authors-org-account.md", ["发布", "版本说明"]),     # a comma-separated string
    ("authors-list.md", []),                              # no tags
]


@pytest.mark.parametrize("article, expected", TOPIC_CASES, ids=[c[0] for c in TOPIC_CASES])
def test_topics_are_the_front_matter_tags(extract, article, expected):
    extraction = extract(article, ["topics"])
    assert [(m.kind, m.text) for m in extraction.mentions] == [(TOPIC, t) for t in expected]
    assert all((m.start, m.end, m.field) == (-1, -1, "tags") for m in extraction.mentions)


def test_a_person_signing_with_an_organisation_is_both(extract):
    # "Linux 中国老王": the author is 老王 of the organisation before the form of address
    extraction = extract("authors-signed.md", ["authors"])
    assert mentions(extraction) == {(ORGANIZATION, "Nimbus 中国"), (PERSON, "老张")}
    assert {(r.subject.text, r.obj.text if r.obj else None) for r in extraction.relations} == {
        ("老张", None), ("老张", "Nimbus 中国")}
    assert_spans(extraction)


@pytest.mark.parametrize("article, org, person", [
    # an affiliation that cannot be a name, then the author's name
    ("authors-affiliated.md", "青禾大学", "宋一鸣"),
    # … or one that reads as a name ("北辰云") but that the body writes as an organisation's
    ("authors-affiliated-brand.md", "北辰云", "韩若溪"),
])
def test_a_byline_that_puts_the_affiliation_first_is_both(extract, article, org, person):
    extraction = extract(article, ["authors"])
    assert mentions(extraction) == {(ORGANIZATION, org), (PERSON, person)}
    assert {(r.kind, r.subject.text, r.obj.text if r.obj else None) for r in extraction.relations} == {
        (AUTHORED, person, None), (HOLDS_ROLE, person, org)}
    assert_spans(extraction)


def test_a_byline_that_puts_a_title_first_gives_the_author_s_role(extract):
    extraction = extract("authors-titled-byline.md", ["authors"])
    assert mentions(extraction) == {(PERSON, "欧明远")}
    assert {(r.kind, r.subject.text, r.label) for r in extraction.relations} == {
        (AUTHORED, "欧明远", None), (HOLDS_ROLE, "欧明远", "Committer")}


@pytest.mark.parametrize("article, expected", [
    # Docusaurus' older fields: author_title is each author's ("A，B" parted by a full-width comma),
    # an organisation when it reads as one
    ("authors-legacy-title.md", {("韩若溪", None, "Nimbus 团队"), ("宋一鸣", None, "Nimbus 团队")}),
    # … of titles parted by slashes the first that reads as one; "A and B"
    ("authors-legacy-title-latin.md", {("Alice Wong", "Member", "StoneKV TOC"), ("Bob Li", "Member", "StoneKV TOC")}),
    # … but not the author's name again
    ("authors-legacy-title-placeholder.md", set()),
])
def test_a_byline_s_author_title_is_the_authors_title(extract, article, expected):
    extraction = extract(article, ["authors"])
    assert {(r.subject.text, r.label, r.obj.text if r.obj else None) for r in extraction.relations
            if r.kind == HOLDS_ROLE} == expected
    assert_spans(extraction)


def test_a_byline_of_credits_names_its_authors_and_its_editors(extract):
    # "作者：X 编辑：Y": X wrote the article, Y is a person too but no author; a project run into
    # the author's name ("StoneKV胡某") is no part of it
    extraction = extract("authors-credits.md", ["authors"])
    assert mentions(extraction) == {(PERSON, "胡远成"), (PERSON, "梁远荣")}
    assert {r.subject.text for r in extraction.relations if r.kind == AUTHORED} == {"胡远成"}


def test_a_byline_with_a_nickname_in_brackets_is_the_person_and_the_name_they_go_by(extract):
    # "韩远航（远山）": no organisation of that name; the nickname is the same person's
    extraction = extract("authors-nickname.md", ["authors"])
    assert mentions(extraction) == {(PERSON, "韩远航"), (PERSON, "远山")}
    assert {m.text: m.attr("alias_of") for m in extraction.mentions} == {"韩远航": None, "远山": "韩远航"}
    assert {r.subject.text for r in extraction.relations if r.kind == AUTHORED} == {"韩远航"}
