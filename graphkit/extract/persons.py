"""Persons: names found in the frames that introduce people in this genre, then every
later occurrence of those names in the document.

Frames, each a pattern of the language rather than of particular articles:

- a title chain before the name: "泸州老窖 CIO、腾讯云 TVP 苏王辉首先发表致辞";
- an apposition after the name: "温铭，API7.ai 联合创始人", "——于伯伟（58集团 | 数据库高级经理）";
- a label, possibly with a list: "分享者：陈军旭", "文章具体作者：羊欢，代凯，柳青";
- a form of address or a verb of speech: "刘睿老师", "余淮表示" (the name seen twice);
- a table with a speaker column; a list item "罗毅: 议题";
- Latin names in these frames, and author lists "Rui Zhang, Yixin Su, Min Yang 等".

The descriptor next to a name (title chain or apposition) is kept on the mention as the
``descriptor`` attribute for the roles extractor.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from typing import Callable, Iterable, Iterator, Sequence

from ..ingest.body import LIST_ITEM
from ..line_start import LineStartPattern
from ..model import PERSON, Document, Heading, Mention, Relation
from . import lexicons
from .agenda import agenda_slots
from .cards import FIELD_WORDS, LIST_ITEM_NAMED_TITLE, ROSTER_LINE, card_descriptor, short_lines, titled_name_lists
from .descriptors import (CAREER_LEAD, domain_words, hide_frame_nouns, left_cut, names_organization, parse_descriptor,
                          reads_as_organization, split_title)
from .names import LATIN_ORG_WORDS, skip_spaces_back, surname_of
from .tables import SPEAKER_LABEL, kept_for_article, speaker_rows

HAN = "\u4e00-\u9fff"
SENTENCE_END = "。！？；;!?\n"
BOUNDARY = r"(?:^|(?<=[\s>*:：（(，,、|。！？；;—\-\]]))"
# a name may follow these words directly: "比如程立，…", "和王五，…"
SOFT_BOUNDARY = r"(?<=[如和与及由请括有])"
LABELS = (r"(?:分享嘉宾|分享者|分享人|演讲嘉宾|演讲者|演讲人|主讲人|主讲嘉宾|主讲|报告人|讲师|讲者|嘉宾|主持人|出品人|"
          r"项目导师|导师|指导老师|作者|文案|文|撰文|采访|受访者|姓名|编辑|责编|整理|校对|审校|审阅|审核|翻译|译者|策划|摄影|排版|美编|"
          r"Speaker|speaker|Author)")
# the credits of an article: "文章作者", "文章整理", "内容校对"
CREDITS = r"(?:作者|整理|校对|编辑|审校)"
LATIN_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:-[A-Za-z][a-zà-öø-ÿ]+)?"  # "Fränkel", "Müller", "Soo-bin", "Hakkani-Tur"
# a middle initial with or without its dot: "Craig L. Russell", "Craig L Russell"
LATIN = rf"{LATIN_WORD}(?:[ \t]+(?:[A-Z]\.|[A-Z](?=[ \t]+[A-Z][a-z])|{LATIN_WORD}|[A-Z]{{2,}}))+"
LATIN_ADDRESS = r"(?:Dr|Prof|Mr|Mrs|Ms)\.[ \t]*"  # "演讲人：Dr. Alice Wong": a form of address, not the name
NAME_CHAR_BEFORE = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]$")
NESTED_CARD = LineStartPattern(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?:\*\*)?(?P<name>[\u4e00-\u9fff]{2,3})(?:\*\*)?[ \t]*\n(?:[ \t]*\n)?"
                               r"(?P<items>(?:(?P=indent)[ \t]{2,}[-*+][ \t]+[^\n]+(?:\n|$))+)")
CARD_OVER_TITLE = LineStartPattern(r"^[ \t*>·•-]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t*]*[（(](?P<aside>[^（）()\n]{1,40})[）)][ \t*]*\n"
                                   r"(?=[ \t*>]*《)")
HANDLE_ASIDE = re.compile(r"[（(][ \t]*(?:(?:GitHub|Github|github)(?:[ \t]*ID)?[ \t]*[：:@ ]|@[ \t]*[A-Za-z0-9_-]+[ \t]*[）)])")
NICKNAME_AFTER = re.compile(r"[ \t]*[（(，,][ \t]*(?:花名|英文名|笔名|网名|昵称)")
ALIAS_PART = re.compile(r"^(?:花名|英文名|笔名|网名|昵称|人称|原名)")
ALIAS_BETWEEN_COMMAS = re.compile(r"[，,][ \t]*(?:花名|英文名|笔名|网名|昵称|人称)[：:]?[ \t]*(?P<alias>[\u4e00-\u9fff]{2,3})(?=[，,。；;]|$)",
                                  re.M)
OTHER_NAME_PART = re.compile(r"(?:是|为)?[：:]?[ \t]*(?P<alias>[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")
LATIN_PERSON = rf"(?P<name>{LATIN_WORD}(?:[ \t]+{LATIN_WORD}){{1,2}})"
LATIN_SUBJECT_VERBS = re.compile(r"撰写|写了|写的|写道|发表|提出|表示|指出|认为|说道|谈到|接受|（@|\(@")
CLAUSE_ENDS = "。！？；\n，,：:"
LATIN_SUBJECT = re.compile(rf"[ \t>*]*(?:来自[^，。\n]{{1,20}}的[ \t]*)?{LATIN_PERSON}[ \t]*(?:[（(][^）)\n]*[）)])?[ \t]*"
                           r"(?:在[^，。\n]{0,24}|曾|也|则|还)?$")
LATIN_ENDS_CLAUSE = re.compile(rf"(?<![A-Za-z]){LATIN_PERSON}[ \t]*$")
QUOTE_ATTRIBUTION = re.compile(rf"——[^\n]*?[,，][ \t]*{LATIN_PERSON}[ \t]*$", re.M)
# led by its dot: a pattern led by a character class is tried at every position
TRANSLITERATED = re.compile(r"[·・‧](?P<right>[\u4e00-\u9fff]{2,6})")
HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]{2,8}$")
JOINED_GAP = re.compile(r"[，,、/和与及&][ \t]*$")  # a list's joiner, not a space alone, before a name
LISTED_PEOPLE = re.compile(r"同学|老师|嘉宾|专家|讲师|导师|小伙伴")
# "刘某、李某和侯某三位同学", "徐某、陈某和余某和谢某四位 Contributor": a list of names and its count
COUNTED_PEOPLE = re.compile(r"(?P<count>[两二三四五六七八九十])[ \t]*位")
MADE_UP_OF = re.compile(r"由[ \t]*(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t]*(?:、|和|与|及)[ \t]*[\u4e00-\u9fff]{2,3}){2,11})[ \t]*(?:组成|构成|共同)")
COUNTED_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,7}(?:[ \t]*(?:、|和|与|及|以及)[ \t]*[\u4e00-\u9fff]{2,3})+[ \t]*$")
NAME_JOINERS = re.compile(r"[ \t]*(?:、|以及|和|与|及)[ \t]*")
NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
LATIN_LIST_BEFORE = re.compile(rf"{LATIN}(?:[ \t*]*[、,，和及与][ \t*]*{LATIN})+[ \t*]*$")
LIST_REACH = 240  # characters of names before a form of address for them all
NAME_LIST_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,3})+$")
# the titles right after a name and its other name in brackets, to the end of the sentence
TITLES_AFTER = re.compile(r"[ \t]*[，,]?[ \t]*(?P<desc>[^。！？；;\n（）()：:]{2,80})")
ASIDE_LINE_END = re.compile(r"[ \t]*[（(][^（）()\n]{1,40}[）)][ \t*]*")
BOOK_HEADING = re.compile(r"《[^《》\n]{2,80}》")
# the first line under a heading: a name, a comma and the person's titles or story
SPEAKER_CARD = re.compile(r"\s{0,40}[>*·•-]*[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t*]*[，,][ \t]*(?P<desc>[^。！？；;\n]{2,80})?")
# the capital first, then the lookbehind: a pattern led by a lookbehind runs it at every position
LATIN_FULL_NAME = re.compile(r"(?P<given>[A-Z](?<![A-Za-z0-9.@/_#-][A-Z])[a-z]{1,11}) (?P<family>[A-Z][a-z]{1,13})"
                             r"(?![A-Za-z0-9@_#-])")
AFTER_HAN_NAME = re.compile(r"[\u4e00-\u9fff][ \t]*[（(][ \t]*$")
# what may stand beside a Latin name in Chinese prose: Han, Chinese punctuation, a line's end
CHINESE_SIDE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\n（）()《》“”、，。：；！？]")
# led by the verb (的 is everywhere); the name of two or three characters is read back from it
# the first of two speakers before a verb of presenting: "X 的甲和 Y 的乙讨论了"
PRESENTED_PAIR = re.compile(r"的(?P<name>[\u4e00-\u9fff]{2,3})(?:和|与|及|以及)[^，。；！？\n的]{2,16}的$")
PAIR_REACH = 24
PRESENTED = re.compile(r"介绍了|分享了|讲解了|讲述了|演示了|讨论了|探讨了|阐述了|解读了|展示了|回顾了")
CARD_REACH = 160  # characters after a heading where its card may stand
CARD_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[，,、][ \t]*")
TITLE_GLOSS_END = re.compile(r"[ \t]*[（(][^（）()\n]{1,12}[）)]$")  # "VP（副总裁）": the title translated
TITLES_IN_BRACKETS = re.compile(r"[ \t]*[（(][ \t]*(?P<desc>[^（）()\n]{3,40}?)[ \t]*[）)]")
# "ckj（陈某）": the name in brackets found first (literal-led), then the handle right before it
NAME_IN_BRACKETS = re.compile(r"[（(][ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[）)]")
HANDLE_BEFORE = re.compile(r"(?<![A-Za-z0-9_.@/-])[A-Za-z][A-Za-z0-9_.-]{1,19}[ \t]*$")
# characters that spell foreign words: "Apollo（阿波罗）" glosses a name, gives no person
GLOSS_CHARS = frozenset("阿波罗斯克尔特姆森德拉利亚伊奥艾欧布塔卡米诺尼西维夫丁顿格")
# … and foreign people's names, after the usual transliteration tables ("杰弗里·辛顿", "马克 古尔曼")
TRANSLITERATION_LETTERS = ("阿埃艾爱安昂奥巴芭拜班邦鲍贝本比彼毕宾波博伯布查达戴黛丹当道德登迪蒂帝丁东杜顿多厄恩尔"
                           "法凡范菲斐费芬丰弗伏夫福盖甘冈高戈哥格根古瓜哈海汉翰豪赫亨胡华霍基吉加嘉贾杰金卡凯坎康"
                           "柯科克肯库夸奎昆拉莱兰朗劳勒雷蕾里理丽历利莉连林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米密敏明莫"
                           "姆穆纳娜奈南内妮尼宁纽努诺欧帕派潘佩彭皮珀普齐奇恰乔琴丘萨塞桑瑟森沙莎珊尚舍什施史斯"
                           "苏索塔泰坦汤唐特提汀托图瓦万威韦维温文沃乌伍西希锡夏谢辛休雅亚扬耶伊英尤约泽扎詹兹茨")
# "约翰·詹南德雷亚（John Giannandrea）", "马克 古尔曼（Mark Gurman）": a foreign name in Chinese, then
# in Latin letters; the Latin name in brackets found first (literal-led), then the letters before it
LATIN_NAME_IN_BRACKETS = re.compile(r"[（(][ \t]*(?P<given>[A-Z][a-z]+)(?:[ \t][A-Z][a-z]*\.?)?[ \t]"
                                    r"(?P<family>[A-Z][A-Za-z'-]+)[ \t]*[）)]")
FOREIGN_NAME_BEFORE = re.compile(r"(?P<left>[\u4e00-\u9fff]{1,8})(?P<sep>[·・‧ ]?)(?P<right>[\u4e00-\u9fff]{1,8})[ \t]*$")
OTHER_NAME = re.compile(rf"[ \t]*{NAME_IN_BRACKETS.pattern}")  # right after a name: "苟某（陈某）"
CITATION = re.compile(r"\(\d{4}[a-z]?\)|\bet al\.|^\s*\\?\[\d+\\?\]|\b(?:In|Proceedings of|Journal|arXiv|doi)\b")
JOINING = set("与和及或暨")
ADVERBS = set("还也则曾又就更都便")
PRONOUNS = set("我你他她它您咱")
ADDRESS_BEFORE_BRACKET = re.compile(r"(?:老师|博士|教授|先生|女士|同学)(?=[ \t]*[（(])")
TOGETHER = {"合作", "共同", "一起", "联合", "一同"}  # "某某和某某合作完成": they act together
FIRST_PERSON_WORDS = re.compile(r"我|咱们")
BRACKETED_CARD = re.compile(r"(?P<name>[^（(）)\n]{2,30}?)[ \t]*[（(](?P<card>[^（）()\n]{2,80})[）)][ \t]*")
LATIN_GIVEN = re.compile(r"[A-Z][a-z]{2,14}")  # "Teemo": a speaker's given name alone, in a speaker's column
MEETS = re.compile(r"认识了|采访了|邀请了|邀请到了|请到了|联系了|拜访了|请教了|感谢")
# a biography's first words: "李某现为某大学语言学系助理教授", "白某现任某公司首席架构师"
# … or a plain 是 before an organisation's title: "某某是某公司的架构师"
BIO_COPULA = re.compile(r"(?:现为|现任|目前担任|现担任|目前是|现在是|是(?![否的]))[ \t]*(?P<desc>[^，。；！？\n]{3,40})")
COPULA_NAME_REACH = 24  # a name and its markup before the copula: "**Austen Collins** 是"
# … or where one worked or studied: "某某先后就职于A和B，…", "某某毕业于某大学"
CAREER_OPENING = re.compile(r"(?:先后|曾经?|早年|此前|现|目前|现在)?(?:就职于|任职于|供职于|毕业于|就读于)[ \t]*"
                            r"(?P<employer>[^，。；！？\n、和与及]{2,30})")
DEGREE_BEFORE_COPULA = ("博士", "教授")  # "某某博士现任…": looked for behind the verb, so the scan starts at a literal
# a name, then where it ends: punctuation, a space, or 和/与/及 and the next name
NAME_AFTER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:[，。、；！？,\s的]|[和与及](?=[\u4e00-\u9fff])|$)")
FIELD_NAME = re.compile(FIELD_WORDS)
# more names after a name, joined by 、, to the end of the clause
SIBLING_NAMES = re.compile(r"(?:、[\u4e00-\u9fff]{2,3})+(?=[，。；！？,;\s也还都等]|$)")
NAMES_IN_BRACKETS = re.compile(r"[（(](?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)[）)]")
AT_CARD_TITLE = re.compile(r"[ \t]*[，,][ \t]*[^，,。；;！？\n]{2,30}")  # the title after the company, parted by a comma
GAVE_AT = re.compile(r"上(?:进行了|做了|作了|发表了|带来了|分享了)")
# "随后，韩某分享了《X》", "第一场是 宋某 分享的《X》", "由 Nora Vance 带来《X》": the speaker before
# the verb that presents a talk's title (looked for back from the verb); or the author of a work,
# "听了韩某的《X》", where a name can start
PRESENTS_TITLE = re.compile(r"(?:(?:主要|也|还|则|又|随后|接着)?(?:分享|带来|讲解|讲述|主讲|发表|介绍)(?:了|的)?"
                            r"|的(?:主题演讲|主题分享|演讲|分享|报告|议题)?)[ \t]*(?:题为|主题为|名为)?[ \t]*《")
ASIDE_BEFORE = re.compile(r"[（(][^（）()\n]{1,20}[）)][ \t]*$")  # "吴某(handle)的《X》": the name before the brackets
WORK_HEARD = ("", "了", "听", "看", "是", *" \t\n，、。：:（(")
# "《X》，是某公司 CTO 的韩某讲解的": a talk's speaker named after it, before the verb and 的
PRESENTED_BY = re.compile(r"(?:讲解|分享|带来|主讲|演讲)的")
LIST_MARKER_BEFORE = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
TURN_HEAD = 30  # characters of a turn's head: markup, a project's name, the speaker's
BRAND_ENDINGS = set("云网")  # a company's cloud or site after its name
NAME_PARTICLES = set("为")  # a particle that given names end in too: "有为"
LOCALISERS = set("后前中时里上下内外间")
INNER_FUNCTION_WORDS = set("在是的了把被也都")  # not 向, 从: "沈向洋", "李从旺"
# a list item led by a name and a colon: "  * 罗某: 议题", "- Alex Chen：议题"
LEADING_NAME_ITEM = LineStartPattern(rf"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<name>[\u4e00-\u9fff]{{2,4}}|{LATIN})[ \t]*[:：][ \t]*\S")
PARTICLES = set("的了在和与是说等及也都就将把被对从向为以很还已又做给")


@functools.lru_cache(maxsize=1)
def _han_name() -> str:
    """A listed surname, then one or two characters."""
    singles = "".join(sorted(s for s in lexicons.load("surnames") if len(s) == 1))
    compounds = lexicons.alternation(s for s in lexicons.load("surnames") if len(s) == 2)
    return rf"(?:(?:{compounds})[{HAN}]{{1,2}}|[{singles}][{HAN}]{{1,2}})"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    han_name = _han_name()
    any_han = rf"[{HAN}]{{2,4}}"
    titles = lexicons.alternation(lexicons.load("titles"))
    honorifics = lexicons.alternation(lexicons.load("honorifics"))
    verbs = "表示|指出|认为|说道|说|谈到|提到|坦言|介绍|强调|回忆|透露"
    return {
        # "… CTO 林某", "我是社区的负责人——齐某"
        # … with the title glossed in brackets: "研发 VP（副总裁）秦某"
        # … a dash between, the name in bold: "某社区发起人—**谭某**", "某公司架构师-卢某"
        # … or a work's author ending the chain: "某云资深前端工程师、WePY 作者龚某"
        "title_before": re.compile(rf"(?:{titles}|(?:(?<=[A-Za-z0-9》])|(?<=[A-Za-z0-9》][ \t]))作者)[ \t]*"
                                  rf"(?:[（(][{HAN}A-Za-z \t]{{1,12}}[）)][ \t]*)?(?:(?:——|—|--|-)[ \t]*)?"
                                  rf"(?P<name>{han_name})"),
        "apposition": re.compile(
            # a label ("作者：…", "个人介绍：…") is no name: leave its colon to the label frame
            rf"(?:{BOUNDARY}|{SOFT_BOUNDARY})(?![ \t>*—\-]*(?:(?:本文|文章)?{LABELS}(?:简介|介绍|信息)?|(?:个人)?(?:简介|介绍))[ \t]*[：:｜|])"
            rf"(?P<name>{han_name}|{LATIN}|(?<![^\n])[ \t>*—\-]*{any_han})[ \t]*"
            # "李凯（知乎 ID：郁白），现任…": an aside in brackets may come first
            rf"(?:[（(](?P<aside>[^（）()\n]{{1,40}})[）)][ \t]*(?=[，,]))?"
            # … or a middle dot with a space beside it: "张某 · 某公司总监" (not "艾伦·戈登", "某录·总监")
            # … an acronym in brackets inside the titles: "（某某联盟 (TOSA) 主席）"
            rf"(?:[，,：:｜]|[（(]|[ \t]+[·•・]|[·•・][ \t]+)[ \t]*(?P<desc>(?:[^。！？；;\n（）()：:]|[（(][A-Za-z][A-Za-z0-9.&-]{{1,11}}[）)]){{2,80}})", re.M),
        # … a Latin given name alone ending its clause ("主讲人：Alice")
        "label": re.compile(rf"{LABELS}(?:简介|介绍|信息)?[ \t]*[：:｜|][ \t]*(?:{LATIN_ADDRESS})?(?P<name>{LATIN}|{any_han}"
                            rf"|{LATIN_WORD}(?=[ \t*]*(?:\n|$|[，,、；;（(|｜])))"
                            # "文案: 方某 霍某": names parted by spaces, each a surname's
                            rf"(?P<more>(?:[ \t]*[，,、/][ \t]*(?:{LATIN}|{any_han})|[ \t]+(?:和|与|及|&)[ \t]+{LATIN}"
                            rf"|[ \t]+{han_name}(?=(?:[ \t]+{han_name})*[ \t]*(?:\n|$)))*)"),
        # … or a table's row "文章作者 | 宋某", its pipe blanked in the prose: a label, then a wide gap
        # (literal-led, as a pattern led by a line start is tried everywhere)
        "credit": re.compile(rf"(?:文章|内容){CREDITS}[ \t]{{2,}}(?P<name>{LATIN}|{any_han})(?P<more>)"),
        # an interview's turn, the speaker's project or company before the name
        "turn": re.compile(rf"[ \t>*]*(?:[A-Za-z][A-Za-z0-9.-]*[ \t]+)?(?P<name>{han_name})[ \t*]*[:：]"),
        # literal-led frames: the word is found first, the name looked for right before it
        # "孙福泽（@x）认证成为 MOSN Committer", "张三出任阿里云 CTO"
        "role_verb": re.compile(r"(?:成为|担任|出任|当选为|当选|晋升为|升任|荣任|就任)[ \t]*(?P<desc>[^，。；！？:：\n]{2,40})"),
        "role_verb_name": re.compile(rf"{BOUNDARY}(?P<name>{han_name}|{LATIN})(?:[（(][^（）()\n]{{1,100}}[）)])?[ \t]*"
                                     rf"[^，。\n]{{0,6}}$"),
        # a one-character form of address ("张总") must end the word: not "总经理"
        "honorific": re.compile(rf"(?:{honorifics})(?<=[{HAN}]{{2}})(?![{HAN}]?(?:们|界))(?:(?<=[总])(?![{HAN}])|(?<![总]))"),
        "speech": re.compile(rf"(?:{verbs})"),
        # "作为 SOFAStack 商业化团队负责人，马振雄表示": the titles the sentence gives its subject first
        "as_titles": re.compile(rf"作为[ \t]*(?:一名|一位|一个)?(?P<desc>[^，。；！？\n《》“”]{{3,40}})[，,][ \t]*"
                                rf"(?P<name>{han_name})"),
        # "第一作者杜超群是…", "@王勇 提问"; "本文整理自罗某在 X 大会的演讲"
        # "个人简介：高某，…" (but "个人介绍：某公司联合创始人" introduces no name)
        "byline": re.compile(rf"(?:第一作者|通讯作者|共同作者|作者|@|本文整理自|本文根据|本文内容来自|我叫"
                             rf"|个人(?:简介|介绍)[：:][ \t]*(?=[^，,\n]{{2,4}}[，,]))[ \t]?(?P<name>{han_name})"),
        # literal-led by the comma; the title before it is checked after
        # … or a line's end after it: "- 某研究院 某部副主任、某云 TVP，陈某"
        "title_comma_name": re.compile(rf"(?P<comma>[，,])[ \t*]*(?P<name>{han_name})[ \t*]*(?:[，,]|$)", re.M),
        # … a Latin word of what the person is may come between ("来自 X 的 gopher 张某分享了")
        "from_org": re.compile(rf"来自[^，。！？；\n的]{{2,30}}的[ \t]*(?:[a-z]{{2,15}}[ \t]+)?(?P<name>{han_name})"
                               rf"(?=[ \t]*[，,。、；（(和与及]|[ \t]*(?:分享|介绍|带来|讲解|演讲)|$)", re.M),
        # "龙某@某科技创始人": a card of a name, an at sign, the company and the title run together
        "at_card": re.compile(rf"(?<![A-Za-z0-9_.@-])(?P<name>{han_name})(?P<aside>[（(][^（）()\n]{{1,10}}[）)])?@"
                              r"(?P<desc>[^\s|｜@，,、:：]{2,30})"),
        # … and the next of a list: "来自 A 的甲、B 的乙与 C 的丙"
        "from_org_next": re.compile(rf"[ \t]*(?:[、，,]|以及|和|与|及)[ \t]*[^，。！？；\n的、]{{2,20}}的[ \t]*(?P<name>{han_name})"
                                    rf"(?=[ \t]*[，,。、；（(和与及]|$)", re.M),
        # a programme entry "第 20 期：崔红保-跨端框架性能优化实践": the speaker, a dash, the title
        "dash_title": re.compile(rf"[：:][ \t]*(?P<name>{han_name})[ \t]*[-—–][ \t]*[^\s-]"),
        # "黄挺（花名鲁直）", "杨传辉（花名：日照）蚂蚁集团研究员": another name in brackets
        "alias": re.compile(rf"[（(](?:花名|英文名|笔名|网名|昵称|人称)[：:]?[ \t]*(?P<alias>{LATIN}|[{HAN}A-Za-z]{{2,10}})"
                            rf"(?:[ \t]*[，,；;][ \t]*|[ \t]+)?(?P<aside>(?<=[ \t，,；;])[^（）()\n]{{2,60}})?[ \t]*[）)]"
                            rf"(?:[ \t]*[，,]?[ \t]*(?P<desc>[^。！？；;\n（）()]{{2,80}}))?"),
        # a card: the name alone on its line (an alias in brackets may follow), titles on the next lines
        # a bullet may lead it, a handle follow it: "**· 赵某 ｜**GitHub:zhao"
        # … or led by the person's project: "**StoneKV 宋某**"
        "card": re.compile(rf"[ \t>*#·•-]*(?P<project>[A-Za-z][A-Za-z0-9.-]*[ \t]+)?(?P<name>{han_name}|{any_han})[ \t*]*(?:[（(][^（）()\n]{{1,20}}[）)])?[ \t*]*[：:]?[ \t*]*"
                           rf"(?:[｜|][ \t*]*(?:GitHub|Github|github|Twitter|微信|@)[^\n]*)?$"),
        "latin_list": re.compile(rf"(?P<names>{LATIN}(?:\s*,\s*(?:and\s+)?{LATIN}){{2,}})"),
    }


@functools.lru_cache(maxsize=1)
def _list_item() -> LineStartPattern:
    """A list item led by a name and a colon; Latin words before a colon in a list define a term
    ("- Seed Peer：…") more often than they name."""
    return LineStartPattern(rf"^[ \t]*(?P<name>{_han_name()})[ \t]*[:：][ \t]*\S")


@functools.lru_cache(maxsize=1)
def _followers() -> tuple[str, ...]:
    """What ends a name it follows: a verb of speech, or a form of address ("赵某教授")."""
    address = {h for h in lexicons.load("honorifics") if len(h) >= 2}
    return tuple(sorted(lexicons.load("speech_verbs") | address, key=len, reverse=True))


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
    followers = _followers()
    for n in lengths:
        after = text[start + n:start + n + 4]
        if not after or not re.match(rf"[{HAN}]", after[0]) or after.startswith(followers) \
                or after[:2] in lexicons.load("verbs") and candidate[n - 1] + after[0] not in domain_words():
            return candidate[:n]  # "周济发布了": a verb follows; but not "王健回|答道", which cuts 回答
    if len(lengths) == 1:
        return candidate[:lengths[0]]
    long, short = candidate[:lengths[0]], candidate[:lengths[1]]
    return short if text.count(short) > text.count(long) else long


def _is_name(name: str, strong: bool = False, labelled: bool = False) -> bool:
    """A plausible personal name; ``strong`` frames accept unlisted surnames and function-word ones.

    A common word that starts like a name ("相关", "简单", "当然") is a name only where a label
    or a table column says so (``labelled``).
    """
    if re.fullmatch(LATIN, name):  # not "Nimbus Community", "Nimbus Flow Contributor"
        return name.split()[-1] not in LATIN_ORG_WORDS and name.split()[-1] not in _titles()
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
    if not labelled and len(name) == 3 and name[1] in INNER_FUNCTION_WORDS:
        return False  # "曾在北(辰云)": a preposition after the first character, no given name
    if not labelled and set(name[1:]) & PRONOUNS:
        return False  # "——谈我和…": a verb and a pronoun
    if len(name) == 3 and name[:2] in lexicons.load("common_words") and name[2] in LOCALISERS:
        return False  # "毕业后": a word and a localiser
    if len(name) == 3 and name[:2] in lexicons.load("verbs") and name[2] in "为成到":
        return False  # "晋升为": a verb and its complement
    if strong:
        return len(name) <= 3 or surname_of(name) is not None
    surname = surname_of(name)
    return (surname is not None and 1 <= len(name) - len(surname) <= 2
            and name[0] not in lexicons.load("function_surnames"))


EXTRACTOR = "persons"


def _other_name(name: str, start: int, of: str) -> Mention:
    """A person's other name ("鲁直" of 黄挺), cited where the text gives it."""
    return Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.8, attrs=(("alias_of", of),))


