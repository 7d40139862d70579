"""Talks and their speakers.

- a title in 《》 in the sentence of a person, with a talk word: "带来《X》的主题演讲",
  "发表了题为《X》的演讲", "快手…负责人姜涛的 《X》";
- a heading whose section introduces its speaker: "### 议题\\n#### 分享嘉宾\\n温铭，…";
- a quoted title after a talk word: 演讲的题目是“X”;
- agenda tables with a talk column, and list items "罗毅: 议题".
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from typing import Callable, Iterable, Iterator, Sequence

from ..ingest.body import LIST_ITEM
from ..line_start import LineStartPattern, lines_holding
from ..model import ORGANIZATION, PERFORMS, PERSON, TALK, Document, Heading, Mention, Relation, Section
from . import lexicons
from .agenda import agenda_slots, listed_as_feedback, reading_lists
from .talk_lists import ASIDE_ONLY, DATE_ONLY
from .cards import heading_person
from .organizations import HOST_IN_TITLE, reads_as_bare_name
from .person_names import is_name
from .persons import PRESENTS_TITLE
from .speaker_layouts import (HEADING_DASH_NAME, HEADING_NAME_COLON, ITEM_HEADING_PRESENTER, book_line_speakers,
                              captioned_names, dash_named_headings, name_bracket_headings, org_name_title_headings,
                              presenting_headings, titles_by_speaker)
from .descriptors import domain_words_start, names_organization, parse_descriptor, split_title
from .tables import BOOK_TITLE, INTERVIEW_TURN, TIME_RANGE, speaker_rows, title_line_above

TALK_WORDS = re.compile(r"演讲|分享|主题|报告|汇报|题为|为题|》开场|》开讲|议题|带来|讲解|发表|Keynote|keynote|talk|Talk|出品|主讲|讲座")
LEAD_REACH = 300
# (a forum's, a track's or a summit's heading lists its talks too: "## 互联网应用架构实战峰会")
TALKS_HEADING = re.compile(r"分享|议题|话题|演讲|会议|峰会|论坛|专场|分会场|内容回顾|Talk|talk|Session|Track|track")
PRESENTS = re.compile(r"分享|介绍|展示|讲解|带来|揭秘|讲述|阐述|解读|公开|演讲")
BRACKETED_TITLE = re.compile(r"[ \t]*[（(][ \t]*(?:题目|题为|演讲|报告|主题|议题)[ \t]*[：:]?[ \t]*《")  # "（题目《X》）"
THIS_TOPIC = re.compile(r"(?:该|这个|这一|本|此)[ \t]*(?:主题|议题|话题)")  # the heading's talk, pointed back at
RECAP_VERB = re.compile(rf"{PRESENTS.pattern}|讨论|探讨|剖析|解释")  # "**TITLE**：某某探讨了…"

# a heading that names the field under it: "## Title", "### 题目"
# … with a slot's number: "## 主题1" over "《TITLE》"
TITLE_FIELD_HEADING = re.compile(r"(?:(?i:title|topic|talk|session)|标题|题目|主题|演讲主题|分享主题|议题)"
                                 r"[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?")
SERIES_TAG = re.compile(r"【[^【】\n]{1,40}】[ \t]*")
FIRST_TEXT_LINE = re.compile(r"\s*\n[ \t]*(?P<line>[^\n]*\S)")
CELL_ORDINAL = re.compile(r"^#\d{1,3}[ \t]+")  # "#1 X": a table's numbered course
# … a Latin name with its spaces too ("Echo Tang: 您…", an interviewer's turns)
LEADING_LABEL = LineStartPattern(r"^[ \t]*(?P<name>[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*)+|[^\s:：]{2,30}?)[ \t]*[:：]")
# "王某：Gentoo 开发者", "某某：社区布道师": a short card ending in a noun of who one is
AGENT_NOUN_END = re.compile(r"^[^\n]{0,10}[\u4e00-\u9fff](?:者|师|员)$")
UNDECIDED = re.compile(r"TBD|TODO|待定|未定")
# an article about an event: the talks its programme cards list were given there
# what stands between a speaker and the 《title》 presented: "吴某(handle)的《", "NAME 主要介绍了 《"
# … or a form of address: "张老师也做了《"
PRESENTED_AFTER_NAME = re.compile(rf"[ \t]*(?:[（(][^（）()\n]{{1,20}}[）)]|老师|博士|教授|先生|女士|同学)?[ \t]*{PRESENTS_TITLE.pattern}")
EVENT_IN_TEXT = re.compile(r"大会|峰会|论坛|Meetup|meetup|沙龙|Summit|Conference|专场|演讲|分享会")
MAX_TITLE = 80
DASH_TITLE = re.compile(r"[ \t]*[-—–][ \t]*(?P<title>[^\n\]\[（(]{4,60})")
PANEL_WORDS = re.compile(r"圆桌|对话|座谈|论坛|讨论|Panel|panel")
MODERATOR = re.compile(r"^[^，。；]{0,4}(?:主持|担任主持)")
# a title in 《》 followed by these names an event or a series, not a talk
# "《X》的掘力计划第21期活动": the theme of an event, not a talk
WORK_AFTER = re.compile(r"[ \t]*(?:一书|的?作者|译者|合著者|主编|编著|合译)")  # "《X》译者": a book, no talk
EVENT_AFTER = re.compile(r"^\s*(?:的[^，。；《》\n]{0,12}?)?(?:活动|大会|峰会|沙龙|会议|系列|专场|论坛|直播间)")
# "孙哲为我们分享 Flutter 动态方案 Fair 原理与实践。"
SHARES = re.compile(r"[ \t]*(?:(?:为|给|向)(?:大家|我们)(?:分享|带来|讲解|讲述)(?:了|的)?(?:主题为|题为|名为)?"
                    r"|(?:分享|带来|讲解|讲述)(?:了)?(?:主题为|题为|名为))[ \t]*(?P<title>[^，。；！？\n《》]{4,60}?)"
                    r"(?:[ \t]*的(?:主题)?(?:演讲|分享|报告))?(?=[。\n]|$)")  # "…带来了 X 的分享。": X
# (not "带来了一场不谈细节的分享": a talk counted and described, not named)
GAVE_TALK = re.compile(r"(?:进行了|做了|作了|发表了|带来了)(?:题为|主题为)?(?![ \t]*[一两几][场次个段堂篇番])(?P<title>[^，。；！？《》“”\"\n]{4,60}?)"
                       r"的(?:主题)?(?:演讲|分享|报告)")
# read in the body, where the bold marks stand: "和大家介绍 **X** ，…"
# … the title may be bold in runs side by side: "**TiFlash** **DeltaTree 引擎设计**"
SHARES_BOLD = re.compile(r"[ \t*]*(?:为|给|向|和|与|跟)(?:大家|我们)(?:分享|介绍|带来|讲解|讲述)了?[ \t]*\*\*"
                         r"(?P<title>[^*\n]{1,60}?(?:\*\*[ \t]*\*\*[^*\n]{1,60}?)*)\*\*(?=[ \t]*[，,。；]|[ \t]*$)")
# a link's blanked address may follow the title inside the quotes: “[X](https://…)”
# … or "以“X”为题"
# … or after what the speaker gave: "某某同学分享的「X」", "某某演讲的“X”"
# … "@某某 的「X」" too, in a list of talks: a name right before 的 and the corner brackets
GIVEN_BY = re.compile(r"(?:分享|演讲|主讲|讲解)?的(?=[ \t]*「)|(?:分享|演讲|主讲|讲解)的")
# … or right after the kind of talk: "将进行专题演讲 “X”"; or after 进行, the kind after it:
# "郑某教授进行 “X” 学术汇报"
QUOTED_TITLE = re.compile(rf"(?:(?:题目|主题|议题|题为|名为)(?:是|为)?[：:]?|{GIVEN_BY.pattern}|以(?=\s*[“\"「][^”\"」\n]{{2,80}}[”\"」][ \t]*为题)"
                          r"|(?:专题|主题)(?:演讲|分享|报告)"
                          r"|(?:进行|[做作])了?(?=\s*[“\"「][^”\"」\n]{2,80}[”\"」][ \t]*的?(?:学术|主题|专题)?(?:汇报|报告|演讲|分享)))"
                          r"\s*[“\"「][ \t]*([^”\"」\n]{2,80}?)[ \t]*[”\"」]")
# "今天分享的内容是：" with the title on the next line: the sentence before introduces it
INTRODUCES_TITLE = re.compile(r"(?:演讲|分享|报告|介绍)[^。！？\n]{0,8}(?:内容|主题|题目)(?:是|为)?[ \t]*[：:]?[ \t]*$")
# an interview's guests ("受访嘉宾") give no talk; literal-led, the lookbehinds after the word
SPEAKER_LABEL = re.compile(r"嘉宾(?<!受访嘉宾)(?<!访谈嘉宾)(?<!采访嘉宾)|分享者|分享人|演讲者|演讲人|报告人|讲师|讲者|主讲人|主讲|Speaker")
PANEL_PREFIX = re.compile(r"^(?:圆桌(?:会议|论坛|对话|讨论|交流)?|Panel(?: Discussion)?)[ \t]*[：:｜|\-—]+[ \t]*")
NOT_TITLES = re.compile(r"^(?:分享嘉宾|嘉宾介绍|议题信息|议题介绍|议题详情|议题简介|议题概要|内容简介|上午|下午|晚上|日程安排|[^\n]{0,4}议程|分享议题|演讲议题|精彩议题|议题|分享主题|演讲主题|导语|讲师介绍|演讲嘉宾|分享者|嘉宾|议程|日程表?|时间表|活动介绍|活动议程|大会介绍|[\u4e00-\u9fff]{0,4}介绍|精彩回顾|.*回顾|[^\n]{0,8}(?:总结|小结|纪要)|结语|引言|前言|Q&A|QA|(?:开场|开幕|欢迎|嘉宾)?致辞|开场演讲|开场|第[ \t]*[\d一二三四五六七八九十百]+[ \t]*[期场]|[^\n]{0,8}(?:组织者|主持人|出品人|主席|评委|志愿者)|圆桌(?:讨论|论坛|对话|会议|交流)?(?:环节)?|Panel(?: Discussion)?)$")
# "《What's Next? …》" ends no sentence; unrolled, so that each character is tried once
SENTENCE = re.compile(r"[^。！？!?\n《]*(?:《[^《》\n]*》?[^。！？!?\n《]*)*")
TITLE_CUE = re.compile(rf"《|题|名为|{GIVEN_BY.pattern}[ \t]*[「“\"]|(?:演讲|分享|报告|进行|[做作]了?)[ \t]*[「“\"]")  # what a sentence naming a talk's title holds
# "本文根据…的演讲内容整理", "本文整理自…现场分享": the article writes up a talk
# … "本文为 ORG TITLE NAME 分享内容"
WRITE_UP = re.compile(r"本文(?:根据|整理自|内容整理自|内容来自|来自)[^。\n]{2,120}?(?:演讲|分享|报告|主题分享)[^。\n]{0,12}?(?:整理|实录|。|，|,|$)"
                      r"|本文为[^。\n]{2,80}?(?:演讲|分享)(?:内容|实录|整理)", re.M)
# a talk's own page: a heading that introduces its speaker, or its author beside the talk's details
SPEAKER_INTRO = re.compile(r"(?:分享者|分享人|分享嘉宾|演讲嘉宾|讲师|讲者|主讲人|演讲者)(?:自我)?(?:介绍|简介)?|Speakers?")
AUTHOR_INTRO = re.compile(r"作者(?:自我)?(?:介绍|简介)")
TALK_PAGE_HEADING = re.compile(r"分享(?:时间|地址|内容|信息)|回看视频|观看视频|录播")
EPISODE = re.compile(r"^[ \t]*(?:[^\s：:|｜《》]{0,12}[ \t]*)?第[ \t]*[\d一二三四五六七八九十百]+[ \t]*[期场][ \t：:|｜-]*")
TOPIC_IS = re.compile(r"(?:演讲|分享|报告|议题|讲座)的?(?:主题|题目|标题)(?:是|为)[ \t]*[：:]?[ \t]*(?P<title>[^\n。；]{4,160})")
TRANSLATION_TAIL = re.compile(r"[ \t]*[（(][A-Za-z][^（）()]*[）)][ \t]*$")  # "X（Tutorial: …）": the English title
EVENT_PAGE = re.compile(r"活动|邀请|回顾|报名|招募|预告|议程|日程")
ISSUE_NUMBER = re.compile(r"[ \t]*#\d+[ \t]*$")
# what an article's title adds to the talk's: "X | KubeCon NA 2019", "X - 2018 开源中国年终盛典分享实录"
TITLE_TAIL = re.compile(r"[ \t]*(?:[|｜]|[-—–][ \t]).*$|[（(][^）)]*[）)]")
# "在上一篇文章 [《X》]": an article's title, not a talk's
# a post of the same site: "/zh/blog/2020/05/24/…" (an outside write-up may be a talk's: "参考我在 X 上的分享：[《…》](…)")
ARTICLE_URL = re.compile(r"^/(?:[a-z]{2}(?:-[a-zA-Z]{2})?/)?(?:blog|post|article|news)s?/")
ARTICLE_BEFORE = re.compile(r"(?:文章|博文|博客|一文|篇|专栏|书)[ \t\[(（]*$")
FIRST_PERSON = re.compile(r"我|本人|笔者|给大家带来|给大家分享|大家好")
# "分享主题：X" with "分享嘉宾：NAME" next to it; not "议题介绍：…"
# … numbered: "议题一：《X》"
# … "议题名称：X", "话题：X"; but "活动主题：X" is the event's
TITLE_LABEL = re.compile(r"(?:分享主题|演讲主题|报告主题|分享题目|演讲题目|主题(?<!活动主题)(?<!大会主题)(?<!会议主题)"
                         r"|题目|议题|话题|讲题|Topic|Title|Talk)(?:名称)?(?P<number>[一二三四五六七八九十]{1,3}|\d{1,2})?"
                         r"(?!介绍|简介|描述|概要|内容|方向)[ \t]*[：:丨｜][ \t]*"
                         r"(?P<title>[^\n]{4,80})")
LABEL_REACH = 300
THEMATIC_BREAK = re.compile(r"\n[ ]{0,3}(?:-[ \t]*){3,}\n|\n[ ]{0,3}(?:\*[ \t]*){3,}\n")
# a colon, a bar, the name after a space, or a copula ("演讲者是来自…的万某"); not "嘉宾们"
LABEL_FOLLOWS = re.compile(r"[ \t*]*(?:介绍|简介|信息)?[ \t*]*(?:[：:｜|]|\n)|[ \t]+(?=[^\s，。,])|[ \t]*(?:是|为)")
TALK_TITLE_LABEL = re.compile(r"分享|演讲|报告|讲题")  # not a bare "主题", which an event has too
# after a card's name: its other name in brackets may come first ("杨某（Zike Yang），工程师，…")
CARD_AFTER_NAME = re.compile(r"[ \t*]*(?:[（(][^（）()\n]{1,30}[）)][ \t*]*)?(?:[，,·•・|｜]|$)")  # "张某 · 某公司总监"
# … its title may hold a colon of its own: "**X：Y**：某公司的某某介绍了…"
BOLD_TITLE_ITEM = LineStartPattern(r"^[ \t]*(?:[-*+][ \t]+)?\*\*(?P<title>[^*\n：:]{2,80}?(?:[：:][^*\n：:]{2,80}?)?)\*\*[ \t]*[：:]")
CARD_JOIN = re.compile(r"[ \t]*(?:[（(][^（）()\n]{1,30}[）)])?[ \t]*[，,、和与][ \t]*")
LINKED_TALK_AFTER = re.compile(r"[ \t]*(?:的)?(?:议题|主题演讲|演讲|分享|报告|会议|talk|Talk)")
LABEL_ENDS = re.compile(r"[ \t*]*(?:自我)?(?:介绍|简介|信息)?[ \t*]*(?:[：:]|$)", re.M)
LABEL_COLON = re.compile(r"[ \t*]*(?:信息|介绍|简介)?[ \t*]*[：:]")  # "讲者信息：NAME，…"
LABEL_LEAD = re.compile(r"[ \t*>]*(?:演讲|分享|特邀|本期)?")
# a numbered list item alone on the line before (a blank line between allowed)
LISTED_TITLE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.、)][ \t]+(?P<title>[^\n]{4,80}?)(?<![：:])[ \t]*\n(?:[ \t]*\n)?$")
KIND_AFTER = re.compile(r"[”\"」]的(?:主题|议题)?(?:分享|演讲|报告)$")
OPENING = re.compile(r"(?:致辞|致词|开场|开场演讲|开幕式)$")
SLOT_KINDS = (r"[（(](?:(?:中|英|中英|德|日|法|韩|俄|西班牙|葡萄牙)[文语]|双语|普通话|粤语|英语演讲|中文演讲|English|Chinese|闪电演讲|快速演讲|Lightning Talk|"
              r"主题演讲|Keynote)[）)]")
LANGUAGE_TAIL = re.compile(rf"[ \t]*{SLOT_KINDS}[ \t]*$")
LANGUAGE_HEAD = re.compile(rf"[ \t]*{SLOT_KINDS}[ \t]*")
# "- （中文）TITLE，演讲人：NAME": a list item, its title before the speaker's label
# … or "+ 【TITLE】 主讲：NAME": the title in brackets
LABEL_PUNCTUATION = re.compile(r"[ \t]*(?:[，,。.;；]|(?P<bracket>[（(])|(?P<closer>[】》]))[ \t]*$")
CLOSING_BRACKET = re.compile(r"[）)]")  # … or "TITLE（演讲者：NAME）"
# … its slot's time first, the title in corner brackets: "18:05「TITLE」"
LINE_LED_BY_TITLE = LineStartPattern(r"^[ \t*>]*(?:《(?P<title>[^《》\n]{2,80})》"
                                     r"|\d{1,2}[:：]\d{2}[ \t]*(?:《(?P<timed>[^《》\n]{2,80})》|「(?P<cornered>[^「」\n]{2,80})」))")
FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{1,4}[：:]")  # "地点：北京，嘉宾：…": a field, no title
FIELD_VALUE_MAX = 10
TIME_OR_DATE = re.compile(r"\d{1,2}[:：]\d{2}|\d{4}[.年/-]\d{1,2}")
PROGRAMME_HEADING = re.compile(r"演讲|报告|分享|议程|议题|日程|讲座|Talks?|Sessions?")
# "议题 1：", "议题四：", "开场演讲：", "闪电演讲⚡️——": the slot, not the title
NUMBERED_PREFIX = re.compile(r"[ \t]*(?:(?:(?:分享|演讲|报告)?(?:议题|话题|主题)|分享|报告|演讲|讲座|场次|Topic|Session|Talk|Part)(?:[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
                             r"[ \t]*(?:[：:.、]|[-—–]{1,2}[ \t]|(?=《))|[ \t]*[：:])|第[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[章讲课][ \t]*[：:]|(?:开场演讲|主题演讲|闪电演讲|圆桌讨论|演讲|分享|课程|讲题|(?:演讲|报告|分享)?题目)[^\w\u4e00-\u9fff]{0,4}(?:——|[：:]))[ \t]*")
DATED_HEAD = re.compile(r"(?:19|20)\d\d[-./年][ \t]*\d{1,2}[-./月][ \t]*\d{1,2}")
TIME_RANGE_PREFIX = re.compile(rf"^[ \t]*{TIME_RANGE}[ \t]+")
# "3. X", "二、X": a heading's ordinal (not "3.0 新特性")
SUBTITLE_AFTER = re.compile(r"[ \t]*[-—–:：]")
CARD_LEAD = re.compile(r"[ \t|>*-]*(?:[^\s：:|]{1,6}[ \t]*[：:])?[ \t*]*")  # "| 嘉宾：" before a card's name
COMPANY_LEAD = re.compile(r"(?P<org>[^\s：:][^：:\n]{1,15}?)[ \t]*[：:][ \t]*(?=\S)")
SECTION_PREFIX = re.compile(r"[ \t]*\d{1,2}\.[1-9]\d?[ \t]+(?=\S)")  # "2.3 TITLE": a programme's section (not "3.0 …", a version)
ORDINAL_PREFIX = re.compile(r"[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．](?!\d)[ \t]*")
# … "第十七期 ｜ X", "《某唠嗑室》第 30 期 - X": a series' edition, then the title
EDITION_PREFIX = re.compile(r"[ \t]*(?:[A-Za-z][A-Za-z0-9 ]*#[ \t]?\d+[ \t]*[：:|｜]"
                            r"|(?:《[^《》\n]{1,20}》|[^\s：:|｜《》]{0,12})[ \t]*第[ \t]*[\d一二三四五六七八九十百]+[ \t]*[期场]"
                            r"(?:[ \t]*(?:[：:|｜]|[-—–]+)|[ \t]+))")


class TalkExtractor:
    """Talk titles with their speakers, from sentences, sections, tables and lists."""

    name = "talks"
    requires = (PERSON,)
    provides = (TALK, ORGANIZATION)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        items = list(self._talks(document, found))
        return items + list(_label_run_speakers(document, found, items, self.name))

    def _talks(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        people = sorted((m for m in found if m.kind == PERSON and m.start >= 0), key=lambda m: m.start)
        person_at: dict[int, Mention] = {}  # the first person found at each start
        for person in people:
            person_at.setdefault(person.start, person)
        authors = [m for m in found if m.kind == PERSON and m.field == "author"]
        author = authors[0] if len(authors) == 1 else None
        seen: set[tuple[str, str]] = set()
        programme_rows = [row for row in [*speaker_rows(document), *agenda_slots(document)] if row.talk]
        row_titles = [(row.talk_start, row.talk_start + len(row.talk)) for row in programme_rows]
        books = reading_lists(document)  # "推荐书籍：" over "《X》--某某": works and their authors

        def talk(title: str, start: int, speaker: Mention, rel_start: int, rel_end: int,
                 confidence: float) -> Iterable[Mention | Relation]:
            # "SOFAChannel#10：X": the live stream's, then the talk's title; "议题 1：X": the talk's number
            # "13:00 - 13:40 TITLE": a heading's slot, not its title
            # "| 二、《X》": a bar set before the heading's ordinal; a zero-width space before it
            # … "【Infra Meetup No.45】X": the series' tag in brackets before the title
            barred = _untagged(title.lstrip(" \t\u200b\ufeff|｜"))
            start, title = start + len(title) - len(barred), barred
            edition = TIME_RANGE_PREFIX.match(title) or EDITION_PREFIX.match(title) or NUMBERED_PREFIX.match(title) \
                or ORDINAL_PREFIX.match(title) or SECTION_PREFIX.match(title)
            stripped = title[edition.end() if edition else 0:].lstrip(" \t:：,，。\u200b\ufeff")
            # "### 北辰云：TITLE" over "北辰云工程师 **NAME** 分享了…": the speaker's company leads the title
            # … or on the speaker's card below ("20:50 - 21:15 | 芯来：TITLE" / "| 嘉宾：NAME 芯来科技 经理"),
            # the company's name there led by the same two characters ("统信UOS", "统信软件")
            company = COMPANY_LEAD.match(stripped)
            if company and _speakers_company(document.prose, company.group("org"), speaker, start + len(title)):
                stripped = stripped[company.end():]
            start += len(title) - len(stripped)
            # "X (中文)": the talk's language; "X([视频](…))": a bracket its links were cut from
            span = LANGUAGE_TAIL.sub("", stripped).rstrip(" \t:：,，。(（\\\u200b\ufeff")
            kind = KIND_AFTER.search(span)
            if kind and span[:1] in "“\"「" and len(re.findall(r"[“”\"「」]", span)) == 2:
                span = span[:kind.start()] + span[kind.start():kind.start() + 1]  # "“X”的议题分享": the title in quotes
            marked = span.startswith(("《", "“", "「", "『")) and span.endswith(("》", "”", "」", "』")) and span.count(span[0]) == 1
            if not marked and span.startswith("《") and span.count("《") == span.count("》") == 1 \
                    and not SUBTITLE_AFTER.match(span, span.index("》") + 1):
                # "《TITLE》 哔哩哔哩播放量1万": the title's marks end it (but "《X》- 从选型到上线": its subtitle)
                span, marked = span[:span.index("》") + 1], True
            if marked:
                span, start = span[1:-1].strip(), start + 1 + len(span[1:]) - len(span[1:].lstrip())
            if span[:1] == "[" and span[-1:] == "]" and span.count("[") == 1:
                span, start = span[1:-1], start + 1  # "《[TITLE]》": a reference-style link's text
            # the name without the blanks markup left ("《Go *实战*》"), the span as read; a word in
            # inline code keeps its backticks ("X - `Aeraki` 助你…"), as the title is written
            written = document.body[start:start + len(span)]
            name = " ".join((written if "`" in written and written.replace("`", " ") == span else span).split())
            if len(name) < 2 or len(name) > MAX_TITLE or "。" in name or (name, speaker.text) in seen \
                    or _kind_or_word(name) \
                    or OPENING.search(name) or DATED_HEAD.match(name) or DATE_ONLY.fullmatch(name):
                return  # "…深圳站开场致辞": the host's opening words; "2019-06-29 北京站", "11 月 02 日": a day;
                # a kind of talk or a word ("主题演讲", "圆桌交流", "未知"), whatever layout gave it
            if any(a <= start < b for a, b in books):
                return
            seen.add((name, speaker.text))
            mention = Mention(TALK, name, start, start + len(span), self.name, confidence)
            yield mention
            yield Relation(PERFORMS, speaker, mention, rel_start, rel_end, self.name, confidence)
            host = HOST_IN_TITLE.search(document.prose, start, start + len(span))
            if host and reads_as_bare_name(host.group("org")):
                yield Mention(ORGANIZATION, host.group("org"), host.start("org"), host.end("org"), self.name, 0.7)

        text = document.prose
        # "- [TITLE](…) - 在这次演讲中，某公司工程师 NAME 将分享…": a list's linked title, and the
        # speaker its description presents
        for item in LINKED_TITLE_ITEM.finditer(document.body):
            presenter = next((p for p in people if item.start("desc") <= p.start < item.end("desc")
                              and PRESENTS_AFTER.match(text, p.end)), None)
            if presenter is not None:
                yield from talk(item.group("title"), item.start("title"), presenter, item.start("title"), presenter.end, 0.75)
        # "- [TITLE](…)，来自 [NAME](…) 和 [NAME](…)": a list's linked title, by the people named after it
        for linked in LINKED_TITLE_BY.finditer(document.body):
            named = [p for p in people if linked.start("names") <= p.start < linked.end("names")]
            between = "".join(text[a.end:b.start] for a, b in zip(named, named[1:])) if named else "-"
            if named and not between.strip(" \t、，,&＆和与及以"):
                for giver in named:
                    yield from talk(linked.group("title"), linked.start("title"), giver, linked.start(), linked.end(), 0.75)
        # "### TITLE（by 张某）"
        for titled_line in titles_by_speaker(document):
            speaker = person_at.get(titled_line.start("name"))
            if speaker is not None:
                yield from talk(titled_line.group("title"), titled_line.start("title"), speaker, titled_line.start("title"),
                                titled_line.end("name"), 0.8)
        # "**2. 王某，吴某：《TITLE》**": each speaker's
        for book_line, listed_speakers in book_line_speakers(document):
            for _, start in listed_speakers:
                speaker = person_at.get(start)
                if speaker is not None:
                    yield from talk(book_line.group("title"), book_line.start("title"), speaker, book_line.start("names"),
                                    book_line.end("title"), 0.8)
        # titles in a sentence with a speaker and a talk word
        for sentence in _cued_sentences(text):
            s, e = sentence.span()
            if s == e or TITLE_CUE.search(text, s, e) is None:
                continue  # no title here: neither 《》 nor a quoted title's cue
            titles = [m for pattern in (BOOK_TITLE, QUOTED_TITLE) for m in pattern.finditer(text, s, e)
                      if not EVENT_AFTER.match(text[m.end():m.end() + 16]) and not WORK_AFTER.match(text, m.end())
                      and not ARTICLE_BEFORE.search(text, max(s, m.start() - 12), m.start())
                      and not _links_an_article(document, m.start(), m.end())
                      and (not GIVEN_BY.match(m.group()) or _named_right_before(text, people, m.start()))]
            lead = text[max(0, s - LEAD_REACH):s]  # a list's lead-in: "组织了四场演讲：" before "- …《…》"
            if not titles:
                continue
            if not (TALK_WORDS.search(sentence.group()) or TALK_WORDS.search(lead) or BRACKETED_TITLE.match(text, s)):
                for quoted in titles if EVENT_IN_TEXT.search(text) else ():
                    # "…是吴某(handle)的《X》", "NAME 主要介绍了《X》", in an article about an event
                    presenter = next((p for p in people if s <= p.start and p.end < quoted.start()
                                      and PRESENTED_AFTER_NAME.fullmatch(text, p.end, quoted.start() + 1)), None)
                    if presenter is not None:
                        yield from talk(quoted.group(1), quoted.start(1), presenter, presenter.start, quoted.end(), 0.75)
                # a programme card: "NAME，TITLES，《TALK》" on a line of its own, in an article about an event
                line = sentence.group().strip(" \t>*-")
                card = person_at.get(s + sentence.group().find(line))
                if card is not None and len(titles) == 1 and line.endswith("》") and EVENT_IN_TEXT.search(text) \
                        and line[len(card.text):len(card.text) + 1] in "，,：: 《" and titles[0].end() == s + len(
                            sentence.group().rstrip(" \t*。")):
                    yield from talk(titles[0].group(1), titles[0].start(1), card, s, e, 0.75)
                continue
            speakers = [p for p in people if s <= p.start < e]
            if PANEL_WORDS.search(sentence.group()) and len(titles) == 1:
                # a panel: every named person but the moderator is a performer
                panelists = [p for p in speakers if not MODERATOR.match(text[p.end:p.end + 8])]
                for panelist in _unique(panelists):
                    yield from talk(titles[0].group(1), titles[0].start(1), panelist, s, e, 0.75)
                continue
            introduction = _introduction(text, s)
            for quoted in titles:
                if any(a <= quoted.start(1) and quoted.end(1) <= b and b - a > len(quoted.group(1)) + 2
                       for a, b in row_titles):
                    continue  # "**《X》- Y** (NAME - …)": a programme's row gives the whole title
                before = [p for p in speakers if p.end <= quoted.start()]
                after = [p for p in speakers if p.start >= quoted.end()]  # not a name inside the title itself
                nearest = before[-1] if before else (after[0] if after else None)
                if nearest is None and author is not None and FIRST_PERSON.search(sentence.group()):
                    nearest = author  # "今天给大家带来的演讲主题是《X》": the author speaks
                if nearest is None and introduction is not None:
                    # "大家好，我是…专家奕杉，今天分享的内容是：" then "《X》" on its own line
                    introducers = [p for p in people if introduction[0] <= p.start < introduction[1]]
                    nearest = introducers[-1] if introducers else (
                        author if author is not None and FIRST_PERSON.search(text, *introduction) else None)
                if nearest is None and BRACKETED_TITLE.match(text, s):
                    # "…王某将会介绍…。（题目《X》）": a title in brackets after the paragraph that names
                    # who gives it, no one else named there
                    line_start = text.rfind("\n", 0, s) + 1
                    named = [p for p in people if line_start <= p.start and p.end <= s]
                    joined = _joined_before(text, named, named[-1]) if named else []
                    before, nearest = (joined, joined[-1]) if joined and {p.text for p in named} == {p.text for p in joined} \
                        and PRESENTS.search(text, line_start, s) else (before, None)
                for speaker in _joined_before(text, before, nearest) if nearest is not None else ():
                    yield from talk(quoted.group(1), quoted.start(1), speaker, s, e, 0.85)
        # "本文根据徐迪和张晓宇在 KubeCon NA2019 大会分享整理": the article is the write-up of a talk
        page_title = _title_of_talk(document)
        for match in WRITE_UP.finditer(text):
            sentence_end = match.end()
            named = [p for p in people if match.start() <= p.start < sentence_end]
            named += [a for a in authors if a.text in match.group() and all(p.text != a.text for p in named)]
            # "…的演讲分享，主题为《X》。": the title may come after a comma
            book_title = BOOK_TITLE.search(text, match.start(), _sentence_end(text, match.end() - 1, 80))
            speakers = named or ([author] if author is not None else [])
            for speaker in _unique(speakers):
                if book_title:
                    yield from talk(book_title.group(1), book_title.start(1), speaker, match.start(), sentence_end, 0.8)
                elif page_title and not any(spoken == speaker.text for _, spoken in seen):
                    # the article's title, unless the article names the speaker's talk itself
                    # "某公司专家韩某：X": the speaker named before the talk's own title
                    named_before, colon, after_colon = page_title.partition("：")
                    headline = after_colon.strip() if colon and speaker.text in named_before \
                        and len(after_colon.strip()) >= 4 else page_title
                    written_up = Mention(TALK, _untagged(headline), -1, -1, self.name, 0.7, field="title")
                    yield written_up
                    yield Relation(PERFORMS, speaker, written_up, match.start(), sentence_end, self.name, 0.7)
        # "由 A 和 B 带来了 [TITLE](…) 议题": a link's text, then the kind of talk, its speakers before
        for link in document.links:
            if link.image or not LINKED_TALK_AFTER.match(text, link.end) or not 4 <= len(link.text) <= MAX_TITLE:
                continue
            sentence_start = _sentence_start(text, link.start)
            if not PRESENTS.search(text, sentence_start, link.start):
                continue
            title_start = document.body.find(link.text, link.start, link.end)
            for speaker in _unique([p for p in people if sentence_start <= p.start < link.start]):
                yield from talk(link.text, title_start if title_start >= 0 else link.start + 1, speaker,
                                speaker.start, link.end, 0.7)
        # "* **TITLE**：某公司工程师 NAME 介绍了…": a recap's list of talks, each bold, then who gave it
        for item in BOLD_TITLE_ITEM.finditer(document.body) if "**" in document.body else ():
            sentence_end = _sentence_end(text, item.end(), LEAD_REACH)
            verb = RECAP_VERB.search(text, item.end(), sentence_end)
            title = item.group("title").strip()
            # (not a point of a summary that common words spell out whole: "**核心概念**：某某解释了…")
            if verb and (len(title) > 4 or len(title) == 4 and domain_words_start(title) > 0):
                for speaker in _unique([p for p in people if item.end() <= p.start < verb.start()]):
                    yield from talk(item.group("title"), item.start("title"), speaker, item.start("title"), speaker.end, 0.75)
        # "**《TITLE》**" alone on its line, then ("**嘉宾介绍**") a card led by the speaker's name
        title_lines = list(BOOK_TITLE_LINE.finditer(text)) if "《" in text else []
        for title_line in title_lines:
            carded = _card_under_title(text, title_line.end(), person_at)
            if carded is not None:
                yield from talk(title_line.group("title"), title_line.start("title"), carded, title_line.start("title"),
                                carded.end, 0.75)
        # … and the other cards ("NAME" over "ORG TITLE") of its speakers, or one card right above it
        for title_line, speakers in _carded_titles(document, title_lines, person_at):
            for speaker in speakers:
                yield from talk(title_line.group("title"), title_line.start("title"), speaker,
                                min(title_line.start("title"), speaker.start), max(title_line.end(), speaker.end), 0.7)
        # "**TITLE**" alone on its line, then "某公司工程师 NAME 分享了…": a recap's talks, two or more
        for bold_line, presenter in _bold_lines_presented(document, people) if "**" in document.body else ():
            yield from talk(bold_line.group("title"), bold_line.start("title"), presenter, bold_line.start("title"),
                            presenter.end, 0.7)
        # "- TITLE" over its first nested item "+ NAME, CARD": a programme's list, two items or more
        for item, speaker in _nested_speakers(document, person_at) if "\n" in document.body else ():
            yield from talk(item.group("title"), item.start("title"), speaker, item.start("title"), speaker.end, 0.7)
        # "NAME 为我们分享 TITLE。", "NAME 和大家介绍 **TITLE**，…" (the title in bold)
        for person in people:
            shared = SHARES.match(text, person.end, min(len(text), person.end + 80)) \
                or SHARES_BOLD.match(document.body, person.end, min(len(text), person.end + 120))
            if shared and len(text[shared.start("title"):shared.end("title")].strip()) >= 4:
                # the title as the prose reads it, the bold markers between its runs blanked
                yield from talk(text[shared.start("title"):shared.end("title")], shared.start("title"), person,
                                person.start, shared.end("title"), 0.7)
        # "NAME 在 X 大会上进行了 TITLE 的主题演讲": a title without brackets before the kind of talk
        for match in GAVE_TALK.finditer(text):
            name = match.group("title").strip()
            sentence_start = _sentence_start(text, match.start())
            speakers = [p for p in people if sentence_start <= p.start < match.start()]
            if speakers and (re.search("[A-Za-z]", name) or len(name) >= 6 and not _words_only(name)):
                yield from talk(name, match.start("title"), speakers[-1], speakers[-1].start, match.end(), 0.7)
        # "分享主题：X" and "分享嘉宾：NAME …" in the lines after it (or, failing that, before it)
        # a numbered heading "### 议题一：X" is read with its section, below
        headings = [(h.start, h.end) for h in document.headings]
        # (not "议题：Spring 是现在最火红的框架。本次…": the talk's abstract, sentences, no title)
        labelled = [m for m in TITLE_LABEL.finditer(text)
                    if not (m.group("number") and any(s <= m.start() < e for s, e in headings))
                    and not ("。" in m.group("title").rstrip("。 \t") and not BOOK_TITLE.match(m.group("title")))]
        breaks = [b.start() for b in THEMATIC_BREAK.finditer(document.body)] if "\n---" in document.body \
            or "\n***" in document.body else []
        for i, match in enumerate(labelled):
            # within the label's section: the next heading starts another talk's, as a rule ("---") does
            section_start, section_end = _section_around(document, match.start())
            end = min(labelled[i + 1].start() if i + 1 < len(labelled) else len(text), match.end() + LABEL_REACH,
                      section_end, next((b for b in breaks if b > match.end()), len(text)))
            previous_end = labelled[i - 1].end() if i else 0
            start = max(previous_end, match.start() - LABEL_REACH, section_start,
                        max((b for b in breaks if b < match.start()), default=0))
            # "议题三：《X》 —— 讲师：宋某": the speaker on the title's own line, else on the lines after it
            line_end = text.find("\n", match.end()) % (len(text) + 1)
            own_line = _labelled_speakers(text, people, match.start("title"), min(line_end, end))
            speakers = own_line or _labelled_speakers(text, people, match.end(), end) or \
                _labelled_speakers(text, people, start, match.start()) or _card_above(text, people, match.start(), start) \
                or (_presenting(text, people, match.end(), end) if TALK_TITLE_LABEL.match(match.group()) else [])
            words = match.group("title")
            if own_line:  # "题目：X，报告人：某某，时间：…": the title ends at the speaker's label
                label_at = next(_speaker_labels(text, match.start("title"), line_end)).start()
                words = text[match.start("title"):label_at].rstrip(" \t，,；;—–-")
            # "（题目：《X》）": the title in book-title marks, without what follows them
            booked = BOOK_TITLE.match(words)
            title, title_start = (booked.group(1), match.start("title") + 1) if booked else (words, match.start("title"))
            for speaker in _unique(speakers):
                rel_start, rel_end = min(match.start(), speaker.start), max(match.end(), speaker.end)
                yield from talk(title, title_start, speaker, rel_start, rel_end, 0.8)
        # "### 一、TITLE ———— NAME": a heading that ends with its speaker after a dash
        dashed: set[int] = set()
        # "### TITLE（by 张某）": its section names no other talk
        by_lines = [(titled.start(), titled.end()) for titled in titles_by_speaker(document)]
        dashed |= {h.start for h in document.headings if any(a <= h.start < b for a, b in by_lines)}
        for titled in document.headings:
            found_dash = _dashed_heading(text, titled, person_at)
            if found_dash is not None:
                dash, speaker = found_dash
                dashed.add(titled.start)
                yield from talk(dash.group("title"), dash.start("title"), speaker, titled.start, speaker.end, 0.8)
        # headings that give a talk and its speaker: "### TITLE-翔羽", "#### 议题一、TITLE（朱某）",
        # "### 2 李某：TITLE" under a programme's heading
        for title, title_start, name_start, titled, confidence in _headed_talks(document):
            presenter = person_at.get(name_start)
            if presenter is not None:
                dashed.add(titled.start)  # its section names no other talk
                yield from talk(title, title_start, presenter, titled.start, titled.end, confidence)
        # "### TITLE" then, on the next line, the speaker's card ("梁某，某公司研发工程师，某项目 PMC"):
        # among sibling headings two or more of which read so, a programme's
        for titled, card in _headings_over_cards(document, person_at, dashed):
            title, title_at = titled.text, max(document.body.find(titled.text, titled.start, titled.end), titled.start)
            name_lead = NAME_LEAD.match(title)
            if name_lead and (name_lead.group("name") == card.text or name_lead.group("name") in card.text.split()):
                # "## Nora：TITLE", "## 韩某：TITLE" over the card: the speaker's name leads the title
                title, title_at = title[name_lead.end():], title_at + name_lead.end()
            dashed.add(titled.start)  # its section names no other talk
            # "全某，陈某，某公司工程师": the names before the card's titles share them, and the talk
            desc_start = int(card.attr("descriptor_start") or card.end)
            line_end = text.find("\n", card.end) % (len(text) + 1)
            for speaker in _unique([p for p in people if card.start <= p.start < min(desc_start, line_end)]):
                yield from talk(title, title_at, speaker, titled.start, speaker.end, 0.7)
        # a heading whose section names the speaker
        for i, section in enumerate(document.sections):
            heading = section.heading
            if heading is None or heading.start in dashed or _generic_heading(heading.text) \
                    or SPEAKER_LABEL.search(heading.text) or "《" in _unnumbered(heading.text)[1:] \
                    or INTERVIEW_TURN.match(heading.text):
                continue  # "## 陈某 - 《TITLE》": the title in 《》 is the talk's, found with its speaker
                # (but "#### Topic1《TITLE》" is the talk's numbered title)
            end = len(text)
            for later in document.sections[i + 1:]:
                if later.heading is not None and later.heading.level <= heading.level:
                    end = later.start
                    break
            if any(section.start <= m.start() < end for m in labelled):
                continue  # the section's talks are labelled: its heading is no talk title
            label = _speaker_label(text, section.start, end)
            tabled = AGENDA_TABLE.search(document.body, section.start, end) is not None
            if label is None and not tabled:
                # "### X" under "## 主题分享", then "某公司工程师王某分享了…": the talk and who gave it
                for presenter in _presenters(document, i, people):
                    title_start = document.body.find(heading.text, heading.start, heading.end)
                    yield from talk(heading.text, max(title_start, heading.start), presenter, heading.start,
                                    presenter.end, 0.75)
                continue
            if label is None or tabled:
                continue  # an agenda table that names its own talks
            label_at = label.start()
            label_line = text.rfind("\n", 0, label_at) + 1
            if LIST_ITEM.match(document.body, label_line) and LABEL_PUNCTUATION.search(text, label_line, label_at):
                continue  # "- TITLE，演讲人：NAME": the items name their own talks
            if LABEL_COLON.match(text, label.end()) and LABEL_LEAD.fullmatch(text, label_line, label_at) \
                    and (above := title_line_above(document.body, label_line)) is not None and above.start() > heading.end:
                continue  # "**X 实践**" over "演讲人：某某": the label's own title, not the heading's
            if any(section.start < s.start <= label_at and s.heading is not None and not (
                    SPEAKER_LABEL.search(s.heading.text) or _generic_heading(s.heading.text))
                   for s in document.sections):
                continue  # the label is under another heading of its own ("## 上午" … "### 分享嘉宾")
            speakers = [p for p in people if label_at <= p.start < end]
            heading_title = PANEL_PREFIX.sub("", heading.text)
            title_start = document.body.find(heading_title, heading.start, heading.end)
            if TITLE_FIELD_HEADING.fullmatch(heading_title.strip(" \t*：:")):
                # "## Title" then the title on its own line: the heading names the field, not the talk
                first_line = FIRST_TEXT_LINE.match(text, heading.end, label_line)
                if first_line is None:
                    continue
                heading_title, title_start = first_line.group("line").strip(), first_line.start("line")
            if PANEL_WORDS.search(heading.text):
                # "### 圆桌会议：X" then "#### 会议嘉宾": every guest of the section is a panelist
                performers = [p for p in _unique(speakers) if not MODERATOR.match(text[p.end:p.end + 8])]
            else:
                # "#### 分享嘉宾" then one speaker a line: each of them gives the talk
                label_end = min([h.start for h in document.sections if h.start > label_at] or [end])
                listed = _unique([p for p in speakers if p.start < label_end
                                  and not text[text.rfind("\n", 0, p.start) + 1:p.start].strip(" \t>*·•-")])
                # … or several on the label's line: "讲者：A 和 B ｜ …"
                label_line_end = text.find("\n", label_at) % (len(text) + 1)
                on_label_line = _unique([p for p in speakers if p.start < label_line_end])
                performers = listed if len(listed) > 1 else on_label_line if len(on_label_line) > 1 else speakers[:1]
                # three speakers or more under one heading: a programme's part, not one talk (but
                # "### 议题四：X" over its three speakers' cards names one talk)
                if len(performers) >= 3 and not NUMBERED_PREFIX.match(heading.text):
                    continue
            for performer in performers:
                yield from talk(heading_title, max(title_start, heading.start), performer, heading.start,
                                performer.end, 0.8)
        # agenda tables
        last_first = sorted(people, key=lambda p: -p.start)
        for row in programme_rows:
            # the speaker's cell may hold a card beside the name ("项目经理 高某"), or a nickname
            # before it ("Isabel 侯某（…）"): the last name before the card's bracket
            cell_end = row.person_start + len(re.split(r"[（(]", row.person)[0])
            row_speaker = next((p for p in last_first if row.person_start <= p.start < cell_end), None)
            if row_speaker is None:
                continue
            # a cell's markup and ordinal are no part of the title ("<font …>#1</font> X")
            cell_text = text[row.talk_start:row.talk_start + len(row.talk)]
            if cell_text != row.talk and "<" in row.talk:
                plain = CELL_ORDINAL.sub("", cell_text.strip())
                row = dataclasses.replace(row, talk=plain, talk_start=row.talk_start + cell_text.find(plain))
            # "《A》及《B》": a cell of two titles gives two talks
            cell_titles = [(m.group(1), row.talk_start + m.start(1)) for m in BOOK_TITLE.finditer(row.talk)] \
                if row.talk.count("《") > 1 else [(row.talk, row.talk_start)]
            # "甲（…），某公司专家；乙（…），某公司专家": the card after a semicolon is a co-speaker's
            co_speakers = [next((p for p in last_first if at <= p.start < at + len(re.split(r"[（(，,]", part)[0])), None)
                           for part, at in _cell_parts(row.person, row.person_start)[1:]]
            for speaker in [row_speaker, *(c for c in co_speakers if c is not None)]:
                # the row's span: the speaker may come before the title or after it
                row_start = min(row.talk_start, speaker.start)
                row_end = max(row.talk_start + len(row.talk), speaker.end)
                for cell_title, cell_title_start in cell_titles:
                    yield from talk(cell_title, cell_title_start, speaker, row_start, row_end, 0.85)
        # "1. TITLE" then "演讲嘉宾：NAME | …" on the next line: a list of talks with their speakers
        for label in SPEAKER_LABEL.finditer(text):
            line_start = text.rfind("\n", 0, label.start()) + 1
            if not LABEL_COLON.match(text, label.end()):
                continue
            if not LABEL_LEAD.fullmatch(text, line_start, label.start()):
                yield from self._item_title_before_label(document, label, line_start, people, talk)
                continue
            # the list's markers are blanked in the prose: read them in the body (same offsets)
            above = LISTED_TITLE.search(document.body, max(0, line_start - MAX_TITLE - 12), line_start) \
                or title_line_above(document.body, line_start)
            line_end = text.find("\n", label.end()) % (len(text) + 1)
            if above:
                for speaker in _unique([p for p in people if label.end() <= p.start < line_end]):
                    yield from talk(above.group("title"), above.start("title"), speaker, above.start("title"),
                                    speaker.end, 0.75)
        # "**NAME**（ORG TITLE）" on a line, "《TITLE》——…" leading the next: the card's talk
        for title_line in LINE_LED_BY_TITLE.finditer(text) if "《" in text or "「" in text else ():
            previous_end = text.rfind("\n", 0, title_line.start())
            previous_start = text.rfind("\n", 0, max(0, previous_end)) + 1
            carded = next((p for p in people if previous_start <= p.start < previous_end
                           and not text[previous_start:p.start].strip(" \t*>·•-")), None)
            group = next(g for g in ("title", "timed", "cornered") if title_line.group(g) is not None)
            if carded is not None and previous_end > 0 and "《" not in text[previous_start:previous_end]:
                # "甲 & 乙 - ORG": the names joined at the line's start share the talk
                joined = [carded]
                for other in (p for p in people if carded.end <= p.start < previous_end):
                    if text[joined[-1].end:other.start].strip(" \t") not in (",", "&", "、", "，", "/"):
                        break
                    joined.append(other)
                for speaker in joined:
                    yield from talk(title_line.group(group), title_line.start(group), speaker, speaker.start,
                                    title_line.end(group), 0.75)
        # programme entries "…：崔红保-跨端框架性能优化实践"
        for person in people:
            entry = DASH_TITLE.match(text, person.end)
            if entry and text[max(0, person.start - 2):person.start].strip().endswith(("：", ":")):
                entry_title = _cut_at_link(document, entry.start("title"), entry.group("title"))
                entry_words = entry_title.strip().rstrip("；;。")
                if names_organization(entry_words) or split_title(entry_words) is not None:
                    continue  # "主讲人：陈某 - 某某实验室", "…：金某 - 某公司技术顾问；": the speaker's card
                yield from talk(entry_title, entry.start("title"), person, person.start, entry.end("title"), 0.7)
        # list items "罗毅: 议题"; a name that leads several lines so is a speaker's turns in an interview
        leading: Counter[str] | None = None  # counted once, when a name first leads a line
        for person in people:
            line_start = text.rfind("\n", 0, person.start) + 1
            if text[line_start:person.start].strip():
                continue
            if leading is None:
                leading = Counter(m.group("name") for m in LEADING_LABEL.finditer(text))
            if leading[person.text] >= 2:
                continue
            rest = re.match(r"[ \t]*[:：][ \t]*([^\n]+)", text[person.end:])
            # "X : X 负责…" defines a term; "张天佳：阿里云技术专家，…" introduces a speaker
            # "张某: 某公司, 某公司工程师, …": what the persons extractor read as the card's descriptor
            described = person.end < int(person.attr("descriptor_start") or -1) <= person.end + (rest.end(1) if rest else 0)
            parts = re.split(r"[，,、；;。]", rest.group(1)) if rest else []
            # "舒某：本期主讲，7 年经验，某团队成员": a card's clauses, one of them a title
            if rest and not rest.group(1).startswith(person.text) and not described \
                    and not any(split_title(part.strip()) is not None or AGENT_NOUN_END.search(part.strip())
                                for part in parts[:4]) \
                    and not UNDECIDED.fullmatch(rest.group(1).strip()) and not listed_as_feedback(document, line_start):
                item_title = _cut_at_link(document, person.end + rest.start(1), rest.group(1))
                yield from talk(item_title, person.end + rest.start(1), person, person.start,
                                person.end + rest.end(1), 0.75)

        # "他演讲的主题是：TITLE（English title）": the talk of the sentence's subject, else of the
        # person whose section (a heading of their name) it is in
        for topic in TOPIC_IS.finditer(text) if "主题" in text or "题目" in text else ():
            sentence_start = _sentence_start(text, topic.start())
            title = topic.group("title")
            in_quotes = re.match(r"[《“「『]([^《》“”「」『』\n]{2,120})[》”」』]", title)
            # "主题是《X》，…": the quoted title; unquoted, the title ends at a comma
            title = in_quotes.group() if in_quotes else TRANSLATION_TAIL.sub("", re.split(r"[，,]", title)[0]).strip()
            topic_speaker = next(iter([p for p in people if sentence_start <= p.start < topic.start()][-1:]), None) \
                or _heading_person(document, people, topic.start())
            if topic_speaker is not None and 4 <= len(title) <= MAX_TITLE and not title.endswith(("：", ":")):
                # (a lead-in to a list ends in a colon: "分享的主题是：会从多个视角来看：")
                yield from talk(title, topic.start("title"), topic_speaker, sentence_start, topic.end("title"), 0.75)
        # a talk's own page: "## 分享者自我介绍" (or "作者介绍" beside "分享时间") under a title
        # "第 61 期 TITLE #468"; its speaker carded there, else the page's author
        if not seen and not any(m.kind == TALK for m in found):  # one talk's page has no other
            yield from self._talk_page(document, people, authors, seen)

    def _talk_page(self, document: Document, people: list[Mention], authors: list[Mention],
                   seen: set[tuple[str, str]]) -> Iterable[Mention | Relation]:
        headed = [(section, section.heading.text.strip(" *：:")) for section in document.sections if section.heading]
        details = any(TALK_PAGE_HEADING.match(heading) for _, heading in headed)
        intro = next((section for section, heading in headed if SPEAKER_INTRO.fullmatch(heading)
                      or details and AUTHOR_INTRO.fullmatch(heading)), None)
        title = _title_of_talk(document)
        if intro is None or title is None:
            return
        title = ISSUE_NUMBER.sub("", EPISODE.sub("", title)).strip()
        if not 4 <= len(title) <= MAX_TITLE or EVENT_PAGE.search(title) \
                or any(word in title for word in lexicons.load("event_words")):
            return  # "Meetup 活动", "活动邀请": an event's page, not a talk's
        carded = [p for p in people if intro.heading.end < p.start < intro.end]  # type: ignore[union-attr]
        if len({p.text for p in carded}) > 2:
            return  # the guests of an event, not one talk's speaker
        # the page's authors where its card names them ("本期主讲" among others), else its first card
        speakers = _unique([p for p in carded if any(a.text == p.text for a in authors)] or carded[:1] or authors)
        if not speakers or any(spoken == speakers[0].text for _, spoken in seen):
            return
        talk = Mention(TALK, title, -1, -1, self.name, 0.7, field="title")
        yield talk
        for speaker in speakers:
            seen.add((title, speaker.text))
            yield Relation(PERFORMS, speaker, talk, speaker.start, speaker.end, self.name, 0.7)

    @staticmethod
    def _item_title_before_label(document: Document, label: re.Match[str], line_start: int, people: list[Mention],
                                 talk: Callable[..., Iterable[Mention | Relation]]) -> Iterable[Mention | Relation]:
        """"- （中文）[TITLE](…)，演讲人：NAME, NAME": a programme's list item, the title first."""
        text = document.prose
        before = LABEL_PUNCTUATION.search(text, line_start, label.start())
        if before is None or not LIST_ITEM.match(document.body, line_start) and not (
                before.group("bracket") and document.heading_at(line_start)):
            return  # a list item's, or a heading's "TITLE（演讲者：NAME）"
        head = LANGUAGE_HEAD.match(text, line_start, before.start())
        title_start = head.end() if head else line_start
        while title_start < before.start() and text[title_start] in " \t":
            title_start += 1
        if before.group("closer"):
            if text[title_start:title_start + 1] != {"】": "【", "》": "《"}[before.group("closer")]:
                return
            title_start += 1
        title = text[title_start:before.start()].rstrip()
        field = FIELD_LABEL.match(title)
        if not 4 <= len(title) <= MAX_TITLE or NOT_TITLES.match(title) or TIME_OR_DATE.search(title) \
                or field and len(title) - field.end() < FIELD_VALUE_MAX:
            return  # "地点：北京": a field's short value; but "利其器：如何用 X 实现…" is a title
        line_end = text.find("\n", label.end()) % (len(text) + 1)
        if before.group("bracket"):
            closing = CLOSING_BRACKET.search(text, label.end(), line_end)
            line_end = closing.start() if closing else line_end
        for speaker in _unique([p for p in people if label.end() <= p.start < line_end]):
            yield from talk(title, title_start, speaker, title_start, speaker.end, 0.75)


