"""Cards, lists and rosters of people, for the persons extractor: a speakers' table's rows, the
lines under a speakers' heading, slashed cards, profile links, rosters and lists of names."""
from __future__ import annotations

import functools
import re
from typing import Callable, Iterator

from ..line_start import LineStartPattern
from ..model import PERSON, Document, Mention
from . import lexicons
from .agenda import agenda_slots
from .cards import ROSTER_LINE
from .descriptors import known_names, parse_descriptor, split_title
from .names import LATIN_ORG_WORDS, surname_of
from .person_names import (HAN, LATIN, NAME_LEFT, addressed_surname, follower_at, is_name, name_before, no_word_inside,
                           surnamed, trim_name)
from .speaker_layouts import SPEAKERS_HEADING, TITLES_AFTER
from .tables import header_cell, name_columns, speaker_rows

LISTED_PEOPLE = re.compile(r"同学|老师|嘉宾|专家|讲师|导师|小伙伴|投资人|创业者|企业家|学者")
# "A、B 等多位投资人", "A、B 等 100 多位资深投资人": 等, a count of people, a word of praise
ETC_BEFORE = re.compile(r"等[ \t]*(?:(?:[\d一二三四五六七八九十百几]+[ \t]*多?|多)[ \t]*位)?[ \t]*(?:资深|知名|优秀|著名)?$")
# "刘某、李某和侯某三位同学", "徐某、陈某和余某和谢某四位 Contributor": a list of names and its count
COUNTED_PEOPLE = re.compile(r"(?P<count>[两二三四五六七八九十])[ \t]*位")
MADE_UP_OF = re.compile(r"由[ \t]*(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t]*(?:、|和|与|及)[ \t]*[\u4e00-\u9fff]{2,3}){2,11})[ \t]*(?:组成|构成|共同)")
COUNTED_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,7}(?:[ \t]*(?:、|和|与|及|以及)[ \t]*[\u4e00-\u9fff]{2,3})+[ \t]*$")
NAME_JOINERS = re.compile(r"[ \t]*(?:、|以及|和|与|及)[ \t]*")
NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
LATIN_LIST_BEFORE = re.compile(rf"{LATIN}(?:[ \t*]*[、,，和及与][ \t*]*{LATIN})+[ \t*]*$")
LIST_REACH = 240  # characters of names before a form of address for them all
NAME_LIST_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,3})+$")
BRACKETED_CARD = re.compile(r"(?P<name>[^（(）)\n]{2,30}?)[ \t]*[（(](?P<card>[^（）()\n]{2,80})[）)][ \t]*")
LATIN_GIVEN = re.compile(r"[A-Z][a-z]{2,14}")  # "Teemo": a speaker's given name alone, in a speaker's column
LIST_MARKER_BEFORE = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
# a list item led by a name and a colon: "  * 罗某: 议题", "- Alex Chen：议题"
LEADING_NAME_ITEM = LineStartPattern(rf"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<name>[\u4e00-\u9fff]{{2,4}}|{LATIN})[ \t]*[:：][ \t]*\S")
SPEAKER_LINE = LineStartPattern(rf"^[ \t>*·•-]*(?P<name>[{HAN}]{{2,4}}|{LATIN})[ \t*]*[，,][ \t]*(?P<desc>[^\n]{{2,80}})")
SLASHED_CARD = LineStartPattern(r"^[ \t>*-]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*/[ \t]*(?P<desc>[^/\n]{2,30}/[^/\n]{2,30})[ \t]*$")
# a link to a person's own page: a LinkedIn profile, a GitHub or Twitter account (one path segment, not
# one of the site's own pages), a Weibo, Zhihu or Juejin user's
PROFILE_LINK = re.compile(r"\[(?P<name>[^\[\]\n]{2,40})\]\(https?://(?:[a-z]{2,3}\.)?(?:(?P<linkedin>linkedin\.com/in/)"
                          r"|github\.com/(?!(?:orgs|topics|features|about|sponsors|marketplace|explore|settings|apps|"
                          r"collections|trending|events|login|join|site|pricing|enterprise|security|readme)/?\))"
                          r"[A-Za-z0-9-]{1,39}/?\)|(?:twitter|x)\.com/[A-Za-z0-9_]{1,15}/?\)|weibo\.com/[^()\s]+\)"
                          r"|zhihu\.com/people/|juejin\.cn/user/)")