def _with_descriptor(mention: Mention, descriptor: str, start: int) -> Mention:
    """The mention with the titles found for it (read by the roles extractor) and where they start."""
    return dataclasses.replace(mention, attrs=(*mention.attrs, ("descriptor", descriptor.strip()),
                                               ("descriptor_start", str(start))))


class PersonExtractor:
    """Finds persons through introduction frames, then all their other mentions."""

    name = EXTRACTOR
    requires: tuple[str, ...] = ()
    provides = (PERSON,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        text = document.prose
        seeds: dict[tuple[int, int], Mention] = {}
        for mention in self._frames(document):
            key = (mention.start, mention.end)
            if key not in seeds or (mention.attr("descriptor") and not seeds[key].attr("descriptor")):
                seeds[key] = mention
        for key, mention in list(seeds.items()):
            # "文｜金某（蚂蚁集团技术专家)": titles in brackets right after a name
            # "…（蚂蚁集团技术专家)", "孙某老师（知乎，TiKV Maintainer）": a form of address may come first
            address = ADDRESS_BEFORE_BRACKET.match(text, mention.end)
            bracket = TITLES_IN_BRACKETS.match(text, address.end() if address else mention.end)
            if bracket and not mention.attr("descriptor") and split_title(bracket.group("desc").strip()) is not None:
                seeds[key] = mention = _with_descriptor(mention, bracket.group("desc"), bracket.start("desc"))
        # "宋某（某某云） 《TITLE》": a programme line's brackets hold the speaker's organisation
        programme_orgs = {line.start("org") for line, _ in book_line_speakers(document) if programme_line_org(line)}
        for mention in list(seeds.values()):
            # "苟利（陈自欣）", "王发康（毅松）": a person's other name in brackets right after the name
            other = OTHER_NAME.match(text, mention.end)
            if other and not mention.attr("alias_of") and _is_name(other.group("name"), strong=True) \
                    and not names_organization(other.group("name")) and other.start("name") not in programme_orgs \
                    and (other.start("name"), other.end("name")) not in seeds:
                seeds[(other.start("name"), other.end("name"))] = _other_name(
                    other.group("name"), other.start("name"), mention.text)
                titles = TITLES_AFTER.match(text, other.end())
                if titles and not mention.attr("descriptor") and split_title(
                        re.split(r"[、，,]", titles.group("desc"))[0].strip()) is not None:
                    # "王发康（毅松）蚂蚁集团 可信原生技术部 技术专家", "玄北（曹杰），…核心成员"
                    seeds[(mention.start, mention.end)] = _with_descriptor(mention, titles.group("desc"), titles.start("desc"))
        handles = [bracket for bracket in (NAME_IN_BRACKETS.finditer(text) if "（" in text or "(" in text else ())
                   if HANDLE_BEFORE.search(text, max(0, bracket.start() - 22), bracket.start())]
        for handle in handles:
            # "ckj（陈某）、river（付某）": handles, each then the person's name in brackets; two on a
            # line at least, as one alone is as often a word and its translation ("sidecar（边车）")
            name = handle.group("name")
            line_start, line_end = text.rfind("\n", 0, handle.start()), text.find("\n", handle.end()) % (len(text) + 1)
            # … or one after a title: "来自北辰云的高级前端工程师 BruceWan（万某）分享…"
            handle_start = HANDLE_BEFORE.search(text, max(0, handle.start() - 22), handle.start()).start()  # type: ignore[union-attr]
            titled = _ends_with_title(text[line_start + 1:handle_start])
            if surname_of(name) and _is_name(name, strong=titled) and name not in lexicons.load("companies") \
                    and not set(name) <= GLOSS_CHARS \
                    and (titled or sum(line_start < other.start() < line_end for other in handles) >= 2) \
                    and (handle.start("name"), handle.end("name")) not in seeds:
                chain_start = _chain_start(text, handle_start) if titled else -1
                chain = text[chain_start:handle_start].strip() if titled else ""
                seeds[(handle.start("name"), handle.end("name"))] = Mention(
                    PERSON, name, handle.start("name"), handle.end("name"), EXTRACTOR, 0.75,
                    attrs=(("descriptor", chain), ("descriptor_start", str(chain_start))) if chain else ())
        for name, start in _roster(document.body) if "\n" in document.body else ():
            seeds.setdefault((start, start + len(name)), Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.7))
        for item in _listed_with_people(document.body, {m.start for m in seeds.values()}):
            seeds.setdefault((item.start("name"), item.end("name")),
                             Mention(PERSON, item.group("name"), item.start("name"), item.end("name"), EXTRACTOR, 0.7))
        names = {m.text for m in seeds.values()}
        alias_of = {m.text: str(m.attr("alias_of")) for m in seeds.values() if m.attr("alias_of")}
        for key, m in seeds.items():
            if m.text in alias_of and not m.attr("alias_of"):  # "我是…专家白榆", 白榆 given as another's
                seeds[key] = dataclasses.replace(m, attrs=(*m.attrs, ("alias_of", alias_of[m.text])))
        # a seed inside a longer seed ("黄东" in "黄东旭") is a mistaken cut
        for m in list(seeds.values()):
            if any(o.text != m.text and m.text in o.text for o in seeds.values()) and text.count(m.text) == sum(
                    text.count(o.text) for o in seeds.values() if m.text in o.text and o.text != m.text):
                del seeds[(m.start, m.end)]
                names.discard(m.text)
        for m in list(seeds.values()):
            # "李老师", "施总": a surname and a form of address is the one person of that surname the
            # article names in full, or no name at all ("腾讯云技术总监黄老师" with no 黄 named)
            surname = _addressed_surname(m.text)
            if surname is None or m.attr("alias_of"):
                continue
            full = {o.text for o in seeds.values() if o.text.startswith(surname) and _addressed_surname(o.text) is None
                    and len(o.text) > len(surname) and not o.attr("alias_of") and not o.text.isascii()}
            if len(full) == 1:
                seeds[(m.start, m.end)] = dataclasses.replace(m, attrs=(*m.attrs, ("alias_of", next(iter(full)))))
                alias_of[m.text] = next(iter(full))
            elif not full and not _named_in_full(text, surname, m.text):
                del seeds[(m.start, m.end)]
                names.discard(m.text)
        yield from sorted(seeds.values(), key=lambda m: m.start)
        for name in sorted(names):
            # str.find, not a pattern per name: each would be compiled once and push others from re's cache
            at = text.find(name)
            while at >= 0:
                span, at = (at, at + len(name)), text.find(name, at + len(name))
                if span in seeds or not _bounded(text, *span):
                    continue
                yield Mention(PERSON, name, *span, self.name, 0.8,
                              attrs=(("alias_of", alias_of[name]),) if name in alias_of else ())

    def _frames(self, document: Document) -> Iterator[Mention]:
        text = document.prose
        patterns = _patterns()

        def person(name: str, start: int, confidence: float, descriptor: str = "",
                   desc_start: int = -1) -> Mention:
            attrs = (("descriptor", descriptor.strip()), ("descriptor_start", str(desc_start))) if descriptor else ()
            return Mention(PERSON, name, start, start + len(name), self.name, confidence, attrs=attrs)

        for name, start, desc, desc_start in _heading_cards(document):
            yield person(name, start, 0.8, desc, desc_start)
        for name, start in _heading_speakers(document):
            yield person(name, start, 0.8)
        for _, listed_speakers in book_line_speakers(document):
            for name, start in listed_speakers:
                yield person(name, start, 0.8)
        for roster_item in affiliated_roster(document):
            yield person(roster_item.group("name"), roster_item.start("name"), 0.8)
        for name, start in _photo_names(document):
            yield person(name, start, 0.7)
        for speaker_line in bold_speaker_lines(document):
            card = speaker_line.group("card").strip()
            yield person(speaker_line.group("name"), speaker_line.start("name"), 0.75, card,
                         speaker_line.start("card") + speaker_line.group("card").find(card) if card else -1)
        for titled_line in titles_by_speaker(document):
            card = titled_line.group("card")
            yield person(titled_line.group("name"), titled_line.start("name"), 0.8, card, titled_line.start("card"))
        for bold_line in BOLD_LATIN_NAME.finditer(document.body) if "**" in document.body else ():
            if bold_line.group("name").split()[0] in lexicons.load("latin_given_names") and _is_name(bold_line.group("name")):
                yield person(bold_line.group("name"), bold_line.start("name"), 0.75)
        named_until = -1
        for match in patterns["title_before"].finditer(text):
            if "|" in document.body[match.start():match.start("name")]:
                continue  # a table's cells: the title ends one, the name opens the next
            name = trim_name(text, match.start("name"), match.group("name"))
            after = match.start("name") + len(name)
            common = lexicons.load("common_words")
            if len(name) == 3 and text[after - 1:after + 1] in common and not text.startswith(_followers(), after):
                continue  # "成员|晋升机|制": words, cut across (but "韩俊平|分享了": a name's follower)
            # "院士周济发布了…": a name that is also a word, vouched for by the title and the verb after it
            if not _is_name(name) and not (len(name) == 2 and _is_name(name, labelled=True)
                                           and name not in lexicons.load("function_words")  # "SRE 支持…"
                                           and name[0] not in JOINING  # "所长暨云计算…": two titles joined
                                           and text[after:after + 2] in lexicons.load("verbs")) \
                    and not ((NICKNAME_AFTER.match(text, after) or _ends_clause(text, after, name))
                             and surname_of(name) and _is_name(name, strong=True) and split_title(name) is None
                             and name[0] not in JOINING  # "等专家和大咖，": 和 joins, names no one
                             # "工程师来完成）": a function word and a verb run into the title (a space
                             # would part them: "架构师 代远航")
                             and not (name[0] in lexicons.load("function_surnames") and name[1:] in lexicons.load("function_words")
                                      and text[match.start("name") - 1] not in " \t")):
                continue  # but "专家石某（花名：某某）": the nickname vouches for a surname that is also a word
            chain_start = _chain_start(text, match.start())
            if chain_start < named_until <= match.start():
                # "某研究院总监杨某 某云产品总监 谢某": the chain starts after the name before it
                gap = text[named_until:match.start()]
                chain_start = named_until + len(gap) - len(gap.lstrip(" \t"))
            chain_start = _after_listed_cards(text, chain_start, match.start())
            cell_start = document.body.rfind("|", chain_start, match.start()) + 1
            if cell_start:
                # a table's cell: the chain starts with it ("| 项目经理 某某 |")
                cell = text[cell_start:match.start()]
                chain_start = cell_start + len(cell) - len(cell.lstrip(" \t"))
            chain = TITLE_GLOSS_END.sub("", text[chain_start:match.start("name")].rstrip(" \t—-"))
            if parse_descriptor(chain):
                yield person(name, match.start("name"), 0.9, chain, chain_start)
                named_until = after
                siblings = SIBLING_NAMES.match(text, after)
                names = siblings.group().split("、")[1:] if siblings else []
                if names and all(_is_name(n, strong=True) for n in names):
                    # "技术专家罗某、杨某、马某": the title is each one's
                    at = after + 1
                    for sibling in names:
                        yield person(sibling, at, 0.85, chain, chain_start)
                        at += len(sibling) + 1
        for match in patterns["title_comma_name"].finditer(text):
            # "**某油田信息中心软件主管，王某，**在发布会上分享…": a line led by the titles, the name
            # between commas after them
            before_comma = text[max(0, match.start() - 12):match.start()].rstrip(" \t*")
            if not before_comma.endswith(_titles()):
                continue
            chain_start = _chain_start(text, match.start("comma"))
            line_start = text.rfind("\n", 0, match.start()) + 1
            chain = text[chain_start:match.start("comma")].strip()
            if text[line_start:chain_start].strip(" \t*>-") or not _is_name(match.group("name")):
                continue
            if any(a.organization for a in parse_descriptor(chain)):
                yield person(match.group("name"), match.start("name"), 0.8, chain, chain_start + text[chain_start:].find(chain))
        for match in LATIN_AFTER_TITLE.finditer(text):
            # "——WeCity 联合创始人兼首席技术官 Arjen Hof、…": a Latin name after a chain that names an
            # organisation, the clause ending after it ("架构师 Service Mesh 的…" is no name); or a
            # given name alone before 的, a comma, 在 ("Nimbus 服务端总监 Jason 的演讲"); a colon, then
            # the person's words, after a given name only ("某公司工程师 Tomoya Fujita：“…”")
            name = match.group("name")
            alone = " " not in name
            if text[match.start() - 1:match.start()] not in (" ", "\t") and not HAN_BEFORE.match(text, match.start() - 1):
                continue  # a space or a title's last character, then the name: not a word's inside
            if alone and not (name in lexicons.load("latin_given_names") and GIVEN_NAME_ENDS.match(text, match.end())) \
                    or not alone and (not _is_name(name) or (match.group("end") is None or text[match.end():match.end() + 1]
                                                             in "：:") and not _given_name(name)) \
                    or not _ends_with_title(text[max(0, match.start() - 12):match.start()].rstrip(" \t")):
                continue
            chain_start = _after_listed_cards(text, _chain_start(text, match.start()), match.start())
            chain = text[chain_start:match.start()].rstrip(" \t—")
            if any(a.organization for a in parse_descriptor(chain)):
                yield person(name, match.start("name"), 0.8 if alone else 0.85, chain, chain_start)
        for match in _near_descriptors(text, patterns["apposition"]):
            raw = match.group("name").lstrip(" \t>*—-")
            if FIELD_NAME.fullmatch(raw):
                continue  # a profile's field: "现从事：…"
            start = match.end("name") - len(raw)
            if _ends_with_title(text[max(0, start - 12):start]):
                continue  # introduced by the title chain before it; what follows is someone else's
            line_initial = text[text.rfind("\n", 0, start) + 1:start].strip(" \t>*—-") == ""
            name = trim_name(text, start, raw) if not line_initial else raw
            if name != raw or not _is_name(name, strong=line_initial):
                continue
            desc, desc_at = match.group("desc"), match.start("desc")
            aside = match.group("aside")
            if aside and (split_title(re.split(r"[、，,]", aside)[0].strip()) is not None
                          or line_initial and any(split_title(p.strip()) is not None for p in re.split(r"[、，,]", aside)[1:])):
                # "周小四（青云容器平台负责人、KubeSphere 创始人），一起…": the brackets hold the titles;
                # "**朵某（某公司，高级技术专家），TALK**" at a line's start: the organisation first
                desc, desc_at = aside, match.start("aside")
            parts = [p.strip() for p in re.split(r"[、，,]", desc)]
            other_name = None
            alias_label = ALIAS_PART.match(parts[0]) if parts else None
            if alias_label:
                # "朵晓东，花名奕杉，蚂蚁金服高级技术专家": the other name, then the titles
                other_name = OTHER_NAME_PART.fullmatch(parts[0][alias_label.end():])
                parts = parts[1:]
                if other_name and (not parts or split_title(parts[0]) is None):
                    # "我是…的黄某，花名鲁某，目前…": the other name, with no titles after it
                    alias_at = desc_at + desc.find(other_name.group("alias"))
                    yield person(name, start, 0.8)
                    yield _other_name(other_name.group("alias"), alias_at, name)
                    continue
            # "- 宋某（某公司，X Reviewer）": a line's name, its organisation and titles in brackets
            bracketed = line_initial and text[match.end("name"):desc_at].strip(" \t") in ("（", "(") \
                and any(split_title(p) is not None for p in parts[1:])
            # "- 张某，《某书》作者、某集团前端开发": a line's card whose first part is a work or a quality;
            # "张某: 某公司, 某公司基础架构工程师, …": or its company
            separator = text[match.end("name"):desc_at].strip(" \t")
            # (a name before a colon on several lines is an interview's speaker, not a card)
            card_title = next((p for p in parts[1:3] if split_title(p) is not None), None) \
                if line_initial and not aside and (separator in ("，", ",") or separator in ("：", ":")
                                                   and text.count(name + "：") + text.count(name + ":") == 1) \
                and not re.fullmatch(LATIN, name) and surname_of(name) is not None else None
            if not parts or (split_title(parts[0]) is None and not CAREER_LEAD.match(parts[0]) and not bracketed
                             and card_title is None):
                continue
            if FIRST_PERSON_WORDS.search(parts[0]):
                continue  # "郑某：我认为…不应该只属于少数专家": someone speaking, no card says 我
            if split_title(parts[0]) is None and re.fullmatch(LATIN, name) and not _given_name(name):
                continue  # "…观测 Service Mesh，来自陌陌和百度的…": a term, where the people come from
            first = parts[0] if split_title(parts[0]) is not None or CAREER_LEAD.match(parts[0]) or bracketed \
                else card_title or parts[0]
            if first is card_title and len(parts) > 1 and card_title is parts[1] \
                    and any(a.organization for a in parse_descriptor(f"{parts[0]}，{card_title}")):
                first = parts[0]  # "张某: 某公司, 算法工程师": the company, then the title it is held at
            desc_start = desc_at + desc.find(first)
            yield person(name, start, 0.9, text[desc_start:desc_at + len(desc)], desc_start)
            if other_name:
                yield _other_name(other_name.group("alias"), desc_at + desc.find(other_name.group("alias")), name)
        credits = (m for m in patterns["credit"].finditer(text) if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip())
        # "分享嘉宾：某公司 郭某、陈某": the label's first word is the speakers' company (an agenda row)
        company_led = {row.descriptor_start for row in agenda_slots(document) if row.descriptor_is_company}
        for match in itertools.chain(patterns["label"].finditer(text), credits):
            if match.start("name") in company_led:
                continue
            if not match.group("more"):
                # "分享嘉宾：霜林 蚂蚁集团技术专家、散樗 蚂蚁集团高级开发工程师": each name with its title
                listed = list(_named_titles(text, match.start("name")))
                if listed:
                    for name, start, desc, desc_start in listed:
                        yield person(name, start, 0.85, desc, desc_start)
                    continue
            found = [(match.group("name"), match.start("name"))]
            more = match.group("more") or ""
            for extra in re.finditer(rf"{LATIN}|[{HAN}]{{2,4}}", more):
                gap = more[:extra.start()]
                spaced = gap.endswith((" ", "\t")) and not JOINED_GAP.search(gap)
                # (a surname's word may be a brand only where the dictionaries or a suffix say so: "审阅: 庄某 邢某")
                brand_read = names_organization if surname_of(extra.group()) and len(extra.group()) <= 3 else reads_as_organization
                if spaced and (brand_read(extra.group()) or hide_frame_nouns(extra.group()) != extra.group()
                               or extra.group() in lexicons.load("common_words")):
                    continue  # "讲师：田某 某某云": the company after the name, no second name
                found.append((extra.group(), match.start("more") + extra.start()))
            run_in = _latin_name_run_into_title(text, *found[0]) if len(found) == 1 else None
            if run_in:
                name, start, desc, desc_start = run_in
                yield person(name, start, 0.85, desc, desc_start)
                continue
            # "文｜八幡、朵拉" with "杭州涂鸦智能技术专家，…" on the next line: the titles all of them hold
            line_end = text.find("\n", match.end())
            # … or "文｜宋某（GitHub ID：…)" with the titles below: an aside in brackets may end the line
            line_rest = text[match.end():line_end] if line_end >= 0 else "-"
            shared = card_descriptor(text, line_end) if not line_rest.strip(" \t*") or ASIDE_LINE_END.fullmatch(line_rest) else None
            after_name = DESCRIPTOR_AFTER_LABEL.match(text, match.end("name"))
            if shared is None and after_name and not any(_is_name(n) for n, _ in found[1:]) \
                    and (any(a.role for a in parse_descriptor(after_name.group("desc")))
                         or names_organization(_before_link(after_name.group("desc")))):  # "报告人：梁某，某科技"
                # "分享嘉宾：赵某，vivo 互联网，架构师": the titles after the name, on its line, not more names
                desc = after_name.group("desc")
                desc = desc if any(a.role for a in parse_descriptor(desc)) else _before_link(desc)
                shared, found = (desc, after_name.start("desc")), found[:1]
            for i, (raw, start) in enumerate(found):
                name = trim_name(text, start, raw)
                whole = not re.match(rf"[{HAN}]", text[start + len(raw):][:1])
                clause = re.match(r"[^，,。；;、\n]*", text[start:start + 40]).group().strip()  # type: ignore[union-attr]
                if not whole and split_title(clause) in (("", clause), (None, clause)):
                    continue  # "个人介绍：高级研发工程师，…": a title, no name
                # an unlisted surname: only a whole, short word after the label ("分享者：琚致远"); a
                # later item only whole too ("作者：陈静，阿里云云原生团队…" lists no 阿里云)
                # "讲者：Anne Zhu", not "Apache Answer" nor words on the next line
                latin_person = raw.isascii() and "\n" not in raw and _given_name(raw)
                if (surname_of(raw) is None or i > 0) and (len(raw) > 3 or not whole) and not latin_person:
                    continue
                # one word after a comma may be the name's organisation ("邵某，又拍云"): a name there
                # needs a surname that is no word; more of them are a list ("甲，乙，代某")
                after_comma = i > 0 and len(found) == 2 and text[:start].rstrip(" \t").endswith(("，", ","))
                if _is_name(name, strong=not after_comma, labelled=not after_comma):
                    yield person(name, start, 0.85, *(shared or ()))
        for match in short_lines(text, LIST_ITEM_NAMED_TITLE, 200, spaced_name=True):
            # "- 徐迪 蚂蚁金服技术专家：负责…": a list of speakers, each with a title
            # a line that ends after the titles ("王某 某公司架构师。") needs a listed surname: "孩子王 …"
            ends_sentence = match.group().endswith("。")
            if split_title(match.group("desc").strip()) is not None \
                    and _is_name(match.group("name"), strong=not ends_sentence):
                yield person(match.group("name"), match.start("name"), 0.8, match.group("desc").strip(), match.start("desc"))
        for match in _list_item().finditer(text):
            line = document.body[match.start():match.end()]
            line_end = text.find("\n", match.end()) % (len(text) + 1)
            if LIST_ITEM.match(line) and not LABELLED_SPEAKER.search(text, match.end(), line_end):
                # (not "- 利其器：如何用 X …，演讲人：某某": the words before the colon begin a title)
                name = trim_name(text, match.start("name"), match.group("name"))
                if _is_name(name):
                    yield person(name, match.start("name"), 0.75)
        turns = list(_turns(text, patterns["turn"]))
        spoken = Counter(m.group("name") for m in turns)
        for match in turns:
            if spoken[match.group("name")] >= 2 and _is_name(match.group("name")):
                # "宋某：早在 2015 年…", "**StoneKV 宋某：**" at the head of several lines: a speaker's
                # turns in an interview
                yield person(match.group("name"), match.start("name"), 0.75)
        for match in patterns["honorific"].finditer(text):
            # "学生**魏某**同学": emphasis leaves blanks between the name and its form of address
            end = skip_spaces_back(text, match.start())
            found_name = _name_before(text, end, strong=True) or _surname_name_before(text, end, match.group()) \
                or _name_after_organisation(text, end, match.group())
            if found_name and OFFICE.fullmatch(match.group()) and not _is_name(found_name[0]):
                continue  # "各取所长": an office is no peer's form of address, which vouches for a doubtful name
            if found_name:
                yield person(*found_name, 0.75)
        for match in patterns["role_verb"].finditer(text):
            desc = match.group("desc").strip()
            window_start = max(0, match.start() - 120)
            named = patterns["role_verb_name"].search(text, window_start, match.start())
            if named and split_title(desc) is not None:
                name = trim_name(text, named.start("name"), named.group("name"))
                if _is_name(name):
                    yield person(name, named.start("name"), 0.8, desc, match.start("desc"))
        for match in MEETS.finditer(text):
            # "我认识了白某，当时…", "感谢韩某和欧阳某": verbs whose object is a person
            at = match.end()
            for candidate in NAME_AFTER.finditer(text, at, at + 24):
                name = candidate.group("name")
                if candidate.start() != at or not _is_name(name):
                    break
                yield person(name, at, 0.7)
                at = candidate.end()
        for _, holders in titled_name_lists(document):
            # "### 大会主席：" over "张某（某大学）、窦某（某公司）": the title's holders
            for holder in holders:
                if _is_name(holder.group("name"), strong=True, labelled=True):
                    yield person(holder.group("name"), holder.start("name"), 0.85)
        for match in itertools.chain(BIO_COPULA.finditer(text), CAREER_OPENING.finditer(text)):
            # the name opens its sentence, and what it is now names an organisation and a title
            # (or where it worked names an organisation)
            verb_at = match.start()
            verb_at -= 2 if text.endswith(DEGREE_BEFORE_COPULA, 0, verb_at) else 0
            if verb_at > COPULA_NAME_REACH and all(text.rfind(c, verb_at - COPULA_NAME_REACH, verb_at) < 0 for c in "。！？；\n"):
                continue  # no sentence starts near enough for a name to open it: the common case, skipped cheaply
            found_name = _name_before(text, verb_at, strong=True)
            if found_name is None or text[:found_name[1]].rstrip(" \t*>")[-1:] not in ("", "\n", "。", "！", "？", "；") \
                    or found_name[0].endswith(_honorifics()):
                continue  # "杨老师是…": a form of address, no name
            if match.re is CAREER_OPENING:
                if names_organization(left_cut(match.group("employer")).strip()):
                    yield person(*found_name, 0.8)
                continue
            desc = match.group("desc")
            if any(a.organization and a.role for a in parse_descriptor(desc)):
                yield person(*found_name, 0.85, desc, match.start("desc"))
        for match in NAMES_IN_BRACKETS.finditer(text):
            # "Curve 社区的几位 Maintainer（王某、程某、王某）": the people a title in front of them names
            before_start = max(text.rfind(c, 0, match.start()) for c in "，。；！？\n、") + 1
            desc = text[before_start:match.start()].strip()
            names = match.group("names").split("、")
            if not _ends_with_title(desc) or not all(_is_name(n) for n in names):
                continue
            at = match.start("names")
            for name in names:
                yield person(name, at, 0.8, desc, before_start + text[before_start:match.start()].find(desc))
                at += len(name) + 1
        for match in GAVE_AT.finditer(text):
            # "罗某在 X 大会上进行了…的主题演讲": who spoke at an event
            at = text.rfind("在", max(0, match.start() - 60), match.start())
            if at > 0 and not re.search(r"[，。；！？\n]", text[at:match.start()]):
                found_name = _name_before(text, skip_spaces_back(text, at))
                if found_name:
                    yield person(*found_name, 0.7)
        for match in PRESENTED_BY.finditer(text) if "《" in text else ():
            found_name = _name_before(text, match.start())
            if found_name and "《" in text[max(0, text.rfind("。", 0, match.start())):match.start()]:
                # … with the titles before 的 ("某公司 CTO 的")
                de = found_name[1] - 1
                chain_start = _chain_start(text, de) if text[de:de + 1] == "的" else de
                chain = text[chain_start:de].strip()
                has_titles = bool(chain) and any(a.organization and a.role for a in parse_descriptor(chain))
                yield person(*found_name, 0.7, chain if has_titles else "", text.find(chain, chain_start) if has_titles else -1)
        for match in PRESENTS_TITLE.finditer(text) if "《" in text else ():
            aside = ASIDE_BEFORE.search(text, max(0, match.start() - 24), match.start())
            end = skip_spaces_back(text, aside.start() if aside else match.start())
            found_name = _name_before(text, end, anywhere=match.group().startswith("的"))
            if found_name and match.group().startswith("的") and text[found_name[1] - 1:found_name[1]] not in WORK_HEARD:
                continue  # "阿里巴巴的《X》": no name inside a word; "听了韩某的《X》" names one
            if found_name:
                yield person(*found_name, 0.7)
        for match in patterns["speech"].finditer(text):
            # "李某还提到": an adverb may come between the name and the verb
            found_name = _name_before(text, match.start())
            if found_name is None and text[match.start() - 1:match.start()] in ADVERBS:
                found_name = _name_before(text, match.start() - 1)
            if found_name and text.count(found_name[0]) >= 2:
                yield person(*found_name, 0.6)
        for match in patterns["dash_title"].finditer(text):
            name = match.group("name")
            if len(name) <= 3 and _is_name(name):
                yield person(name, match.start("name"), 0.7)
        for match in patterns["as_titles"].finditer(text):
            name = trim_name(text, match.start("name"), match.group("name"))
            desc = match.group("desc").strip()
            if _is_name(name) and split_title(desc) is not None:
                yield person(name, match.start("name"), 0.85, desc, match.start("desc") + match.group("desc").find(desc))
        for match in PRESENTED.finditer(text):
            # "网易的沈某介绍了…", "星河的韩某分享了…": someone's speaker, before the verb of presenting
            for length in (2, 3):
                start = match.start() - length
                name = text[start:match.start()]
                if text[start - 1:start] == "的" and HAN_RUN_END.fullmatch(name) and _is_name(name) \
                        and name not in lexicons.load("verbs"):
                    yield person(name, start, 0.7)
                    pair = PRESENTED_PAIR.search(text, max(0, start - PAIR_REACH), start)
                    if pair and _is_name(pair.group("name")) and pair.group("name") not in lexicons.load("verbs"):
                        yield person(pair.group("name"), pair.start("name"), 0.7)  # "X的甲和Y的乙讨论了"
                    break
        for match in patterns["byline"].finditer(text):
            if match.group().startswith("@") and NAME_CHAR_BEFORE.search(text, max(0, match.start() - 1), match.start()):
                continue  # "崔某@某公司": the speaker's company after the @, no handle
            name = trim_name(text, match.start("name"), match.group("name"))
            if _is_name(name, strong=match.group().startswith("个人"), labelled=match.group().startswith("个人")):
                # "个人简介：高某，某公司架构师": the titles after the name, when there are titles
                titles_after = DESCRIPTOR_AFTER_LABEL.match(text, match.start("name") + len(name))
                if titles_after and any(a.role for a in parse_descriptor(titles_after.group("desc"))):
                    yield person(name, match.start("name"), 0.7, titles_after.group("desc"), titles_after.start("desc"))
                else:
                    yield person(name, match.start("name"), 0.7)
        for match in patterns["alias"].finditer(text):
            before = _nicknamed(text, skip_spaces_back(text, match.start()))
            if before is None:
                continue
            name, start = before
            descriptors = [(match.group(g), match.start(g)) for g in ("aside", "desc") if match.group(g)]
            titled = [(d, at) for d, at in descriptors if split_title(re.split(r"[、，,]", d)[0].strip()) is not None]
            line_end = text.find("\n", match.end())
            if not titled and line_end >= 0 and not text[match.end():line_end].strip(" \t*"):
                # "文｜王某（花名：某某）" then "蚂蚁集团技术专家" on the next line: a card
                card = card_descriptor(text, line_end)
                titled = [card] if card else []
            yield person(name, start, 0.85, *(titled[0] if titled else ("", -1)))
            yield _other_name(match.group("alias"), match.start("alias"), name)
        for match in patterns["from_org"].finditer(text):
            # "来自某理工大学的唐某，以…": a person introduced by where they come from
            name = trim_name(text, match.start("name"), match.group("name"))
            if _is_name(name) and not _ends_with_title(text[match.start("name") - 8:match.start("name")]):
                yield person(name, match.start("name"), 0.75)
                end = match.start("name") + len(name)
                while (following := patterns["from_org_next"].match(text, end)) and _is_name(following.group("name")):
                    yield person(following.group("name"), following.start("name"), 0.75)
                    end = following.end("name")
        for match in _at_cards(text, patterns["at_card"]):
            desc = match.group("desc")
            title_after = AT_CARD_TITLE.match(text, match.end("desc"))
            if title_after and reads_as_organization(desc) and split_title(desc) is None:
                desc = text[match.start("desc"):title_after.end()]  # "王某@某某科技有限公司，网络研发总监"
            if any(a.organization and a.role for a in parse_descriptor(desc)) and _is_name(match.group("name"), strong=True):
                yield person(match.group("name"), match.start("name"), 0.8, desc, match.start("desc"))
        for match in NESTED_CARD.finditer(document.body) if "\n  " in document.body else ():
            # "- **霍某**" then nested items "  - 23级某学院", "  - 某俱乐部社长": a roster's card
            name = match.group("name")
            if surname_of(name) and _is_name(name, strong=True):
                items_start, items_end = match.start("items"), match.end("items")
                yield person(name, match.start("name"), 0.8, text[items_start:items_end].rstrip(), items_start)
        for match in CARD_OVER_TITLE.finditer(text) if "《" in text else ():
            # "**裴某**（某大学）" then "《TITLE》——…" on the next line: a speaker's card over the talk
            name = match.group("name")
            if surname_of(name) and _is_name(name, strong=True):
                aside = match.group("aside").strip()
                yield person(name, match.start("name"), 0.8, aside, match.start("aside"))
        for match in HANDLE_ASIDE.finditer(text):
            # "骆某（GitHub ID：luotao1）", "邓某（@dengqian）": a person's handle in brackets after the name
            # the handle vouches for a surname that is also a word ("谢")
            end = skip_spaces_back(text, match.start())
            handled = _name_before(text, end, anywhere=True) or next(
                ((text[end - n:end], end - n) for n in (3, 2) if surname_of(text[end - n:end])
                 and _is_name(text[end - n:end], strong=True) and _no_word_inside(text[end - n:end])), None)
            if handled is not None:
                yield person(*handled, 0.8)
        for match in ALIAS_BETWEEN_COMMAS.finditer(text):
            # "我是来自于某公司的黄某，花名鲁某，目前…": another name between commas, whatever follows
            before = _nicknamed(text, skip_spaces_back(text, match.start()))
            if before is not None and _is_name(match.group("alias"), strong=True):
                yield person(*before, 0.8)
                yield _other_name(match.group("alias"), match.start("alias"), before[0])
        for match in short_lines(text, patterns["card"]):
            card = card_descriptor(text, match.end())
            card_name = match.group("name")
            common = lexicons.load("common_words")
            # a heading is a name of two or three characters after a listed surname: "### 智慧油田"
            # heads a section, "### 于航" names a speaker
            heading = document.heading_at(text.rfind("\n", 0, match.start("name")) + 1)
            surname = surname_of(card_name)
            if heading and not (surname and 1 <= len(card_name) - len(surname) <= 2):
                continue
            if card and _is_name(card_name, strong=not match.group("project")) \
                    and card_name not in lexicons.load("generic_headings") \
                    and not (len(card_name) == 4 and card_name[:2] in common and card_name[2:] in common):  # "项目名称"
                yield person(card_name, match.start("name"), 0.8, *card)
        for match in LATIN_SUBJECT_VERBS.finditer(text):
            # "Peter Bourgon 在2017年2月撰写了…", "Matt Stine，在接受 InfoQ 采访的时候": the subject of a
            # clause of speech or writing; "Joseph Irving (@Joseph-Irving)": a handle after a name
            clause_start = max(text.rfind(c, 0, match.start()) for c in CLAUSE_ENDS) + 1
            subject = LATIN_SUBJECT.match(text, clause_start, match.start())
            if subject is None and (match.group().endswith("@") or text[clause_start:match.start()].lstrip().startswith("在")):
                # the name ends the clause before: "…的 Matt Stine，在接受…", "Joseph Irving (@…"
                end = match.start() if match.group().endswith("@") else clause_start - 1
                subject = LATIN_ENDS_CLAUSE.search(text, max(0, end - 40), end)
            if subject and _given_name(subject.group("name")):
                yield person(subject.group("name"), subject.start("name"), 0.75)
        for match in TRANSLITERATED.finditer(text):
            # "工程师鲁道夫·卡尔曼提出": a foreign name written in Chinese, its parts joined by ·
            run = HAN_RUN_END.search(text, max(0, match.start() - 8), match.start())
            if run is None:
                continue
            left, right = re.sub(rf".*(?:{LABELS}|之一|的)", "", run.group()), match.group("right")
            for title in _titles():
                cut = left.rfind(title)
                if cut >= 0:
                    left = left[cut + len(title):]
            # "他与杰弗里·辛顿": the name's letters only, on either side
            left = _transliterated_end(left) if len(_transliterated_end(left)) >= 2 else left
            right = next((right[:i] for i in range(2, len(right)) if right[i] in PARTICLES
                          or right[i:].startswith(_followers())), right)
            spelt = len(right) - len(right.lstrip(TRANSLITERATION_LETTERS))
            right = right[:spelt] if spelt >= 2 else right
            common = domain_words() | lexicons.load("places")
            if 2 <= len(left) <= 4 and left not in common and right not in common and len(right) >= 2 \
                    and split_title(right) is None:  # "某公司·技术总监": a company and a title
                start = match.start() - len(left)
                yield person(f"{left}{match.group()[0]}{right}", start, 0.7)
        for gloss in LATIN_NAME_IN_BRACKETS.finditer(text) if "（" in text or "(" in text else ():
            # a foreign person's name, not a Chinese one's pinyin ("白某（Brenda Bai）") nor a body's
            # ("基金（National Science Foundation）")
            if gloss.group("family") in lexicons.load("pinyin_surnames") or not (
                    gloss.group("given") in lexicons.load("latin_given_names")
                    or gloss.group("family") in lexicons.load("latin_family_names")):
                continue
            foreign = FOREIGN_NAME_BEFORE.search(text, max(0, gloss.start() - 20), gloss.start())
            if foreign is None:
                continue
            # the name's Chinese letters only: "人工智能负责人约翰 贾南德雷亚" is 约翰 贾南德雷亚
            left, right = _transliterated_end(foreign.group("left")), foreign.group("right")
            if foreign.group("sep"):
                name_start = foreign.start("right") - len(foreign.group("sep")) - len(left)
            else:
                left, right = "", _transliterated_end(foreign.group("left") + right)
                name_start = foreign.end("right") - len(right)
            name = text[name_start:foreign.end("right")]
            if (left and not right.strip(TRANSLITERATION_LETTERS) and len(name.replace(" ", "")) >= 3) if foreign.group("sep") \
                    else len(right) >= 2:
                yield person(name, name_start, 0.75)
        for match in MADE_UP_OF.finditer(text) if "组成" in text or "构成" in text else ():
            # "由周某、许某、马某组成的某队": the members a team is made up of, three or more, each a
            # name and no word
            members = [(m.group(), match.start("names") + m.start()) for m in re.finditer(f"[{HAN}]+", match.group("names"))]
            # (some of them may have a surname that is also a word: "于某", "许某")
            if len(members) >= 3 and all(2 <= len(n) <= 3 and _is_name(n, strong=True) and n[:2] not in lexicons.load("common_words")
                                         for n, _ in members) and sum(_is_name(n) for n, _ in members) >= 2:
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
                             and _is_name(item[-n:], strong=True)), item)
                if not (2 <= len(name) <= 3 and surname_of(name) and _is_name(name, strong=True)):
                    break
                counted.append((name, start + len(item) - len(name)))
            else:
                for name, start in counted:
                    yield person(name, start, 0.75)
        for match in LISTED_PEOPLE.finditer(text):
            # "感谢艺刚、茂修、浩也等同学": names listed before a form of address for all of them
            etc = text[match.start() - 1:match.start()] == "等"
            if not etc and text.rfind("、", max(0, match.start() - 5), match.start()) < 0:
                continue  # a list's last name is right before the form of address
            end = match.start() - etc
            run = NAME_LIST_BEFORE.search(text, max(0, end - LIST_REACH), end)
            if run is None:
                latin_run = LATIN_LIST_BEFORE.search(text, max(0, end - 120), end)
                for latin_name in re.finditer(LATIN, latin_run.group()) if latin_run else ():
                    # "致敬 Ann Lee、Bo Yang 和 Cy Ray 等导师"
                    if _is_name(latin_name.group()):
                        yield person(latin_name.group(), latin_run.start() + latin_name.start(), 0.75)  # type: ignore[union-attr]
                continue
            at = run.start()
            items: list[tuple[str, int]] = []
            for i, item in enumerate(run.group().split("、")):
                name = item
                if i == 0 and len(item) > 3:
                    # the list starts inside a sentence: "随着小剑、净超…", "本文由张磊、心贵…"
                    cut = next((n for n in (2, 3) if item[-n - 1] in NAME_LEFT), 0)
                    name = item[-cut:] if cut else item[-2:] if item[:-2][-2:] in lexicons.load("function_words") else ""
                if 2 <= len(name) <= 3 and _is_name(name, strong=True):
                    items.append((name, at + len(item) - len(name)))
                at += len(item) + 1
            if etc:
                for name, start in items:
                    yield person(name, start, 0.75)
                continue
            # "刘某、甘某、卢某同学荣获二等奖": without 等, the items that read as names, when most do
            surnamed = [(n, start) for n, start in items if surname_of(n) and _no_word_inside(n)]
            if len(surnamed) >= 2 and 3 * len(surnamed) >= 2 * len(run.group().split("、")):
                for name, start in surnamed:
                    yield person(name, start, 0.75)
        for match in QUOTE_ATTRIBUTION.finditer(text):
            # "—— LinuxCon NA 2015, Linus Torvalds": who said the quotation (a dash and a comma
            # before a name of two or three capitalised words vouch for it without a given name)
            if match.group("name").split()[-1] not in LATIN_ORG_WORDS:
                yield person(match.group("name"), match.start("name"), 0.7)
        for match in patterns["latin_list"].finditer(text):
            line = text[text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.end())]
            if CITATION.search(line):
                continue  # a reference list names sources, not people of the article
            for latin in re.finditer(LATIN, match.group("names")):
                yield person(latin.group(), match.start("names") + latin.start(), 0.7)
        for match in LATIN_FULL_NAME.finditer(text):
            # "由 Tim Pepper 和 …", "嘉宾包括 Chao Xu、…": a given name and a family name in Chinese prose
            if AFTER_HAN_NAME.search(text, max(0, match.start() - 8), match.start()):
                continue  # "艾伦・戈登（Allen Gordon）": the Chinese name's original, no one else
            if _full_latin_name(match.group("given"), match.group("family")) and _in_chinese_prose(text, match.start(), match.end()):
                yield person(match.group(), match.start(), 0.7)
        for row in [*speaker_rows(document), *agenda_slots(document)]:
            name = row.person.strip()
            if _is_name(name, strong=True, labelled=True):
                yield person(name, row.person_start, 0.85, row.descriptor, row.descriptor_start)
                continue
            name_and_title = split_title(name) if len(name) <= 12 else None
            if name_and_title and name_and_title[0] and _is_name(name_and_title[0], strong=True, labelled=True):
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
        for section in document.sections:
            # "### 分享嘉宾" then "刘某，某公司 API 网关产品经理" on lines of their own: each line names a speaker
            if section.heading is None or not SPEAKERS_HEADING.fullmatch(section.heading.text.strip(" *：:")):
                continue
            for speaker_line in SPEAKER_LINE.finditer(text, section.start, section.end):
                name = speaker_line.group("name")
                # a word ("去年，我们…") only with titles after it
                if _is_name(name, strong=True, labelled=True) and name not in lexicons.load("generic_headings") \
                        and (name not in lexicons.load("common_words") or parse_descriptor(speaker_line.group("desc"))):
                    yield person(name, speaker_line.start("name"), 0.8, speaker_line.group("desc"),
                                 speaker_line.start("desc"))
        for match in SLASHED_CARD.finditer(text) if "/" in text else ():
            # "刘某/360数科/大数据工程师": a name, its organisation and its title between slashes
            desc = match.group("desc").replace("/", " | ")  # the part before the title is its organisation
            if _is_name(match.group("name"), strong=True) and parse_descriptor(desc):
                yield person(match.group("name"), match.start("name"), 0.8, desc, match.start("desc"))
        for match in PROFILE_LINK.finditer(document.body) if "](http" in document.body else ():
            # "[Kiran Chavala](https://www.linkedin.com/in/…)", "[陈某](https://github.com/chen)": a
            # link to a person's profile; an account's text may be a project's or a team's, so a Han
            # name there needs a listed surname
            name = match.group("name").strip()
            if re.fullmatch(LATIN, name) and name.split()[-1] not in LATIN_ORG_WORDS \
                    or re.fullmatch(rf"[{HAN}]{{2,4}}", name) and _is_name(name, strong=bool(match.group("linkedin"))):
                start = match.start("name") + match.group("name").find(name)
                titles = TITLES_AFTER.match(text, match.end())
                desc = titles.group("desc") if titles and split_title(re.split(r"[、，,]", titles.group("desc"))[0].strip()) else ""
                yield person(name, start, 0.8, desc, titles.start("desc") if desc and titles else -1)