def _dashed_heading(text: str, heading: Heading, person_at: dict[int, Mention]) -> tuple[re.Match[str], Mention] | None:
    """The title and speaker of a heading "TITLE ———— NAME" (an alias in brackets may end it):
    the persons extractor's pattern, the speaker the person it found there."""
    dash = HEADING_DASH_NAME.search(text, heading.start, heading.end)
    speaker = person_at.get(dash.start("name")) if dash else None
    return (dash, speaker) if dash and speaker else None


def _presenters(document: Document, index: int, people: list[Mention]) -> list[Mention]:
    """Who gave the talk a heading names, in a recap: the section sits under a heading of talks
    ("## 主题分享", "## 技术分享回顾") and its first sentence names a person and a verb of
    presenting ("某公司工程师王某分享了…", "**李某** 首次公开了…"), or its first line is the
    card of one or more people ("陈某，某社区开发者，…", "全某，陈某，某公司工程师"); under no
    such heading, the first sentence must point back at the heading ("该主题是由…王某分享")."""
    section = document.sections[index]
    assert section.heading is not None
    parent = next((s.heading for s in reversed(document.sections[:index])
                   if s.heading is not None and s.heading.level < section.heading.level), None)
    if len(section.heading.text) < 4:
        return []
    # … or under no such heading, where the first sentence points back at the heading: "该主题是由
    # 某公司工程师王某分享", "为我们带来这个主题分享的，是…王某"
    pointed_back = parent is None or not TALKS_HEADING.search(parent.text)
    body = document.body
    pos = section.heading.end
    while pos < section.end:
        line_end = body.find("\n", pos)
        line_end = section.end if line_end < 0 or line_end > section.end else line_end
        line = body[pos:line_end].strip()
        # (a line of markup alone, an embedded video's "<iframe …>", is blank in the prose)
        if line and not line.startswith(("![", "<img", "<!--")) and document.prose[pos:line_end].strip():
            sentence_end = min([i for i in (body.find(c, pos, line_end) for c in "。！？") if i >= 0] or [line_end])
            if pointed_back and not THIS_TOPIC.search(document.prose, pos, sentence_end):
                return []
            first = next((p for p in people if pos <= p.start < sentence_end), None)
            if first is None and not pointed_back:
                # "[X](…) 的发布带来了…。视频中，某团队的工程师杨某介绍了…": a sentence of the topic first
                later = _presented_later(document.prose, people, sentence_end, line_end)
                if later is not None:
                    return [later]
            # … or its first line is the speaker's card: "陈某，某社区开发者，就职于…"
            card = first is not None and not document.prose[pos:first.start].strip(" \t*>·•-") \
                and CARD_AFTER_NAME.match(document.prose[first.end:line_end]) is not None
            if first is None or not card and not PRESENTS.search(document.prose, pos, sentence_end):
                return [] if pointed_back else _card_below(document, section, people)
            if not card:
                return [first]
            named = [first]
            for other in people:  # "全某，陈某，…": the names the card lists before its titles
                if other.start <= named[-1].end:
                    continue
                if not CARD_JOIN.fullmatch(document.prose, named[-1].end, other.start):
                    break
                named.append(other)
            return named
        pos = line_end + 1
    return []


