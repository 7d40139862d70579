"""graphkit/ingest/body.py: headings, sections, links and images with body offsets; the prose view."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.ingest import parse_document, read_document
from graphkit.ingest.body import prose, structure
from graphkit.model import Heading, Link

ARTICLE = """\
# 云原生大会回顾

本次大会由[阿里云](https://www.aliyun.com/)主办，详见 https://example.com/a?b=1 。

![现场照片](/images/a.png "合影")

## 嘉宾 C#

运行 `kubectl get pods` 查看状态，**张三**表示：
> 引用里的李四说

```python
print("王五")
```

参见[维基](https://en.wikipedia.org/wiki/Go_(语言))。<br/>

嘉宾介绍
-------
"""


@pytest.fixture(scope="module")
def sample(sample_dir: Path):
    return read_document(sample_dir / "tvp-luzhou-laojiao.md", sample_dir)


def test_sample_heading_spans_hold_their_text(sample) -> None:
    assert [h.text for h in sample.headings] == [
        "引言", "开场致辞", "一、从大数据到数字化：高质量发展的十年探索",
        "二、扬帆数智化 启航新征程——泸州老窖的数字化转型之路", "三、数实共生塑造未来产业——产业数字化转型前瞻洞察",
        "四、私域生态下快消行业全域经营升级", "五、工业互联网推动制造企业数字化从“转型”迈向“创新”",
        "六、圆桌论坛：产业数智前瞻与落地探讨", "（一）行业话题交流", "（二）通用话题讨论", "结语", "现场花絮集锦"]
    assert [h.level for h in sample.headings] == [2] * 8 + [3, 3, 2, 2]
    for h in sample.headings:
        assert h.text in sample.body[h.start:h.end]
    assert sample.body[sample.headings[0].start:sample.headings[0].end] == "**引言**\n------"


def test_sample_sections_tile_the_body(sample) -> None:
    assert [s.heading for s in sample.sections] == list(sample.headings)   # body opens with a heading
    assert sample.sections[0].start == 0 and sample.sections[-1].end == len(sample.body)
    assert all(a.end == b.start for a, b in zip(sample.sections, sample.sections[1:]))


def test_sample_images_are_found_at_their_spans(sample) -> None:
    assert len(sample.links) == 18 and all(link.image for link in sample.links)
    first = sample.links[0]
    assert first.url == "/images/jueJin/38656a91ced44eb.png"
    assert sample.body[first.start:first.end] == "![](/images/jueJin/38656a91ced44eb.png)"


def test_sample_prose_keeps_text_at_the_same_offsets(sample) -> None:
    assert len(sample.prose) == len(sample.body)
    assert sample.prose.count("\n") == sample.body.count("\n")
    i = sample.body.index("张明钟担任主持人")
    assert sample.prose[i:i + 8] == "张明钟担任主持人"
    assert sample.prose[:13] == "  引言  \n      "
    assert "/images/" not in sample.prose and "**" not in sample.prose


def test_headings_links_and_images_of_an_article() -> None:
    headings, sections, links = structure(ARTICLE)
    assert [(h.level, h.text) for h in headings] == [(1, "云原生大会回顾"), (2, "嘉宾 C#"), (2, "嘉宾介绍")]
    assert [ARTICLE[h.start:h.end] for h in headings] == ["# 云原生大会回顾", "## 嘉宾 C#", "嘉宾介绍\n-------"]
    assert [(s.heading.text, ARTICLE[s.start:s.start + 2]) for s in sections] == [
        ("云原生大会回顾", "# "), ("嘉宾 C#", "##"), ("嘉宾介绍", "嘉宾")]
    assert [(link.text, link.url, link.image, ARTICLE[link.start:link.end]) for link in links] == [
        ("阿里云", "https://www.aliyun.com/", False, "[阿里云](https://www.aliyun.com/)"),
        ("现场照片", "/images/a.png", True, '![现场照片](/images/a.png "合影")'),
        ("维基", "https://en.wikipedia.org/wiki/Go_(语言)", False,
         "[维基](https://en.wikipedia.org/wiki/Go_(语言))"),
    ]


def test_a_heading_that_is_a_link_reads_as_the_link_s_text() -> None:
    # "## [【Q&A 回顾】X](https://…)": the target is no part of the heading's text, one with
    # brackets in it neither
    body = "## [【Q&A 回顾】StoneKV 源码解读](https://example.com/t/1)\n\n### **[Go](https://example.com/wiki/Go_(语言))** 入门\n"
    headings, _, _ = structure(body)
    assert [h.text for h in headings] == ["【Q&A 回顾】StoneKV 源码解读", "Go 入门"]


def test_heading_inside_fenced_code_is_not_a_heading() -> None:
    body = "```\n# 不是标题\n```\n\n## 是标题 ##\n"
    headings, sections, _ = structure(body)
    assert headings == (Heading(2, "是标题", 16, 25),)
    assert [(s.heading, s.start, s.end) for s in sections] == [(None, 0, 16), (headings[0], 16, 26)]


def test_an_html_heading_on_its_own_line_is_a_heading() -> None:
    # pages exported to Markdown keep their <h2>…<h4>; a tag inside the heading is no part of its
    # text; an inline <h4> among other words or inside fenced code is none
    body = ('<h4>Topic1《StoneKV 的存储引擎》 </h4>\n\n分享嘉宾：韩远航\n\n'
            '  <h3 class="t"><a href="/x">议题二</a></h3>\n\n说明 <h4>不是</h4> 标题\n\n```\n<h2>代码</h2>\n```\n')
    headings, _, _ = structure(body)
    assert [(h.level, h.text, body[h.start:h.start + 4]) for h in headings] == [
        (4, "Topic1《StoneKV 的存储引擎》", "<h4>"), (3, "议题二", "  <h")]


def test_link_in_code_is_not_a_link() -> None:
    assert structure("`[a](b)` 与 [c](d)\n")[2] == (Link("c", "d", 11, 17),)


def test_prose_blanks_markup_urls_and_code_and_keeps_chinese() -> None:
    text = prose(ARTICLE)
    assert len(text) == len(ARTICLE)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(ARTICLE) if c == "\n"]
    lines = text.split("\n")
    assert lines[0] == "  云原生大会回顾"
    # "[" -> one space; "](https://www.aliyun.com/)" -> 26; " https://example.com/a?b=1 " -> 27
    assert lines[2] == "本次大会由 阿里云" + " " * 26 + "主办，详见" + " " * 27 + "。"
    assert lines[4].strip() == ""                       # the image, alt text and all
    assert lines[8] == "运行" + " " * 20 + "查看状态，  张三  表示："
    assert lines[9] == "  引用里的李四说"
    assert lines[11:14] == [" " * 9, " " * len('print("王五")'), "   "]
    assert lines[15] == "参见 维基" + " " * len("](https://en.wikipedia.org/wiki/Go_(语言))") + "。" + " " * 5
    assert lines[18] == "       "
    for word in ("云原生大会回顾", "阿里云", "张三", "李四", "维基", "嘉宾介绍"):
        assert text.index(word) == ARTICLE.index(word)


def test_crlf_offsets_equal_the_lf_version(broken_dir: Path) -> None:
    crlf = (broken_dir / "crlf.md").read_bytes()
    assert b"\r\n" in crlf
    doc = parse_document(crlf, "crlf.md")
    lf = parse_document(crlf.replace(b"\r\n", b"\n"), "lf.md")
    assert doc.body == lf.body and "\r" not in doc.body
    assert doc.headings == lf.headings == (Heading(2, "嘉宾介绍", 1, 8),)
    assert doc.prose == lf.prose
    assert doc.body.index("王小明") == lf.body.index("王小明") == 19


@pytest.mark.parametrize("line", ["-" * 20000 + "x", "[a](" * 5000, " " * 20000 + "x",
                                  "# a" + " #" * 10000 + "x", "a" * 20000 + "\n" + "=" * 20000 + "x"])
def test_long_pathological_lines_are_handled(line: str) -> None:
    # these lines made the old patterns backtrack for minutes; correctness is checked, not time
    body = line + "\n"
    assert len(prose(body)) == len(body)
    headings, _, links = structure(body)
    assert links == ()
    assert [h.text for h in headings] == (["a" + " #" * 10000 + "x"] if line.startswith("# a") else [])


def test_two_indented_code_blocks_after_one_blank_line_are_both_blanked() -> None:
    body = "说明\n\n    code1\n\n    code2\n\n正文"
    assert prose(body) == "说明\n\n         \n\n         \n\n正文"


def test_a_list_item_s_indented_paragraphs_are_prose_but_code_after_prose_is_not() -> None:
    # CommonMark: four spaces under "- " continue the item (its content starts at column 2)
    body = "- 韩远航\n\n    > 分享了青禾团队的方案\n\n    另一段说明\n\n正文\n\n    print(1)\n"
    text = prose(body)
    assert "分享了青禾团队的方案" in text and "另一段说明" in text
    assert "print" not in text
    assert len(text) == len(body)


def test_a_line_indented_with_no_break_spaces_is_prose_not_code() -> None:
    # rich-text editors indent lists with U+00A0; Markdown's code indent is spaces and tabs only
    body = "大会概况\n\n\u00a0 \u00a0 \u00a0\u00a0- 观众来自青禾科技、北辰云等公司。\n\n    print(1)\n"
    text = prose(body)
    assert "观众来自青禾科技、北辰云等公司。" in text
    assert "print" not in text


def test_zero_width_spaces_around_emphasis_read_as_spaces() -> None:
    # editors leave U+200B around bold text: "我是\u200b**王五**\u200b。"
    body = "我是\u200b**王五**\u200b。\ufeff项目导师\u200b：赵六"
    text = prose(body)
    assert len(text) == len(body)
    assert text == "我是   王五   。 项目导师 ：赵六"


def test_a_word_in_inline_code_keeps_its_text_in_the_prose_but_code_does_not() -> None:
    body = "全栈服务网格 - `Aeraki` 助你，用 `kubectl` 查看；`peerTaskManager` 与 `kubectl get pods` 是代码。"
    text = prose(body)
    assert len(text) == len(body)
    assert " Aeraki " in text and " kubectl " in text
    assert "peerTaskManager" not in text and "get pods" not in text and "`" not in text


def test_a_fence_around_html_keeps_the_page_s_words_but_a_code_fence_does_not() -> None:
    # Franklin pages wrap raw HTML in "~~~" fences: markup, not code
    body = "日程\n~~~\n<ul><li>主讲人: 韩远航</li></ul>\n~~~\n```python\nname = '宋某'\n```\n"
    text = prose(body)
    assert len(text) == len(body)
    assert "主讲人: 韩远航" in text and "~~~" not in text
    assert "宋某" not in text and "python" not in text


def test_a_fence_around_chinese_lines_with_no_code_is_prose() -> None:
    # a README keeps an agenda's line breaks in a fence; code with a Chinese comment stays code
    body = "```\n议程：\n19:30-20:00 分享1：让 StoneKV 学习企业知识——宋一鸣\n```\n```\n// 示例：宋某\nx = 1;\n```\n"
    text = prose(body)
    assert len(text) == len(body)
    assert "分享1：让 StoneKV 学习企业知识——宋一鸣" in text and "```" not in text
    assert "宋某" not in text


def test_kangxi_radicals_read_as_the_characters_they_stand_for() -> None:
    # text copied from slides: "⼤" (U+2F24) for 大, "⼈" (U+2F08) for 人; one for one, offsets kept
    body = "柳青，青禾科技研究部门负责⼈，北辰⼤学毕业。"
    assert prose(body) == "柳青，青禾科技研究部门负责人，北辰大学毕业。"


def test_compatibility_ideographs_read_as_the_characters_they_stand_for() -> None:
    # "\uf963" (CJK compatibility ideograph) for 北, as some pasted text has it
    body = "西\uf963青禾大学计算机学院教授"
    assert prose(body) == "西北青禾大学计算机学院教授"


def test_reference_style_links_keep_their_text_and_their_definitions_are_blanked() -> None:
    body = ("合影 ![Photo][stonekv-meetup-photo] 见 [青禾社区][qh] 官网。\n\n"
            "[stonekv-meetup-photo]: /assets/2021/04-stonekv-meetup/cheers.jpg\n"
            "[qh]: https://example.com \"青禾\"\n[^1]: 脚注里的韩远航\n")
    text = prose(body)
    assert len(text) == len(body)
    assert text.split("\n")[0] == "合影" + " " * 32 + "见  青禾社区      官网。"
    assert text.split("\n")[2:4] == [" " * len(line) for line in body.split("\n")[2:4]]
    assert text.index("脚注里的韩远航") == body.index("脚注里的韩远航")  # a footnote is prose


def test_a_username_leading_a_list_item_is_blanked_but_one_alone_or_in_prose_is_kept() -> None:
    body = ("- [@hanjp](https://github.com/hanjp) 韩俊平，青禾，前端工程师\n"
            "- [@hanjp](https://github.com/hanjp)\n"
            "感谢 [@hanjp](https://github.com/hanjp) 的帮助\n")
    text = prose(body)
    assert len(text) == len(body)
    lines = text.split("\n")
    assert lines[0].strip() == "韩俊平，青禾，前端工程师"  # the name opens the item's prose
    assert lines[1].strip() == "@hanjp"
    assert "@hanjp 的帮助" in " ".join(lines[2].split())