CELL_NAME_FIRST = re.compile(rf"(?:{LATIN}|[{HAN}]{{2,4}})(?=[ \t])")
CELL_NAME_LAST = re.compile(rf"(?<=[ \t])(?:{LATIN}|[{HAN}]{{2,4}})$")


def _spaced_cell_card(cell: str) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """((name, at), (card, at)) of a table cell holding a name and its titles with a space
    between, the name first ("卢某 某公司专家", "Simon Wu 某公司工程师") or last ("项目经理 高某");
    or in brackets after the name ("侯某（某学校发起人、某公司秘书长）", "Isabel 侯某（…）", a
    nickname before the name; "Teemo（某医院工程师）", a speaker known by a given name alone)."""
    bracketed = BRACKETED_CARD.fullmatch(cell)
    if bracketed and parse_descriptor(bracketed.group("card")):
        card_at = bracketed.start("card")
        words = bracketed.group("name").split()
        if is_name(words[-1], strong=True, labelled=True) or len(words) == 1 and LATIN_GIVEN.fullmatch(words[-1]):
            return (words[-1], bracketed.group("name").rfind(words[-1])), (bracketed.group("card"), card_at)
    first = CELL_NAME_FIRST.match(cell)
    if first and is_name(first.group(), strong=True, labelled=True):
        card = cell[first.end():].strip()
        if parse_descriptor(card):
            return (first.group(), 0), (card, cell.find(card, first.end()))
    last = CELL_NAME_LAST.search(cell)
    if last and is_name(last.group(), strong=True, labelled=True):
        card = cell[:last.start()].strip()
        if split_title(card) is not None:
            return (last.group(), last.start()), (card, cell.find(card))
    return None


# found from the line break before it: a pattern anchored at line starts is tried everywhere
ROSTER_ITEM = re.compile(rf"\n{ROSTER_LINE}(?=\n|$)")