LATER_SENTENCES = 2  # after the first, of the paragraph under a talk's heading


def _presented_later(text: str, people: list[Mention], start: int, end: int) -> Mention | None:
    """The person of the next sentences of a paragraph (from ``start`` to ``end``) a verb of
    presenting follows in the same sentence; None where a sentence names someone without one."""
    for _ in range(LATER_SENTENCES):
        start += 1
        if start >= end:
            return None
        sentence_end = _sentence_end(text, start, end - start)
        first = next((p for p in people if start <= p.start < sentence_end), None)
        if first is not None:
            return first if PRESENTS.search(text, first.end, sentence_end) else None
        start = sentence_end
    return None


def _speaker_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first speakers' label between ``start`` and ``end``: leading its line ("#### 分享嘉宾",
    "讲师 张某") or followed by a colon; "来自…的嘉宾" in a sentence labels no one."""
    for label in SPEAKER_LABEL.finditer(text, start, end):
        line_start = text.rfind("\n", 0, label.start()) + 1
        if LABEL_LEAD.fullmatch(text, line_start, label.start()) or LABEL_ENDS.match(text, label.end()):
            return label
    return None


def _card_below(document: Document, section: Section, people: list[Mention]) -> list[Mention]:
    """The one speaker a talk's section gives a card to after its abstract: a line led by the
    name, the titles after it ("**张某** 某科技技术顾问，…", "张某，某科技工程师。")."""
    text = document.prose
    carded = []
    for person in people:
        if not section.start <= person.start < section.end:
            continue
        line_start = text.rfind("\n", 0, person.start) + 1
        line_end = text.find("\n", person.end) % (len(text) + 1)
        # … or a comma after the name: "童某，前端工程师。"
        first_clause = re.split(r"[，,。；;]", text[person.end:line_end].strip(" \t*").lstrip("，,：: \t"), maxsplit=1)[0]
        if not text[line_start:person.start].strip(" \t*>·•-") and any(
                a.role for a in parse_descriptor(first_clause)):
            carded.append(person)
    return carded if len({p.text for p in carded}) == 1 else []


def _words_only(name: str) -> bool:
    """A phrase common words spell whole ("非常精彩", "深入浅出"): a quality of the talk, not its title."""
    common = lexicons.load("common_words")
    ends = {0}
    for i in range(len(name)):
        if i in ends:
            ends |= {j for j in range(i + 2, min(len(name), i + 4) + 1) if name[i:j] in common}
    return len(name) in ends


def _introduction(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence right before ``start`` when it introduces a title on the next
    line ("今天分享的内容是："), else None."""
    end = start
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if start - end > 3 or "\n" not in text[end:start]:
        return None  # not a line of its own, or blank lines far between
    begin = _sentence_start(text, end)
    return (begin, end) if INTRODUCES_TITLE.search(text, begin, end) else None


