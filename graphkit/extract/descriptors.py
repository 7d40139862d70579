"""Reading a person's descriptor - "泸州老窖 CIO", "API7.ai 联合创始人&CTO",
"中国食品发酵工业研究院标数部副主任" - into (organisation, role) pairs.

A descriptor ends in a title head (titles.txt) that modifiers (title_modifiers.txt) extend
leftwards: "区域|解决方案|总经理". What remains on the left is the organisation. An
organisation that ends in a unit suffix after a parent's name ("…研究院|标数部",
"58 集团-房产事业部") is a unit of that parent. Shared by the extractors of persons,
organisations and roles.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from . import lexicons
from .names import LATIN_ORG_WORDS, hide_qualifier_brackets, transliterated_end

# a run of spaces is what is left of a "|" in the prose view: "58集团 | 数据库高级经理"
# … and a spaced slash, as programmes write it: "某公司 / 首席架构师" (not "开发/运维")
# … and "工程师/Google 开发者专家": a slash between a title and the next organisation's chain
# the kinds of organisation a person is said to be "from" right before the name ("…委员某某大学王某")
INSTITUTION_ENDS = "大学|学院|研究院|研究所|公司|集团|医院|银行|学会|协会|实验室"
CHAIN_SEPARATORS = re.compile(r"(\s*[、，,；;。！？]\s*|\s+兼\s*|兼任|以及|暨)|(\s*[|｜]\s*|\s{3,}|\s+/\s+"
                              r"|(?<=[\u4e00-\u9fff])/(?=[A-Z][A-Za-z0-9]+[ \t]*[\u4e00-\u9fff]{2}))")
# a project's state after its name, in lower case ("Apache X（incubating）"), not another name ("(AVOS)")
PROJECT_QUALIFIER = re.compile(r"(?<=[A-Za-z0-9])[ \t]?[(（](?:Incubating|[a-z][a-z ]{1,20})[)）]")
# … and a Latin name's gloss inside a chain: "X 产品线 MATS（媒体分析与问题诊断服务）团队的技术专家"
HAN_GLOSS = re.compile(r"[ \t]?[(（][\u4e00-\u9fff、与和及]{2,20}[)）]")
LATIN_GLOSS = re.compile(rf"(?<=[A-Za-z0-9]){HAN_GLOSS.pattern}(?=[ \t]*[\u4e00-\u9fffA-Za-z])")
ASIDES = re.compile(f"{PROJECT_QUALIFIER.pattern}|{LATIN_GLOSS.pattern}")
LEADING_SEPARATOR = re.compile(r"^[ \t]*[/|｜][ \t]*")
ROLE_JOINERS = re.compile(r"\s*(?:&|＆|/|兼|及|和)\s*")
LEADING_NOISE = re.compile(r"^(?:[新下上]一[届任]|[这本此该每上下]一?[次届场期](?:大会|会议|活动|峰会|论坛|沙龙|会)?[上中里]?|(?:连续)?[一二三四五六七八九十两]{1,3}[届次](?=[\u4e00-\u9fffA-Za-z])|[次届场期](?:大会|会议|活动|峰会|论坛|沙龙|会)[上中里]?|现任|曾任|前任|原|现(?=[\u4e00-\u9fff]{2})(?!代|场|在|实|金|象)|兼任|兼|任|是|为|系(?!统|列)|作为|担任|来自|目前是|现为|也是|同时是|他是|她是|就职于|供职于|"
                           r"当前|目前|现在|众多|诸多|许多|很多|不少|一些|多位|多名|各位|新晋|新任|in(?![A-Za-z])|(?:公司|企业|应)(?=[ \t]*[A-Za-z])"
                           r"|(?:公司|企业)(?=[\u4e00-\u9fff]{2,}(?:科技|集团|公司|网络|信息|软件|智能)$))\s*")
TRAILING_NOISE = re.compile(r"(?:的|之|旗下|下属|内部|(?:另|其中)?[一两三四五六七八九十几\d]+[位名个家]|[ \t]*[&＆]+)$")
COMMUNITY_IN_TITLE = re.compile(r"(?P<org>[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 ]{1,14}社区)(?P<role>[\u4e00-\u9fff]{2,8})")
# the titles a community's word makes whole ("社区经理", "社区运营"): held at the community's project, no
# community named
COMMUNITY_TITLES = ("经理", "运营")
# one person counted, then what they are like: "一位经验丰富的…", "一名热爱开源的…"
QUALITY_OF_ONE = re.compile(r"(?:是)?一[位名个]")
GENERIC_COMMUNITY = re.compile(r"(?:开源|技术|开发者|相关|整个|国内|全球|用户)社区")
SAME_COMPANY = frozenset({"公司", "该公司", "本公司", "集团", "该集团"})
# "Founder & CTO of Nimbus", "Former Technical Partner at Nimbus": an English title, then its
# organisation (a former post is still one held: the word is no part of the title)
# "Head of Engineering at Nimbus": "at" parts the title from the organisation before "of" does
# ("and now an analyst at Nimbus", "the CTO of Nimbus": the joiner and the article are no part of the title)
LATIN_OF = re.compile(r"^(?:(?:Former|former|Ex-|ex-)[ \t]*)?(?:(?:and|now|currently|also)[ \t]+)*(?:(?:[Aa]n?|[Tt]he)[ \t]+)?(?P<title>[A-Za-z][A-Za-z &/,-]*?)"
                      r"(?:\s+(?:at|@)\s+|\s+of\s+(?!.*\s(?:at|@)\s))(?P<org>[A-Z][\w .&-]*)$")
COHORT = re.compile(r"\d{2,4}\s*[级届]\s*$")
CLOUD_THEN_FIELD = re.compile(r"(?P<cloud>[\u4e00-\u9fff]{2,4}云)(?P<field>[\u4e00-\u9fff]{2,})")
PRODUCT_AFTER_ORG = re.compile(r"(?P<org>.*[\u4e00-\u9fff])[ \t]+(?P<product>[A-Za-z][A-Za-z0-9.+#-]*(?: [A-Za-z][A-Za-z0-9.+#-]*)*)")
# a field or a project before a title: "云原生领域专家", "SOFABoot 项目 Maintainer" (a project is no organisation)
BLANK_BEFORE_DE = re.compile(r"[ \t]{3,}(?=的)")
ACRONYM_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*[（(][A-Z][A-Z0-9&.-]{1,9}[）)](?=[ \t]*[\u4e00-\u9fffA-Za-z])")
BRAND_ASIDE = re.compile(r"【[^【】\n]{1,20}】")
# … or its Latin name after a suffix: "北辰开源社区（StoneMesh）联合发起人"
NAME_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*[（(][A-Za-z][A-Za-z0-9&.+-]{1,20}(?:[ \t][A-Za-z0-9&.+-]+){0,2}[）)]"
                        r"(?=[ \t]*[\u4e00-\u9fffA-Za-z])")
LATIN_NAME_ONLY = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z0-9.+-]+)*")
# a programming language before or in the organisation's place: "Go| 语言后端工程师", "Rust语言|布道师"
LANGUAGE_BEFORE = re.compile(r"(?:^|(?<=[ \t]))(?P<language>[A-Za-z][A-Za-z0-9+#.]*(?:[ \t]*语言)?)[ \t]*$")
FIELD = re.compile(r"(?:领域|方向|方面|项目)$")
FIELD_WORD = re.compile(r"领域|方向|方面|项目")
# Han words after a space that end no organisation's name: "PingCAP 工程效率|负责人"
SPACED_WORDS = re.compile(r"(?<=[A-Za-z0-9\u4e00-\u9fff])[ \t]+(?P<words>[\u4e00-\u9fff]{2,16})$")
# title modifiers that also end companies' names after a two-character brand
NAME_ENDING_MODIFIERS = frozenset({"智能", "信息", "数字", "数据", "游戏", "电商", "机器人", "软件", "移动"})
# who founded or heads a company has no field in the title: "某某技术|创始人", "某某数据|CEO"
FOUNDER_TITLES = frozenset({"创始人", "联合创始人", "创办人", "联合创办人", "CEO", "CTO", "COO", "CFO", "董事长"})
REGION_MODIFIERS = frozenset({"区域", "全球", "亚太区", "亚太区中国", "大中华区", "中国区"})
# a company's functions, which end no company's name: "矩阵起源研发 VP" but "星河数据 CTO"
FUNCTION_MODIFIERS = frozenset({"研发", "开发", "产品", "运营", "商务", "市场", "销售", "战略", "测试", "运维", "业务"})
# one character that ends a brand's name: "去哪儿网", "阿里云"
NAME_ENDINGS = set("网云")
BOARDS = ("董事会", "董事局")
FORMER = frozenset({"ex", "Ex", "former", "Former"})
BOARD_ROLE = re.compile(r"主席|董事|秘书|委员|成员")
# a word of a company's name in a card's first part: "360", "UC", "阿里 Teambition"
BRAND_WORD = re.compile(r"\d{2,4}|[A-Za-z][A-Za-z0-9.&-]*")
LATIN_ORG_PART = re.compile(r"[A-Za-z][A-Za-z0-9.&!-]*(?:[ \t][A-Z0-9][A-Za-z0-9.&!-]*){0,2}")
ORG_SEPARATOR = re.compile(r"\s*[-—–·]\s*")
# everything up to the last context word before an organisation's name is context, not name
# a city in brackets is part of a registered name: "仁励家网络科技（杭州）有限公司"
PUNCTUATION_CUT = (r"[、，。：:；！？“”\"「」《》]|[（(](?![\u4e00-\u9fff]{2,3}[）)])"
                   r"|(?<![（(][\u4e00-\u9fff]{2})(?<![（(][\u4e00-\u9fff]{3})[）)]|了(?!么)|第[\d一二三四五六七八九十]+[场期届次]|[一二三四五六七八九十两几][场位个家次所]"
                   r"|\d{2,4}[ \t]*年(?:[上下]半年|[初底中末])?|\d{1,2}[ \t]*(?:月份?|[日号](?![店线楼院馆])(?:[早晚]上?|上午|下午|晚)?)")  # dates: "2018年下半年"


MAX_KNOWN_NAME = 24  # how far before a cut a known name may start: the longest are about this long


@functools.lru_cache(maxsize=1)
def _suffixed_organizations() -> re.Pattern[str]:
    # … and the companies named with a word that cuts a name's left context ("云从科技": 从)
    context = {word for word in lexicons.load("context_words") if len(word) == 1}
    cut_companies = {name for name in lexicons.load("companies") if set(name[1:]) & context}
    return re.compile(lexicons.alternation(lexicons.load("suffixed_organizations") | cut_companies))


@functools.lru_cache(maxsize=1)
def _left_cut() -> re.Pattern[str]:
    words = sorted(lexicons.load("context_words"), key=len, reverse=True)
    suffixes = lexicons.load("org_suffixes") | lexicons.load("unit_suffixes")
    # a word that ends like a unit ("全部") is the name's own end when nothing follows it: "…安全部"
    alternatives = [re.escape(w) + ("(?=.)" if w.endswith(tuple(suffixes)) else "") + _not_starting_suffix(w, suffixes)
                    for w in words]
    # 暨 after a title joins two of a person's titles ("所长暨某联盟副理事长"); between two
    # events' names it joins them into one ("某大会暨某博览会")
    title_ends = "".join(sorted({t[-1] for t in lexicons.load("titles") if "\u4e00" <= t[-1] <= "\u9fff"}))
    return re.compile(rf".*(?:{PUNCTUATION_CUT}|(?<=[{title_ends}])暨|{'|'.join(alternatives)})", re.S)


def _not_starting_suffix(word: str, suffixes: frozenset[str]) -> str:
    """A lookahead that keeps a word from cutting where it starts a suffix: "联合" is a verb
    ("联合主办") but the start of "某某产业联合会"."""
    rests = sorted((s[len(word):] for s in suffixes if s.startswith(word) and s != word), key=len, reverse=True)
    return f"(?!{'|'.join(map(re.escape, rests))})" if rests else ""


@functools.lru_cache(maxsize=1)
def _frame_nouns() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(lexicons.load("frame_nouns")))))


def hide_frame_nouns(text: str) -> str:
    """``text`` with the nouns that end in a frame's character ("华为", "协和") and the joining
    characters inside names replaced by private-use characters, same length, so that no cut is
    made inside them ("华为云 CTO", "云和恩墨副总经理")."""
    hidden = _frame_nouns().sub(lambda m: "\ue002" * len(m.group()), text)
    if "和" in text or "与" in text or "及" in text:
        for at in _name_joiners(hidden):
            hidden = hidden[:at] + "\ue002" + hidden[at + 1:]
    return hidden


# a joining character after one character that starts a word joins nothing: "云和恩墨", "润和软件"
# (but "并和", "我和": a word of its own, which joins)
WORD_INITIAL_JOINER = re.compile(r"(?<![\u4e00-\u9fff\ue002])(?P<first>[\u4e00-\u9fff])[和与及](?=[\u4e00-\u9fff])")
JOINER = re.compile(r"[与及和]")


def _name_joiners(text: str) -> list[int]:
    """Where a joining character is inside a name: after a word's one first character, or between
    two fields before a unit's suffix ("云计算与大数据研究所", "北京市经济和信息化局")."""
    lone = lexicons.load("context_words")
    joiners = [m.end("first") for m in WORD_INITIAL_JOINER.finditer(text) if m.group("first") not in lone]
    units = _unit_head()
    for m in JOINER.finditer(text):
        unit = units.match(text, m.end())
        if m.start() not in joiners and unit and _ends_word(text, unit.end()) and _fields_joined(text[:m.start()]):
            joiners.append(m.start())
    return joiners


