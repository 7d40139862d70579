"""Organisations named outside descriptors: by suffix, in lists, and by frames.

- a name ending in an organisation suffix: "墨尔本大学", "北京银行", "58 技术委员会",
  "RocksDB 团队", "Chaos Mesh 社区" (suffixes in org_suffixes.txt, units in unit_suffixes.txt);
- the items of a list closed by a class noun: "来自 API7.ai、阿里云、腾讯云等公司",
  "如天弘基金、南京银行等金融机构";
- a Latin name in an affiliation frame: "来自 PingCAP 的", "加入 CNCF", "StackBlitz 公司".

The left edge of a Han name is found by cutting at the last function word before it
(的, 在, 由, 与, 来自 ...), never by a fixed length.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator, Sequence

from ..model import ORGANIZATION, UNIT_OF, Document, Mention, Relation
from . import lexicons
from .descriptors import COMMUNITY_TITLES, EDITION_BEFORE, ENGLISH_LEAD_WORDS, INSTITUTION_ENDS, PARTICLE_HEADS, all_modifiers, \
    crosses_word, domain_word_at, domain_words, domain_words_start, hide_frame_nouns, known_names, left_cut, list_head, \
    names_organization, split_title
from .names import extend_left, skip_spaces_back
from .person_cards import named_roll

HAN = "\u4e00-\u9fff"
LATIN_NAME = r"[A-Za-z][A-Za-z0-9.&+'-]*(?:[ \t][A-Z0-9][A-Za-z0-9.&+'-]*){0,3}"
# "由微软、谷歌、IBM 等领先科技公司成立", "包括 A、B 等在内的企业": names listed before 等 and a kind
# of organisation; found from 等 back, since a list-led pattern is tried at every position
# … or counted communities: "A、B、C 等 15 个社区及生态伙伴" (not "X、Y 等开源社区", projects' communities)
ENUMERATION_END = re.compile(rf"等(?:[近约超逾]?[ \t]*[\d一二三四五六七八九十百多几]+[ \t]*[多余]?[ \t]*家)?[{HAN}]{{0,6}}?"
                             rf"(?:公司|企业|机构|高校|大学|院校|学校|研究所|院所|实验室|厂商|银行|基金会|大厂|巨头|券商|运营商|合作伙伴"
                             rf"|生态伙伴|单位)(?![级内化家])"  # "等企业家": people, not companies
                             rf"|等[ \t]*[\d一二三四五六七八九十百多几]+[ \t]*[家个][ \t]*(?:社区|组织|团体)")
# "以 A、B、C 为代表的上市公司": the names a kind of organisation is represented by
REPRESENTED_END = re.compile(rf"为代表的[ \t]*[{HAN}A-Za-z0-9]{{0,8}}?(?:公司|企业|机构|高校|大学|厂商|银行|基金会|大厂|巨头)")
COUNTED_KIND = re.compile(r"子公司|分公司|公司|企业|银行|高校")
COUNT_BEFORE = re.compile(r"(?<![\d一二三四五六七八九十两几多])[\d一二三四五六七八九十两]+[ \t]*[个家所]$")
ENUMERATION_STOP = re.compile(r".*[。；;：:！？!?\n（(「“”」）)，]", re.S)
ENUMERATION_REACH = 200
LEAD_CHARS = "有是像如"
# "来自探探科技、阿里云、去哪儿网的用户": where the people of a list come from
FROM_ITEM = rf"[A-Za-z0-9{HAN}](?:(?!等|的)[A-Za-z0-9{HAN} .&·+-]){{0,20}}"
FROM_LIST = re.compile(rf"来自[ \t]*(?P<items>{FROM_ITEM}(?:[ \t]*(?:[、,]|和|与|以及|及)[ \t]*{FROM_ITEM}){{1,30}}?)[ \t]*"
                       rf"(?:等[^，。、的\n]{{0,12}})?的[ \t]*"
                       rf"(?:\d+[ \t]*[位名])?(?:用户|同学|工程师|开发者|朋友|嘉宾|讲师|专家|伙伴|小伙伴|技术专家|代表|团队|"
                       rf"研究者|研究人员|研究团队|学者|科学家|作者|老师|教授|学生|成员)")
HAN_BRAND_JOINED = re.compile(rf"(?P<brand>[{HAN}]{{2,4}})")
HAN_BRAND_BEFORE = re.compile(rf"(?:^|(?<=[，。、；：:\s（(]))(?P<brand>[{HAN}]{{2,4}})[ \t]$", re.M)
FIELDS_AFTER = re.compile(r"[ \t]*等[ \t]*(?:领域|行业|方向|地区|国家|城市|专业|学科)")
THING_AFTER = re.compile(r"[ \t]*的[ \t]*(?P<noun>[\u4e00-\u9fff]{2})")
PEOPLE_NOUN = re.compile(r"用户|同学|工程师|开发|朋友|嘉宾|讲师|专家|伙伴|团队|研究|学者|科学|作者|老师|教授|学生|成员|代表|技术|架构|员工|同事|负责")
FROM_SEPARATOR = re.compile(r"[ \t]*(?:[、,]|和|与|以及|及)[ \t]*")
LATIN_FRAME = re.compile(rf"(?:来自|加入|就职于|任职于|供职于|入职|离开|效力于|创办了|创立了|工作在)[ \t]*(?P<name>{LATIN_NAME})"
                         rf"(?=[ \t]*(?:的|，|。|、|,|$|公司|团队|工作|担任|任职|实习|后|时))", re.M)
WORKED_AT = re.compile(r"在[ \t]*(?P<name>[\u4e00-\u9fff]{2,6}?)[ \t]*(?:工作|任职|实习|就职)")
DETERMINERS = "这那该此本每某各其"
# "StackBlitz 公司": found from the literal word back, since a class-led pattern is slow
COMPANY_WORD = re.compile(r"公司|集团")
# "创业公司 ScaledInference", "初创公司 Buoyant": a company named after its kind
COMPANY_THEN_NAME = re.compile(rf"(?:公司|机构)[ \t]*(?P<name>{LATIN_NAME})(?![A-Za-z0-9])")
DATE_INSIDE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号]")
CHINA_BRANCH = re.compile(r"中国(?=[，。、；：）)\s的时]|$)", re.M)
LATIN_BEFORE = re.compile(rf"(?<![A-Za-z0-9.&+'-])(?P<name>{LATIN_NAME})$")


AT_REQUEST_OF = re.compile(r"^应[ \t]*(?=[A-Za-z])")
PART_WORDS = ("内部", "外部", "全部", "局部", "大部")
INDUSTRY = re.compile(r"^[\u4e00-\u9fff]{1,4}[业界](?:集团|公司)$")
DETERMINED = re.compile(r"[全本该各此](?=(?:集团|公司|社区|团队|学院|大学|银行)$)")
MODAL_VERBS = {"会", "能", "要"}
LEARNING_BEFORE = frozenset("能会要得才就都也没还可该先已")  # "才能学会…", "要学会…": to learn, no society
WORD_GOES_ON = set("生卡家城路账业界们长友链")
# the unit ends the word: punctuation, Latin, or a function word follows ("…分校的…")
UNIT_AFTER = re.compile(rf"(?P<body>[{HAN}]{{1,10}}?)(?:系|学院|学部|实验室|研究院|研究所|研究中心|事业部|事业群|分校|分院)"
                        rf"(?P<ends>(?=[^{HAN}]|[的是在和与及为也都将已]|$))?")
# "计算机科学与技术学院", "控制科学与工程学院": a school named by two disciplines, 与 between them
DISCIPLINE_PAIR = re.compile(rf"[{HAN}]{{2,6}}(?:科学|工程|技术)与[{HAN}]{{2,6}}(?:系|学院|学部|研究院|研究所)")
UNIT_CHAIN = re.compile(rf"(?P<body>[{HAN}]{{2,8}}?)(?:事业部|事业群|实验室|团队|小组|中心|部|组)")
# "OPPO 大数据中心": a unit of a Latin-named organisation, named by domain words
LATIN_UNIT = re.compile(r"事业部|事业群|团队|实验室")
ENGLISH_LEAD = re.compile(rf"(?:(?:{ENGLISH_LEAD_WORDS})[ \t]+)*")
LATIN_SUFFIX = re.compile(r"开源社区|社区|团队|基金会|组委会|委员会|实验室|用户组|Team|team|Community|Foundation")
# the last word of a Latin organisation's name ("Nimbus Labs", "Serverless Operations, Inc.", "Stone
# University"), or its first before "of" ("University of Nimbus", "Department of Statistics")
# (literal-led; the word's start is checked after: a pattern led by \b is tried at every position)
LATIN_ENDING = re.compile(r"(?:University|Institute|Labs?|Inc\.?|Ltd\.?|LLC|Corp\.|Corporation|Company|Technologies"
                          r"|Academy|College|Association|Society|Ventures|Capital|Partners|GmbH|Limited)(?![A-Za-z0-9-])")
LATIN_OF = re.compile(r"(?:University|Institute|Department|School|College|Academy|Faculty|Laboratory)[ \t]+of"
                      r"(?:[ \t]+(?:(?:of|and|the|for)[ \t]+)?[A-Z][A-Za-z&'-]*){1,5}")
CORPORATE_COMMA = re.compile(r",[ \t]*$")  # "Serverless Operations, Inc.": the comma before the company's form
BUILDING_AFTER = re.compile(r"(?:(?![位于在的是和与及将从到为对向旁])[\u4e00-\u9fff]){0,4}(?:大厦|大楼|写字楼|广场|园区)|(?<=科技)园|(?:产业|工业|软件|创业|创新|科技)园")
# a year before a name is no part of it: "2024 SOFARPC 社区"
LATIN_HEAD = re.compile(r"(?<![A-Za-z0-9.&+'!-])(?!(?:19|20)\d\d[ \t])[A-Z0-9][A-Za-z0-9.&+'!-]*"
                        r"(?:[ \t](?!(?:19|20)\d\d[ \t])[A-Z0-9][A-Za-z0-9.&+'!-]*){0,3}[ \t]?$")  # "Yahoo!Japan"
# a country or a region names no local community ("中国 Go 社区" is the Go community, in China)
REGIONS = frozenset({"中国", "全球", "海外", "国际", "亚太", "北美", "欧洲", "美国", "日本", "德国", "英国", "法国",
                     "印度", "韩国", "华东", "华南", "华北", "华中", "西南", "西北", "东北"})
COMMUNITY_QUALIFIERS = frozenset({"中文", "华人", "华语", "中国区"})
# a project written in lower case before its community: "deepin 社区", "fCC 成都社区"
LOWER_HEAD = re.compile(r"(?<![A-Za-z0-9.&+'-])[a-z][A-Za-z0-9.&+'-]{2,24}$")
# "掘力计划由稀土掘金技术社区发起": the organiser of something
ORGANISED_BY_LIST = re.compile(rf"由[ \t]*(?P<items>[A-Za-z0-9{HAN}][^，。；！？\n由]{{1,40}}(?:[ \t]*(?:、|和|与|及|以及)[ \t]*"
                               rf"[A-Za-z0-9{HAN}][^，。；！？\n由、]{{1,40}}?)+)[ \t]*(?:共同|联合|一起)?[ \t]*"
                               rf"(?:发起|主办|承办|举办|协办|组织|出品)")
# "赞助商：A、B 以及 C", "感谢所有赞助商使本次活动得以实现：[A](…)、[B](…)", "主辦單位：A": the
# organisations a label of sponsors, partners or organisers lists (an article in traditional
# characters is read through its simplified view: "主辦單位" reads "主办单位")
SPONSOR_LIST = re.compile(r"(?:赞助商|赞助方|赞助单位|赞助伙伴|合作伙伴|合作方|合作单位|合作社区|主办方|主办单位|承办方|承办单位|协办方"
                          r"|协办单位|支持单位|支持方|支持社区|联合主办|媒体伙伴|媒体支持|社区伙伴|鸣谢|Sponsors?|Partners?)"
                          r"[^：:\n。；]{0,16}[：:][ \t]*(?P<items>[^\n。；！？]{2,300})")
VENUE_BY = re.compile(r"提供(?:了)?(?:活动)?(?:场地|会场)|(?:的)?场地支持")
THANKS_LEAD = re.compile(r"[ \t>*-]*(?:特别|非常)?(?:感谢|鸣谢|由)?[ \t]*")
SPONSOR_SEPARATOR = re.compile(r"[ \t]*(?:[、，,/|｜]|以及|和|与|及)[ \t]*")
LATIN_SPONSOR = re.compile(r"(?=[^ \t]*[A-Z.])[A-Za-z0-9][A-Za-z0-9.&+'-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9.&+'-]*){0,3}")
LIST_SEPARATOR = re.compile(r"[ \t]*(?:、|以及|和|与|及)[ \t]*")
INITIATED_BY = re.compile(rf"由[ \t]*(?P<org>[A-Za-z0-9{HAN}][A-Za-z0-9{HAN} .&·-]{{1,20}}?)[ \t]*"
                          rf"(?:[ \t]*(?:官方|共同|联合))*(?:发起|主办|承办|举办|组织|出品|赞助|孵化|开源|维护)")


# free suffixes that also end the name of a field ("金融科技"): the words before must make a name
FIELD_SUFFIXES = frozenset({"科技"})
MEDIA_AFTER = re.compile("评论|日报|周刊|杂志|时报|新闻|早报|晚报")
COUNTED = re.compile(r"[\d一二三四五六七八九十百千万两几多][ \t]*[位个家名所]$")  # "300位|科技", no name


@functools.lru_cache(maxsize=1)
def _words_and_fields() -> tuple[frozenset[str], frozenset[str]]:
    return (lexicons.load("common_words") | lexicons.load("not_organizations"),
            domain_words() | lexicons.load("verbs"))


SCHOOL_SUFFIXES = frozenset({"大学", "学院"})
# words that make a kind of school, not a school's name: "世界一流大学", "研究型大学", "现代大学"
SCHOOL_KINDS = re.compile(r"(?:世界|现代|一流|国际化|研究型|综合性|综合|重点|知名|著名|顶尖|名牌|海外|国内|国外|各大|本地|当地"
                          r"|[上中里内外]|[到为有在是])$")


def _no_school_name(head: str) -> bool:
    """The words before 大学/学院 name no school: none, a number, a kind of school, a localiser or
    a verb's end ("计算机历史上", "时间为", "回到")."""
    return not head or re.fullmatch(r"[\d一二三四五六七八九十两几多]+", head) is not None \
        or SCHOOL_KINDS.search(head) is not None