SPEAKERS_HEADING = re.compile(r"(?:分享|演讲|主讲|特邀|本期|活动)?(?:嘉宾|讲师|讲者|分享者|分享人|演讲者|演讲人|主讲人|报告人)(?:介绍|信息)?|Speakers?")
SPEAKER_LINE = LineStartPattern(rf"^[ \t>*·•-]*(?P<name>[{HAN}]{{2,4}}|{LATIN})[ \t*]*[，,][ \t]*(?P<desc>[^\n]{{2,80}})")
# a Latin name of two or three capitalised words, then the end of its clause
# … or a space and Chinese words, when the name starts with a given name ("… Keith Chan 在开场中提到")
LABELLED_SPEAKER = re.compile(rf"{SPEAKER_LABEL}[ \t*]*[：:]")
LATIN_AFTER_TITLE = re.compile(rf"(?P<name>{LATIN_WORD}(?:[ \t]+{LATIN_WORD}){{0,2}})(?:(?P<end>(?=[、，,。；;）)（(\n：:和与及是等]|$))"
                               rf"|(?=[ \t]+[\u4e00-\u9fff]))", re.M)
HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")
GIVEN_NAME_ENDS = re.compile(r"[ \t]*(?:的|，|,|。|（|\(|在|分享)")
DESCRIPTOR_AFTER_LABEL = re.compile(r"[ \t]*[，,｜|][ \t]*(?P<desc>[^\n。；;]{2,80})")
SLASHED_CARD = LineStartPattern(r"^[ \t>*-]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*/[ \t]*(?P<desc>[^/\n]{2,30}/[^/\n]{2,30})[ \t]*$")
# a link to a person's own page: a LinkedIn profile, a GitHub or Twitter account (one path segment, not
# one of the site's own pages), a Weibo, Zhihu or Juejin user's
PROFILE_LINK = re.compile(r"\[(?P<name>[^\[\]\n]{2,40})\]\(https?://(?:[a-z]{2,3}\.)?(?:(?P<linkedin>linkedin\.com/in/)"
                          r"|github\.com/(?!(?:orgs|topics|features|about|sponsors|marketplace|explore|settings|apps|"
                          r"collections|trending|events|login|join|site|pricing|enterprise|security|readme)/?\))"
                          r"[A-Za-z0-9-]{1,39}/?\)|(?:twitter|x)\.com/[A-Za-z0-9_]{1,15}/?\)|weibo\.com/[^()\s]+\)"
                          r"|zhihu\.com/people/|juejin\.cn/user/)")
