"""Layouts that put a speaker's name in a fixed place: a talk's heading, a card under a heading,
a line in bold, a programme's line, a list of people and their organisations. The persons, talks
and roles extractors all read them."""
from __future__ import annotations

import re
from typing import Callable, Iterator

from ..ingest.body import LINKED_HANDLE
from ..line_start import LineStartPattern
from ..model import Document, Heading
from . import lexicons
from .descriptors import names_organization, parse_descriptor, reads_as_organization, split_title
from .person_names import HAN, LATIN, LATIN_WORD, card_name, given_name, is_name, nickname_or_name, surnamed
from .tables import kept_for_article

# the titles right after a name and its other name in brackets, to the end of the sentence
TITLES_AFTER = re.compile(r"[ \t]*[，,]?[ \t]*(?P<desc>[^。！？；;\n（）()：:]{2,80})")
BOOK_HEADING = re.compile(r"《[^《》\n]{2,80}》")
# the first line under a heading: a name, a comma and the person's titles or story
SPEAKER_CARD = re.compile(r"\s{0,40}[>*·•-]*[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t*]*[，,][ \t]*(?P<desc>[^。！？；;\n]{2,80})?")
CARD_REACH = 160  # characters after a heading where its card may stand
CARD_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[，,、][ \t]*")
SPEAKERS_HEADING = re.compile(r"(?:分享|演讲|主讲|特邀|本期|活动)?(?:嘉宾|讲师|讲者|分享者|分享人|演讲者|演讲人|主讲人|报告人)(?:介绍|信息)?|Speakers?")


def heading_cards(document: Document) -> Iterator[tuple[str, int, str, int]]:
    """(name, start, titles, titles start) of the cards right under headings: "#### 《TITLE》"
    then "陈某，某社区开发者，就职于…" (the speaker's card under the talk), or under any heading
    a card that gives titles: "### X" then "全某，陈某，某公司工程师" (the titles all of theirs)."""
    text = document.prose
    for section in document.sections:
        heading = section.heading
        if heading is None:
            continue
        opening = text[heading.end:heading.end + 48].lstrip()[:1]
        if not opening or not (opening in ">*·•-" or "\u4e00" <= opening <= "\u9fff"):
            continue  # a card opens with a name
        card = SPEAKER_CARD.match(text, heading.end, min(section.end, heading.end + CARD_REACH))
        if card is None or not card_name(card.group("name")):
            continue
        desc = card.group("desc") or ""
        names = [(card.group("name"), card.start("name"))]
        more = CARD_NAME.match(text, card.start("desc")) if desc else None
        while more and card_name(more.group("name")):
            names.append((more.group("name"), more.start("name")))
            more = CARD_NAME.match(text, more.end())
        desc_start = more.start() if more else (names[-1][1] + len(names[-1][0]) + 1)
        titles = TITLES_AFTER.match(text, desc_start) if len(names) > 1 else None
        desc, at = (titles.group("desc"), titles.start("desc")) if titles else (desc, card.start("desc") if desc else -1)
        if BOOK_HEADING.fullmatch(heading.text.strip()) or any(a.role for a in parse_descriptor(desc)):
            for name, start in names:
                yield name, start, desc, at


# "### 一、TITLE ———— NAME", "## TITLE -- Alice Wong（花名）": a talk's heading, its speaker last
HEADING_DASH_NAME = re.compile(rf"(?P<title>\S[^\n]{{3,79}}?)[ \t]*(?:—{{1,4}}|-{{2,4}}|–{{1,2}})[ \t]*"
                               rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t]*(?:[（(][^（）()\n]{{1,30}}[）)])?[ \t]*$")


# "## 陈某 - 《TITLE》": the speaker first
HEADING_NAME_DASH = re.compile(rf"[ \t]*(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t]*[-—–:：|｜][ \t]*《[^《》\n]{{2,80}}》[ \t]*$")


# "## 张某分享初创公司的前端工程化": a heading led by a speaker's name and a verb of presenting, then the talk
HEADING_NAME_PRESENTS = re.compile(r"[ \t]*(?:\d{1,2}[.、．]?[ \t]*)?(?P<name>[\u4e00-\u9fff]{2,3})(?:分享|主讲|讲|谈|聊|带来)了?[ \t]*"
                                   r"(?P<title>[^\s《》][^\n]{3,59}?)[ \t]*$")