def _ends_word(text: str, end: int) -> bool:
    """Nothing but a title or a non-Han character follows ``end``: "…研究所|所长", not "青禾科|技"."""
    if not re.match("[\u4e00-\u9fff]", text[end:end + 1]):
        return True
    titles, modifiers, _, _ = _lexicon()
    # … or a unit of its own ("工业和信息化部|教育考试中心")
    return any(text[end:end + n] in titles or text[end:end + n] in modifiers for n in range(1, 6)) \
        or (unit := _unit_head().match(text, end)) is not None and unit.end() == len(text)


@functools.lru_cache(maxsize=1)
def _unit_head() -> re.Pattern[str]:
    """A unit's name after its joining character: a field, then a unit's or an office's suffix
    ("某科技基础架构与数据平台部", "某大学物理与天文学院", "经济和信息化局")."""
    # not a ministry's 司: "建信筑和科技有限公|司" would read as two fields joined
    suffixes = (lexicons.load("unit_suffixes") - {"司"}) | {"局", "厅", "委员会", "研究院", "研究所"}
    return re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,8}}?(?:{lexicons.alternation(suffixes)})")


# function words of one character that also occur inside names: cut only where they form
# no word with a neighbour ("自蚂蚁集团" since, "金融化时银行" when; but "自动化所", "同时")
SOFT_CUTS = frozenset("自时比给跟替做")
# after a verb only: "反馈到", "应用于"
VERB_COMPLEMENTS = frozenset("到")


@functools.lru_cache(maxsize=1)
def _compound_modifiers() -> re.Pattern[str] | None:
    """Domain words that hold a context word ("机器学习" holds 学习, "解决方案" 解决)."""
    words = lexicons.load("context_words")
    compounds = sorted((m for m in lexicons.load("title_modifiers")
                        if any(w in m and w != m for w in words)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, compounds))) if compounds else None


# one character, then a company's suffix: no name ("广科技"), but what a cut left of one
LONE_HEAD = re.compile(r"(?![家个所间位])[\u4e00-\u9fff](?:科技|集团|公司|网络|软件|信息|智能)")
# "计算机科学与技术学院": two disciplines joined in a school's name, no 与 that parts words
DISCIPLINES_JOINED = re.compile(r"(?:科学|工程|技术)与(?=[\u4e00-\u9fff]{2})")


def _fields_joined(left: str) -> bool:
    """``left`` ends in a field (no organisation) after an organisation's or a place's name, or
    after nothing: "某研究院云计算", "北京市经济", "，工业"."""
    for field_start in range(max(0, len(left) - 8), len(left) - 1):
        field, parent = left[field_start:], left[:field_start]
        # a field may end like a company ("系统软件与安全实验室") when it is words of a domain only
        if re.fullmatch("[\u4e00-\u9fff]{2,8}", field) \
                and (not lexicons.ends_with(field, "org_suffixes") or domain_words_start(field) == 0) \
                and not _holds_title(field) and not set(field) & lexicons.load("context_words") \
                and (lexicons.ends_with(parent, "org_suffixes") or ends_with_known_name(parent)
                     or (not parent or parent[-1] in "，,、；;：:（(「“\n \t")
                     and field_start + 4 >= len(left)
                     or PLACE_END.search(parent) is not None):
            return True
    return False


def _holds_title(words: str) -> bool:
    """A title inside ``words``: "研究员赵某" is a person's, no field."""
    titles = _lexicon()[0]
    return any(words[i:j] in titles for i in range(len(words)) for j in range(i + 2, min(len(words), i + 6) + 1))


PLACE_END = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[省市]|自治区)$")


@functools.lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """The organisations the dictionaries name (companies.txt, which holds tech_organizations.txt, and
    known_organizations.txt)."""
    return frozenset(n for n in lexicons.load("companies") | lexicons.load("known_organizations") if len(n) >= 2)


def ends_with_known_name(text: str) -> bool:
    """Whether ``text`` ends with a name the dictionaries know, of two to eight characters."""
    return any(text[-n:] in known_names() for n in range(2, 9))


# English words that lead a name without being part of it: "The X Foundation", "About X", "by 某基金会"
ENGLISH_LEAD_WORDS = r"[Tt]he|[Aa]bout|[Mm]eet|[Jj]oin|[Ww]elcome|[Aa]t|[Bb]y|[Ff]rom|[Oo]f|[Aa]nd|[Ww]ith|[Ii]n|[Ff]or|[Tt]o|[Oo]n"
ENGLISH_FUNCTION_LEAD = re.compile(rf"[ \t]*(?:{ENGLISH_LEAD_WORDS})[ \t]+(?=[\u4e00-\u9fff])")