NAMED_TITLE = re.compile(rf"[ \t]*(?P<name>[{HAN}]{{2,4}})[ \t]+(?P<desc>[^、，,；;。！？\n]{{2,40}})")


def _latin_name_run_into_title(text: str, name: str, start: int) -> tuple[str, int, str, int] | None:
    """"Rex Young Nimbusware创始人": the last of three Latin words run into a title is the
    organisation's; (name, start, titles, titles start), or None."""
    end = start + len(name)
    if name.count(" ") < 2 or not re.match(rf"[{HAN}]", text[end:end + 1]):
        return None
    org_start = start + name.rfind(" ") + 1
    line_end = text.find("\n", org_start)
    desc = text[org_start:len(text) if line_end < 0 else line_end].rstrip(" \t*")
    if split_title(desc) is None:
        return None
    return name[:org_start - start].rstrip(), start, desc, org_start


def _named_titles(text: str, start: int) -> Iterator[tuple[str, int, str, int]]:
    """(name, start, title, title start) of a list "NAME TITLE、NAME TITLE" from ``start``;
    nothing unless every item is a short name, a space and a title."""
    items: list[tuple[str, int, str, int]] = []
    pos = start
    while True:
        item = NAMED_TITLE.match(text, pos)
        if item is None or split_title(item.group("desc").strip()) is None \
                or not _is_name(item.group("name"), strong=True, labelled=True):
            if items and text[pos - 1] in "，,":
                break  # "主讲人：苗某 某公司首席架构师，多年…": the card ends at the comma, prose follows
            return
        items.append((item.group("name"), item.start("name"), item.group("desc").strip(), item.start("desc")))
        if text[item.end():item.end() + 1] not in ("、", "，", ","):
            break
        pos = item.end() + 1
    yield from items