def _title_of_talk(document: Document) -> str | None:
    """The talk's title an article is named after, without what names the event or the article."""
    title = TITLE_TAIL.sub("", str(document.metadata.get("title") or "")).strip()
    return title if 4 <= len(title) <= MAX_TITLE else None


def _links_an_article(document: Document, start: int, end: int) -> bool:
    """True when a link to a post of the same site holds the title: "[《X》](/zh/blog/2020/…)"
    cites a written piece; a talk's title links to its video, slides or write-up."""
    return any(link.start <= start and end <= link.end and ARTICLE_URL.search(link.url)
               for link in document.links if not link.image)


def _card_above(text: str, people: list[Mention], at: int, floor: int) -> list[Mention]:
    """The person who leads the nearest line above ``at`` (and after ``floor``) that a person
    leads: "刘某/某公司/工程师", then a bio or "演讲时间：…", then "演讲题目：X"; a heading ends
    the search."""
    line_end = text.rfind("\n", 0, at)
    while line_end > floor:
        line_start = max(text.rfind("\n", 0, line_end) + 1, floor)
        line = text[line_start:line_end]
        leading = [p for p in people if line_start <= p.start < line_end and not text[line_start:p.start].strip(" \t>*-")]
        if leading or line.lstrip().startswith("#"):
            return leading[:1]
        line_end = line_start - 1
    return []


