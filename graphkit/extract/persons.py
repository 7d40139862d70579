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
``descriptor`` attribute for the roles extractor. Whether a word is a name is person_names'
question; the layouts shared with the talks and roles extractors are in speaker_layouts, the
card and list frames in person_cards.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from typing import Iterable, Iterator, Sequence

from ..ingest.body import LIST_ITEM
from ..line_start import LineStartPattern
from ..model import PERSON, Document, Mention, Relation
from . import lexicons
from .agenda import agenda_slots
from .cards import FIELD_WORDS, LIST_ITEM_NAMED_TITLE, card_descriptor, short_lines, titled_name_lists
from .descriptors import (CAREER_LEAD, INSTITUTION_ENDS, domain_words, ends_with_known_name, hide_frame_nouns, known_names, left_cut, names_organization,
                          parse_descriptor, reads_as_organization, split_title)
from .names import LATIN_ORG_WORDS, TRANSLITERATION_LETTERS, skip_spaces_back, surname_of, transliterated_end
from .person_cards import (bold_names_joined, card_after, card_frames, coordinated, list_frames, listed_with_people, named_roll,
                           org_led_items, roster, set_apart)
from .person_names import (BEFORE_COMES_FROM, COMES_FROM, FAMILY_PARTICLE, FROM_AFTER_NAME, HAN, JOINING, LATIN, LATIN_ADDRESS, LATIN_WORD, PARTICLES, addressed_surname, bounded,
                           ends_with_title, follower_at, full_latin_name, given_name, han_name_pattern, in_chinese_prose, is_name,
                           listed_honorifics, listed_titles, name_after_organisation, name_before, name_followers,
                           named_in_full, no_word_inside, romanised_name, surname_name_before, surnamed, trim_name, word_followers)
from .speaker_layouts import (BOLD_LATIN_NAME, TITLES_AFTER, affiliated_roster, bold_speaker_lines, book_line_speakers,
                              captioned_names, heading_cards, heading_speakers, photo_names, programme_line_org,
                              titles_by_speaker)
from .tables import SPEAKER_LABEL

SENTENCE_END = "。！？；;!?\n"
BOUNDARY = r"(?:^|(?<=[\s>*:：（(，,、|。！？；;—\-\]]))"
# a name may follow these words directly: "比如程立，…", "和王五，…"
SOFT_BOUNDARY = r"(?<=[如和与及由请括有后先着人])"  # … or a time word or a title: "随后X（…）", "主持人X（…）"
LABELS = (r"(?:分享嘉宾|分享者|分享人|演讲嘉宾|演讲者|演讲人|主讲人|主讲嘉宾|主讲|报告人|汇报人|发言人|发言嘉宾|记录人|讲师|讲者|嘉宾|主持人|出品人|"
          r"项目导师|导师|指导老师|作者|文案|文|撰文|采访|受访者|姓名|编辑|责编|整理|校对|审校|审阅|审核|翻译|译者|策划|摄影|排版|美编|"
          r"Speaker|speaker|Author)")
# the credits of an article: "文章作者", "文章整理", "内容校对"
CREDITS = r"(?:作者|整理|校对|编辑|审校)"
# what follows the name of a write-up's source: "本文整理自罗某在…", "…罗某老师的演讲", "…罗某。"
SOURCE_NAME_END = r"(?:(?![\u4e00-\u9fff])|(?=在|于|的|老师|先生|女士|博士|教授|分享|演讲|发表|所|等))"
NAME_CHAR_BEFORE = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]$")
NESTED_CARD = LineStartPattern(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?:\*\*)?(?P<name>[\u4e00-\u9fff]{2,3})(?:\*\*)?[ \t]*\n(?:[ \t]*\n)?"
                               r"(?P<items>(?:(?P=indent)[ \t]{2,}[-*+][ \t]+[^\n]+(?:\n|$))+)")
CARD_OVER_TITLE = LineStartPattern(r"^[ \t*>·•-]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t*]*[（(](?P<aside>[^（）()\n]{1,40})[）)][ \t*]*\n"
                                   r"(?=[ \t*>]*《)")
NOT_IN_INSTITUTION = "于在的了是和及为从到把被将对向由也都就"  # "工程师某某本科毕业于某学院": a clause, no name
HANDLE_ASIDE = re.compile(r"[（(][ \t]*(?:(?:GitHub|Github|github)(?:[ \t]*ID)?[ \t]*[：:@ ]|@[ \t]*[A-Za-z0-9_-]+[ \t]*[）)])")
NICKNAME_AFTER = re.compile(r"[ \t]*[（(，,][ \t]*(?:花名|英文名|笔名|网名|昵称)")
ALIAS_PART = re.compile(r"^(?:花名|英文名|笔名|网名|昵称|人称|原名)")
CHAIN_TO_NAME = re.compile(r"[ \t]+(?P<chain>[^，,。；;\n]{1,30}?)(?P<name>[\u4e00-\u9fff]{2,3})(?=[ \t]*(?:[，,。；;（(\n]|$))")
ACCOUNT_PART = re.compile(r"(?:GitHub|Github|github|微信|微博|推特|Twitter)?[ \t]*(?:账号|帐号|ID|id|用户名)[：: \t]")
ALIAS_BETWEEN_COMMAS = re.compile(r"[，,][ \t]*(?:花名|英文名|笔名|网名|昵称|人称)[：:]?[ \t]*(?P<alias>[\u4e00-\u9fff]{2,3})(?=[，,。；;]|$)",
                                  re.M)
OTHER_NAME_PART = re.compile(r"(?:是|为)?[：:]?[ \t]*(?P<alias>[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")
LATIN_PERSON = rf"(?P<name>{LATIN_WORD}(?:[ \t]+{LATIN_WORD}){{1,2}})"
INSTITUTION_BEFORE = re.compile(rf"(?:{INSTITUTION_ENDS})$")
PREPOSITIONS = frozenset("向由从对给把被将为以与和跟让在")
LATIN_SUBJECT_VERBS = re.compile(r"撰写|写了|写的|写道|发表|提出|表示|指出|认为|说道|说(?![明服])|谈到|提到|强调|透露|宣布|接受|（@|\(@")
CLAUSE_ENDS = "。！？；\n，,：:"
LATIN_SUBJECT = re.compile(rf"[ \t>*]*(?:(?:来自)?[^，。\n的]{{1,20}}的[ \t]*)?{LATIN_PERSON}[ \t]*(?:[（(][^）)\n]*[）)])?[ \t]*"
                           r"(?:在[^，。\n]{0,24}|曾|也|则|还)?$")
LATIN_ENDS_CLAUSE = re.compile(rf"(?<![A-Za-z]){LATIN_PERSON}[ \t]*$")
# (not an initial's or an abbreviation's period: "Kent C. Dodds", "Nimbus Co. Ltd.")
ENGLISH_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bDr)(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bSt)\.(?=[ \t]|[“\"])")
ANONYMOUS = frozenset({"匿名", "网友", "读者", "用户", "小编", "大家", "官方", "群友", "同学", "开发者"})  # who asks unnamed
HANDLE_MENTION = re.compile(r"(?:(?<=[\s，,、(（*：:])|^)@(?P<name>[\u4e00-\u9fff]{2,3})(?=[\s，,、。：:）)*的]|$)", re.M)
NAME_THEN_EMAIL = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[（(<][ \t]*[A-Za-z0-9._-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")
PROJECT_BEFORE_AUTHOR = re.compile(r"[A-Za-z0-9][ \t]?$")
HTML_CELL_TAG = re.compile(r"</?t[dh]\b[^<>]*>", re.I)
QUOTE_ATTRIBUTION = re.compile(rf"——[^\n]*?[,，][ \t]*{LATIN_PERSON}[ \t]*$", re.M)
# "…a people problem.  -- Gerald Weinberg": a quotation's author after a dash, ending its line
# (literal-led by the dash; the quotation before it on its line is checked after)
DASHED_ATTRIBUTION = re.compile(rf"(?:——|—|-{{2,3}})[ \t]*{LATIN_PERSON}[ \t]*$", re.M)
ADDRESS_AFTER_NAME = re.compile(r"[ \t]*(?:(?:副|助理|特聘)?教授|(?:副)?研究员|博士|老师|院士)[ \t]*[、，,；;和及与]?[ \t]*")
BOLD_PRESENTER = re.compile(r"\*\*(?P<name>[\u4e00-\u9fff]{2,3})\*\*[ \t]*(?:分享|展示|介绍|讲解|带来|讲述|演示|解读)")
COMPANY_FORM_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:Inc|Ltd|LLC|Corp|GmbH|Limited)(?![A-Za-z])")
# led by its dot: a pattern led by a character class is tried at every position
TRANSLITERATED = re.compile(r"[·・‧](?P<right>[\u4e00-\u9fff]{2,6})")
HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]{2,8}$")
JOINED_GAP = re.compile(r"[，,、/和与及&][ \t]*$")  # a list's joiner, not a space alone, before a name
ASIDE_LINE_END = re.compile(r"[ \t]*[（(][^（）()\n]{1,40}[）)][ \t*]*")
# the capital first, then the lookbehind: a pattern led by a lookbehind runs it at every position
LATIN_FULL_NAME = re.compile(r"(?P<given>[A-Z](?<![A-Za-z0-9.@/_#-][A-Z])[a-z]{1,11}) (?P<family>[A-Z][a-z]{1,13})"
                             r"(?![A-Za-z0-9@_#-])")
AFTER_HAN_NAME = re.compile(r"[\u4e00-\u9fff][ \t]*[（(][ \t]*$")
# led by the verb (的 is everywhere); the name of two or three characters is read back from it
# the first of two speakers before a verb of presenting: "X 的甲和 Y 的乙讨论了"
LATIN_PRESENTER = re.compile(rf"的[ \t]*(?P<name>{LATIN})[ \t]*$")
PRESENTED_PAIR = re.compile(r"的(?P<name>[\u4e00-\u9fff]{2,3})(?:和|与|及|以及)[^，。；！？\n的]{2,16}的$")
PAIR_REACH = 24
PRESENTED = re.compile(r"介绍了|分享了|讲解了|讲述了|演示了|讨论了|探讨了|阐述了|解读了|展示了|回顾了"
                       r"|(?:将会|将|会)(?:带来|分享|介绍|讲解|演示|探讨)")  # "某公司的韩某将会带来…"
TITLE_GLOSS_END = re.compile(r"[ \t]*[（(][^（）()\n]{1,12}[）)]$")  # "VP（副总裁）": the title translated
TITLES_IN_BRACKETS = re.compile(r"[ \t]*[（(][ \t]*(?P<desc>[^（）()\n]{3,40}?)[ \t]*[）)]")
# "ckj（陈某）": the name in brackets found first (literal-led), then the handle right before it
NAME_IN_BRACKETS = re.compile(r"[（(][ \t]*(?P<name>[\u4e00-\u9fff]{2,3})[ \t]*[）)]")
DASH_BEFORE = re.compile(r"\S[ \t]+[-—－][ \t]*$")
HANDLE_CARD = re.compile(r"[ \t*]*[：:][ \t*]*(?P<desc>[^，,。；;！？\n]{2,60})")
HANDLE_BEFORE = re.compile(r"(?<![A-Za-z0-9_.@/-])[A-Za-z][A-Za-z0-9_.-]{1,19}[ \t]*$")
# characters that spell foreign words: "Apollo（阿波罗）" glosses a name, gives no person
GLOSS_CHARS = frozenset("阿波罗斯克尔特姆森德拉利亚伊奥艾欧布塔卡米诺尼西维夫丁顿格")
# "约翰·詹南德雷亚（John Giannandrea）", "马克 古尔曼（Mark Gurman）": a foreign name in Chinese, then
# in Latin letters; the Latin name in brackets found first (literal-led), then the letters before it
LATIN_NAME_IN_BRACKETS = re.compile(r"[（(][ \t]*(?P<given>[A-Z][a-z]+)(?:[ \t][A-Z][a-z]*\.?)?[ \t]"
                                    r"(?P<family>[A-Z][A-Za-z'-]+)[ \t]*[）)]")
FOREIGN_NAME_BEFORE = re.compile(r"(?P<left>[\u4e00-\u9fff]{1,8})(?P<sep>[·・‧ ]?)(?P<right>[\u4e00-\u9fff]{1,8})[ \t]*$")
OTHER_NAME = re.compile(rf"[ \t]*{NAME_IN_BRACKETS.pattern}")  # right after a name: "苟某（陈某）"
CITATION = re.compile(r"\(\d{4}[a-z]?\)|\bet al\.|^\s*\\?\[\d+\\?\]|\b(?:In|Proceedings of|Journal|arXiv|doi)\b")
ADVERBS = set("还也则曾又就更都便")
CLAUSE_ADVERBS = set("将也还曾已")  # "某某将指导…": the name, then an adverb of its verb (no given name's)
ADDRESS_BEFORE_BRACKET = re.compile(r"(?:老师|博士|教授|先生|女士|同学)(?=[ \t]*[（(])")
TOGETHER = {"合作", "共同", "一起", "联合", "一同"}  # "某某和某某合作完成": they act together
FIRST_PERSON_WORDS = re.compile(r"我|咱们")
MEETS = re.compile(r"认识了|采访了|邀请了|邀请到了|请到了|联系了|拜访了|请教了|感谢")
# "秘书长单某以《X》为题…", "就《X》做了分享": a talk's title in 《》 right after the name
TITLED_TALK_AFTER = re.compile(r"[以就][ \t]*《")
# a biography's first words: "李某现为某大学语言学系助理教授", "白某现任某公司首席架构师"
# … or a plain 是 before an organisation's title: "某某是某公司的架构师"
BIO_COPULA = re.compile(r"(?:现为|现任|目前担任|现担任|目前是|现在是|是(?![否的]))[ \t]*(?P<desc>[^，。；！？\n]{3,40})")
ONE_OF = re.compile(r"一[名位个](?![^，。；！？\n]*的)")  # "是一名工程师", not "是一家某公司的…"
COPULA_NAME_REACH = 24  # a name and its markup before the copula: "**Austen Collins** 是"
# … or where one worked or studied: "某某先后就职于A和B，…", "某某毕业于某大学"
CAREER_OPENING = re.compile(r"(?:先后|曾经?|早年|此前|现|目前|现在)?(?:就职于|任职于|供职于|毕业于|就读于)[ \t]*"
                            r"(?P<employer>[^，。；！？\n、和与及]{2,30})")
DEGREE_BEFORE_COPULA = ("博士", "教授")  # "某某博士现任…": looked for behind the verb, so the scan starts at a literal
# a name, then where it ends: punctuation, a space, or 和/与/及 and the next name
NAME_AFTER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:[，。、；！？,\s的]|[和与及](?=[\u4e00-\u9fff])|$)")
FIELD_NAME = re.compile(FIELD_WORDS)
# "议题三：《X》 —— 讲师：某某": a programme's label and its number, no name
AGENDA_LABEL = re.compile(r"(?:议题|主题|话题|题目|环节|专场|会场|分论坛|演讲|分享|报告)[一二三四五六七八九十\d]{0,3}")
# more names after a name, joined by 、, to the end of the clause
# "导师吴某老师、史某老师和陈某老师的…": each name may carry its form of address
SIBLING = r"(?:[\u4e00-\u9fff]{2,3}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2})"  # "杨某", "Kevin Lund"
SIBLING_NAMES = re.compile(rf"(?:老师|博士|教授)?(?:、{SIBLING}(?:老师|博士|教授)?)+"
                           rf"(?:[ \t]*[和及][ \t]*(?P<last>{SIBLING})(?:老师|博士|教授)?)?(?=[，。；！？,;\s也还都等的]|$)")
