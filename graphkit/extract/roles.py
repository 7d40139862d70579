"""Roles: who holds which title where, read from the descriptor found next to a person.

"泸州老窖 CIO、腾讯云 TVP 苏王辉" gives (苏王辉, CIO, 泸州老窖) and (苏王辉, TVP, 腾讯云);
"田超，腾讯云云产品四部总经理" gives the unit 腾讯云云产品四部 of 腾讯云. Organisations
named in descriptors become organisation mentions, units are linked to their parents.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator, Sequence

from ..line_start import LineStartPattern
from ..model import HOLDS_ROLE, ORGANIZATION, PERSON, UNIT_OF, Document, Mention, Relation
from . import lexicons
from .descriptors import (PROJECT_QUALIFIER, Affiliation, is_bare_unit, clean_organization, left_cut, names_organization, parse_descriptor,
                          reads_as_organization, split_title, split_unit)
from .names import LATIN_ORG_WORDS, skip_spaces_back
from .person_names import BEFORE_COMES_FROM, COMES_FROM, FROM_AFTER_NAME
from .organizations import LIST_SEPARATOR, names_no_one, reads_as_bare_name
from .agenda import agenda_slots
from .person_cards import named_roll, org_led_items
from .speaker_layouts import (affiliated_roster, bold_speaker_lines, book_line_speakers, org_name_title_headings,
                              programme_line_org)
from .cards import INTRO_LABEL, NEXT_LINE, ROSTER_LINE, card_descriptor, heading_person, titled_name_lists
from .tables import SPEAKER_LABEL, speaker_rows


ORG_RUN = r"[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff .&·-]{1,24}?"
FROM_ORG = re.compile(rf"来自[ \t]*(?P<org>{ORG_RUN})[ \t]*的[ \t]*(?:[a-z]{{2,15}}[ \t]+)?")  # "的 gopher 张某"
FROM_ORG_NEXT = re.compile(rf"[ \t]*(?:[、，,]|以及|和|与|及)[ \t]*(?P<org>{ORG_RUN})[ \t]*的[ \t]*")
# … each of a list: "曾就职于阿里云、蚂蚁金服", "曾任职某团、某网"
WORKS_AT = re.compile(rf"(?:就职于|就职|任职于|曾任职|供职于|效力于|服务于|加入了|加入|入职|离开了|离开|跳槽到|跳槽至|加盟|毕业于|就读于)"
                      rf"[ \t]*(?P<org>{ORG_RUN}(?:[ \t]*、[ \t]*{ORG_RUN})*)(?:[ \t]*等[\u4e00-\u9fff]{{0,6}}?(?:公司|企业|单位|机构|厂商))?"
                      rf"(?=[ \t]*(?:[，。；,]|$|工作|担任|任|从事|负责|后|之后|之前|以后|以来|至今|期间|时|移居|进入|获|取得))", re.M)
# "在腾讯工作时", "曾在亚信、爱立信、唯品会等任职": where someone works or worked; found from the
# verb back to 在, since a pattern led by 在 and a list is tried at every 在 of the text
LAST_JOINED = re.compile(r"(?P<one>[^、]{2,}?)[ \t]*(?:以及|和|与|及)[ \t]*(?P<other>[^、]{2,})")


def _listed(items: str, pair: bool = False) -> list[tuple[str, int]]:
    """The items of a list and their offsets: "A、B和C" gives A, B and C (a joining character
    before the last item only, and between two names of two characters or more); ``pair``: "A和B"
    gives two, where the joiner parts two names ("先后就职于A和B"; not "云和恩墨", "经济和信息化局",
    nor a unit's "系统软件与安全实验室")."""
    listed = [(m.group(), m.start()) for m in re.finditer(r"[^、]+", items)]
    last = LAST_JOINED.fullmatch(listed[-1][0])
    if last is not None and len(listed) == 1 and not (pair and left_cut(items).strip() == last.group("other").strip()
                                                      and not is_bare_unit(last.group("other").strip())):
        last = None
    if last is not None:
        at = listed[-1][1]
        listed[-1:] = [(last.group("one"), at + last.start("one")), (last.group("other"), at + last.start("other"))]
    return listed


# … or leads there ("曾在某区块链领导某联盟", "在某公司负责…")
WORK_VERB = re.compile(r"工作|任职|就职|从事|实习|就读|读大[一二三四]|读研|读博|求学|取得学士|取得硕士|取得博士|获得学士|获得硕士|获得博士"
                       r"|领导(?!下)|负责|主导|带领")
WORKPLACES = re.compile(rf"[ \t]*(?P<org>{ORG_RUN}(?:[ \t]*、[ \t]*{ORG_RUN})*)[ \t]*(?:等(?:公司|企业|单位)?)?[ \t]*")
WORKS_IN_REACH = 100
ADVERB_BEFORE_VERB = re.compile(r"(?:主要|具体|专门|全面|一直|长期|目前|现在|也|还|曾|都|则|正)[ \t]*$")
LATIN_BRAND_BEFORE = re.compile(r"(?P<brand>[A-Z][A-Za-z0-9.&-]{1,20}(?:[ \t][A-Z][A-Za-z0-9.&-]{1,20})?)[ \t]*$")
ORG_ENDING_LINE = re.compile(r"[ \t]+(?P<org>[^\s，,。；;：:（）()]{2,30})[ \t]*(?=\n|$)")
DEGREE_AFTER = re.compile(r"(?<=[系院校学所室])[ \t]*(?:学士|硕士|博士|本科|研究生|博士后)(?:学位)?$")
MAJOR = re.compile(r"(?P<school>.+?(?:大学|学院|学校))[^、，。]*?专业")
PRONOUN = re.compile(r"\s*(?:目前|现在|此前|之后|后来|随后)?[，,]?\s*(?:他|她)")
PRONOUN_REACH = 300
ALIAS_ASIDE = re.compile(r"[ \t]*[，,][ \t]*(?:花名|英文名|笔名|网名|昵称)[：:]?[ \t]*[\u4e00-\u9fffA-Za-z]{2,10}[ \t]*[，,]")
# what may come before a verb whose subject is left out: a time, an adverb (matched with the
# blanks taken out: a pattern of optional parts between runs of blanks backtracks without end
# over the long blank runs of the prose view)
# … a time and a comma before the pronoun: "目前，他担任…"
ELIDED_LEAD = re.compile(r"(?:(?:(?:19|20)\d\d年(?:\d{1,2}月)?|此后|之后|后来|随后|目前|现在)[，,](?=他|她))?"
                         r"(?:他|她)?(?:(?:19|20)\d\d年(?:\d{1,2}月)?|此后|之后|后来|随后|此前|之前|早年|先后|目前|曾经|曾|现)*")
# a verb of holding office; the sentence it opens leaves out its subject ("曾任…", "他历任…")
# … and "，任X" after a comma ("2015年加入某公司，任某部负责人"; not 任何, 任务)
# … and "他担任X", "她目前担任X": after a pronoun, the sentence's subject the one it stands for
# … and "，目前担任X", "从2010年开始担任X": a clause of the sentence that names its subject
CAREER_SENTENCE = re.compile(r"(?P<verb>曾任|历任|曾担任|先后担任|后任|现任|现为|目前为|(?<=[，,])任(?![何务意性职期])"
                             r"|(?<=[他她])(?:目前|现在|现|还|也)?担任"
                             r"|(?<=[，,])(?:目前|现在|现|还|也|并|同时)?担任|(?<=开始)担任)[ \t]*"
                             r"(?P<desc>[^。；！？\n]{3,80})")
ALSO_HOLDS = re.compile(r"[ \t]*[，,；;][ \t]*(?:同时|并|还|另)?(?:兼任|担任|出任)[ \t]*(?P<desc>[^，。；！？\n]{3,40})")
COPULA = re.compile(r"[ \t]*(?:目前|现在|现|曾)?(?:是|系|任|现任|担任|为)[ \t]*(?P<desc>[^，。；！？\n]{3,40})")
ADDRESS_AFTER = re.compile(r"[ \t]*(?:博士|教授|老师|先生|女士)(?=[ \t]*(?:目前|现在|现|曾)?(?:是|系|任|现任|担任|为))")
ALSO = re.compile(r"[ \t]*[，,][ \t]*(?:也|还|同时)(?:是|担任)[ \t]*(?P<desc>[^，。；！？\n]{3,40})")
SELF_AS = re.compile(r"(?:本人|笔者|我)[ \t]*(?:以|作为)[ \t]*(?P<desc>[^，。；！？\n《]{3,30}?)(?=的?身份|出品|[，。]|$)")
DURATION_BEFORE_TITLE = re.compile(r"^(?:\d+|[一二三四五六七八九十两几]+)[ \t]*(?:多|余)?年(?:的)?(?=[\u4e00-\u9fffA-Za-z])")
# … or where several ("曾在美团、人人网等互联网公司担任前端开发工程师"): each one's
AT_ORG_AS = re.compile(rf"在[ \t]*(?P<org>{ORG_RUN}(?:、{ORG_RUN}){{0,5}})(?P<kind>[ \t]*等[^，。；！？、\n担]{{0,8}})?[ \t]*"
                       rf"(?:担任|作为|出任)[ \t]*(?P<title>[^，。；！？、\n]{{2,20}})")
FIRST_LINE = re.compile(r"[^\n]*\n(?:[ \t]*\n)*([^\n]*)")
ROSTER_ITEM = re.compile(ROSTER_LINE)
# a line that introduces the members of a body listed below it: "以下是某委员会成员的完整清单："
MEMBERS_WORD = re.compile(r"(?:成员|委员(?!会)|会员|理事(?!会))(?:的)?(?:完整)?(?:名单|清单|列表|如下|有)?[^\n：:。]{0,30}[：:][ \t]*$", re.M)
LIST_BLOCK = re.compile(r"\n(?:[ \t]*\n)*((?:[ \t]*(?:[-*+•]|\d{1,2}[.、)])[ \t]+[^\n]*(?:\n|$))+)")
ITEM_LEAD = re.compile(r"[ \t]*(?:[-*+•]|\d{1,2}[.、)])[ \t]+(?:\*\*)?\[?")
FIRST_PERSON = re.compile(r"我|本人|笔者")
AS_ROLE = re.compile(r"作为[ \t]*(?:一名|一位|一个)?(?P<title>[^，。、\s]{2,12}?)(?=加入|入职|进入|来到|[，,]|$)")
PRODUCT_USE_BEFORE = re.compile(r"(?:开源|使用|基于|部署|发布|引入|接入|采用|落地)了?[ \t]*$")
PRODUCT_KIND_AFTER = re.compile(r"[ \t]*(?:v?\d+(?:\.\d+)+|项目|框架|版本|插件|组件|是一[个款种])")
LATIN_RUNS_ON = re.compile(r"[A-Za-z]|[ \t][A-Za-z]")
TRANSLATION_AFTER = re.compile(r"[ \t]*[（(][^（）()]{1,20}[）)][ \t]*$")
BARE_CONFIDENCE = 0.65   # below the gazetteer's threshold: a bare affiliation teaches no new name
# "来自各行各业的", "来自不同公司的": no organisation named
GENERIC_PLACE = re.compile(r"^(?:各|不同|多|全国|全球|世界|国内|海外|一线|社区|业界|行业|企业|高校)")
COMMUNITY_NAME = re.compile(r"(?:社区|Community)$")

LABEL_LEADS = re.compile(rf"[ \t>*-]*{SPEAKER_LABEL}[ \t*]*[：:][ \t*]*")
PHOTO_POSITION = re.compile(r"[左右][一二三四五六七八九十起至到]|[从自由][左右]")  # a photo's "左起", "从左至右"
PEOPLE_ENDS = frozenset("人者员师宾长持录委友生")  # a label of people: "嘉宾", "参会人员", "主持", "记录", "学生"
# "华为：甲、乙、丙": a line of names after their organisation and a colon (a meeting's attendance)
ORG_NAMES_LINE = LineStartPattern(r"^[ \t>*+-]*(?P<org>[^\s：:，,。；;|（）()*]{2,20})[ \t*]*[：:][ \t*]*"
                                  r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[ \t]*[、，,][ \t]*[\u4e00-\u9fff]{2,4})*)[ \t]*$")