def _labelled_speakers(text: str, people: list[Mention], start: int, end: int) -> list[Mention]:
    """The people named on lines with a speaker label ("分享嘉宾：") between ``start`` and ``end``."""
    found = []
    for label in _speaker_labels(text, start, end):
        line_end = text.find("\n", label.end())
        line_end = end if line_end < 0 else min(line_end, end)
        found += [p for p in people if label.end() <= p.start < line_end]
    return found


def _speaker_labels(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The speaker labels between ``start`` and ``end`` that label a name: a colon, a bar, a space
    or a copula after them (not "第四位分享嘉宾是…" as a sentence runs on)."""
    return (label for label in SPEAKER_LABEL.finditer(text, start, end) if LABEL_FOLLOWS.match(text, label.end()))


def _presenting(text: str, people: list[Mention], start: int, end: int) -> list[Mention]:
    """The first person between ``start`` and ``end`` who presents: "本次分享某公司专家某某介绍了…"."""
    return [p for p in people if start <= p.start < end and PRESENTS_AFTER.match(text, p.end)][:1]


def _section_around(document: Document, at: int) -> tuple[int, int]:
    """Where the text under the heading before ``at`` starts, heading included, and where the
    next heading starts."""
    starts = [h.start for h in document.headings]  # in order
    i = bisect.bisect_right(starts, at)
    return (starts[i - 1] if i else 0), (starts[i] if i < len(starts) else len(document.prose))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding ``pos`` starts."""
    return max(text.rfind(c, 0, pos) for c in "。！？\n") + 1


def _heading_person(document: Document, people: list[Mention], at: int) -> Mention | None:
    """The person whose name heads the section around ``at`` ("### Kay Berg")."""
    section = next((s for s in document.sections if s.start <= at < s.end), None)
    return heading_person(section, people) if section is not None else None


LINKED_TITLE_ITEM = LineStartPattern(r"^[ \t]*(?:[-*+]|\d{1,2}[.)、])[ \t]+\[(?P<title>[^\[\]\n]{4,100})\]\([^()\n]*\)"
                                     r"[ \t]*(?:[-—–]{1,2}|[:：])[ \t]*(?P<desc>[^\n]+)")
LINKED_TITLE_BY = LineStartPattern(r"^[ \t]*(?:[-*+]|\d{1,2}[.)、])[ \t]+\[(?P<title>[^\[\]\n]{2,100})\]\([^()\n]*\)"
                                   r"[ \t]*(?:[，,][ \t]*来自|[，,]?[ \t]*(?<![A-Za-z])[Bb]y)[ \t]+(?P<names>[^\n]+?)[ \t。.]*$")
PRESENTS_AFTER = re.compile(rf"[ \t]*(?:首先|随后|接着|然后|最后)?(?:将|会|也将)?[ \t]*(?:为大家|给大家|向大家|和大家|与大家)?[ \t]*"
                            rf"(?:{PRESENTS.pattern}|概述)")
JOINER = re.compile(r"[ \t]*(?:[、，,&＆]|和|与|及|以及)[ \t]*")


TOGETHER = re.compile(r"[ \t]*(?:共同|联合|一起|一同)")


def _joined_before(text: str, before: list[Mention], nearest: Mention) -> list[Mention]:
    """The speaker and those joined to it before it: "A、B 和 C 将进行《X》的演讲" gives all three,
    each name with its titles before it ("X 工程师 A 和 Y 架构师 B 共同带来…"); where they speak
    together, a space parts them too ("X 总监 A Y 总监 B 联合发表…")."""
    together = TOGETHER.match(text, nearest.end) is not None
    joined = [nearest]
    for person in reversed([p for p in before if p.end <= nearest.start]):
        gap = text[person.end:joined[0].start]
        joiner = JOINER.match(gap) or (SPACES.match(gap) if together else None)
        titles = gap[joiner.end():] if joiner else ""
        # a comma parts a speaker's titles from the next one's name only ("A，B 带来"): titles
        # after it would be a new clause's
        if joiner is None or titles and (re.search(r"[，,。；;！？\n]", joiner.group() + titles)
                                         or not parse_descriptor(titles)):
            break
        joined.insert(0, person)
    return joined


SPACES = re.compile(r"[ \t]+")


NAME_LEAD = re.compile(r"[ \t*]*(?P<name>[A-Z][A-Za-z]+|[\u4e00-\u9fff]{2,3})[ \t]*[：:][ \t]*")
TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")
BOLD_LINE = LineStartPattern(r"^[ \t]*\*\*(?P<title>[^*\n]{4,80}?)\*\*[ \t]*$")
BOOK_TITLE_LINE = LineStartPattern(r"^[ \t>]*《(?P<title>[^《》\n]{2,80})》[ \t]*$")
CARD_BELOW_REACH = 200  # characters from a title's line to its speaker's card: a label line, blank lines
LABEL_LINE = re.compile(r"[ \t>]*(?:嘉宾|讲师|讲者|分享人|分享者|演讲者|主讲人|报告人)(?:介绍|简介|信息)?[ \t]*[:：]?[ \t]*")


def _headings_over_cards(document: Document, person_at: dict[int, Mention],
                         taken: set[int]) -> list[tuple[Heading, Mention]]:
    """(heading, speaker) of the sibling headings (one parent, one level), two or more, each over
    a speaker's card: no article's part ("背景"), no event, no heading read already."""
    text = document.prose
    siblings: dict[tuple[int, int], list[tuple[Heading, Mention]]] = {}
    for heading, parent in document.headings_with_parents():
        if heading.start in taken or _generic_heading(heading.text) or SPEAKER_LABEL.search(heading.text) \
                or INTERVIEW_TURN.match(heading.text) or len(heading.text.strip(" \t*#")) < 4 \
                or EVENT_IN_TEXT.search(heading.text) or PROGRAMME_HEADING.search(heading.text):
            continue
        card = _card_under_title(text, heading.end, person_at)
        if card is not None and card.start > heading.end:
            siblings.setdefault((parent.start if parent else -1, heading.level), []).append((heading, card))
    return [pair for group in siblings.values() if len(group) >= 2 for pair in group]


def _bold_lines_presented(document: Document, people: list[Mention]) -> list[tuple[re.Match[str], Mention]]:
    """(bold line, presenter) of the lines bold whole ("**TITLE**", "**《TITLE》**") whose block (to the
    next such line or heading) presents its speaker in one of its first paragraphs: a clause whose
    first person a verb of presenting follows ("某公司负责人张某在分享中…", "**某实验室研究员李某**详细介绍了…"),
    or the name alone on its line over its card.
    Two or more such lines make a recap's list of talks; one alone may be any emphasis."""
    text, body = document.prose, document.body
    bold_lines = list(BOLD_LINE.finditer(body))
    ends = sorted({m.start() for m in bold_lines} | {h.start for h in document.headings} | {len(text)})
    starts = [p.start for p in people]  # in order

    def first_person(start: int, end: int) -> Mention | None:
        at = bisect.bisect_left(starts, start)
        return people[at] if at < len(people) and people[at].start < end else None

    found = []
    cards = {p.attr("descriptor_start") for p in people}
    for line in bold_lines:
        title = line.group("title")
        if NOT_TITLES.match(title.strip(" 《》")) or PANEL_PREFIX.match(title) or _generic_heading(title):
            continue
        if first_person(line.start(), line.end()) is not None or str(line.start("title")) in cards:
            continue  # "**张某**": a name's line, not a title's; "**某科技创始人**": a card's
        block_end = ends[bisect.bisect_right(ends, line.start())]
        paragraphs = ((m.start(), m.end()) for m in TEXT_LINE.finditer(text, line.end(), block_end)
                      if not body.startswith(("![", "<img"), m.start() + len(m.group()) - len(m.group().lstrip())))
        for start, end in itertools.islice(paragraphs, 8):
            sentence_end = _sentence_end(text, start, end - start)
            first = first_person(start, sentence_end)
            if first is None:
                continue  # an abstract before the speaker's paragraph
            if text[start:end].strip(" \t*") == first.text and first.attr("descriptor"):
                found.append((line, first))  # the speaker's name alone on its line, the card below it
                break
            if LIST_ITEM.match(body, start) or not first.attr("descriptor"):
                break  # "* **要点**：某某解释了…": a point of a conversation; the speaker is introduced with a card
            clause_end = min([i for i in (text.find(c, first.end, sentence_end) for c in "，,；;") if i >= 0] or [sentence_end])
            if RECAP_VERB.search(text, first.end, clause_end):
                found.append((line, first))
            break
    return found if len(found) >= 2 else []


NESTED_SPEAKER = LineStartPattern(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<title>[^\n]{4,80}?)[ \t]*\n"
                                  r"(?P=indent)[ \t]{2,}[-*+][ \t]+(?P<name>[^\s,，~～:：][^\n,，~～:：]{0,30}?)[ \t]*[,，~～]")