@kept_for_article  # the persons and talks extractors both ask
def presenting_headings(document: Document) -> list[tuple[Heading, re.Match[str]]]:
    """The headings "NAME分享TITLE" whose name is a listed surname's and no word."""
    found = []
    for heading in document.headings:
        match = HEADING_NAME_PRESENTS.fullmatch(document.prose, heading.start, heading.end)
        if match and is_name(match.group("name")) and match.group("name")[:2] not in lexicons.load("common_words"):
            found.append((heading, match))
    return found


# "### 1. 唐某：博士生的开源信仰": a numbered heading led by a speaker's name and a colon
HEADING_NAME_COLON = re.compile(r"[ \t]*(?:\d{1,2}(?:[.、．]|(?=[ \t]))|[一二三四五六七八九十]{1,3}、)[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[：:]")
# "### TITLE（by 张某）", "- TITLE (by Ben Shi)": a line of its own, the talk's title, its speaker after "by"
TITLE_BY_SPEAKER = LineStartPattern(rf"^[ \t>*#-]*(?P<title>[^\s（(][^\n]{{3,80}}?)[ \t*]*[（(][ \t]*[Bb]y[ \t]+(?P<card>)"
                                    rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t]*[）)][ \t*]*$")
# (no sentence: the title holds no clause's punctuation; a link to its code or slides may follow)
PLAIN_TITLE_BY = LineStartPattern(rf"^[ \t>*-]*(?P<title>[^\s（(*#][^\n（()，,。：:!?！？]{{3,60}}?)[ \t]*[，,。]?[ \t]*[Bb]y[ \t]+(?P<card>)"
                                  rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t]*(?:(?:repo|PPT|ppt|slides|视频|链接)[ \t]*[：:]?[ \t]*)?"
                                  rf"(?:https?://\S+)?[ \t]*$")
# "**TITLE** by 某公司 架构师 王某", "《TITLE》by NAME": a title in bold or 《》 (read in the body,
# where the bold is), "by", the speaker's card and name ending the line
BRACKETED_ASIDE = re.compile(r"[（(][^（）()\n]{1,30}[）)]")
MARKED_TITLE_BY = LineStartPattern(rf"^[ \t>#-]*(?:\*\*|《)[ \t]*(?P<title>[^*《》\n]{{3,80}}?)[ \t]*(?:\*\*|》)"
                                   rf"[ \t]*[Bb]y[ \t]+(?P<card>[^\n]{{0,40}}?)[ \t]*"
                                   rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN}|{LATIN_WORD})[ \t*]*$")


@kept_for_article  # the persons and talks extractors both ask
def titles_by_speaker(document: Document) -> Iterator[re.Match[str]]:
    """The lines "TITLE（by NAME）" whose name is a person's."""
    if "by" not in document.prose and "By" not in document.prose:
        return  # most articles have none: no pattern tried at every line
    for line in TITLE_BY_SPEAKER.finditer(document.prose):
        if is_name(line.group("name"), strong=True):
            yield line
    # "TITLE， by NAME  repo： https://…" on lines of their own, two at least: a meeting's list of talks
    plain = [line for line in PLAIN_TITLE_BY.finditer(document.prose) if is_name(line.group("name"), strong=True)]
    yield from plain if len(plain) >= 2 else ()
    for line in MARKED_TITLE_BY.finditer(document.body):
        # the card: titles, or an organisation alone ("by stone.cn 马某", "by 某俱乐部（X.CLUB）范某");
        # a Latin given name alone after titles ("by 某公司 市场总监 Richard")
        card, name = line.group("card"), line.group("name")
        carded = not card or parse_descriptor(card) or reads_as_organization(BRACKETED_ASIDE.sub("", card).strip())
        if carded and (is_name(name, strong=True) if " " in name or not name.isascii()
                       else card and name in lexicons.load("latin_given_names") and parse_descriptor(card)):
            yield line