ORG_AFTER_LABELLED_NAME = re.compile(r"[ \t]+(?P<org>[^\s，,。；;：:*|（）()]{2,30})[ \t*]*$", re.M)
# a title after a name an organisation leads, the clause going on: "某学院蔡某副教授、…"
TITLE_AFTER_NAME = re.compile(r"(?P<title>(?:讲席|特聘|特任|长聘|助理|副)?教授|(?:助理|副|特聘|特任)?研究员|讲师|博士后|(?:高级|资深)?工程师|院士"
                              r"|副?(?:秘书长|理事长|董事长|院长|校长|所长|主任|主席|会长))"
                              r"(?=[、，,。；;和与及等（(\s的]|担任|分享|介绍|表示|指出|带来|发表|主持|致辞|作|做|$)")
ORG_IN_BRACKETS = re.compile(r"[ \t]*[（(](?P<org>[^（）()\n，,：:、|｜@＠]{2,30})[）)]")
# a roster's label, the titles of a community's or a club's members: "项目导师：", "轮值副主席：", "会员："
ROSTER_LABEL = re.compile(r"(?P<role>(?:项目)?(?:社区)?导师|Mentor|mentor|(?:轮值|常务|执行)?副?(?:会长|主席|组长|理事长|秘书长)"
                          r"|召集人|成员|会员|组员|委员|理事|Maintainer|Committer|PMC|Reviewer|Leader|Chair)[ \t*]*[：:][ \t*]*")
MEMBERSHIP_WORDS = re.compile(r"成员|会员|组员|委员|理事")
ROSTER_SEPARATOR = re.compile(r"[ \t]*(?:[、，,/]|和|与|及)[ \t]*")
COMMUNITY_ROLES = re.compile(r"PMC|Committer|committer|Maintainer|maintainer|Contributor|contributor|维护者|贡献者")


BIO_SENTENCE = re.compile(r"[ \t]*[。；;][ \t]*(?P<sentence>[^。！？；;\n]{4,120})")
BIO_PART = re.compile(r"[^，,、]+")