def roster(text: str) -> Iterator[tuple[str, int]]:
    """(name, start) of the items of a roster: a list of three names or more and nothing else,
    each a surname and one or two characters that make no word ("## 技术委员会" over "- 陈某", …)."""
    block: list[re.Match[str]] = []
    lines = "\n" + text  # offsets one past the text's
    for item in [*ROSTER_ITEM.finditer(lines), None]:
        if item is not None and (not block or not lines[block[-1].end():item.start()].strip()):
            block.append(item)
            continue
        # a name that is also a word ("向勇", "宫文学") is vouched for by the others: one, or one in
        # four in a long roll; a nickname among eight ("大何") is passed over
        surnamed_items = [b for b in block if surnamed(b.group("name")) and b.group("name") not in lexicons.load("companies")]
        vouched = min(len(block) - 1, -(-3 * len(block) // 4))
        if len(block) >= 3 and sum(is_name(b.group("name")) for b in surnamed_items) >= vouched \
                and len(block) - len(surnamed_items) <= len(block) // 8:
            yield from ((b.group("name"), b.start("name") - 1) for b in surnamed_items)
        block = [item] if item is not None else []


# a roll of who came, each a name, a dash and the organisation: "- [梁某-某公司]", "- 孙某 - 某科技"
ROLL_ITEM = re.compile(r"^[ \t]*[-*+][ \t]+\[?[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[-—–－][ \t]*"
                       r"(?P<org>[^\s\[\]()（）,，、。；;|*-]{2,20})[ \t]*\]?[ \t]*$", re.M)


@functools.lru_cache(maxsize=2)  # the organisations, persons and roles extractors read each article's
def named_roll(text: str) -> tuple[tuple[str, int, str, int], ...]:
    """(name, start, organisation, start) of the items of a roll, three at least, most of whose
    names have a listed surname."""
    if "-" not in text and "—" not in text and "–" not in text and "－" not in text:
        return ()
    rolls: list[list[re.Match[str]]] = []
    for item in ROLL_ITEM.finditer(text):
        if rolls and not text[rolls[-1][-1].end():item.start()].strip():
            rolls[-1].append(item)  # the next line of the same list
        else:
            rolls.append([item])
    return tuple((m.group("name"), m.start("name"), m.group("org"), m.start("org")) for items in rolls
                 if len(items) >= 3 and 3 * sum(surnamed(m.group("name")) for m in items) >= 2 * len(items)
                 for m in items if surnamed(m.group("name")))


def listed_with_people(text: str, starts: set[int]) -> Iterator[re.Match[str]]:
    """The items of a list whose other items are led by people's names ("- 朱某: 议题"): their
    leading names are people's too, nicknames ("- 老猫: 议题") and unlisted surnames included."""
    if sum(1 for s in starts if LIST_MARKER_BEFORE.fullmatch(text, text.rfind("\n", 0, s) + 1, s)) < 2:
        return  # no two people lead list items: no list of people to read
    block: list[re.Match[str]] = []
    for item in [*LEADING_NAME_ITEM.finditer(text), None]:
        if item is not None and (not block or text.count("\n", block[-1].end(), item.start()) <= 2):
            block.append(item)
            continue
        if sum(b.start("name") in starts for b in block) >= 2:
            yield from (b for b in block if b.start("name") not in starts and is_name(b.group("name"), strong=True, labelled=True)
                        and b.group("name") not in lexicons.load("generic_headings"))
        block = [item] if item is not None else []


JOINER_BEFORE = re.compile(r"(?:、|和|与|及|以及)[ \t*]*$")
JOINED_NAME = re.compile(r"[ \t*]*(?:、|和|与|及|以及)[ \t*]*(?P<name>[\u4e00-\u9fff]{2,3})")
JOINER_AFTER = re.compile(r"[ \t*]*(?:、|和|与|及|以及)[ \t*]*(?P<name>[\u4e00-\u9fff]{2,3})"
                          r"(?=[，。、；！？,\s*的]|[和与及](?=[\u4e00-\u9fff])|$)")


def coordinated(text: str, people: list[Mention]) -> Iterator[tuple[str, int]]:
    """Names joined to a person's by 和, 与, 及 or 、 ("由某学院的黄某和周某同学共同主持"): people too,
    where they read as names with a listed surname and a boundary before them; found along the
    list, each from the one beside it."""
    todo = list(people)
    seen = {p.start for p in people}
    while todo:
        known = todo.pop()
        joiner = JOINER_BEFORE.search(text, max(0, known.start - 6), known.start)
        found = name_before(text, joiner.start()) if joiner else None
        after = _joined_after(text, known.end)
        found_after = after if after and is_name(after[0]) else None
        for candidate in (found, found_after):
            if candidate and candidate[1] not in seen and candidate[0] not in lexicons.load("places"):
                seen.add(candidate[1])
                yield candidate
                todo.append(Mention(known.kind, candidate[0], candidate[1], candidate[1] + len(candidate[0]),
                                    known.extractor, known.confidence))


def _joined_after(text: str, end: int) -> tuple[str, int] | None:
    """(name, start) of the name joined after a person's ending at ``end``: a boundary after it, or
    a word that follows names ("…、宋某和钱某给大家带来分享")."""
    after = JOINER_AFTER.match(text, end)
    if after:
        return after.group("name"), after.start("name")
    loose = JOINED_NAME.match(text, end)
    if loose is None:
        return None
    name = trim_name(text, loose.start("name"), loose.group("name"))
    return (name, loose.start("name")) if follower_at(text, loose.start("name") + len(name)) else None


# the next item of a list of people, to the next 、 or the clause's end
NEXT_ITEM = re.compile(r"[ \t]*、[ \t]*(?P<item>[^、，。；！？,;\n（(]{4,24})")
ORG_HEAD_MAX = 12


def org_led_items(text: str, people: list[Mention]) -> Iterator[tuple[str, int, str, int]]:
    """(name, start, organisation, start) of the items after a person's in a list joined by 、
    that give an organisation, then a name ("某创始人吴某、蚂蚁金服敖某、某某科技徐某"): the
    organisation a known one or ending in a suffix, the name of a listed surname, the item's end or
    a word that follows names after it."""
    todo = [p for p in people if re.match(f"[{HAN}]", p.text)] if "、" in text else []
    seen = {p.start for p in people}
    while todo:
        item = NEXT_ITEM.match(text, todo.pop().end)
        found = _org_then_name(text, item.start("item"), item.end("item")) if item else None
        if found is None or found[1] in seen:
            continue
        seen.add(found[1])
        yield found
        todo.append(Mention(PERSON, found[0], found[1], found[1] + len(found[0]), "persons", 0.7))


def _org_then_name(text: str, start: int, end: int) -> tuple[str, int, str, int] | None:
    """(name, start, organisation, start) of an item "ORG NAME" between ``start`` and ``end``."""
    for org_end in range(start + 2, min(end - 1, start + ORG_HEAD_MAX + 1)):
        org = text[start:org_end].strip()
        if not (lexicons.ends_with(org, "org_suffixes") or org in known_names()):
            continue
        name_start = org_end + len(text[org_end:end]) - len(text[org_end:end].lstrip(" \t"))
        name = trim_name(text, name_start, text[name_start:name_start + 3])
        name_end = name_start + len(name)
        if is_name(name) and (name_end >= end or follower_at(text, name_end)):
            return name, name_start, org, start
    return None


# who won or who took part: "获奖者为某某", "冠军是甲", "分别为甲和乙", "嘉宾包括甲、乙" - the names, each a
# listed surname's, up to the clause's end
AWARDED = re.compile(r"(?:(?:获奖者|得主|获得者|冠军|亚军|季军|分别)(?:为|是)|(?:嘉宾|讲师|讲者|评委|导师|主持人)们?(?:包括|有))[ \t：:]*"
                     r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t]*(?:、|和|与|及)[ \t]*[\u4e00-\u9fff]{2,3}){0,9})(?=[，。；！？,;\s等]|$)")


