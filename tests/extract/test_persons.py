"""graphkit/extract/persons.py: persons found in the frames that introduce people."""
from __future__ import annotations

import pytest

from _support import assert_spans, texts

from graphkit.extract.descriptors import parse_descriptor
from graphkit.model import PERSON

CASES = [
    # a title, then how it is held in brackets ("董事会主席（荣休）"): no nickname before a name; a
    # nickname after the titles, the name in brackets ("董事一乐（韩某）") still is
    ("persons-title-then-qualifier.md", {"Kevin Marsh", "宋一鸣", "韩远航"}),
    # a roll of names under a heading, one a line: a name that is also a word ("方向明") or of a rare
    # surname ("邰星河") is vouched for by the others, a nickname among them passed over; a list of
    # words is none
    ("persons-roll-with-nickname.md", {"韩远航", "宋一鸣", "钱立新", "邰星河", "周启航", "叶思远", "祁路遥", "方向明"}),
    # a table's header ("姓名 | 公司 | 介绍"): the next column's word is no name; a pronoun opens none
    # ("他认为，…")
    ("persons-header-and-pronoun.md", {"韩远航"}),
    # a rare surname's character, then a word, or a word and a character, run on from a title is
    # no name ("负责人谈未来三大机会", "专家利用飞桨");
    # a title and a verb after it vouch for one ("工程师阮某表示")
    ("persons-rare-surname-words.md", {"阮远峰"}),
    # a label, then a company, its title chain and the name ("演讲嘉宾： 某公司 AI 软件工程师杨某"):
    # the company's word is no name, though a surname opens it
    ("persons-label-company-chain.md", {"杨亦远", "韩远航"}),
    # 相 and 解 are surnames and words ("相匹敌", "解耦"): a name with one needs a strong frame (a label)
    ("persons-verb-surnames.md", {"解远航"}),
    # a name whose surname is also a word (单, 于), vouched for by a title before it and a talk's
    # title in 《》 after 以 or 就; "单机部署以《…》" names no one
    ("persons-titled-talk-after-name.md", {"单远航", "于明"}),
    # a meeting's minutes label their people: "汇报人：", "发言人：", "记录人："
    ("persons-minutes-labels.md", {"施超", "宋一鸣", "韩远航"}),
    # the source of a write-up after "本文整理自", "本文根据": a name that a title chain does not
    # run on from ("本文整理自杨柳云资深技术专家…": a company's name, then titles, then the person)
    ("persons-write-up-source.md", {"韩远航", "宋一鸣", "钱立新"}),
    # a foreign name's dot inside a university's or a foundation's name ("约翰斯·霍普金斯大学") names
    # no person; a foreign person's name so written does ("杰弗里·辛顿在大学…")
    ("persons-transliterated-bodies.md", {"韩远航", "鲁道夫·卡尔曼", "杰弗里·辛顿"}),
    # a name after the word for one's peer ("大学同学宋某。", "我的同事韩某也…"); "同学们", "同事关系",
    # "同学会" name no one
    ("persons-peers.md", {"宋毅", "韩鑫铭"}),
    # given names the US census lists lack ("Linus", "Jürgen", "Hiroshi"), before a verb of speech
    ("persons-world-given-names.md", {"Linus Torvalds", "Jürgen Weber", "Hiroshi Tanaka"}),
    # a family name's prefix before a capital ("McGovern", "MacDonald", "O'Connor"); the subject of 说,
    # 宣布, 强调 (but "JavaScript 说明" names no one)
    ("persons-latin-prefixed-family.md", {"Neil McGovern", "Anna MacDonald", "Sean O'Connor"}),
    # "NAME等二十五位选手", "NAME等人": a name that heads a group of people; not a company ("华为等5家
    # 公司") nor a word ("高原等地")
    ("persons-heads-group.md", {"王若涵", "李明"}),
    # Central European letters in a Latin name ("Dąbrowski", "Paweł"), in a programme's line of names
    ("persons-central-european-names.md", {"Anna Berg", "Jakub Wróbel", "Marek Dąbrowski", "Paweł Szczęsny"}),
    ("persons-agent-by.md", {"韩远航", "谢远聪"}),
    ("persons-institution-de-name.md", {"韩远航", "李远舟", "王晓东"}),
    # a follower of one character that makes a word with the name's last ends no name ("赵恺作|为",
    # "发起人全程参|与"), but one that makes none does ("王健|在会上"); titles 秘书, 联络人, 评委
    ("persons-follower-words.md", {"韩远航", "赵恺", "李远舟", "王晓东", "王健"}),
    ("roles-speech-frames.md", {"许欣然", "李远舟", "Jeff Morrow", "Ryan J. Salva"}),
    # a table's header ("| 周数 |") names no one, though its words stand apart
    ("talks-kind-column.md", {"韩远航", "李远舟", "王晓东", "陈思远"}),
    # a foreign name joined by a middle dot is spelt by the transliteration tables' letters on both
    # sides; an edition's or a site's words around a dot ("深圳站·暨第七期", "开源中国·周某") are none
    ("persons-dotted-phrases.md", {"鲁道夫·卡尔曼"}),
    # three names or more joined by 、 with nothing else in the run, each a name and no word; a list of
    # words ("高效、安全、稳定", "王者、荣耀、传说") names no one
    ("persons-name-runs.md", {"韩远航", "李远舟", "王晓东", "陈思远"}),
    # a label, a bar, then the name ("文 | NAME", "作者 | 甲、乙", "出品人 | NAME CARD"); a gap of bold
    # markup ("**@NAME** 提问") or a table's header ("| 讲师 | 资料 |") is no bar after a label
    ("persons-bar-labels.md", {"韩远航", "李远舟", "王晓东", "陈思远", "杨晓峰", "赵远明"}),
    # "Nimbus Computing" is a company's name by its last word, no person's
    ("roles-field-pair-title.md", {"Tom Berg", "韩远航", "李远舟"}),
    # a line of names only after a label of any words ("**内容设计**：甲、乙"), each a listed surname's;
    # a list of words after a label ("关键词：高并发、分布式") names no one
    ("persons-labelled-name-lists.md", {"韩远航", "李远舟", "王晓东", "陈思远", "杨晓峰"}),
    # titles as a line's label ("组长、负责人：NAME", "副组长：NAME", "01、成员：NAME，…"); a Latin
    # title's label before a verb ("Manager: 维护各 …") names no one
    ("persons-title-labels.md", {"韩远航", "李远舟", "王晓东"}),
    # a name whose surname is also a word ("谢", "万"), after its titles, then an adverb of its verb
    # ("将指导", "也分享了")
    ("persons-adverb-after-name.md", {"谢远聪", "万晓东"}),
    # a given name joined by a hyphen in lower case ("Soo-bin"), a middle initial without its dot; a
    # line in bold that is a Latin name alone, a known given name first (not "**Apache Answer**")
    ("persons-latin-forms.md", {"Kim Soo-bin", "Tom L Berg", "Anna Zorvik"}),
    # a list's items "NAME, ORG", two or more, Latin or Han; no name runs on to the next line; a
    # card among them ("NAME, TITLE at ORG")
    ("persons-latin-list-lines.md", {"Jia Lund", "Tom Lee", "Anna Berg", "韩远航", "李远舟"}),
    # Latin names listed with commas, half of them at least with a given or a family name a name
    # list knows; not capitalised English words listed so ("Chief Technology Officers", "Haidian District"),
    # nor a post before a card ("Nimbus Taiwan Chapter Chair, Founder and CEO of …")
    ("persons-latin-comma-lists.md", {"Anna Berg", "Tom Lee", "Kim Lund", "Niro Vasselt"}),
    # a company's cloud before a title is no name ("某某云 Serverless 专家架构师，NAME")
    ("persons-company-lines.md", {"杨远权", "王远庆"}),
    # a name addressed by its academic title or its office ("某某教授", "某基金会某某秘书长"), after
    # a preposition or an organisation; a name at a line's end after its titles and a comma
    ("persons-addressed-by-office.md", {"许远龙", "李远诚", "孙远龙", "董远宝", "周远中", "陈远鹏", "陈远力"}),
    # headings led by a speaker ("### 2 NAME：TITLE"), or a name alone under a heading that
    # introduces speakers ("## 主讲人介绍" over "### 01 NAME")
    ("talks-numbered-headings.md", {"韩明远", "欧阳明", "霍远山", "庄晓远", "赵远航", "朱远航", "安一鸣", "秦远明", "梁远超"}),
    # a foreign name in Chinese letters, then in Latin ones ("马克 古某（Mark G…）"), or joined by a
    # dot; only the name's letters ("负责人约翰…", "他与杰弗里…"); a body's Latin name, or a Chinese
    # name's pinyin, in brackets is no foreign person
    ("persons-foreign-names.md", {"马克 古尔森", "约翰 贾南德", "杰弗里·辛斯"}),
    # a roster: a list of three names or more and nothing else; a list of companies is none
    ("persons-roster.md", {"陈远群", "吴远波", "潘远民"}),
    # a handle, then the person's name in brackets ("ckj（陈某）"); a Latin word's transliteration or
    # translation in brackets is no name ("Apollo（阿波罗）")
    ("persons-handle-then-name.md", {"陈远杰", "付远林", "黄远瑞"}),
    # a roster's cards: a list item of a bold name over nested items of its titles
    ("persons-nested-cards.md", {"霍远晗", "黄远鸣"}),
    # names listed before their count ("A、B 和 C 三位同学"), which they must fit; places are no names
    ("persons-counted-lists.md", {"刘远余", "李远鹏", "侯远城"}),
    # credits with names parted by spaces ("文案: 方某 霍某", "审阅: 庄某 邢某"), "讲者信息：NAME/Latin"; a company after a
    # labelled name is none ("讲师：田某 北辰云"); a nickname in brackets is another name of the speaker
    ("talks-bracketed-speakers.md", {"陈远宇", "高远旸", "杨远特", "鲁尼", "戴远力", "秦远杰", "董远婷", "方远乐", "霍远晗",
                                     "田远亮", "庄远航", "邢远玮", "邵远哲"}),
    # "来自 ORG 的 NAME，": a person introduced by where they come from; a thing after 的 is none
    ("persons-from-org.md", {"唐远霖"}),
    # a numbered heading led by a name and a colon ("### 1. 唐某：…"); a term there is no name
    ("persons-numbered-headings.md", {"唐远霖"}),
    # "成员韩某进来稿": 来稿 (contributed) bounds a name, which is "韩远进", no "韩远" before 进来 (the
    # word 进来 cut across is no reason to drop a name its follower bounds)
    ("talks-comma-speakers.md", {"侯少远", "夏远彬", "韩远进"}),
    # a card line ending its sentence after the titles ("**王某** 某云架构师。"); a company's name
    # before titles ("孩子王 大数据专家。") is no name
    ("talks-topic-sections.md", {"张应远", "王远鹏", "韩若溪", "宋一鸣"}),
    # names listed before one form of address for them all, without 等: those that read as names
    # when most do ("武汉" is a word); subjects listed before 老师 are no names
    ("persons-award-lists.md", {"韩远航", "刘远宇", "甘文远", "卢天远", "毛浩远"}),
    # a handle in brackets after a name ("（GitHub ID：x）", "（@x）") vouches for it, even for a
    # surname that is also a word (谢); a word before one ("经验分享 （@ x）") is no name
    ("persons-handles.md", {"谢远飞", "骆远", "邓一鸣"}),
    # a title, then a function word and a verb ("工程师来完成）") names no one; a rare surname
    # vouched for by a nickname does
    ("persons-title-then-verb.md", {"来远航", "青松"}),
    # "NAME/ORG/TITLE" on a line; no name with a pronoun ("——谈我和…") nor a company·title ("北辰录·技术总监")
    ("persons-slash-card.md", {"刘远航", "昝远超"}),
    ("roles-label-line.md", {"赵远", "简海川", "欧阳明", "韩若溪"}),
    # the speakers of an agenda written as lines (extract/agenda.py)
    ("talks-agenda-lines.md", {"韩明远", "赵远航", "欧阳明", "季远", "清远", "申海川", "刘嘉远", "霍远山", "刘小川"}),
    # a "分享嘉宾" heading, then "NAME，descriptor" lines: each names a speaker, whatever the descriptor
    ("talks-speaker-sections.md", {"刘远", "翟远山", "金远"}),
    # a link to a LinkedIn profile or a GitHub account names a person (a Han name there needs a listed
    # surname: "[飞桨](…/PaddlePaddle)"); a link to anything else does not, a repository neither
    # who won or took part: "分别为甲和乙", "获奖者为某某", "嘉宾包括甲、乙" (each a listed surname's, one
    # at least no word); words are no winners
    ("persons-awarded.md", {"高远豫", "林远承", "林远芃", "吴远迪", "郑远华", "韩远航", "李远舟"}),
    # a name joined by 和 to a person's ("的黄某和周某同学") is a person's too; a place is not ("与张江的");
    # two names in bold joined ("**李某**及**王某**"), not two words ("**高可用**和**高性能**")
    ("persons-coordinated.md", {"黄远波", "周添一", "王远航", "李远颖", "王远生"}),
    ("persons-profile-link.md", {"Kiran Chavala", "欧阳明", "陈远辉", "郝远林"}),
    # a title before a name whose surname is also a word (于, 方), the clause ending or joining
    # after it; an adverb after a name ("唐远|很快"); no name across a word ("社区|于海同学": not
    # 区于海, but 于海 after the organisation), a word and a localiser ("毕业后"), nor a function
    # word and a word ("由最初"); the object of a verb that takes a person ("认识了", "感谢 A 和 B");
    # not "感谢大家"; a title's last character is no surname before a form of address ("工程师|徐明同学")
    ("persons-word-boundaries.md", {"于青山", "方一舟", "唐远", "白泽明", "韩若溪", "欧阳明", "韩青", "方远城", "于海",
                                    "徐明"}),
    # the other items of a list led by people's names are people too ("- 老猫: 议题"); an adverb
    # between a name and its verb of speech; a transliterated name joined by ・, after 之一; a form
    # of address ends a name ("宋某教授")
    ("persons-list-siblings.md", {"林晓峰", "老猫", "欧阳明", "韩若溪", "艾伦・戈登", "宋明远"}),
    # "ORG 的 NAME 讨论了/探讨了…": a speaker before a verb of presenting, and the one joined before
    # him ("X 的甲和 Y 的乙讨论了"); a thing before 带来了 is none
    ("persons-presented.md", {"韩青山", "陈明远", "宋远舟", "林若溪"}),
    # a label alone on its line, then "NAME - CARD" lines, a list's ；after each card; a card
    # "NAME@COMPANY，TITLE", the company and its title parted by a comma
    ("persons-label-cards.md", {"闫远航", "韩青山", "陈明远", "韩远舟"}),
    # a word and a colon over each speaker's card ("技能点：系统分析员，…") is a field's label, no name
    ("persons-field-labels.md", {"韩远航", "宋一鸣"}),
    # "曾" after a name is the adverb "once" ("宋敏曾在…担任…"), no given name's character
    ("persons-once-adverb.md", {"宋敏"}),
    # names joined to a person's, the last before a word that follows names ("…、宋某和钱某给大家带来分享");
    # a known company's person before one ("网易的宋某给大家演示了…")
    ("persons-joined-before-verb.md", {"韩远航", "宋一鸣", "钱立新", "宋远山"}),
    # a speaker's turns in an interview ("傅某：…" leading several lines; 傅 a listed surname);
    # a nickname (between commas, in brackets) vouches for a surname that is also a word (章, 石)
    ("persons-interview.md", {"傅云舟", "章远航", "石舟", "石海川", "远山", "欧阳青", "韩青", "Echo Tang", "韩海川"}),
    # title chain before the name, then the name seen again later
    ("persons-title-chain.md", {"林晓峰"}),
    # a name that is also a word, after a title and before a verb; not a verb ("SRE 支持…") nor a
    # word before no verb ("工程师周期性地")
    ("persons-word-name.md", {"周济"}),
    # two roles joined by &
    ("persons-ampersand.md", {"陈思远"}),
    # apposition after the name: comma, brackets, Latin
    ("persons-apposition.md", {"林晓峰"}),
    ("persons-apposition-paren.md", {"欧阳明"}),
    # … and a Latin name run on from a Han title, no space between ("…秘书长Patrick Luthi和…")
    ("persons-apposition-latin.md", {"Alice Wong", "Patrick Luthi", "Isabelle Valet-Harper"}),
    # title chain with a unit
    ("persons-unit.md", {"赵雨桐"}),
    # labels: 文｜, 分享者：, an author list
    # … and an article's other credits (校对｜, 编辑：)
    ("persons-labels.md", {"王小明", "林晓峰", "韩若溪", "宋一鸣", "孙嘉禾", "陈远", "庄晓月", "柳青山"}),
    # speakers table and list items
    # … and cells holding a name and its card, a space between, the name first or last
    # … or in brackets after it, a nickname before it or a given name alone
    # a players' column (选手) whose cell lists several people ("甲、乙、丙<br>某大学")
    ("roles-winners-table.md", {"钱远晟", "张远豪", "何远南", "雷远阳", "王远捷"}),
    ("speakers-table.md", {"陈思远", "赵雨桐", "柳远青", "白远珠", "Simon Berg", "侯远秀", "Teemo"}),
    ("list-items.md", {"周文涛", "欧阳明"}),
    # a panel: moderator and panelists introduced earlier in a chain
    ("talks-panel.md", {"陈思远", "赵雨桐", "周文涛"}),
    # speech verbs after words that are not names
    ("persons-none.md", set()),
    # another name in brackets (花名); a form of address after a surname that is also a word,
    # or after a given name alone at the start of a sentence; not after "和社区"; a mentor label;
    # a term defined in a list ("Seed Peer：…") is no name; a transliterated name (·); a Latin name
    # with a given name as the subject of speech or writing, or before a handle; not a term; names
    # listed before a form of address for all of them ("艺刚、茂修等同学"); a quotation's author after a
    # dash ("-- Gerald Weinberg"), not a term ("—— Service Mesh")
    ("persons-nicknames.md", {"陈思远", "欧阳明", "青松", "谢正尧", "佳龙", "李从旺", "戚文博", "苟利",
                              "鲁道夫·卡尔曼", "Peter Bourgon", "Matt Stine", "Joseph Irving",
                              "艺刚", "茂修", "永鹏", "小剑", "净超", "Linus Torvalds", "Gerald Weinberg", "林峰", "宋明远", "白榆",
                              "韩立秋", "青枫", "白露", "严冬", "韩明远", "青崖"}),
    # a card: the name alone on its line (a bullet before it, a handle after it), titles on the
    # lines after it (a line in English, a field, may come first), or in the first clause of a
    # sentence; a bold heading is no name, nor "关于作者", nor a heading of two words ("项目名称")
    # … or a card led by the person's project ("**Nimbus 韩某**"), or a name and a colon alone on
    # its line ("宋某："), but not a title so ("**出品人：**")
    # (a name set apart with only a handle after it is a name too: "**· 赵某 ｜**GitHub:…")
    ("persons-card.md", {"林晓峰", "青松", "韩若溪", "钱多多", "孙明哲", "韩明远", "白一鸣", "日照", "宋远帆", "秦远娟",
                         "赵一帆"}),
    # "作者简介：", "本文作者：" label the name; an organisation after it is no second name
    # … and a biography's first words: "NAME现任/现为 ORG TITLE" (not "这是现任…"); "个人介绍：NAME，…";
    # not a biography's verb after its label ("讲师简介：毕业于…")
    ("persons-bio.md", {"刘洋", "陈静", "王小明", "韩若溪", "宋一鸣", "柳远青", "韩远帆", "柳远舟", "柳远川"}),
    # card lines "NAME ORG TITLE" with nothing after the title; a title after a Latin name is no name
    ("talks-spaced-cards.md", {"韩远航", "宋一川"}),
    # a profile form: "姓名：NAME" (bold or not), a field "现从事：…" is no name
    ("persons-profile-form.md", {"韩远航", "宋一川", "欧阳明"}),
    # a label's name, then one word after a comma that is no name ("又" is no surname there); a
    # Latin name run into its company's title; "个人简介：NAME，…" but not a title after the label
    ("talks-salon-recap.md", {"韩远", "Tom Berg", "宋一川", "欧阳明", "白一鸣"}),
    # an article's credits as table rows ("文章作者 | NAME"); Latin names listed before "等导师"
    ("persons-credits.md", {"韩远航", "宋一川", "欧阳明", "Ann Lee", "Bo Young", "Carl Ray"}),
    # a title before a name whose surname is also a word (代); under "嘉宾介绍", a word before a
    # comma ("去年，") is no speaker
    ("talks-write-up-credit.md", {"代远航"}),
    # write-ups: "本文整理自NAME在…", a given name alone after a title chain ("总监 Jason 的演讲"),
    # an event's words before the speaker's organisation ("…北京站活动青禾证券…"); a surname that
    # is also a word before 在; names joined by 、 after a title; no verb of speech ("专家谈道"),
    # no name cut across words ("成员|晋升机|制")
    # … the last of them before an adverb ("柳某也"); a government title ("副局长")
    ("talks-write-up-frames.md", {"宋远航", "Jason", "刘远帆", "成柱峰", "韩远航", "杨一帆", "马远", "宋青山", "柳远", "韩立新"}),
    # list items "NAME（ORG，TITLE）": the brackets hold a title after the organisation; brackets
    # with no title name no one
    # … and "**NAME（ORG，TITLE），TALK**" at a line's start
    ("persons-list-brackets.md", {"韩远航", "宋一川", "欧阳明", "韩立新"}),
    # the speakers of a list of talks; "个人介绍：" before titles names no one
    ("talks-dash-list.md", {"宋远航", "韩明远", "汪远杰", "黄青浩"}),
    # a label's names split by "/", an English label ("Author:"); a Latin given name after a title,
    # then a colon and the person's words; a term after a title and before a colon is no name
    # … and a verb run into a two-character name ("韩航|做开场致辞")
    ("persons-label-lists.md", {"赵远航", "刘青阳", "张一川", "盛远敏", "Tomas Berg", "张宇航", "韩航"}),
    # a photo's caption that is a name the text gives where a name can start ("+ NAME ![NAME](…)"),
    # not "这张图" ("![张图](…)")
    ("talks-presenting-headings.md", {"张远龙", "韩远渡", "黄远毅"}),
    # the members a team is made up of ("由A、B、C组成的某队"), surnames that are also words among them;
    # things a method is made of are no one
    ("persons-team-members.md", {"周远泉", "许远斌", "马远昕", "杨远儒", "于远颜", "阮远逸", "龚远平", "马远凯", "王远权"}),
    # a list of "ORG NAME" items (a number inside the organisation's name; a surname that is also a word,
    # 谢 of "谢林"); terms cut across name no one
    ("persons-org-first-roster.md", {"姜远宁", "温远迪", "刘远军", "苏远涛", "陈远滨", "苏涛", "谢林"}),
    # bold speaker lines, a name alone or after its organisation, and a colon; no word cut across
    ("persons-bold-speaker-lines.md", {"孙远城", "李远波"}),
    # a work's author before 的《X》 where a name can start ("听了NAME的《X》"), not inside a word
    ("persons-works-heard.md", {"韩远帆"}),
    # a given name and a family name among Chinese words (romanised Chinese ones too; a family name
    # no list holds after a given name that is no English word, but not a college's); two English
    # words ("Spring Bean"), a longer Latin phrase or an English sentence name no one
    # a table's column of names alone, whatever its header says ("主持人"), a cell with no one ("--"),
    # a surname that is also a word (谢) and a foreign name among them; a column of a product's
    # qualities ("容错性", "易用性") is no one's
    ("persons-name-columns.md", {"韩立秋", "谢雨桐", "王思妍", "Marlon Kestrova"}),
    # names listed before 等, a count of people and who they are ("等多位投资人", "等100多位资深投资人")
    ("lists-of-names.md", {"韩立秋", "宋立群", "许雨桐", "黄可欣", "王思妍"}),
    # a name set apart (a line's, a list's, a card's: something other than Han around it), a common
    # surname first (one that is also a word too: 谢), no word; not "余人" after a count, a company ("陆金所",
    # after an at sign "毛豆网"), nor a surname's character and an adverb ("曾于 2023 年")
    # someone mentioned by a handle after a space or a mark ("大会主持 @云舟 在…", "**@一叶 的「…」**"), a
    # moniker too; not a place ("@厦门"); after a name the at sign gives where one works ("张某@某公司")
    ("persons-handle-mentions.md", {"云舟", "一叶", "大漠", "张远晨", "宋明轩"}),
    # a self-introduction "我是NAME，…" (not "我是一名…")
    # … and a name with its e-mail address in brackets ("宋某（songmou@example.com）"; not "用户组(LUG@…)")
    ("persons-self-introduction.md", {"韩立青", "宋远航"}),
    ("persons-set-apart.md", {"贺立峰", "赵雨芹", "王思远", "李建明", "孙晓宁", "刘吉洋", "李明轩", "周晓岚", "谢晓岚"}),
    # a name alone on its line over its card ("北辰云 架构师"): the card's first word is no name
    ("persons-card-under-name.md", {"韩立秋", "宋立群"}),
    ("persons-latin-in-prose.md", {"Tim Pepper", "John Howard", "Lucas Berg", "Janet Kuo", "Da Ma", "Pengfei Ni",
                                   "Zefeng Wang", "Chao Xu", "Marlon Kestrova"}),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0] for c in CASES])