def _field_or_word(head: str, suffix: str) -> bool:
    """The words before a field's suffix end in a word, a field, a verb or a count: "黑科技",
    "领先安全科技", "300位科技"; or a modal verb leads them ("要用科技"), or they join words
    ("实现技术与科技")."""
    words, fields = _words_and_fields()
    return len(head) < 2 or head[0] in MODAL_VERBS or COUNTED.search(head) is not None \
        or any(c in head for c in "与和及的") or any(head[-k:] + suffix in words for k in (1, 2)) \
        or any(head[-k:] in fields for k in (2, 3, 4))


@functools.lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern[str]:
    """The free suffixes as one literal alternation, so that the search runs at regex speed."""
    suffixes = sorted(lexicons.load("free_org_suffixes"), key=len, reverse=True)
    return re.compile("|".join(re.escape(s) for s in suffixes))


@functools.lru_cache(maxsize=1)
def _institutions() -> re.Pattern[str]:
    names = lexicons.load("institutions") | lexicons.load("known_organizations")
    return re.compile(lexicons.alternation(names))


@functools.lru_cache(maxsize=1)
def _companies() -> tuple[re.Pattern[str], frozenset[str]]:
    """The companies a dictionary names (lexicons/companies.txt): the Chinese names as one literal
    alternation, longest first; the Latin ones as a set to look each capitalised word up in."""
    names = lexicons.load("companies") - lexicons.load("places")
    han = (n for n in names if not n.isascii())
    return re.compile(lexicons.alternation(han)), frozenset(n for n in names if n.isascii())