SIBLING_ADDRESS = re.compile(r"(?:老师|博士|教授)$")
NAMES_IN_BRACKETS = re.compile(r"[（(](?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+)[）)]")
# the title after the company, parted by a comma or a space ("王某@某公司 技术总监")
AT_CARD_TITLE = re.compile(r"[ \t]*[，,][ \t]*[^，,。；;！？\n]{2,30}|[ \t]+[^，,。；;！？\s*][^，,。；;！？\n*]{1,29}")
# "Jocy@Nimbus Ventures 创始人", "**Yaoqi @Nimbus 亚洲负责人**": a card line of a Latin name, its company and title
LATIN_AT_CARD = re.compile(rf"[ \t>*#-]*(?P<name>{LATIN}|{LATIN_WORD})[ \t]*@[ \t]*(?P<desc>[^\n@|｜，,、*]{{2,40}}?)[ \t*]*$", re.M)
GAVE_AT = re.compile(r"上(?:进行了|做了|作了|发表了|带来了|分享了)")
# "随后，韩某分享了《X》", "第一场是 宋某 分享的《X》", "由 Nora Vance 带来《X》": the speaker before
# the verb that presents a talk's title (looked for back from the verb); or the author of a work,
# "听了韩某的《X》", where a name can start
# … "某某以《X》为题", "某某以《X》开场": the title the speaker chose
# … "为我们介绍了《X》", "也做了《X》"
PRESENTS_TITLE = re.compile(r"(?:(?:主要|也|还|则|又|随后|接着)?(?:(?:为|给|向)(?:大家|我们)[ \t]*)?"
                            r"(?:(?:分享|带来|讲解|讲述|主讲|发表|介绍)(?:了|的)?|[做作]了)"
                            r"|的(?:主题演讲|主题分享|演讲|分享|报告|议题)?"
                            r"|以(?=[ \t]*《[^《》\n]{2,80}》[ \t]*(?:为题|开场|开讲|[做作]了?(?:主题|专题)?(?:报告|演讲|分享))))"
                            r"[ \t]*(?:题为|主题为|名为)?[ \t]*《")
ASIDE_BEFORE = re.compile(r"[（(][^（）()\n]{1,20}[）)][ \t]*$")  # "吴某(handle)的《X》": the name before the brackets
WORK_HEARD = ("", "了", "听", "看", "是", *" \t\n，、。：:（(")
# "《X》，是某公司 CTO 的韩某讲解的": a talk's speaker named after it, before the verb and 的
PRESENTED_BY = re.compile(r"(?:讲解|分享|带来|主讲|演讲)的")
TURN_HEAD = 30  # characters of a turn's head: markup, a project's name, the speaker's


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    han_name = han_name_pattern()
    any_han = rf"[{HAN}]{{2,4}}"
    # one trie with the titles: an alternative beside it would be tried at every character
    titles_or_author = lexicons.alternation(lexicons.load("titles") | {"作者"})
    honorifics = lexicons.alternation(lexicons.load("honorifics"))
    verbs = "表示|指出|认为|说道|说|谈到|提到|坦言|介绍|强调|回忆|透露"
    return {
        # "… CTO 林某", "我是社区的负责人——齐某"
        # … with the title glossed in brackets: "研发 VP（副总裁）秦某"
        # … a dash between, the name in bold: "某社区发起人—**谭某**", "某公司架构师-卢某"
        # … an institution between, where the person is from: "某学会委员某某大学王某"
        # (what follows the title is looked at, not consumed: a word read as a name there
        # may hold the next title: "记者采访了某集团|高级|工程师秦某")
        # (… "某公司首席架构师的韩某表示": 的 between the titles and the name)
        # … or a project's author last in the chain: "某公司前端工程师、WebPY 作者龚某"
        "title_before": re.compile(rf"{titles_or_author}(?=[ \t]*"
                                  rf"(?:[（(][{HAN}A-Za-z \t]{{1,12}}[）)][ \t]*)?(?:(?:——|—|--|-)[ \t]*|的[ \t]*|为[：:]?[ \t]*)?"
                                  rf"(?P<org>(?:(?![{NOT_IN_INSTITUTION}])[{HAN}]){{2,12}}?(?:{INSTITUTION_ENDS})(?:[（(][{HAN}]{{2,4}}[）)])?)?"
                                  rf"(?P<name>{han_name}))"),
        "apposition": re.compile(
            # a label ("作者：…", "个人介绍：…") is no name: leave its colon to the label frame
            # (a Latin name of two words right after a Han word starts at the change of script)
            rf"(?:{BOUNDARY}|{SOFT_BOUNDARY}|(?<=[\u4e00-\u9fff])(?=[A-Z][a-z]+[ \t][A-Z]))(?![ \t>*—\-]*(?:(?:本文|文章)?{LABELS}(?:简介|介绍|信息)?|(?:个人)?(?:简介|介绍))[ \t]*[：:｜|])"
            rf"(?P<name>{han_name}|{LATIN}|(?<![^\n])[ \t>*—\-]*{any_han})[ \t]*"
            # "贾某 Raisa：设计师，…": an English given name after the name
            rf"(?:(?P<english>[A-Z][a-z]{{1,15}})[ \t]*(?=[，,：:]))?"
            # "李凯（知乎 ID：郁白），现任…": an aside in brackets may come first
            rf"(?:[（(](?P<aside>[^（）()\n]{{1,40}})[）)][ \t]*(?=[，,]))?"
            # … or a middle dot with a space beside it: "张某 · 某公司总监" (not "艾伦·戈登", "某录·总监")
            # … an acronym in brackets inside the titles: "（某某联盟 (TOSA) 主席）"
            # … or "，他是…": the pronoun, then the titles
            rf"(?:[，,][ \t]*[他她](?:目前|现在|现)?(?:是|担任)|[，,：:｜]|[（(]|[ \t]+[·•・]|[·•・][ \t]+)[ \t]*(?P<desc>(?:[^。！？；;\n（）()：:]|[（(][A-Za-z][A-Za-z0-9.&-]{{1,11}}[）)]){{2,80}})", re.M),
        # … a Latin given name alone ending its clause ("主讲人：Alice")
        "label": re.compile(rf"{LABELS}{_label_tail()}"),
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
        "name_at_org": re.compile(rf"{BOUNDARY}(?P<name>{han_name}|{LATIN})[ \t]*(?:目前|现在|现|曾经|曾|也|还)?[ \t]*在[ \t]*"
                                  rf"(?P<org>[^，。；！？\n在]{{2,30}}?)[ \t]*$"),
        # a one-character form of address ("张总") must end the word: not "总经理"
        "honorific": re.compile(rf"(?:{honorifics})(?<=[{HAN}]{{2}})(?![{HAN}]?(?:们|界))(?:(?<=[总])(?![{HAN}])|(?<![总]))"),
        "speech": re.compile(rf"(?:{verbs})"),
        # "作为 SOFAStack 商业化团队负责人，马振雄表示": the titles the sentence gives its subject first
        "as_titles": re.compile(rf"作为[ \t]*(?:一名|一位|一个)?(?P<desc>[^，。；！？\n《》“”]{{3,40}})[，,][ \t]*"
                                rf"(?P<name>{han_name})"),
        # "第一作者杜超群是…", "@王勇 提问"; "本文整理自罗某在 X 大会的演讲"
        # "个人简介：高某，…" (but "个人介绍：某公司联合创始人" introduces no name)
        # … "我是李某，…": a self-introduction, the name followed by a comma
        # … (but "本文整理自某云技术专家…": the source's titles come first, the name after them)
        "byline": re.compile(rf"(?:第一作者|通讯作者|共同作者|作者|@|(?:本文整理自|本文根据|本文内容来自)(?=[ \t]?{han_name}{SOURCE_NAME_END})"
                             rf"|我叫|我是(?=[ \t]?{han_name}[，,])"
                             rf"|个人(?:简介|介绍)[：:][ \t]*(?=[^，,\n]{{2,4}}[，,]))(?:[ \t]?|[ \t]{{2}}(?=\S))(?P<name>{han_name})"),
        # literal-led by the comma; the title before it is checked after
        # … or a line's end after it: "- 某研究院 某部副主任、某云 TVP，陈某"
        "title_comma_name": re.compile(rf"(?P<comma>[，,])[ \t*]*(?P<name>{han_name})[ \t*]*(?:[，,]|$)", re.M),
        # … a Latin word of what the person is may come between ("来自 X 的 gopher 张某分享了");
        # a verb of speech after the name ends it too ("来自某大学的许某表示")
        "from_org": re.compile(rf"来自[^，。！？；\n的]{{2,30}}的[ \t]*(?:[a-z]{{2,15}}[ \t]+)?(?P<name>{han_name})"
                               rf"(?=[ \t]*[，,。、；（(和与及]|[ \t]*(?:分享|介绍|带来|讲解|演讲|[给为向]大家|{verbs})|$)", re.M),
        # … or without 来自, after a name with an organisation's suffix ("某大学的杜某和某学院的赵某"),
        # literal-led by the 的; the organisation is checked after
        "org_de_name": re.compile(rf"的[ \t]*(?P<name>{han_name})"
                                  rf"(?=[ \t]*[，,。、；（(和与及]|[ \t]*(?:分享|介绍|带来|讲解|演讲|分别|共同|一起|[给为向]大家|{verbs})|$)", re.M),
        # "王某等二十五位选手", "李某等人": a name that heads a group of people (literal-led by
        # the 等; the name is read back from it)
        "heads_group": re.compile(r"等(?=人|[ \t]*[\d一二三四五六七八九十两几多数]+[ \t]*[位名]"
                                  r"(?:选手|同学|学生|嘉宾|专家|老师|教师|成员|讲师|评委|队员|志愿者|开发者|贡献者|作者|同事)?)"),
        # "由谢某创建", "本次活动由李某主持": the agent of a verb of founding, hosting or leading
        "agent_by": re.compile(rf"由[ \t]*(?P<name>{han_name})(?=[ \t]*(?:担任|创建|创立|创办|发起|主持|带领|领导|牵头|"
                               r"负责|主讲|讲解|指导|出品|策划|组织|编写|撰写|翻译|整理))"),
        # "我的同事韩某也开始参与", "大学同学宋某。": a name after the word for one's peer
        "peer": re.compile(rf"(?:同事|同学|室友|搭档|队友|好友|朋友|师兄|师姐|师弟|师妹|学长|学姐|学弟|学妹)[ \t]?(?P<name>{han_name})"),
        # "龙某@某科技创始人": a card of a name, an at sign, the company and the title run together
        "at_card": re.compile(rf"(?<![A-Za-z0-9_.@-])(?P<name>{han_name})(?P<aside>[（(][^（）()\n]{{1,10}}[）)])?@"
                              r"(?P<desc>[^\s|｜@，,、:：]{2,30})"),
        # … and the next of a list: "来自 A 的甲、B 的乙与 C 的丙"
        "from_org_next": re.compile(rf"[ \t]*(?:[、，,]|以及|和|与|及)[ \t]*[^，。！？；\n的、]{{2,20}}的[ \t]*(?P<name>{han_name})"
                                    rf"(?=[ \t]*[，,。、；（(和与及]|$)", re.M),
        "from_org_also": re.compile(rf"[ \t]*(?:、|以及|和|与|及)[ \t]*(?P<name>{han_name})"
                                    rf"(?=[ \t]*[，,。、；（(和与及]|[ \t]*(?:分享|介绍|带来|讲解|演讲|[给为向]大家|{verbs})|$)", re.M),
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
        # … or a Latin name alone on its line over its titles: "Ralph Smith\n某公司高级总监"
        "latin_card": re.compile(rf"[ \t>*#·•-]*(?P<name>{LATIN})[ \t*]*(?:[（(][^（）()\n]{{1,20}}[）)])?[ \t*]*[：:]?[ \t*]*$"),
        "latin_list": re.compile(rf"(?P<names>{LATIN}(?:\s*,\s*(?:and\s+)?{LATIN}){{2,}})"),
    }


