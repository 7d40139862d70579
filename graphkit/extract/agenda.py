"""Agendas written as lines rather than tables, read into the rows a speaker table gives:

- a time slot, its talk's title, then the speaker on the next line (or after a ``<br>``):
  "09：55-10：30 贝壳全链路跟踪实践" / "赵某，某公司监控技术负责人";
- a list item of a speaker, an aside in brackets, then the talk's title in 《》:
  "- 季某(清某) 《Seata 的过去、现在和未来》";
- in an agenda, a heading that is a talk's title, then its speaker alone in a list item;
- a list item of the title, then its speaker and time in brackets: "* X（某公司-乔某 14:20-15:00）";
- a list item of a time slot, the title, then the titles and the speaker in brackets;
- a list of items "title - speaker, speaker", link text or not;
- programme lines "TITLE | ORG TITLE NAME", several of them.
"""
from __future__ import annotations

import itertools
import re
from typing import Iterator

from ..ingest.body import LIST_ITEM
from ..line_start import LineStartPattern, lines_holding
from ..model import Document
from . import lexicons
from .descriptors import reads_as_organization, split_title
from .names import surname_of
from .tables import BOOK_TITLE, LATIN_NAME, SPEAKER_LABEL, TIME_RANGE, SpeakerRow, kept_for_article, speaker_name
from .talk_lists import talk_list_rows

HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
ASIDE = r"(?:[ \t]*[（(][^（）()\n]{1,20}[）)])?"
# tried only at the start of lines that start with a digit (``_time_slots``)
TIME_SLOT = re.compile(rf"{TIME_RANGE}[ \t]*"
                       r"(?P<title>[^\n<]{4,80}?)[ \t]*(?:<br[ \t]*/?>|\n(?:[ \t]*\n)?)[ \t>*-]*"
                       rf"(?P<name>{HAN_NAME}|{LATIN_NAME}){ASIDE}[ \t]*(?:[，,、][ \t]*|[ \t]+)(?P<desc>[^\n<]{{2,80}})")
# "8:15PM-8:45PM, TITLE" then "主讲人: NAME" on the next line
CLOCK = r"\d{1,2}[:：]\d{2}(?:[ \t]?[AaPp][Mm])?"
CLOCK_START = re.compile(r"(?<!\d)\d{1,2}[:：]")
AM_PM_RANGE = re.compile(r"[AaPp][Mm][ \t]*[-–—~～至]")
LABELLED_SLOT = re.compile(rf"{CLOCK}[ \t]*[-–—~～至][ \t]*{CLOCK}[ \t,，、：:]*(?P<title>[^\n。]{{4,80}}?)[ \t]*\n"
                           rf"[ \t>*-]*{SPEAKER_LABEL}[ \t*]*[：:][ \t*]*"
                           rf"(?P<names>(?:{HAN_NAME}|{LATIN_NAME})(?:[ \t]*(?:[、，,&＆]|和|与)[ \t]*(?:{HAN_NAME}|{LATIN_NAME}))*)")
# "- 18:40 - 18:55 续某：TITLE": a time slot, its speaker, a colon, the talk's title on the same line
# … or in a table's cells: "| 18:40 - 18:55 | 续某：TITLE |"
SLOT_NAME_COLON = re.compile(rf"{TIME_RANGE}(?:[ \t]+|[ \t]*\|[ \t]*)"
                             rf"(?P<name>{HAN_NAME}|{LATIN_NAME}){ASIDE}[ \t]*[:：][ \t]*(?P<title>[^\n<|]{{4,80}}?)[ \t]*\|?[ \t]*$",
                             re.M)
# whether the body has any time slot at all; one pattern per colon, each led by its literal
TIME_RANGES = (re.compile(r":\d\d[ \t]*[-–—~～至]"), re.compile(r"：\d\d[ \t]*[-–—~～至]"))
# "## 云原生可观测性数据库 X" then "* 高某" alone: a talk's heading and its speaker, in an agenda
HEADED_TALK = LineStartPattern(rf"^#{{2,4}}[ \t]+(?P<title>[^\n]{{4,80}}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*[-*+][ \t]+"
                               rf"(?P<name>{HAN_NAME}|{LATIN_NAME})[ \t]*$")