def left_cut(text: str) -> str:
    """The organisation name at the end of ``text``, its left context cut off:
    "本文介绍清华大学" -> "清华大学", "，自蚂蚁集团" -> "蚂蚁集团"; not inside a domain word
    ("机器学习系统团队": no cut at 学习) nor at the 与 inside a unit's name ("某科技架构与运维部"),
    nor inside a name the dictionary knows ("出席的首都师范大学": 首都 is a word, here a name's)."""
    name = _cut_left(text)
    cut = len(text) - len(name)
    if cut:
        for known in _suffixed_organizations().finditer(text, max(0, cut - MAX_KNOWN_NAME)):
            if known.start() < cut < known.end():
                return text[known.start():]  # "首都师范大学交叉科学研究院" from "出席的首都…"
    # (a known name has four characters at least, the words before it two: shorter names skip the search)
    inner = _suffixed_organizations().search(name, 2) \
        if len(name) >= 6 and name not in lexicons.load("suffixed_organizations") else None
    if inner and _words_of_a_sentence(name[:inner.start()]):
        return name[inner.start():]  # "晚间参观山东大学": words of the sentence, then a name the dictionary knows
    return name


def _words_of_a_sentence(text: str) -> bool:
    """Whether common words of two characters or more spell ``text`` out whole, one of them no
    noun ("各位|同学|来到", "接下来") and none a place ("上海|理工大学" is one name)."""
    common, places, function_words = lexicons.load("common_words"), places_and_countries(), lexicons.load("function_words")
    ends: dict[int, bool] = {0: False}  # where words end: whether a word so far is no noun
    for i in range(len(text)):
        if i in ends:
            for j in range(i + 2, min(len(text), i + 4) + 1):
                word = text[i:j]
                if word in common and word not in places:
                    ends[j] = ends.get(j, False) or ends[i] or word in function_words
    return ends.get(len(text), False)


@functools.lru_cache(maxsize=1)
def places_and_countries() -> frozenset[str]:
    return lexicons.load("places") | lexicons.load("provinces") | lexicons.load("countries")


def _cut_left(text: str) -> str:
    # hide_frame_nouns hides the 与 inside a unit's name too ("某科技架构与运维部")
    hidden = DISCIPLINES_JOINED.sub(lambda m: "\ue002" * len(m.group()), hide_frame_nouns(hide_qualifier_brackets(text)))
    compounds = _compound_modifiers()
    if compounds is not None:
        hidden = compounds.sub(lambda m: "\ue002" * len(m.group()), hidden)
    cut = _left_cut().match(hidden)
    if cut and cut.end() == 1 and text[:2] in lexicons.load("common_words"):
        cut = None  # "被窝家装": a word's first character leads the name, no particle before it
    while cut and cut.end() >= 2 and hidden[cut.end() - 2:cut.end()] in lexicons.load("places"):
        cut = _left_cut().match(hidden, 0, cut.end() - 1)  # "成都|大学": 都 ends a place's name, no cut after it
    if cut and LONE_HEAD.match(text, cut.end()) and hidden[cut.end() - 1:cut.end()] in lexicons.load("context_words"):
        # "都广科技": a name's first character that is also a word ("都"), one before the suffix
        cut = _left_cut().match(hidden, 0, cut.end() - 1)
    before, text = (text[:cut.end()], text[cut.end():]) if cut else ("", text)
    english = ENGLISH_FUNCTION_LEAD.match(text)
    if english:
        before, text = before + text[:english.end()], text[english.end():]  # "by 某某基金会": an English word's
    common = lexicons.load("common_words")
    for i in range(len(text) - 2, -1, -1):
        if text[i] in SOFT_CUTS and text[i:i + 2] not in common and text[i:i + 3] not in common \
                and text[i:i + 2] not in lexicons.load("title_modifiers") \
                and (i == 0 or text[i - 1:i + 1] not in common):
            return text[i + 1:]
        verb = (before + text[:i])[-2:]
        if text[i] in VERB_COMPLEMENTS and (verb in lexicons.load("function_words") or verb in lexicons.load("verbs")):
            return text[i + 1:]  # "反馈到 SOFABoot", "加入到 Apache 孵化器"; but "美团到店事业群"
    return text


# words that lead a list: "如天弘基金、…", "像蚂蚁金服、美团等公司", "还有阿里云、…"
KIND_THEN_LEAD_IN = re.compile(r"(?:大厂|公司|企业|厂商|机构|高校|巨头|银行|平台|团队|社区)[ \t]*(?:比如|例如|诸如|包括|如|像)[ \t]*(?=\S{2})")
LIST_LEAD_IN = re.compile(r"^(?:如|例如|比如|诸如|像|包括|其中有|其中|还有|下设|旗下有|有"
                          r"|(?:先后|曾经?)?(?:任职于|任职|就职于|供职于))(?=[^ \t]{2})")  # "曾任职美团、人人网"
LATIN_TAIL = re.compile(r"[\u4e00-\u9fff][ \t]+(?P<name>[A-Za-z][A-Za-z0-9.&+'-]*(?:[ \t][A-Z0-9][A-Za-z0-9.&+'-]*){0,3})$")


def list_head(text: str) -> str:
    """The first item of a list cut off from the words before it: "其中以 RedHat" -> "RedHat",
    "比如有赞" -> "有赞", "像蚂蚁金服" -> "蚂蚁金服"."""
    name = left_cut(text).strip(" \t")
    tail = LATIN_TAIL.search(name)
    kinds = KIND_THEN_LEAD_IN.search(name)
    if kinds and not tail:
        name = name[kinds.end():]  # "其他国内大厂如阿里": the kind, then the example
    return tail.group("name") if tail else LIST_LEAD_IN.sub("", name)


@dataclass(frozen=True)
class Affiliation:
    """One (organisation, role) reading of a descriptor; ``parent`` when the organisation is a unit."""

    organization: str | None
    role: str | None
    parent: str | None = None


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], int, int]:
    titles = lexicons.load("titles")
    modifiers = lexicons.load("title_modifiers")
    return titles, modifiers, max(map(len, titles)), max(map(len, modifiers))


def _longest_suffix(text: str, words: frozenset[str], longest: int) -> str | None:
    for n in range(min(longest, len(text)), 0, -1):
        tail = text[-n:]
        if tail in words:
            # a Latin word must not be the tail of a longer word: "Leader" is not "der"
            if tail[0].isascii() and tail[0].isalpha() and len(text) > n and text[-n - 1].isascii() \
                    and text[-n - 1].isalnum():
                continue
            return tail
    return None


# ranks that modify only titles, never an organisation's name
RANK_BEFORE_FIELD = re.compile(r"(?:高级|资深|首席)[\u4e00-\u9fff]{1,6}$")
JOINED_DOMAIN_TITLE = re.compile(r"[ \t]*[&＆][ \t]*(?P<domain>[\u4e00-\u9fff]{2,4})$")


def split_title(text: str) -> tuple[str, str] | None:
    """Split a descriptor into (what precedes the title, the title), or None if it ends in no title.

    >>> split_title("腾讯云区域解决方案总经理")
    ('腾讯云', '区域解决方案总经理')
    >>> split_title("API7.ai 联合创始人&CTO")
    ('API7.ai', '联合创始人&CTO')
    """
    titles, modifiers, longest_title, longest_modifier = _lexicon()
    rest = text.rstrip()
    latin = LATIN_OF.match(rest)
    if latin and (latin_title := split_title(latin.group("title").split(" of ")[0])) is not None \
            and re.fullmatch(r"[A-Za-z ]*", latin_title[0]):
        return latin.group("org"), latin.group("title")  # "Maintainer of Chaos Mesh"
    head = _longest_suffix(rest, titles, longest_title)
    if head is None:
        return None
    joined_domain = JOINED_DOMAIN_TITLE.search(rest[:-len(head)])
    if joined_domain and joined_domain.group("domain") in domain_words() \
            and joined_domain.group("domain") not in lexicons.load("companies") \
            and (first_title := split_title(rest[:joined_domain.start()])) is not None:
        # "联合创始人&商业化负责人": a second title whose domain words are no modifier of ours
        before = first_title[0]
        return before.strip(), text[len(before):].strip()
    rest = rest[:-len(head)]
    ranks = lexicons.load("rank_modifiers")
    while True:
        stripped = rest.rstrip()
        spaced = len(stripped) < len(rest)
        joined = re.search(r"(?:&|＆|/|兼|及|和)\s*$", stripped)
        if joined and split_title(stripped[:joined.start()]) is not None:
            # "合伙人&CTO": two titles joined, read the first one too
            before, first = split_title(stripped[:joined.start()])  # type: ignore[misc]
            return before.strip(), text[len(before):].strip()
        cohort = COHORT.search(stripped)
        if cohort:
            rest = stripped[:cohort.start()]  # "2020 级直博生"
            continue
        modifier = _longest_suffix(stripped, modifiers, longest_modifier)
        if modifier is not None and modifier in ("社区", "团队") and re.search(r"[A-Za-z0-9]\s*$", stripped[:-len(modifier)]) \
                and not (modifier == "社区" and head in COMMUNITY_TITLES):  # but "X 社区经理": a community manager of X
            break  # "Dubbogo 社区负责人": the community is the organisation
        if modifier is not None and spaced and modifier not in ranks and not modifier.isascii() \
                and modifier not in FUNCTION_MODIFIERS:
            break  # "星河数据 CTO": a domain word before a space ends the organisation's name
        if modifier is None:
            # "开发和运维", "中间件/分布式", "高级 Java 开发": a joiner or a Latin word between modifiers
            inner = re.search(r"(?:[和与及/、]|(?<![ \t])[&＆]|\s*[A-Za-z][A-Za-z0-9+#.]*\s*)$", stripped)
            if inner and inner.start() > 0 and _longest_suffix(stripped[:inner.start()].rstrip(), modifiers,
                                                               longest_modifier):
                rest = stripped[:inner.start()]
                continue
            break
        if head in FOUNDER_TITLES and modifier not in ranks and modifier not in REGION_MODIFIERS:
            break  # "简算技术|创始人": the field word is the company's
        if re.fullmatch(r"[A-Z][a-z]+", modifier) and re.search(r"[A-Za-z0-9][ \t]+$", stripped[:-len(modifier)]) \
                and re.match(r"[ \t]*[\u4e00-\u9fff]", text[len(stripped):]):
            break  # "Azul Systems|大中华区技术总监": a capitalised word before Han titles ends a Latin name
        if modifier.isascii() and re.search(r"[A-Za-z0-9.]$", stripped[:-len(modifier)]):
            break  # "Nimbus7.AI": a Latin modifier inside a longer Latin name
        if modifier in NAME_ENDING_MODIFIERS and _short_brand_ends_with(stripped[:-len(modifier)], modifier, modifiers, ranks):
            break  # "密瓜智能|联合创始人", "海光信息|研发工程师": the word ends a short brand's name
        rest = stripped[:-len(modifier)]
    rank_inside = RANK_BEFORE_FIELD.search(rest.rstrip())
    if rank_inside and rank_inside.start() >= 2 and not lexicons.ends_with(rest.rstrip(), "org_suffixes", "unit_suffixes"):
        rest = rest[:rank_inside.start()]  # "某团|高级攻防安全工程师": a rank opens the title, whatever field follows it
    if rest.rstrip()[-1:] in ("与", "和", "及") and (holder_end := _organisation_before_domain(rest.rstrip()[:-1])):
        rest = rest[:holder_end]  # "某大学计算科学与|工程博士在读": the field's pair is the title's, both words
    spaced_words = SPACED_WORDS.search(rest.rstrip())
    if spaced_words and _names_no_organisation(spaced_words.group("words")):
        rest = rest[:spaced_words.start()]  # "PingCAP 工程效率负责人": the words before the title are its domain
    return rest.strip(), text[len(rest):].strip()