@functools.lru_cache(maxsize=1)
def _latin_company_phrases() -> dict[str, tuple[str, ...]]:
    """The Latin companies of more than one word ("Hugging Face", "Red Hat"), by first word,
    longest first."""
    phrases: dict[str, list[str]] = {}
    for name in _companies()[1]:
        if " " in name:
            phrases.setdefault(name.split()[0], []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in phrases.items()}


CAPITALISED_WORD = re.compile(r"(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z0-9&.-]*")  # "eBay" too


@functools.lru_cache(maxsize=1)
def _collisions() -> frozenset[str]:
    """Longer words a company's Chinese name begins or ends: dictionary words ("卡夫卡") and the
    company's own products ("腾讯会议")."""
    return lexicons.load("company_collisions") | lexicons.load("company_products")


PRODUCT_TEAM = ("团队", "部门", "事业部", "项目组", "小组", "工程师", "产品经理")


def _team_after(text: str, end: int) -> bool:
    """A team or a post of the product's company after it: "Google Chrome 团队", "… 工程师"."""
    return text[end:end + 6].lstrip(" \t").startswith(PRODUCT_TEAM)


@functools.lru_cache(maxsize=1)
def _latin_products() -> dict[str, tuple[str, ...]]:
    """The Latin products named after a company (lexicons/company_products.txt), by company."""
    products: dict[str, list[str]] = {}
    for product in lexicons.load("company_products"):
        if product.isascii():
            products.setdefault(product.split()[0], []).append(product)
    return {company: tuple(names) for company, names in products.items()}


COMPANY_KINDS = ("公司", "集团")
CLOUD = "云"


def _named_companies(text: str) -> Iterable[tuple[str, int]]:
    """Where the text names a known company by itself: "谷歌开源了…", "来自 Google 的…". A Chinese
    name inside a longer word is that word's ("卡夫卡", "中视频"); a Latin one is a word of its own."""
    han, latin = _companies()
    for word in CAPITALISED_WORD.finditer(text):
        name = word.group().rstrip(".&-")
        if word.start() and text[word.start() - 1].isascii() and text[word.start() - 1].isalnum():
            continue  # inside a longer Latin word
        phrase = next((p for p in _latin_company_phrases().get(name, ()) if text.startswith(p, word.start())
                       and not text[word.start() + len(p):word.start() + len(p) + 1].isalnum()), None)
        if phrase:
            yield phrase, word.start()  # "Hugging Face", "Red Hat": a name of words
            continue
        if name in latin and not any(text.startswith(product, word.start()) and not _team_after(text, word.start() + len(product))
                            for product in _latin_products().get(name, ())):
            yield name, word.start()  # not "Google Play", "Google Summer of Code"; but "Google Chrome 团队"
    collisions = _collisions()
    for match in han.finditer(text):
        start, end = match.span()
        # "在华为公司": the company's own word after the name vouches for it where a word of the
        # sentence runs into it ("在华")
        kind = next((k for k in COMPANY_KINDS if text.startswith(k, end)), "")
        if not kind and text.startswith(CLOUD, end) and not domain_word_at(text, end):
            kind = CLOUD  # "京东云", "腾讯云": the company's cloud, named after it; not "某公司云原生团队"
        if any(text[start:j] in collisions and text[start:j] != match.group() + kind or text[i:end] in collisions
               for i in range(max(0, start - 4), start) for j in range(end + 1, end + 5)) \
                or not kind and crosses_word(text, start, end):
            continue
        yield match.group() + kind, start


def _made_of_words(name: str) -> bool:
    """True for a Chinese phrase that common words of two or more characters spell out whole,
    two words or more: "业务系统主动" (业务|系统|主动) reads as words of a sentence, not a name."""
    common = lexicons.load("common_words")
    if not re.fullmatch(f"[{HAN}]{{4,}}", name):
        return False
    # ends[i]: the fewest words that spell name[:i]
    ends = {0: 0}
    for i in range(len(name)):
        if i in ends:
            for j in range(i + 2, min(len(name), i + 4) + 1):
                if name[i:j] in common and ends.get(j, 99) > ends[i] + 1:
                    ends[j] = ends[i] + 1
    return ends.get(len(name), 0) >= 2


def _brand_start(text: str, head_start: int) -> int:
    """Where a Latin-named team's name starts: at a short Chinese name right before it that reads
    as its company's ("青禾 DBA 团队"), not at a word of the sentence ("使用", "我们"); with no space
    between, a company the dictionaries know ("淘宝UED团队", "华为昇思MindSpore团队")."""
    brand = HAN_BRAND_BEFORE.search(text, max(0, head_start - 8), head_start)
    if brand is None:
        # the longest run of two to four Han characters before the name that a known company opens
        brand = next((m for n in (4, 3, 2) if (m := HAN_BRAND_JOINED.fullmatch(text, head_start - n, head_start))
                      and any(m.group("brand")[:k] in known_names() for k in range(2, n + 1))), None)
    name = brand.group("brand") if brand else ""
    if name and name not in lexicons.load("common_words") and name[-1] not in NOT_NAME_END \
            and not lexicons.has_word(name, "function_words") \
            and not lexicons.has_word(name, "verbs") and name not in lexicons.load("places") and left_cut(name) == name:
        return brand.start("brand")  # type: ignore[union-attr]
    return head_start