# two more list items that are names alone after the first: a roll of people
ROLL_AFTER = re.compile(rf"(?:\n[ \t]*[-*+][ \t]+(?:{HAN_NAME}|{LATIN_NAME}|[A-Za-z][\w.-]*(?:[（(][^（）()\n]*[）)])?)[ \t]*(?=\n|$)){{2}}")
AGENDA_WORDS = re.compile(r"议程|日程|Agenda|agenda|Schedule")
# "* DolphinScheduler内部原理和架构设计（易观-乔某 14:20-15:00）": the title, then its speaker
# and the time in brackets
TITLE_THEN_SPEAKER = LineStartPattern(rf"^[ \t]*[-*+][ \t]+(?P<title>[^（(\n]{{4,80}}?)[ \t]*[（(](?:(?P<desc>[^（）()\n]{{1,20}}?)[-—–])?"
                                      rf"(?P<name>{HAN_NAME})[ \t]+\d{{1,2}}[:：]\d{{2}}")
# the notes after a speaker's name in a programme's brackets: the talk's language, whether it is streamed
NOTE_WORD = r"(?:中文|英文|English|Chinese|不直播|直播|线上|线下|远程)"
SLOT_NOTE = rf"{NOTE_WORD}(?:[ \t]*[，,][ \t]*{NOTE_WORD})*"
# "* 14:00 - 14:40 X 的融合（ 某游戏 & Committer   刘某）": time, title, then the titles and the name in brackets
# … the time in bold, a comma after it, a note after the name ("- **10:00～10:40**， TITLE（覃某，中文）")
SLOT_ITEM = LineStartPattern(rf"^[ \t]*[-*+][ \t]+(?:\*\*)?{TIME_RANGE}(?:\*\*)?(?:[ \t]+|[ \t]*[，,][ \t]*)"
                             rf"(?P<title>[^（(\n]{{4,80}}?)[ \t]*[（(][ \t]*(?:(?P<desc>[^（）()\n]*?[^（）()\s])[ \t]+)?"
                             rf"(?P<name>{HAN_NAME})(?:[ \t]*[，,][ \t]*{SLOT_NOTE})?[ \t]*[）)]")
# "- [X 的实践 - 汪某，黄某](https://…)": a list of talks, each its title, a dash and its speakers
# … the speaker's organisation may follow after a space: "* TITLE - 骆某 某公司/前端研发部"
# … or each after an @: "* TITLE － 崔某@某公司", "- David@某公司， La Jie@某公司"
# … or a handle, then the name in brackets: "* TITLE - Tennylv (吕某)"
AT_SPEAKER = (r"(?:[A-Za-z][A-Za-z0-9_.-]{1,20}[ \t]?[（(](?=[\u4e00-\u9fff]{2,3}[）)]))?"
              r"(?:[\u4e00-\u9fff]{2,3}|[A-Za-z][A-Za-z0-9_.-]{1,20}(?: [A-Z][a-z]+)?(?=@))[）)]?"
              r"(?:@[^\s，,、@\[\]()]{1,30}(?: [A-Z][A-Za-z]+)?)?")
# … or each mentioned, an @ before the name: "- 19:30-20:30 TITLE - @刘某 、@Wout Werkman"
MENTIONED_NAME = re.compile(r"@(?P<name>[\u4e00-\u9fff]{2,3}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")
MENTIONED = MENTIONED_NAME.pattern.replace("?P<name>", "?:")
# (a list marker escaped, "\- TITLE - NAME", is one too: an editor wrote the dash literally)
TITLE_DASH_SPEAKERS = LineStartPattern(rf"^[ \t]*\\?[-*+][ \t]+\[?(?P<title>[^\[\]\n]{{4,80}}?)(?:[ \t]+[-—–－]|[—－])[ \t]*"
                                       rf"(?P<names>{AT_SPEAKER}(?:[ \t]*[，,、][ \t]*{AT_SPEAKER})*|{MENTIONED}(?:[ \t]*[，,、][ \t]*{MENTIONED})*)"
                                       rf"(?:[ \t]+(?P<org>[^\s\[\]()@]{{2,30}}))?\]?(?:\([^()\n]*\))?[ \t]*$")