@functools.lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    return tuple(lexicons.load("titles"))


# the words that open a title chain before a name ("邀请到", "包括", a comma), and what ends a sentence
CHAIN_FRAME = re.compile(r"由|邀请到?|请到|包括|以及|及|和|与|是|为|（|\(|：|:|\||——|，|,")
CHAIN_FRAME_OR_STOP = re.compile(rf"{CHAIN_FRAME.pattern}|[。！？；;\n]|整理自|来自")
APPOSITION_SEPARATOR = re.compile(r"[，,：:（(·•・｜]")
NAME_REACH, DESCRIPTOR_REACH = 60, 100


@functools.lru_cache(maxsize=1)
def _descriptor_cue() -> re.Pattern[str]:
    """A title word or 来自: what an apposition's descriptor must contain."""
    return re.compile(lexicons.alternation([*lexicons.load("titles"), "来自"]))


def _at_cards(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of the "NAME@COMPANYTITLE" pattern, tried only just before each at sign: a
    pattern led by a character class is slow to try at every position."""
    at = text.find("@")
    while at >= 0:
        match = next((m for m in pattern.finditer(text, max(0, at - 16), at + 1 + 32)
                      if m.end("name") <= at < m.start("desc")), None)
        if match:
            yield match
        at = text.find("@", at + 1)


def _near_descriptors(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of the apposition pattern, sought only around separators followed closely by a
    title word: the pattern starts with a character class, which is slow to try everywhere."""
    cues = [m.start() for m in _descriptor_cue().finditer(text)]
    if not cues:
        return
    windows: list[list[int]] = []
    searched = 0  # the separators within reach before each cue, each looked at once
    for cue in cues:
        for sep in APPOSITION_SEPARATOR.finditer(text, max(searched, cue - DESCRIPTOR_REACH), cue + 1):
            start, end = max(0, sep.start() - NAME_REACH), min(len(text), sep.end() + DESCRIPTOR_REACH)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = end
            else:
                windows.append([start, end])
        searched = cue + 1
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _ends_with_title(text: str) -> bool:
    """The text ends with a title on the same line (a title on the line before introduces no one here)."""
    return text[text.rfind("\n") + 1:].rstrip().endswith(_titles())


LATIN_END = re.compile(rf"(?<![A-Za-z]){LATIN}$")
NAME_LEFT = set("如和与及由请括有的是为在向给跟对被")


OFFICE = re.compile(r"副?(?:秘书长|理事长|董事长|总经理|总裁|院长|校长|所长|部长|局长|主席|会长|书记|主任)")
ACADEMIC_ADDRESS = re.compile(r"(?:讲席|特聘|特任|助理|副)?教授|(?:助理|特任|副)?研究员|讲师|院士|博士|同学|老师"
                              # an office holder, addressed by the office: "某基金会孙某秘书长"
                              r"|副?(?:秘书长|理事长|董事长|院长|校长|所长|主任|主席|会长)")


def _name_after_organisation(text: str, end: int, address: str) -> tuple[str, int] | None:
    """A name run on from the organisation before it, an academic form of address or an office
    after it: "某大学计算机学院蔡某副教授", "某研究所郭某助理研究员", "某基金会孙某秘书长"."""
    if not ACADEMIC_ADDRESS.fullmatch(address):
        return None
    for n in (2, 3):
        candidate = text[end - n:end]
        if end - n > 2 and surname_of(candidate) is not None and _is_name(candidate, strong=True) \
                and lexicons.ends_with(text[max(0, end - n - 6):end - n], "org_suffixes", "unit_suffixes"):
            return candidate, end - n
    return None


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
        if _is_name(words[-1], strong=True, labelled=True) or len(words) == 1 and LATIN_GIVEN.fullmatch(words[-1]):
            return (words[-1], bracketed.group("name").rfind(words[-1])), (bracketed.group("card"), card_at)
    first = CELL_NAME_FIRST.match(cell)
    if first and _is_name(first.group(), strong=True, labelled=True):
        card = cell[first.end():].strip()
        if parse_descriptor(card):
            return (first.group(), 0), (card, cell.find(card, first.end()))
    last = CELL_NAME_LAST.search(cell)
    if last and _is_name(last.group(), strong=True, labelled=True):
        card = cell[:last.start()].strip()
        if split_title(card) is not None:
            return (last.group(), last.start()), (card, cell.find(card))
    return None


def _name_before(text: str, end: int, anywhere: bool = False, strong: bool = False) -> tuple[str, int] | None:
    """A name ending right before ``end`` ("刘睿" in "来自阿里的刘睿老师"), starting at a
    boundary: punctuation, a space, a Latin character, or a word like 的, 和, 如; or a Latin
    name ("Michael Jordan" in "…的Michael Jordan教授"). ``anywhere``: a strong frame after the
    name lets it start after any word ("蚂蚁集团黄挺（花名鲁直）"); ``strong``: a form of address
    follows, which vouches for a surname that is also a word ("谢正尧同学") and, at the start of
    a sentence, for a given name alone ("佳龙同学")."""
    if text[end - 1:end].isascii() and text[end - 1:end].isalpha():
        latin = LATIN_END.search(text, max(0, end - 40), end)
        return (latin.group(), latin.start()) if latin and _is_name(latin.group()) else None
    for n in (3, 2, 4):
        start = end - n
        if start < 0:
            continue
        candidate = text[start:end]
        previous = text[start - 1] if start > 0 else "\n"
        clause_start = not re.match(rf"[{HAN}]", previous)
        if (anywhere or clause_start or previous in NAME_LEFT) and (
                _is_name(candidate) or strong and _addressed_name(candidate, previous)):
            return candidate, start
    return None


def _no_word_inside(name: str) -> bool:
    """No common word and no particle inside a name after its first character: not "和我们", "都已经"."""
    common = lexicons.load("common_words")
    return name[:2] not in common and name[1:] not in common and not set(name[1:]) & PARTICLES


def _ends_clause(text: str, at: int, name: str) -> bool:
    """True when the clause of ``name`` ends or goes on at ``at``: punctuation, a space, 和/与/及;
    or a verb, after a name with no word inside ("都已经|是" is none)."""
    return not re.match(rf"[{HAN}]", text[at:at + 1]) \
        or text[at] in JOINING and text[at:at + 2] not in lexicons.load("common_words") \
        or text[at] == "在" and text[at:at + 2] not in lexicons.load("common_words") and _no_word_inside(name) \
        or (text[at:at + 2] in lexicons.load("verbs") or text[at:at + 2] in TOGETHER) and _no_word_inside(name)


def _turns(text: str, turn: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The lines headed by a speaker's name and a colon, found from the colon back to the line's
    start: a pattern led by a name is tried at every position."""
    for mark in (":", "："):  # each colon found by str.find: faster than a class at every position
        at = text.find(mark)
        while at >= 0:
            line_start = text.rfind("\n", 0, at) + 1
            if at - line_start <= TURN_HEAD:
                match = turn.fullmatch(text, line_start, at + 1)
                if match:
                    yield match
            at = text.find(mark, at + 1)


# found from the line break before it: a pattern anchored at line starts is tried everywhere
ROSTER_ITEM = re.compile(rf"\n{ROSTER_LINE}(?=\n|$)")


def _transliterated_end(run: str) -> str:
    """The end of a run of Chinese characters that spells a foreign name: "负责人约翰" -> "约翰"."""
    return run[len(run.rstrip(TRANSLITERATION_LETTERS)):]


def _roster(text: str) -> Iterator[tuple[str, int]]:
    """(name, start) of the items of a roster: a list of three names or more and nothing else,
    each a surname and one or two characters that make no word ("## 技术委员会" over "- 陈某", …)."""
    block: list[re.Match[str]] = []
    lines = "\n" + text  # offsets one past the text's
    for item in [*ROSTER_ITEM.finditer(lines), None]:
        if item is not None and (not block or not lines[block[-1].end():item.start()].strip()):
            block.append(item)
            continue
        names = [b.group("name") for b in block]
        # one name that is also a word ("向勇") is vouched for by the others
        if len(block) >= 3 and all(surname_of(n) and _is_name(n, strong=True) and n not in lexicons.load("companies")
                                   for n in names) and sum(_is_name(n) for n in names) >= len(names) - 1:
            yield from ((b.group("name"), b.start("name") - 1) for b in block)
        block = [item] if item is not None else []


def _listed_with_people(text: str, starts: set[int]) -> Iterator[re.Match[str]]:
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
            yield from (b for b in block if b.start("name") not in starts and _is_name(b.group("name"), strong=True, labelled=True)
                        and b.group("name") not in lexicons.load("generic_headings"))
        block = [item] if item is not None else []


def _nicknamed(text: str, end: int) -> tuple[str, int] | None:
    """The name right before a nickname's frame ("石某（花名：某某）", "章某，花名某某，"): the
    nickname vouches for a surname that is also a word (石, 章)."""
    for n in (3, 2):
        start = end - n
        before = text[max(0, start - 8):max(0, start)]
        led = not re.search(rf"[{HAN}]$", before) or before.endswith("的") \
            or any(before.endswith(title) for title in lexicons.load("titles"))
        if start >= 0 and led and surname_of(text[start:end]) and _is_name(text[start:end], strong=True):
            return text[start:end], start  # "的章某", "专家石某": led by 的 or a title
    return _name_before(text, end, anywhere=True)


def _heading_cards(document: Document) -> Iterator[tuple[str, int, str, int]]:
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
        if card is None or not _card_name(card.group("name")):
            continue
        desc = card.group("desc") or ""
        names = [(card.group("name"), card.start("name"))]
        more = CARD_NAME.match(text, card.start("desc")) if desc else None
        while more and _card_name(more.group("name")):
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
        if match and _is_name(match.group("name")) and match.group("name")[:2] not in lexicons.load("common_words"):
            found.append((heading, match))
    return found


# "### 1. 唐某：博士生的开源信仰": a numbered heading led by a speaker's name and a colon
HEADING_NAME_COLON = re.compile(r"[ \t]*(?:\d{1,2}(?:[.、．]|(?=[ \t]))|[一二三四五六七八九十]{1,3}、)[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[：:]")
# "### TITLE（by 张某）", "- TITLE (by Ben Shi)": a line of its own, the talk's title, its speaker after "by"
TITLE_BY_SPEAKER = LineStartPattern(rf"^[ \t>*#-]*(?P<title>[^\s（(][^\n]{{3,80}}?)[ \t*]*[（(][ \t]*[Bb]y[ \t]+(?P<card>)"
                                    rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t]*[）)][ \t*]*$")
# "**TITLE** by 某公司 架构师 王某", "《TITLE》by NAME": a title in bold or 《》 (read in the body,
# where the bold is), "by", the speaker's card and name ending the line
MARKED_TITLE_BY = LineStartPattern(rf"^[ \t>#-]*(?:\*\*|《)[ \t]*(?P<title>[^*《》\n]{{3,80}}?)[ \t]*(?:\*\*|》)"
                                   rf"[ \t]*[Bb]y[ \t]+(?P<card>[^\n]{{0,40}}?)[ \t]*"
                                   rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})[ \t*]*$")


@kept_for_article  # the persons and talks extractors both ask
def titles_by_speaker(document: Document) -> Iterator[re.Match[str]]:
    """The lines "TITLE（by NAME）" whose name is a person's."""
    if "by" not in document.prose and "By" not in document.prose:
        return  # most articles have none: no pattern tried at every line
    for line in TITLE_BY_SPEAKER.finditer(document.prose):
        if _is_name(line.group("name"), strong=True):
            yield line
    for line in MARKED_TITLE_BY.finditer(document.body):
        card = line.group("card")
        if _is_name(line.group("name"), strong=True) and (not card or parse_descriptor(card)):
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
            if _is_name(line.group("name")) and line.group("name")[:2] not in lexicons.load("common_words")
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
SPEAKER_IN_LINE = re.compile(r"[\u4e00-\u9fff]{2,3}")


@kept_for_article  # the persons and talks extractors both ask
def book_line_speakers(document: Document) -> Iterator[tuple[re.Match[str], list[tuple[str, int]]]]:
    """The lines "NAME(S)：《TITLE》" and their speakers' names and starts, each name a surname's."""
    for line in SPEAKERS_BOOK_LINE.finditer(document.prose):
        names = [(m.group(), line.start("names") + m.start()) for m in SPEAKER_IN_LINE.finditer(line.group("names"))]
        if names and all(_card_name(name) for name, _ in names):  # no label: "主题一：《X》"
            yield line, names


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
                               rf"(?P<title>\S[^\n]{{3,79}}?)[ \t]*(?:[-－]|—{{1,4}}|(?P<open>[（(]))[ \t]*"
                               rf"(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})"
                               rf"(?:[ \t]*[&＆、/][ \t]*(?P<other>[\u4e00-\u9fff]{{2,3}}))?[ \t]*"  # "- 元某 & 水某": two speakers
                               # … an other name in brackets after a dash's ("—— 陈某（Cat Chen）")
                               rf"(?(open)[）)]|(?:[（(][^（）()\n]{{1,20}}[）)])?)[ \t]*")
# "## 1.1 某公司 - 某某 - TITLE": a programme's heading, the speaker's organisation, name and talk
ORG_NAME_TITLE = re.compile(rf"[ \t*]*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.、．]?[ \t]*)?(?P<org>[^\s\-—–－][^\n\-—–－]{{0,20}}?)"
                            rf"[ \t]+[-—–－]{{1,2}}[ \t]+(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN}|{LATIN_WORD})[ \t]+[-—–－]{{1,2}}[ \t]+"
                            rf"(?P<title>\S[^\n]{{2,80}}?)[ \t*]*")
# "## 主讲人介绍" over "### 01 郭某": a heading that is a name alone, under one that introduces speakers
NAME_HEADING = re.compile(r"[ \t]*(?:\d{1,2}[.、．]?|[一二三四五六七八九十]{1,3}、)?[ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*$")


def _heading_speakers(document: Document) -> Iterator[tuple[str, int]]:
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
        if match and (_given_name(name) if name.isascii() else _is_name(name)):
            yield match.group("name"), match.start("name")
    for _, named in [*dash_named_headings(document), *org_name_title_headings(document)]:
        yield named.group("name"), named.start("name")
        if "other" in named.re.groupindex and named.group("other"):
            yield named.group("other"), named.start("other")
    for heading in document.headings:
        presented = ITEM_HEADING_PRESENTER.match(text, heading.start, heading.end)
        if presented and _is_name(presented.group("name"), strong=True):
            yield presented.group("name"), presented.start("name")
    for _, presenting in presenting_headings(document):
        yield presenting.group("name"), presenting.start("name")
    for heading, parent in document.headings_with_parents():
        if parent is None or not SPEAKERS_HEADING.fullmatch(parent.text.strip(" *：:")):
            continue
        alone = NAME_HEADING.match(text, heading.start, heading.end)
        if alone and _card_name(alone.group("name")):
            yield alone.group("name"), alone.start("name")


@kept_for_article  # the persons and talks extractors both ask
def dash_named_headings(document: Document) -> list[tuple[Heading, re.Match[str]]]:
    """The headings "TITLE-NAME" among siblings (one parent, one level) of which three or more, and
    half at least, end so: a programme of talks, each heading its title and speaker."""
    # (Latin words in brackets are the title's translation: "指标数据（Metrics Data）")
    found = _sibling_headings(document, SIBLING_DASH_NAME, 2, lambda m: _heading_name(m)
                              and (m.group("other") is None or _nickname_or_name(m.group("other"))))
    # two siblings are enough where every name is a surname's; nicknames need three
    if len(found) < 3 and not all(_is_name(m.group("name"), strong=True) for _, m in found):
        return []
    return found


def _sibling_headings(document: Document, pattern: re.Pattern[str], least: int,
                      accept: Callable[[re.Match[str]], bool]) -> list[tuple[Heading, re.Match[str]]]:
    """The headings that ``pattern`` reads whole and ``accept`` takes, among siblings (one parent,
    one level) of which ``least`` or more, and half at least, read so."""
    siblings: dict[tuple[int, int], list[Heading]] = {}
    for heading, parent in document.headings_with_parents():
        siblings.setdefault((parent.start if parent else -1, heading.level), []).append(heading)
    found = []
    for group in siblings.values():
        read = [(h, m) for h, m in ((h, pattern.fullmatch(document.prose, h.start, h.end)) for h in group) if m and accept(m)]
        if len(read) >= least and 2 * len(read) >= len(group):
            found += read
    return found


# "- 韩某，某公司", "- Jia Lund, Stone Research Institute": a list of people, each with the
# organisation they come from
AFFILIATED_ITEM = LineStartPattern(rf"^[ \t]*(?:[-*+•]|\d{{1,2}}[.、)])[ \t]+(?P<name>[\u4e00-\u9fff]{{2,3}}|{LATIN})"
                                   r"[ \t]*[，,][ \t]*(?P<org>[^，,。；;：:\n]{2,40}?)[ \t]*$")


# … or "- 某公司 2012 实验室姜某", "- Intel 苏某": the organisation first, the name ending the item
ORG_FIRST_ITEMS = tuple(LineStartPattern(rf"^[ \t]*(?:[-*+•]|\d{{1,2}}[.、)])[ \t]+(?P<org>[^，,。；;：:\n]{{2,40}}?)[ \t]*"
                                         rf"(?P<name>[\u4e00-\u9fff]{{{n}}})[ \t]*$") for n in (3, 2))


def _org_first_items(text: str) -> Iterator[re.Match[str]]:
    """The items "ORG NAME" of a list, the name of three characters where it reads as one, else two."""
    three = {m.start(): m for m in ORG_FIRST_ITEMS[0].finditer(text)}
    two = {m.start(): m for m in ORG_FIRST_ITEMS[1].finditer(text)}
    for start in sorted(three.keys() | two.keys()):
        yield three[start] if start in three and (_is_name(three[start].group("name")) or start not in two) else two[start]


def _org_first_listed(item: re.Match[str]) -> bool:
    """An "ORG NAME" item: a listed surname's name after an organisation by its form, a dictionary
    or capitals (not "- 布局|动态化", a term cut across)."""
    org = item.group("org").strip()
    return _is_name(item.group("name")) and (names_organization(org) or CAPITALISED_WORDS.fullmatch(org) is not None) \
        and split_title(org) is None


@kept_for_article  # the persons and roles extractors both ask
def affiliated_roster(document: Document) -> list[re.Match[str]]:
    """The items "NAME，ORG" of a list, two or more of them reading so: the name a person's, the
    organisation one by its form or a dictionary, and no title."""
    found: list[re.Match[str]] = []
    block: list[re.Match[str]] = []
    text = document.body  # the list's markers, which the prose view blanks
    items = sorted([*AFFILIATED_ITEM.finditer(text), *_org_first_items(text)], key=lambda m: m.start())
    for item in [*items, None]:
        if item is not None and (not block or text.count("\n", block[-1].end(), item.start()) <= 1):
            block.append(item)
            continue
        # a card among them ("- NAME, TITLE at ORG") is an apposition's, read as one
        listed = [b for b in block if (_org_first_listed(b) if b.re is not AFFILIATED_ITEM.anchored
                                       else _is_name(b.group("name"), strong=True) and _listed_organisation(b.group("org")))]
        # cards among them ("- NAME, TITLE at ORG") make the list a roster too
        carded = [b for b in block if b.re is AFFILIATED_ITEM.anchored and b not in listed
                  and _is_name(b.group("name"), strong=True) and any(a.role for a in parse_descriptor(b.group("org")))]
        if len(listed) >= 2 or listed and len(listed) + len(carded) >= 3:
            found += listed
        block = [item] if item is not None else []
    return found


def _listed_organisation(text: str) -> bool:
    """An organisation's name after a listed person's: one by its form or a dictionary, or Latin
    words in capitals ("Stone Research Institute"); no title, no other person's name."""
    other_person = _is_name(text) and (not text.isascii() or text.split()[0] in lexicons.load("latin_given_names"))
    return (reads_as_organization(text) or CAPITALISED_WORDS.fullmatch(text) is not None) \
        and split_title(text) is None and not other_person


CAPITALISED_WORDS = re.compile(r"[A-Z][A-Za-z0-9.&'-]*(?:[ \t][A-Z][A-Za-z0-9.&'-]*){0,5}")


@kept_for_article  # the persons, talks and roles extractors all ask
def org_name_title_headings(document: Document) -> list[tuple[Heading, re.Match[str]]]:
    """The headings "ORG - NAME - TITLE" among siblings (one parent, one level) of which two or
    more, and half at least, read so: a programme, each heading a speaker's talk."""
    return _sibling_headings(document, ORG_NAME_TITLE, 2,
                             lambda m: m.group("name").isascii() or _nickname_or_name(m.group("name")))


@functools.lru_cache(maxsize=1)
def _honorifics() -> tuple[str, ...]:
    return tuple(lexicons.load("honorifics"))


def _heading_name(heading: re.Match[str]) -> bool:
    """A talk heading's speaker: after a single dash, Han characters that can name a person (a
    nickname too: "-翔羽"); after long dashes or in brackets, a surname's name ("—— 多副本" is
    the topic's part); a Latin name after a dash only, its given name a known one (Latin words in
    brackets translate a title: "指标数据（Metrics Data）")."""
    name = heading.group("name")
    if name.isascii():
        return not heading.group("open") and _given_name(name)
    single_dash = not heading.group("open") and heading.string[heading.end("title"):heading.start("name")].strip() in ("-", "－")
    common = lexicons.load("common_words")
    return _nickname_or_name(name) and (single_dash or _is_name(name) or _is_name(name, strong=True)
                                        and name[1:] not in common and name[:2] not in common)  # "谢某", not "多副本"


def _photo_names(document: Document) -> Iterator[tuple[str, int]]:
    """(name, start) of a name a photo's caption gives ("![黄某](…)") that the text names too, where
    a name can start (not "这张图"): a person and their picture."""
    text = document.prose
    common = lexicons.load("common_words")
    for link in document.links:
        alt = link.text.strip()
        if not link.image or not re.fullmatch(f"[{HAN}]{{2,3}}", alt) or not _is_name(alt) or alt[:2] in common:
            continue
        at = text.find(alt)
        while at >= 0:
            if not (link.start <= at < link.end) and not re.match(f"[{HAN}]", text[at - 1:at] or " "):
                yield alt, at
                break
            at = text.find(alt, at + 1)


def _before_link(text: str) -> str:
    """The words before a blanked link's text or a run of blanks: "某科技   下载报告 ppt" -> "某科技"."""
    return re.split(r"[ \t]{2,}", text.strip(), maxsplit=1)[0]


def _addressed_surname(name: str) -> str | None:
    """The surname of a name that is a surname and a form of address only ("李老师", "欧阳总")."""
    surname = surname_of(name)
    return surname if surname is not None and name[len(surname):] in _honorifics() else None


def _named_in_full(text: str, surname: str, addressed: str) -> bool:
    """Somewhere in ``text`` the surname starts a name that is no form of address: the one a
    later step may find the addressed person by ("温总" and, in a list, "温某")."""
    at = text.find(surname)
    while at >= 0:
        if any(_is_name(text[at:at + n]) and _addressed_surname(text[at:at + n]) is None
               and not addressed.startswith(text[at:at + n]) for n in (len(surname) + 1, len(surname) + 2)):
            return True
        at = text.find(surname, at + 1)
    return False


def _nickname_or_name(word: str) -> bool:
    """Han characters that can name a person where a frame says so: no word, title or organisation."""
    return word not in lexicons.load("common_words") and word not in lexicons.load("generic_headings") \
        and split_title(word) is None and not lexicons.ends_with(word, "org_suffixes")


def _card_name(name: str) -> bool:
    """A name opening a card under a heading: any surname, but no word ("大家好，我是…")."""
    return _is_name(name, strong=True) and name[:2] not in lexicons.load("common_words")


def _in_chinese_prose(text: str, start: int, end: int) -> bool:
    """Whether a Latin span stands among Chinese words: Han or Chinese punctuation on one side
    at least, past spaces and markup, and no Latin word run on to it."""
    before = text[max(0, start - 3):start].rstrip(" \t*")
    after = text[end:end + 3].lstrip(" \t*")
    if before[-1:].isascii() and before[-1:].isalnum() or after[:1].isascii() and after[:1].isalpha():
        return False  # "Spring Cloud Alibaba", "at Tim Pepper": inside a longer Latin phrase
    return bool(CHINESE_SIDE.match(before[-1:] or "\n") and (before or after)) and (
        CHINESE_SIDE.match(after[:1] or "\n") is not None)


@functools.lru_cache(maxsize=4096)
def _full_latin_name(given: str, family: str) -> bool:
    """A given name and a family name: "Tim Pepper", "Chao Xu" (romanised Chinese), "Wang Lei",
    "Gary Bradski"."""
    if family in LATIN_ORG_WORDS or family in _titles() or given in LATIN_ORG_WORDS:
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


def _given_name(name: str) -> bool:
    """A Latin name whose first word is a given name ("Peter Bourgon"), not a term ("Service Mesh")."""
    words = name.split()
    return words[0] in lexicons.load("latin_given_names") and words[-1] not in LATIN_ORG_WORDS


def _surname_name_before(text: str, end: int, address: str) -> tuple[str, int] | None:
    """A three-character name with a surname right before a form of address, whatever
    precedes it: "中选学生李从旺同学"."""
    candidate = text[end - 3:end]
    surname = surname_of(candidate)
    common = lexicons.load("common_words")
    # "刘超刘老师": a form of address that follows a surname alone (刘老师) may take the last character
    surname_last = candidate[2:] in lexicons.load("surnames") and not address.startswith(("同学", "同志"))
    if len(candidate) == 3 and surname is not None and len(surname) == 1 and _is_name(candidate) \
            and candidate[1:] not in common and candidate[:2] not in common and not surname_last \
            and text[end - 4:end - 2] not in common \
            and not _ends_with_title(text[max(0, end - 16):end - 2]):  # not "社区|于某同学", "工程|师徐某同学"
        return candidate, end - 3  # not "一位清华博士"
    return None


def _addressed_name(name: str, previous: str) -> bool:
    """A name before a form of address that ``_is_name`` doubts: no word inside ("和社区",
    "平台侧"), no domain word ("运维")."""
    common = domain_words()
    if name[:2] in common or name[1:] in common or name in common or set(name) & PARTICLES \
            or previous + name[0] in lexicons.load("common_words"):
        return False  # "社区|于某同学": 区 ends the word before
    surname = surname_of(name)
    if surname is not None and 1 <= len(name) - len(surname) <= 2:
        return _is_name(name, strong=True)
    return len(name) == 2 and previous in "\n。！？；：，、" and _is_name(name, strong=True)


def _bounded(text: str, start: int, end: int) -> bool:
    """Not part of a longer Latin word."""
    before = text[start - 1:start]
    after = text[end:end + 1]
    return not ((before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()))


LIST_COMMA = re.compile("、")


def _after_listed_cards(text: str, chain_start: int, end: int) -> int:
    """Where a title chain ending at ``end`` starts in a list of cards, each ending in a name
    ("邀请了某基金会主席堵某、某基金会会员姜某"): after the last item that ends in no title (a list of
    titles, "某公司 CTO、某云 TVP", is one chain)."""
    for joint in reversed([m.end() for m in LIST_COMMA.finditer(text, chain_start, end)]):
        if not text[chain_start:joint - 1].rstrip(" \t").endswith(_titles()):
            return joint
    return chain_start


def _chain_start(text: str, end: int) -> int:
    """Where the title chain ending at ``end`` begins: after the sentence start or a frame word."""
    start = end
    while start > 0 and text[start - 1] not in SENTENCE_END and end - start < 80:
        start -= 1
    chain = text[start:end]
    frame = None
    # a comma separates people ("…TVP 王健，青宁信安 CEO…"); a chain's own items are joined by 、
    # "华为云 CTO": no frame inside a noun
    for m in CHAIN_FRAME.finditer(hide_frame_nouns(chain)):
        frame = m
    if frame is not None:
        start += frame.end()
        # "网易互娱资深工程师, Flink Contributor, CDC Contributor 林某": descriptors before a comma
        # that end in a title belong to the chain; "…TVP 王某，" ends in a name and does not;
        # so do titles joined by 及 or 和 ("实验室的创始人及项目总监 某某")
        while frame.group() in ("，", ",", "及", "和"):
            before = text[max(0, start - 60):start - 1]
            previous = list(CHAIN_FRAME_OR_STOP.finditer(before))
            segment = before[previous[-1].end():] if previous else before
            split = split_title(segment.strip())
            if not segment.strip() or split is None or not split[0].strip() and len(segment.strip()) > 12:
                break
            start -= len(segment) + 1
            frame = previous[-1] if previous else None
            if frame is None:
                break
    return start
