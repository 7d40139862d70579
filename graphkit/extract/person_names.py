"""Whether a word in a frame is a person's name, and where the name ends: the shapes of Han and
Latin names, and the words around a name that vouch for it or rule it out."""
from __future__ import annotations

import functools
import re

from . import lexicons
from .descriptors import domain_words, split_title
from .names import LATIN_ORG_WORDS, surname_of

HAN = "\u4e00-\u9fff"
# "Fränkel", "Müller", "Soo-bin", "Hakkani-Tur"; Central European letters too ("Drwięga", "Łukasz")
LOWER = "a-zà-öø-ÿ\u0100-\u017f"
# … and a family name's Gaelic or Romance prefix before a capital: "McGovern", "MacDonald", "O'Connor"
# (led by the capital's class, not by the prefix: a pattern's first character is what a search looks for)
LATIN_WORD = rf"[A-ZÀ-ÖØ-ÞĀ-ž](?:(?<=M)a?c[A-Z]|(?<=[OD])'[A-Z])?[{LOWER}]+(?:-[A-Za-z][{LOWER}]+)?"
# a middle initial with or without its dot: "Craig L. Russell", "Craig L Russell"
# … and a family name's particle before it: "Tim van Densen", "Ruud de Rooij", "Ursula von der Leyen"
FAMILY_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|della|dos|das|ter|ten)(?:[ \t]+(?:der|den|de|la))?[ \t]+(?=[A-Z])"
LATIN = rf"{LATIN_WORD}(?:[ \t]+(?:{FAMILY_PARTICLE})?(?:[A-Z]\.|[A-Z](?=[ \t]+[A-Z][a-z])|{LATIN_WORD}|[A-Z]{{2,}}))+"
LATIN_ADDRESS = r"(?:Dr|Prof|Mr|Mrs|Ms)\.[ \t]*"  # "演讲人：Dr. Alice Wong": a form of address, not the name
# what may stand beside a Latin name in Chinese prose: Han, Chinese punctuation, a line's end
CHINESE_SIDE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\n（）()《》“”、，。：；！？]")
JOINING = set("与和及或暨")
PERSONAL_PRONOUNS = frozenset("他她它我你您")
PRONOUNS = PERSONAL_PRONOUNS | {"咱"}
BRAND_ENDINGS = set("云网")  # a company's cloud or site after its name
NAME_PARTICLES = set("为")  # a particle that given names end in too: "有为"
LOCALISERS = set("后前中时里上下内外间")
INNER_FUNCTION_WORDS = set("在是的了把被也都")  # not 向, 从: "沈向洋", "李从旺"
# "Kent Wang (王某) from Nimbus": what leads where a Latin-named person is from, in English text
FROM_AFTER_NAME = r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+from[ \t]+"
# … and in Chinese, "韩某来自某公司，": where the one named comes from, up to the clause's end or a 的
COMES_FROM = re.compile(r"来自于?[ \t]*(?P<org>[^\s，,。；;、：:（）()的]{2,30}?)[ \t]*(?=[，,。；;（(]|的|$)", re.M)
# … and what may come between the name and 来自: "韩某老师现来自…" (searched in a short window)
BEFORE_COMES_FROM = re.compile(r"[ \t]?(?:老师|先生|女士|博士|同学)?[ \t]?(?:现|目前|现在)?(?=来自)")
PARTICLES = set("的了在和与是说等及也都就将把被对从向为以很还已又做给则曾")  # 则: "张某则演示了…"; 曾: "张某曾任…"


@functools.lru_cache(maxsize=1)
def han_name_pattern() -> str:
    """A listed surname, then one or two characters."""
    singles = "".join(sorted(s for s in lexicons.load("surnames") if len(s) == 1))
    compounds = lexicons.alternation(s for s in lexicons.load("surnames") if len(s) == 2)
    return rf"(?:(?:{compounds})[{HAN}]{{1,2}}|[{singles}][{HAN}]{{1,2}})"