# "**孙某**:", "**某公司用户代表吕某：**": a line in bold, a name (its organisation or titles before
# it) and a colon, nothing after: who speaks in the paragraphs below
BOLD_SPEAKER_LINE = LineStartPattern(r"^[ \t>]*\*\*[ \t]*(?P<card>[^*\n：:，,。]{0,24}?)(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*"
                                     r"(?:\*\*[ \t]*[：:]|[：:][ \t]*\*\*)[ \t]*$")


@kept_for_article  # the persons and roles extractors both ask
def bold_speaker_lines(document: Document) -> list[re.Match[str]]:
    """The lines "**CARD NAME：**" whose name is a person's and whose card, if any, names an
    organisation or titles."""
    if "**" not in document.body:
        return []
    # a listed surname's name and no word cut across ("**系列文章**：", "**插件配置结构**："); the card
    # an organisation by its form or a dictionary, or titles
    return [line for line in BOLD_SPEAKER_LINE.finditer(document.body)
            if is_name(line.group("name")) and line.group("name")[:2] not in lexicons.load("common_words")
            and (not line.group("card").strip() or parse_descriptor(line.group("card"))
                 or names_organization(line.group("card").strip()))]


# "**Philipp Koehn**": a line in bold that is a Latin name alone, its given name a known one
BOLD_LATIN_NAME = LineStartPattern(rf"^[ \t>]*\*\*[ \t]*(?P<name>{LATIN})[ \t]*\*\*[ \t]*$")


# "**2. 王某，吴某：《TITLE》**": a line of its own, the speakers, a colon, the talk's title; or a
# programme's line, the speaker's organisation in brackets and the slot's length after:
# "韩某（某公司） 《TITLE》 20分钟"
SPEAKERS_BOOK_LINE = LineStartPattern(r"^[ \t*>]*(?:\d{1,2}[.、．][ \t]*)?(?P<names>[\u4e00-\u9fff]{2,3}"
                                      r"(?:[ \t]*[，,、和与&][ \t]*[\u4e00-\u9fff]{2,3}){0,3})"
                                      r"(?:[ \t]*[：:]|[ \t]*[（(](?P<org>[^（）()《》\n]{2,30})[）)][ \t]*[：:]?)[ \t]*"
                                      r"《(?P<title>[^《》\n]{2,80})》(?:[ \t]*[（(]?\d{1,3}[ \t]*(?:分钟|min|mins)[）)]?)?[ \t*]*$")
# … or a line in bold, the speaker's card in brackets and the talk's title after it, no 《》: "**张某（某公司数据
# 研发负责人）TITLE**", "第一场**敖某（某公司）：TITLE**"
BOLD_CARD_TITLE_LINE = LineStartPattern(r"^[ \t>]*(?:第[一二三四五六七八九十\d]{1,3}[场位个][ \t]*)?\*\*[ \t]*"
                                        r"(?P<names>[\u4e00-\u9fff]{2,3})[ \t]*[（(](?P<org>[^（）()\n]{2,40})[）)][ \t]*[，,：:]?"
                                        r"[ \t]*(?P<title>[^*《》\n]{4,100}?)[ \t]*\*\*[ \t]*$")
SPEAKER_IN_LINE = re.compile(r"[\u4e00-\u9fff]{2,3}")


@kept_for_article  # the persons and talks extractors both ask
def book_line_speakers(document: Document) -> Iterator[tuple[re.Match[str], list[tuple[str, int]]]]:
    """The lines "NAME(S)：《TITLE》" and their speakers' names and starts, each name a surname's."""
    for line in SPEAKERS_BOOK_LINE.finditer(document.prose):
        names = [(m.group(), line.start("names") + m.start()) for m in SPEAKER_IN_LINE.finditer(line.group("names"))]
        if names and all(card_name(name) for name, _ in names):  # no label: "主题一：《X》"
            yield line, names
    for line in BOLD_CARD_TITLE_LINE.finditer(document.body) if "**" in document.body else ():
        # the brackets a card (titles, or an organisation), the words after them no card
        card = line.group("org")
        if card_name(line.group("names")) and (parse_descriptor(card) or names_organization(card)) \
                and split_title(line.group("title")) is None and not names_organization(line.group("title")):
            yield line, [(line.group("names"), line.start("names"))]