def test_persons_found_are_exactly_the_people_named(extract, article, expected):
    extraction = extract(article, ["persons"])
    assert texts(extraction, PERSON) == expected
    assert {m.kind for m in extraction.mentions} <= {PERSON}
    assert_spans(extraction)


def test_a_latin_organisation_s_words_name_no_one(extract):
    # "Stonewave Operations, Inc.": a company's form after it; "Department of Computer Science 教授":
    # the words after "of" are the department's, not a professor's name
    names = texts(extract("orgs-latin-endings.md", ["persons"]), PERSON)
    assert not names & {"Stonewave Operations", "Computer Science"}


def test_a_byline_in_bold_and_a_researcher_are_people(extract):
    # "作者**宋某**": the bold's marks blanked between the label and the name; "研究者黄某" a title
    names = texts(extract("roles-latin-programme.md", ["persons"]), PERSON)
    assert {"宋立群", "黄可欣"} <= names and "Spencer Judd" not in names


def test_every_later_occurrence_of_a_found_name_is_a_mention(extract):
    extraction = extract("persons-title-chain.md", ["persons"])
    body = extraction.document.body
    found = sorted(m.start for m in extraction.mentions if m.text == "林晓峰")
    assert found == [i for i in range(len(body)) if body.startswith("林晓峰", i)]
    assert len(found) == 2