@functools.lru_cache(maxsize=1)
def name_followers() -> tuple[str, ...]:
    """What ends a name it follows: a verb of speech, or a form of address ("赵某教授")."""
    address = {h for h in lexicons.load("honorifics") if len(h) >= 2}
    return tuple(sorted(lexicons.load("speech_verbs") | address, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def word_followers() -> tuple[str, ...]:
    """A name's followers of two characters or more: a verb of speech, a form of address."""
    return tuple(f for f in name_followers() if len(f) > 1)


def follower_at(text: str, at: int) -> bool:
    """Whether a name's follower starts at ``at``; one character that makes a word with the
    character before it ends no name there ("赵某作|为", "发起人全程参|与")."""
    return text.startswith(word_followers(), at) or text.startswith(name_followers(), at) \
        and text[at - 1:at + 1] not in lexicons.load("common_words")


def trim_name(text: str, start: int, candidate: str) -> str:
    """Choose a Han name's length (2, 3 or 4 characters) from what follows it.

    The longest candidate followed by a boundary - punctuation, space, the end, or a word
    that typically follows a name (表示, 担任, 首先) - wins; a candidate ending in a particle
    (的, 和 ...) never does. Without a boundary, the form seen more often in the text wins,
    three characters on a tie.
    """
    if not re.match(rf"[{HAN}]", candidate):
        return candidate
    surname = surname_of(candidate) or candidate[:1]
    lengths = [n for n in (len(surname) + 2, len(surname) + 1) if n <= len(candidate)]
    # a particle ends no name, but where a clause ends after it: "陈有为，…"
    lengths = [n for n in lengths if candidate[n - 1] not in PARTICLES or candidate[n - 1] in NAME_PARTICLES
               and not re.match(rf"[{HAN}]", text[start + n:start + n + 1] or "。")] or lengths[-1:]
    followers = name_followers()
    for n in lengths:
        after = text[start + n:start + n + 4]
        # a follower of one character after the longer form may make a word with its last ("赵某作|为")
        followed = follower_at(text, start + n) if n == lengths[0] and len(lengths) > 1 else after.startswith(followers)
        if not after or not re.match(rf"[{HAN}]", after[0]) or followed \
                or after[:2] in lexicons.load("verbs") and candidate[n - 1] + after[0] not in domain_words():
            return candidate[:n]  # "周济发布了": a verb follows; but not "王健回|答道", which cuts 回答
    if len(lengths) == 1:
        return candidate[:lengths[0]]
    long, short = candidate[:lengths[0]], candidate[:lengths[1]]
    return short if text.count(short) > text.count(long) else long


DISTRICT_ENDS = "区县"  # not 镇: a given name may end with it


def is_name(name: str, strong: bool = False, labelled: bool = False) -> bool:
    """A plausible personal name; ``strong`` frames accept unlisted surnames and function-word ones.

    A common word that starts like a name ("相关", "简单", "当然") is a name only where a label
    or a table column says so (``labelled``).
    """
    if re.fullmatch(LATIN, name):  # not "Nimbus Community", "Nimbus Flow Contributor"
        return name.split()[-1] not in LATIN_ORG_WORDS and name.split()[-1] not in listed_titles()
    if labelled and re.fullmatch(LATIN_WORD, name):
        return name in lexicons.load("latin_given_names")  # "主讲人：Alice"
    if name in lexicons.load("not_names") or not re.fullmatch(rf"[{HAN}]{{2,4}}", name) \
            or name in lexicons.load("title_modifiers") or name in lexicons.load("speech_verbs") \
            or name in lexicons.load("titles"):
        return False  # "资深 MySQL 内核研发": a title's first word; "专家谈道": a verb; "出品人："
    if name in lexicons.load("companies") or len(name) == 3 and name[2] in BRAND_ENDINGS \
            and name[:2] in lexicons.load("companies"):
        return False  # a company, or its cloud or site: "某讯云"
    if name[-1] in PARTICLES and name[-1] not in NAME_PARTICLES and not (labelled and name[-1] in JOINING) \
            or not labelled and any(c in JOINING for c in name[1:]):
        return False  # "相关的", "黄帅的", "卓与" (a name only where a label says so: "嘉宾：卓与，…")
    if not labelled and len(name) == 3 and name[:2] in lexicons.load("function_words"):
        return False  # "简单来(说)": a word and the start of the next one
    if not labelled and name in lexicons.load("common_words"):
        return False
    if name[-1] in DISTRICT_ENDS:
        return False  # "上海市长|宁区": a district's name read after a title
    if not labelled and len(name) == 3 and name[1] in INNER_FUNCTION_WORDS:
        return False  # "曾在北(辰云)": a preposition after the first character, no given name
    if not labelled and set(name[1:]) & PRONOUNS or name[0] in PERSONAL_PRONOUNS:
        return False  # "——谈我和…": a verb and a pronoun; "他认为，…": a pronoun and a verb
    if len(name) == 3 and name[:2] in lexicons.load("common_words") and name[2] in LOCALISERS:
        return False  # "毕业后": a word and a localiser
    if len(name) == 3 and name[:2] in lexicons.load("verbs") and name[2] in "为成到":
        return False  # "晋升为": a verb and its complement
    if strong:
        return len(name) <= 3 or surname_of(name) is not None
    surname = surname_of(name)
    return (surname is not None and 1 <= len(name) - len(surname) <= 2
            and name[0] not in lexicons.load("function_surnames"))


def surnamed(name: str, labelled: bool = False) -> bool:
    """A name with a listed surname, where a frame vouches for it though the surname is also a word
    ("谢某", "万某") or the name one ("高明"); ``labelled``: as a label does."""
    return surname_of(name) is not None and is_name(name, strong=True, labelled=labelled)


@functools.lru_cache(maxsize=1)
def listed_titles() -> tuple[str, ...]:
    return tuple(lexicons.load("titles"))


def ends_with_title(text: str) -> bool:
    """The text ends with a title on the same line (a title on the line before introduces no one here)."""
    return text[text.rfind("\n") + 1:].rstrip().endswith(listed_titles())


LATIN_END = re.compile(rf"(?<![A-Za-z]){LATIN}$")
NAME_LEFT = set("如和与及由请括有的是为在向给跟对被")


ACADEMIC_ADDRESS = re.compile(r"(?:讲席|特聘|特任|助理|副)?教授|(?:助理|特任|副)?研究员|讲师|院士|博士|同学|老师"
                              # an office holder, addressed by the office: "某基金会孙某秘书长"
                              r"|副?(?:秘书长|理事长|董事长|院长|校长|所长|主任|主席|会长)")


def name_after_organisation(text: str, end: int, address: str) -> tuple[str, int] | None:
    """A name run on from the organisation before it, an academic form of address or an office
    after it: "某大学计算机学院蔡某副教授", "某研究所郭某助理研究员", "某基金会孙某秘书长"."""
    if not ACADEMIC_ADDRESS.fullmatch(address):
        return None
    for n in (2, 3):
        candidate = text[end - n:end]
        if end - n > 2 and surname_of(candidate) is not None and is_name(candidate, strong=True) \
                and lexicons.ends_with(text[max(0, end - n - 6):end - n], "org_suffixes", "unit_suffixes"):
            return candidate, end - n
    return None


def name_before(text: str, end: int, anywhere: bool = False, strong: bool = False) -> tuple[str, int] | None:
    """A name ending right before ``end`` ("刘睿" in "来自阿里的刘睿老师"), starting at a
    boundary: punctuation, a space, a Latin character, or a word like 的, 和, 如; or a Latin
    name ("Michael Jordan" in "…的Michael Jordan教授"). ``anywhere``: a strong frame after the
    name lets it start after any word ("蚂蚁集团黄挺（花名鲁直）"); ``strong``: a form of address
    follows, which vouches for a surname that is also a word ("谢正尧同学") and, at the start of
    a sentence, for a given name alone ("佳龙同学")."""
    if text[end - 1:end].isascii() and text[end - 1:end].isalpha():
        latin = LATIN_END.search(text, max(0, end - 40), end)
        return (latin.group(), latin.start()) if latin and is_name(latin.group()) else None
    for n in (3, 2, 4):
        start = end - n
        if start < 0:
            continue
        candidate = text[start:end]
        previous = text[start - 1] if start > 0 else "\n"
        clause_start = not re.match(rf"[{HAN}]", previous)
        if (anywhere or clause_start or previous in NAME_LEFT) and (
                is_name(candidate) or strong and _addressed_name(candidate, previous)):
            return candidate, start
    return None


def no_word_inside(name: str) -> bool:
    """No common word and no particle inside a name after its first character: not "和我们", "都已经"."""
    common = lexicons.load("common_words")
    return name[:2] not in common and name[1:] not in common and not set(name[1:]) & PARTICLES


@functools.lru_cache(maxsize=1)
def listed_honorifics() -> tuple[str, ...]:
    return tuple(lexicons.load("honorifics"))


def addressed_surname(name: str) -> str | None:
    """The surname of a name that is a surname and a form of address only ("李老师", "欧阳总")."""
    surname = surname_of(name)
    return surname if surname is not None and name[len(surname):] in listed_honorifics() else None


def named_in_full(text: str, surname: str, addressed: str) -> bool:
    """Somewhere in ``text`` the surname starts a name that is no form of address: the one a
    later step may find the addressed person by ("温总" and, in a list, "温某")."""
    at = text.find(surname)
    while at >= 0:
        if any(is_name(text[at:at + n]) and addressed_surname(text[at:at + n]) is None
               and not addressed.startswith(text[at:at + n]) for n in (len(surname) + 1, len(surname) + 2)):
            return True
        at = text.find(surname, at + 1)
    return False


def nickname_or_name(word: str) -> bool:
    """Han characters that can name a person where a frame says so: no word, title or organisation."""
    return word not in lexicons.load("common_words") and word not in lexicons.load("generic_headings") \
        and split_title(word) is None and not lexicons.ends_with(word, "org_suffixes")


def card_name(name: str) -> bool:
    """A name opening a card under a heading: any surname, but no word ("大家好，我是…")."""
    return is_name(name, strong=True) and name[:2] not in lexicons.load("common_words")


def in_chinese_prose(text: str, start: int, end: int) -> bool:
    """Whether a Latin span stands among Chinese words: Han or Chinese punctuation on one side
    at least, past spaces and markup, and no Latin word run on to it."""
    before = text[max(0, start - 3):start].rstrip(" \t*")
    after = text[end:end + 3].lstrip(" \t*")
    if before[-1:].isascii() and before[-1:].isalnum() or after[:1].isascii() and after[:1].isalpha():
        return False  # "Spring Cloud Alibaba", "at Tim Pepper": inside a longer Latin phrase
    return bool(CHINESE_SIDE.match(before[-1:] or "\n") and (before or after)) and (
        CHINESE_SIDE.match(after[:1] or "\n") is not None)


@functools.lru_cache(maxsize=4096)
def full_latin_name(given: str, family: str) -> bool:
    """A given name and a family name: "Tim Pepper", "Chao Xu" (romanised Chinese), "Wang Lei",
    "Gary Bradski"."""
    if family in LATIN_ORG_WORDS or family in listed_titles() or given in LATIN_ORG_WORDS:
        return False
    if given in lexicons.load("latin_given_names"):
        if given in lexicons.load("english_given_names") and family in lexicons.load("english_family_names") \
                and family not in lexicons.load("pinyin_surnames"):
            return False  # "Spring Bean", "Meta Leader": two English words
        # a given name that is no English word vouches for a family name no list holds: "Gary Bradski"
        return family in lexicons.load("latin_family_names") or family in lexicons.load("pinyin_surnames") \
            or given not in lexicons.load("english_given_names")
    return _pinyin_given(given) and family in lexicons.load("pinyin_surnames") \
        or given in lexicons.load("pinyin_surnames") and _pinyin_given(family)


@functools.lru_cache(maxsize=4096)
def _pinyin_given(word: str) -> bool:
    """One or two pinyin syllables, Titlecase: "Chao", "Pengfei", "Zefeng"."""
    syllables = lexicons.load("pinyin_syllables")
    low = word.lower()
    return low in syllables or any(low[:i] in syllables and low[i:] in syllables for i in range(1, len(low)))


def given_name(name: str) -> bool:
    """A Latin name whose first word is a given name ("Peter Bourgon"), not a term ("Service Mesh")."""
    words = name.split()
    return words[0] in lexicons.load("latin_given_names") and words[-1] not in LATIN_ORG_WORDS


def romanised_name(name: str) -> bool:
    """A Chinese name in pinyin, given name first or last: "Shunli Gao", "Wang Lei" (no English term
    is two such words)."""
    words = name.split()
    return len(words) == 2 and words[0] not in lexicons.load("english_given_names") and (
        _pinyin_given(words[0]) and words[1] in lexicons.load("pinyin_surnames")
        or words[0] in lexicons.load("pinyin_surnames") and _pinyin_given(words[1]))


def surname_name_before(text: str, end: int, address: str) -> tuple[str, int] | None:
    """A three-character name with a surname right before a form of address, whatever
    precedes it: "中选学生李从旺同学"."""
    candidate = text[end - 3:end]
    surname = surname_of(candidate)
    common = lexicons.load("common_words")
    # "刘超刘老师": a form of address that follows a surname alone (刘老师) may take the last character
    surname_last = candidate[2:] in lexicons.load("surnames") and not address.startswith(("同学", "同志"))
    if len(candidate) == 3 and surname is not None and len(surname) == 1 and is_name(candidate) \
            and candidate[1:] not in common and candidate[:2] not in common and not surname_last \
            and text[end - 4:end - 2] not in common \
            and not ends_with_title(text[max(0, end - 16):end - 2]):  # not "社区|于某同学", "工程|师徐某同学"
        return candidate, end - 3  # not "一位清华博士"
    return None


def _addressed_name(name: str, previous: str) -> bool:
    """A name before a form of address that ``is_name`` doubts: no word inside ("和社区",
    "平台侧"), no domain word ("运维")."""
    common = domain_words()
    if name[:2] in common or name[1:] in common or name in common or set(name) & PARTICLES \
            or previous + name[0] in lexicons.load("common_words"):
        return False  # "社区|于某同学": 区 ends the word before
    surname = surname_of(name)
    if surname is not None and 1 <= len(name) - len(surname) <= 2:
        return is_name(name, strong=True)
    return len(name) == 2 and previous in "\n。！？；：，、" and is_name(name, strong=True)


def bounded(text: str, start: int, end: int) -> bool:
    """Not part of a longer Latin word."""
    before = text[start - 1:start]
    after = text[end:end + 1]
    return not ((before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()))