def _leads_labels(text: str, word: str) -> bool:
    """Whether ``word`` and a colon open two lines or more: a field's label, as "技能点：" over each
    speaker's card."""
    return len(re.findall(rf"^[ \t>*—-]*{re.escape(word)}[ \t*]*[：:]", text, re.M)) >= 2


def _listed_name(name: str) -> bool:
    """A Latin name of a list whose given name or family name a name list knows, or a romanised
    Chinese one: "Rui Zhang", "Geoffrey Hinton"; not capitalised English words ("Haidian District")."""
    return is_name(name) and (given_name(name) or romanised_name(name)
                              or name.split()[-1] in lexicons.load("latin_family_names"))


@functools.lru_cache(maxsize=1)
def _label_tail() -> str:
    """What follows a label: its colon, then the name, and any more names after it."""
    han_name, any_han = han_name_pattern(), rf"[{HAN}]{{2,4}}"
    # (a table's or a bar's pipe is blanked in the prose: "出品人 | 某某 …" reads "出品人   某某 …")
    return (rf"(?:简介|介绍|信息)?(?:[ \t]*[：:｜|][ \t]*|(?P<gap>[ \t]{{3,}}))(?:{LATIN_ADDRESS})?(?P<name>{LATIN}|{any_han}"
            rf"|{LATIN_WORD}(?=[ \t*]*(?:\n|$|[，,、；;（(|｜])))"
            # "文案: 方某 霍某": names parted by spaces, each a surname's
            rf"(?P<more>(?:[ \t]*[，,、/][ \t]*(?:{LATIN}|{any_han})|[ \t]+(?:和|与|及|&)[ \t]+{LATIN}"
            rf"|[ \t]+{han_name}(?=(?:[ \t]+{han_name})*[ \t]*(?:\n|$)))*)")


@functools.lru_cache(maxsize=1)
def _title_label() -> re.Pattern[str]:
    titles = lexicons.alternation(lexicons.load("titles"))
    return re.compile(rf"[ \t>*#·•\d、.．)-]*(?:副|常务|执行|联合)?(?:{titles})(?:[、/](?:{titles}))*{_label_tail()}")


SHORT_LABEL_LINE = LineStartPattern(r"^[^\n：:]{2,16}[：:]")


def _title_labels(text: str) -> Iterator[re.Match[str]]:
    """Titles as a line's label: "组长、负责人：孙某", "01、成员：苑某，…" (only the lines with a colon
    near their start are tried: the titles are many)."""
    for line in SHORT_LABEL_LINE.finditer(text):
        labelled = _title_label().match(text, line.start())
        if labelled:
            yield labelled


@functools.lru_cache(maxsize=1)
def _list_item() -> LineStartPattern:
    """A list item led by a name and a colon; Latin words before a colon in a list define a term
    ("- Seed Peer：…") more often than they name."""
    return LineStartPattern(rf"^[ \t]*(?P<name>{han_name_pattern()})[ \t]*[:：][ \t]*\S")


EXTRACTOR = "persons"


def _bar_between(body: str, start: int, end: int) -> bool:
    """Whether the blanked gap between a label and a name is one bar, on a line no table's."""
    line_start = body.rfind("\n", 0, start) + 1
    return sum(body.count(bar, start, end) for bar in "|｜") == 1 and not body[line_start:start].lstrip().startswith("|")


def _other_name(name: str, start: int, of: str) -> Mention:
    """A person's other name ("鲁直" of 黄挺), cited where the text gives it."""
    return Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.8, attrs=(("alias_of", of),))