def test_the_descriptor_before_the_name_is_kept_for_the_roles_extractor(extract):
    extraction = extract("persons-title-chain.md", ["persons"])
    seed = next(m for m in extraction.mentions if m.attr("descriptor"))
    assert seed.attr("descriptor") == "北辰云 CTO、开源中国 TVP"
    start = int(seed.attr("descriptor_start"))
    assert extraction.document.body[start:start + len(seed.attr("descriptor"))] == seed.attr("descriptor")


def test_the_descriptor_after_the_name_is_kept_for_the_roles_extractor(extract):
    extraction = extract("persons-apposition-paren.md", ["persons"])
    (seed,) = [m for m in extraction.mentions if m.attr("descriptor")]
    assert (seed.text, seed.attr("descriptor")) == ("欧阳明", "云栖实验室研究员")


def test_a_table_row_gives_its_descriptor_cell(extract):
    extraction = extract("speakers-table.md", ["persons"])
    assert {(m.text, m.attr("descriptor")) for m in extraction.mentions} == {
        ("陈思远", "北辰云首席架构师"), ("赵雨桐", "云栖实验室研究员"),
        # … or its own card, never the cell before it ("| 实习生机会 | 项目经理 某某 |")
        ("柳远青", "青禾科技最有价值专家/星河开发者俱乐部主席"), ("白远珠", "开发者关系项目经理"),
        ("Simon Berg", "北辰云资深工程师"), ("侯远秀", "青禾学校发起人、北辰科技有限公司秘书长"), ("Teemo", "青禾医院资讯工程师")}