def _bio_titles(text: str, end: int, found: Sequence[Mention]) -> list[tuple[str, int]]:
    """The parts of the sentence after a card's titles when they are titles too, no one else named
    in it: "张某，A 架构师。资深程序员，B 开源布道师，C MVP。" - most parts read as titles, each
    (part, offset)."""
    sentence = BIO_SENTENCE.match(text, end)
    if sentence is None:
        return []
    parts = [(p.group().strip(), sentence.start("sentence") + p.start() + len(p.group()) - len(p.group().lstrip()))
             for p in BIO_PART.finditer(sentence.group("sentence")) if p.group().strip()]
    titled = [(part, at) for part, at in parts if len(part) <= 24 and split_title(part) is not None]
    if len(titled) * 2 <= len(parts) \
            or any(m.kind == PERSON and sentence.start("sentence") <= m.start < sentence.end() for m in found):
        return []
    return titled


def _with_ancestors(organization: str, parents: dict[str, set[str]]) -> set[str]:
    """The organisation and every organisation it is a unit of, by the unit relations found."""
    found, todo = set(), [organization]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += parents.get(name, ())
    return found


def _works_in(text: str) -> Iterator[re.Match[str]]:
    """The matches of WORKPLACES between a 在 and the first work verb after it in its clause
    ("在某公司从事研发工作": 从事, not 工作)."""
    read = set()
    for verb in WORK_VERB.finditer(text):
        at = text.rfind("在", max(0, verb.start() - WORKS_IN_REACH), verb.start())
        if at in read:
            continue
        read.add(at)
        if at >= 0 and not re.search(r"[，。；！？\n]", text[at:verb.start()]):
            adverb = ADVERB_BEFORE_VERB.search(text, at + 1, verb.start())  # "在某团队主要负责…"
            match = WORKPLACES.fullmatch(text, at + 1, adverb.start() if adverb else verb.start())
            if match:
                yield match


# the head of an answer in an interview: "**致远**：", "宋某："
TURN = LineStartPattern(r"^[ \t>]*(?:\*\*)?(?P<name>[\u4e00-\u9fffA-Za-z]{2,4})(?:\*\*)?[ \t]*[：:](?:\*\*)?")


def _listed_from(text: str, start: int, end: int, names_at: dict[int, Mention]) -> bool:
    """Whether only names and their separators stand between a label's end and ``end``."""
    pos = start + len(text[start:end]) - len(text[start:end].lstrip(" \t*"))
    while pos < end:
        name = names_at.get(pos)
        separator = ROSTER_SEPARATOR.match(text, name.end) if name is not None else None
        if separator is None:
            return False
        pos = separator.end()
    return pos == end


def _community_headings(text: str, communities: list[str]) -> list[tuple[int, str]]:
    """Lines that head what follows with a community's name ("**StoneKV 社区：**", "### X 社区"),
    with where each starts; found from the literal word, not tried at every line."""
    headed = []
    for word in re.finditer(r"社区|Community", text):
        line_start = text.rfind("\n", 0, word.start()) + 1
        line_end = text.find("\n", word.end())
        line = text[line_start:len(text) if line_end < 0 else line_end].strip(" \t#>*：:")
        if line in communities and (line_start, line) not in headed:
            headed.append((line_start, line))
    return headed


def _not_a_word(name: str, known: set[str]) -> bool:
    """A bare name a career frame gives is no common word ("加入门槛"), unless a company's
    ("网易") or the start of an organisation the document names ("北辰" of 北辰集团)."""
    return name not in lexicons.load("common_words") or name in lexicons.load("companies") \
        or any(k.startswith(name) for k in known)


def _interview(body: str, author: str) -> bool:
    """True when someone other than the author speaks in turns: two answers or more under one name."""
    turns = Counter(m.group("name") for m in TURN.finditer(body))
    return any(count >= 2 and name != author and name not in author and name not in NOT_SPEAKERS
               for name, count in turns.items())


NOT_SPEAKERS = {"问题", "回答", "注意", "说明", "备注", "时间", "地点", "主题", "嘉宾", "作者", "导师", "链接", "地址"}


def _subject(text: str, at: int, people: list[Mention],
             author: Mention | None, elided: bool = False) -> tuple[Mention | None, str]:
    """Who a clause ending at ``at`` is about: the last person named in its sentence, else
    the one a 他/她 refers to, else the author for a first-person sentence; and the clause.
    ``elided``: the clause opens its sentence with its verb, the subject of the sentence before
    carried on."""
    sentence_start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    clause = text[sentence_start:at]
    before = [p for p in people if sentence_start <= p.start < at]
    if before:
        return before[-1], clause
    sentence_end = min([i for i in (text.find(c, at) for c in "。！？\n") if i >= 0] or [len(text)])
    # "虽然2011年就在腾讯作为…，但是他…": a 他/她 later in the sentence is its subject too
    if PRONOUN.match(text, sentence_start) or PRONOUN.search(clause) \
            or (text.find("他", at, sentence_end) >= 0 or text.find("她", at, sentence_end) >= 0) \
            and not any(at <= p.start < sentence_end for p in people):
        earlier = [p for p in people if sentence_start - PRONOUN_REACH <= p.start < sentence_start]
        if earlier:
            return earlier[-1], clause
    if author is not None and FIRST_PERSON.search(clause):
        return author, clause  # "我…加入": an article's first person is its author
    # a bio: "敖小剑，蚂蚁金服高级技术专家，…。曾在亚信、爱立信等任职": a sentence with no subject in a
    # paragraph that opens with a name, and names no one else, is about that one
    paragraph_start = text.rfind("\n", 0, at) + 1
    in_paragraph = {p.text for p in people if paragraph_start <= p.start < at}
    opener = next((p for p in people if paragraph_start <= p.start < at), None)
    if opener is not None and len(in_paragraph) == 1 and not text[paragraph_start:opener.start].strip(" \t>*-#"):
        return opener, clause
    # "…某某院士作为某大学教授，…。曾任…": the one person the sentence before names, in its paragraph
    previous_start = max(paragraph_start, max(text.rfind(c, 0, sentence_start - 1) for c in "。！？\n") + 1)
    previous = {p.text for p in people if previous_start <= p.start < sentence_start}
    if elided and len(previous) == 1:
        return next(p for p in reversed(people) if previous_start <= p.start < sentence_start), clause
    return None, clause


def _employer_before(text: str, at: int) -> tuple[str, int] | None:
    """The one employer a clause of the sentence before ``at`` names ("目前就职于A，…"), and where."""
    sentence_start = max(text.rfind(c, 0, at) for c in SENTENCE_ENDS) + 1
    works = [m for m in WORKS_AT.finditer(text, sentence_start, at) if not m.group().startswith(("加入", "离开", "毕业", "就读"))]
    if len(works) != 1 or PAST_BEFORE.search(text, max(sentence_start, works[0].start() - 4), works[0].start()):
        return None  # "先后就职于A、B，现为独立开发者": where one worked, not where one holds the title
    items = _listed(works[0].group("org"), pair=True)
    if len(items) != 1:
        return None
    name, offset = items[0]
    return clean_organization(name.strip()), works[0].start("org") + offset + len(name) - len(name.lstrip())


SENTENCE_ENDS = "。！？；\n"
PAST_BEFORE = re.compile(r"(?:先后|曾经?|此前|之前|早年)[ \t]*$")
CLAUSE_ENDS = SENTENCE_ENDS + "，,"