def _short_brand_ends_with(before: str, modifier: str, modifiers: frozenset[str], ranks: frozenset[str]) -> bool:
    """Whether ``modifier`` ends the name of the two-character brand before it ("密瓜|智能"): not a
    modifier or rank ("首席|数据…"), nor a known company whose name with the word is none
    ("某某|软件工程师"); "现任" before the brand is no part of it."""
    brand = LEADING_NOISE.sub("", before).strip(" \t—–-")
    companies = lexicons.load("companies")
    return re.fullmatch(r"(?:前|原)?[\u4e00-\u9fff]{2}", brand) is not None and brand not in modifiers \
        and brand not in ranks and not (brand in companies and brand + modifier not in companies)


def _names_no_organisation(words: str) -> bool:
    """Whether Han words cannot end an organisation's name: no suffix, no place, no brand ending."""
    return not (any(c in words for c in "的等和与及") or FIELD_WORD.search(words) or TRAILING_NOISE.search(words)
                or words[-1] in NAME_ENDINGS
                or lexicons.ends_with(words, "org_suffixes", "unit_suffixes")
                or any(s in words for s in lexicons.load("free_org_suffixes"))  # "软件基金会正式|会员"
                or any(words.startswith(p) or words.endswith(p) for p in lexicons.load("places")))


def split_roles(role: str) -> list[str]:
    """A compound title's single titles: "联合创始人&CTO" -> ["联合创始人", "CTO"]."""
    parts = [p for p in ROLE_JOINERS.split(role) if p]
    if len(parts) > 1 and all(split_title(p) is not None for p in parts):
        return parts
    return [role]


EDITION_BEFORE = re.compile(r"^.*#[ \t]?\d+[ \t]*(?=\S)")
YEAR_BEFORE = re.compile(r"^.*(?<![\d.])(?:19|20)\d\d[ \t]+(?=[A-Za-z])")  # not "某公司 2012 实验室": a name with its number
WORD_BEFORE_COMMUNITY = re.compile(r"^[\u4e00-\u9fff]+[ \t]+(?=[A-Za-z][A-Za-z0-9 .&+-]*?[ \t]?社区$)")


REPEATED_BRAND = re.compile(r"^(?P<brand>[\u4e00-\u9fffA-Za-z0-9]{2,6}?)[ \t]*(?=(?P=brand)(?!$))")  # not "哔哩哔哩"


QUALIFIER_END = re.compile(r"[（(][\u4e00-\u9fff]{1,10}[）)]$")


def clean_organization(text: str) -> str:
    """An organisation name without the words that introduce or follow it."""
    stripped = text.strip(" \t:：,，、()（）[]【】「」『』\"'“”-—–~～&＆@＠·•・")
    if QUALIFIER_END.search(text.rstrip()) and stripped.count("（") + stripped.count("(") > stripped.count("）") + stripped.count(")"):
        stripped += text.rstrip()[-1]  # "某会（北京）": the bracket closes the name's own qualifier
    text = REPEATED_BRAND.sub("", stripped)  # "某云某云事业群": the company's name given twice
    while TRAILING_NOISE.search(text):  # "Curve 社区的几位": the quantifier, then the 的
        text = TRAILING_NOISE.sub("", text).strip()
    glossed = LATIN_GLOSSED.fullmatch(text)
    if glossed:
        text = glossed.group("latin")  # "AdSame（上海某某科技）": the name, then its Chinese name in brackets
    text = left_cut(text).strip()
    previous = None
    while previous != text:
        previous = text
        text = LEADING_NOISE.sub("", text).strip()
        if text.startswith("前") and text[:2] not in lexicons.load("common_words"):
            text = text[1:].strip()  # "前京东": formerly of; but "前端团队"
        text = YEAR_BEFORE.sub("", text)  # "开源之夏 2024 Koupleless 社区": a programme's year, then the name
        text = EDITION_BEFORE.sub("", text)  # "Service Mesh Webinar#1 多点生活平台架构组": an event's edition
        text = WORD_BEFORE_COMMUNITY.sub("", text)  # "活动 Dragonfly 社区": a project's community
        text = TRAILING_NOISE.sub("", text).strip()
    if re.fullmatch(r"\d{1,2}|(?:19|20)\d\d", text):
        return ""  # "2022 年度董事", "20 年…经验": a year or a count names no organisation (but "360")
    if DEGREE.match(text) or text in GENERIC_PLACES or text[1:] in GENERIC_PLACES and (text[0] in "家个所" or text[0] in PARTICLE_HEADS) \
            or LISTED_KIND.search(text):
        # "A、B 等社区": the end of a list of many, no one's organisation
        # "一位很活跃的 Contributor", "内部容器平台的工程师": a quality or a side, not an organisation;
        # "为集团打造": a particle and a kind of organisation
        return ""
    return _without_city(text)


LATIN_GLOSSED = re.compile(r"(?P<latin>[A-Za-z][A-Za-z0-9.&+-]*(?:[ \t][A-Za-z0-9.&+-]+){0,3})[ \t]*[（(][\u4e00-\u9fff]{3,}[）)]")
LISTED_KIND = re.compile(r"等[ \t]*(?:[多几数]?[家个所位])?[ \t]*(?:社区|公司|企业|高校|大学|机构|单位|团队|厂商|项目)$")
# what opens an affiliation given without a title
CAREER_LEAD = re.compile(r"^(?:目前|现在|现)?[ \t]*(?:来自|就职于|任职于|供职于)")
DEGREE = re.compile(r"^(?:很|非常|比较|特别|十分|相当|最为|更加)")
# a particle before a kind of organisation names none: "为集团打造", "为大学提供"
PARTICLE_HEADS = frozenset("为在对给向于从和与被把让的")
GENERIC_PLACES = frozenset({"内部", "外部", "国内", "国外", "海外", "公司", "集团", "团队", "社区", "业界", "行业",
                            "大学", "学校", "学院", "企业", "机构"})


LATIN_THEN_CITY = re.compile(r"(?P<org>[A-Za-z][A-Za-z0-9 .&-]*?)[ \t]+(?P<city>[\u4e00-\u9fff]{2,4})")


RESEARCH_ENDS = ("实验室", "研究院", "研究所", "研究中心")


def _without_city(name: str) -> str:
    """A company named with the city it sits in: "杭州涂鸦智能" is 涂鸦智能. Not a university, a
    bank or a registered name ("上海交通大学", "北京银行", "杭州某某有限公司"), which the city is part of."""
    office = LATIN_THEN_CITY.fullmatch(name)
    if office and office.group("city") in lexicons.load("places") and office.group("city") not in lexicons.load("countries"):
        return office.group("org")  # "Nimbus 西安": the company's office in a city; but "Linux 中国"
    city = next((p for p in lexicons.load("places") if name.startswith(p)), None)
    rest = name[len(city):].strip() if city else ""
    weak = lexicons.load("org_suffixes") - lexicons.load("free_org_suffixes")
    if city in lexicons.load("countries"):
        # a country's name opens a national company's ("中国移动信息技术中心"), not a kind's ("美国互联网公司")
        suffix = next((s for s in sorted(weak, key=len, reverse=True) if rest.endswith(s)), "")
        if rest[:len(rest) - len(suffix)] not in domain_words():
            return name
    # "北京市经济和信息化局": a city's own office, 市 after the city's name
    # … nor a research institution, named by its city and its field ("上海人工智能实验室"), a
    # national one the city hosts ("西安国家应用数学中心") or a firm ("上海某某律师事务所")
    if rest.startswith("国家") or rest.endswith("事务所"):
        return name
    if len(rest) >= 4 and re.match(r"(?![市省县区])[\u4e00-\u9fff]", rest) and any(rest.endswith(s) for s in weak) \
            and not any(s in rest for s in lexicons.load("free_org_suffixes")) and not rest.endswith(RESEARCH_ENDS):
        return rest
    return name