HAN_RUN = re.compile(f"[{HAN}]+")
HAN_RUN_END = re.compile(f"[{HAN}]+$")
SHORT_HAN_RUN = re.compile(f"(?<![{HAN}])[{HAN}]{{2,3}}(?![{HAN}])")
NAME_RUN = re.compile(r"(?<=[：:，,。；;\s（(“「])(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,})"
                      r"(?=[都等均也和与及分）)”」，,。；;：:\s]|$)")
LABELLED_NAMES = LineStartPattern(r"^[ \t>*+-]*[^\s：:*]{2,8}?[ \t*]*[：:][ \t*]*"
                                  r"(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t]*[、，,][ \t]*[\u4e00-\u9fff]{2,3})+)[ \t*。]*$")
BOLD_NAMES_JOINED = re.compile(r"\*\*(?P<first>[\u4e00-\u9fff]{2,3})\*\*[ \t]*(?:和|与|及|以及|、)[ \t]*"
                               r"\*\*(?P<second>[\u4e00-\u9fff]{2,3})\*\*")


# what stands beside a name set apart: a line's start or end, a space, a list's or a card's
# punctuation, a bracket, a dash; not a sentence's end ("…范畴。") nor an at sign before it
# ("某某@某公司": the company)
APART_BEFORE = frozenset(" \t\n、：:|（(—-~/，,>*")
APART_AFTER = frozenset(" \t\n、（(：:|，,/—-*@")
TRADE_ENDS = frozenset("所网社厂")  # "陆某所", "某豆网": a company's short name
THING_LINK = re.compile(r"https?://(?:www\.)?github\.com/(?:[^/\s()]+/[^/\s()]+|(?:features|topics|orgs|about|explore"
                        r"|marketplace|sponsors|collections|trending|events|enterprise|security|readme)/?\))")


# an adverb or preposition after a surname's character makes a clause, no name: "X 和 Y 曾于 2023 年…"
ADVERB_AFTER_SURNAME = frozenset("于在将被已也就都还又再")