@functools.lru_cache(maxsize=1)
def _long_suffixes() -> tuple[str, ...]:
    """The organisations' and units' suffixes of two characters or more, which end no name."""
    return tuple(s for s in lexicons.load("org_suffixes") | lexicons.load("unit_suffixes") if len(s) >= 2)


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
            if bracket and not mention.attr("descriptor") and split_title(bracket.group("desc").strip()) is not None \
                    and not FIRST_PERSON_WORDS.search(bracket.group("desc")):  # "（我国多数项目的 mentor）": a remark
                seeds[key] = mention = _with_descriptor(mention, bracket.group("desc"), bracket.start("desc"))
        # "宋某（某某云） 《TITLE》": a programme line's brackets hold the speaker's organisation
        programme_orgs = {line.start("org") for line, _ in book_line_speakers(document) if programme_line_org(line)}
        for mention in list(seeds.values()):
            # "苟利（陈自欣）", "王发康（毅松）": a person's other name in brackets right after the name
            other = OTHER_NAME.match(text, mention.end)
            if other and not mention.attr("alias_of") and is_name(other.group("name"), strong=True) \
                    and not names_organization(other.group("name")) and other.start("name") not in programme_orgs \
                    and (other.start("name"), other.end("name")) not in seeds:
                seeds[(other.start("name"), other.end("name"))] = _other_name(
                    other.group("name"), other.start("name"), mention.text)
                titles = TITLES_AFTER.match(text, other.end())
                if titles and not mention.attr("descriptor") and split_title(
                        re.split(r"[、，,]", titles.group("desc"))[0].strip()) is not None:
                    # "王发康（毅松）蚂蚁集团 可信原生技术部 技术专家", "玄北（曹杰），…核心成员"
                    seeds[(mention.start, mention.end)] = _with_descriptor(mention, titles.group("desc"), titles.start("desc"))
        brackets = list(NAME_IN_BRACKETS.finditer(text)) if "（" in text or "(" in text else []
        handles = [bracket for bracket in brackets if HANDLE_BEFORE.search(text, max(0, bracket.start() - 22), bracket.start())]
        for handle in handles:
            # "ckj（陈某）、river（付某）": handles, each then the person's name in brackets; two on a
            # line at least, as one alone is as often a word and its translation ("sidecar（边车）")
            name = handle.group("name")
            line_start, line_end = text.rfind("\n", 0, handle.start()), text.find("\n", handle.end()) % (len(text) + 1)
            # … or one after a title: "来自北辰云的高级前端工程师 BruceWan（万某）分享…"
            handle_start = HANDLE_BEFORE.search(text, max(0, handle.start() - 22), handle.start()).start()  # type: ignore[union-attr]
            titled = ends_with_title(text[line_start + 1:handle_start])
            # … or one after a programme item's dash: "TITLE - Tennylv (吕某)"
            dashed = DASH_BEFORE.search(text, line_start + 1, handle_start) is not None
            # … or one opening its line before a colon and a card: "kevin（王某）：某云开源负责人。"
            card = HANDLE_CARD.match(text, handle.end()) if not text[line_start + 1:handle_start].strip(" \t*>-") else None
            carded = card is not None and any(a.role for a in parse_descriptor(card.group("desc")))
            if surname_of(name) and is_name(name, strong=titled or carded) and name not in lexicons.load("companies") \
                    and not set(name) <= GLOSS_CHARS \
                    and (titled or dashed or carded or sum(line_start < other.start() < line_end for other in handles) >= 2) \
                    and (handle.start("name"), handle.end("name")) not in seeds:
                if titled:
                    chain_start = _chain_start(text, handle_start)
                    chain = text[chain_start:handle_start].strip()
                elif carded and card is not None:
                    chain_start, chain = card.start("desc"), card.group("desc")
                else:
                    chain_start, chain = -1, ""
                seeds[(handle.start("name"), handle.end("name"))] = Mention(
                    PERSON, name, handle.start("name"), handle.end("name"), EXTRACTOR, 0.75,
                    attrs=(("descriptor", chain), ("descriptor_start", str(chain_start))) if chain else ())
        for bracket in brackets:
            # "…董事一乐（梁某）": a Han nickname after the titles, then the name in brackets
            name, line_start = bracket.group("name"), text.rfind("\n", 0, bracket.start()) + 1
            nick_start = next((bracket.start() - n for n in (2, 3) if re.fullmatch(
                rf"[{HAN}]{{{n}}}", text[bracket.start() - n:bracket.start()]) and ends_with_title(
                text[line_start:bracket.start() - n])), None)
            if nick_start is None or (bracket.start("name"), bracket.end("name")) in seeds \
                    or not surnamed(name) or is_name(text[nick_start:bracket.start()]) \
                    or split_title(text[nick_start:bracket.start()]) is not None:
                continue  # "董事会主席（荣休）": a title, then how it is held, no nickname before a name
            chain_start = _chain_start(text, nick_start)
            seeds[(bracket.start("name"), bracket.end("name"))] = Mention(
                PERSON, name, bracket.start("name"), bracket.end("name"), EXTRACTOR, 0.75,
                attrs=(("descriptor", text[chain_start:nick_start].strip()), ("descriptor_start", str(chain_start))))
        for name, start, _, _ in named_roll(document.body):
            seeds.setdefault((start, start + len(name)), Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.7))
        for name, start in roster(document.body) if "\n" in document.body else ():
            seeds.setdefault((start, start + len(name)), Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.7))
        for item in listed_with_people(document.body, {m.start for m in seeds.values()}):
            seeds.setdefault((item.start("name"), item.end("name")),
                             Mention(PERSON, item.group("name"), item.start("name"), item.end("name"), EXTRACTOR, 0.7))
        for name, start in list(coordinated(text, [m for m in seeds.values() if re.match(f"[{HAN}]", m.text)])):
            seeds.setdefault((start, start + len(name)), Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.7))
        for name, start, _, _ in list(org_led_items(text, list(seeds.values()))):
            # "某创始人吴某、蚂蚁金服敖某、某某科技徐某": a list's items, each an organisation and a name
            seeds.setdefault((start, start + len(name)), Mention(PERSON, name, start, start + len(name), EXTRACTOR, 0.7))
        for key, m in list(seeds.items()):
            if m.text.isascii() and (COMPANY_FORM_AFTER.match(text, m.end) or text[max(0, m.start - 3):m.start] == "of "):
                # "Serverless Operations, Inc.": a company's name, its form after it; "Department of
                # Computer Science 教授": the rest of a name of an organisation
                del seeds[key]
        by_start = {m.start: m for m in seeds.values()}
        for key, m in list(seeds.items()):
            # "Kyle Mo 莫某", "Anderson Chen 陳某": a Latin name and the Chinese one, a space between,
            # the one person's two names (the Chinese one kept)
            gap = SPACE_RUN.match(text, m.end) if " " in m.text and m.text.isascii() and not m.attr("alias_of") else None
            chinese = by_start.get(gap.end()) if gap else None
            if chinese is not None and re.fullmatch(f"[{HAN}]{{2,4}}", chinese.text) and not chinese.attr("alias_of") \
                    and not re.match(f"[{HAN}]", text[chinese.end:chinese.end + 1]):
                seeds[key] = dataclasses.replace(m, attrs=(*m.attrs, ("alias_of", chinese.text)))
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
            surname = addressed_surname(m.text)
            if surname is None or m.attr("alias_of"):
                continue
            full = {o.text for o in seeds.values() if o.text.startswith(surname) and addressed_surname(o.text) is None
                    and len(o.text) > len(surname) and not o.attr("alias_of") and not o.text.isascii()}
            if len(full) == 1:
                seeds[(m.start, m.end)] = dataclasses.replace(m, attrs=(*m.attrs, ("alias_of", next(iter(full)))))
                alias_of[m.text] = next(iter(full))
            elif not full and not named_in_full(text, surname, m.text):
                del seeds[(m.start, m.end)]
                names.discard(m.text)
        yield from sorted(seeds.values(), key=lambda m: m.start)
        for name in sorted(names):
            # str.find, not a pattern per name: each would be compiled once and push others from re's cache
            at = text.find(name)
            while at >= 0:
                span, at = (at, at + len(name)), text.find(name, at + len(name))
                if span in seeds or not bounded(text, *span):
                    continue
                yield Mention(PERSON, name, *span, self.name, 0.8,
                              attrs=(("alias_of", alias_of[name]),) if name in alias_of else ())

    def _frames(self, document: Document) -> Iterator[Mention]:
        text = document.prose
        patterns = _patterns()

        def person(name: str, start: int, confidence: float, descriptor: str = "",
                   desc_start: int = -1) -> Mention:
            next_card = NEXT_CARD.search(descriptor) if descriptor else None
            if next_card and is_name(next_card.group("name")):
                descriptor = descriptor[:next_card.start()]  # "甲，某公司技术专家  乙，…": the next card, set apart
            attrs = (("descriptor", descriptor.strip()), ("descriptor_start", str(desc_start))) if descriptor else ()
            return Mention(PERSON, name, start, start + len(name), self.name, confidence, attrs=attrs)

        for name, start, desc, desc_start in heading_cards(document):
            yield person(name, start, 0.8, desc, desc_start)
        for name, start in heading_speakers(document):
            yield person(name, start, 0.8)
        for _, listed_speakers in book_line_speakers(document):
            for name, start in listed_speakers:
                yield person(name, start, 0.8)
        for roster_item in affiliated_roster(document):
            yield person(roster_item.group("name"), roster_item.start("name"), 0.8)
        for name, start in photo_names(document):
            yield person(name, start, 0.7)
        for name, start in captioned_names(document):
            # "<figcaption>韩某</figcaption>", then the speaker's card below the figure
            line_end = text.find("\n", start) % (len(text) + 1)
            section_end = min((h.start for h in document.headings if h.start > line_end), default=len(text))
            caption_card = card_descriptor(text[:section_end], line_end)  # the card ends where the next heading starts
            if caption_card is not None or is_name(name, strong=True):
                yield person(name, start, 0.75, *(caption_card or ()))
        for speaker_line in bold_speaker_lines(document):
            card = speaker_line.group("card").strip()
            yield person(speaker_line.group("name"), speaker_line.start("name"), 0.75, card,
                         speaker_line.start("card") + speaker_line.group("card").find(card) if card else -1)
        for titled_line in titles_by_speaker(document):
            card = titled_line.group("card")
            yield person(titled_line.group("name"), titled_line.start("name"), 0.8, card, titled_line.start("card"))
        for bold_line in BOLD_LATIN_NAME.finditer(document.body) if "**" in document.body else ():
            if bold_line.group("name").split()[0] in lexicons.load("latin_given_names") and is_name(bold_line.group("name")):
                yield person(bold_line.group("name"), bold_line.start("name"), 0.75)
        for bold in BOLD_PRESENTER.finditer(document.body) if "**" in document.body else ():
            # "燧原科技 **马某** 展示了…": a name in bold after its organisation, before a verb of
            # presenting, vouched for by both though it is also a word
            line_start = text.rfind("\n", 0, bold.start()) + 1
            org = re.split(r"[，。；！？,:：]", text[line_start:bold.start()])[-1].strip()
            name = bold.group("name")
            if org and names_organization(org) and surnamed(name, labelled=True):
                yield person(name, bold.start("name"), 0.75, org, text.rfind(org, line_start, bold.start()))
        named_until = -1
        for match in patterns["title_before"].finditer(text):
            if match.group() == "作者" and not PROJECT_BEFORE_AUTHOR.search(text, max(0, match.start() - 2), match.start()):
                continue  # an author is a project's ("X 作者"), last in a chain; not "作者：某某", a byline
            if "|" in document.body[match.start():match.start("name")]:
                continue  # a table's cells: the title ends one, the name opens the next
            name = trim_name(text, match.start("name"), match.group("name"))
            if any(text[match.start():match.end() + n] in lexicons.load("titles") for n in range(1, len(name) + 1)):
                continue  # "副总工|程师": the name would start inside a longer title ("副总工程师")
            if name[0] in PREPOSITIONS and name[0] != "向":
                continue  # "首任校长由|韩某担任": a preposition, the name after it (but 向 is a surname too)
            after = match.start("name") + len(name)
            common = lexicons.load("common_words")
            if "的" in text[match.end():match.start("name")] and (name[:2] in common or not follower_at(text, after)):
                continue  # "架构师的韩某表示": 的 before a name, which a name's follower must vouch for (not "分析师的智慧。")
            if "为" in text[match.end():match.start("name")] and not NAMED_AS_END.match(text, after):
                continue  # "主席为冯某。": the title's holder, the clause ends with the name (not "工程师为韩某提供")
            if len(name) == 3 and text[after - 1:after + 1] in common and not follower_at(text, after):
                continue  # "成员|晋升机|制": words, cut across (but "韩俊平|分享了": a name's follower)
            # "院士周济发布了…": a name that is also a word, vouched for by the title and the verb after it;
            # "负责人许欣然表示": a name's follower vouches for a surname that is also a word
            followed = (text.startswith(word_followers(), after) or TITLED_TALK_AFTER.match(text, after) is not None) \
                and name[0] not in PREPOSITIONS and name[:2] not in common  # not "贡献者向大家|介绍", "PPMC 成员均|参加"
            if len(name) == 3 and (name[1:] in common or name[:2] in common) and surname_of(name) == name[0] \
                    and name[0] not in lexicons.load("common_surnames") and text[match.start("name") - 1] not in " \t*" \
                    and not followed:
                continue  # "负责人谈未来三大机会": a rare surname's character and a word, run on from the title
            if not is_name(name) and not (len(name) == 2 and is_name(name, labelled=True)
                                          and name not in lexicons.load("function_words")  # "SRE 支持…"
                                          and name[0] not in JOINING  # "所长暨云计算…": two titles joined
                                          and text[after:after + 2] in lexicons.load("verbs")) \
                    and not ((NICKNAME_AFTER.match(text, after) or _ends_clause(text, after, name) or followed)
                             and surnamed(name) and split_title(name) is None
                             and name[0] not in JOINING  # "等专家和大咖，": 和 joins, names no one
                             # "工程师来完成）": a function word and a verb run into the title (a space
                             # would part them: "架构师 代远航")
                             and not (name[0] in lexicons.load("function_surnames") and name[1:] in lexicons.load("function_words")
                                      and text[match.start("name") - 1] not in " \t" and not followed)):
                continue  # but "专家石某（花名：某某）": the nickname vouches for a surname that is also a word
            chain_start = _chain_start(text, match.start())
            if _card_of_name_before(text, document.body, chain_start, match.start("name")):
                continue  # "甲，某公司技术专家  乙，…": a card's titles after the comma are the name's before them
            if chain_start < named_until <= match.start():
                # "某研究院总监杨某 某云产品总监 谢某": the chain starts after the name before it
                # … and after its form of address ("主任赵某教授、副主任钱某"): the address is that name's
                gap = text[named_until:match.start()]
                address = ADDRESS_AFTER_NAME.match(gap)
                chain_start = named_until + (address.end() if address else len(gap) - len(gap.lstrip(" \t")))
            chain_start = _after_listed_cards(text, chain_start, match.start())
            cell_tags = list(HTML_CELL_TAG.finditer(document.body, chain_start, match.start())) if "<t" in document.body else []
            cell_start = max(document.body.rfind("|", chain_start, match.start()),
                             cell_tags[-1].end() - 1 if cell_tags else -1) + 1
            if cell_start:
                # a table's cell: the chain starts with it ("| 项目经理 某某 |", "<td>项目经理 某某")
                cell = text[cell_start:match.start()]
                chain_start = cell_start + len(cell) - len(cell.lstrip(" \t"))
            chain = TITLE_GLOSS_END.sub("", TITLE_CONNECTOR_END.sub("", text[chain_start:match.start("org") if match.group("org")
                                                                          else match.start("name")]))
            if parse_descriptor(chain):
                yield person(name, match.start("name"), 0.9, chain, chain_start)
                named_until = after
                siblings = SIBLING_NAMES.match(text, after)
                sibling_run = siblings.group()[:siblings.start("last") - siblings.start() - 1 if siblings.group("last") else None] \
                    if siblings else ""
                sibling_names = [(SIBLING_ADDRESS.sub("", n.group()), siblings.start() + n.start())  # type: ignore[union-attr]
                                 for n in re.finditer(r"(?<=、)[^、]+", sibling_run)]
                if siblings and siblings.group("last"):
                    sibling_names.append((siblings.group("last"), siblings.start("last")))
                if sibling_names and all(is_name(n, strong=True) for n, _ in sibling_names):
                    # "技术专家罗某、杨某、马某": the title is each one's
                    for sibling, at in sibling_names:
                        yield person(sibling, at, 0.85, chain, chain_start)
        for match in patterns["title_comma_name"].finditer(text):
            # "**某油田信息中心软件主管，王某，**在发布会上分享…": a line led by the titles, the name
            # between commas after them
            before_comma = text[max(0, match.start() - 12):match.start()].rstrip(" \t*")
            if not before_comma.endswith(listed_titles()):
                continue
            chain_start = _chain_start(text, match.start("comma"))
            line_start = text.rfind("\n", 0, match.start()) + 1
            chain = text[chain_start:match.start("comma")].strip()
            if text[line_start:chain_start].strip(" \t*>-") or not is_name(match.group("name")):
                continue
            if any(a.organization for a in parse_descriptor(chain)):
                yield person(match.group("name"), match.start("name"), 0.8, chain, chain_start + text[chain_start:].find(chain))
        for match in _latin_after_titles(text):
            # "——WeCity 联合创始人兼首席技术官 Arjen Hof、…": a Latin name after a chain that names an
            # organisation, the clause ending after it ("架构师 Service Mesh 的…" is no name); or a
            # given name alone before 的, a comma, 在 ("Nimbus 服务端总监 Jason 的演讲"); a colon, then
            # the person's words, after a given name only ("某公司工程师 Tomoya Fujita：“…”")
            name = match.group("name")
            alone = " " not in name
            if text[match.start() - 1:match.start()] not in (" ", "\t") and not HAN_BEFORE.match(text, match.start() - 1):
                continue  # a space or a title's last character, then the name: not a word's inside
            if alone and not (name in lexicons.load("latin_given_names") and GIVEN_NAME_ENDS.match(text, match.end())) \
                    or not alone and (not is_name(name) or (match.group("end") is None or text[match.end():match.end() + 1]
                                                            in "：:") and not given_name(name) and not romanised_name(name)
                                      and not LATIN_ADDRESSED.match(text, match.end())) \
                    or not ends_with_title(text[max(0, match.start() - 12):match.start()].rstrip(" \t")):
                continue
            chain_start = _after_listed_cards(text, _chain_start(text, match.start()), match.start())
            chain = text[chain_start:match.start()].rstrip(" \t—")
            if any(a.organization for a in parse_descriptor(chain)):
                yield person(name, match.start("name"), 0.8 if alone else 0.85, chain, chain_start)
        for match in _near_descriptors(text, patterns["apposition"]):
            raw = match.group("name").lstrip(" \t>*—-")
            if FIELD_NAME.fullmatch(raw) or AGENDA_LABEL.fullmatch(raw) or match.group("english") and (
                    match.group("english") not in lexicons.load("latin_given_names") or raw.isascii()):
                continue  # a profile's field: "现从事：…"; "张某 Google，…": no given name after the name
            start = match.end("name") - len(raw)
            if ends_with_title(text[max(0, start - 12):start]):
                continue  # introduced by the title chain before it; what follows is someone else's
            line_initial = text[text.rfind("\n", 0, start) + 1:start].strip(" \t>*—-") == ""
            name = trim_name(text, start, raw) if not line_initial else raw
            if name != raw or not is_name(name, strong=line_initial):
                continue
            if line_initial and not is_name(name) and _leads_labels(text, name):
                continue  # "技能点：…" over every card: a field's label, no name
            desc, desc_at = match.group("desc"), match.start("desc")
            english_end = ENGLISH_SENTENCE_END.search(desc)
            if english_end:
                desc = desc[:english_end.start()]  # "said Chris Lund, CTO, QNF. “It’s …": the sentence ends
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
                while parts and ACCOUNT_PART.match(parts[0]):
                    parts = parts[1:]  # "，花名某某，GitHub 账号 someone，": the accounts too, then the titles
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
            if split_title(parts[0]) is None and re.fullmatch(LATIN, name) and not given_name(name):
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
        # a title as the label vouches less than "嘉宾" or "作者" does ("Manager: 维护各 P2P 集群…")
        labels = itertools.chain(((m, False) for m in patterns["label"].finditer(text)),
                                 ((m, True) for m in _title_labels(text)), ((m, False) for m in credits))
        for match, by_title in labels:
            if match.groupdict().get("gap") and (not _bar_between(document.body, match.start("gap"), match.end("gap"))
                                                 or match.group("name") in lexicons.load("common_words")):
                continue  # a gap that is no bar's ("**@某某 **提问", "| 讲师 | 资料 |": a table's header); a
                # header's next column ("姓名 | 公司 | 介绍")
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
            if shared is None and after_name and not any(is_name(n) for n, _ in found[1:]) \
                    and (any(a.role for a in parse_descriptor(after_name.group("desc")))
                         or names_organization(_before_link(after_name.group("desc")))):  # "报告人：梁某，某科技"
                # "分享嘉宾：赵某，vivo 互联网，架构师": the titles after the name, on its line, not more names
                desc = after_name.group("desc")
                card_titled = any(a.role for a in parse_descriptor(desc))
                desc = desc if card_titled else _before_link(desc)
                shared, found = (desc, after_name.start("desc")), found[:1]
                if card_titled and re.fullmatch(LATIN_WORD, found[0][0]) and found[0][0] not in known_names():
                    # "分享人: Qiang, Nimbus Tech Lead": one Latin word, no company's, a comma, then its titles
                    yield person(found[0][0], found[0][1], 0.8, *shared)
                    continue
            for i, (raw, start) in enumerate(found):
                name = trim_name(text, start, raw)
                whole = not re.match(rf"[{HAN}]", text[start + len(raw):][:1])
                clause = re.match(r"[^，,。；;、\n]*", text[start:start + 40]).group().strip()  # type: ignore[union-attr]
                if not whole and split_title(clause) in (("", clause), (None, clause)):
                    continue  # "个人介绍：高级研发工程师，…": a title, no name
                # an unlisted surname: only a whole, short word after the label ("分享者：琚致远"); a
                # later item only whole too ("作者：陈静，阿里云云原生团队…" lists no 阿里云)
                # "讲者：Anne Zhu", not "Apache Answer" nor words on the next line
                latin_person = raw.isascii() and "\n" not in raw and given_name(raw)
                if (surname_of(raw) is None or i > 0) and (len(raw) > 3 or not whole) and not latin_person:
                    continue
                # one word after a comma may be the name's organisation ("邵某，又拍云"): a name there
                # needs a surname that is no word; more of them are a list ("甲，乙，代某")
                after_comma = i > 0 and len(found) == 2 and text[:start].rstrip(" \t").endswith(("，", ","))
                chained = CHAIN_TO_NAME.match(text, start + len(name))
                if chained and ends_with_title(chained.group("chain")) and is_name(chained.group("name"), strong=True):
                    continue  # "演讲嘉宾：英特尔 AI 软件工程师杨某": a company, its title chain, then the name
                if is_name(name) if by_title else is_name(name, strong=not after_comma, labelled=not after_comma):
                    yield person(name, start, 0.85, *(shared or ()))
        for match in short_lines(text, LIST_ITEM_NAMED_TITLE, 200, spaced_name=True):
            # "- 徐迪 蚂蚁金服技术专家：负责…": a list of speakers, each with a title
            # a line that ends after the titles ("王某 某公司架构师。") needs a listed surname: "孩子王 …"
            ends_sentence = match.group().endswith("。")
            line_start = text.rfind("\n", 0, match.start("name")) + 1
            above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip(" \t*>-")
            if re.fullmatch(rf"[{HAN}]{{2,3}}", above) and is_name(above, strong=True):
                continue  # "韩某" over "北辰云 架构师": the card of the name above, no name of its own
            if split_title(match.group("desc").strip()) is not None \
                    and is_name(match.group("name"), strong=not ends_sentence):
                # "- 韩某 某云专家工程师，原某科技研发总监，某社区会员": the titles that follow, each after a comma
                desc_end = _titles_run_on(text, match.end("desc"))
                if match.group().endswith("、") and desc_end == match.end("desc"):
                    continue  # "北辰云 CTO、开源中国 TVP 林某…": one title before a 、, then words, no card
                yield person(match.group("name"), match.start("name"), 0.8,
                             text[match.start("desc"):desc_end].strip(), match.start("desc"))
        for match in short_lines(text, LATIN_DASH_CARD, 160) if " - " in text or " – " in text or " — " in text else ():
            # "Fredrik Lindqvist - Nimbus CTO": a programme's line of Latin names, a dash, their titles;
            # or their organisation alone, over the time and title of their talk ("18:05「TITLE」")
            latin_names = list(LATIN_NAME_RE.finditer(match.group("names")))
            has_title = any(split_title(part.strip()) is not None for part in CARD_COMMAS.split(match.group("desc")))
            if (has_title or TIMED_TITLE_BELOW.match(text, match.end())) and latin_names \
                    and all(is_name(n.group()) for n in latin_names):
                for latin in latin_names:
                    yield person(latin.group(), match.start("names") + latin.start(), 0.8, match.group("desc").strip(),
                                 match.start("desc"))
        for match in _list_item().finditer(text):
            line = document.body[match.start():match.end()]
            line_end = text.find("\n", match.end()) % (len(text) + 1)
            if LIST_ITEM.match(line) and not LABELLED_SPEAKER.search(text, match.end(), line_end):
                # (not "- 利其器：如何用 X …，演讲人：某某": the words before the colon begin a title)
                name = trim_name(text, match.start("name"), match.group("name"))
                if is_name(name):
                    yield person(name, match.start("name"), 0.75)
        turns = list(_turns(text, patterns["turn"]))
        spoken = Counter(m.group("name") for m in turns)
        for match in turns:
            if spoken[match.group("name")] >= 2 and is_name(match.group("name")):
                # "宋某：早在 2015 年…", "**StoneKV 宋某：**" at the head of several lines: a speaker's
                # turns in an interview
                yield person(match.group("name"), match.start("name"), 0.75)
        for match in patterns["honorific"].finditer(text):
            # "学生**魏某**同学": emphasis leaves blanks between the name and its form of address
            end = skip_spaces_back(text, match.start())
            found_name = name_before(text, end, strong=True) or surname_name_before(text, end, match.group()) \
                or name_after_organisation(text, end, match.group())
            if found_name and OFFICE.fullmatch(match.group()) and not is_name(found_name[0]):
                continue  # "各取所长": an office is no peer's form of address, which vouches for a doubtful name
            if found_name and any(found_name[0].endswith(suffix) for suffix in _long_suffixes()):
                continue  # "某集团董事局主席": the board's chair, no one named 董事局 (but "李驰科": 科 is one character)
            if found_name:
                yield person(*found_name, 0.75)
        for match in patterns["role_verb"].finditer(text):
            desc = match.group("desc").strip()
            window_start = max(0, match.start() - 120)
            # "韩某目前在某公司担任前端负责人": where the post is held, between the name and the verb
            at_org = patterns["name_at_org"].search(text, window_start, match.start())
            if at_org and split_title(desc) is not None and reads_as_organization(at_org.group("org").strip()):
                name = trim_name(text, at_org.start("name"), at_org.group("name"))
                if name == at_org.group("name") and is_name(name):
                    yield person(name, at_org.start("name"), 0.8)  # the roles extractor reads the post where it is held
                    continue
            named = patterns["role_verb_name"].search(text, window_start, match.start())
            if named and split_title(desc) is not None:
                name = trim_name(text, named.start("name"), named.group("name"))
                if is_name(name):
                    yield person(name, named.start("name"), 0.8, desc, match.start("desc"))
        for match in MEETS.finditer(text):
            # "我认识了白某，当时…", "感谢韩某和欧阳某": verbs whose object is a person
            at = match.end()
            for candidate in NAME_AFTER.finditer(text, at, at + 24):
                name = candidate.group("name")
                if candidate.start() != at or not is_name(name):
                    break
                yield person(name, at, 0.7)
                at = candidate.end()
        for _, holders in titled_name_lists(document):
            # "### 大会主席：" over "张某（某大学）、窦某（某公司）": the title's holders
            for holder in holders:
                if is_name(holder.group("name"), strong=True, labelled=True):
                    yield person(holder.group("name"), holder.start("name"), 0.85)
        for match in itertools.chain(BIO_COPULA.finditer(text), CAREER_OPENING.finditer(text)):
            # the name opens its sentence, and what it is now names an organisation and a title
            # (or where it worked names an organisation)
            verb_at = match.start()
            verb_at -= 2 if text.endswith(DEGREE_BEFORE_COPULA, 0, verb_at) else 0
            if verb_at > COPULA_NAME_REACH and all(text.rfind(c, verb_at - COPULA_NAME_REACH, verb_at) < 0 for c in "。！？；\n"):
                continue  # no sentence starts near enough for a name to open it: the common case, skipped cheaply
            found_name = name_before(text, verb_at, strong=True)
            if found_name is None or text[:found_name[1]].rstrip(" \t*>")[-1:] not in ("", "\n", "。", "！", "？", "；") \
                    or found_name[0].endswith(listed_honorifics()):
                continue  # "杨老师是…": a form of address, no name
            if match.re is CAREER_OPENING:
                # (the frame vouches for a brand's name too: "韩某目前就职于北辰云")
                if reads_as_organization(left_cut(match.group("employer")).strip()):
                    yield person(*found_name, 0.8)
                continue
            desc = match.group("desc")
            # "某某是某公司的架构师"; "某某是一名软件工程师": a title at no organisation named
            one_of = ONE_OF.match(desc) and match.group().startswith("是")
            if any(a.role and (a.organization or one_of) for a in parse_descriptor(desc)):
                yield person(*found_name, 0.85, desc, match.start("desc"))
        for match in NAMES_IN_BRACKETS.finditer(text):
            # "Curve 社区的几位 Maintainer（王某、程某、王某）": the people a title in front of them names
            before_start = max(text.rfind(c, 0, match.start()) for c in "，。；！？\n、") + 1
            desc = text[before_start:match.start()].strip()
            names = match.group("names").split("、")
            if not ends_with_title(desc) or not all(is_name(n) for n in names):
                continue
            at = match.start("names")
            for name in names:
                yield person(name, at, 0.8, desc, before_start + text[before_start:match.start()].find(desc))
                at += len(name) + 1
        for match in GAVE_AT.finditer(text):
            # "罗某在 X 大会上进行了…的主题演讲": who spoke at an event
            at = text.rfind("在", max(0, match.start() - 60), match.start())
            if at > 0 and not re.search(r"[，。；！？\n]", text[at:match.start()]):
                found_name = name_before(text, skip_spaces_back(text, at))
                if found_name:
                    yield person(*found_name, 0.7)
        for match in PRESENTED_BY.finditer(text) if "《" in text else ():
            found_name = name_before(text, match.start())
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
            found_name = name_before(text, end, anywhere=match.group().startswith("的"))
            if found_name and match.group().startswith("的") and text[found_name[1] - 1:found_name[1]] not in WORK_HEARD:
                continue  # "阿里巴巴的《X》": no name inside a word; "听了韩某的《X》" names one
            if found_name:
                yield person(*found_name, 0.7)
        for match in patterns["speech"].finditer(text):
            # "李某还提到": an adverb may come between the name and the verb
            found_name = name_before(text, match.start())
            if found_name is None and text[match.start() - 1:match.start()] in ADVERBS:
                found_name = name_before(text, match.start() - 1)
            if found_name and text.count(found_name[0]) >= 2:
                yield person(*found_name, 0.6)
        for match in COMES_FROM.finditer(text) if "来自" in text else ():
            # "韩某来自某科技，…": a name, then where it comes from, an organisation by its form
            if reads_as_organization(match.group("org")):
                lead = BEFORE_COMES_FROM.search(text, max(0, match.start() - 6), match.start() + 2)
                found_name = name_before(text, skip_spaces_back(text, lead.start() if lead else match.start()))
                if found_name:
                    yield person(*found_name, 0.7)
        for match in patterns["dash_title"].finditer(text):
            name = match.group("name")
            if len(name) <= 3 and is_name(name):
                # "## MVA：NAME - 某社区成员，某公司架构师": a card after the dash, not a talk's title
                card_start = match.end() - 1
                card = text[card_start:text.find("\n", card_start) % (len(text) + 1)].strip()
                carded = any(a.role and a.organization for a in parse_descriptor(card))
                yield person(name, match.start("name"), 0.7, card if carded else "", card_start if carded else -1)
        for match in patterns["as_titles"].finditer(text):
            name = trim_name(text, match.start("name"), match.group("name"))
            desc = match.group("desc").strip()
            if is_name(name) and split_title(desc) is not None:
                yield person(name, match.start("name"), 0.85, desc, match.start("desc") + match.group("desc").find(desc))
        for match in PRESENTED.finditer(text):
            # "网易的沈某介绍了…", "星河的韩某分享了…": someone's speaker, before the verb of presenting
            presenter = LATIN_PRESENTER.search(text, max(0, match.start() - 40), match.start())
            if presenter and is_name(presenter.group("name")):
                yield person(presenter.group("name"), presenter.start("name"), 0.7)  # "来自某公司的 Pavel Ivanov 将会带来…"
                continue
            for length in (2, 3):
                start = match.start() - length
                name = text[start:match.start()]
                if text[start - 1:start] == "的" and HAN_RUN_END.fullmatch(name) and is_name(name) \
                        and name not in lexicons.load("verbs"):
                    yield person(name, start, 0.7)
                    pair = PRESENTED_PAIR.search(text, max(0, start - PAIR_REACH), start)
                    if pair and is_name(pair.group("name")) and pair.group("name") not in lexicons.load("verbs"):
                        yield person(pair.group("name"), pair.start("name"), 0.7)  # "X的甲和Y的乙讨论了"
                    break
        for match in patterns["byline"].finditer(text):
            if match.group().startswith("@") and NAME_CHAR_BEFORE.search(text, max(0, match.start() - 1), match.start()):
                continue  # "崔某@某公司": the speaker's company after the @, no handle
            name = trim_name(text, match.start("name"), match.group("name"))
            name_end = match.start("name") + len(name)
            if match.group().startswith("@") and re.match(f"[{HAN}]", text[name_end:name_end + 1]) \
                    and text[name_end:name_end + 2] not in lexicons.load("verbs") and not follower_at(text, name_end):
                continue  # "@勾三股四": a handle is taken whole, and a longer one names no one of its start (but "@张某认领")
            if is_name(name, strong=match.group().startswith("个人"), labelled=match.group().startswith("个人")):
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
            if is_name(name) and not ends_with_title(text[match.start("name") - 8:match.start("name")]):
                yield person(name, match.start("name"), 0.75)
                end = match.start("name") + len(name)
                # … and the next of a list, from another organisation or the same one ("来自 X 的甲和乙")
                while (following := patterns["from_org_next"].match(text, end) or patterns["from_org_also"].match(text, end)) \
                        and is_name(following.group("name")):
                    yield person(following.group("name"), following.start("name"), 0.75)
                    end = following.end("name")
        for match in patterns["org_de_name"].finditer(text) if "的" in text else ():
            preceding = text[max(0, match.start() - 30):match.start()].rstrip(" \t")
            if not INSTITUTION_BEFORE.search(preceding) and not ends_with_known_name(preceding):
                continue  # (the cheap test first: 的 is the commonest character there is)
            clause_start = max(text.rfind(c, max(0, match.start() - 30), match.start()) for c in "，,。！？；;：:、\n") + 1
            org = left_cut(text[clause_start:match.start()].rstrip(" \t")).strip()
            name = trim_name(text, match.start("name"), match.group("name"))
            institution = INSTITUTION_BEFORE.search(org)
            if org not in known_names() and not (institution and institution.start() >= 2 and names_organization(org)):
                continue  # "集合社区的智慧": an institution's name, or a known one
            if is_name(name) and not ends_with_title(text[match.start("name") - 8:match.start("name")]):
                yield person(name, match.start("name"), 0.7)
        for match in patterns["heads_group"].finditer(text) if "等" in text else ():
            found_name = name_before(text, match.start())
            if found_name and no_word_inside(found_name[0]) and not names_organization(found_name[0]):
                yield person(*found_name, 0.7)
        for match in patterns["agent_by"].finditer(text):
            name = trim_name(text, match.start("name"), match.group("name"))
            if name == match.group("name") and surnamed(name) \
                    and text[match.start() - 1:match.start() + 1] not in lexicons.load("common_words"):
                yield person(name, match.start("name"), 0.7)  # not "理由", "自由": 由 inside a word
        for match in patterns["peer"].finditer(text):
            name = trim_name(text, match.start("name"), match.group("name"))
            after = match.start("name") + len(name)
            if is_name(name) and addressed_surname(name) is None and (_ends_clause(text, after, name) or follower_at(text, after)) \
                    and text[match.start() - 1:match.start() + 1] not in lexicons.load("common_words"):
                yield person(name, match.start("name"), 0.7)  # (not "同事元总": a form of address)
        for match in _at_cards(text, patterns["at_card"]):
            desc = match.group("desc")
            title_after = AT_CARD_TITLE.match(text, match.end("desc"))
            if title_after and reads_as_organization(desc) and split_title(desc) is None:
                desc = text[match.start("desc"):title_after.end()]  # "王某@某某科技有限公司，网络研发总监"
            if any(a.organization and a.role for a in parse_descriptor(desc)) and is_name(match.group("name"), strong=True):
                yield person(match.group("name"), match.start("name"), 0.8, desc, match.start("desc"))
        for card in _latin_at_cards(text):
            if any(a.organization and a.role for a in parse_descriptor(card.group("desc"))) \
                    and (is_name(card.group("name")) or " " not in card.group("name")):
                yield person(card.group("name"), card.start("name"), 0.8, card.group("desc"), card.start("desc"))
        for match in NESTED_CARD.finditer(document.body) if "\n  " in document.body else ():
            # "- **霍某**" then nested items "  - 23级某学院", "  - 某俱乐部社长": a roster's card
            name = match.group("name")
            if surname_of(name) and is_name(name, strong=True):
                items_start, items_end = match.start("items"), match.end("items")
                yield person(name, match.start("name"), 0.8, text[items_start:items_end].rstrip(), items_start)
        for match in CARD_OVER_TITLE.finditer(text) if "《" in text else ():
            # "**裴某**（某大学）" then "《TITLE》——…" on the next line: a speaker's card over the talk
            name = match.group("name")
            if surname_of(name) and is_name(name, strong=True):
                aside = match.group("aside").strip()
                yield person(name, match.start("name"), 0.8, aside, match.start("aside"))
        for match in HANDLE_ASIDE.finditer(text):
            # "骆某（GitHub ID：luotao1）", "邓某（@dengqian）": a person's handle in brackets after the name
            # the handle vouches for a surname that is also a word ("谢")
            end = skip_spaces_back(text, match.start())
            handled = name_before(text, end, anywhere=True) or next(
                ((text[end - n:end], end - n) for n in (3, 2) if surname_of(text[end - n:end])
                 and is_name(text[end - n:end], strong=True) and no_word_inside(text[end - n:end])), None)
            if handled is not None:
                yield person(*handled, 0.8)
        for match in ALIAS_BETWEEN_COMMAS.finditer(text):
            # "我是来自于某公司的黄某，花名鲁某，目前…": another name between commas, whatever follows
            before = _nicknamed(text, skip_spaces_back(text, match.start()))
            if before is not None and is_name(match.group("alias"), strong=True):
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
            if card and is_name(card_name, strong=not match.group("project")) \
                    and card_name not in lexicons.load("generic_headings") \
                    and not (len(card_name) == 4 and card_name[:2] in common and card_name[2:] in common):  # "项目名称"
                yield person(card_name, match.start("name"), 0.8, *card)
        for match in short_lines(text, patterns["latin_card"]):
            card = card_descriptor(text, match.end())
            # … the titles a line of their own, not words of a biography's first sentence
            if card and given_name(match.group("name")) and is_name(match.group("name")) \
                    and _whole_line(text, card[1], card[0].split("、")[0]):
                yield person(match.group("name"), match.start("name"), 0.8, *card)
        for match in LATIN_SUBJECT_VERBS.finditer(text):
            # "Peter Bourgon 在2017年2月撰写了…", "某公司的 Jeff Boudier 表示", "Matt Stine，在接受 InfoQ 采访的时候": the subject of a
            # clause of speech or writing; "Joseph Irving (@Joseph-Irving)": a handle after a name
            clause_start = max(text.rfind(c, 0, match.start()) for c in CLAUSE_ENDS) + 1
            subject = LATIN_SUBJECT.match(text, clause_start, match.start())
            if subject is None and (match.group().endswith("@") or text[clause_start:match.start()].lstrip().startswith("在")):
                # the name ends the clause before: "…的 Matt Stine，在接受…", "Joseph Irving (@…"
                end = match.start() if match.group().endswith("@") else clause_start - 1
                subject = LATIN_ENDS_CLAUSE.search(text, max(0, end - 40), end)
            if subject and given_name(subject.group("name")):
                yield person(subject.group("name"), subject.start("name"), 0.75)
        for match in TRANSLITERATED.finditer(text):
            # "工程师鲁道夫·卡尔曼提出": a foreign name written in Chinese, its parts joined by ·
            run = HAN_RUN_END.search(text, max(0, match.start() - 8), match.start())
            if run is None:
                continue
            left, right = re.sub(rf".*(?:{LABELS}|之一|的)", "", run.group()), match.group("right")
            for title in listed_titles():
                cut = left.rfind(title)
                if cut >= 0:
                    left = left[cut + len(title):]
            # "他与杰弗里·辛顿": the name's letters only, on either side
            left = transliterated_end(left) if len(transliterated_end(left)) >= 2 else left
            right = next((right[:i] for i in range(2, len(right)) if right[i] in PARTICLES
                          or right[i:].startswith(name_followers())), right)
            spelt = len(right) - len(right.lstrip(TRANSLITERATION_LETTERS))
            right = right[:spelt] if spelt >= 2 else right
            common = domain_words() | lexicons.load("places")
            # both sides spelt by the transliteration tables' letters: "开源中国·周某", "某站·暨第七期" are no
            # foreign name
            # "约翰斯·霍普金斯大学", "比尔·盖茨基金会": a university's or a foundation's name, no person's
            named_body = _has_suffix_inside(text[match.start("right"):match.start("right") + len(right) + 3], len(right))
            if 2 <= len(left) <= 4 and left not in common and right not in common and len(right) >= 2 \
                    and split_title(right) is None and not named_body \
                    and transliterated_end(left) == left and spelt >= 2:  # "某公司·技术总监": a company and a title
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
            left, right = transliterated_end(foreign.group("left")), foreign.group("right")
            if foreign.group("sep"):
                name_start = foreign.start("right") - len(foreign.group("sep")) - len(left)
            else:
                left, right = "", transliterated_end(foreign.group("left") + right)
                name_start = foreign.end("right") - len(right)
            name = text[name_start:foreign.end("right")]
            if (left and not right.strip(TRANSLITERATION_LETTERS) and len(name.replace(" ", "")) >= 3) if foreign.group("sep") \
                    else len(right) >= 2:
                yield person(name, name_start, 0.75)
        yield from list_frames(text, person)
        for name, start in bold_names_joined(document.body):
            yield person(name, start, 0.7)
        for match in LABELLED_LINK.finditer(document.body) if "](" in document.body else ():
            other = match.group("other")
            if other and is_name(other, strong=True):
                # "講者 [KK 徐某（…）](…)": a Chinese name after the Latin one is the name, the Latin its other
                yield person(other, match.start("other"), 0.75)
                yield _other_name(match.group("name"), match.start("name"), other)
            else:
                yield person(match.group("name"), match.start("name"), 0.75)
        for match in QUOTE_ATTRIBUTION.finditer(text):
            # "—— LinuxCon NA 2015, Linus Torvalds": who said the quotation (a dash and a comma
            # before a name of two or three capitalised words vouch for it without a given name)
            if match.group("name").split()[-1] not in LATIN_ORG_WORDS:
                yield person(match.group("name"), match.start("name"), 0.7)
        for match in DASHED_ATTRIBUTION.finditer(text):
            quotation = text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip(" \t-—")
            if quotation and given_name(match.group("name")):  # not "— Service Mesh"
                yield person(match.group("name"), match.start("name"), 0.7)
        for match in patterns["latin_list"].finditer(text):
            line = text[text.rfind("\n", 0, match.start()) + 1:text.find("\n", match.end())]
            if CITATION.search(line):
                continue  # a reference list names sources, not people of the article
            latin_names = list(re.finditer(LATIN, match.group("names")))
            # half the names known vouch for the rest ("Lorin Hochstein"); fewer, for themselves only
            # (not "Chief Technology Officers", "Capital Gym")
            vouched = 2 * sum(_listed_name(latin.group()) for latin in latin_names) >= len(latin_names)
            for latin in latin_names:
                if vouched and is_name(latin.group()) or _listed_name(latin.group()):
                    yield person(latin.group(), match.start("names") + latin.start(), 0.7)
        for match in LATIN_FROM.finditer(text) if " from " in text else ():
            # "Kent Wang from Splunk has demonstrated …": a given name, a family name, where the person is from
            if given_name(match.group("name")) and is_name(match.group("name")):
                yield person(match.group("name"), match.start("name"), 0.7)
        for match in HANDLE_MENTION.finditer(text) if "@" in text else ():
            # "大会主持 @某某 在会议的茶歇前…": someone mentioned by their handle, a moniker too; not a place
            # ("@厦门") nor an organisation, and not after a name ("刘某@某公司" is where one works)
            handle = match.group("name")
            if not names_organization(handle) and handle not in lexicons.load("places") \
                    and handle not in lexicons.load("companies") and handle not in ANONYMOUS \
                    and split_title(handle) is None:  # "@开发者 提问": a kind of person, no one named
                yield person(handle, match.start("name"), 0.7)
        for match in NAME_THEN_EMAIL.finditer(text) if "@" in text else ():
            # "许某（xumou@example.com）": a name with its e-mail address in brackets
            if is_name(match.group("name"), strong=True):
                yield person(match.group("name"), match.start("name"), 0.8)
        for match in TITLED_ATTRIBUTION.finditer(text) if "—" in text or "--" in text else ():
            # "—Kent Wang, CTO, Quillfy": a quotation's attribution line, the speaker, then their titles
            # (the dash and the comma vouch for a name of two or three capitalised words, as above)
            if LATIN_PERSON_WHOLE.fullmatch(match.group("name")) and match.group("name").split()[-1] not in LATIN_ORG_WORDS:
                yield person(match.group("name"), match.start("name"), 0.75, match.group("desc"), match.start("desc"))
        for match in LATIN_FULL_NAME.finditer(text):
            # "由 Tim Pepper 和 …", "嘉宾包括 Chao Xu、…": a given name and a family name in Chinese prose
            if AFTER_HAN_NAME.search(text, max(0, match.start() - 8), match.start()):
                continue  # "艾伦・戈登（Allen Gordon）": the Chinese name's original, no one else
            if full_latin_name(match.group("given"), match.group("family")) and in_chinese_prose(text, match.start(), match.end()):
                yield person(match.group(), match.start(), 0.7)
        yield from card_frames(document, person)
        # last: where a frame above read the name, its reading stands
        for name, start in set_apart(text, document.body):
            yield person(name, start, 0.6, *(card_after(text, name, start) or ()))