def test_a_university_name_holds_no_person(extract):
    extraction = extract("orgs-unit-after-before-han.md", ["persons"])
    assert texts(extraction, PERSON) == set()


def test_a_nickname_between_commas_is_an_alias_of_the_name_everywhere(extract):
    # "宋明远，花名白榆，北辰云高级技术专家。…我是…白榆": one person
    extraction = extract("persons-nicknames.md", ["persons"])
    nickname = [m for m in extraction.mentions if m.text == "白榆"]
    assert len(nickname) == 2 and all(m.attr("alias_of") == "宋明远" for m in nickname)
    (name,) = [m for m in extraction.mentions if m.text == "宋明远"]
    assert [(a.organization, a.role) for a in parse_descriptor(name.attr("descriptor"))] == [("北辰云", "高级技术专家")]
    assert_spans(extraction)


@pytest.mark.parametrize("name, titles", [("韩立秋", "北辰云 可信计算部 技术专家"),
                                           ("白露", "星河数据 StoneKV 开源组核心成员")])
def test_titles_after_a_name_and_its_other_name_in_brackets_are_the_names(extract, name, titles):
    extraction = extract("persons-nicknames.md", ["persons"])
    assert {m.attr("descriptor") for m in extraction.mentions if m.text == name} >= {titles}