def _thing_after(text: str, end: int) -> bool:
    """True when "的" and a common noun for no people follow ``end``: "…的流量", "…的优秀开源项目"."""
    after = THING_AFTER.match(text, end)
    if after is None or after.group("noun") not in lexicons.load("common_words") or PEOPLE_NOUN.match(after.group("noun")):
        return False
    # "来自 X 的质量保证工程师": a title a few words on is someone's
    return not _title_after(text, after.start("noun"))


def _title_after(text: str, at: int) -> bool:
    """True when the Chinese words from ``at`` start with a title: "开发工程师", "质量保证工程师"."""
    run = re.match(rf"[ \t]*[{HAN}]{{2,10}}", text[at:at + 12])
    words = run.group().lstrip(" \t") if run else ""
    return any(split_title(words[:k]) is not None for k in range(2, len(words) + 1))


KIND_WORDS = frozenset({"厂", "企业", "机构", "单位"})  # kinds of organisation no suffix list holds
GENERIC_HEAD = re.compile(r"^(?:大型|中型|小型|大中型|跨国|众多|诸多|这|那|该|本|某|其|各|每|子|一|两|几|多|更多|新一代|整个|我们|他们|你们|大|小|新|老|顶级|知名|国内|国外|海外|"
                          r"头部|全球|开源|技术|研发|核心|相关|各大|多家|不同|其他|优秀|上述|许多|数家|很多|一些|部分|传统|"
                          r"互联网|科技|创业|初创|商业化|纯|AI|外部|内部|首个|首家|首批|第一个|第一家|唯一|当初|当时|如今|目前|后来)+")


# a degree or a rank, read where an organisation is looked for: "毕业于某大学学士、硕士", "主管级高级经理"
DEGREE_OR_RANK = re.compile(r"(?:在?读)?(?:学士|硕士|博士|本科|研究生|博士后|硕士研究生|博士研究生)(?:学位|生)?|[\u4e00-\u9fffA-Za-z0-9]{1,4}级")
DETERMINED_NOUN = re.compile(r"[本该此这那][\u4e00-\u9fff]{1,3}")  # "本题目", "该项目": this or that thing


def _reads_as_organiser(name: str) -> bool:
    """An organiser's name after "由": one with a suffix, or a name made of no common words."""
    return lexicons.ends_with(name, "org_suffixes", "unit_suffixes") or _reads_as_name(name) and not _made_of_words(name)


def _list_items(items: str) -> Iterator[str]:
    """The items of a list, parted where the hidden text parts names - not at a 和 inside one
    ("经济和信息化局", "云和恩墨")."""
    at = 0
    for separator in LIST_SEPARATOR.finditer(hide_frame_nouns(items)):
        yield items[at:separator.start()]
        at = separator.end()
    yield items[at:]


def _sponsors(items: str) -> list[tuple[str, int]]:
    """(name, offset) of every item of a sponsors' list, when every item reads as an
    organisation's name (Latin words, a suffix, a dictionary or a brand); else none: the label
    began a sentence ("合作方：双方约定…")."""
    found: list[tuple[str, int]] = []
    at = 0
    for part in SPONSOR_SEPARATOR.split(items.rstrip(" \t等")):
        at = items.find(part, at)
        name = part.strip().removesuffix("等").strip()
        if not name:
            continue
        if not (LATIN_SPONSOR.fullmatch(name) or len(name) <= 20 and name not in lexicons.load("common_words")
                and (names_organization(name) or _reads_as_name(name) and not _made_of_words(name))):
            return []
        found.append((name, at + part.find(name)))
        at += len(part)
    return found


def names_no_one(name: str) -> bool:
    """A kind of organisation, not a name: "某互联网公司", "大型银行", "一家公司"; or a degree, a rank or
    a title alone ("硕士", "主管级", "CTO")."""
    if DEGREE_OR_RANK.fullmatch(name) or split_title(name) == ("", name):
        return True
    if DETERMINED_NOUN.fullmatch(name) and name not in lexicons.load("companies"):
        return True  # "本题目 Mentor", "该项目负责人": this or that thing, no name
    generic = GENERIC_HEAD.match(name)
    rest = name[generic.end():] if generic else name
    # the rest a kind ("公司", "厂", "团队"), not a brand's other characters ("小|红书", "开源|中国")
    return bool(generic) and not re.search(r"[A-Z]", rest) and (
        not rest or rest in KIND_WORDS or rest in lexicons.load("org_suffixes") or rest in lexicons.load("unit_suffixes"))


# a verb of holding a post before a name: "2016年任中国某联盟副秘书长"
HOLDS_POST = re.compile(r"^起?(?:现任|曾任|兼任|担任|出任|任)(?:职于?)?(?=[\u4e00-\u9fffA-Za-z]{4,})")  # "2019年起任…"
# characters that end words and start no name: "或者|基金会", "作者|团队", "学生|会" cut inside a word
NOT_NAME_START = set("者们的了着过")
COHORT_BEFORE = re.compile(r"^\d{2,4}[ \t]*[级届][ \t]*")
GLUED_YEAR = re.compile(r"^(?:19|20)\d\d(?=[\u4e00-\u9fff])")


LEADING_PREPOSITIONS = frozenset("据经以由从向对将把被给前应像")  # … and 前 (former): "前某大学"; 应 (invited by): "应某大学邀请"
LEADING_FUNCTION_WORDS = frozenset({"以及", "并且", "而且", "根据", "通过", "经过", "随后", "接着", "然后", "此外", "同时",
                                    "还有", "包括", "例如", "比如", "回顾", "来到", "前往", "位于", "依托", "联合",
                                    # when: "当初某集团内…", "目前某银行"
                                    "当初", "当时", "如今", "目前", "现在", "后来", "最初", "起初"})


@functools.lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """The organisations the dictionaries name, companies and institutions alike."""
    return lexicons.load("companies") | lexicons.load("known_organizations") | lexicons.load("institutions")


def _without_leading_function_word(name: str) -> str:
    """The name without a function word or preposition it was read with: "以及南加州大学", "据大会组委会",
    "经某省某委员会" (not a known name that starts like one: "联想集团")."""
    for n in (2, 1):
        head, rest = name[:n], name[n:]
        if (head in LEADING_FUNCTION_WORDS if n == 2 else head in LEADING_PREPOSITIONS
                                                           and name[:2] not in lexicons.load("common_words")) \
                and len(rest) >= 3 and re.match(f"[{HAN}]", rest) \
                and not any(name[:m] in _known_names() for m in range(2, len(name) + 1)) \
                and rest not in lexicons.load("org_suffixes") and rest[:2] not in lexicons.load("org_suffixes"):
            return rest
    return name