@functools.lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    """Common words and title modifiers: words of a domain, not of a name."""
    return lexicons.load("common_words") | lexicons.load("title_modifiers")


def domain_words_start(text: str, end: int | None = None) -> int:
    """Where the run of domain words ("基础架构", "大数据", "中间件": common words and title
    modifiers) that ends at ``end`` starts; ``end`` itself when none ends there.

    >>> domain_words_start("快手基础架构")
    2
    """
    end = len(text) if end is None else end
    return min(_domain_word_starts(text, end), default=end)


def _domain_word_starts(text: str, end: int) -> Iterator[int]:
    """Where each domain word of the run ending at ``end`` starts, the nearest first."""
    words = domain_words()
    while True:
        word = next((n for n in (4, 3, 2) if end - n >= 0 and text[end - n:end] in words), 0)
        if not word:
            return
        end -= word
        yield end


def split_unit(name: str, known: Iterable[str] = ()) -> tuple[str, str | None]:
    """(organisation, parent) for a name that is a unit of a parent, else (name, None).

    >>> split_unit("中国食品发酵工业研究院标数部")
    ('中国食品发酵工业研究院标数部', '中国食品发酵工业研究院')
    >>> split_unit("58 集团-房产事业部")
    ('58 集团房产事业部', '58 集团')
    >>> split_unit("快手基础架构中心")
    ('快手基础架构中心', '快手')
    """
    parts = ORG_SEPARATOR.split(name)
    # (but "约翰斯·霍普金斯大学": a foreign name's dot inside one organisation's name)
    if len(parts) == 2 and all(parts) and _has_han(parts[1]) \
            and not ("·" in name and transliterated_end(parts[0].strip()) == parts[0].strip()
                     and lexicons.ends_with(parts[1], "org_suffixes")):
        return parts[0] + parts[1], parts[0]  # "58 集团-房产事业部"; but "Seata-php" is one name
    units = lexicons.load("unit_suffixes")
    unit_end = max((len(u) for u in units if name.endswith(u)), default=0)
    if not unit_end or any(name.endswith(s) and len(s) > unit_end for s in lexicons.load("org_suffixes")):
        return name, None  # no unit; or an organisation's own longer suffix ("某语言|用户组", not "…用户|组")
    candidates = [p for p in known if name.startswith(p) and len(name) - len(p) >= 2]
    # "阿里巴巴|TRE工程基础服务团队": a change of script inside a name opens the unit
    script = re.match(r"([\u4e00-\u9fff]{2,})[A-Za-z]", name)
    if script:
        candidates.append(script.group(1))
    # "饿了么|北京技术中心": a regional unit starts with a place name
    for place in lexicons.load("places"):
        at = name.find(place, 2)
        if at >= 2 and len(name) - at - len(place) >= 2:
            candidates.append(name[:at])
    suffixes = lexicons.load("free_org_suffixes") | lexicons.load("unit_suffixes") | {"公司", "科技", "社区"}
    for i in range(len(name) - 2, 1, -1):
        head = name[:i]
        if any(head.endswith(s) for s in suffixes) and head not in lexicons.load("not_organizations") \
                and name[i - 1:i + 1] not in lexicons.load("common_words") \
                and len(name) - i - unit_end >= 2:  # "蚂蚁金服|系统部", not "…系|统部" nor "某金融科|创中心"
            candidates.append(head)
            break
    if not candidates:
        # "快手|基础架构中心", "OPPO|大数据中心": a unit named by domain words after its parent
        unit = next(u for u in sorted(units, key=len, reverse=True) if name.endswith(u))
        domain = domain_words_start(name, len(name) - len(unit))
        while domain > 0 and name[domain - 1] in "&＆" and domain_words_start(name, domain - 1) < domain - 1:
            domain = domain_words_start(name, domain - 1)  # "解决方案&架构部": two fields joined
        head = name[:domain].rstrip()
        # (but "麻省|理工学院", "某某|师范学院": one word before 学院 names a kind of school)
        if 2 <= len(head) <= 12 and domain < len(name) - len(unit) and domain_words_start(head) > 0 \
                and left_cut(head) == head and not (unit == "学院" and len(name) - len(unit) - domain <= 2):
            candidates.append(head)
    # the longest parent: "星河数据研究院|算法部", not "星河数据|研究院算法部"
    best = max(candidates, key=len) if candidates else None
    return (name, best.strip()) if best else (name, None)


def _opens_title(parent: str, rest: str) -> bool:
    """Whether the words after a known name can open a title: not one two-character word
    right after a Chinese name, which finishes that name instead ("蚂蚁|金服", "美团|点评")."""
    return bool(rest) and (len(rest) > 2 or not _has_han(parent[-1]))


def crosses_word(text: str, start: int, end: int) -> bool:
    """True when a common word crosses an edge of ``text[start:end]``: "联合国|内外" is 联合 and 国内外."""
    common = lexicons.load("common_words")
    return any(text[i:j] in common for i in range(max(0, start - 3), end) for j in range(max(start, i) + 1, end + 4)
               if j - i <= 4 and (i < start < j or i < end < j))


def _move_tail_to_role(org: str, role: str, known: list[str]) -> tuple[str, str]:
    """Words after the end of an organisation's name belong to the title:
    "快手基础架构中心|服务网格负责人", "腾讯|智慧零售…总监" (腾讯 known)."""
    suffixes = lexicons.load("org_suffixes") | lexicons.load("unit_suffixes")
    # the longest known name the organisation starts with: "蚂蚁金服", not "蚂蚁" of it
    for parent in sorted((p for p in known if org.startswith(p)), key=len, reverse=True)[:1]:
        rest = org[len(parent):]
        if _opens_title(parent, rest) and domain_words_start(rest) == 0 \
                and not any(rest.endswith(u) for u in lexicons.load("unit_suffixes") | lexicons.load("free_org_suffixes")):
            # "蚂蚁金服|金融科技产品技术总监" with 蚂蚁金服 known: a domain, though it ends like a company
            return parent, rest + role
    if any(org.endswith(s) for s in suffixes) or not _has_han(org):
        return org, role
    cloud = CLOUD_THEN_FIELD.fullmatch(org)
    if cloud and cloud.group("cloud")[-2:] not in lexicons.load("common_words") \
            and cloud.group("cloud")[:-1] not in places_and_countries() \
            and domain_words_start(cloud.group("field")) == 0 and not domain_word_at(org, len(cloud.group("cloud")) - 1):
        # "阿里云|分布式事务产品负责人": a cloud named after its company, then the product line of the title
        return cloud.group("cloud"), cloud.group("field") + role
    product = PRODUCT_AFTER_ORG.fullmatch(org)
    if product and product.group("product") not in LATIN_ORG_WORDS:
        if all_modifiers(product.group("org")):
            return product.group("product"), role  # "开源|Apache Dubbo PMC": a domain, then the project
        # "腾讯云 TKE|集群管理负责人", "蚂蚁金服 Service Mesh|负责人": a product line is part of the title
        return _without_city(product.group("org")), f"{product.group('product')} {role}"
    for parent in known:
        rest = org[len(parent):].strip()
        if org.startswith(parent) and _opens_title(parent, rest) and (rest[0] not in NAME_ENDINGS
                                                or any(rest[:n] in domain_words() for n in (4, 3, 2))):
            # "腾讯|智慧零售…总监" with 腾讯 known; but "去哪儿网" is no "去哪儿" and "网…"
            return parent, rest + role
    if org in known:
        return org, role
    for i in range(len(org) - 1, 1, -1):
        head = org[:i]
        # (no cut inside a word: "中科|院…" is no unit 科 of 中; "内部|容器" is a side and a field)
        if any(head.endswith(s) for s in suffixes) and head not in lexicons.load("not_organizations") \
                and not crosses_word(org, i, i):
            if _names_no_field(org[i:].strip(), role):
                break
            return head, org[i:].strip() + role  # "某公司|前端": what follows the suffix is a field of the title
    return org, role


def domain_word_at(text: str, at: int) -> bool:
    """Whether a domain word of two or three characters starts at ``at``: "…云原生…", "…云计算…"."""
    return any(text[at:at + n] in domain_words() for n in (2, 3))


def _names_no_field(words: str, role: str) -> bool:
    """Whether the words between an organisation's suffix and its title cannot open the title: a
    unit ("某部信息技术|发展司"), or one character that starts no field ("某某科|服算法总监")."""
    return lexicons.ends_with(words, "org_suffixes", "unit_suffixes") \
        or len(words) == 1 and domain_words_start(words + role) != 0