def programme_line_org(line: re.Match[str]) -> str | None:
    """The organisation in brackets of a programme line "宋某（某某云） 《TITLE》"; a short word
    there that reads as no organisation is a nickname ("陈某（屹远）")."""
    org = line.group("org")
    return org if org and (names_organization(org) or len(org) >= 3 and reads_as_organization(org)) else None


# "#### 议题一、X（朱某）": a meeting's item, its presenter in brackets at the heading's end
ITEM_HEADING_PRESENTER = re.compile(r"[ \t]*(?:议题|话题|主题|分享)[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*[、：:.．]"
                                    r"[ \t]*(?P<title>[^\n（）()]{4,80}?)[ \t]*[（(](?P<name>[\u4e00-\u9fff]{2,3})[）)][ \t]*$")
# "### 搜索营销触发技术-翔羽": a single dash before a name (a nickname too), or the name in brackets
# ("### 1. 微前端架构体系（张某）"), read only where the sibling headings end alike; a number before
# the title is the heading's
SIBLING_DASH_NAME = re.compile(rf"[ \t]*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.、．]?[ \t]+|[一二三四五六七八九十]{{1,3}}、[ \t]*)?"
                               rf"(?P<title>\S[^\n]{{3,79}}?)[ \t]*(?:[-－]|—{{1,4}}|(?P<open>[（(])|,[ \t]*(?=[A-Z]))[ \t]*"
                               rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})"  # "TITLE, Latin Name": an English heading's
                               rf"(?:[ \t]*[&＆、/][ \t]*(?P<other>[\u4e00-\u9fff]{{2,3}}|{LATIN}))?[ \t]*"  # "- 元某 & 水某": two speakers
                               # … an other name in brackets after a dash's ("—— 陈某（Cat Chen）")
                               rf"(?(open)[）)]|(?:[（(][^（）()\n]{{1,20}}[）)])?)[ \t]*")
# "## 1.1 某公司 - 某某 - TITLE": a programme's heading, the speaker's organisation, name and talk
ORG_NAME_TITLE = re.compile(rf"[ \t*]*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.、．]?[ \t]*)?(?P<org>[^\s\-—–－][^\n\-—–－]{{0,20}}?)"
                            rf"[ \t]+[-—–－]{{1,2}}[ \t]+(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN}|{LATIN_WORD})[ \t]+[-—–－]{{1,2}}[ \t]+"
                            rf"(?P<title>\S[^\n]{{2,80}}?)[ \t*]*")
# "# 喻某&孙某（TITLE）", "# Jrome（TITLE）": the speakers first, their talk in brackets
NAME_BRACKET_TITLE = re.compile(rf"[ \t]*(?:\d{{1,2}}[.、．]?[ \t]*)?(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN}|{LATIN_WORD})"
                                rf"(?:[ \t]*[&＆、/和][ \t]*(?P<other>[\u4e00-\u9fff]{{2,3}}|{LATIN}|{LATIN_WORD}))?"
                                r"[ \t]*[（(](?P<title>[^\n]{4,80}?)[）)][ \t]*")
# "## 主讲人介绍" over "### 01 郭某": a heading that is a name alone, under one that introduces speakers
NAME_HEADING = re.compile(r"[ \t]*(?:\d{1,2}[.、．]?|[一二三四五六七八九十]{1,3}、)?[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*$")