def _nested_speakers(document: Document, person_at: dict[int, Mention]) -> list[tuple[re.Match[str], Mention]]:
    """(item, speaker) of the list items whose first nested item is a speaker's card ("- TITLE" over
    "+ NAME, 某公司工程师", "+ NAME ~ TITLES"); two or more make a programme, one may be anything."""
    found = []
    starts = sorted(person_at)
    for item in NESTED_SPEAKER.finditer(document.body):
        speaker = person_at.get(item.start("name"))
        in_title = bisect.bisect_left(starts, item.start("title")) < bisect.bisect_left(starts, item.end("title"))
        if speaker is not None and speaker.end == item.end("name") and speaker.attr("descriptor") \
                and not FIELD_LABEL.match(item.group("title")) and not in_title:
            found.append((item, speaker))
    return found if len(found) >= 2 else []


def _card_under_title(text: str, end: int, person_at: dict[int, Mention]) -> Mention | None:
    """The person whose card the lines below a title (ending at ``end``) begin with: blank lines
    and a label line ("嘉宾介绍") between at most, the name leading its line, its titles after it."""
    line_end = end
    while line_end < len(text) and line_end - end <= CARD_BELOW_REACH:
        line_start = line_end + 1
        line_end = text.find("\n", line_start) % (len(text) + 1)
        line = text[line_start:line_end]
        if line.strip() and not LABEL_LINE.fullmatch(line):
            lead = line_start + len(line) - len(line.lstrip(" \t>*-"))
            person = person_at.get(lead)
            return person if person is not None and person.attr("descriptor") else None
    return None