def _organisation_before_domain(text: str) -> int | None:
    """Where the organisation that the domain words ending ``text`` follow ends, the longest such
    name first ("某科技|微服务", not "某|科技微服务"), or None."""
    return next((end for end in _domain_word_starts(text, len(text)) if end >= 2 and names_organization(text[:end].strip())),
                None)


def all_modifiers(text: str) -> bool:
    """True when the text is made only of title modifiers: "中间件", "消息 中间件"."""
    _, modifiers, _, longest = _lexicon()
    rest = text.strip()
    while rest:
        modifier = _longest_suffix(rest, modifiers, longest)
        if modifier is None:
            return False
        rest = rest[:-len(modifier)].rstrip()
    return True


def is_bare_unit(name: str) -> bool:
    """A unit named without its organisation: "数据库团队", "架构组"."""
    return any(name.endswith(u) for u in lexicons.load("unit_suffixes")) and not any(
        s in name for s in lexicons.load("free_org_suffixes"))


def _has_han(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


@functools.lru_cache(maxsize=1)
def _title_ends() -> re.Pattern[str]:
    """Where a title word ends and another word starts right after it, with or without a space."""
    titles = sorted(lexicons.load("titles"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, titles))})(?![a-z])(?P<gap>[ \t]*)(?=\S)")  # not "Engineer|ing"


def _split_at_spaces(part: str) -> list[str]:
    """A part holding two descriptors, each with its organisation, joined by a space or by
    nothing: "蚂蚁集团技术专家 Occlum 作者", "Dragonfly Maintainer蚂蚁集团软件工程师"."""
    titles = tuple(lexicons.load("titles"))
    for end in _title_ends().finditer(part):
        left, right = part[:end.start("gap")], part[end.end():]
        right_split = split_title(right)
        if right_split and right.startswith(("&", "＆")) and _titles_only(part):
            right_split = None  # "联合创始人&商业化负责人": one part, two titles
        # (a suffix alone after a title continues its name: "专家|委员会主席" is 专家委员会's chair; so
        # does a place's or a field's word and a suffix: "架构师|上海同盟理事", "架构师|技术同盟成员")
        if right_split and re.search(r"[A-Za-z\u4e00-\u9fff]{2}", right_split[0]) and split_title(left) and left.endswith(titles) \
                and not _suffix_continues(right_split[0].strip()) \
                and (end.group("gap") or not _is_title_word(part, end.start("gap"))):
            return [left, *_split_at_spaces(right)]
    return [part]


def _suffix_continues(org: str) -> bool:
    """Whether an organisation's part is a suffix alone, or a place's or a title's modifier (a
    field: 技术, 开源) and a suffix: no name of its own, the end of the name a title before it
    began (not "蚂蚁集团", a company after a title)."""
    suffix = max((s for s in _all_suffixes() if org.endswith(s)), key=len, default="")
    head = org[:len(org) - len(suffix)].strip()
    return bool(suffix) and (not head or head in lexicons.load("places") or head in lexicons.load("title_modifiers"))


def _titles_only(part: str) -> bool:
    """Whether ``part`` is titles with no organisation before them."""
    split = split_title(part)
    return split is not None and not split[0].strip()


def _is_title_word(part: str, at: int) -> bool:
    """True when the text from ``at`` still continues a title or a name across the joint: with
    no space between, "Maintainer|蚂蚁集团" and "创始人|蚂蚁集团" are two parts, but not
    "架构师|负责人" (one title) nor "治理委员|会" (a suffix across the joint)."""
    rest = split_title(part[at:])
    if rest is not None and not rest[0].strip():
        return True
    joint = part[max(0, at - 3):at + 3]
    return part[at - 1:at + 1] in lexicons.load("common_words") or any(_spans_joint(joint, s, min(at, 3))
                                                                       for s in _all_suffixes())


@functools.lru_cache(maxsize=1)
def _all_suffixes() -> frozenset[str]:
    return lexicons.load("org_suffixes") | lexicons.load("unit_suffixes") | lexicons.load("free_org_suffixes")


def _spans_joint(joint: str, word: str, at: int) -> bool:
    """True when ``word`` occurs in ``joint`` across position ``at``."""
    start = joint.find(word)
    while start >= 0:
        if start < at < start + len(word):
            return True
        start = joint.find(word, start + 1)
    return False


def _places_only(name: str) -> bool:
    """True for a name made of places only: "上海", "德国柏林", "江苏" (a city or a province, not an employer)."""
    places = lexicons.load("places") | lexicons.load("provinces")
    rest = name.strip()
    while rest:
        place = next((rest[:n] for n in (4, 3, 2) if rest[:n] in places), None)
        if place is None:
            return False
        rest = rest[len(place):].strip()
    return True


def _works_at_bare_name(part: str) -> bool:
    """"就职于携程": a career verb vouches for a short name, even one that is also a word."""
    return "来自" not in part and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", clean_organization(part)) is not None


def _names_organization(name: str, known: Iterable[str]) -> bool:
    """Reads as an organisation's name: known, with a suffix, a Latin name, or a short name
    and domain words ("美团|基础研发平台")."""
    suffixes = lexicons.load("org_suffixes") | lexicons.load("unit_suffixes")
    head = name[:domain_words_start(name)]
    return 2 <= len(name) <= 20 and (name in known or any(name.endswith(s) for s in suffixes)
                                     or re.fullmatch(r"[A-Za-z][A-Za-z0-9.&-]*", name) is not None
                                     or re.fullmatch(r"[\u4e00-\u9fff]{2,4}", head) is not None and head != name)


ORG_DE_LATIN_TITLE = re.compile(r"^[ \t]*(?P<org>[A-Za-z][^的，,、]{1,30}?|[^的，,、\s]{2,30}?)[ \t]*的[ \t]*(?=[A-Za-z][A-Za-z0-9.+#-]*[\u4e00-\u9fff])")
FROM_ORG_LATIN_TITLE = re.compile(r"^[ \t]*来自[ \t]*(?P<org>[^的，,、\s]{2,30}?)[ \t]*的[ \t]*(?=[A-Za-z])")


# "曾在腾讯、大疆担任高级产品经理": one title at each workplace listed before the verb
HELD_AT_EACH = re.compile(r"(?<![^，,；;\s])(?:曾经?|先后|目前|现)?在[ \t]*(?P<orgs>[^，,。；;、在\s][^，,。；;、在]{1,20}?"
                          r"(?:、[^，,。；;、在]{2,20}?){0,5})(?P<kind>[ \t]*等[^，,。；;、担]{0,8})?[ \t]*"
                          r"(?:担任|出任|任(?![职何务意]))[ \t]*(?P<title>[^，,。；;、]{2,20})")


def _held_at_each(text: str, known: Iterable[str]) -> str:
    """The chain with "在 A、B 担任 T" written "A T、B T", when each of A, B reads as an
    organisation's name."""
    def each(match: re.Match[str]) -> str:
        orgs = [o.strip() for o in match.group("orgs").split("、")]
        title = match.group("title").strip()
        workplaces = all((reads_as_organization(o, known) or names_organization(o, known)) and not FIELD.search(o) for o in orgs)
        if split_title(title) is None or not workplaces:
            return match.group()  # "在开源领域担任布道师": a field, no workplace
        return "、".join(f"{o} {title}" for o in orgs)
    return HELD_AT_EACH.sub(each, text)


HAN_SLASH = re.compile(r"(?<=[\u4e00-\u9fff])/(?=[\u4e00-\u9fff])")


def _slashed_chains(text: str) -> str:
    """"某公司最有价值专家/某俱乐部主席": a slash between a title and the next organisation's
    chain parts them as 、 does; "前端/全栈工程师" is one title."""
    for slash in HAN_SLASH.finditer(text):
        after = split_title(text[slash.end():])
        if after is not None and after[0] and split_title(text[:slash.start()]) is not None:
            text = f"{text[:slash.start()]}、{text[slash.end():]}"
    return text


def _without_glosses(text: str) -> str:
    """The chain without an organisation's acronym or Latin name glossed between its name and the
    title: "某开源联盟 (TOSA) 主席", "北辰开源社区（StoneMesh）联合发起人"."""
    text = ACRONYM_GLOSS.sub("", text)
    return NAME_GLOSS.sub(lambda m: "" if lexicons.ends_with(text[:m.start()], "org_suffixes", "unit_suffixes")
                          else m.group(), text)


def _holder_before_de(org_text: str, org: str, role: str, known: Iterable[str]) -> tuple[str, str]:
    """"某公司的业务拓展|经理": words after 的 that name no organisation (no suffix, no known name)
    are the title's, the organisation before 的 holds it."""
    de = org_text.rfind("的")
    after = org_text[de + 1:].strip()
    if de <= 0 or after != org or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", after) \
            or lexicons.ends_with(after, "org_suffixes", "unit_suffixes") or after in known_names():
        return org, role
    holder = clean_organization(org_text[:de])
    if holder and _names_organization(holder, known):
        return holder, after + role
    return org, role