def heading_speakers(document: Document) -> Iterator[tuple[str, int]]:
    """(name, start) of the speakers that talks' headings name beside a dash."""
    text = document.prose
    for heading in document.headings:
        if not any(mark in heading.text for mark in "—–-:：|｜"):
            continue  # no dash or bar between a title and a name
        match = HEADING_DASH_NAME.search(text, heading.start, heading.end) \
            or HEADING_NAME_DASH.match(text, heading.start, heading.end) \
            or HEADING_NAME_COLON.match(text, heading.start, heading.end)
        # a listed surname and no word: "### 层间同步 —— 多副本" ends with the topic's part
        name = match.group("name") if match else ""
        if match and (given_name(name) if name.isascii() else is_name(name)):
            yield match.group("name"), match.start("name")
    for _, named in [*dash_named_headings(document), *org_name_title_headings(document), *name_bracket_headings(document)]:
        yield named.group("name"), named.start("name")
        if "other" in named.re.groupindex and named.group("other"):
            yield named.group("other"), named.start("other")
    for heading in document.headings:
        presented = ITEM_HEADING_PRESENTER.match(text, heading.start, heading.end)
        if presented and is_name(presented.group("name"), strong=True):
            yield presented.group("name"), presented.start("name")
    for _, presenting in presenting_headings(document):
        yield presenting.group("name"), presenting.start("name")
    for heading, parent in document.headings_with_parents():
        if parent is None or not SPEAKERS_HEADING.fullmatch(parent.text.strip(" *：:")):
            continue
        alone = NAME_HEADING.match(text, heading.start, heading.end)
        if alone and card_name(alone.group("name")):
            yield alone.group("name"), alone.start("name")


@kept_for_article  # the persons and talks extractors both ask
def dash_named_headings(document: Document) -> list[tuple[Heading, re.Match[str]]]:
    """The headings "TITLE-NAME" among siblings (one parent, one level) of which three or more, and
    half at least, end so: a programme of talks, each heading its title and speaker."""
    # (Latin words in brackets are the title's translation: "指标数据（Metrics Data）")
    found = _sibling_headings(document, SIBLING_DASH_NAME, 2, lambda m: _heading_name(m)
                              and (m.group("other") is None or (given_name(m.group("other")) if m.group("other").isascii()
                                                                 else nickname_or_name(m.group("other")))),
                              # among them, a Latin name whose given name is no listed one ("Krste Asanovic")
                              also=lambda m: m.group("name").isascii() and not m.group("open") and is_name(m.group("name")))
    # two siblings are enough where every name is a surname's; nicknames need three
    if len(found) < 3 and not all(is_name(m.group("name"), strong=True) for _, m in found):
        return []
    return found


def _sibling_headings(document: Document, pattern: re.Pattern[str], least: int,
                      accept: Callable[[re.Match[str]], bool],
                      also: Callable[[re.Match[str]], bool] = lambda m: False) -> list[tuple[Heading, re.Match[str]]]:
    """The headings that ``pattern`` reads whole and ``accept`` takes, among siblings (one parent,
    one level) of which ``least`` or more, and half at least, read so; where they do, the siblings
    that ``also`` takes count and are read too."""
    siblings: dict[tuple[int, int], list[Heading]] = {}
    for heading, parent in document.headings_with_parents():
        siblings.setdefault((parent.start if parent else -1, heading.level), []).append(heading)
    found = []
    for group in siblings.values():
        read, more = [], []
        for heading in group:
            match = pattern.fullmatch(document.prose, heading.start, heading.end)
            if match and accept(match):
                read.append((heading, match))
            elif match and also(match):
                more.append((heading, match))
        if len(read) >= least and 2 * (len(read) + len(more)) >= len(group):
            found += sorted(read + more, key=lambda item: item[0].start)
    return found


# "- 韩某，某公司", "- Jia Lund, Stone Research Institute": a list of people, each with the
# organisation they come from
# (the name after the person's linked username, or before their nickname: "- [@user](…) 韩某，某公司",
# "- 韩某（hanmou），某公司")
# (… or the username linked in brackets after the name: "- Kat Lund, ([@katlund](…)), Nimbus")
AFFILIATED_ITEM = LineStartPattern(rf"^[ \t]*(?:[-*+•]|\d{{1,2}}[.、)])[ \t]+(?:\*\*)?(?:{LINKED_HANDLE}[ \t]+)?"
                                   rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})(?:[（(][^（()）\n]{{1,20}}[）)]"
                                   rf"|[ \t]*[，,][ \t]*[（(][ \t]*{LINKED_HANDLE}[ \t]*[）)])?"
                                   r"[ \t]*[，,][ \t]*(?P<org>[^，,。；;：:\n*]{2,40}?)[ \t]*(?:\*\*)?[ \t]*$")


