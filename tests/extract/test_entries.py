"""graphkit/extract/entries.py: an event page's programme kept in the front matter."""
from __future__ import annotations

from _support import mentions

from graphkit.model import HOLDS_ROLE, ORGANIZATION, PERFORMS, PERSON, TALK


def test_programme_entries_give_speakers_their_organisations_and_talks(extract):
    extraction = extract("entries-programme.md", ["entries"])
    # a handle ("stonekv42") is no person; the article's own authors are the authors extractor's;
    # a name spaced out with &nbsp; is one name
    assert {t for k, t in mentions(extraction) if k == PERSON} == {"韩远航", "谢一鸣", "欧阳明", "王勇", "宋远帆", "白一鸣"}
    assert {t for k, t in mentions(extraction) if k == ORGANIZATION} == {"青禾实验室", "白鹭科技", "北辰云"}
    # a panel's guests each give the title of the mapping that lists them
    assert {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PERFORMS} == {
        ("韩远航", "首页前端优化之路"), ("谢一鸣", "首页前端优化之路"), ("欧阳明", "小程序诞生记"),
        ("王勇", "技术提升与个人成长"), ("宋远帆", "技术提升与个人成长")}
    assert {(r.subject.text, r.label, r.obj.text if r.obj else None) for r in extraction.relations
            if r.kind == HOLDS_ROLE} == {
        ("韩远航", None, "青禾实验室"), ("谢一鸣", None, "青禾实验室"), ("欧阳明", "前端架构师", "白鹭科技"),
        ("王勇", None, "青禾实验室"), ("宋远帆", None, "白鹭科技"),
        # an entry's title that reads as a job's is the person's title, no talk
        ("白一鸣", "高级工程师", "北辰云")}
    # values the body does not repeat are cited by their front-matter field
    assert {(m.text, m.field, m.start) for m in extraction.mentions if m.kind == TALK} == {
        ("首页前端优化之路", "slides", -1), ("小程序诞生记", "slides", -1), ("技术提升与个人成长", "discuss.guests", -1)}


def test_an_author_entry_s_title_is_a_job_not_a_talk(extract):
    # Docusaurus' "authors" entries (name, title) are the authors extractor's, whatever their titles
    extraction = extract("authors-entries.md", ["entries"])
    assert not extraction.mentions and not extraction.relations


def test_a_session_page_s_presenters_give_the_page_title_as_their_talk(extract):
    # the front matter itself is the entry: "presenters" at its top, its title the talk's
    extraction = extract("entries-session-page.md", ["entries"])
    assert {t for k, t in mentions(extraction) if k == PERSON} == {"刘远畅", "张远强"}
    assert {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PERFORMS} == {
        ("刘远畅", "北辰跳动 StoneKV 支持万卡模型推理实践"), ("张远强", "北辰跳动 StoneKV 支持万卡模型推理实践")}
    # the body repeats the names: they are cited there
    body = extraction.document.prose
    assert all(body[m.start:m.end] == m.text for m in extraction.mentions if m.kind == PERSON)


def test_a_team_page_s_positions_name_titles_organisations_and_committees(extract):
    extraction = extract("entries-team-page.md", ["entries"])
    assert {(r.subject.text, r.label, r.obj.text if r.obj else None) for r in extraction.relations
            if r.kind == HOLDS_ROLE} == {
        # a group named by a title gives it to members with no position of their own
        ("柳远青", "大会主席", None),
        # in a committee's list a lone title is the committee's, the organisation the member's own
        ("白一鸣", "联席主席", "程序委员会"), ("白一鸣", None, "青禾科技"),
        # a position with no title word names where the person works
        ("韩远航", None, "北辰云"),
        # titles listed each with an affiliation
        ("欧阳明", "主席", "程序委员会"), ("欧阳明", "首席架构师", "白鹭科技"), ("欧阳明", "秘书长", "星河嵌入式联谊会"),
        # a position that names its organisation; a phrase ("Core organizer of …") gives nothing
        ("宋远帆", "CTO", "青禾数据（杭州）科技有限公司")}
    assert {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PERFORMS} == {
        ("宋远帆", "从端到云的下一程")}
    assert "Anna Berg" in {t for k, t in mentions(extraction) if k == PERSON}