def _two_line_card(text: str, line_start: int, person_at: dict[int, Mention]) -> Mention | None:
    """The person whose name alone leads the line at ``line_start``, its card the next line."""
    head = text[line_start:line_start + 8]
    person = person_at.get(line_start + len(head) - len(head.lstrip(" \t>*-")))
    if person is None or not person.attr("descriptor"):
        return None
    line_end = text.find("\n", line_start) % (len(text) + 1)
    card_at = int(person.attr("descriptor_start") or -1)
    rest = text[person.end:line_end].strip(" \t*")
    alone = not rest or ASIDE_ONLY.fullmatch(rest) is not None  # "杨某（花名：某某）"
    return person if alone and line_end < card_at <= text.find("\n", line_end + 1) % (len(text) + 1) else None


def _non_blank_lines(text: str, start: int, end: int) -> list[int]:
    """The starts of the lines in [start, end) with more than spaces on them."""
    starts, at = [], start
    while at < end:
        line_end = text.find("\n", at) % (len(text) + 1)
        if text[at:line_end].strip():
            starts.append(at)
        at = line_end + 1
    return starts


def _carded_titles(document: Document, title_lines: list[re.Match[str]],
                   person_at: dict[int, Mention]) -> Iterator[tuple[re.Match[str], list[Mention]]]:
    """Titles in 《》 on lines of their own, each with the speakers' two-line cards ("NAME" over
    "ORG TITLE") between it and the next title; or, where the first line below it is no card,
    the card right above it, when that card is not right below the title before."""
    text = document.prose

    def right_below(index: int) -> Mention | None:
        below_end = title_lines[index].end()
        lines = [s for s in _non_blank_lines(text, below_end, _section_around(document, below_end)[1])
                 if not LABEL_LINE.fullmatch(text[s:text.find("\n", s) % (len(text) + 1)])]
        return _two_line_card(text, lines[0], person_at) if lines else None

    def right_above(index: int) -> Mention | None:
        # the title before, else the heading that starts before the title's line
        title_start = title_lines[index].start()
        floor = title_lines[index - 1].end() if index else _section_around(document, title_start - 1)[0]
        lines = _non_blank_lines(text, floor, title_start)
        return _two_line_card(text, lines[-2], person_at) if len(lines) >= 2 else None

    below = [right_below(i) for i in range(len(title_lines))]
    above = [right_above(i) if below[i] is None else None for i in range(len(title_lines))]
    for i, title_line in enumerate(title_lines):
        card_above = above[i]
        if card_above is not None and (i == 0 or below[i - 1] is not card_above):
            yield title_line, [card_above]
            continue
        end = title_lines[i + 1].start() if i + 1 < len(title_lines) else len(text)
        claimed = above[i + 1] if i + 1 < len(title_lines) and above[i + 1] is not below[i] else None
        cards = [card for s in _non_blank_lines(text, title_line.end(), min(end, _section_around(document, title_line.end())[1]))
                 if (card := _two_line_card(text, s, person_at)) is not None and card is not claimed]
        if len(cards) >= 2:
            yield title_line, cards