def _introduced(text: str, people: list[Mention]) -> Iterator[tuple[Mention, tuple[str, int]]]:
    """Each speaker on a label's line ("讲师：NAME…") whose next line introduces them ("个人介绍：…"),
    with the titles the introduction's first sentence gives."""
    for person in people if "介绍" in text or "简介" in text else ():
        line_start = text.rfind("\n", 0, person.start) + 1
        if not LABEL_LEADS.fullmatch(text, line_start, person.start):
            continue
        line_end = text.find("\n", person.end) % (len(text) + 1)
        following = NEXT_LINE.match(text, line_end)
        if following and INTRO_LABEL.match(following.group("line")):
            intro = card_descriptor(text, line_end)
            if intro is not None:
                yield person, intro


def _opens_sentence(text: str, at: int, ends: str = SENTENCE_ENDS) -> bool:
    """Only a time or an adverb (or 他/她) before ``at`` in its sentence (or clause, with
    ``ends`` CLAUSE_ENDS): the verb there opens it."""
    sentence_start = max(text.rfind(c, 0, at) for c in ends) + 1
    lead = "".join(text[sentence_start:at].split())
    return len(lead) <= 12 and ELIDED_LEAD.fullmatch(lead) is not None


def _title_at(text: str, pos: int) -> str | None:
    """The title that starts at ``pos`` (after spaces), if any: "教授" in "…Jordan教授是…"."""
    head = text[pos:pos + 12].lstrip(" \t")
    for n in range(len(head), 1, -1):
        if split_title(head[:n]) == ("", head[:n]) and (n == len(head) or not head[n].isalpha()
                                                        or not head[n].isascii()):
            return head[:n]
    return None


def _after_listed_org(text: str, org: Mention, orgs_by_end: dict[int, Mention]) -> bool:
    """True when an organisation follows another one in a list: "清华大学、墨尔本大学"."""
    before = skip_spaces_back(text, org.start)
    return text[before - 1:before] in ("、", ",", "，") and skip_spaces_back(text, before - 1) in orgs_by_end


def _community(affiliation: Affiliation, known: set[str]) -> Affiliation:
    """A project role belongs to the project's community where the text names one:
    "Apache APISIX PMC 主席" with "Apache APISIX 社区" known."""
    org = affiliation.organization
    if org and affiliation.role and COMMUNITY_ROLES.search(affiliation.role):
        for name in (f"{org} 社区", f"{org}社区", f"{org} 开源社区", f"{org}开源社区", f"{org} Community"):
            if name in known:
                return Affiliation(name, affiliation.role, affiliation.parent)
    return affiliation


# titles only a company has: its product may share its name ("X CEO" and "基于 X")
EXECUTIVE_ROLES = re.compile(r"CEO|CTO|COO|CFO|CIO|总经理|董事长|总裁")
# a region of a company's: products have no regions
REGIONAL_ROLE = re.compile(r"(?:亚太|大中华|中国|华[东南北中]|西[南北]|东北|北美|欧洲|海外|全球)区")
COMPANY_AFTER_NAME = ("公司", "中国", "集团")
LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z][A-Za-z0-9.+-]*)*")


def _product_role(affiliation: Affiliation, text: str) -> Affiliation:
    """A title held in a product, not an organisation: "Koupleless 负责人", "Service Mesh 布道师".
    The article shows what a Latin name is by how it uses it ("基于 Koupleless", "Koupleless 1.0",
    "Koupleless 项目"); a name it never uses so is taken for an organisation's."""
    org = affiliation.organization
    bare = PROJECT_QUALIFIER.sub("", org) if org else org  # "Apache X(incubating)": the project is "Apache X"
    if not org or not bare or not LATIN_ONLY.fullmatch(bare) or affiliation.parent or org.split()[-1] in LATIN_ORG_WORDS \
            or affiliation.role and (EXECUTIVE_ROLES.search(affiliation.role) or REGIONAL_ROLE.match(affiliation.role)):
        return affiliation  # "Bmob CEO", "X 亚太区技术顾问": a company's officer, whatever else the name is
    if not _used_as_product(bare, text) or _named_as_company(bare, text):
        return affiliation
    return Affiliation(None, f"{org} {affiliation.role}" if affiliation.role else None, None)


def _named_as_company(name: str, text: str) -> bool:
    """Whether the text names the company by the Latin name: "X 公司", "X 中国团队" ("X 团队" may be a
    project's), or as a workplace after an at sign ("DevRel @ X")."""
    return any(text[end:end + 4].lstrip(" \t").startswith(COMPANY_AFTER_NAME)
               or text[max(0, start - 3):start].rstrip(" \t").endswith(("@", "＠")) for start, end in _occurrences(name, text))


def _used_as_product(name: str, text: str) -> bool:
    """Whether the text uses a Latin name as a product's: a verb of use before it ("基于 X"),
    or a version or a kind of software after it ("X 1.0", "X 项目")."""
    for start, end in _occurrences(name, text):
        if PRODUCT_USE_BEFORE.search(text, max(0, start - 8), start) and not LATIN_RUNS_ON.match(text, end):
            return True
        if not (start and text[start - 1].isascii() and text[start - 1].isalpha()) and PRODUCT_KIND_AFTER.match(text, end):
            return True
    return False


