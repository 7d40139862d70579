"""Lists of talks, whatever their layout: list items that each give a talk's title and its
speaker, in one order all through the list, read together. One item alone could be anything
("- 张某 某公司工程师" is a card); a list of two or more that read alike is a programme.

- speaker first: "- 吴某<TAB>某某项目年度总结", "1. 武某([blog](…)): X 的实现原理 [pdf](…)";
- title first: "* [X 实践](…)，罗某 @ 某公司", "1、X 架构分析  - 宋某", "+ 13:40-14:40 《X》-- by Neo Lin",
  "* [X](…) 江某（某公司）", "1、X   @文某 - 某公司".

A leading time slot, link targets, links after the title ("[讲义pdf](…)") and markup are set
aside first, in place, so that every offset stays the body's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from . import lexicons
from .descriptors import degree_at_school, names_organization, places_and_countries, reads_as_organization, split_title
from .names import looks_like_person
from .person_names import LOWER, given_name
from .tables import CLOCK_TIME, SPEAKER_LABEL, TIME_RANGE, SpeakerRow, speaker_name

# the words that label a programme's talks: "主题1：", "议题："
TITLE_LABEL = re.compile(r"(?:主题|题目|议题|话题|Topic)[ \t]*\d{0,2}[ \t]*[:：][ \t]*")
# an item is led by a list's marker, or by the time of its slot or its title in bold, which stay
# in its text (set aside as the rest of its markup is)
# … or by a link, the whole line (a programme of recordings: "[01 某某 - TITLE](….pdf)"), whose lists
# are read as recordings only
ITEM = re.compile(r"\n[ \t]*(?:(?P<marker>[-*+•]|\d{1,2}[.、)）．]|[（(]\d{1,2}[)）])[ \t]+(?=\S)"
                  r"|(?=(?P<lead>\d{1,2}[:：]\d{2}|\*\*|\[(?=[^\[\]\n]+\]\([^()\n]*\)[ \t]*(?:\n|$)))))")
LEADING_TIME = re.compile(rf"`?(?:{TIME_RANGE}|{CLOCK_TIME})`?[ \t,，:：]*")
LINK = re.compile(r"!?\[(?P<text>[^\[\]\n]*)\]\([^()\n]*\)")
MARKUP = re.compile(r"\*\*|__|`|<[^<>\n]{1,80}>")
SET_ASIDE_MARKS = ("**", "__", "`", "<", "[", "（", "(")  # what opens markup, a link, a time in ticks or brackets
HAN_SPEAKER = r"[\u4e00-\u9fff]{2,3}"
LATIN_SPEAKER = rf"[A-Z][{LOWER}]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][{LOWER}]+(?:-[A-Z][{LOWER}]+)?){{1,2}}"  # "Kent C. Dodds"
SPEAKER = rf"(?:{HAN_SPEAKER}|{LATIN_SPEAKER})"
# "* 宋某 14:45-15:15 [TITLE](…)": the speaker and the slot's time before a linked title
NAME_THEN_TIME = re.compile(rf"[ \t]*{SPEAKER}[ \t]+`?(?:{TIME_RANGE}|{CLOCK_TIME})`?[ \t,，:：]*")
SPEAKERS = rf"{SPEAKER}(?:[ \t]*(?:[、，,&＆/]|和|与)[ \t]*{SPEAKER})*"
ASIDE = r"[ \t]*[（(][^（）()\n]{1,40}[）)]"
# the speaker's organisation after the name: "@ 某公司", "（某公司）", " - 某公司", " 某公司"
ORG_TAIL = r"(?:[ \t]*[@＠][ \t]*|[ \t]*[-—–][ \t]*|[ \t]+)(?P<org>[^\s@＠（）()，,、]{2,30})|[ \t]*[（(](?P<aside_org>[^（）()\n]{2,30})[）)]"
# … several speakers joined tightly: "邢某/吴某 - X", "潘某&陈某<TAB>X"
SPEAKER_FIRST = re.compile(rf"(?P<name>{SPEAKER}(?:[ \t]*[/&＆、][ \t]*{SPEAKER})*)(?:{ASIDE})?[ \t]*(?:[：:]|[-—–－~～]{{1,2}}|\t|[ \t]{{2,}}|[ \t])[ \t]*"
                           r"(?P<title>\S.{2,119}?)[ \t]*")
# title first: where the title may end, then the speakers and their organisation to the item's end
# ("[X](…)，来自 [某某](…)": a translated "X, by NAME", the speaker's link after 来自)
TITLE_END = re.compile(rf"[ \t]*(?:{SPEAKER_LABEL}[ \t]*[:：]|[，,][ \t]*来自(?=[ \t]*\S)|[，,：:]|[-—–－]{{1,2}}[ \t]*(?:[Bb]y[ \t]+)?|[Bb]y[ \t]+|[@＠])"
                       r"|(?<=》)|[ \t]+")
AT_SIGN = re.compile(r"[@＠]")
SPEAKERS_TAIL = re.compile(rf"[ \t]*[@＠]?(?P<names>{SPEAKERS})(?:{ORG_TAIL})?[ \t]*")
# … or one speaker and a card of titles: "(某某 - 某公司高级技术顾问)", "：某某 - 某公司 架构师",
# "《X》 某某 某公司 CTO", "…，某某，某公司 CEO"
CARD_TAIL = re.compile(rf"[ \t]*(?P<open>[（(])?[ \t]*(?P<names>{SPEAKER})[ \t]*(?:[-—–]{{1,2}}|(?(open)[，,：:]|(?:[，,]|(?<=[ \t]))))[ \t]*"
                       r"(?P<card>[^（）()\n]{2,80}?)[ \t]*(?(open)[）)])[ \t]*")
CARD_TAIL_REACH = 120  # brackets, a name and a card of 80 characters, with spaces between
# a schedule's day, no title: "* 11 月 02 日 - 云某"; a line of the schedule alone, its weekday in
# brackets, its hours a range: "2022-07-20 (周三) 16:00 - 16:30"
DATE_CHARS = r"\d\s.:：/年月日号周一二三四五六七天\-"
DATE_ONLY = re.compile(rf"[{DATE_CHARS}]+")
SCHEDULE_LINE = re.compile(rf"[{DATE_CHARS}()（）~～–—]+")
CARD_THEN_TITLE = re.compile(r"(?P<desc>[^\s、，,；;]{2,30})[ \t]+(?P<title>\S.*)")
LABELLED_BOOK_TITLE = re.compile(r"[^《》\n]*[：:][ \t]*《(?P<title>[^《》\n]+)》")
# "某公司解决方案部总监《X》": the card runs into the title in 《》
CARD_THEN_BOOK_TITLE = re.compile(r"(?P<desc>[^《》\n、，,；;]{2,30}?)[ \t]*(?P<title>《[^《》\n]{2,100}》)")
BREAK = re.compile(r"休息|茶歇|签到|报到|入场|合影|抽奖|午餐|晚餐|午休|Q&A|QA|问答|自由交流|自由讨论|开场|致辞|闭幕|结束")
# what a card says of its person, not a talk: "来自…", "现任…", "负责…"
CARD_START = re.compile(r"来自|现任|曾任|现为|担任|就职|任职|负责|毕业|就读|目前|主要|专注|从事|作为")


@dataclass(frozen=True)
class _Item:
    layout: str
    rows: tuple[SpeakerRow, ...]


def talk_list_rows(body: str) -> Iterator[SpeakerRow]:
    """A row for each item of every list of two or more items that give a talk and its speaker
    in the same order; a list where fewer than half the items read so (breaks, sign-in) is none."""
    lists = []
    for kind, items in _lists(body):
        # a programme's breaks, sign-in and Q&A are neither talks nor evidence against the list
        talks = [(start, end) for start, end in items if not _is_break(body, start, end)]
        linked = [rows for start, end in talks if (rows := _linked_recording(body, start, end))] \
            if len(talks) >= 2 and "](" in body[talks[0][0]:talks[-1][1]] else []
        lists.append((kind, items, talks, linked))
    recordings = any(len(linked) >= 2 and 2 * len(linked) >= len(talks) for _, _, talks, linked in lists)
    for kind, items, talks, linked in lists:
        read: list[_Item | None] = []
        if len(linked) >= 2 and 2 * len(linked) >= len(talks):
            for rows in linked:
                yield from rows  # a list of recordings, each "[SPEAKER - TITLE](…)"
            continue
        alone = _linked_recording(body, *talks[0]) if recordings and len(talks) == 1 else []
        if alone:
            # such a link alone, cut off from its list by an item on two lines or one with no link,
            # where the article lists recordings
            yield from alone
            continue
        if kind == "link":
            continue  # lines that are links and no recordings: a list of references
        for start, end in talks if len(items) >= 2 else ():
            read.append(_read(body, start, end))
            unread = read.count(None)
            if 2 * unread > len(talks) or len(talks) - unread < 2 \
                    or len({item.layout for item in read if item is not None}) > 1:
                break  # half the list, or all but one item, read as no talk already; or two layouts
        layouts = [item.layout for item in read if item is not None]
        if len(layouts) < 2 or len(set(layouts)) > 1 or 2 * len(layouts) < len(talks):
            continue
        if 3 * sum(len(item.rows) >= TEAM_SIZE for item in read if item is not None) >= 2 * len(layouts):
            continue  # "- `peach`(2016)：甲，乙，丙" most items: a roll of teams, no programme
        for item in read:
            if item is not None:
                yield from item.rows


TEAM_SIZE = 3  # speakers of most items of a list, at least: its items are teams


# "* [某某 - TITLE](…)", "* [Peng@Aqara - TITLE](…)", "* [Carola Nitz - 某公司工程师 - TITLE](…)": a
# recording's link, its text the speaker (a nickname or a handle too), a spaced dash and the talk
# (a number may lead the text, several speakers share a talk: "[02 秦某 / 孙某 - TITLE](…)")
LINKED_RECORDING = re.compile(r"[ \t]*\[(?:\d{1,2}[ \t.、]+)?(?P<name>[^\[\]\n@]{2,30}?)(?:@(?P<org>[^\[\]\n@\s]{2,30}))?[ \t]+[-—–][ \t]+"
                              r"(?P<title>[^\[\]\n]{4,120}?)[ \t]*\]\([^()\n]*\)[ \t]*")
SPEAKER_PART = re.compile(r"[^/&、\s](?:[^/&、]*[^/&、\s])?")  # "秦某 / 孙某": the speakers a recording shares
# "X (Cloud Computing …)", "X【不公开】(private talk)": a Chinese title's English translation, a remark
TRANSLATED_TAIL = re.compile(r"(?:[ \t]*【[^【】]{1,8}】)?[ \t]*[(（][A-Za-z][^()（）]*[)）]$")
LINKED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Z][^\W\d_]*(?:[ \t][A-Z][^\W\d_]*(?:-[^\W\d_]+)?){0,2}")
CARD_DASH = re.compile(r"(?P<card>[^\n]{2,40}?)[ \t]+[-—–][ \t]+(?=\S)")


def _linked_recording(body: str, start: int, end: int) -> list[SpeakerRow]:
    """The rows of a list item that is one link "[SPEAKER - TITLE](…)", a row for each speaker: in
    such a list the speaker may be a nickname, a handle or a name no list holds ("肘子",
    "Peng@Aqara", "Ryan McLeod")."""
    item = LINKED_RECORDING.fullmatch(body, start, end)
    if item is None:
        return []
    names = [(m.group(), item.start("name") + m.start()) for m in SPEAKER_PART.finditer(item.group("name"))]
    if not names or any(not LINKED_NAME.fullmatch(name) or name in lexicons.load("common_words")
                        or split_title(name) is not None or names_organization(name) for name, _ in names):
        return []
    title, title_at = item.group("title"), item.start("title")
    title = TRANSLATED_TAIL.sub("", title) if re.search(r"[\u4e00-\u9fff]", title) else title
    org, org_at = (item.group("org"), item.start("org")) if item.group("org") else ("", -1)
    card = CARD_DASH.match(title)
    if card and split_title(card.group("card")) is not None:
        # "Netflix 资深软件工程师 - TITLE": the speaker's card first
        org, org_at = card.group("card"), title_at
        title, title_at = title[card.end():], title_at + card.end()
    if not _talk_title(title, recorded=True):
        return []
    return [SpeakerRow(name, name_at, org, org_at, title, title_at, descriptor_is_company=bool(org) and split_title(org) is None)
            for name, name_at in names]


def _lists(body: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """(kind, items) of each list, in the order of their first items: the (start, end) of each
    item's text, items of one kind of marker ("-", "1", a time, bold, a link) at one indent on
    following lines, with only indented lines between them or at most three others; a list nested
    deeper (an item's slides, its notes) is a list of its own and parts no items of the outer
    one. The items are found from the line break before them: a pattern led by a character
    class, or anchored at line starts, is tried at every position of the text."""
    lists: list[tuple[str, list[tuple[int, int]]]] = []
    open_lists: dict[int, tuple[str, list[tuple[int, int]], int]] = {}  # by indent: kind, items, last end
    text = "\n" + body  # offsets in text are one past the body's
    for marker in ITEM.finditer(text):
        start, end = marker.end() - 1, text.find("\n", marker.end()) % (len(text) + 1) - 1
        lead = marker.group("lead")
        kind = ("time" if lead[0].isdigit() else "link" if lead[0] == "[" else "bold") if lead else \
            "1" if marker.group("marker")[:1] in "0123456789（(" else marker.group("marker")
        indent = len(marker.group()) - len(marker.group().lstrip("\n \t")) - 1
        for deeper in [d for d in open_lists if d > indent]:
            del open_lists[deeper]  # a nested list ends where an item less deep comes
        current = open_lists.get(indent)
        if current is None or kind != current[0] or not _joins(body[current[2]:marker.start()]):
            current = (kind, [], end)
            lists.append(current[:2])
        current[1].append((start, end))
        open_lists[indent] = (kind, current[1], end)
    return lists  # (each made at its first item, so in their order)


# a label and a link alone: "视频回顾：https://…", "[PPT 下载](…)"
RESOURCE_LINE = re.compile(r"[ \t>*\u200b]*(?:[^\s：:]{1,8}[ \t]*[：:][ \t]*)?(?:https?://\S+|\[[^\[\]\n]*\]\([^()\n]*\))[ \t]*")


def _joins(between: str) -> bool:
    """Only blank or indented lines between two items (the first item's own); or at most three
    lines beside blank ones, each indented or a line of the schedule ("2022-07-20 (周三) 16:00 -
    16:30"), of the speaker's card ("某某 - 某公司架构师") or of the talk's recording or slides
    ("视频回顾：https://…")."""
    lines = between.split("\n")[1:-1]
    if all(not line.strip() or line[:1] in " \t" for line in lines):
        return True  # the item's own indented lines: its links, notes, a nested list
    return len(lines) <= 6 and sum(1 for line in lines if line.strip()) <= 3 and all(
        not line.strip() or line[:1] in " \t" or SCHEDULE_LINE.fullmatch(line) or RESOURCE_LINE.fullmatch(line)
        or _card_line(line) is not None for line in lines)


def _card_line(line: str) -> re.Match[str] | None:
    """A line that is a speaker's card alone: "某某 - 某公司高级技术顾问"."""
    card = CARD_TAIL.fullmatch(line)
    return card if card is not None and not card.group("open") and _speaker(card.group("names")) \
        and split_title(card.group("card")) is not None else None


def _read(body: str, start: int, end: int) -> _Item | None:
    """The item's talk and speakers, the layout it is in ("speaker" or "title" first), or None."""
    text = _set_aside(body[start:end]).rstrip()
    lead = len(text) - len(text.lstrip())
    # a bold lead is a title's ("**某某**：…" leads an interview's turn)
    first = SPEAKER_FIRST.fullmatch(text, lead) if not body.startswith("**", start) else None
    names = list(re.finditer(SPEAKER, first.group("name"))) if first is not None else []
    if first is not None and all(_speaker(name.group()) for name in names):
        title, title_at = _title(first.group("title"), first.start("title"))
        card = CARD_THEN_TITLE.fullmatch(title) or CARD_THEN_BOOK_TITLE.fullmatch(title)
        desc, desc_start = "", -1
        if card and split_title(card.group("desc")) is not None:
            # "- 赵某 某公司开发工程师 X 功能简介": the speaker's card, then the talk
            desc, desc_start = card.group("desc"), start + title_at
            title, title_at = _title(card.group("title"), title_at + card.start("title"))
        if _talk_title(title) and not _other_form_first(title, names):
            return _Item("speaker", tuple(SpeakerRow(name.group(), start + first.start("name") + name.start(), desc,
                                                     desc_start, title, start + title_at) for name in names))
    # the first place the title can end where speakers follow: "Real World Akka Stream，罗某 @ 某公司"
    # is not "Real" by "World Akka Stream"
    for title_end in TITLE_END.finditer(text, lead + 3):
        if title_end.end() == title_end.start():
            continue
        carded = _carded(body, start, text, lead, title_end)
        if carded is not None:
            return carded
        tail = SPEAKERS_TAIL.fullmatch(text, title_end.end())
        if tail is None:
            continue
        names = list(re.finditer(SPEAKER, tail.group("names")))
        title, title_at = _title(text[lead:title_end.start()], lead)
        at_sign = AT_SIGN.search(text, title_end.start(), tail.start("names")) is not None
        introduced = "来自" in title_end.group()  # "X，来自 Lydia Hallie": a given name vouches for the rest
        if not names or not all(_speaker(name.group(), at_sign) or introduced and given_name(name.group()) for name in names) \
                or not _talk_title(title):
            continue
        org_group = "org" if tail.group("org") else "aside_org" if tail.group("aside_org") else None
        org = tail.group(org_group) if org_group else ""
        if org_group == "aside_org" and (looks_like_person(org) or not names_organization(org)):
            org_group, org = None, ""  # "程某（Jamie Cheng）", "谢某(执某)": the speaker's other name
        if org_group == "org" and not reads_as_organization(org) and "@" not in text[title_end.start():tail.start(org_group)]:
            continue  # "@ X" gives the speaker's company; a bare word after the name must read as one
        org_start = start + tail.start(org_group) if org_group else -1
        return _Item("title", tuple(SpeakerRow(name.group(), start + tail.start("names") + name.start(), org, org_start,
                                               title, start + title_at, descriptor_is_company=bool(org))
                                    for name in names))
    return _carded_below(body, start, end, text, lead)


OTHER_FORM_FIRST = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[-—–，,、][ \t]*\S")


def _other_form_first(title: str, names: list[re.Match[str]]) -> bool:
    """A Latin speaker whose "title" opens with a Chinese name, then a separator: the person's
    own name in Chinese before a card ("[Yuanhang Han](mailto:…) 韩远航 - Lead of X"), no talk."""
    other = OTHER_FORM_FIRST.match(title)
    return other is not None and all(name.group().isascii() for name in names) \
        and looks_like_person(other.group("name"))


def _carded_below(body: str, start: int, end: int, text: str, lead: int) -> _Item | None:
    """A title alone on its line, the speaker's card alone on the next: "**16:00：X**" over
    "某某 - 某公司高级技术顾问"."""
    if end >= len(body):
        return None
    next_start = end + 1 + (body.startswith("\n", end + 1))  # one blank line between at most
    card = _card_line(body[next_start:body.find("\n", next_start) % (len(body) + 1)])
    if card is None:
        return None
    title, title_at = _title(text[lead:], lead)
    if not _talk_title(title):
        return None
    return _Item("title", (SpeakerRow(card.group("names"), next_start + card.start("names"), card.group("card"),
                                      next_start + card.start("card"), title, start + title_at),))


def _carded(body: str, start: int, text: str, lead: int, title_end: re.Match[str]) -> _Item | None:
    """The title, then one speaker and a card of titles: "X (某某 - 某公司高级技术顾问)"."""
    if len(text) - title_end.end() > CARD_TAIL_REACH:
        return None  # the card runs to the item's end: not from this far back
    tail = CARD_TAIL.fullmatch(text, title_end.end())
    if tail is None or not _speaker(tail.group("names")) or split_title(tail.group("card")) is None:
        return None
    title, title_at = _title(text[lead:title_end.start()], lead)
    if not _talk_title(title):
        return None
    return _Item("title", (SpeakerRow(tail.group("names"), start + tail.start("names"), tail.group("card"),
                                      start + tail.start("card"), title, start + title_at),))


def _is_break(body: str, start: int, end: int) -> bool:
    """A programme's item that is no talk: "20:30-20:45 中场休息", "签到", "Q&A"."""
    if end - start > 60 or BREAK.search(body, start, end) is None:
        return False  # the time and markup set aside, twelve characters at most are left
    text = _set_aside(body[start:end]).strip()
    return len(text) <= 12 and BREAK.search(text) is not None


def _title(words: str, at: int) -> tuple[str, int]:
    """The title without blanks, its label and 《》 around it, and where it starts."""
    label = TITLE_LABEL.match(words.lstrip())
    title = words.lstrip()[label.end() if label else 0:].strip(" \t【】;；")  # "+ 某某 ~ X ;": the item's end
    labelled = LABELLED_BOOK_TITLE.fullmatch(title)
    if labelled:
        title = labelled.group("title")  # "演讲1【13:30-14:10】：《X》": the slot's label, then the title
    elif title.startswith("《") and title.find("》") in (-1, len(title) - 1):
        title = title.strip("《》")  # "《X》", not "《X》- Y"
    return title, at + words.find(title) if title else at


def _set_aside(text: str) -> str:
    """The item with its leading time, link targets, later links and markup blanked, in place."""
    if not text.lstrip()[:1].isdigit() and not any(mark in text for mark in SET_ASIDE_MARKS):
        return text  # most items: nothing to blank
    chars = list(text)

    def blank(a: int, b: int) -> None:
        chars[a:b] = " " * (b - a)

    for tag in MARKUP.finditer(text):
        blank(*tag.span())
    unmarked = "".join(chars)  # "**16:00：X**": the time inside the markup
    time = LEADING_TIME.match(unmarked, len(unmarked) - len(unmarked.lstrip()))
    if time:
        blank(0, time.end())
    for link in LINK.finditer(text):
        before = "".join(chars[:link.start()])
        if link.group().startswith("!") or before.strip(" \t《") and not _linked_speaker(link.group("text").strip()) \
                and not NAME_THEN_TIME.fullmatch(before):
            blank(*link.span())  # "… [讲义pdf](…)", "武某([blog](…))", an image: no part of the talk
        else:
            blank(link.start(), link.start("text"))  # the title is the link's text, or a speaker's name
            blank(link.end("text"), link.end())
    return re.sub(r"[（(][ \t]*[）)]", lambda m: " " * len(m.group()), "".join(chars))


def _linked_speaker(text: str) -> bool:
    """A link's text that names a speaker: "[Lydia Hallie](https://…)" after a talk's title."""
    return _speaker(text) or re.fullmatch(LATIN_SPEAKER, text) is not None and given_name(text)


def _speaker(name: str, at_sign: bool = False) -> bool:
    """A speaker's name: a surname and one or two characters that make no word or company, or
    Latin words that end with a family name ("Neo Lin", not "Track Chair" or "Spring Boot"), or
    any Latin name after an at sign ("@Wout Werkman")."""
    if re.fullmatch(LATIN_SPEAKER, name):
        if at_sign:
            return True
        family = name.split()[-1]
        return any(family in lexicons.load(names) for names in ("latin_family_names", "english_family_names", "pinyin_surnames"))
    return speaker_name(name) and name not in lexicons.load("companies")


NUMBERED_PART = re.compile(r"(?:[A-Za-z]+|第)[ \t]*\d+[ \t]*[部分章节步天期]?")  # "Stage 0", "Part 2", "第 3 章": a part of a whole
ASIDE_ONLY = re.compile(r"[（(][^（）()]*[）)]")  # "- Kat Lund (Quillfy)": the speaker's aside, no title
WORDED = re.compile(r"[A-Za-z\u4e00-\u9fff]{2}")  # a title has a word: not "#40-1", a slide deck's number
LABEL_THEN_REST = re.compile(r"(?P<label>[^\s：:]{1,8})[ \t]*[：:][ \t]*(?P<rest>.+)")


def _roster_label(title: str) -> bool:
    """A place's or a post's label before a name alone: "北京： Chen Xinlong" over the name's Chinese
    form is a roster's line (who leads where), no talk's title."""
    labelled = LABEL_THEN_REST.fullmatch(title)
    if labelled is None or not re.fullmatch(SPEAKER, labelled.group("rest").strip()):
        return False
    label = labelled.group("label")
    return label in places_and_countries() or split_title(label) is not None


def _talk_title(title: str, recorded: bool = False) -> bool:
    """Words that can be a talk's title: not a card ("某公司 CTO", "某公司专家、某协会会长"), an
    organisation, a degree at a school ("某大学博士"), a sentence, a label, a bare name or a date. A
    recording's title may end as an organisation's name does ("快速融入 X 开源社区"): its link says
    what it is."""
    first_part = re.split(r"[、，,；;]|[ \t]+", title, maxsplit=1)[0]
    return 4 <= len(title) <= 100 and "。" not in title and not CARD_START.match(title) \
        and not ASIDE_ONLY.fullmatch(title) \
        and split_title(title) is None and split_title(first_part) is None and degree_at_school(title) is None \
        and (recorded or title not in lexicons.load("companies") and not lexicons.ends_with(title, "org_suffixes")) \
        and not (len(title) > 30 and re.search(r"[，,]", title)) and not title.endswith((":", "：")) \
        and title.count("《") == title.count("》") and AT_SIGN.search(title) is None \
        and not re.fullmatch(SPEAKER, title) and not DATE_ONLY.fullmatch(title) and not NUMBERED_PART.fullmatch(title) \
        and not _roster_label(title) and WORDED.search(title) is not None