def _label_run_speakers(document: Document, found: Sequence[Mention], items: list[Mention | Relation],
                        extractor: str) -> Iterator[Relation]:
    """"讲师：甲" then "讲师：乙" on the next line, the first found giving a talk: the second gives
    it too (the labels' run shares the title above it)."""
    text = document.prose
    label_lines: dict[int, re.Match[str]] = {}  # the lines a speaker's label opens, by start, in order
    for label in SPEAKER_LABEL.finditer(text):
        line_start = text.rfind("\n", 0, label.start()) + 1
        if LABEL_COLON.match(text, label.end()) and LABEL_LEAD.fullmatch(text, line_start, label.start()):
            label_lines.setdefault(line_start, label)
    if len(label_lines) < 2:
        return
    talk_of_line: dict[int, Mention] = {}  # a line's start: the talk its speaker gives
    giving: set[int] = set()
    for item in items:
        if isinstance(item, Relation) and item.kind == PERFORMS and item.obj is not None and item.subject.start >= 0:
            talk_of_line.setdefault(text.rfind("\n", 0, item.subject.start) + 1, item.obj)
            giving.add(item.subject.start)
    if not talk_of_line:
        return
    people = [m for m in found if m.kind == PERSON and m.start >= 0 and not m.attr("alias_of")]
    for line_start, label in label_lines.items():
        previous = _previous_line_start(text, line_start)
        talk = talk_of_line.get(previous) if previous in label_lines else None
        if talk is None:
            continue
        line_end = text.find("\n", label.end()) % (len(text) + 1)
        speaker = next((p for p in people if label.end() <= p.start < line_end), None)
        if speaker is not None and speaker.start not in giving:
            talk_of_line.setdefault(line_start, talk)
            giving.add(speaker.start)
            yield Relation(PERFORMS, speaker, talk, label.start(), speaker.end, extractor, 0.7)


def _previous_line_start(text: str, line_start: int) -> int:
    """Where the last non-blank line before ``line_start`` starts (-1 where none is)."""
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (not a copy of the text before, stripped: this runs for every label)
    return text.rfind("\n", 0, end) + 1 if end else -1


def _cell_parts(cell: str, start: int) -> list[tuple[str, int]]:
    """The parts of a speakers' cell parted by semicolons, and where each starts."""
    return [(m.group().lstrip(), start + m.start() + len(m.group()) - len(m.group().lstrip()))
            for m in re.finditer(r"[^；;]+", cell)]


def _untagged(title: str) -> str:
    """A title without the series' tag in brackets before it ("【Meetup No.45】X")."""
    tag = SERIES_TAG.match(title)
    return title[tag.end():] if tag and tag.end() < len(title) else title


def _unnumbered(heading: str) -> str:
    """A heading without its talk's number ("Topic1《X》", "议题 2：X", "| 二、《X》")."""
    text = heading.lstrip(" \t*|｜")
    number = NUMBERED_PREFIX.match(text) or ORDINAL_PREFIX.match(text)
    return text[number.end():] if number else text


def _unique(people: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    return [p for p in people if not (p.text in seen or seen.add(p.text))]  # type: ignore[func-returns-value]


def _headed_talks(document: Document) -> Iterator[tuple[str, int, int, Heading, float]]:
    """(title, title start, speaker's start, heading, confidence) of the headings that name a talk
    and its speaker: siblings that end alike "TITLE-NAME", a meeting's items "议题一、TITLE（NAME）"
    (not minutes' items, a decision under them), numbered headings "2 NAME：TITLE" under a
    programme's heading."""
    text = document.prose
    for heading, named in [*dash_named_headings(document), *org_name_title_headings(document), *name_bracket_headings(document)]:
        if _minutes_item(document, heading):
            continue
        yield named.group("title"), named.start("title"), named.start("name"), heading, 0.75
        if "other" in named.re.groupindex and named.group("other"):
            yield named.group("title"), named.start("title"), named.start("other"), heading, 0.75
    for heading in document.headings:
        presented = ITEM_HEADING_PRESENTER.match(text, heading.start, heading.end)
        if presented and not _minutes_item(document, heading):
            yield presented.group("title"), presented.start("title"), presented.start("name"), heading, 0.75
    for heading, presenting in presenting_headings(document):
        yield presenting.group("title"), presenting.start("title"), presenting.start("name"), heading, 0.7
    # … or two sibling headings so numbered at least ("### 一、沈某：TITLE", "### 二、何某：TITLE")
    siblings: dict[tuple[int, int], list[tuple[Heading, re.Match[str]]]] = {}
    for heading, parent in document.headings_with_parents():
        led = HEADING_NAME_COLON.match(text, heading.start, heading.end)
        if led and parent is not None and PROGRAMME_HEADING.search(parent.text):
            # the title as written after the colon: talk() strips it and moves its start to match
            yield text[led.end():heading.end], led.end(), led.start("name"), heading, 0.8
        elif led and is_name(led.group("name")):
            siblings.setdefault((parent.start if parent else -1, heading.level), []).append((heading, led))
    for group in siblings.values():
        for heading, led in group if len(group) >= 2 else ():
            if "《" not in text[heading.end:_section_around(document, heading.start)[1]]:  # a recap's own headline over "以《X》开场": X is the talk
                yield text[led.end():heading.end], led.end(), led.start("name"), heading, 0.75
    captioned = captioned_names(document)
    for section in document.sections if captioned else ():
        # "### 《TITLE》" over a figure captioned with one speaker's name: the talk and who gives it
        over = section.heading
        in_section = [start for _, start in captioned if section.start <= start < section.end]
        if over is not None and len(in_section) == 1 and not _generic_heading(over.text) \
                and split_title(over.text.strip()) is None:  # "## 共创联络人": the person's part, no talk
            title_at = max(document.body.find(over.text, over.start, over.end), over.start)
            yield over.text, title_at, in_section[0], over, 0.75


# what minutes record under an item: "**进展**", "**结论**：评审通过", "遗留问题："
MINUTES_LABEL = re.compile(r"^[ \t>*#+-]*(?:结论|决议|进展|遗留问题|评审结果)[ \t*]*(?:[：:]|$)", re.M)
def _minutes_item(document: Document, heading: Heading) -> bool:
    """Whether the section under a heading records a meeting's item, its progress or decision under
    it ("**进展**", "**结论**：评审通过"): a proposal reviewed, no talk."""
    return MINUTES_LABEL.search(document.prose, heading.end, _section_around(document, heading.start)[1]) is not None


# a table in the section, Markdown or HTML: it names its own talks
AGENDA_TABLE = re.compile(r"^[ \t]*\||<table\b", re.M | re.I)


def _speakers_company(prose: str, org: str, speaker: Mention, title_end: int) -> bool:
    """Whether the words before a title's colon name the speaker's company, on the speaker's line
    below the title: before the name ("北辰云工程师 **NAME**"), or on the card after it, led by the
    same two Han characters ("| 嘉宾：NAME 统信软件 总工程师" for "统信UOS"; a Latin word there is a
    project's, the title's own)."""
    line_start = prose.rfind("\n", 0, speaker.start) + 1
    if title_end > line_start:
        return False
    if org in prose[line_start:speaker.start]:
        return True
    card = prose[line_start:prose.find("\n", speaker.end) % (len(prose) + 1)]
    return re.match(r"[\u4e00-\u9fff]{2}", org) is not None and org[:2] in card \
        and CARD_LEAD.fullmatch(prose, line_start, speaker.start) is not None and card.find(org[:2]) > card.find(speaker.text)


PANEL_ONLY = re.compile(r"(?:圆桌(?:讨论|论坛|对话|会议|交流)?(?:环节)?|Panel(?: Discussion)?)")


def _kind_or_word(title: str) -> bool:
    """A kind of talk or one word, no talk's title: "主题演讲", "圆桌交流", "未知"."""
    return title in lexicons.load("generic_headings") or PANEL_ONLY.fullmatch(title) is not None \
        or len(title) <= 3 and title in lexicons.load("common_words")


def _generic_heading(heading: str) -> bool:
    """A heading that structures the article ("背景", "摘要", "后记", "议程"), not a talk's title;
    nor one word of the language ("## 技术", "## 产品"): a part of the article, by its subject."""
    bare = heading.rstrip("：: ")
    return NOT_TITLES.match(bare) is not None or _kind_or_word(bare)


def _cut_at_link(document: Document, start: int, title: str) -> str:
    """A list item's title without the link that follows it: "议题 [PDF](…)"."""
    for link in document.links:
        if start <= link.start < start + len(title):
            return title[:link.start - start].rstrip()
    return title


def _sentence_end(text: str, at: int, reach: int) -> int:
    """Where the sentence holding ``at`` ends, at most ``reach`` characters on."""
    ends = [e for e in (text.find(c, at, at + reach) for c in "。！？\n") if e >= 0]
    return min(ends) if ends else min(len(text), at + reach)


ADDRESS = re.compile(r"[ \t]*(?:同学|老师|先生|女士|博士|教授)?[ \t]*$")


def _named_right_before(text: str, people: list[Mention], at: int) -> bool:
    """Whether a person's name (and a form of address) ends right before ``at``: "某某同学|分享的「X」",
    not "大家分享的“X”"."""
    return any(p.end <= at and ADDRESS.fullmatch(text, p.end, at) for p in people)


def _cued_sentences(text: str) -> Iterator[re.Match[str]]:
    """The sentences (SENTENCE) of the lines that hold a title's cue: a sentence ends at a line
    break, so the lines without one are skipped whole."""
    for line_start, line_end in lines_holding(text, TITLE_CUE):
        yield from SENTENCE.finditer(text, line_start, line_end)