# … or the organisation in brackets, ending the item: "- [Kat Lund](https://github.com/katlund) (Quillfy)"
BRACKETED_AFFILIATION_ITEM = LineStartPattern(rf"^[ \t]*(?:[-*+•]|\d{{1,2}}[.、)])[ \t]+(?:\*\*)?\[?"
                                              rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})(?:\]\([^()\s]*\))?[ \t]*"
                                              r"[（(](?P<org>[^（()）\n]{2,40})[）)][ \t]*(?:\*\*)?[ \t]*$")


# … or "- 某公司 2012 实验室姜某", "- Intel 苏某": the organisation first, the name ending the item
ORG_FIRST_ITEMS = tuple(LineStartPattern(rf"^[ \t]*(?:[-*+•]|\d{{1,2}}[.、)])[ \t]+(?P<org>[^，,。；;：:\n]{{2,40}}?)[ \t]*"
                                         rf"(?P<name>[\u4e00-\u9fff]{{{n}}})[ \t]*$") for n in (3, 2))


def _org_first_items(text: str) -> Iterator[re.Match[str]]:
    """The items "ORG NAME" of a list, the name of three characters where it reads as one, else two."""
    three = {m.start(): m for m in ORG_FIRST_ITEMS[0].finditer(text)}
    two = {m.start(): m for m in ORG_FIRST_ITEMS[1].finditer(text)}
    for start in sorted(three.keys() | two.keys()):
        yield three[start] if start in three and (is_name(three[start].group("name")) or start not in two) else two[start]


def _org_first_listed(item: re.Match[str]) -> bool:
    """An "ORG NAME" item: a listed surname's name after an organisation by its form, a dictionary
    or capitals (not "- 布局|动态化", a term cut across)."""
    org = item.group("org").strip()
    name = item.group("name")
    # (a surname that is also a word vouched for by the organisation before it: "Intel 谢某")
    return (is_name(name) or surnamed(name)) \
        and (names_organization(org) or CAPITALISED_WORDS.fullmatch(org) is not None) and split_title(org) is None


@kept_for_article  # the persons and roles extractors both ask
def affiliated_roster(document: Document) -> list[re.Match[str]]:
    """The items "NAME，ORG" of a list, two or more of them reading so: the name a person's, the
    organisation one by its form or a dictionary, and no title."""
    found: list[re.Match[str]] = []
    block: list[re.Match[str]] = []
    text = document.body  # the list's markers, which the prose view blanks
    items = sorted([*AFFILIATED_ITEM.finditer(text), *BRACKETED_AFFILIATION_ITEM.finditer(text), *_org_first_items(text)],
                   key=lambda m: m.start())
    name_first = (AFFILIATED_ITEM.anchored, BRACKETED_AFFILIATION_ITEM.anchored)
    for item in [*items, None]:
        if item is not None and (not block or _same_list(text, block[-1].end(), item.start())):
            block.append(item)
            continue
        # a card among them ("- NAME, TITLE at ORG") is an apposition's, read as one
        listed = [b for b in block if (_org_first_listed(b) if b.re not in name_first
                                       else is_name(b.group("name"), strong=True) and _listed_organisation(b.group("org")))]
        # cards among them ("- NAME, TITLE at ORG") make the list a roster too
        carded = [b for b in block if b.re is AFFILIATED_ITEM.anchored and b not in listed
                  and is_name(b.group("name"), strong=True) and any(a.role for a in parse_descriptor(b.group("org")))]
        if len(listed) >= 2 or listed and len(listed) + len(carded) >= 3:
            found += listed
        block = [item] if item is not None else []
    return found


def _same_list(text: str, end: int, start: int) -> bool:
    """Whether the lines between two items are items of the same list (the roster's other
    items, with titles: "- 韩某，某公司，工程师"), none blank."""
    between = text[end:start].strip("\n")
    return text.count("\n", end, start) <= 1 or all(LIST_ITEM_START.match(line) for line in between.split("\n"))


LIST_ITEM_START = re.compile(r"[ \t]*(?:[-*+•]|\d{1,2}[.、)])[ \t]+\S")