SPEAKER_AT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}|[A-Za-z][A-Za-z0-9_.-]{1,20}(?: [A-Z][a-z]+)?(?=@))(?:@(?P<org>[^\s，,、@]{1,30}(?: [A-Z][A-Za-z]+)?))?")
TALK_LIST_WORDS = re.compile(r"议程|日程|演讲主题|分享主题|议题|Agenda|agenda")
TITLE_COMMA_SPEAKER = LineStartPattern(r"^[ \t]*[-*+][ \t]+(?P<title>[^，,\n]{4,80}?)[ \t]*[，,][ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*$")
LINK_LINES = re.compile(r"(?:[ \t]*(?:!?\[[^\[\]\n]*\]\([^()\n]*\)[ \t]*)*\n)*")
# "<strong>TITLE | ORG TITLE NAME</strong>": a programme's line, the talk, a bar, the speaker's titles and name
BAR = re.compile(r"[|｜]")
PIPE_SLOT = re.compile(rf"[ \t]*(?:<(?:strong|b)>|\*\*)?[ \t]*(?P<title>[^|｜\n<>*]{{4,80}}?)[ \t]*[|｜][ \t]*"
                       rf"(?P<desc>[^|｜\n<>*]{{2,60}}?)[ \t]+(?P<name>{HAN_NAME}|{LATIN_NAME})[ \t]*(?:</(?:strong|b)>|\*\*)?[ \t]*$")
# "* TITLE——某公司CTO 李某", "## TITLE - 某公司 联合创始人 郭某": a programme's line or heading,
# the talk, a dash, the speaker's titles and name
DASH = re.compile(r"——|[ \t][-–—][ \t]")
DASH_SLOT = re.compile(rf"[ \t]*(?:#{{1,6}}[ \t]+|[-*+][ \t]+|\d{{1,2}}[.、)][ \t]+)(?:\*\*)?(?P<title>[^\n]{{4,80}}?)"
                       rf"(?:——|[ \t]+[-–—][ \t]+)(?P<desc>[^\n—–]{{2,60}}?)[ \t]+(?P<name>{HAN_NAME}|{LATIN_NAME})"
                       rf"[ \t]*(?:\*\*)?[ \t]*$")
# "| 14:00 - 14:30 | 《X》  史某 某公司 |": a table cell of a title in 《》, then its speaker's card;
# literal-led by the bracket
CELL_TALK = re.compile(r"《(?P<title>[^《》\n|]{2,80})》(?P<rest>[^|\n《》]{2,80})(?=\|)")
CARD_WORD = re.compile(r"[^\s：:，,、]+")
# "5. 9:01-9:18 《X》-郭某，某刊总编辑", "### 《X》-Sanjeev Kulkarni，Streamlio CTO": a title, a dash, its speaker
BOOK_DASH_SPEAKER = re.compile(rf"《(?P<title>[^《》\n]{{2,80}})》(?:[ \t]*[-—–]{{1,2}}[ \t]*|[ \t]+)(?P<name>{HAN_NAME}|{LATIN_NAME})"
                               rf"(?=[ \t]*(?:[，,]|$))(?:[ \t]*[，,][ \t]*(?P<desc>[^\n]{{2,80}}))?", re.M)
# "- `09:15-10:00` `厅` [TITLE](…) 陈某 / 某公司 / 架构师": a programme's item, a linked title, then its speaker
LINKED_SLOT = LineStartPattern(r"^[ \t]*[-*+][ \t]+`?\d{1,2}[:：]\d{2}[^\n\[]*\[(?P<title>[^\[\]\n]{4,80})\]\([^()\n]*\)"
                               r"[ \t]*(?P<rest>[^\n]{2,80})$")
LABEL_LINE_START = re.compile(r"[ \t>*+-]*")
# "- 分享嘉宾：某公司 郭某、陈某": a speaker label, the speakers' company, then their names
# … its unit after a space too: "讲者：某公司 数据部 林某"
COMPANY_THEN_SPEAKERS = re.compile(rf"{SPEAKER_LABEL}[ \t*]*[：:][ \t*]*"
                                   rf"(?P<org>[^\s：:，,、]{{2,16}}(?:[ \t]+[^\s：:，,、]{{1,12}}?(?:部|组|中心|团队|实验室))?)[ \t]+"
                                   rf"(?P<names>{HAN_NAME}(?:[ \t]*[、，,][ \t]*{HAN_NAME})*)"
                                   r"[ \t*]*$", re.M)
# "1. 【某公司-陈某】TITLE": a programme's item, the speaker's company and name in brackets, then the title
BRACKETED_SPEAKER = LineStartPattern(rf"^[ \t]*(?:\d{{1,2}}[.)、．]|[-*+])?[ \t]*【(?P<org>[^【】\n—–-]{{1,20}})[—–-]"
                                     rf"(?P<name>{HAN_NAME}|{LATIN_NAME})】[ \t]*(?P<title>[^\n【】]{{4,80}}?)[ \t]*$")