def test_a_nickname_between_commas_with_no_titles_after_it_is_an_alias_too(extract):
    extraction = extract("persons-nicknames.md", ["persons"])
    assert {m.attr("alias_of") for m in extraction.mentions if m.text == "青崖"} == {"韩明远"}


def test_a_nickname_in_brackets_is_an_alias_of_the_name(extract):
    extraction = extract("persons-nicknames.md", ["persons"])
    nickname = [m for m in extraction.mentions if m.text == "青松"]
    assert nickname and all(m.attr("alias_of") == "欧阳明" for m in nickname)
    (name,) = [m for m in extraction.mentions if m.text == "欧阳明"]
    assert [(a.organization, a.role) for a in parse_descriptor(name.attr("descriptor"))] == [("北辰云", "资深技术专家")]


@pytest.mark.parametrize("name, titles", [("Nora Vance", "北辰云基金会孵化器主席"), ("韩远航", "青禾科技PaaS团队架构师")])
def test_a_bold_card_ends_its_titles_at_the_colon_before_the_talk(extract, name, titles):
    # "**NAME, TITLES：** what the talk covered": the colon ends the card, not the titles' check
    extraction = extract("persons-bold-colon-cards.md", ["persons"])
    assert texts(extraction, PERSON) == {"Nora Vance", "韩远航"}
    assert {m.attr("descriptor") for m in extraction.mentions if m.text == name} == {titles}