INSTITUTIONS = tuple(INSTITUTION_ENDS.split("|"))


@functools.lru_cache(maxsize=1)
def _title_before_institution() -> re.Pattern[str]:
    titles = lexicons.alternation(lexicons.load("titles"))
    return re.compile(rf"^.*?(?:{titles})(?=[\u4e00-\u9fff]{{2,10}}(?:{INSTITUTION_ENDS})$)")


def _after_title(name: str) -> str:
    """"某学会理事|某某大学": the institution after a title at another organisation."""
    if not name.endswith(INSTITUTIONS):
        return name  # the pattern needs one at the end; the titles are many
    title = _title_before_institution().match(name)
    return name[title.end():] if title else name


def _clean(name: str) -> str | None:
    name = left_cut(EDITION_BEFORE.sub("", name).strip(" \t·.-@＠")).strip(" \t·.-")
    name = _without_leading_function_word(name)
    name = COHORT_BEFORE.sub("", HOLDS_POST.sub("", name))  # "24级工学院": a student's year, then the school
    name = _after_title(name)  # "某学会理事某某大学": a title at one organisation, then another
    name = GLUED_YEAR.sub("", name)  # "2019浙江大学可视化暑期学校": the edition's year, then the host
    if name[:1] in NOT_NAME_START:
        return None
    name = AT_REQUEST_OF.sub("", name)  # "应 X 用户委员会…的申请": at the request of X
    if len(name) < 2 or name in lexicons.load("not_organizations") or name in lexicons.load("free_org_suffixes"):
        return None
    if name[0] in PARTICLE_HEADS and name[1:] in lexicons.load("org_suffixes") | lexicons.load("free_org_suffixes"):
        return None  # "为集团打造", "为大学提供": a particle and a kind of organisation
    generic = GENERIC_HEAD.match(name)
    rest = name[generic.end():] if generic else name
    if generic and not re.search(r"[A-Z]", rest) and (len(rest) <= 2 or rest in lexicons.load("org_suffixes")):
        return None  # found by a frame, a short rest is a kind too ("大厂", "某行")
    determiner = DETERMINED.search(name)
    if determiner and (determiner.start() == 0 or name[determiner.start() - 1] in " \t"):
        # "OPPO 全集团": the whole group of an organisation named before it
        return _clean(name[:determiner.start()])
    if INDUSTRY.search(name):
        return None  # "畜牧业集团": a kind of organisation, not a name
    if _describes_a_kind(name):
        return None  # "综合型集团", "11个集团", "显著提升集团": what kind, how many, a clause
    if name.endswith(PART_WORDS):
        return None  # "北辰内部": a side of an organisation, no unit of it
    return name


def _describes_a_kind(name: str) -> bool:
    """True when the words before an organisation's suffix say what kind or how many, not
    whose: a type ("综合型集团", "平台型公司"), a count ("11个集团", "三家银行"), or two words or
    more that are none of them nouns ("显著提升集团", "保障提升集团": a clause ran into it)."""
    suffix = next((name[-n:] for n in (6, 5, 4, 3, 2) if name[-n:] in _suffixes()), None)
    if suffix is None:
        return False
    head = name[:-len(suffix)].rstrip(" \t")
    if head.endswith("型") or COUNTED.search(head):
        return True
    function = lexicons.load("function_words")
    return len(head) >= 4 and len(head) % 2 == 0 and all(head[i:i + 2] in function for i in range(0, len(head), 2))


@functools.lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return lexicons.load("org_suffixes") | lexicons.load("free_org_suffixes")


# a local government's department, bureau or association of science ("某省科技厅", "某市科协")
LOCAL_BODY_END = re.compile(r"厅|局|科协")
LOCAL_BODY_REACH = 14  # a place of up to four characters, 省 or 市, and the body's words


@functools.lru_cache(maxsize=1)
def _local_body_head() -> re.Pattern[str]:
    places = lexicons.alternation(lexicons.load("places") | lexicons.load("provinces"))
    return re.compile(rf"(?:{places})[省市][{HAN}]{{0,8}}$")


def _local_government(text: str, end: int, body_end: int) -> int | None:
    """Where the name of a local government's body ending at ``body_end`` starts: at the place
    before 省 or 市 ("湖南省|科技厅"); None when no place leads it, a word ends it ("上海市场格局":
    格局) or a function word sits inside ("省内的邮局")."""
    if text[body_end - 2:body_end] in lexicons.load("common_words") or text[end:end + 2] in lexicons.load("titles"):
        return None  # "格局"; "某厅|厅长": the title's 厅
    reach = max(0, end - LOCAL_BODY_REACH)
    head = _local_body_head().search(text[reach:end])
    if head is None or any(c in head.group() for c in "的在是了为"):
        return None
    return reach + head.start()


def _list_ends(text: str) -> list[int]:
    """Where lists of organisations end: at 等 before a kind ("等科技公司"), or at a count before
    one ("下设 A、B、C 五个子公司"), found from the kind back."""
    ends = [m.start() for m in ENUMERATION_END.finditer(text)]
    ends += [m.start() for m in REPRESENTED_END.finditer(text)] if "为代表" in text else []
    for kind in COUNTED_KIND.finditer(text):
        count = COUNT_BEFORE.search(text, max(0, kind.start() - 6), kind.start())
        if count:
            ends.append(count.start())
    return sorted(ends)


# "10余家公司在海外上市，包括：A，B，C等。": a kind of organisation, then the list that names them,
# closed by 等 and the clause's end (its items parted by commas too)
KIND_THEN_LIST = re.compile(r"(?:公司|企业|机构|高校|厂商|客户(?!端)|银行|券商|独角兽)(?P<gap>[^。；;！？\n]{0,20}?)(?:包括|包含|例如|比如|如)[：:]?[ \t]*"
                            r"(?P<items>[^。；;！？\n：:]{4,300}?)等(?=[ \t]*[。；;，,！？\n]|$)")
LISTED_ITEM = re.compile(r"[^、,，]+")
OTHER_THING = re.compile(r"的|场景|领域|方向|业务|产品|技术|项目|方案|工具|平台|服务")
KIND_LIST_MIN = 3  # names read at least: two could be any pair of words


def _kind_then_list(text: str) -> Iterable[tuple[str, int]]:
    """The names of a list that a kind of organisation leads in ("…公司…包括：A，B，C等"), where
    three items or more read as names; the others of the list too, as in ``_enumerated``."""
    for match in KIND_THEN_LIST.finditer(text):
        if OTHER_THING.search(match.group("gap")):
            continue  # "公司战略业务场景，包括…", "厂商的后端，如…": the list is of something else
        read = [(item.group().strip(" \t"), match.start("items") + item.start() + len(item.group()) - len(item.group().lstrip(" \t")))
                for item in LISTED_ITEM.finditer(match.group("items"))]
        read = [(name, at) for name, at in read if 2 <= len(name) <= 12]
        named = [(name, at) for name, at in read if _reads_as_name(name)]
        if len(named) >= KIND_LIST_MIN:
            yield from ((name, at) for name, at in read if _reads_as_name(name) or reads_as_bare_name(name, among_names=True))