# "1. [《TITLE》](…) 杨某(鲁尼) & 戴某": a linked title in 《》, then its speakers
SPEAKER_ASIDE = rf"(?:{HAN_NAME}|{LATIN_NAME}){ASIDE}"
LINKED_BOOK_SPEAKERS = LineStartPattern(rf"^[ \t]*(?:\d{{1,2}}[.)、．]|[-*+])?[ \t]*\[《(?P<title>[^《》\n]{{2,80}})》\]\([^()\n]*\)[ \t]+"
                                        rf"(?P<names>{SPEAKER_ASIDE}(?:[ \t]*[&＆、，,][ \t]*{SPEAKER_ASIDE})*)[ \t]*$")
LISTED_TALK = LineStartPattern(rf"^[ \t]*[-*+][ \t]+(?P<name>{HAN_NAME}){ASIDE}[ \t]*《(?P<title>[^《》\n]{{2,80}})》")


# what introduces books, not talks: "**推荐书籍：**", "一步一步带你写系统的书籍：", "## 参考资料"
READING_LIST = re.compile(r"书籍|书单|书目|参考书|推荐阅读|阅读材料|参考资料|参考文献|著作|教材")
LABEL_END = re.compile(r"[^\n：:]{0,4}[：:][ \t*]*(?:\n|$)")
# a reading list ends at a heading, a label, a rule or a bold line alone
NEXT_SECTION = LineStartPattern(r"^(?:#+[ \t]|[^\n]{1,30}[：:][ \t*]*$|[-*_]{3,}[ \t]*$|\*\*[^\n]+\*\*[ \t]*$)")


@kept_for_article
def agenda_slots(document: Document) -> list[SpeakerRow]:
    """A speaker row for each time slot or listed talk of the body that names its speaker; the
    persons and talks extractors both ask."""
    rows = [*_rows(document.body), *_labelled_slots(document.prose), *_booked_card_lines(document.prose)]
    # a list of talks in a layout of its own, on the lines no pattern above read
    read_lines = {document.body.rfind("\n", 0, at) + 1 for row in rows for at in (row.person_start, row.talk_start)}
    line_of = {row: document.body.rfind("\n", 0, row.person_start) + 1 for row in talk_list_rows(document.body)}
    # … but not a list of feedback or proposals ("### 改进建议" over "- 某某：产品多讲一些")
    rows += [row for row, line_start in line_of.items() if line_start not in read_lines
             and not (row.person_start < row.talk_start and listed_as_feedback(document, line_start))]
    books = reading_lists(document)
    return [row for row in rows if not any(start <= row.person_start < end for start, end in books)]