def _listed_organisation(text: str) -> bool:
    """An organisation's name after a listed person's: one by its form or a dictionary, or Latin
    words in capitals ("Stone Research Institute"); no title, no other person's name."""
    other_person = is_name(text) and (not text.isascii() or text.split()[0] in lexicons.load("latin_given_names"))
    return (reads_as_organization(text) or CAPITALISED_WORDS.fullmatch(text) is not None) \
        and split_title(text) is None and not other_person


CAPITALISED_WORDS = re.compile(r"[A-Z][A-Za-z0-9.&'-]*(?:[ \t][A-Z][A-Za-z0-9.&'-]*){0,5}")


@kept_for_article  # the persons, talks and roles extractors all ask
def org_name_title_headings(document: Document) -> list[tuple[Heading, re.Match[str]]]:
    """The headings "ORG - NAME - TITLE" among siblings (one parent, one level) of which two or
    more, and half at least, read so: a programme, each heading a speaker's talk."""
    return _sibling_headings(document, ORG_NAME_TITLE, 2,
                             lambda m: m.group("name").isascii() or nickname_or_name(m.group("name")))


@kept_for_article  # the persons and talks extractors both ask
def name_bracket_headings(document: Document) -> list[tuple[Heading, re.Match[str]]]:
    """The headings "NAME（TITLE）" among siblings (one parent, one level) of which two or more, and
    half at least, read so: a programme, each heading a speaker's talk; not a card ("韩某（某公司
    CTO）": titles in the brackets)."""
    def speaker(name: str | None) -> bool:
        return name is None or (name[0].isupper() and name.isascii() if name.isascii()
                                else is_name(name) or is_name(name, strong=True))  # "于某" too

    found = _sibling_headings(document, NAME_BRACKET_TITLE, 2, lambda m: speaker(m.group("name")) and speaker(m.group("other"))
                              and split_title(m.group("title")) is None and not names_organization(m.group("title")))
    # two siblings are enough where every name is a surname's; single Latin words need three
    if len(found) < 3 and not all(is_name(m.group("name"), strong=True) for _, m in found):
        return []
    return found


def _heading_name(heading: re.Match[str]) -> bool:
    """A talk heading's speaker: after a single dash, Han characters that can name a person (a
    nickname too: "-翔羽"); after long dashes or in brackets, a surname's name ("—— 多副本" is
    the topic's part); a Latin name after a dash only, its given name a known one (Latin words in
    brackets translate a title: "指标数据（Metrics Data）")."""
    name = heading.group("name")
    if name.isascii():
        return not heading.group("open") and given_name(name)
    single_dash = not heading.group("open") and heading.string[heading.end("title"):heading.start("name")].strip() in ("-", "－")
    common = lexicons.load("common_words")
    return nickname_or_name(name) and (single_dash or is_name(name) or is_name(name, strong=True)
                                       and name[1:] not in common and name[:2] not in common)  # "谢某", not "多副本"


FIGURE_CAPTION = re.compile(rf"<figcaption>[ \t]*(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t]*</figcaption>", re.I)


@kept_for_article  # the persons and talks extractors both ask
def captioned_names(document: Document) -> Iterator[tuple[str, int]]:
    """(name, start) of the names an HTML figure's caption gives alone ("<figcaption>韩某</figcaption>"):
    a speaker's photo, their card usually below it."""
    for caption in FIGURE_CAPTION.finditer(document.body) if "<figcaption" in document.body.lower() else ():
        name = caption.group("name")
        if (given_name(name) and is_name(name)) if name.isascii() else nickname_or_name(name):
            yield name, caption.start("name")


def photo_names(document: Document) -> Iterator[tuple[str, int]]:
    """(name, start) of a name a photo's caption gives ("![黄某](…)") that the text names too, where
    a name can start (not "这张图"): a person and their picture."""
    text = document.prose
    common = lexicons.load("common_words")
    for link in document.links:
        alt = link.text.strip()
        if not link.image or not re.fullmatch(f"[{HAN}]{{2,3}}", alt) or not is_name(alt) or alt[:2] in common:
            continue
        at = text.find(alt)
        while at >= 0:
            if not (link.start <= at < link.end) and not re.match(f"[{HAN}]", text[at - 1:at] or " "):
                yield alt, at
                break
            at = text.find(alt, at + 1)