def _occurrences(name: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place the text writes ``name``, found with str.find: a pattern per
    name would be compiled each time."""
    start = text.find(name)
    while start >= 0:
        yield start, start + len(name)
        start = text.find(name, start + 1)


ONE_OF = re.compile(r"之一$")


def _not_a_latin_name(words: str, known: set[str]) -> bool:
    """Latin words beside a person's name are more often that name spelt out or its family name
    ("徐某（Zhonghu Xu）", "Mike Tang") than an organisation, unless the document names them one."""
    return words in known or not LATIN_ONLY.fullmatch(words)


def _heading_person_copulas(document: Document, people: list[Mention]) -> Iterator[tuple[Mention, re.Match[str]]]:
    """(person, copula) for the sentences of a section headed by a person's name that open with
    that person's given name, full name or 他/她 and a copula: "Kay 是…"."""
    text = document.prose
    for section in document.sections:
        person = heading_person(section, people)
        if person is None or section.heading is None:
            continue
        heading = section.heading
        names = {person.text, person.text.split()[0], "他", "她"}
        for line in re.finditer(r"[^\n]+", text[heading.end:section.end]):
            opening = line.group().lstrip(" \t>*")
            subject = next((n for n in sorted(names, key=len, reverse=True) if opening.startswith(n)), None)
            if subject is None:
                continue
            at = heading.end + line.start() + (len(line.group()) - len(opening)) + len(subject)
            copula = COPULA.match(text, at)
            if copula:
                yield person, copula


# "Alexey Ivanov (某某) from Nimbus Labs gives …": a Latin name, then where the person is from
LATIN_FROM_ORG = re.compile(FROM_AFTER_NAME + r"(?P<org>[A-Z][A-Za-z0-9&.'-]*"
                            r"(?:[ \t]+(?:[A-Z][A-Za-z0-9&.'-]*|R&D|of|and)){0,4}?)(?=[ \t]*(?:[,.;:()]|$)|[ \t]+[a-z])", re.M)


class RoleExtractor:
    """Memberships (person, role, organisation) from the descriptors of person mentions."""

    name = "roles"
    requires = (PERSON, ORGANIZATION)
    provides = ("role",)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        items = list(self._memberships(document, found))
        # a bare affiliation adds nothing where a title at the same organisation, or at a unit of
        # it, is known ("星河大学计算机学院副教授" says where one works at 星河大学)
        parents: dict[str, set[str]] = {}
        for r in items:
            if isinstance(r, Relation) and r.kind == UNIT_OF and r.obj is not None:
                parents.setdefault(r.subject.text, set()).add(r.obj.text)
        held = [(r.subject.text, r.label, r.obj.text) for r in items
                if isinstance(r, Relation) and r.kind == HOLDS_ROLE and r.label and r.obj is not None]
        titled = {(person, org) for person, _, held_at in held for org in _with_ancestors(held_at, parents)}
        # … nor a title at no organisation where the same title is known at one ("曾在美团、人人网等公司
        # 担任前端开发工程师": the title read alone from the clause too)
        placed = {(person, label) for person, label, _ in held}
        items = [r for r in items if not (isinstance(r, Relation) and r.kind == HOLDS_ROLE and (
            r.obj is not None and not r.label and (r.subject.text, r.obj.text) in titled
            or r.obj is None and (r.subject.text, r.label) in placed))]
        return items + list(self._addressed_titles(document, found, items))

    def _addressed_titles(self, document: Document, found: Sequence[Mention],
                          items: list[Mention | Relation]) -> Iterator[Relation]:
        """"王某院士表示": an academician, named so right after the name of someone the article gives
        no other post; of no academy the article names. (A professor so named is as often one of a
        university named elsewhere: the held-out sets no one read lost by it.)"""
        held = {r.subject.text for r in items if isinstance(r, Relation) and r.kind == HOLDS_ROLE}
        for person in (m for m in found if m.kind == PERSON and m.start >= 0 and m.text not in held):
            title = TITLE_AFTER_NAME.match(document.prose, person.end)
            if title and title.group("title") == "院士":
                held.add(person.text)  # once a person
                yield Relation(HOLDS_ROLE, person, None, person.start, title.end("title"), self.name, 0.7,
                               label=title.group("title"))

    def _memberships(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        known = {m.text for m in found if m.kind == ORGANIZATION}
        # a table's or a profile's company column names an organisation ("公司：白鹭数据")
        known |= {row.descriptor for row in speaker_rows(document) if row.descriptor_is_company and row.descriptor}
        people = [m for m in found if m.kind == PERSON and m.attr("descriptor")]
        # organisations named in any descriptor help split the others ("腾讯|智慧零售…")
        for person in people:
            for affiliation in parse_descriptor(person.attr("descriptor") or ""):
                if affiliation.organization and affiliation.parent is None:
                    known.add(affiliation.organization)
        seen: set[tuple[str, str | None, str | None]] = set()
        for person in people:
            descriptor = person.attr("descriptor") or ""
            desc_start = int(person.attr("descriptor_start") or person.start)
            affiliations = parse_descriptor(descriptor, known)
            for affiliation in affiliations:
                yield from self._membership(document, person, affiliation, descriptor, desc_start, seen, known)
            if not affiliations and names_organization(descriptor.strip()):
                # "报告人：梁某，某科技": a card that names only the organisation
                yield from self._bare(document, person, descriptor.strip(), desc_start, seen, known, framed=True)
            besides = ALSO_HOLDS.match(document.prose, desc_start + len(descriptor)) if descriptor else None
            if besides is not None:
                # "…首席信息官，兼任某协会理事": a post held besides, in the clause after the titles
                for affiliation in parse_descriptor(besides.group("desc"), known):
                    yield from self._membership(document, person, affiliation, besides.group("desc"),
                                                besides.start("desc"), seen, known)
            for part, at in _bio_titles(document.prose, desc_start + len(descriptor), found) if descriptor else ():
                # "张某，A 架构师。资深程序员，B 布道师，C MVP。": a card's next sentence, titles only
                for affiliation in parse_descriptor(part, known):
                    if affiliation.organization and affiliation.role and reads_as_organization(affiliation.organization, known):
                        yield from self._membership(document, person, affiliation, part, at, seen, known)
            # "某学会委员某某大学王某": the titles, then the institution the person is from, then the name
            found_at = document.prose.find(descriptor, desc_start, person.start) if descriptor else -1
            between = document.prose[found_at + len(descriptor):person.start] if found_at >= 0 else ""
            if between and not re.search(r"[\s，,、；;。：:]", between) and names_organization(between):
                yield from self._bare(document, person, between, person.start - len(between), seen, known, framed=True)
        listed = {m.start: m for m in found if m.kind == PERSON and m.start >= 0}
        for title, holders in titled_name_lists(document):
            # "### 大会主席：" over "张某（某大学）、…": the title is each one's, the brackets their organisation's
            for holder in holders:
                named = listed.get(holder.start("name"))
                if named is not None:
                    yield Relation(HOLDS_ROLE, named, None, named.start, holder.end(), self.name, 0.8, label=title)
        author = next((m for m in found if m.kind == PERSON and m.field == "author"), None)
        if author is not None and _interview(document.body, author.text):
            author = None  # in an interview, "我" is the one who answers, not the author
        orgs_by_end = {m.end: m for m in found if m.kind == ORGANIZATION and m.start >= 0}
        yield from self._affiliations(document, [m for m in found if m.kind == PERSON and m.start >= 0], seen, known,
                                      author, orgs_by_end)

    def _affiliations(self, document: Document, people: list[Mention],
                      seen: set[tuple[str, str | None, str | None]], known: set[str], author: Mention | None,
                      orgs_by_end: dict[int, Mention]) -> Iterable[Mention | Relation]:
        """Bare affiliations: "来自阿里的刘睿", "蚂蚁金服 SOFA 团队的余淮", "他目前就职于阿里巴巴…",
        and the author's own: "我作为实习生加入了 PingCAP"."""
        text = document.prose
        by_start = {p.start: p for p in people}
        for carded in people:
            # "Maintainer 柴某 某大学": a card's line, a title, the name, then the organisation ending it
            ending = ORG_ENDING_LINE.match(text, carded.end)
            if ending and names_organization(ending.group("org")) \
                    and split_title(text[text.rfind("\n", 0, carded.start) + 1:carded.start].strip(" \t*>-")) is not None:
                yield from self._bare(document, carded, ending.group("org"), ending.start("org"), seen, known, framed=True)
        for _, start, roll_org, org_start in named_roll(document.body):
            # "- [黄某-某公司]": a roll of who came, each name, a dash and the organisation
            if start in by_start:
                yield from self._bare(document, by_start[start], roll_org, org_start, seen, known, framed=True)
        for _, start, listed_org, org_start in org_led_items(text, people):
            # "某创始人吴某、蚂蚁金服敖某": a list's item, an organisation and its person
            if start in by_start:
                yield from self._bare(document, by_start[start], listed_org, org_start, seen, known, framed=True)
        for latin_named in people if " from " in text else ():
            # "Kent Wang from Splunk has demonstrated …": an English text's affiliation
            english = LATIN_FROM_ORG.match(text, latin_named.end)
            if english and latin_named.text.isascii():
                yield from self._bare(document, latin_named, english.group("org"), english.start("org"), seen, known,
                                      framed=True)
        for match in FROM_ORG.finditer(text):
            person = by_start.get(match.end())
            while person is not None:
                # "来自 X 的" says X is where one belongs: a name without a suffix will do
                yield from self._bare(document, person, match.group("org"), match.start("org"), seen, known,
                                      framed=True, from_part=True)
                # "来自 A 的甲、B 的乙与 C 的丙": each the next one's organisation; "来自 A 的甲和乙": A both's
                following = FROM_ORG_NEXT.match(text, person.end)
                if following is not None and following.end() in by_start:
                    match, person = following, by_start[following.end()]
                else:
                    separator = LIST_SEPARATOR.match(text, person.end)
                    person = by_start.get(separator.end()) if separator else None
        for person in people:
            # "韩某来自某科技，…", "Cholerae Hu 来自某公司": where one comes from is where one belongs
            lead = BEFORE_COMES_FROM.match(text, person.end, person.end + 8)
            comes_from = COMES_FROM.match(text, lead.end()) if lead else None
            if comes_from:
                yield from self._bare(document, person, comes_from.group("org"), comes_from.start("org"), seen, known,
                                      framed=True, from_part=True)
        for person in people:
            # "蚂蚁集团黄挺（花名鲁直）", "SOFA 团队宋顺": an organisation right before the name
            org = orgs_by_end.get(skip_spaces_back(text, person.start))
            if org is not None and person.start - org.end <= 1 and not _after_listed_org(text, org, orgs_by_end):
                # "某大学计算机学院蔡某副教授": the title after the name is held there
                title_after = TITLE_AFTER_NAME.match(text, person.end)
                yield from self._bare(document, person, org.text, org.start, seen, known,
                                      title_after.group("title") if title_after else None)
            # "Dragonfly 社区的中选学生李从旺": ORG 的 TITLE NAME
            de = text.rfind("的", max(0, person.start - 16), person.start)
            between = text[de + 1:person.start].strip() if de >= 0 else ""
            split = split_title(between) if between else None
            # the words before the title are the title's too ("质量保证|工程师"), unless they name an organisation
            if split is not None and re.fullmatch(r"[\u4e00-\u9fff]{0,6}", split[0]) \
                    and not lexicons.ends_with(split[0], "org_suffixes", "unit_suffixes"):
                org = orgs_by_end.get(skip_spaces_back(text, de))
                if org is not None and not _after_listed_org(text, org, orgs_by_end):
                    yield from self._bare(document, person, org.text, org.start, seen, known, between)
                elif org is None:
                    # "我是蚂蚁金服系统部的高级技术专家奕杉": a unit of a known organisation, named here only
                    clause_start = max(text.rfind(c, 0, de) for c in "，,。！？；：:\n") + 1
                    unit = left_cut(text[clause_start:de]).strip()
                    owner = next((k for k in sorted(known, key=len, reverse=True) if unit.startswith(k)), None)
                    if owner and len(unit) > len(owner) and lexicons.ends_with(unit, "unit_suffixes"):
                        yield from self._bare(document, person, unit, de - len(unit), seen, known, between)
            # "夏某（北京优帆科技有限公司）": an organisation in brackets right after the name; a Latin
            # word there is more often the name spelt out ("徐某（Zhonghu Xu）") unless named elsewhere
            bracket = ORG_IN_BRACKETS.match(text, person.end)
            if bracket and _not_a_latin_name(bracket.group("org"), known) \
                    and split_title(bracket.group("org")) is None:  # "（VP）", "（某项目 PMC 成员）": a descriptor
                yield from self._bare(document, person, bracket.group("org"), bracket.start("org"), seen, known)
            # "**嘉宾：叶某 某技术有限公司**": a speaker's label, the name, then the organisation alone
            line_start = text.rfind("\n", 0, person.start) + 1
            after = ORG_AFTER_LABELLED_NAME.match(text, person.end)
            if after and LABEL_LEADS.fullmatch(text, line_start, person.start) \
                    and reads_as_organization(after.group("org"), known) and _not_a_latin_name(after.group("org"), known):
                yield from self._bare(document, person, after.group("org"), after.start("org"), seen, known, framed=True)
            # "ORG 的 NAME"
            de = skip_spaces_back(text, person.start)
            if text[de - 1:de] == "的":
                org = orgs_by_end.get(skip_spaces_back(text, de - 1))
                # the last of a list of organisations ("来自A、B、C的 X"): whose is X? none is said
                if org is not None and not _after_listed_org(text, org, orgs_by_end):
                    # "加州大学伯克利分校的Michael Jordan教授": a title right after the name is the role
                    yield from self._bare(document, person, org.text, org.start, seen, known,
                                          _title_at(text, person.end))
                elif org is None and (brand := LATIN_BRAND_BEFORE.search(text, max(0, de - 90), de - 1)) \
                        and not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text[brand.start() - 1:brand.start()] or " "):
                    # "[Daocloud](…) 的孙某": a company's Latin name, then 的 and a person (its own word)
                    yield from self._bare(document, person, brand.group("brand"), brand.start("brand"), seen, known,
                                          _title_at(text, person.end), framed=True)
        # "嘉宾：甲、乙", "组长：甲", "左二至右一：甲、乙": a label of people, no organisation
        org_lines = [line for line in ORG_NAMES_LINE.finditer(text) if line.group("org")[-1] not in PEOPLE_ENDS
                     and split_title(line.group("org")) is None and not PHOTO_POSITION.search(line.group("org"))
                     and reads_as_organization(line.group("org"), known)
                     # a Latin word is as often a label ("Author: 甲, 乙") unless named an organisation elsewhere
                     and (re.search(r"[\u4e00-\u9fff]", line.group("org")) or line.group("org") in known)]
        for line in org_lines:
            attending_for = line.group("org")
            if len(org_lines) < 2 and attending_for not in known and not names_organization(attending_for, known):
                continue  # a brand's name alone may be a label ("通讯稿：甲"); an attendance has several
            at = line.start("names")
            for name in re.split(r"[ \t]*[、，,][ \t]*", line.group("names")):
                at = text.find(name, at)
                person = by_start.get(at)
                if person is not None and person.end == at + len(name):
                    yield from self._bare(document, person, attending_for, line.start("org"), seen, known, framed=True)
                at += len(name)
        for roster_item in affiliated_roster(document):
            # "- 韩某，某公司": each listed person's organisation
            person = by_start.get(roster_item.start("name"))
            if person is not None:
                yield from self._bare(document, person, roster_item.group("org"), roster_item.start("org"), seen, known,
                                      framed=True)
        for _, heading_card in org_name_title_headings(document):
            # "## 1.1 某公司 - 某某 - TITLE": the speaker's organisation leads the heading
            person = by_start.get(heading_card.start("name"))
            if person is not None:
                yield from self._bare(document, person, heading_card.group("org"), heading_card.start("org"), seen, known,
                                      framed=True)
        for row in [*speaker_rows(document), *agenda_slots(document)]:
            # "| 姓名 | 公司 |": a column that names each person's organisation; "TITLE - NAME@ORG"
            person = by_start.get(row.person_start)
            if person is not None and row.descriptor_is_company and row.descriptor:
                company = TRANSLATION_AFTER.sub("", row.descriptor)  # "Red Hat（红帽）"
                yield from self._bare(document, person, company, row.descriptor_start, seen, known, framed=True)
        for speaker_line in bold_speaker_lines(document):
            # "**某公司李某：**": a speaker's organisation alone, no title
            card = speaker_line.group("card").strip()
            person = by_start.get(speaker_line.start("name"))
            if person is not None and card and not parse_descriptor(card):
                yield from self._bare(document, person, card, speaker_line.start("card") + speaker_line.group("card").find(card),
                                      seen, known, framed=True)
        for book_line, listed_speakers in book_line_speakers(document):
            # "宋某（某某云） 《TITLE》 20分钟": a programme line's speaker and organisation
            programme_org = programme_line_org(book_line)
            if not programme_org:
                continue
            for _, start in listed_speakers:
                person = by_start.get(start)
                if person is not None:
                    yield from self._bare(document, person, programme_org, book_line.start("org"), seen, known, framed=True)
        for match in [*WORKS_AT.finditer(text), *_works_in(text)]:
            # "…。2014年加入某公司，…": a verb that opens its sentence carries the subject before on
            subject, clause = _subject(text, match.start(), people, author, elided=_opens_sentence(text, match.start()))
            if subject is not None:
                as_role = AS_ROLE.search(clause)
                title = as_role.group("title") if as_role and split_title(as_role.group("title")) else None
                # one joins things as well as employers ("加入了安全、鉴权的能力"): a list after 加入 is no employers'
                # "毕业于某大学电子与通信工程专业": one school, its major joined by 与
                items = [(match.group("org"), 0)] if MAJOR.fullmatch(match.group("org").strip()) \
                    else _listed(match.group("org"), pair=match.re is WORKS_AT)
                for item, at in items[:1] if match.group().startswith("加入") else items:
                    joined = clean_organization(item)
                    if match.group().startswith("加入") and (
                            not _not_a_word(joined, known) or "的" in item.lstrip("的 \t")
                            and joined not in known and not lexicons.ends_with(joined, "org_suffixes", "unit_suffixes")):
                        continue  # "加入门槛", "加入了 X 的开源之旅": one joins things too
                    # "服务于" serves customers as often as it names an employer
                    yield from self._bare(document, subject, item.strip(), match.start("org") + at,
                                          seen, known, title, framed=not match.group().startswith("服务于"))
        for person in people:
            # "杜超群是清华大学自动化系 2020 级直博生": a copula and a descriptor that names an organisation
            # "我是宋某，花名卫恒，是 X 的开源负责人": another name may come between
            # "Michael Yuan 博士是 X 的维护者，也是 Y 的创始人": a form of address may come first, and
            # a second copula after a comma
            aside = ALIAS_ASIDE.match(text, person.end) or ADDRESS_AFTER.match(text, person.end)
            copula = COPULA.match(text, aside.end() if aside else person.end)
            copulas = [copula] if copula else []
            while copulas and (also := ALSO.match(text, copulas[-1].end())):
                copulas.append(also)
            for match in copulas:
                affiliations = [a for a in parse_descriptor(match.group("desc"), known) if a.organization]
                for affiliation in affiliations[:2]:
                    yield from self._membership(document, person, affiliation, match.group("desc"),
                                                match.start("desc"), seen, known, confidence=0.7)
        for match in CAREER_SENTENCE.finditer(text):
            # "…梅某院士作为某大学教授…。曾任某大学常务副校长、某大学副校长。": a sentence of one's
            # career, its subject the person the sentences before were about
            # … or a clause after a comma, in a sentence that names its subject: "某某先后就职于A，现任B架构师"
            opens_sentence = _opens_sentence(text, match.start())
            if not opens_sentence and not _opens_sentence(text, match.start(), CLAUSE_ENDS):
                continue
            subject, _ = _subject(text, match.start("verb"), people, author, elided=opens_sentence)
            if not opens_sentence and (subject is None or subject.start >= match.start()
                                       or max(text.rfind(c, 0, match.start()) for c in SENTENCE_ENDS) >= subject.start):
                continue
            if subject is not None:
                desc = match.group("desc")
                affiliations = parse_descriptor(desc, known)
                for affiliation in [a for a in affiliations if a.organization][:4]:
                    yield from self._membership(document, subject, affiliation, desc, match.start("desc"), seen, known,
                                                confidence=0.7)
                employer = None if opens_sentence else _employer_before(text, match.start())
                untied = [a for a in affiliations if a.role and not a.organization][:1]
                if employer is not None and untied:
                    # "某某目前就职于A，任数据平台负责人": the title is held where the clause before works
                    employer_name, at = employer
                    yield from self._membership(document, subject, Affiliation(employer_name, untied[0].role),
                                                text[at:match.end()], at, seen, known, confidence=0.7)
        for person, (intro, intro_start) in _introduced(text, people):
            # "讲师：NAME（…）" then "个人介绍：ORG 布道师、ORG Ambassador、…。": the introduction's titles
            for affiliation in [a for a in parse_descriptor(intro, known) if a.organization]:
                yield from self._membership(document, person, affiliation, intro, intro_start, seen, known,
                                            confidence=0.75)
            # … and where it says the speaker worked: "曾就职于A、B 和 C。"
            intro_end = text.find("\n", intro_start) % (len(text) + 1)
            for match in WORKS_AT.finditer(text, intro_start, intro_end):
                if match.group().startswith(("就职", "任职", "曾任职", "供职", "效力")):
                    for item, at in _listed(match.group("org"), pair=True):
                        yield from self._bare(document, person, item.strip(), match.start("org") + at, seen, known,
                                              framed=True)
        for person, match in _heading_person_copulas(document, people):
            # "### Kay Berg" then "Kay 是北辰云联合创始人之一，…": the section's person, by given name or 他
            desc = ONE_OF.sub("", match.group("desc"))
            for affiliation in [a for a in parse_descriptor(desc, known) if a.organization][:2]:
                yield from self._membership(document, person, affiliation, desc, match.start("desc"), seen, known,
                                            confidence=0.7)
        if author is not None:
            for match in SELF_AS.finditer(text):
                # "本人以 Dubbogo 社区负责人出品…": the author's own title
                for affiliation in parse_descriptor(match.group("desc"), known)[:2]:
                    yield from self._membership(document, author, affiliation, match.group("desc"),
                                                match.start("desc"), seen, known, confidence=0.7)
        for section in document.sections:
            # "## 技术指导委员会" over a roster "- 陈某", "- 吴某", …: its members
            heading = section.heading
            if heading is None:
                continue
            # the first line under the heading a roster's item, or no roster: one match, tried first
            first_line = FIRST_LINE.match(document.body, heading.end, section.end)
            if first_line is None or not ROSTER_ITEM.fullmatch(first_line.group(1)) \
                    or not names_organization(heading.text.strip()):
                continue
            roster = [p for p in people if section.start <= p.start < section.end]
            if len(roster) < 3:
                continue
            lines = [line for line in document.body[heading.end:section.end].split("\n") if line.strip()]
            if len(lines) == len({p.start for p in roster}) and all(ROSTER_ITEM.fullmatch(line) for line in lines):
                org_at = text.find(heading.text.strip(), heading.start)
                for person in roster:
                    yield from self._bare(document, person, heading.text.strip(), org_at, seen, known)
        for lead in MEMBERS_WORD.finditer(text):
            # "以下是某项目指导委员会成员的完整清单：" over "- 陈某 (某公司)", …: the body's members, the body
            # named on the line before the word
            line_start = text.rfind("\n", 0, lead.start()) + 1
            body_org = next((m for m in orgs_by_end.values() if line_start <= m.start and m.end <= lead.start()
                             and lexicons.ends_with(m.text, "org_suffixes", "unit_suffixes")), None)
            if body_org is None:
                continue
            block = LIST_BLOCK.match(document.body, lead.end())
            listed = [p for p in people if block and block.start(1) <= p.start < block.end(1)
                      and ITEM_LEAD.fullmatch(document.body, document.body.rfind("\n", 0, p.start) + 1, p.start)]
            if block and len({p.text for p in listed}) >= 3:
                for person in listed:
                    yield from self._bare(document, person, body_org.text, body_org.start, seen, known)
        org_names = {m.text for m in orgs_by_end.values()}
        for section in document.sections:
            # "### 探探科技" then "谢正尧同学详细地列出了…": a section headed by an organisation, whose
            # first paragraph speaks of one person, is that person's account of it
            heading = section.heading
            if heading is None or heading.text.strip() not in org_names:
                continue
            line_end = text.find("\n", heading.end)
            body_start = line_end + 1 if line_end >= 0 else len(text)
            paragraph = re.search(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*", text[body_start:section.end])
            if paragraph is None:
                continue
            start, end = body_start + paragraph.start(), body_start + paragraph.end()
            named = [p for p in people if start <= p.start < end]
            if named and len({p.text for p in named}) == 1:
                org_at = text.find(heading.text.strip(), heading.start)
                yield from self._bare(document, named[0], heading.text.strip(), org_at, seen, known)
        communities = sorted({m.text for m in orgs_by_end.values() if COMMUNITY_NAME.search(m.text)})
        headed = _community_headings(text, communities) if communities else []
        names_at = {p.start: p for p in people}
        for person in people if "：" in text or ":" in text else []:
            # "项目导师：刘某" under a line "**X 社区：**", or in an article about one community: that
            # community's mentor; "会员：甲、乙、丙", "轮值主席：丁": each of the names a title labels
            line_start = max(0, text.rfind("\n", 0, person.start) + 1)
            label = ROSTER_LABEL.search(text, line_start, person.start)
            if not label or not _listed_from(text, label.end(), person.start, names_at):
                continue
            above = [(at, name) for at, name in headed if at < label.start()]
            at, community = above[-1] if above else (-1, communities[0] if len(communities) == 1 else None)
            if community is not None:
                yield from self._bare(document, person, community, text.find(community, max(at, 0)), seen, known,
                                      label.group("role"))
            elif not MEMBERSHIP_WORDS.fullmatch(label.group("role")):
                # … of no community the article names: a mentor, a chair, a convener of no organisation
                # ("4. 项目社区导师：熊某"); a member of nothing says nothing
                yield from self._membership(document, person, Affiliation(None, label.group("role")), label.group("role"),
                                            label.start(), seen, known, confidence=0.7)
        for match in AT_ORG_AS.finditer(text):
            # "（他）2011年就在腾讯作为广告系统技术总监"
            subject, _ = _subject(text, match.start(), people, author)
            title = DURATION_BEFORE_TITLE.sub("", match.group("title").strip())  # "担任14年校长": the title is 校长
            if subject is not None and split_title(title) is not None:
                orgs = match.group("org").split("、")
                if len(orgs) > 1 and not match.group("kind"):
                    continue  # a list needs its kind after 等 to be one of workplaces
                at = match.start("org")
                for workplace in orgs:
                    yield from self._bare(document, subject, workplace, at, seen, known, title, framed=True)
                    at += len(workplace) + 1

    def _bare(self, document: Document, person: Mention, raw: str, start: int,
              seen: set[tuple[str, str | None, str | None]], known: set[str],
              role: str | None = None, framed: bool = False, from_part: bool = False) -> Iterable[Mention | Relation]:
        """A membership with no title or one named apart; ``framed`` when a career verb
        ("加入", "就职于", "在…工作") says that the name is a workplace; ``from_part`` when
        "来自 X 的" says that a person belongs to X, a known organisation or a part of one."""
        major = MAJOR.fullmatch(raw.strip())
        if major:
            raw = major.group("school")  # "毕业于某大学计算机科学与技术专业": the school
        raw = DEGREE_AFTER.sub("", raw.strip())  # "毕业于某大学计算机系学士": the school, not the degree
        name = clean_organization(raw)
        if len(name) < 2 or name in lexicons.load("not_organizations") or GENERIC_PLACE.match(name):
            return
        # only what reads as an organisation: a known one, a Latin name, one with a suffix,
        # or a short name in a career frame
        suffixes = lexicons.load("org_suffixes") | lexicons.load("unit_suffixes")
        # "来自北辰云中间件的章某": a part of a known organisation, named without a suffix, is
        # affiliation with that organisation
        owner = max((k for k in known if name.startswith(k) and len(k) >= 2), key=len, default=None) \
            if from_part else None
        owned = owner is not None and name not in known and not any(name.endswith(s) for s in suffixes)
        if owned or not (name in known or re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&-]*", name)
                         or any(name.endswith(s) for s in suffixes)
                         or framed and (reads_as_bare_name(name) or name in lexicons.load("companies"))):
            if owner is None:
                return
            name = owner
        units = lexicons.load("unit_suffixes")
        if any(name.startswith(p) and len(name) - len(p) <= 3 and any(name.endswith(u) for u in units)
               for p in lexicons.load("places")):
            return  # "美国分部": a branch of someone not named
        yield from self._membership(document, person, Affiliation(name, role, split_unit(name, known)[1]),
                                    raw, start, seen, known, confidence=BARE_CONFIDENCE)

    def _membership(self, document: Document, person: Mention, affiliation: Affiliation, descriptor: str,
                    desc_start: int, seen: set[tuple[str, str | None, str | None]],
                    known: set[str], confidence: float = 0.85) -> Iterable[Mention | Relation]:
        organization = None
        affiliation = _product_role(_community(affiliation, known), document.prose)
        if affiliation.organization and names_no_one(affiliation.organization):
            if not affiliation.role:
                return  # "来自互联网公司": no one named, no title
            affiliation = Affiliation(None, affiliation.role)  # "某互联网公司 Java 开发工程师": the title only
        if affiliation.organization:
            organization = self._org_mention(document, affiliation.organization, desc_start, descriptor,
                                             min(confidence, 0.8))
            yield organization
            child, parent_name = organization, affiliation.parent
            while parent_name:
                parent = self._org_mention(document, parent_name, desc_start, descriptor, min(confidence, 0.8))
                yield parent
                yield Relation(UNIT_OF, child, parent, parent.start, child.end, self.name, 0.8)
                child = parent
                _, parent_name = split_unit(parent_name, known - {parent_name})
        key = (person.text, affiliation.role, affiliation.organization)
        if key in seen or not (affiliation.role or organization):
            return  # (no title and no organisation: nothing held)
        seen.add(key)
        start = min(person.start, desc_start)
        end = max(person.end, desc_start + len(descriptor))
        yield Relation(HOLDS_ROLE, person, organization, start, end, self.name, confidence, label=affiliation.role)

    def _org_mention(self, document: Document, name: str, desc_start: int, descriptor: str,
                     confidence: float = 0.8) -> Mention:
        """The organisation as a mention, its span located in the descriptor where possible."""
        offset = document.prose.find(name, desc_start, desc_start + len(descriptor) + len(name))
        if offset < 0:
            # named in other words here ("Maintainer of OpenLake" for the OpenLake 社区): cite
            # where the article names it, so that a span always holds its text
            offset = document.prose.find(name)
            confidence = min(confidence, 0.7)
        if offset < 0:
            return Mention(ORGANIZATION, name, -1, -1, self.name, confidence, field="descriptor")
        return Mention(ORGANIZATION, name, offset, offset + len(name), self.name, confidence)