@kept_for_article  # the agenda's rows and the talks extractor both ask
def reading_lists(document: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each reading list: from a line that introduces books ("推荐书籍：", "## 参考资料")
    to the next heading or line that introduces something else. Its "《X》--某某" are books and
    their authors, no talks."""
    body = document.body
    for word in READING_LIST.finditer(body):
        line_start = body.rfind("\n", 0, word.start()) + 1
        line_end = body.find("\n", word.end()) % (len(body) + 1)
        if not (body.startswith("#", line_start) or LABEL_END.match(body, word.end())):
            continue  # a word in a sentence ("他的著作很多"), no list's label
        following = next(NEXT_SECTION.finditer(body, line_end), None)
        yield line_end, following.start() if following else len(body)


# "**《TITLE》NAME ORG TITLE**", "**《TITLE》**NAME，ORG TITLE": a line of a talk's title, its
# speaker's name and card (markup blanked)
BOOK_LINE_CARD = re.compile(rf"[ \t>*]*《(?P<title>[^《》\n]{{2,80}})》[ \t]*(?P<name>{HAN_NAME}|{LATIN_NAME})(?:[ \t]+|[ \t]*[，,][ \t]*)"
                            r"(?P<desc>[^\n，,。；;：:]{2,40}?)[ \t*]*$")
CLOSING_BOOK_MARK = re.compile("》")


def _booked_card_lines(prose: str) -> Iterator[SpeakerRow]:
    """A talk's line: its title in 《》, then its speaker's name and a card that ends in a title."""
    for start, end in lines_holding(prose, CLOSING_BOOK_MARK):
        line = BOOK_LINE_CARD.fullmatch(prose, start, end)
        if line and speaker_name(line.group("name")) and split_title(line.group("desc").strip()) is not None:
            yield SpeakerRow(line.group("name"), line.start("name"), line.group("desc").strip(), line.start("desc"),
                             line.group("title"), line.start("title"))


def _labelled_slots(prose: str) -> Iterator[SpeakerRow]:
    """A time slot's title, then its speaker's label on the next line: "8:15PM-8:45PM, TITLE" /
    "主讲人: NAME"; read in the prose, where markup is blanked ("<summary>…</summary>")."""
    # tried only where a clock opens a range: the pattern starts with a digit class
    starts = sorted({m.start() for pattern in (*TIME_RANGES, AM_PM_RANGE) for m in pattern.finditer(prose)})
    slots = (LABELLED_SLOT.match(prose, clock.start()) for clock in
             (CLOCK_START.search(prose, max(0, at - 5), at + 1) for at in starts) if clock is not None)
    for slot in (slot for slot in slots if slot is not None):
        for name in re.finditer(rf"{HAN_NAME}|{LATIN_NAME}", slot.group("names")):
            if speaker_name(name.group()):
                yield SpeakerRow(name.group(), slot.start("names") + name.start(), talk=slot.group("title").strip(),
                                 talk_start=slot.start("title"))


# "分享2：TITLE NAME ORG ROLE", "20:30-21:00 分享 3：《TITLE》——NAME、ORG ROLE": a programme's
# numbered talk, its title, then its speaker's card
NUMBERED_TALK = LineStartPattern(rf"^[ \t>*-]*(?:{TIME_RANGE}[ \t]*)?(?:分享|主题|议题|演讲|话题)[ \t]*\d{{1,2}}[ \t]*[：:][ \t]*"
                                 r"(?P<rest>[^\n]{6,160}?)[ \t*]*$")
# "20:10-20:30 《TITLE》——NAME，ORG ROLE": a programme's slot, its title in 《》, then the card
TIMED_BOOKED_TALK = LineStartPattern(rf"^[ \t>*-]*{TIME_RANGE}[ \t]*(?P<rest>《[^\n]{{6,160}}?)[ \t*]*$")
BOOKED_THEN_CARD = re.compile(rf"《(?P<title>[^《》\n]{{2,80}})》[ \t]*(?:——|—|--|-|：|:)?[ \t]*(?P<name>{HAN_NAME}|{LATIN_NAME})"
                              rf"{ASIDE}[ \t]*(?:[，,、]|[ \t]+)[ \t]*(?P<desc>[^\n]{{2,80}})")
ADDRESS_END = re.compile(r"(?<=[\u4e00-\u9fff])(?:博士|老师|先生|女士|教授)[ \t]*$")  # "NAME博士": a form of address
SPACED_NAME = re.compile(r"(?<=[ \t])[\u4e00-\u9fff]{2,3}(?=[ \t]+\S)")


def _numbered_talk(line: re.Match[str]) -> SpeakerRow | None:
    """The speaker row of a numbered talk's line: its title in 《》 then the card, or the title
    then a name and a card that holds a title, a space before each."""
    rest, at = line.group("rest"), line.start("rest")
    booked = BOOKED_THEN_CARD.fullmatch(rest)
    if booked:
        return SpeakerRow(booked.group("name"), at + booked.start("name"), booked.group("desc").strip(),
                          at + booked.start("desc"), booked.group("title"), at + booked.start("title"))
    dash = rest.find("——")
    if dash > 0:
        # "TITLE——NAME（别名）", "TITLE—— 某公司创始人 NAME博士": the card after the dash; or the card
        # first, "某公司 CTO  NAME——TITLE"
        before, after = rest[:dash], rest[dash:].lstrip("—")
        after_at = at + len(rest) - len(after)
        title_first = len(before.strip()) >= 4 and _card_after(ADDRESS_END.sub("", after), after_at, before.strip(), at)
        if title_first:
            return title_first
        title = after.strip()
        return _card_after(before, at, title, after_at + len(after) - len(after.lstrip())) if len(title) >= 4 else None
    for name in SPACED_NAME.finditer(rest):
        title, desc = rest[:name.start()].strip(), rest[name.end():].strip()
        if len(title) >= 4 and speaker_name(name.group()) and split_title(re.split(r"[、，,]", desc)[0]) is not None:
            # "TITLE 龙某 某公司 CTO、某会学员": the card's first title will do
            return SpeakerRow(name.group(), at + name.start(), desc, at + rest.find(desc, name.end()), title, at)
    return None


def _rows(body: str) -> Iterator[SpeakerRow]:
    timed = any(pattern.search(body) for pattern in TIME_RANGES)  # one pass, not one per kind of slot
    for slot in _time_slots(body) if timed else ():
        if slot.re is SLOT_NAME_COLON:
            if speaker_name(slot.group("name")):
                yield SpeakerRow(slot.group("name"), slot.start("name"), talk=slot.group("title"),
                                 talk_start=slot.start("title"))
            continue
        quoted = BOOK_TITLE.fullmatch(slot.group("desc").strip())
        if quoted:
            # "**14:10-14:50 演讲一**" over "吴某 《TITLE》": the slot's words label it, the title follows the name
            yield SpeakerRow(slot.group("name"), slot.start("name"), talk=quoted.group(1),
                             talk_start=slot.start("desc") + slot.group("desc").find(quoted.group(1)))
            continue
        yield SpeakerRow(slot.group("name"), slot.start("name"), slot.group("desc").strip(), slot.start("desc"),
                         slot.group("title").strip(" \t*"), slot.start("title"))
    for item in SLOT_ITEM.finditer(body) if timed else ():
        if not speaker_name(item.group("name")):
            continue  # "自由讨论（最晚 22:00 结束）": words in the brackets
        yield SpeakerRow(item.group("name"), item.start("name"), item.group("desc") or "",
                         item.start("desc") if item.group("desc") else -1, item.group("title"), item.start("title"))
    for item in TITLE_THEN_SPEAKER.finditer(body) if timed else ():
        if not speaker_name(item.group("name")):
            continue
        yield SpeakerRow(item.group("name"), item.start("name"), item.group("desc") or "",
                         item.start("desc") if item.group("desc") else -1, item.group("title"), item.start("title"))
    if AGENDA_WORDS.search(body):
        for item in HEADED_TALK.finditer(body):
            if item.group("title").strip(" \t:：") in lexicons.load("generic_headings") \
                    or ROLL_AFTER.match(body, item.end()):
                continue  # "## Attendees" over "- 甲", "- 乙", "- 丙": a roll of people, no talk's speakers
            yield SpeakerRow(item.group("name"), item.start("name"), talk=item.group("title"), talk_start=item.start("title"))
    for items in _lists(TITLE_COMMA_SPEAKER.finditer(body), body) if TALK_LIST_WORDS.search(body) else ():
        # "**演讲主题**" over "- TITLE，侯某" lines: a list of talks, each with its speaker last
        if len(items) < 2 or not all(surname_of(item.group("name")) for item in items):
            continue
        for item in items:
            yield SpeakerRow(item.group("name"), item.start("name"), talk=item.group("title"), talk_start=item.start("title"))
    dashed = _lists(TITLE_DASH_SPEAKERS.finditer(body), body) if " - " in body or " — " in body or "－" in body else []
    # … or one item under each of three events' headings at least ("## 15th 2016/08/21" over "* TITLE - NAME@ORG")
    titles = [item.group("title") for items in dashed for item in items]
    many_lists = len(dashed) >= 3 and len(set(titles)) == len(titles)
    for items in dashed:
        # one such item could be anything, a list of them is an agenda; but not a series' parts
        # ("系列 - 核心篇", "系列 - 消息篇"), one title again and again
        if len(items) < 2 and not many_lists or len({item.group("title") for item in items}) < len(items):
            continue
        for item in items:
            mentioned = item.group("names").startswith("@")
            for speaker in (MENTIONED_NAME if mentioned else SPEAKER_AT).finditer(item.group("names")):
                at = item.start("names")
                org, org_start = (speaker.group("org"), at + speaker.start("org")) if not mentioned and speaker.group("org") \
                    else (item.group("org"), item.start("org")) if item.group("org") else ("", -1)
                yield SpeakerRow(speaker.group("name"), at + speaker.start("name"), org or "", org_start,
                                 talk=item.group("title"), talk_start=item.start("title"), descriptor_is_company=bool(org))
    numbered = NUMBERED_TALK.finditer(body) if "：" in body or ":" in body else ()
    for line in itertools.chain(numbered, TIMED_BOOKED_TALK.finditer(body) if timed and "《" in body else ()):
        row = _numbered_talk(line)
        if row is not None:
            yield row
    slots = [slot for slot in _pipe_slots(body) if split_title(slot.group("desc").strip()) is not None]
    for slot in slots if len(slots) >= 2 else ():  # one such line could be anything; several are a programme
        yield SpeakerRow(slot.group("name"), slot.start("name"), slot.group("desc").strip(), slot.start("desc"),
                         slot.group("title").strip(), slot.start("title"))
    dash_slots = [dash_line for start, end in lines_holding(body, DASH) if (dash_line := DASH_SLOT.match(body, start, end))
                  and split_title(dash_line.group("desc").strip()) is not None and speaker_name(dash_line.group("name"))]
    for dash_line in dash_slots if len(dash_slots) >= 2 else ():
        yield SpeakerRow(dash_line.group("name"), dash_line.start("name"), dash_line.group("desc").strip(),
                         dash_line.start("desc"), dash_line.group("title").strip(), dash_line.start("title"))
    for cell in CELL_TALK.finditer(body) if "《" in body and "|" in body else ():
        row = _cell_speaker(body, cell)
        if row is not None:
            yield row
    for item in BOOK_DASH_SPEAKER.finditer(body) if "《" in body else ():
        if speaker_name(item.group("name")):
            yield SpeakerRow(item.group("name"), item.start("name"), item.group("desc") or "",
                             item.start("desc") if item.group("desc") else -1, item.group("title"), item.start("title"))
    for item in LINKED_SLOT.finditer(body) if "](" in body else ():
        row = _card_after(item.group("rest"), item.start("rest"), item.group("title"), item.start("title"))
        if row is not None:
            yield row
    for item in COMPANY_THEN_SPEAKERS.finditer(body):  # literal-led; the label must lead its line
        names = list(re.finditer(HAN_NAME, item.group("names")))
        if LABEL_LINE_START.fullmatch(body, body.rfind("\n", 0, item.start()) + 1, item.start()) \
                and reads_as_organization(item.group("org")) and all(speaker_name(n.group()) for n in names):
            for name in names:
                yield SpeakerRow(name.group(), item.start("names") + name.start(), item.group("org"), item.start("org"),
                                 descriptor_is_company=True)
    for item in BRACKETED_SPEAKER.finditer(body) if "【" in body else ():
        if speaker_name(item.group("name")):
            yield SpeakerRow(item.group("name"), item.start("name"), item.group("org").strip(), item.start("org"),
                             item.group("title"), item.start("title"), descriptor_is_company=True)
    for item in LINKED_BOOK_SPEAKERS.finditer(body) if "[《" in body else ():
        for name in re.finditer(rf"(?P<name>{HAN_NAME}|{LATIN_NAME}){ASIDE}", item.group("names")):
            if speaker_name(name.group("name")):
                yield SpeakerRow(name.group("name"), item.start("names") + name.start("name"), talk=item.group("title"),
                                 talk_start=item.start("title"))
    for item in LISTED_TALK.finditer(body) if "《" in body else ():
        yield SpeakerRow(item.group("name"), item.start("name"), talk=item.group("title"), talk_start=item.start("title"))


def _card_after(rest: str, rest_start: int, title: str, title_start: int) -> SpeakerRow | None:
    """The speaker opening (or closing) the card after a programme item's title: "陈某 / 独立",
    "Lin Sun IBM", "袁某 某公司 / 首席架构师", "某公司 数据工程师 赵某"; its other words the descriptor."""
    # two Latin words: a third opens the card's organisation ("Lin Sun IBM", "Tom Berg Nimbus")
    latin = re.match(r"[ \t]*(?P<name>[A-Z][a-z]+[ \t][A-Z][a-z]+)(?![A-Za-z])", rest)
    word = latin or re.match(r"[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])", rest)
    if word is not None and speaker_name(word.group("name")):
        desc = rest[word.end():].strip(" \t/|｜")
        desc_start = rest_start + rest.find(desc, word.end()) if desc else -1
        return SpeakerRow(word.group("name"), rest_start + word.start("name"), desc, desc_start, title, title_start)
    # … or closing it: "某公司 数据工程师 赵某"
    last = re.search(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*$", rest)
    if last is not None and last.start() > 0 and rest[last.start() - 1] in " \t" and speaker_name(last.group("name")):
        desc = rest[:last.start()].strip(" \t/|｜")
        return SpeakerRow(last.group("name"), rest_start + last.start("name"), desc,
                          rest_start + rest.find(desc) if desc else -1, title, title_start)
    return None


def _cell_speaker(body: str, cell: re.Match[str]) -> SpeakerRow | None:
    """The speaker a table cell names after its 《title》: the card's first word ("史某 某公司",
    "张某：某公司专家"), else its last ("某公司 工程师 赵某"); a name of a surname and one or two
    characters, or a Latin name, its other words the descriptor."""
    line_start = body.rfind("\n", 0, cell.start()) + 1
    if not body[line_start:cell.start()].lstrip().startswith("|"):
        return None  # a table's row only
    words = list(CARD_WORD.finditer(cell.group("rest")))
    if not words:
        return None
    for word, others in ((words[0], words[1:]), (words[-1], words[:-1])):
        name = word.group()
        if re.fullmatch(HAN_NAME, name) and speaker_name(name):
            start = cell.start("rest") + word.start()
            desc = " ".join(w.group() for w in others)
            desc_start = cell.start("rest") + others[0].start() if others else -1
            return SpeakerRow(name, start, desc, desc_start, cell.group("title"), cell.start("title"))
    return None


def _pipe_slots(body: str) -> Iterator[re.Match[str]]:
    """PIPE_SLOT matched on the lines with one bar, not a table's rows ("| a | b |"); only the
    lines with a bar are looked at."""
    for start, end in lines_holding(body, BAR):
        line = body[start:end]
        if line.count("|") + line.count("｜") == 1 and not line.lstrip().startswith(("|", "｜")):
            match = PIPE_SLOT.match(body, start, end)
            if match:
                yield match


def _lists(items: Iterator[re.Match[str]], body: str) -> list[list[re.Match[str]]]:
    """Matches of whole lines grouped into lists: those on consecutive lines, or with only lines
    of links between them ("[ppt](…)", "[视频](…)" under each item)."""
    lists: list[list[re.Match[str]]] = []
    for item in items:
        between = body[lists[-1][-1].end():item.start()] if lists else ""
        if lists and between.startswith("\n") and LINK_LINES.fullmatch(between, 1):
            lists[-1].append(item)
        else:
            lists.append([item])
    return lists


def _time_slots(body: str) -> Iterator[re.Match[str]]:
    """TIME_SLOT matched only where a line starts with a digit: a pattern led by a character
    class costs as much at every position of a long text."""
    pos = 0
    for line in body.split("\n"):
        lead = len(line) - len(line.lstrip(" \t>*-|"))
        if line[lead:lead + 1].isdigit():
            match = TIME_SLOT.match(body, pos + lead) or SLOT_NAME_COLON.match(body, pos + lead, pos + len(line))
            if match:
                yield match
        pos += len(line) + 1


# what a list of "NAME：TEXT" lines is under: a programme, or feedback, ideas and proposals
PROGRAMME = re.compile(r"分享|议题|演讲|主题|报告|议程|日程|讲座|课程|安排|内容|活动|聚会|沙龙|第[ \t]*\d+[ \t]*期"
                       r"|Meetup|meetup|Talk|talk|Session|Agenda|Speaker|Program|嘉宾")
NOT_PROGRAMME = re.compile(r"建议|反馈|脑洞|想法|未来|可选|征集|鸣谢|感谢|决议|心得|评价|点评|问答|Q&A|纪要"
                           r"|Feedback|feedback|Idea|idea|TODO")


def listed_as_feedback(document: Document, line_start: int) -> bool:
    """Whether a list item ("某某：TEXT") lists feedback, ideas or proposals ("### 改进建议" over
    "- 某某：产品多讲一些"), not a programme: the first of its parent item, the line that leads its
    list in, the heading over it and the article's title to speak of either says which."""
    body = document.body
    own = body[line_start:body.find("\n", line_start) % (len(body) + 1)]
    indent = len(own) - len(own.lstrip(" \t"))
    led_in = False
    pos = line_start
    while pos > 0:
        start = body.rfind("\n", 0, pos - 1) + 1
        line, pos = body[start:pos - 1], start
        if not line.strip():
            continue
        is_heading = document.heading_at(start)
        item = LIST_ITEM.match(line) is not None and not is_heading
        lead = len(line) - len(line.lstrip(" \t"))
        if item and lead >= indent or not item and not is_heading and led_in:
            continue  # a sibling item, or a paragraph above the list's lead-in
        if item:
            indent = lead  # the parent item, then its own parent
        led_in = led_in or not item
        verdict = _programme_words(line)
        if verdict is not None or is_heading:
            return verdict is False
    return _programme_words(str(document.metadata.get("title") or "")) is False


def _programme_words(line: str) -> bool | None:
    """True where a line's last clause speaks of a programme, False of feedback or proposals,
    else None ("…感谢某某提供场地。以下是部分讲座的幻灯片："  leads in talks)."""
    clause = [c for c in CLAUSE_BREAK.split(line) if c.strip()][-1:] or [""]
    return False if NOT_PROGRAMME.search(clause[0]) else True if PROGRAMME.search(clause[0]) else None


CLAUSE_BREAK = re.compile(r"[，,。；;！？!?]")
