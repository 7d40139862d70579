"""graphkit/ingest/frontmatter.py: the sample's front matter, and every known defect's outcome."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import IngestError
from graphkit.ingest import parse_document, read_document
from graphkit.ingest.frontmatter import parse, split

BODY = "阿里云资深技术专家王小明在大会上分享了云原生架构的实践经验。\n"


def read(broken_dir: Path, name: str):
    return parse_document((broken_dir / name).read_bytes(), name)


def test_sample_yields_all_eight_fields(sample_dir: Path) -> None:
    doc = read_document(sample_dir / "tvp-luzhou-laojiao.md", sample_dir)
    assert doc.path == "tvp-luzhou-laojiao.md"
    assert doc.metadata == {
        "author": "腾讯云开发者",
        "title": "TVP走进泸州老窖：数字化时代下，共话加速转型之道",
        "date": "2023-06-26",
        "description": "5 月 19 日，腾讯云 TVP 与泸州老窖联合主办的「TVP 走进泸州老窖」闭门交流会成功举行，"
                       "来自各行各业的专家学者齐聚一堂，基于各自的专业视角与丰富实践经验",
        "tags": ["程序员中文技术社区", "前端开发社区", "前端技术交流", "前端框架教程", "JavaScript 学习资源",
                 "CSS 技巧与最佳实践", "HTML5 最新动态", "前端工程师职业发展", "开源前端项目", "前端技术趋势"],
        "ShowReadingTime": "阅读21分钟",
        "weight": 1,
        "selfDefined": {"likes": 2, "comments": 0, "collects": 1, "views": 2221},
    }
    assert doc.repairs == ("repaired front matter (glued 'key:value' or tabs)",)
    assert doc.body.startswith("**引言**\n------\n\n数字化技术的发展")


# each readable defect: (file, title, extra metadata, repairs)
REPAIRED = [
    ("glued-key.md", "点赞计数字段粘连的文章",
     {"selfDefined": {"likes": 2, "comments": 0, "collects": 1, "views": 9}},
     ("repaired front matter (glued 'key:value' or tabs)",)),
    ("tabs.md", "用制表符缩进的标签", {"tags": ["云原生", "微服务"]},
     ("repaired front matter (glued 'key:value' or tabs)",)),
    ("bom.md", "带字节顺序标记的文章", {}, ("removed byte-order mark",)),
    ("crlf.md", "Windows 换行的文章", {}, ("normalised CR/CRLF line ends",)),
    ("gb18030.md", "国标编码的文章", {}, ("decoded as GB18030",)),
    ("trailing-spaces-fence.md", "分隔线后有空格的文章", {}, ()),
    ("no-closing-fence.md", "缺少结束分隔线的文章", {"date": "2023-05-01"},
     ("front matter has no closing '---'; it ends at line 3",)),
    # no repair reads `tags: [云原生, 微服务` as YAML; the line-by-line reading keeps it as text
    ("invalid-yaml.md", "标签未闭合的文章", {"tags": "[云原生, 微服务"},
     ("front matter read line by line (invalid YAML)",)),
]


@pytest.mark.parametrize("name, title, extra, repairs", REPAIRED, ids=[r[0] for r in REPAIRED])
def test_repaired_file_gives_its_metadata_and_repairs(broken_dir: Path, name: str, title: str,
                                                      extra: dict, repairs: tuple) -> None:
    doc = read(broken_dir, name)
    assert doc.metadata == {"title": title, **extra}
    assert doc.title == title
    assert doc.repairs == repairs
    assert BODY in doc.body
    assert "---" not in doc.body.split(BODY)[0]      # no front matter left in the body


REFUSED = [
    ("empty.md", "empty.md: empty file"),
    ("binary.md", "binary.md: binary file (NUL bytes), not a Markdown article"),
    ("yaml-list.md", "yaml-list.md:2: front matter is a YAML list, expected a mapping"),
    ("alias-bomb.md", "alias-bomb.md:7: front matter refused: aliases expand to more than "
                      "10000 nodes (YAML alias bomb)"),
]


@pytest.mark.parametrize("name, message", REFUSED, ids=[r[0] for r in REFUSED])
def test_unreadable_file_raises_one_line_naming_it(broken_dir: Path, name: str, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        read(broken_dir, name)
    assert str(caught.value) == message
    assert caught.value.path == name


def test_no_front_matter_builds_with_title_from_heading(broken_dir: Path) -> None:
    doc = read(broken_dir, "no-front-matter.md")
    assert doc.metadata == {}
    assert doc.repairs == ()
    assert doc.title == "没有前言的文章"
    assert doc.body == "# 没有前言的文章\n\n" + BODY


def test_missing_closing_fence_keeps_a_later_rule_in_the_body(broken_dir: Path) -> None:
    # the '---' rule after the first paragraph must not be taken for the closing fence
    doc = read(broken_dir, "no-closing-fence.md")
    assert doc.body == BODY + "\n---\n\n第二部分的内容。\n"


def test_closing_fence_after_unindented_quoted_continuation_is_kept() -> None:
    # real front matter: a quoted value going on over an unindented line
    text = '---\ntitle: "SOFA Weekly"\ndescription: "第一行\n第二行"\n---\n\n正文。\n'
    block, body, line, repairs = split(text, "a.md")
    assert body == "\n正文。\n"
    assert line == 6
    assert repairs == []
    assert parse(block, "a.md") == ({"title": "SOFA Weekly", "description": "第一行 第二行"}, [])


@pytest.mark.parametrize("block, message", [
    ("a: &a [*a]\n", "a.md:2: front matter refused: an alias refers to itself (recursive YAML)"),
    ("title: x\nt: " + "[" * 120 + "]" * 120 + "\n",
     "a.md:3: front matter refused: nested deeper than 100 levels"),
    ("[unclosed\n", "a.md:3: front matter is not valid YAML: did not find expected ',' or ']'"),
    ("just a sentence\n", "a.md:2: front matter is a str, expected a mapping"),
])
def test_unusable_yaml_raises_one_line(block: str, message: str) -> None:
    with pytest.raises(IngestError) as caught:
        parse(block, "a.md")
    assert str(caught.value) == message


def test_impossible_date_is_kept_as_text() -> None:
    # PyYAML raises ValueError (not YAMLError) building 2023-02-30
    assert parse("title: 标题\ndate: 2023-02-30\n", "a.md") == (
        {"title": "标题", "date": "2023-02-30"}, ["front matter read line by line (invalid YAML)"])


def test_values_are_json_compatible_and_deterministic() -> None:
    data, _ = parse("date: 2023-06-26 10:30:00\nset: !!set {b, a, c}\nn: 3\n", "a.md")
    assert data == {"date": "2023-06-26T10:30:00", "set": ["a", "b", "c"], "n": 3}


@pytest.mark.parametrize("value, decoded", [
    ('"likes:2,comments:0,"', {"likes": 2, "comments": 0}),
    ('"likes: 12, views: 3"', {"likes": 12, "views": 3}),
    ('"likes:2"', "likes:2"),                      # one pair is not a counter string
    ('"时间:2023,地点:北京"', "时间:2023,地点:北京"),
])
def test_counter_strings_decode_to_integers(value: str, decoded: object) -> None:
    assert parse(f"selfDefined: {value}\n", "a.md")[0] == {"selfDefined": decoded}


def test_toml_front_matter_between_plus_lines_is_read_as_hugo_writes_it() -> None:
    text = ('\ufeff+++\ntitle = "北辰云 Meetup 回顾"\ndate = 2021-06-26\ntags = ["聚会", "数据"]\n'
            'link = "./events/2021-06-26/meetup.html"\n+++\n\n' + BODY)
    doc = parse_document(text.encode("utf-8"), "hugo.md")
    assert doc.metadata == {"title": "北辰云 Meetup 回顾", "date": "2021-06-26", "tags": ["聚会", "数据"],
                            "link": "./events/2021-06-26/meetup.html"}
    assert doc.body.strip() == BODY.strip()  # the block is no part of the body
    assert "+++" not in doc.prose and "link" not in doc.prose


def test_invalid_toml_front_matter_is_read_line_by_line_and_says_so() -> None:
    doc = parse_document(('+++\ntitle = "标题"\nbad = [\n+++\n' + BODY).encode("utf-8"), "bad.md")
    assert doc.metadata["title"] == "标题"
    assert "TOML front matter read line by line" in doc.repairs
    assert doc.body == BODY


def test_unclosed_toml_front_matter_ends_at_the_first_line_of_prose_and_says_so() -> None:
    block, body, line, repairs = split('+++\ntitle = "x"\n' + BODY, "open.md")
    assert (block, body, line) == ('title = "x"', BODY, 3)
    assert repairs == ["front matter has no closing '+++'; it ends at line 2"]


def test_pelican_metadata_lines_are_front_matter_up_to_the_first_blank_line() -> None:
    text = ("Title: 北辰云 Meetup 回顾\nDate: 2014-11-18 19:19\nTags:  gdg, PyCon, event\nSlug: meetup\n"
            "Author: 韩远航\n\n" + BODY + "\nTitle: 正文里的一行\n")
    doc = parse_document(text.encode("utf-8"), "pelican.md")
    assert doc.metadata == {"title": "北辰云 Meetup 回顾", "date": "2014-11-18 19:19", "tags": ["gdg", "PyCon", "event"],
                            "slug": "meetup", "author": "韩远航"}
    assert doc.body.startswith(BODY) and doc.body.endswith("Title: 正文里的一行\n")  # only the leading block


def test_a_body_that_starts_with_prose_has_no_pelican_metadata() -> None:
    doc = parse_document(("标题：不是元数据\n\n" + BODY).encode("utf-8"), "plain.md")
    assert doc.metadata.get("title") != "不是元数据" and doc.body.startswith("标题：不是元数据")


def test_hexo_front_matter_may_leave_out_the_opening_fence() -> None:
    text = ("season: 2\ntitle: 第 2 季 - 北辰沙龙\n<!-- live: https://example.com -->\ndate: 2016-12-28 14:30\n"
            "slides:\n  - author: 韩远航\n    company: 青禾实验室\n---\n" + BODY)
    block, body, line, repairs = split(text, "hexo.md")
    assert (body, line, repairs) == (BODY, 9, [])
    doc = parse_document(text.encode("utf-8"), "hexo.md")
    assert doc.title == "第 2 季 - 北辰沙龙" and doc.metadata["slides"] == [{"author": "韩远航", "company": "青禾实验室"}]
    assert list(doc.metadata) == ["season", "title", "date", "slides"]  # the HTML comment is no field
    assert doc.body == BODY


def test_hexo_front_matter_may_close_with_more_dashes_after_a_blank_line() -> None:
    text = "title: 北辰沙龙之行\ndate: 2017-06-28\ncategories:\n- travel\ntags: [北辰]\n\n--------\n" + BODY
    block, body, line, repairs = split(text, "hexo-dashes.md")
    assert (body, line, repairs) == (BODY, 8, [])
    doc = parse_document(text.encode("utf-8"), "hexo-dashes.md")
    assert doc.metadata == {"title": "北辰沙龙之行", "date": "2017-06-28", "categories": ["travel"], "tags": ["北辰"]}


def test_front_matter_after_blank_lines_is_read_and_noted() -> None:
    text = "\n \n---\ntitle: 北辰沙龙\nauthor: 韩远航\n---\n" + BODY
    block, body, line, repairs = split(text, "blank-first.md")
    assert (body, line, repairs) == (BODY, 7, ["front matter after 2 blank lines"])
    assert parse_document(text.encode("utf-8"), "blank-first.md").metadata == {"title": "北辰沙龙", "author": "韩远航"}


def test_pelican_lines_then_prose_and_a_rule_are_no_hexo_front_matter() -> None:
    # the '---' is a rule in the body: the lines before it hold prose after a blank line
    text = "Title: 北辰云 Meetup 回顾\nDate: 2014-11-18\n\n" + BODY + "\n---\n\n结尾。\n"
    doc = parse_document(text.encode("utf-8"), "pelican-rule.md")
    assert doc.metadata == {"title": "北辰云 Meetup 回顾", "date": "2014-11-18"}
    assert doc.body.endswith("---\n\n结尾。\n")