def set_apart(text: str, body: str) -> Iterator[tuple[str, int]]:
    """(name, start) of the names that stand apart, in a list, a card or a table: two or three Han
    characters with something other than Han around them, a common surname first (the hundred
    commonest), no word inside nor the name a word, no organisation's ending; not the whole text of
    a link to a repository, nor an item of a list of words ("分析、陈述、展望"), nor a table's header ("| 周数 |")."""
    common = lexicons.load("common_surnames")
    for run in SHORT_HAN_RUN.finditer(text):
        name, start, end = run.group(), run.start(), run.end()
        if name[0] in common and (start == 0 or text[start - 1] in APART_BEFORE) \
                and (end == len(text) or text[end] in APART_AFTER) and not text[start - 2:start - 1].isdigit() \
                and not _links_a_thing(body, start, end) and not header_cell(body, start) \
                and "某" not in name and name[-1] not in TRADE_ENDS \
                and not (len(name) == 2 and name[1] in ADVERB_AFTER_SURNAME) \
                and addressed_surname(name) is None \
                and surnamed(name) and no_word_inside(name) and not lexicons.ends_with(name, "org_suffixes", "unit_suffixes") \
                and all(surnamed(item) for item in _listed_beside(text, start, end)):
            yield name, start


# what follows a name set apart on its line: a separator, then words up to a clause's end
CARD_AFTER = re.compile(r"[ \t]*(?:[，,、|｜/—-]+[ \t]*|[ \t]+)(?P<desc>[^。！？；;\n（）()：:，,]{2,60})")


def card_after(text: str, name: str, start: int) -> tuple[str, int] | None:
    """The titles after a name set apart, on its line, where they hold a title ("贺某 - 北辰云 架构师",
    "赵某 青禾科技 CTO"), as (descriptor, start); or None."""
    card = CARD_AFTER.match(text, start + len(name))
    desc = card.group("desc").strip() if card else ""
    if card and text[card.end():card.end() + 1] in ("：", ":"):
        return None  # "Chair: 李某 Vice-chair: 张某": a label, the next name's
    return (desc, card.start("desc")) if card and split_title(desc) is not None else None


def _links_a_thing(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] is the whole text of a link to a repository or a site's page
    ("[某某](https://github.com/owner/repo)"): a project's name, not a person's."""
    if body[start - 1:start] != "[" or body[end:end + 2] != "](":
        return False
    return THING_LINK.match(body, end + 2) is not None


def _listed_beside(text: str, start: int, end: int) -> list[str]:
    """The items joined to text[start:end] by 、 on either side."""
    before = HAN_RUN_END.search(text, max(0, start - 9), start - 1) if text[start - 1:start] == "、" else None
    after = HAN_RUN.match(text, end + 1) if text[end:end + 1] == "、" else None
    return [m.group() for m in (before, after) if m is not None]


def _han_items(match: re.Match[str]) -> list[tuple[str, int]]:
    """(item, start) of each run of Han characters in a match's "names" group: a list's items."""
    return [(m.group(), match.start("names") + m.start()) for m in HAN_RUN.finditer(match.group("names"))]


def _names_of_a_list(names: list[str], labelled: bool = False) -> bool:
    """Whether the items a frame lists are people: each a listed surname's, one at least no word."""
    return all(surnamed(n, labelled) for n in names) and any(is_name(n) for n in names)


def bold_names_joined(body: str) -> Iterator[tuple[str, int]]:
    """Two names in bold joined by 和, 及 or 、 ("个人**李某**及**王某**"): set apart alike, each a
    listed surname's, one at least no word of the language."""
    for match in BOLD_NAMES_JOINED.finditer(body) if "**" in body else ():
        names = [(match.group(g), match.start(g)) for g in ("first", "second")]
        if _names_of_a_list([n for n, _ in names]):
            yield from names