# a Latin name of two or three capitalised words (a middle initial between: "Ryan J. Salva"), then the end of its clause
# … or a space and Chinese words, when the name starts with a given name ("… Keith Chan 在开场中提到")
SPACE_RUN = re.compile(r"[ \t]{1,2}")
LATIN_PERSON_WHOLE = re.compile(LATIN_PERSON)
TITLED_ATTRIBUTION = re.compile(rf"^[ \t>*]*(?:—{{1,2}}|--|–)[ \t]*(?P<name>{LATIN})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*,[ \t]*"
                               r"(?P<desc>[^\n&]{2,160}?)[ \t*]*(?:$|&)", re.MULTILINE)
LATIN_FROM = re.compile(rf"(?<![A-Za-z])(?P<name>{LATIN}){FROM_AFTER_NAME}[A-Z]")
# "講者 [Kalan 愷某](https://twitter.com/…) 介紹了…": a speaker's label, then a link whose text is the
# speaker's name - one Latin word or initials too ("C.T Lin"), vouched for by both - and their other
# name after it
LABELLED_LINK = LineStartPattern(rf"^[ \t>*-]*{LABELS}[ \t]*[：:]?[ \t]*\[(?P<name>(?:[A-Z]\.?)+(?:[ \t]+{LATIN_WORD})?|{LATIN}|{LATIN_WORD})"
                                 rf"(?:[ \t]+(?P<other>[{HAN}]{{2,4}})?[^\]\n]{{0,12}})?\]\(")
