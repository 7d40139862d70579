"""graphkit/ingest/field_prose.py: which front-matter values are prose to read."""
from __future__ import annotations

from graphkit.ingest.field_prose import FieldProse, prose_fields

BIO = "现为青禾大学语言学系助理教授，研究人脑的语言加工机制。"


def test_prose_values_are_found_at_any_depth_with_the_person_they_are_about():
    metadata = {"title": "某某讲座：大语言模型与人脑语言加工的对齐机制，以及更多的内容。", "speaker": "柳青", "bio": BIO,
                "tags": ["讲座，语言学，人脑，语言加工，大语言模型，对齐机制，研究"],
                "teams": [{"name": "程序委员会", "members": [{"name": "白一鸣", "description": "白一鸣是北辰云的首席科学家，长期从事处理器体系结构研究。"}]}],
                "abstract": "本次报告将首先介绍一项基于脑成像数据的相关性研究，随后分享一项因果性研究。"}
    found = list(prose_fields(metadata, body=""))
    assert [(p.field, p.subject) for p in found] == [
        ("bio", "柳青"), ("teams.members.description", "白一鸣"), ("abstract", None)]
    # a biography that leaves out whom it is about reads as that person's card
    assert found[0].as_body() == "柳青，" + BIO
    assert found[1].as_body() == found[1].text


def test_values_the_body_holds_short_values_and_data_are_not_prose():
    metadata = {"description": BIO, "summary": "一句话。", "image": "https://example.org/a，b。c.png",
                "slug": "x", "date": "2025-07-08", "abstract": "A plain English abstract, with no Chinese, at all, here."}
    assert list(prose_fields(metadata, body=f"正文：\n{BIO}\n")) == []


def test_a_page_s_author_is_no_subject_of_its_prose():
    metadata = {"author": "柳青", "description": "本文介绍青禾大学语言学系的最新研究进展，以及团队的工作。"}
    assert list(prose_fields(metadata, body="")) == [FieldProse("description", metadata["description"], None)]