def _enumerated(text: str) -> Iterable[tuple[str, int]]:
    """The names of an enumeration closed by 等 and a kind of organisation, with their starts:
    its items between 、 or commas, the first one cut off from the words before it."""
    common = lexicons.load("common_words")
    for at in _list_ends(text):
        if text[at] == "等" and (text[at - 1:at + 1] in common or text[at:at + 2] in common):
            continue  # "等级", "平等", "等待"
        begin = max(0, at - ENUMERATION_REACH)
        stop = ENUMERATION_STOP.match(text, begin, at)
        begin = stop.end() if stop else begin
        items = list(re.finditer(r"[^、,]+", text[begin:at]))
        if len(items) < 2:
            continue  # one name before 等 is no list: "百度阿里等公司", "华为等企业" read the same
        longest = max(len(item.group().strip(" \t")) for item in items[1:])
        read: list[tuple[str, int]] = []
        for position, item in enumerate(items):
            raw = item.group()
            name = raw.strip(" \t")
            if position == 0:
                name = list_head(name)
                if text.startswith("为代表", at) and name.startswith("以"):
                    name = name[1:].lstrip(" \t")  # "以 A、B 为代表的…": 以 leads the list in
                if len(name) > longest + 3:
                    # longer than the others, it holds words of the sentence: "贡献者有|腾讯"
                    lead = max(name.rfind(c) for c in LEAD_CHARS)
                    name = name[lead + 1:] if 0 <= lead < len(name) - 2 else ""
                    if len(name) > longest + 3:
                        continue
            if not name or re.fullmatch(r"\d+", name):
                continue
            if not re.match("[A-Za-z]", name):
                name = _clean(name) or ""
            if name:
                read.append((name, begin + item.start() + raw.rfind(name)))
        # the items that read as names; where two do, the others of the list whose only fault is a
        # verb that names a trade ("某某管理咨询")
        named = [(name, at) for name, at in read if _reads_as_name(name)]
        if len(named) >= 2:
            named = [(name, at) for name, at in read if _reads_as_name(name) or reads_as_bare_name(name, among_names=True)]
        yield from named


# "Dubbo 在考拉的应用实践", "Koupleless 在南京爱福路的落地实践": a title names where the work was done
HOST_IN_TITLE = re.compile(r"在[ \t]*(?P<org>[^在的，。、\s][^在的，。、]{1,11}?)[ \t]*的[ \t]*[\u4e00-\u9fffA-Za-z]{0,8}?"
                           r"(?:实践|应用|落地|演进|探索|之路)")
TITLE_LINE_MAX = 60
# "容器环境", "数据平面", "TCC 模式", "交流群": where or how something runs, not who runs it;
# "某云CDN系统", "某某框架": what runs
SETTING = re.compile(r"(?:环境|平面|场景|领域|行业|宇宙|体系|层面|方向|方面|架构|集群|业务|链路|模式|功能|特性|机制|群"
                     r"|系统|框架|引擎|产品|工具|数据库|服务器)$")
# localisers, particles and abstract-noun endings: "贡献当中", "索引等", "国际化"
NOT_NAME_END = set("等上下中里内外时后前间化性度率哦吧啦呢来去")
LIST_PARTICLES = set("的了是在和与及或把被将也都就我你他她它们这那")
# a name that a frame vouches for needs no suffix, but is no word of the sentence
BARE_NAME = re.compile(r"[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff .&-]{1,9}")


def _reads_as_name(name: str) -> bool:
    """A name a list or a frame gives, with no suffix needed: a Latin name, a Chinese one that
    reads as a name (``reads_as_bare_name``), or any with an organisation's suffix."""
    return re.fullmatch(LATIN_NAME, name) is not None or reads_as_bare_name(name) \
        or lexicons.ends_with(name, "org_suffixes", "unit_suffixes")


def reads_as_bare_name(name: str, among_names: bool = False) -> bool:
    """A name that a frame ("加入 X", "在 X 的实践") says is an organisation's and that reads
    as one without a suffix: short; no word of the sentence in it ("我们", "进来", "贡献当中",
    "索引等"); not a place; not a domain ("AI 基础架构") or an abstract noun ("国际化").
    ``among_names``: an item of a list of such names, where a verb may name a trade ("某某管理咨询",
    "某某文化传播"), but no particle or common word alone."""
    han = re.sub(r"[A-Za-z0-9 .&-]+", "", name)
    return (BARE_NAME.fullmatch(name) is not None and name[-1] not in ".-&"
            and not re.search(r"\d[\u4e00-\u9fff]", name)  # "3条边"
            and not any(name.startswith(p) for p in lexicons.load("places"))
            and left_cut(name) == name and split_title(name) is None and name[-1] not in NOT_NAME_END
            and (not lexicons.has_word(name, "function_words") or among_names and not set(han) & LIST_PARTICLES
                 and name not in lexicons.load("common_words"))
            and not (han and all_modifiers(han))
            and not SETTING.search(han))


def _latin_before(text: str, end: int, pattern: re.Pattern[str] = LATIN_BEFORE, reach: int = 40) -> re.Match[str] | None:
    """The Latin name that ends right before ``end`` (a space between allowed; more are markup
    blanked in the prose view), or None. Looked for only where a Latin letter or digit stands
    there: a pattern led by a character class is slow when tried at every position."""
    end -= text[end - 1:end] in (" ", "\t")
    last = text[end - 1:end]
    if not (last.isascii() and last.isalnum()):
        return None
    return pattern.search(text, max(0, end - reach), end)