LABELLED_SPEAKER = re.compile(rf"{SPEAKER_LABEL}[ \t*]*[：:]")
LATIN_AFTER_TITLE = re.compile(rf"(?P<name>{LATIN_WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:{FAMILY_PARTICLE})?{LATIN_WORD}){{0,2}})(?:(?P<end>(?=[、，,。；;）)（(\n：:和与及是等]|$))"
                               rf"|(?=[ \t]*[\u4e00-\u9fff]))", re.M)
HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]")
LATIN_DASH_CARD = re.compile(rf"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?P<names>{LATIN}(?:[ \t]*(?:,|&|、)[ \t]*{LATIN}){{0,5}})"
                             rf"[ \t]+[-—–][ \t]+(?P<desc>[^：:。；;\n]{{2,60}}?)[ \t]*$", re.M)
LATIN_NAME_RE = re.compile(LATIN)
CARD_COMMAS = re.compile(r"[,，]")
TIMED_TITLE_BELOW = re.compile(r"[ \t]*\n[ \t]*\d{1,2}[:：]\d{2}[ \t]*[「《]")
# "首席科学家 Alistair Stewart 博士向…": a form of address after a Latin name vouches for it, as
# the end of a list does ("法律顾问 Katt Gu 等嘉宾")
LATIN_ADDRESSED = re.compile(r"[ \t]*(?:博士|教授|先生|女士|老师|院士|等)")
GIVEN_NAME_ENDS = re.compile(r"[ \t]*(?:的|，|,|。|（|\(|在|分享)")
# "，", a bar or a slash ("分享者：陆某（handle） / 某社区研发工程师"), an aside in brackets before it
DESCRIPTOR_AFTER_LABEL = re.compile(r"(?:[ \t]*[（(][^（）()\n]{1,20}[）)])?[ \t]*[，,｜|/][ \t]*(?P<desc>[^\n。；;]{2,80})")
NAMED_TITLE = re.compile(rf"[ \t]*(?P<name>[{HAN}]{{2,4}})[ \t]+(?P<desc>[^、，,；;。！？\n]{{2,40}})")