def parse_descriptor(text: str, known: Iterable[str] = ()) -> list[Affiliation]:
    """All (organisation, role) pairs of a descriptor chain (see _parse_descriptor). A Latin
    name's qualifier or gloss ("Apache X（incubating）PPMC 成员", "MATS（某某服务）团队") is set aside
    while the chain is read, as the name's, and put back where the name is given."""
    qualifiers = [(m.group(), text[:m.start()].split()[-1]) for m in ASIDES.finditer(text)] \
        if "(" in text or "（" in text else []
    if not qualifiers:
        return _parse_descriptor(text, known)

    def restored(words: str | None, glosses: bool = True) -> str | None:
        for qualifier, name in qualifiers if words else ():
            if not glosses and HAN_GLOSS.fullmatch(qualifier):
                continue  # "AdSame（上海某某科技）": the organisation is named by its Latin name, glossed
            words = re.sub(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])[ \t]?", lambda _: name + qualifier.strip(),
                           words, count=1)  # type: ignore[arg-type]
        return words

    return [Affiliation(restored(a.organization, glosses=False), restored(a.role), restored(a.parent, glosses=False))
            for a in _parse_descriptor(ASIDES.sub(" ", text), known)]


ENGLISH_NAME_PART = re.compile(r"[A-Z][A-Za-z0-9&.'-]*(?:[ \t][A-Z][A-Za-z0-9&.'-]*){0,5}")


def _english_title_then_names(text: str) -> Affiliation | None:
    """English "director of engineering for X, Nimbus Cloud", "chair, TOC, Nimbus": a title (its
    head a known one, what it is of or for kept), then the organisation, then its parent."""
    if not text.isascii() or "," not in text:
        return None
    parts = [p.strip() for p in text.strip().split(",")]
    if not 2 <= len(parts) <= 3 or not all(ENGLISH_NAME_PART.fullmatch(p) for p in parts[1:]):
        return None
    role = parts[0]
    head = re.split(r"\s+(?:of|for|in)\s+", role)[0]
    split = split_title(head)
    if not head[:1].islower() or split is None or not re.fullmatch(r"[a-z -]*", split[0]):
        return None  # "vice chair": words in lower case before the title are the title's
    return Affiliation(parts[1], role, parts[2] if len(parts) == 3 else None)


ONE_KIND = re.compile(r"一[家所个间]")  # "一家…公司": one of a kind, described, not named


def _quality_of_one(org_text: str, org: str) -> bool:
    """Whether what reads as an organisation after "一位", "一名" is two common words: what the one
    counted is like ("经验丰富", "热爱开源"), not where they work."""
    common = lexicons.load("common_words")
    return QUALITY_OF_ONE.match(org_text.strip()) is not None and not names_organization(org) \
        and len(org) == 4 and org[:2] in common and org[2:] in common


def _parse_descriptor(text: str, known: Iterable[str] = ()) -> list[Affiliation]:
    """All (organisation, role) pairs of a descriptor chain.

    ``known`` are organisation names already found in the document: a known name at the
    start of an organisation part that is not a unit moves the rest into the role
    ("腾讯智慧零售…总监" with 腾讯 known).

    >>> parse_descriptor("泸州老窖 CIO、腾讯云 TVP")
    [Affiliation(organization='泸州老窖', role='CIO', parent=None), Affiliation(organization='腾讯云', role='TVP', parent=None)]
    """
    english = _english_title_then_names(text)
    if english is not None:
        return [english]
    known = sorted(set(known), key=len, reverse=True)
    text = LEADING_SEPARATOR.sub("", text)  # "钱某 / 某公司 / 专家": the card's separator before its first part
    text = _slashed_chains(text) if "/" in text else text
    text = BRAND_ASIDE.sub("", text).replace("&&", "&")  # "…【滴滴】开发工程师": the company's brand, aside
    # "某开源联盟 (TOSA) 主席": the organisation's acronym or Latin name, glossed between its name and the title
    text = _without_glosses(text) if "(" in text or "（" in text else text
    text = BLANK_BEFORE_DE.sub("", text)  # "[暴走漫画](…)的 CTO": a link's blanked address, then 的
    # "来自某公司的 Flutter 技术负责人": the Latin word is the title's domain, the company its organisation
    if "来自" in text:
        text = FROM_ORG_LATIN_TITLE.sub(r"\g<org> ", text)
    elif "的" in text:
        # "Bundesliga的AWS解决方案架构师": a Latin word run into the title after 的 is its field
        text = ORG_DE_LATIN_TITLE.sub(r"\g<org>，", text)
    if "在" in text:
        text = _held_at_each(text, known)
    out: list[Affiliation] = []
    lone_title: Affiliation | None = None  # a first part that is a title alone
    previous: tuple[str | None, str | None] = (None, None)
    pending: str | None = None
    pieces = CHAIN_SEPARATORS.split(text)
    # re.split with two groups: part, list separator, pipe separator, part, ...
    # … and whether a comma (or another list separator) comes right before the piece
    parts = [(piece, before_pipe and piece is split[-1], after_comma and piece is split[0])
             for part, before_pipe, after_comma in ((pieces[i], i + 2 < len(pieces) and pieces[i + 2] is not None,
                                                     i > 0 and pieces[i - 2] is not None and "," in pieces[i - 2].replace("，", ","))
                                                    for i in range(0, len(pieces), 3))
             for split in [_split_at_spaces(part)] for piece in split]
    for part, before_pipe, after_comma in parts:
        part = part.strip()
        if not part:
            continue
        split = split_title(part) or degree_at_school(part)
        if split is None and CAREER_LEAD.match(part) and (_names_organization(clean_organization(part), known)
                                                          or _works_at_bare_name(part)):
            # "刘洋，来自美团基础研发平台，…", "何某，目前就职于白鹭网，…": an affiliation without a title
            unit, unit_parent = split_unit(clean_organization(part), known)
            out.append(Affiliation(unit, None, unit_parent))
            previous = (unit, unit_parent)
            continue
        if split is None:
            if out and out[-1].organization is None and out[-1] is lone_title and (
                    _names_unit(part, known) or LATIN_ORG_PART.fullmatch(part.strip())):
                # "高级研发工程师，某公司基础架构部", "软件工程师，StreamNative": a title, then the
                # organisation it is held at
                unit, unit_parent = split_unit(clean_organization(part), known)
                out[-1] = Affiliation(unit, out[-1].role, unit_parent)
                previous = (unit, unit_parent)
                continue
            # "京东云 | 高级总监", "vivo 互联网，架构师": a part with no title, before a pipe or naming an
            # organisation, names the next title's organisation
            named = clean_organization(part)
            pending = named if len(part) <= 30 and (before_pipe or not out and (
                _names_organization(named, known) or re.fullmatch(r"[A-Za-z][A-Za-z0-9.&-]*(?:[ \t][^\s，,]+){0,2}", named)
                or all(_reads_as_brand(word) or BRAND_WORD.fullmatch(word) for word in named.split()[:2])
                and len(named.split()) <= 2)) else None
            continue
        org_text, role = split
        known_lead = _known_name_before_title(part.lstrip(), org_text.strip(), known)
        if known_lead is not None:
            org_text, role = known_lead
        if re.search(r"\d[ \t]*$", org_text) and role[:1] in "年岁个位名多余":
            continue  # "有 20 年开源经验的工程师", "2022 年度董事": a quantity, no organisation or title
        role = role.lstrip(" \t-—–·")  # "建设运行中心-高级应用运维工程师": the dash parts them
        language = LANGUAGE_BEFORE.search(org_text) if role.startswith("语言") or org_text.endswith("语言") else None
        if language:
            # "Go 语言后端开发工程师": a programming language is the title's field, no organisation
            spacer = " " if role.startswith("语言") else ""
            org_text, role = org_text[:language.start()], f"{language.group('language')}{spacer}{role}"
        spaced = part.rstrip().endswith((" " + role, "\t" + role))
        inner = split_title(org_text.rstrip()) if spaced and re.search(r"[\u4e00-\u9fff]$", org_text.rstrip()) else None
        if inner is not None and inner[1] and not all_modifiers(inner[1]):
            # "某科技联合创始人 CTO": two titles side by side, one organisation's
            org_text, role = inner[0], f"{inner[1]}&{role}"
        dashed = re.search(r"[ \t]*[-—–][ \t]*(?P<words>[\u4e00-\u9fff]+)$", org_text)
        if dashed and len(dashed.group("words")) <= 6 \
                and lexicons.ends_with(org_text[:dashed.start()], "org_suffixes", "unit_suffixes") \
                and not lexicons.ends_with(dashed.group("words"), "org_suffixes", "unit_suffixes"):
            # "某中心-高级应用|运维工程师": the words after the dash are the title's
            org_text, role = org_text[:dashed.start()], dashed.group("words") + role
        duty = org_text.find("负责")
        if duty >= 2:
            org_text = org_text[:duty]  # "北辰游戏负责容器平台的工程师": what one does is no organisation
        owner, project_name = None, None
        if pending and org_text and (LATIN_ORG_PART.fullmatch(org_text) and part.lstrip().startswith(org_text + role)
                                     or after_comma and org_text.strip() in domain_words() and not all_modifiers(org_text.strip())
                                     and org_text.strip() not in lexicons.load("function_words")) \
                and org_text.strip() not in known_names():
            # "哔哩哔哩，TypeScript工程师", "某公司，浏览器内核研发工程师": after the organisation, a
            # Latin word run into the title is its field; a Chinese one after a comma (not "格力 电器董事长")
            org_text, role = "", org_text.strip() + role
        whole_part = None
        if pending and (not org_text.strip() or is_bare_unit(org_text.strip())):
            # "美团 | 数据库团队负责人": the unit is 美团's
            owner = pending if org_text.strip() else None
            whole_part = None if org_text.strip() else pending
            org_text = pending + org_text.strip()
        pending = None
        org = known_lead[0] if known_lead else clean_organization(org_text) or None  # a known name as found, its city kept
        if org and not known_lead:
            org, role = _holder_before_de(org_text, org, role, known)
        if org and _quality_of_one(org_text, org):
            org = None  # "一位经验丰富的开源倡导者": a quality of the one counted, no organisation
        elif org and ONE_KIND.match(org_text.strip()) and org in org_text and not re.search(r"[A-Za-z]", org):
            org = None  # "一家跨国金融科技公司的 SRE 负责人": a company described, none named
        project = org is not None and (org.endswith("项目") or role.startswith(("项目", "开源项目"))
                                       and bool(LATIN_NAME_ONLY.fullmatch(org)))
        if org is not None and project and not org.endswith("项目"):
            lead = "开源项目" if role.startswith("开源项目") else "项目"
            org, role = f"{org} {lead}", role[len(lead):]  # "StoneKV 项目核心开发者", "X 开源项目创始人"
        if org is not None and _project_title(org, role):
            # "Apache X PMC 成员", "Maintainer of X": a project's title, as written; a project is no
            # organisation
            role, org, project, project_name = _as_written(part, org, role), None, True, org
        if org in FORMER:
            org = None  # "ex-DBA", "former CTO": a post held before, at no organisation named
        elif org in lexicons.load("not_organizations"):
            role, org = org + role, None  # "评委会副主任", "播客主理人": the words are the title's
        elif org in lexicons.load("free_org_suffixes") or org in lexicons.load("unit_suffixes") or org in SAME_COMPANY \
                or org in lexicons.load("titles"):
            org = None  # a bare "学会", "团队" names no organisation; "CMO兼公司副总裁": the same company; "专家|架构师"
        elif org and (all_modifiers(org) or FIELD.search(org)):
            # "中间件 SRE 技术专家", "云原生领域专家", "X 项目 Maintainer": no organisation; the title as written
            # (but "某科技|微服务领域专家": an organisation before the field's words holds it)
            field = FIELD.search(org)
            holder_end = _organisation_before_domain(org[:field.start()]) if field and field.group() != "项目" else None
            if holder_end:
                org, role = org[:holder_end].strip(), org[holder_end:].strip() + role
            else:
                role, org = part[part.find(org):].strip() if org in part else org + role, None
        parent = None
        if org and whole_part:
            # "王某，阿里 Teambition，前端负责人": a part of its own names the organisation whole; two
            # names in it are a company and its subsidiary or brand
            words = org.split()
            if len(words) == 2 and (BRAND_WORD.fullmatch(words[1]) or _reads_as_brand(words[1])) \
                    and not lexicons.ends_with(words[1], "org_suffixes", "unit_suffixes"):
                org, owner = words[1], words[0]
        elif org:
            org, role = _move_tail_to_role(org, role, known)
            role = role.lstrip(" \t-—–·")
        if org in GENERIC_PLACES or org is not None and (len(org) < 2 or _places_only(org)):
            org = None  # "负责内部|容器平台的工程师", "上海的组织者": a side or a city names no organisation
        # (not "OpenStack 基金会|中国社区经理": an organisation named whole keeps the title)
        taken_in = "社区" in role and not (org and lexicons.ends_with(org, "org_suffixes", "unit_suffixes"))
        at = part.find(org or role) if taken_in else -1
        # the name as written, its space kept: "SOFAJRaft 开源社区"
        community = COMMUNITY_IN_TITLE.fullmatch(part[at:].rstrip() if at >= 0 and part.rstrip().endswith(role)
                                                 else (org or "") + role) if taken_in else None
        if community and not GENERIC_COMMUNITY.fullmatch(community.group("org")) \
                and split_title(community.group("role")) is not None and community.group("role") not in COMMUNITY_TITLES:
            # "云原生社区创始人": a community's name, which the title's modifiers took in
            org, role = community.group("org"), community.group("role")
        if org:
            org, parent = split_unit(org, known)
            parent = parent or owner
        elif out and not project:
            # "蚂蚁金服副总裁、副CTO": a title without an organisation shares the previous one's; a
            # title in a project does not
            org, parent = previous
        previous = (org, parent)
        for index, single in enumerate(split_roles(role)):
            if index and parent and REGION_LEAD.match(single):
                # "某公司某中心总经理兼华东区总经理": the region's post is the company's, not the unit's
                out.append(Affiliation(parent, single, None))
                continue
            if project_name and project_name not in single:
                single = f"{project_name} {single}"  # "Apache X 创始人 & PMC 成员": both the project's titles
            if org and org.endswith(BOARDS) and not BOARD_ROLE.search(single):
                # "某集团董事局主席兼首席执行官": the board's chair, the company's chief executive
                company = next(org.removesuffix(board) for board in BOARDS if org.endswith(board)).strip()
                out.append(Affiliation(parent or company, single, None))
            else:
                out.append(Affiliation(org, single, parent))
        lone_title = out[-1] if org is None and not org_text.strip() and len(out) == 1 else None
    return out