class OrganizationExtractor:
    """Organisations by suffix, by list, and by affiliation frame."""

    name = "organizations"
    requires: tuple[str, ...] = ()
    provides = (ORGANIZATION,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        text = document.prose
        seen: set[tuple[int, int]] = set()

        def org(name: str | None, start: int, confidence: float) -> Iterable[Mention]:
            if not name or names_no_one(name):
                return
            start = text.find(name, start)
            if start < 0 or (start, start + len(name)) in seen or DATE_INSIDE.search(name):
                return  # "SOFAArk 2023-05-08 社区会议" names a meeting, not a community
            if BUILDING_AFTER.match(text, start + len(name)):
                return  # "上海某某科技金融大厦", "某科技商务园区", "某科技园": a building's or a park's name, an address
            seen.add((start, start + len(name)))
            yield Mention(ORGANIZATION, name, start, start + len(name), self.name, confidence)

        def unit_of(parent: Mention, unit: str) -> tuple[Mention, Relation] | None:
            """The unit named right after its organisation, and the tie between them."""
            child = next(iter(org(parent.text + unit, parent.start, 0.7)), None)
            if child is None:
                return None
            return child, Relation(UNIT_OF, child, parent, child.start, child.end, self.name, 0.7)

        def units_after(parent: Mention) -> Iterator[Mention | Relation]:
            """"蚂蚁集团|技术风险部|智能监控团队": units named by domain words, one inside the other."""
            common = lexicons.load("common_words")
            while True:
                unit = UNIT_CHAIN.match(text, parent.end)
                body = unit.group("body") if unit else ""
                if unit is None or domain_words_start(body) != 0 or lexicons.has_word(body, "verbs") \
                        or text[unit.end() - 1:unit.end() + 1] in common and text[unit.end():unit.end() + 2] not in common:
                    return  # no unit, or a verb in it: "工商银行|开展异构注册中心"; but "某团队|长期", not "团|队长"
                tied = unit_of(parent, unit.group())
                if not tied:
                    return
                yield from tied
                parent = tied[0]

        for name, start in _enumerated(text):
            yield from org(name, start, 0.75)
        for name, start in _kind_then_list(text) if "等" in text else ():
            yield from org(name, start, 0.75)
        for _, _, name, start in named_roll(document.body):
            yield from org(name, start, 0.75)
        common = lexicons.load("common_words")
        for match in FROM_LIST.finditer(text):
            # "来自 A、B 和 C 的研究者"; a joining character inside a word joins nothing ("和谐")
            items, at = match.group("items"), 0
            if items.rstrip().endswith("项目") or FIELDS_AFTER.match(text, match.end("items")):
                continue  # "来自 Envoy 和 gRPC 项目的代表": projects; "来自金融、IT 等领域的用户": fields
            separators = [m for m in FROM_SEPARATOR.finditer(items) if not (
                len(m.group().strip()) == 1 and m.group().strip() in "和与及"
                and (items[m.start() - 1:m.start() + 1] in common or items[m.end() - 1:m.end() + 1] in common))]
            for separator in [*separators, None]:
                end = separator.start() if separator else len(items)
                name, item_start = items[at:end].strip(), match.start("items") + at
                at = separator.end() if separator else at
                if not name or re.match(r"^\d+$", name) or (name in common and not lexicons.ends_with(name, "org_suffixes")):
                    continue  # "来自不同行业和领域的专家": kinds of places, not names
                yield from org(_clean(name) if not re.match(r"^[A-Za-z]", name) else name, item_start, 0.75)
        for match in _suffix_pattern().finditer(text):
            if text[match.end():match.end() + 1] in WORD_GOES_ON or _suffix_pattern().match(text, match.end()) \
                    or (text[match.start() - 1:match.start() + 1] in lexicons.load("common_words")
                        and match.group()[1:] in MODAL_VERBS) \
                    or match.group() == "学会" and text[match.start() - 1:match.start()] in LEARNING_BEFORE:
                continue  # "大学生", "银行卡", "科学院|大学", "有同学|会问": the suffix is part of another word;
                # "才能学会": the verb "learn"
            start = extend_left(text, match.start(), 16)
            if text[match.end() - 4:match.end()] in lexicons.load("title_modifiers") and re.match(f"[{HAN}]", text[match.end():]):
                continue  # "蚂蚁金服金融科技产品技术总监": a domain inside a title, not a company's suffix
            cleaned = _clean(text[start:match.end()])
            at = text.find(cleaned, start) if cleaned else -1
            if cleaned and at > 0 and text[at - 1:at + 1] in lexicons.load("common_words") \
                    and re.match(f"[{HAN}]", text[at - 1]) and names_no_one(cleaned[1:]):
                continue  # "了|解国内银行": a word crosses the start, the rest a kind (not "和|平安银行")
            if cleaned and match.group() in SCHOOL_SUFFIXES and _no_school_name(cleaned[:-len(match.group())].strip()):
                continue  # "世界一流大学", "八大学院", "回到大学": a kind of school, no school's name
            if cleaned and match.group() in FIELD_SUFFIXES:
                if _field_or_word(cleaned[:-len(match.group())].strip(), match.group()):
                    continue  # "金融科技", "黑科技", "前沿科技": a field, no company
                media = MEDIA_AFTER.match(text, match.end())
                if media:  # "MIT科技评论": a media outlet's name goes on after the suffix
                    cleaned = _clean(text[start:media.end()])
            parent = next(iter(org(cleaned, start, 0.7)), None)
            if parent is None:
                continue
            yield parent
            unit = UNIT_AFTER.match(text, match.end())
            if unit and (DISCIPLINE_PAIR.fullmatch(unit.group()) or left_cut(unit.group()) == unit.group() and (
                    unit.group("ends") is not None or domain_words_start(unit.group("body")) == 0
                    and text[unit.end() - 1:unit.end() + 1] not in lexicons.load("common_words"))):
                # "清华大学自动化系", "于清华大学物理系获": a unit named right after its organisation
                tied = unit_of(parent, unit.group())
                if tied:
                    yield from tied
                    parent = tied[0]
            yield from units_after(parent)
        for match in LATIN_SUFFIX.finditer(text):
            # "RocksDB 团队", "Chaos Mesh 社区", "如何参与Dubbo开源社区": a Latin name right before the
            # suffix, or before a place and the suffix ("Kubernetes 中国社区")
            if match.group() == "社区" and text.startswith(COMMUNITY_TITLES, match.end()):
                continue  # "X 社区经理": a community manager of X, the community no name of X's
            end = match.start()
            # … or before its language's or people's word ("Julia中文社区", "ClickHouse华人社区")
            place = next((text[end - n:end] for n in (2, 3, 4) if text[end - n:end] in lexicons.load("places")
                          or text[end - n:end] in COMMUNITY_QUALIFIERS), "")
            head = _latin_before(text, end - len(place), LATIN_HEAD) or (
                _latin_before(text, end - len(place), LOWER_HEAD) if match.group() in ("社区", "开源社区") else None)
            if head:
                start = _brand_start(text, head.start()) if match.group() in ("团队", "Team", "team") else head.start()
                # "The X Foundation hosts…", "### About X Foundation": an article or a heading's word is no part
                start = ENGLISH_LEAD.match(text, start).end()  # type: ignore[union-attr]
                if start >= end - len(place) - 1:
                    continue
                # "杭州 Ruby 社区": a city before the project names its local community
                lead = skip_spaces_back(text, start)
                city = next((n for n in (3, 2) if text[lead - n:lead] in lexicons.load("places")
                             and text[lead - n:lead] not in REGIONS), 0) \
                    if match.group() in ("社区", "开源社区") and not place else 0
                start = lead - city if city else start
                yield from org(text[start:match.end()], start, 0.75)
        for match in LATIN_ENDING.finditer(text):
            # "Nimbus Labs", "Serverless Operations, Inc.": capitalised words, then the ending
            end = match.start()
            if text[end - 1:end].isalnum():
                continue  # inside a word: "CodeLab", "OpenInc"
            comma = CORPORATE_COMMA.search(text, max(0, end - 3), end) if match.group().startswith(("Inc", "Ltd", "LLC")) else None
            head = _latin_before(text, comma.start() if comma else end, LATIN_HEAD)
            if head and re.match("[A-Z]", head.group()) and not head.group().startswith(("The ", "the ")) \
                    and ". " not in head.group():  # not "… Lab. The Company": a sentence's end between
                yield from org(text[head.start():match.end()], head.start(), 0.75)
        for match in LATIN_OF.finditer(text) if " of " in text else ():
            # "University of Nimbus", "Department of Computer Science": the name goes on after "of"
            if not text[match.start() - 1:match.start()].isalnum():
                yield from org(match.group(), match.start(), 0.75)
        for match in LATIN_UNIT.finditer(text):
            domain = domain_words_start(text, match.start())
            words = text[domain:match.start()]
            head = _latin_before(text, domain, LATIN_HEAD) if words else None
            if head and re.search("[A-Za-z]", head.group()) and not lexicons.has_word(words, "function_words"):
                # the head may be a product ("SQLFlow 核心团队"): the unit is named, its parent is not;
                # but a company's name before it owns it ("青禾 DBA 团队")
                start = _brand_start(text, head.start())
                yield from org(text[start:match.end()], start, 0.7)
        for name, start in _named_companies(text):
            if not any(s <= start and start + len(name) <= e for s, e in seen):  # "国泰" of "国泰产险"
                company = next(iter(org(name, start, 0.7)), None)
                if company is not None:
                    yield company
                    yield from units_after(company)  # "某某|数据科学团队"
        for match in _institutions().finditer(text):
            if not _suffix_pattern().match(text, match.end()) and not crosses_word(text, *match.span()):
                # not "中国科学院|大学", not "联合国|内外"
                yield from org(match.group(), match.start(), 0.8)
        for body in LOCAL_BODY_END.finditer(text):
            # "湖南省科技厅", "北京市经济和信息化局": a province's or a city's department or bureau
            local = _local_government(text, body.start(), body.end())
            if local is not None:
                yield from org(text[local:body.end()], local, 0.75)
        for host in HOST_IN_TITLE.finditer(text):
            # a title on a line of its own: a heading, a list of talks or articles
            line_start, line_end = text.rfind("\n", 0, host.start()) + 1, text.find("\n", host.end())
            line = text[line_start:len(text) if line_end < 0 else line_end].strip(" \t>#*+-0123456789.")
            if len(line) <= TITLE_LINE_MAX and re.search(f"[{HAN}]", host.group("org")) \
                    and reads_as_bare_name(host.group("org")):
                yield from org(_clean(host.group("org")), host.start("org"), 0.7)
        for match in INITIATED_BY.finditer(text):
            if text[match.start() - 1:match.start() + 1] in lexicons.load("common_words"):
                continue  # "路由", "理由": 由 inside a word
            organiser = _clean(match.group("org"))
            if not organiser or organiser in lexicons.load("common_words") or organiser in lexicons.load("places") \
                    or PEOPLE_NOUN.match(organiser) or organiser.startswith(("同事", "朋友", "我们")):
                continue  # "由我和同事某某维护": people, not an organisation
            owner, _, subsidiary = (part.strip() for part in organiser.partition("旗下"))
            if owner and subsidiary.lstrip("的"):
                # "由极客邦科技旗下 InfoQ 中国主办": the organiser and the company that owns it
                parent = next(iter(org(owner, match.start("org"), 0.7)), None)
                child = next(iter(org(subsidiary.lstrip("的").strip(), match.start("org") + len(owner), 0.7)), None)
                if parent and child:
                    yield from (parent, child, Relation(UNIT_OF, child, parent, parent.start, child.end, self.name, 0.7))
                continue
            if _reads_as_organiser(organiser):  # not "由一批服务器组成一个集群来维护", "由业务系统主动发起"
                yield from org(organiser, match.start("org"), 0.7)
        for match in ORGANISED_BY_LIST.finditer(text):
            # "由 A、B、C 以及 D 共同主办": each of the organisers
            if text[match.start() - 1:match.start() + 1] in lexicons.load("common_words"):
                continue
            for item in _list_items(match.group("items")):
                organiser = _clean(item)
                if organiser and organiser not in lexicons.load("common_words") and not PEOPLE_NOUN.match(organiser) \
                        and _reads_as_organiser(organiser):
                    yield from org(organiser, match.start("items"), 0.7)
        for match in SPONSOR_LIST.finditer(text) if "：" in text or ":" in text else ():
            for sponsor, offset in _sponsors(match.group("items")):
                yield from org(sponsor, match.start("items") + offset, 0.7)
        for match in VENUE_BY.finditer(text) if "场地" in text else ():
            # "- [某空间](…)提供场地", "感谢某公司提供场地支持": who lent the venue
            clause_start = max(text.rfind(c, 0, match.start()) for c in "，,。；;：:！？\n、") + 1
            thanks = THANKS_LEAD.match(text, clause_start, match.start())
            items_start = thanks.end() if thanks else clause_start
            items_start = max(items_start, text.rfind("由", items_start, match.start()) + 1)  # "本次活动由某公司提供"
            for venue_host, offset in _sponsors(text[items_start:match.start()].rstrip()):
                yield from org(venue_host, items_start + offset, 0.7)
        # "来自 B 的流量", "来自 Follower 的请求": where things come from, not people
        framed = [(m.group("name"), m.start("name")) for m in LATIN_FRAME.finditer(text)
                  if not (m.group().startswith("来自") and _thing_after(text, m.end("name")))]
        # but not "某互联网公司Java开发工程师": a title's domain, run into it ("公司 Cohere 创始人" is a company's)
        framed += [(m.group("name"), m.start("name")) for m in COMPANY_THEN_NAME.finditer(text)
                   if text[m.end("name"):m.end("name") + 1] in " \t" or not _title_after(text, m.end("name"))]
        for match in WORKED_AT.finditer(text) if "在" in text else ():
            # "我在电讯某某工作满三年": where someone works, a name with no suffix; not a place, a word
            # or a part of something ("在一线工作", "在这家公司任职", "在团队中工作")
            name = match.group("name")
            if text[match.start():match.start("name") + 1].replace(" ", "") in lexicons.load("common_words") \
                    or domain_words_start(name) == 0:
                continue  # "在线购物", "在软件研发工作": a word with 在, a field
            if name[0] not in DETERMINERS and name[-1] not in NOT_NAME_END and name not in lexicons.load("common_words") \
                    and name not in lexicons.load("places") and name not in lexicons.load("countries") \
                    and not lexicons.has_word(name, "function_words") and _clean(name) == name:
                yield from org(name, match.start("name"), 0.6)
        for match in CHINA_BRANCH.finditer(text):
            # "Linux 中国", "K8S 中国": the Chinese branch or community of a Latin name
            head = _latin_before(text, match.start())
            if head:
                yield from org(text[head.start():match.end()], head.start(), 0.6)
        for match in COMPANY_WORD.finditer(text):
            before = _latin_before(text, match.start(), reach=60)
            if before:
                framed.append((before.group("name"), before.start("name")))
        for name, start in framed:
            if len(name.strip()) < 2:
                continue
            if re.match(r"[A-Z0-9]", name) and " " not in name.strip() or (re.match(r"[A-Z]", name)
                                                                            and len(name.split()) <= 3):
                yield from org(name.strip(), start, 0.6)