TITLE_CONNECTOR_END = re.compile(r"[ \t—-]*(?:的|为[：:]?)?[ \t]*$")  # "负责人—", "架构师的", "主席为："
NAMED_AS_END = re.compile(r"[ \t*]*(?:[，,。、；;）)\n]|$|[和与及][ \t]*[\u4e00-\u9fff]{2,3}[ \t]*[。，,；\n])")


def _whole_line(text: str, start: int, words: str) -> bool:
    """Whether ``words`` at ``start`` are all of their line but for markup."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start) % (len(text) + 1)
    return text[line_start:line_end].strip(" \t>*-") == words


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
                or not is_name(item.group("name"), strong=True, labelled=True):
            if items and text[pos - 1] in "，,":
                break  # "主讲人：苗某 某公司首席架构师，多年…": the card ends at the comma, prose follows
            return
        items.append((item.group("name"), item.start("name"), item.group("desc").strip(), item.start("desc")))
        if text[item.end():item.end() + 1] not in ("、", "，", ","):
            break
        pos = item.end() + 1
    yield from items


# the words that open a title chain before a name ("邀请到", "包括", a comma), and what ends a sentence
QUALIFIER_IN_CHAIN = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[ \t]?[（(][\u4e00-\u9fff]{2,8}[）)](?=[\u4e00-\u9fffA-Za-z])")
# a dash with spaces about it parts a talk's title from its speaker ("TITLE - 某云高级工程师 某某")
CHAIN_FRAME = re.compile(r"由|邀请到?|请到|包括|以及|及|和|与|是|为|了(?!解)|感谢|欢迎|正如|（|\(|：|:|\||——|[ \t][-–—][ \t]|，|,")
CHAIN_FRAME_OR_STOP = re.compile(rf"{CHAIN_FRAME.pattern}|[。！？；;\n]|整理自|来自")
APPOSITION_SEPARATOR = re.compile(r"[，,：:（(·•・｜]")
NAME_REACH, DESCRIPTOR_REACH = 60, 100


@functools.lru_cache(maxsize=1)
def _descriptor_cue() -> re.Pattern[str]:
    """A title word or 来自: what an apposition's descriptor must contain."""
    return re.compile(lexicons.alternation([*lexicons.load("titles"), "来自"]))