REGION_LEAD = re.compile(r"(?:大中华|亚太|中国|华[东南北中]|西[南北]|东北|北美|欧洲|东南亚)区")
# "某大学自动化系博士", "某学院统计学博士", "某大学硕士": a degree taken at a school or one of its units
DEGREE_AT_SCHOOL = re.compile(r"(?P<school>[\u4e00-\u9fff]{2,30}?(?:大学|学院|学校|分校|系|研究院|研究所))[ \t]*"
                              r"(?P<degree>(?:[\u4e00-\u9fff]{1,3}学)?(?:博士|硕士|学士))")


def degree_at_school(part: str) -> tuple[str, str] | None:
    """(school, degree) of a part that names a degree after the school it was taken at; a
    degree is no title elsewhere ("某某博士" addresses a person)."""
    degree = DEGREE_AT_SCHOOL.fullmatch(part.strip())
    return (degree.group("school"), degree.group("degree")) if degree else None


def _known_name_before_title(part: str, org_text: str, known: Iterable[str]) -> tuple[str, str] | None:
    """(known name, title) where a known name longer than the organisation a title was split from
    leads the part and a title alone follows it: "白鹭数据后台研发工程师" with 白鹭数据 known, not
    (白鹭, 数据后台研发工程师)."""
    if not org_text:
        return None
    longer = next((k for k in known if len(k) > len(org_text) and part.startswith(k) and k.startswith(org_text)), None)
    rest = split_title(part[len(longer):]) if longer else None
    return (longer, rest[1]) if longer and rest is not None and not rest[0].strip() else None


def _as_written(part: str, org: str, role: str) -> str:
    """The words of ``part`` from the first to the last of ``org`` and ``role``."""
    at_org, at_role = part.find(org), part.find(role)
    if at_org < 0 or at_role < 0:
        return f"{org} {role}"
    return part[min(at_org, at_role):max(at_org + len(org), at_role + len(role))]


PROJECT_ROLE_WORD = re.compile(r"[a-z]+|[\u4e00-\u9fff]{3}")


def _project_title(org: str, role: str) -> bool:
    """A Latin name that no dictionary or suffix makes an organisation's, before a title held in
    a project (committer, PMC, 维护者): "Apache X PMC 成员" is the project's title."""
    return LATIN_NAME_ONLY.fullmatch(org) is not None \
        and any(word in lexicons.load("project_roles") for word in PROJECT_ROLE_WORD.findall(role.lower())) \
        and not lexicons.ends_with(org, "org_suffixes", "unit_suffixes") \
        and org not in known_names() and org.split()[0] not in known_names()


def reads_as_organization(name: str, known: Iterable[str] = ()) -> bool:
    """A name that reads as an organisation's on its own: known, with a suffix, a Latin name, a
    company's, or a short brand ("七牛云")."""
    return _names_organization(name, known) or name in lexicons.load("companies") or _reads_as_brand(name)


def names_organization(name: str, known: Iterable[str] = ()) -> bool:
    """A name that reads as an organisation's by its form or a dictionary, with no guess that a
    short name is a brand's: in brackets after a name, "(执某)" is as often a nickname."""
    return _names_organization(name, known) or name in lexicons.load("companies")


def _reads_as_brand(name: str) -> bool:
    """A short Han name that is no word, place or phrase: "七牛云" in "宫某，七牛云，技术专家", not
    "技术体系建设", three domain words (a brand may be two: "石墨文档")."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) is not None \
        and (name in lexicons.load("companies") or name not in domain_words()
             and list(_domain_word_starts(name, len(name)))[2:3] != [0]) \
        and not _places_only(name) and not lexicons.has_word(name, "verbs") \
        and not any(c in name for c in "的了着过是在和与及等")


def _names_unit(part: str, known: Iterable[str]) -> bool:
    """A part that names a unit or an organisation by its suffix: "IIG 基础架构部-计算云"."""
    name = clean_organization(part)
    units = lexicons.load("unit_suffixes") | lexicons.load("org_suffixes")
    head = ORG_SEPARATOR.split(name)[0]
    return 2 <= len(name) <= 30 and (name in known or any(head.endswith(u) for u in units))