def list_frames(text: str, person: Callable[..., Mention]) -> Iterator[Mention]:
    """The persons of lists of names: a team's members, names before their count or before a form
    of address for them all, those who won, a label's names; ``person`` makes the mention."""
    for match in NAME_RUN.finditer(text) if "、" in text else ():
        # "本土的先锋：甲、乙、丙、丁都展示了…": three names or more joined by 、, each one a name
        # and no word (a listed surname that is no function word's), nothing else in the run
        names = _han_items(match)
        if all(is_name(n) for n, _ in names):
            for name, at in names:
                yield person(name, at, 0.7)
    for match in LABELLED_NAMES.finditer(text) if "：" in text or ":" in text else ():
        # "**内容设计**：甲、乙、丙": a line of names only after its label, each a listed surname's
        names = _han_items(match)
        if _names_of_a_list([n for n, _ in names]):
            for name, at in names:
                yield person(name, at, 0.75)
    for match in AWARDED.finditer(text):
        names, at = [], match.start("names")
        for part in NAME_JOINERS.split(match.group("names")):
            at = text.find(part, at)
            names.append((part, at))
        if _names_of_a_list([n for n, _ in names], labelled=True):
            for name, at in names:
                yield person(name, at, 0.75)
    for match in MADE_UP_OF.finditer(text) if "组成" in text or "构成" in text else ():
        # "由周某、许某、马某组成的某队": the members a team is made up of, three or more, each a
        # name and no word
        members = _han_items(match)
        # (some of them may have a surname that is also a word: "于某", "许某")
        if len(members) >= 3 and all(2 <= len(n) <= 3 and is_name(n, strong=True) and n[:2] not in lexicons.load("common_words")
                                     for n, _ in members) and sum(is_name(n) for n, _ in members) >= 2:
            for member, at in members:
                yield person(member, at, 0.75)
    for match in COUNTED_PEOPLE.finditer(text):
        # "邀请刘某、李某和侯某三位同学加入…": names listed before their count, which they fit
        run = COUNTED_NAME_LIST.search(text, max(0, match.start() - 60), match.start())
        if run is None:
            continue
        parts = NAME_JOINERS.split(run.group())
        if len(parts) != NUMERALS.get(match.group("count"), 0):
            continue
        at = run.start()
        counted: list[tuple[str, int]] = []
        for i, item in enumerate(parts):
            start = run.start() + run.group().find(item, at - run.start())
            at = start + len(item)
            # the first item may run on from the words before it: "邀请刘某"
            name = next((item[-n:] for n in (3, 2) if i == 0 and len(item) > n and surname_of(item[-n:])
                         and is_name(item[-n:], strong=True)), item)
            if not (2 <= len(name) <= 3 and surnamed(name)):
                break
            counted.append((name, start + len(item) - len(name)))
        else:
            for name, start in counted:
                yield person(name, start, 0.75)
    for match in LISTED_PEOPLE.finditer(text):
        # "感谢艺刚、茂修、浩也等同学": names listed before a form of address for all of them
        etc_match = ETC_BEFORE.search(text, max(0, match.start() - 12), match.start())
        etc = etc_match is not None
        if not etc and text.rfind("、", max(0, match.start() - 5), match.start()) < 0:
            continue  # a list's last name is right before the form of address
        end = etc_match.start() if etc_match else match.start()
        run = NAME_LIST_BEFORE.search(text, max(0, end - LIST_REACH), end)
        if run is None:
            latin_run = LATIN_LIST_BEFORE.search(text, max(0, end - 120), end)
            for latin_name in re.finditer(LATIN, latin_run.group()) if latin_run else ():
                # "致敬 Ann Lee、Bo Yang 和 Cy Ray 等导师"
                if is_name(latin_name.group()):
                    yield person(latin_name.group(), latin_run.start() + latin_name.start(), 0.75)  # type: ignore[union-attr]
            continue
        at = run.start()
        items: list[tuple[str, int]] = []
        for i, item in enumerate(run.group().split("、")):
            name = item
            if i == 0 and len(item) > 3:
                # the list starts inside a sentence: "随着小剑、净超…", "本文由张磊、心贵…"
                cut = next((n for n in (2, 3) if item[-n - 1] in NAME_LEFT), 0) or next(
                    (n for n in (3, 2) if item[:-n][-2:] in lexicons.load("function_words")
                     and is_name(item[-n:], strong=True)), 0)  # "获得韩某某、…": a verb before the first name
                name = item[-cut:] if cut else ""
            if 2 <= len(name) <= 3 and is_name(name, strong=True):
                items.append((name, at + len(item) - len(name)))
            at += len(item) + 1
        if etc:
            for name, start in items:
                yield person(name, start, 0.75)
            continue
        # "刘某、甘某、卢某同学荣获二等奖": without 等, the items that read as names, when most do
        with_surname = [(n, start) for n, start in items if surname_of(n) and no_word_inside(n)]
        if len(with_surname) >= 2 and 3 * len(with_surname) >= 2 * len(run.group().split("、")):
            for name, start in with_surname:
                yield person(name, start, 0.75)


