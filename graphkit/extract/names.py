"""What a personal name looks like, in Chinese and in Latin script.

Shared by the extractors that must tell a person from an organisation account or a word.
"""
from __future__ import annotations

import re

from . import lexicons

HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# "Alex Chen", "Daniel Kocot", "J. R. Smith", "Jean-Luc Picard"; 2-4 capitalised words
LATIN_NAME = re.compile(r"^[A-Z][a-zà-öø-ÿ]+(?:[-'][A-Za-z][a-zà-öø-ÿ]+)?"
                        r"(?:\s+(?:[A-Z]\.|[A-Z][a-zà-öø-ÿ]+(?:[-'][A-Za-z][a-zà-öø-ÿ]+)?)){1,3}$")


# last words of Latin organisation names: "Nimbus Community" is an account, not a person
LATIN_ORG_WORDS = {"Community", "Labs", "Lab", "Team", "Foundation", "Group", "Inc", "Inc.", "Ltd", "Ltd.",
                   "LLC", "Corp", "Corp.", "Corporation", "Company", "University", "Institute", "Technologies",
                   "Technology", "Software", "Systems", "Cloud", "Studio", "Association", "Society", "Club",
                   "College", "School", "Academy", "Hospital", "Health", "Center", "Centre", "Council",
                   "Committee", "Media", "Bank", "Capital", "Ventures", "Partners", "Network", "Networks",
                   "Computing", "Solutions", "Services", "Robotics", "Analytics", "Electronics", "Industries",
                   "Holdings", "Consulting", "Research",
                   # a chapter in a city or region: "Apache Beijing", "GDG Shanghai"
                   "China", "Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Guangzhou", "Chengdu", "Wuhan",
                   "Nanjing", "Asia", "Europe", "Meetup", "Summit", "Chapter"}


def surname_of(name: str) -> str | None:
    """The Chinese family name a name starts with, compound ones first, or None."""
    surnames = lexicons.load("surnames")
    if name[:2] in surnames:
        return name[:2]
    if name[:1] in surnames:
        return name[:1]
    return None


def looks_like_person(name: str) -> bool:
    """True for a plausible personal name: a surname and one or two given characters, or a
    capitalised Latin given name and family name.

    >>> looks_like_person("苏王辉"), looks_like_person("Alex Chen"), looks_like_person("腾讯云开发者")
    (True, True, False)
    """
    name = name.strip()
    if HAN_NAME.match(name):
        surname = surname_of(name)
        return surname is not None and 1 <= len(name) - len(surname) <= 2
    return LATIN_NAME.match(name) is not None and name.split()[-1] not in LATIN_ORG_WORDS


def skip_spaces_back(text: str, pos: int) -> int:
    """Where the blanks (spaces, tabs) right before ``pos`` start."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&＆×.+#/'-]")
JOINED_NAMES = "&＆×"  # "Apache X & Y 联合 Meetup": two names that name one thing
JOINED_BY_PLUS = re.compile(r"[A-Za-z0-9][ \t]\+$")
# a Latin name's qualifier in brackets: "Apache SeaTunnel(Incubating)"
LATIN_QUALIFIER_BEFORE = re.compile(r"[A-Za-z0-9][ \t]?\([A-Za-z][A-Za-z ]{0,20}\)$")
CITY_IN_BRACKETS_BEFORE = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{2,3}[）)]$")
def _city_in_brackets(text: str, end: int) -> re.Match[str] | None:
    """A city in brackets ending at ``end``, inside a registered name: "米斯特(大连)"."""
    match = CITY_IN_BRACKETS_BEFORE.search(text, max(0, end - 6), end)
    return match if match and match.group()[2:-1] in lexicons.load("places") else None


LATIN_QUALIFIER = re.compile(r"(?<=[A-Za-z0-9])[ \t]?\([A-Za-z][A-Za-z ]{0,20}\)")
QUALIFIER_BRACKETS = str.maketrans("()", "\ue000\ue001")


def hide_qualifier_brackets(text: str) -> str:
    """``text`` with the brackets of a Latin name's qualifier replaced by private-use characters,
    same length, so that rules that stop at brackets read "SeaTunnel(Incubating)" as one name."""
    if "(" not in text:
        return text
    return LATIN_QUALIFIER.sub(lambda m: m.group().translate(QUALIFIER_BRACKETS), text)


def extend_left(text: str, end: int, limit: int) -> int:
    """Where a name ending at ``end`` can start: back over name characters, at most ``limit``
    of them, and over single spaces between Latin or digit runs ("Apache APISIX 社区").

    Scanning back from a literal anchor (a suffix, an event word) keeps extraction at regex
    speed: a pattern that starts with a character class is tried at every position.
    """
    start = end
    while start > 0 and end - start < limit:
        ch = text[start - 1]
        if NAME_CHAR.match(ch):
            start -= 1
        elif ch in " \t" and start >= 2 and (text[start - 2].isascii() and text[start - 2].isalnum()
                                             or text[start - 2] in JOINED_NAMES
                                             # "KubeCon + CloudNativeCon": a plus between Latin names
                                             or JOINED_BY_PLUS.match(text, max(0, start - 4), start - 1)
                                             or LATIN_QUALIFIER_BEFORE.search(text, max(0, start - 30), start - 1)):
            start -= 1
        elif ch in ")）" and (qualifier := (LATIN_QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
                                           or _city_in_brackets(text, start))):
            start = qualifier.start() + 1  # "SeaTunnel(Incubating)", "米斯特(大连)咨询有限公司"
        else:
            break
    # never start inside a Latin word: "SOFAChannel", not "FAChannel"
    while start > 0 and end - start < limit + 30 and text[start - 1].isascii() and text[start - 1].isalpha() \
            and text[start].isascii() and text[start].isalpha():
        start -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start


# the characters that spell foreign people's names, after the usual transliteration tables ("杰弗里·辛顿", "马克 古尔曼")
TRANSLITERATION_LETTERS = ("阿埃艾爱安昂奥巴芭拜班邦鲍贝本比彼毕宾波博伯布查达戴黛丹当道德登迪蒂帝丁东杜顿多厄恩尔"
                           "法凡范菲斐费芬丰弗伏夫福盖甘冈高戈哥格根古瓜哈海汉翰豪赫亨胡华霍基吉加嘉贾杰金卡凯坎康"
                           "柯科克肯库夸奎昆拉莱兰朗劳勒雷蕾里理丽历利莉连林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米密敏明莫"
                           "姆穆纳娜奈南内妮尼宁纽努诺欧帕派潘佩彭皮珀普齐奇恰乔琴丘萨塞桑瑟森沙莎珊尚舍什施史斯"
                           "苏索塔泰坦汤唐特提汀托图瓦万威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊英尤约泽扎詹兹茨")


def transliterated_end(run: str) -> str:
    """The end of a run of Chinese characters that spells a foreign name: "负责人约翰" -> "约翰"."""
    return run[len(run.rstrip(TRANSLITERATION_LETTERS)):]
