"""graphkit/extract/__init__.py with graphkit/ingest/field_prose.py: a page whose front matter
holds its prose (a lecture page's ``bio``) is read there too, and cites the field."""
from __future__ import annotations

from graphkit.model import HOLDS_ROLE, ORGANIZATION, PERSON, TALK


def test_a_biography_in_the_front_matter_gives_its_person_s_roles(extract):
    extraction = extract("lecture-page.md", ["entries", "organizations", "persons", "roles", "talks", "events"])
    roles = {(r.subject.text, r.label, r.obj.text if r.obj else None, r.subject.field) for r in extraction.relations
             if r.kind == HOLDS_ROLE}
    assert ("柳青", "助理教授", "青禾大学语言学系", "bio") in roles
    # an entry's biography that leaves out its person is read as the person's card
    assert ("白一鸣", "首席科学家", "青禾数据科技有限公司", "teams.bio") in roles
    field_mentions = [m for m in extraction.mentions if m.field in ("bio", "teams.bio", "abstract", "description")]
    # cited by the field, with no body span; only people and organisations come from there
    assert field_mentions and all(m.start == m.end == -1 for m in field_mentions)
    assert {m.kind for m in field_mentions} <= {PERSON, ORGANIZATION}
    assert "北辰大学" in {m.text for m in field_mentions if m.kind == ORGANIZATION}
    # the page's own speaker and talk are the entries extractor's
    assert {m.text for m in extraction.mentions if m.kind == TALK} == {"语言模型与人脑语言加工"}