def _latin_after_titles(text: str) -> Iterator[re.Match[str]]:
    """Matches of LATIN_AFTER_TITLE; a match that holds a Latin title ("Nimbus Co-Founder Alex Chen")
    is tried again after the title's last word, where a given name must start."""
    titles = lexicons.load("titles")
    for match in LATIN_AFTER_TITLE.finditer(text):
        if " " not in match.group("name") and "\t" not in match.group("name"):
            yield match  # one word: no title before a name inside it
            continue
        words = match.group("name").split()
        titled = [i for i, word in enumerate(words) if word in titles]
        if titled and titled[-1] + 1 < len(words):
            at = match.start() + match.group().find(words[titled[-1] + 1], len(" ".join(words[:titled[-1] + 1])))
            again = LATIN_AFTER_TITLE.match(text, at)
            if again and given_name(again.group("name")):  # not "Developer Community Conference"
                yield again
            continue
        yield match


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


def _latin_at_cards(text: str) -> Iterator[re.Match[str]]:
    """Matches of LATIN_AT_CARD, tried once on each line that holds an at sign."""
    at = text.find("@")
    while at >= 0:
        line_end = text.find("\n", at) % (len(text) + 1)
        card = LATIN_AT_CARD.match(text, text.rfind("\n", 0, at) + 1, line_end)
        if card:
            yield card
        at = text.find("@", line_end)


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


OFFICE = re.compile(r"副?(?:秘书长|理事长|董事长|总经理|总裁|院长|校长|所长|部长|局长|主席|会长|书记|主任)")


NOT_ET_CETERA = frozenset({"等待", "等级", "等于", "等同", "等候", "等到", "等等"})


def _has_suffix_inside(run: str, name_length: int) -> bool:
    """Whether an organisation's suffix starts after a name's first two characters and by its end
    ("霍普金斯|大学", "盖茨|基金会"), not in the words after it ("辛顿在大学")."""
    suffixes = lexicons.load("org_suffixes")
    return any(run[start:start + n] in suffixes for start in range(2, name_length + 1) for n in (2, 3))


def _ends_clause(text: str, at: int, name: str) -> bool:
    """True when the clause of ``name`` ends or goes on at ``at``: punctuation, a space, 和/与/及;
    or a verb, after a name with no word inside ("都已经|是" is none)."""
    return not re.match(rf"[{HAN}]", text[at:at + 1]) \
        or text[at] in JOINING and text[at:at + 2] not in lexicons.load("common_words") \
        or text[at] == "在" and text[at:at + 2] not in lexicons.load("common_words") and no_word_inside(name) \
        or (text[at:at + 2] in lexicons.load("verbs") or text[at:at + 2] in TOGETHER) and no_word_inside(name) \
        or text[at] in CLAUSE_ADVERBS and re.match(rf"[{HAN}]", text[at + 1:at + 2]) is not None and no_word_inside(name) \
        or text[at] == "等" and text[at:at + 2] not in NOT_ET_CETERA and no_word_inside(name)  # "某某等企业家"


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


def _nicknamed(text: str, end: int) -> tuple[str, int] | None:
    """The name right before a nickname's frame ("石某（花名：某某）", "章某，花名某某，"): the
    nickname vouches for a surname that is also a word (石, 章)."""
    for n in (3, 2):
        start = end - n
        before = text[max(0, start - 8):max(0, start)]
        led = not re.search(rf"[{HAN}]$", before) or before.endswith("的") \
            or any(before.endswith(title) for title in lexicons.load("titles"))
        if start >= 0 and led and surname_of(text[start:end]) and is_name(text[start:end], strong=True):
            return text[start:end], start  # "的章某", "专家石某": led by 的 or a title
    return name_before(text, end, anywhere=True)


def _before_link(text: str) -> str:
    """The words before a blanked link's text or a run of blanks: "某科技   下载报告 ppt" -> "某科技"."""
    return re.split(r"[ \t]{2,}", text.strip(), maxsplit=1)[0]


LIST_COMMA = re.compile("、")


def _after_listed_cards(text: str, chain_start: int, end: int) -> int:
    """Where a title chain ending at ``end`` starts in a list of cards, each ending in a name
    ("邀请了某基金会主席堵某、某基金会会员姜某"): after the last item that ends in no title (a list of
    titles, "某公司 CTO、某云 TVP", is one chain)."""
    for joint in reversed([m.end() for m in LIST_COMMA.finditer(text, chain_start, end)]):
        item = text[chain_start:joint - 1].rstrip(" \t")
        if not item.endswith(listed_titles()) and not lexicons.ends_with(item, "org_suffixes", "unit_suffixes"):
            return joint  # (but "某信息技术中心、高级技术专家 NAME": the organisation first, then its title)
    return chain_start


SPACE_RUN_END = re.compile(r"[ \t\u00a0\u3000]+$")
NEXT_CARD = re.compile(r"(?:[ \t\u00a0\u3000]{2,}|\t)(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*[，,]")


def _card_of_name_before(text: str, body: str, chain_start: int, name_start: int) -> bool:
    """Whether the chain before a name is set apart from it (two spaces or a tab in the article,
    not what is left of its bold marks) and follows another name and a comma: "胡某，某公司技术专家
    彭某，某公司工程师" gives 胡某 the titles."""
    blank = SPACE_RUN_END.search(body, max(0, name_start - 8), name_start)
    if not (blank and (len(blank.group()) >= 2 or "\t" in blank.group()) and text[chain_start - 1:chain_start] in "，,"):
        return False
    return name_before(text, skip_spaces_back(text, chain_start - 1)) is not None


def _chain_start(text: str, end: int) -> int:
    """Where the title chain ending at ``end`` begins: after the sentence start or a frame word."""
    start = end
    while start > 0 and text[start - 1] not in SENTENCE_END and end - start < 80:
        start -= 1
    chain = text[start:end]
    frame = None
    # a comma separates people ("…TVP 王健，青宁信安 CEO…"); a chain's own items are joined by 、
    # "华为云 CTO": no frame inside a noun
    # "某会（北京）董事": a short qualifier in brackets inside the chain opens none
    hidden = QUALIFIER_IN_CHAIN.sub(lambda q: "\ue002" * len(q.group()), chain) if "（" in chain or "(" in chain else chain
    for m in CHAIN_FRAME.finditer(hide_frame_nouns(hidden)):
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


# one more of a card's titles after a comma: "原某科技研发总监", "某社区会员"
NEXT_TITLE = re.compile(r"[，,、][ \t]*(?P<title>[^：:，,、。；;！？\n]{2,60})")


def _titles_run_on(text: str, end: int) -> int:
    """Where a card's titles end when more follow the first, each after a comma or a 、 and each
    ending in a title ("…工程师，原某科技研发总监、某社区会员"); not at a clause that is no title ("，负责…")."""
    while (more := NEXT_TITLE.match(text, end)) is not None and split_title(more.group("title").strip()) is not None:
        end = more.end()
    return end