def test_a_surname_and_a_form_of_address_is_the_one_person_of_that_surname_or_no_one(extract):
    # "李老师" after "李远盛" is he; "黄老师", with no 黄 named in full, names no one
    extraction = extract("persons-addressed-surnames.md", ["persons"])
    assert texts(extraction, PERSON) == {"李远盛", "李老师"}
    assert {m.attr("alias_of") for m in extraction.mentions if m.text == "李老师"} == {"李远盛"}


def test_a_latin_name_then_the_chinese_one_is_one_person_but_a_neighbour_in_a_sentence_is_not(extract):
    # "講者 Kevin Han 韓某": the Latin name and the Chinese one side by side; "Tom Berg 韓某的同事"
    # is two people
    extraction = extract("persons-latin-and-chinese-names.md", ["persons"])
    aliases = {(m.text, m.attr("alias_of")) for m in extraction.mentions if m.kind == PERSON}
    assert aliases == {("Kevin Han", "韓遠峰"), ("韓遠峰", None), ("Grace Liu", "劉遠晴"), ("劉遠晴", None), ("Tom Berg", None)}
    assert_spans(extraction)


def test_a_latin_name_in_a_labelled_link_before_a_chinese_name_is_its_other_name(extract):
    extraction = extract("talks-labelled-links.md", ["persons"])
    assert {(m.text, m.attr("alias_of")) for m in extraction.mentions if m.text in ("KK", "韓遠凱", "Paipo")} \
        == {("KK", "韓遠凱"), ("韓遠凱", None), ("Paipo", None)}


def test_a_name_ends_before_an_adverb_of_contrast(extract):
    # "核心贡献者张某则演示了…": 则 (then, in turn) ends the name, as 和 does
    extraction = extract("persons-contrast-adverb.md", ["persons"])
    assert texts(extraction, PERSON) == {"韩瑞", "宋航"}


def test_a_handle_after_an_at_sign_is_taken_whole(extract):
    # "@韩三股四": a nickname of four characters, not 韩三股 and a numeral; "@韩明远 " is a name, and so
    # is a moniker "@一丝"
    extraction = extract("persons-at-handles.md", ["persons"])
    assert texts(extraction, PERSON) == {"韩明远", "宋远航", "一丝"}
