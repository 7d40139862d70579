"""Lines that introduce people: a name alone on a short line with the title lines below it
("林晓峰", then "StoneKV 负责人" and "北辰云技术专家"), and list items of a name and a title."""
from __future__ import annotations

import re
from typing import Iterator

from ..model import Document, Mention, Section
from .descriptors import split_title
from .tables import kept_for_article

# a roster's item: a list item of a name alone ("- 陈某", "1. **吴某**")
ROSTER_LINE = r"[ \t]*(?:[-*+]|\d{1,2}[.、)])[ \t]+(?:\*\*)?(?P<name>[\u4e00-\u9fff]{2,3})(?:\*\*)?[ \t]*"
CARD_LINE = re.compile(r"[ \t>*-]*(?P<line>[^\n]*?)[ \t*]*(?:\n|$)")
CARD_LINE_MAX = 40
LINE_MARKERS = " \t-*+0123456789.)"
# the list marker is blanked in the prose view
LIST_ITEM_NAMED_TITLE = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?P<name>[\u4e00-\u9fff]{2,3})[ \t]+"
                                   r"(?P<desc>[^：:，,、。；;\n]{3,60}?)(?:[：:，,、。；;]|[ \t]*$)", re.M)


def short_lines(text: str, pattern: re.Pattern[str], longest: int = CARD_LINE_MAX,
                spaced_name: bool = False) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` at the start of each line of at most ``longest`` characters (a
    pattern tried at every line start of a long text costs as much as one tried everywhere);
    ``spaced_name``: only lines whose first word, of two or three characters, a space ends."""
    start = 0
    for line in text.split("\n"):
        if 2 <= len(line) <= longest and not line.isspace():
            head = line.lstrip(LINE_MARKERS) if spaced_name else ""
            if not spaced_name or head[2:4].strip(" \t") != head[2:4]:
                match = pattern.match(text, start, start + len(line))
                if match:
                    yield match
        start += len(line) + 1


# a profile's field before a title: "现从事：北辰云开发工程师", "职位：架构师"
FIELD_WORDS = r"(?:现从事|从事|现任|现职|职位|职务|岗位|头衔|工作|任职|就职)"
FIELD_LABEL = re.compile(rf"^{FIELD_WORDS}[ \t*]*[：:][ \t*]*")
INTRO_LABEL = re.compile(r"(?:个人介绍|个人简介|嘉宾介绍|嘉宾简介|讲师介绍|讲师简介|简介)[ \t*]*[：:][ \t*]*")
CARD_TITLE_AFTER_BLANK = 20   # a title line after a blank one is short, or it is the next paragraph


SENTENCE_OPENER = re.compile(r"(?:我们|我|你们|您|你|他们|她们|他|她|大家|感谢|欢迎|谢谢)")


def card_titles(text: str, end: int) -> list[tuple[str, int]]:
    """The (title, start) lines right after a name's line ("Koupleless 负责人", "蚂蚁集团技术专家"),
    blank lines first skipped; none unless the first line read is a title."""
    titles: list[tuple[str, int]] = []
    pos = end + 1
    skipped = blank_after_title = False
    while pos < len(text):
        line = CARD_LINE.match(text, pos)
        if line is None or line.end() == pos:
            break
        pos = line.end()
        content = line.group("line").strip()
        field = FIELD_LABEL.match(content)
        if field and not titles and 2 <= len(content) - field.end() <= CARD_LINE_MAX:
            # the field says the words are titles: "现从事：北辰云 Java 研发", "某大学学生, 北辰云实习"
            for part in re.split(r"[ \t]*[，,；;][ \t]*", content[field.end():].strip()):
                if part:
                    titles.append((part, line.start("line") + line.group("line").find(part)))
            continue
        if not content and not titles:
            continue
        if not content and not blank_after_title:
            blank_after_title = True  # one blank line between title lines: "X 社区开源负责人", "", "Y 公司专家"
            continue
        if content.startswith("#") or SENTENCE_OPENER.match(content):
            break  # a heading starts another part: "## 项目导师"; a pronoun a sentence ("我们感谢…成员")
        intro = INTRO_LABEL.match(content)
        if intro and not titles:
            # "个人介绍：高级研发工程师，某公司基础架构部，主要负责…", "讲师介绍：某公司架构师，曾任某公司
            # 工程师。…": the first sentence, when it starts with a title, is read whole
            sentence = re.split(r"[。！？]", content[intro.end():])[0].strip()
            first = re.split(r"[，,；;]", sentence)[0].strip()
            if first and split_title(first) is not None:
                titles.append((sentence, line.start("line") + line.group("line").find(sentence)))
            break
        if content and not titles and (len(content) > 40 or split_title(content) is None):
            # "北辰云架构师，负责服务治理相关工作，…"; "人称“某神”，北辰云高级DBA，…": the first of the
            # first sentence's first three clauses that is a title
            clauses = [c.strip() for c in re.split(r"[，,]", re.split(r"[。！？]", content)[0])]
            first = next((i for i, c in enumerate(clauses[:3]) if c and len(c) <= CARD_LINE_MAX and split_title(c) is not None), None)
            if first is None:
                content = clauses[0]
            else:
                # … and the titles that follow it: "某中心技术专家，前某公司工程师，某基金会成员"
                run = [clauses[first]]
                for clause in clauses[first + 1:]:
                    if not clause or len(clause) > CARD_LINE_MAX or split_title(clause) is None:
                        break
                    run.append(clause)
                if len(run) > 1:
                    start = line.start("line") + line.group("line").find(run[0])
                    titles.append(("、".join(run), start))
                    break
                content = run[0]
        if not content or len(content) > (CARD_TITLE_AFTER_BLANK if blank_after_title else 40) or split_title(content) is None:
            if titles or skipped or not re.fullmatch(r"[A-Za-z][A-Za-z .&-]*", content):
                break
            skipped = True  # one line in English before the titles may name a field: "Computer Science"
            continue
        titles.append((content, line.start("line") + line.group("line").find(content)))
    return titles


def card_descriptor(text: str, end: int) -> tuple[str, int] | None:
    """The title lines after the line ending at ``end`` as one descriptor ("A、B") and where it
    starts, or None."""
    titles = card_titles(text, end)
    return ("、".join(title for title, _ in titles), titles[0][1]) if titles else None


def heading_person(section: Section, people: list[Mention]) -> Mention | None:
    """The person whose name heads ``section`` ("### Kay Berg"), found there as a mention."""
    heading = section.heading
    if heading is None:
        return None
    return next((p for p in people if heading.start <= p.start < heading.end and p.text == heading.text.strip(" *")), None)


# "张某（某大学）、窦某（某大学）": names each with the organisation in brackets; an inner
# bracket may stand in the organisation ("某工业大学（深圳）")
NAME_WITH_ORG = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*[（(](?P<org>[^（）()\n]{2,30}(?:[（(][^（）()\n]{1,10}[）)])?)[）)]?")
NAMES_LINE_SEPARATORS = re.compile(r"[ \t]*[、，,；;][ \t]*")
TITLED_LIST_REACH = 200
NEXT_LINE = re.compile(r"\s*\n[ \t>*-]*(?P<line>[^\n]+)")
BRACKET_OPEN = re.compile(r"[（(]")


@kept_for_article  # the persons and roles extractors both ask
def titled_name_lists(document: Document) -> Iterator[tuple[str, list[re.Match[str]]]]:
    """A heading that is a title ("### **大会主席**：") over a line of names, each with the
    organisation in brackets ("张某（某大学）、窦某（某公司）"): the title, and the names (in the prose)."""
    text = document.prose
    for heading in document.headings:
        title = heading.text.strip(" \t*：:")
        line = NEXT_LINE.match(text, heading.end, heading.end + TITLED_LIST_REACH)
        # the bracket first: most headings have no names under them, and a title is slower to tell
        if line is None or not BRACKET_OPEN.search(line.group("line")) or not title or len(title) > 16 \
                or split_title(title) is None:
            continue
        at = line.start("line")
        items = list(NAME_WITH_ORG.finditer(text, at, line.end("line")))
        rest = NAMES_LINE_SEPARATORS.sub("", NAME_WITH_ORG.sub("", line.group("line"))).strip(" \t。.")
        if items and not rest:
            yield title, items