def card_frames(document: Document, person: Callable[..., Mention]) -> Iterator[Mention]:
    """The persons of cards: a speakers' table's or an agenda's rows, the lines under a heading that
    introduces speakers, "NAME/ORG/TITLE", a link to a person's profile; ``person`` makes the mention."""
    text = document.prose
    for row in [*speaker_rows(document), *agenda_slots(document)]:
        name = row.person.strip()
        if is_name(name, strong=True, labelled=True):
            yield person(name, row.person_start, 0.85, row.descriptor, row.descriptor_start)
            continue
        name_and_title = split_title(name) if len(name) <= 12 else None
        if name_and_title and name_and_title[0] and is_name(name_and_title[0], strong=True, labelled=True):
            # "贺某院长": the speaker cell holds the name and a title
            cell_name, cell_title = name_and_title
            yield person(cell_name, row.person_start, 0.85, row.descriptor or cell_title,
                         row.descriptor_start if row.descriptor else row.person_start + len(cell_name))
            continue
        cell_card = _spaced_cell_card(name)
        if cell_card is not None:
            # "卢某 某公司最有价值专家/某俱乐部主席", "开发者关系项目经理 高某": the cell holds
            # the name and the card, a space between
            (cell_name, name_at), (card_text, card_at) = cell_card
            yield person(cell_name, row.person_start + name_at, 0.85, row.descriptor or card_text,
                         row.descriptor_start if row.descriptor else row.person_start + card_at)
    for name, start in name_columns(document):
        # "| 时间 | 内容 | 主持人 |", "<td><p>某某</p></td>": a column of names alone
        yield person(name, start, 0.75)
    for section in document.sections:
        # "### 分享嘉宾" then "刘某，某公司 API 网关产品经理" on lines of their own: each line names a speaker
        if section.heading is None or not SPEAKERS_HEADING.fullmatch(section.heading.text.strip(" *：:")):
            continue
        for speaker_line in SPEAKER_LINE.finditer(text, section.start, section.end):
            name = speaker_line.group("name")
            # a word ("去年，我们…") only with titles after it
            if is_name(name, strong=True, labelled=True) and name not in lexicons.load("generic_headings") \
                    and (name not in lexicons.load("common_words") or parse_descriptor(speaker_line.group("desc"))):
                yield person(name, speaker_line.start("name"), 0.8, speaker_line.group("desc"),
                             speaker_line.start("desc"))
    for match in SLASHED_CARD.finditer(text) if "/" in text else ():
        # "刘某/360数科/大数据工程师": a name, its organisation and its title between slashes
        desc = match.group("desc").replace("/", " | ")  # the part before the title is its organisation
        if is_name(match.group("name"), strong=True) and parse_descriptor(desc):
            yield person(match.group("name"), match.start("name"), 0.8, desc, match.start("desc"))
    for match in PROFILE_LINK.finditer(document.body) if "](http" in document.body else ():
        # "[Kiran Chavala](https://www.linkedin.com/in/…)", "[陈某](https://github.com/chen)": a
        # link to a person's profile; an account's text may be a project's or a team's, so a Han
        # name there needs a listed surname
        name = match.group("name").strip()
        if re.fullmatch(LATIN, name) and name.split()[-1] not in LATIN_ORG_WORDS \
                or re.fullmatch(rf"[{HAN}]{{2,4}}", name) and is_name(name, strong=bool(match.group("linkedin"))):
            start = match.start("name") + match.group("name").find(name)
            titles = TITLES_AFTER.match(text, match.end())
            desc = titles.group("desc") if titles and split_title(re.split(r"[、，,]", titles.group("desc"))[0].strip()) else ""
            yield person(name, start, 0.8, desc, titles.start("desc") if desc and titles else -1)
