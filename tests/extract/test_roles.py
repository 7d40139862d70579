"""graphkit/extract/roles.py: (person, role, organisation) memberships from descriptors."""
from __future__ import annotations

import pytest

from _support import assert_spans, memberships, texts, units

from graphkit.extract.descriptors import clean_organization
from graphkit.model import ORGANIZATION

EXTRACTORS = ["persons", "organizations", "roles"]

CASES = [
    # 副总工 (a deputy chief engineer, short) is a title that chains on ("某院副总工、某委员会秘书长NAME");
    # no name starts inside a longer title ("副总工|程师" at a line's end is no person 程师)
    ("roles-chief-engineer.md", {("韩远航", "副总工", "北辰信通院"), ("韩远航", "秘书长", "青禾经济专家委员会"),
                                 ("宋一鸣", "总工程师", "青禾市经济和信息化局")}),
    # a graduate school's name ends in 研究生院; an abbreviation ("中科院") is not cut at a one-character
    # unit suffix inside it ("中科|院研究生院")
    ("roles-graduate-school.md", {("韩远航", "主任", "青禾大学计算机系"), ("韩远航", "兼职教授", "中科院研究生院"),
                                  ("韩远航", "博士生导师", None), ("韩远航", "研究员", None),
                                  ("韩远航", None, "北辰大学深圳研究生院")}),
    # the items after a person's in a list joined by 、, each an organisation and a name: each the
    # organisation's person
    ("roles-org-led-list.md", {("韩远航", "创始人", "StoneKV"), ("宋一鸣", None, "北辰科技"),
                               ("钱立新", None, "青禾科技有限公司"), ("宋远山", None, "网易")}),
    # an organisation's Latin name glossed between its name and the title: the Chinese name holds it
    ("roles-org-name-gloss.md", {("韩远航", "专家工程师", "青禾云"), ("韩远航", "联合发起人", "北辰开源社区")}),
    # a region's post after 兼 is the company's, not its unit's ("某公司某中心总经理兼华东区总经理"); a
    # region alone names no organisation
    ("roles-region-post.md", {("韩远航", "总经理", "北京青禾科技有限公司生态合作中心"),
                              ("韩远航", "华东区总经理", "北京青禾科技有限公司"), ("韩远航", "成员", "北辰云架构师上海同盟")}),
    # a company whose name a common word leads ("被窝"), its first character a particle alone ("被")
    ("roles-word-led-company.md", {("韩远航", "资深产品经理", "被窝数据")}),
    # a degree after the school it was taken at is a title there ("某大学自动化系博士、博士后": the
    # postdoc shares the school, not the employer named before); "NAME博士" only addresses a person
    ("roles-degree-at-school.md", {("韩远航", "成员", "北辰云数据平台团队"), ("韩远航", "博士", "青禾大学自动化系"),
                                   ("韩远航", "博士后", "青禾大学自动化系"), ("韩远航", "委员", "中国青禾学会智能决策专委会"),
                                   ("宋一鸣", "助理教授", "南湖理工大学统计学院"), ("宋一鸣", "统计学博士", "青禾大学管理学院")}),
    # who proposed or started a project, a title of no organisation, in traditional characters too
    # ("提案人韓某介紹…", "「X」的發起者宋某…")
    ("roles-proposers.md", {("韓遠航", "提案人", None), ("宋一鳴", "發起者", None)}),
    # a roll of who came, "- [NAME-ORG]" an item, most names of listed surnames: each name a
    # person's, the organisation theirs (a nickname among them passed over); a list of words and
    # states ("- 进展-顺利") is none
    ("roles-attendee-roll.md", {("韩远航", None, "青禾鸿图"), ("宋一鸣", None, "北辰开鸿"), ("钱立新", None, "星河万联")}),
    # "现为 X 的联合创始人" a sentence after the card's carries its subject on; "先后就职于A, B等公司,
    # 现为独立开发者": the title is held now, not where one worked before
    ("roles-now-and-past-employers.md", {("韩远航", "联合创始人", "StoneKV"), ("宋一鸣", "独立开发者", None),
                                         ("宋一鸣", None, "青禾科技")}),
    # "StoneDB ACE", a vendor's recognition of an expert as MVP and TVP are, ends a title chain
    ("roles-ace-title.md", {("韩远航", "DBA", "北辰云"), ("韩远航", "ACE", "StoneDB")}),
    # a roster's label of a title that stands alone, in an article that names no community ("项目社区
    # 导师：甲", "召集人：乙、丙"): the title of no organisation; "成员：丁" says nothing
    ("roles-roster-labels-no-community.md", {("熊大鹏", "项目社区导师", None), ("宋一鸣", "召集人", None),
                                             ("韩远航", "召集人", None)}),
    # "…英雄Kevin Marsh，他是Nimbus的AWS解决方案架构师": a Latin name right after a Han word, then
    # "，他是" and the titles; a Latin word run into the title after 的 is its field, no organisation
    ("roles-pronoun-copula-latin.md", {("Kevin Marsh", "AWS解决方案架构师", "Nimbus"), ("韩远航", "高级工程师", "北辰云")}),
    # a title before a list of names, each with its form of address ("导师甲老师、乙老师和 Kevin
    # Marsh老师"): each one's, Latin names too
    ("roles-title-before-listed-names.md", {("韩远航", "导师", None), ("宋一鸣", "导师", None),
                                            ("Furkan Lund", "导师", None), ("Kevin Marsh", "导师", None)}),
    # a roster's labels in an article about one community ("轮值主席：甲", "会员：乙、丙、丁"): each
    # name the title labels holds it there ("新人：无" labels no one)
    ("roles-roster-labels.md", {("韩远航", "轮值主席", "青禾社区"), ("宋一鸣", "会员", "青禾社区"),
                                ("钱立新", "会员", "青禾社区"), ("邵宁", "会员", "青禾社区")}),
    # a label's name, an aside in brackets, then a slash and the titles ("分享者：NAME（handle） / X社区
    # 研发工程师"); a card's alias and account between commas before its titles ("，花名某某，GitHub
    # 账号 x，"); a programming language is a title's field, no organisation ("Go 语言后端开发工程师")
    ("roles-label-slash-and-account-asides.md", {("韩远航", "研发工程师", "青禾社区"), ("宋一鸣", "PMC", "北辰云"),
                                                 ("钱立新", "Go 语言后端开发工程师", None)}),
    # "ORG NAME教授等": a title after a name an organisation leads, before 等; a romanised Chinese
    # name after a title chain, a verb after it ("工程师 Yiming Song 将分享"); a project's titles
    # joined by & are both the project's ("StoneKV 创始人 & PMC 成员")
    ("roles-listed-professors-and-pinyin-names.md", {
        ("韩远航", "教授", "青禾大学"), ("宋一鸣", "副教授", "北辰大学"), ("Yiming Song", "高级工程师", "北辰云"),
        ("钱立新", "联合创始人", "北辰云"), ("钱立新", "CTO", "北辰云"), ("钱立新", "StoneKV 创始人", None),
        ("钱立新", "StoneKV PMC 成员", None)}),
    # "ORG、TITLE NAME": the organisation alone before the 、, then its title (a country's name
    # opens a national organisation's, "中国…"; "一家美国互联网公司" names none)
    ("roles-organisation-then-title.md", {("韩远航", "高级技术专家", "中国星河信息技术中心"),
                                          ("宋一鸣", "副教授", "北辰大学信息学院"), ("钱立新", "工程师", None)}),
    # a clause of career after "此前" ("，此前曾担任X"): the sentence's subject held X before
    ("roles-career-before-now.md", {("韩远航", "教授", "青禾大学计算机科学系"), ("韩远航", "教授", "北辰大学信息学院")}),
    # a card's next sentence when it is titles only ("张某，A 架构师。资深程序员，B 布道师，C 成员。"):
    # the same person's; not a sentence of prose ("他的研究方向是…")
    ("roles-bio-next-sentence.md", {("韩远航", "高级架构师", "青禾科技"), ("韩远航", "布道师", "青禾科技"),
                                    ("韩远航", "开源布道师", "Nimbus"), ("韩远航", "管委会成员", "北辰社区"),
                                    ("韩远航", "理事", "青禾基金会"), ("宋一鸣", "副教授", "北辰大学")}),
    # two cards on one line, set apart by spaces ("甲，A 技术专家  乙，A 高级工程师"): the titles after
    # the comma are the name's before them, not a chain before the next name (but a bold name's
    # marks are no such spaces: "董事 **钱某**")
    ("roles-cards-side-by-side.md", {("韩远航", "技术专家", "青禾科技"), ("宋一鸣", "高级工程师", "青禾科技"),
                                     ("钱立新", "董事", "北辰基金会")}),
    # "NAME来自ORG，": where one comes from is where one belongs (a Latin name too); a sentence's
    # opening adverb ("接下来") is no part of the organisation after it
    ("roles-comes-from.md", {("韩远航", None, "青禾科技"), ("Oliver Stone", None, "北辰大学"),
                             ("宋一鸣", "副教授", "青禾大学计算机系")}),
    # "X云" and the product line of the title: "北辰云|分布式事务产品负责人", "青禾云|函数计算技术专家"
    # (but "星河|云原生团队": a word that 云 opens is the unit's)
    ("roles-cloud-product-line.md", {("韩远航", "分布式事务产品负责人", "北辰云"), ("韩远航", "发起人", "StoneKV"),
                                     ("宋一鸣", "函数计算技术专家", "青禾云"), ("钱立新", "负责人", "星河云原生团队")}),
    # "讲师：NAME（…）" then "个人介绍：A 布道师、B Ambassador、…。曾就职于C、D。": the introduction's
    # titles and workplaces are the speaker's too (a bare title after a 、 shares the organisation
    # before it, as in any card)
    ("roles-speaker-introductions.md", {("韩远航", "布道师", "Nimbus"), ("韩远航", "创始人", "青禾社区"),
                                        ("韩远航", "Ambassador", "Quill"), ("韩远航", "优秀译者", "北辰出版社"),
                                        ("韩远航", "出品人", "北辰出版社"), ("韩远航", None, "青禾科技"),
                                        ("韩远航", None, "北辰云")}),
    # "在 ORG 从事…工作": where one works, a unit too (the first verb of work after 在 ends the name;
    # a kind of company is no workplace: "在一家初创公司从事…"); a translator ("译者") holds a title
    ("roles-works-in-field.md", {("韩远航", "负责人", "StoneKV 社区"), ("韩远航", None, "北辰集团可信原生部"),
                                 ("宋一鸣", "优秀译者", "青禾出版社")}),
    # "来自 ORG 的甲和乙": the organisation is both names'
    ("roles-from-org-coordinated.md", {("韩远航", None, "青禾科技架构前端团队"), ("宋一鸣", None, "青禾科技架构前端团队")}),
    # a name, a space and its card's titles parted by 、 ("NAME A公司专家、前B公司负责人、…"), up to the
    # first part that is no title
    ("persons-spaced-card-titles.md", {("韩远航", "技术专家", "青禾科技"), ("韩远航", "存储负责人", "北辰云"),
                                       ("韩远航", "代码贡献者", "StoneKV"), ("宋一鸣", "高级技术专家", "星河数据")}),
    # "，目前担任X": a clause of holding office in a sentence that names its subject
    ("roles-career-clauses.md", {("Oliver Stone", "长期贡献者", "星河开源基金会"), ("Oliver Stone", "VP", "北辰孵化器"),
                                 ("Oliver Stone", "成员", "星河开源基金会董事会")}),
    # a family name's particle ("van", "de") inside a Latin name; a chief developer ("首席开发人员")
    ("roles-family-particles.md", {("Oliver Stone", "联合创始人", "Nimbus"), ("Oliver Stone", "首席技术官", "Nimbus"),
                                   ("Pieter van Berkel", "软件架构师", "Nimbus"), ("Pieter van Berkel", "首席开发人员", "Nimbus"),
                                   ("Anna de Wolf", "工程师", "StoneKV")}),
    # "TITLE为NAME。": the title's holder, the name ending the clause (a list of names too); not
    # "工程师为NAME提供…", 为 meaning "for"
    ("roles-title-is-name.md", {("宋一鸣", "会长", None), ("韩远航", "副总裁", "北辰云"), ("钱立新", "副总裁", "北辰云")}),
    # a Latin name alone on its line over lines of titles is a card as a Chinese name is; not over a
    # biography's first sentence; a lower-case brand ("intel") keeps its first letters
    ("roles-latin-name-cards.md", {("韩远航", "技术经理", "intel"), ("Oliver Stone", "高级总监", "微软"),
                                   ("Oliver Stone", "成员", "北辰联盟董事会")}),
    # "讲者：ORG UNIT NAME": the speaker's company, a unit of it after a space, then the name
    ("roles-label-company-unit.md", {("韩立群", None, "北辰云 数据经营部"), ("韩思齐", None, "青禾科技")}),
    # "NAME院士表示": an academician of no academy named; a professor so named holds nothing the
    # article says where
    ("roles-academician.md", {("王远东", "院士", None)}),
    # an award table: the organisation's column ("学校") is each listed person's, in a cell of several
    # names and in another column of people ("教练") alike
    ("roles-award-table.md", {("王晓东", None, "北辰大学"), ("陈思远", None, "北辰大学"), ("李远舟", None, "北辰大学"),
                              ("杨晓峰", None, "北辰大学"), ("赵明远", None, "青禾理工学院"), ("孙立新", None, "青禾理工学院"),
                              ("周文博", None, "青禾理工学院"), ("吴海涛", None, "青禾理工学院"), ("郑立群", None, "白鹭大学")}),
    # a meeting's attendance, "ORG：甲、乙" line after line: each name a member of the organisation
    # before the colon; a label of people ("主持：") or a photo's positions ("左起：") is none
    ("roles-attendance-lines.md", {("王晓东", None, "北辰云"), ("陈思远", None, "北辰云"), ("李远舟", None, "青禾科技")}),
    # "handle（NAME）：CARD" opening its line: the name in brackets, the card after the colon; a word
    # and its translation before a colon ("sidecar（边车）：一种…") names no one
    ("persons-handle-card.md", {("韩远航", "云原生开源负责人", "北辰云")}),
    # "由 NAME 担任/主持": the agent of a verb of holding, hosting or founding, a surname that is a
    # word too ("谢"); a duration before a title is none of it ("担任14年校长"); "由官方发起" names no one
    ("persons-agent-by.md", {("韩远航", "校长", "青禾大学")}),
    # "INSTITUTION 的 NAME": a person introduced by the university or company they come from; a
    # community's wisdom ("社区的智慧") is no one
    ("persons-institution-de-name.md", {("韩远航", None, "北辰大学"), ("李远舟", None, "白鹭理工学院"), ("王晓东", None, "腾讯")}),
    ("persons-follower-words.md", {("韩远航", "总部学术秘书", "青禾学会"), ("赵恺", "委员", None), ("李远舟", "社区联络人", "北辰大学"),
                                   ("王晓东", "评委", None), ("王健", "CTO", "北辰云")}),
    # a name after its titles, then a verb of speech, though its surname is also a word ("许");
    # "来自 ORG 的 NAME 认为"; "ORG 的 Latin Name 表示"; a Latin middle initial after the titles
    # ("Ryan J. Salva"); a preposition or a word after a title names no one ("向大家介绍", "成员均参加")
    ("roles-speech-frames.md", {("许欣然", "技术负责人", "北辰云"), ("李远舟", None, "青禾大学"), ("Jeff Morrow", None, "Nimbus"),
                                ("Ryan J. Salva", "产品管理高级总监", "StoneKV Cloud")}),
    # a podcast's people: an English given name after the name, before the card's colon; a show's
    # titles (主播, 投资人); a medium before a title is the title's ("播客主理人"), no organisation
    ("persons-podcast-hosts.md", {("韩远航", "设计师", None), ("李远舟", "主播", "青禾播客"), ("王晓东", "播客主理人", None),
                                  ("陈思远", "投资人", "前沿科技")}),
    # a 和 between two fields before a unit's suffix, after a bold run's start and before another unit
    # ("工业和信息化部|教育考试中心"), is inside the name
    ("orgs-joined-ministry.md", {("韩远航", "副主任", "工业和信息化部教育考试中心")}),
    # a card in brackets after a name that follows a time word or a title right away ("随后X（…）",
    # "主持人X（…）")
    ("persons-card-after-time-word.md", {("韩远航", "创始人", "青禾社区"), ("吴远义", "秘书长", "白鹭省人工智能学会"),
                                         ("陈远洋", "创始人", "北辰科技")}),
    # a field's pair ("计算科学与工程") before the title is the title's, both words; "博士在读"; one word
    # before 学院 names a kind of school ("北辰理工学院"), no unit of "北辰"
    ("roles-field-pair-title.md", {("韩远航", "计算科学与工程博士在读", "白鹭大学"), ("李远舟", "教授", "北辰理工学院")}),
    # "TITLES 一乐（NAME）": a nickname after the titles, then the name in brackets; a place in brackets
    # ("北辰会（北京）") is the organisation's own qualifier, inside the chain
    ("roles-nickname-qualifier.md", {("韩远航", "创始人", "青禾科技"), ("韩远航", "CEO", "青禾科技"),
                                     ("韩远航", "董事", "北辰会（北京）")}),
    # "某学会理事某某大学NAME": a title at one organisation, then the institution the person is from;
    # "记者采访了ORG TITLE NAME": the reporter's title is no part of the chain after the verb
    ("roles-title-then-institution.md", {("韩远航", "理事", "青禾学会"), ("韩远航", None, "北辰大学"),
                                         ("李远舟", "委员", "青禾学会"), ("李远舟", None, "白鹭理工大学"),
                                         ("王远东", "高级工程师", "星河集团")}),
    # "青年教师": a rank before a teacher's title; a card in bold before a verb, one under a bold title
    ("talks-bold-lines.md", {("韩远航", "研发总监", "青禾科技"), ("李远舟", "存储架构师", "北辰云"),
                             ("王远东", "青年教师", "白鹭大学"), ("赵远明", "创始人", "星河科技"), ("赵远明", "CEO", "星河科技")}),
    # a card's titles in brackets may hold an acronym in brackets of its own
    ("roles-bracket-acronym.md", {("韩远航", "member", "StoneKV"), ("韩远航", "主席", "青禾开源联盟")}),
    # a plain copula at a sentence's start ("某某是某公司的架构师"), a self-introduction ("我叫某某，是…");
    # a form of address is no name ("杨老师是…"), a title no organisation ("专家|架构师")
    ("roles-plain-copula.md", {("韩远航", "架构师", "青禾科技"), ("李远舟", "客户工程师", "北辰云")}),
    # a list's items "NAME, ORG": each an affiliation; "Developer Advocate" one title
    ("persons-latin-list-lines.md", {("Jia Lund", None, "Stone Research Institute"), ("Tom Lee", None, "Nimbus Labs"),
                                     ("Anna Berg", "Developer Advocate", "Nimbus"), ("韩远航", None, "青禾科技"),
                                     ("李远舟", None, "北辰云")}),
    # "X 下属 Y": Y is named on its own
    ("persons-company-lines.md", {("杨远权", "Serverless 专家架构师", "网易云"), ("王远庆", "主席", "StoneKV 基金会外联委员会")}),
    # "N.N ORG - NAME - TITLE" headings: the speaker's organisation
    ("talks-org-name-headings.md", {("韩远航", None, "青禾科技"), ("李远舟", None, "白鹭网")}),
    # an office after the name is held at the organisation before it; titles before a comma
    ("persons-addressed-by-office.md", {("孙远龙", "秘书长", "星河开源基金会"), ("陈远力", "副主任", "青禾研究院 云计算部"),
                                        ("陈远力", "TVP", "北辰云")}),
    # a title chain starts after the name before it, a space between ("…总监杨某 某云…总监 谢某")
    ("talks-co-speakers.md", {("韩远航", "高级产品经理", "青禾科技"), ("李远舟", "产品市场总监", "北辰云"),
                              ("杨远国", "总监", "星河研究院"), ("谢远华", "操作系统产品总监", "北辰云"),
                              ("赵雨桐", "工程师", "青禾科技")}),
    # 和 and 与 inside names: after a word's one first character ("禾和数科"), between two fields
    # before a unit's or an office's suffix ("经济和信息化局", "云计算与大数据研究所"), a city's
    # office keeping its city; 暨 joins two titles; but 与 and 和 between two names join them
    ("roles-joined-names.md", {("林远舟", "副局长", "北京市经济和信息化局"),
                               ("韩立川", "所长", "星河信息研究院云计算与大数据研究所"),
                               ("韩立川", "常务副理事长", "开源产业联盟"), ("赵远帆", "副总经理", "禾和数科"),
                               ("钱远宁", "产品研发总监", "润和软件云计算事业部"), ("孙远山", "CTO", "青禾科技"),
                               ("周远帆", "院长", "北辰研究院")}),
    # "NAME - CARD；" lines under a label: each card's organisation and title
    ("persons-label-cards.md", {("闫远航", "合伙人", "青禾资本"), ("韩青山", "合伙人", "北辰资本"),
                                ("陈明远", "创始人", "白鹭科技"), ("韩远舟", "网络研发总监", "北辰云数据科技有限公司")}),
    # the part before the title is the organisation, whatever its name ("途远")
    ("persons-slash-card.md", {("刘远航", "大数据工程师", "青禾数科"), ("昝远超", "大数据工程师", "途远")}),
    # a label's name, then the organisation and the title on its line ("分享嘉宾：赵某，ORG，TITLE");
    # a list of names after a label has no titles
    ("roles-label-line.md", {("赵远", "架构师", "北辰互联网"), ("简海川", "运维负责人", "青禾股份")}),
    # a title glossed in brackets before the name; a function before a spaced title is the title's
    ("events-quoted-names.md", {("韩立新", "研发 VP", "青禾科技")}),
    # a heading's card whose bio lists titles clause after clause, each a membership; a former
    # company named by a two-character brand and 软件 ("前青禾软件首席软件工程师")
    ("roles-heading-cards.md", {("韩远宁", "技术专家", "星河开源软件中心"), ("韩远宁", "首席软件工程师", "青禾软件"),
                                ("韩远宁", "成员", "Nimbus软件基金会"), ("李远钰", "PMC 成员", "StoneKV 社区"),
                                ("李远钰", "PMC 成员", "Nimbus 社区"), ("李远钰", "高级技术专家", "青禾科技")}),
    # a programme's card: a spaced slash parts the organisation from the title
    # … and a card that is an organisation alone ("Lucas Berg Nimbus")
    ("talks-programme-links.md", {("袁远凯", "首席数据架构师", "青禾"), ("郭远蕾", "总编辑", "星河"),
                                  ("Tomas Kulkarni", "CTO", "Streamlio"), ("赵志远", "数据工程师", "星河数据"),
                                  ("Lucas Berg", None, "Nimbus")}),
    # a card of two names shares its titles
    # (a project's committer: the title with the project's name, as "X Committer")
    ("talks-session-cards.md", {("全立远", "大数据工程师", "星河"), ("陈建远", "大数据工程师", "星河"),
                                ("冉小远", "StoneKV 提交者", None), ("冉小远", "高级研发工程师", "青禾云"),
                                ("韩远航", "软件开发工程师", "青禾科技")}),  # "我是韩某，某公司…": a self-introduction
    # a speaker's profile written as fields, one a line ("讲师：", "公司：", "讲师介绍："), read as a
    # table's row: the introduction's first sentence whole, clause after clause, the name leading it
    # set aside, the company field's name kept whole ("白鹭数据后台…"); a school's field; a table's
    # company column beside its introduction column, no bare affiliation beside a title at its unit
    ("roles-field-records.md", {("韩远航", "资深架构师", "青禾科技"), ("韩远航", "高级研发工程师", "北辰云"),
                                ("陈思远", "后台研发工程师", "白鹭数据"), ("李远钰", None, "星河大学"),
                                ("赵雨桐", "技术专家", "北辰云"), ("孙远舟", "高级工程师", "白鹭数据"),
                                ("周明远", "副教授", "星河大学计算机学院")}),
    # a table's company column gives each person's organisation, without its translation
    ("roles-member-table.md", {("Tom Berg", None, "Nimbus.io"), ("Mike Lund", None, "Stone Hat"), ("韩远航", None, "青禾科技")}),
    # a frame's character inside a noun cuts no title chain ("协和云 CTO": no 和 frame)
    ("persons-label-lists.md", {("张宇航", "CTO", "协和云"), ("Tomas Berg", "软件工程师", "青禾美国公司"),
                                ("韩航", "运营负责人", "星河开源社区")}),
    # a speaker's label, then "个人介绍：TITLE，UNIT，…" on a line of its own
    ("roles-intro-label.md", {("何远航", "高级研发工程师", "北辰云基础架构部")}),
    # "来自 ORG 的 TITLE NAME", the title's words all its own ("质量保证工程师"); titles after a profile link
    ("persons-profile-link.md", {("Kiran Chavala", "质量保证工程师", "Nimbusware"), ("欧阳明", "联合创始人", "北辰云")}),
    # an interview: "我" in the answers is not the author's; one joins things too ("加入门槛");
    # a PPMC title; a dash between a unit and a title; a kind of company before its Latin name
    ("roles-interview-turns.md", {("韩明远", "StoneKV PPMC Member", None),
                                  ("夏云", "高级运维工程师", "北辰视讯建设运行中心")}),
    # a studio group (工作室群) is an organisation; "第一作者为 ORG TITLE NAME"; a quantifier or 新晋
    # before a title ("众多贡献者", "新晋 Committer") names no organisation; a Latin name with an umlaut
    ("roles-descriptor-noise.md", {("韩若溪", "后台开发工程师", "北辰天工工作室群"), ("宋一川", "研究生", "南湖理工大学"),
                                   ("韩明远", "Committer", None), ("Lukas Brändle", "研发工程师", None),
                                   # a quality before a title ("很活跃的"); "本文根据 ORG TITLE NAME"
                                   ("欧远航", "Contributor", None), ("李远帆", "资深数据库架构师", "青禾证券"),
                                   ("宋一川", None, "青禾大学"),  # "此前在青禾大学取得学士学位"
                                   # descriptors before a comma that end in a title are the chain's
                                   ("魏明川", "资深工程师", "青禾互娱"), ("魏明川", "StoneKV Contributor", None),
                                   # "NAME 博士是 X，也是 ORG 的创始人"; "这家公司" names no organisation
                                   ("Alan Turner", "创始人", "Nimbusware"),
                                   # Latin names after title chains that name an organisation
                                   ("Arjen Vos", "联合创始人", "Nimbus"), ("Arjen Vos", "首席技术官", "Nimbus"),
                                   ("Tim Berg", "软件架构师", "Nimbus"),
                                   # "我司" names no organisation: not "司"
                                   ("韩立远", "联合创始人", None), ("韩立远", "CEO", None),
                                   # Approver is a community's title
                                   ("杨守川", "研发工程师", "北辰科技"), ("杨守川", "StoneKV Approver", None),
                                   # a Latin given name after a title, then Chinese words
                                   ("Keith Chan", "副总裁", "Nimbus 基金会")}),
    # "来自 ORG 的一个部分的 NAME": belonging to the organisation the document names; a title chain
    # before a name whose surname is also a word, vouched for by the nickname after it
    # a city before a title names no organisation ("上海的组织者韩青")
    ("persons-interview.md", {("章远航", None, "北辰集团"), ("石海川", "存储平台技术专家", "北辰集团"),
                              ("韩青", "组织者", None)}),
    ("persons-title-chain.md", {("林晓峰", "CTO", "北辰云"), ("林晓峰", "TVP", "开源中国")}),
    ("persons-ampersand.md", {("陈思远", "合伙人", "青禾科技"), ("陈思远", "CTO", "青禾科技")}),
    ("persons-apposition.md", {("林晓峰", "首席架构师", "星河数据科技有限公司")}),
    ("persons-apposition-paren.md", {("欧阳明", "研究员", "云栖实验室")}),
    ("persons-apposition-latin.md", {("Alice Wong", "Product Manager", "Example Labs"),
                                     ("Patrick Luthi", "秘书长", "青禾基金会"),
                                     ("Isabelle Valet-Harper", "主席", "北辰基金会执行委员会")}),
    ("persons-unit.md", {("赵雨桐", "副主任", "星河数据研究院算法部")}),
    # a cell's card: a slash after a title parts two chains ("…专家/某俱乐部主席")
    ("speakers-table.md", {("陈思远", "首席架构师", "北辰云"), ("赵雨桐", "研究员", "云栖实验室"),
                           ("柳远青", "最有价值专家", "青禾科技"), ("柳远青", "主席", "星河开发者俱乐部"),
                           ("白远珠", "开发者关系项目经理", None), ("Simon Berg", "资深工程师", "北辰云"),
                           ("Teemo", "资讯工程师", "青禾医院"), ("侯远秀", "发起人", "青禾学校"),
                           ("侯远秀", "秘书长", "北辰科技有限公司")}),
    ("talks-panel.md", {("陈思远", "CTO", "北辰云"), ("赵雨桐", "研究员", "云栖实验室"),
                        ("周文涛", "创始人", "青禾科技")}),
    # labels carry no title: no membership
    ("persons-labels.md", set()),
    # career verbs with a person as subject name workplaces without a suffix; a verb with
    # a thing as subject ("加入了缓存") names none, nor does a branch of no one ("美国分部")
    # a card's title lines; a field ("云原生领域") is part of the title
    ("persons-card.md", {("林晓峰", "负责人", "StoneKV"), ("林晓峰", "技术专家", "北辰云"), ("韩若溪", "云原生领域工程师", None),
                         ("钱多多", "架构师", "南湖科技"), ("孙明哲", "贡献者", "OpenLake 社区"),
                         ("韩明远", "专家工程师", "青禾科技"), ("白一鸣", "研究员", "青禾科技"),
                         ("宋远帆", "ambassador", "Nimbus"), ("宋远帆", "管委会成员", "云端社区"),
                         # a bio's first sentence, its title in a later clause ("人称“某神”，ORG TITLE，…"),
                         # and the titles in the clauses after it
                         ("秦远娟", "高级DBA", "青禾科技"), ("秦远娟", "StoneKV PMC", None)}),
    # … an organisation right before a name ("青禾集团欧阳明（花名青松）"), and "ORG 的 TITLE NAME";
    # "加入了 TCC 模式", "加入 X 交流群哦", "加入了 X 的开源之旅" join no workplace
    # a title in a product the article uses as one ("基于 StoneKV") is the product's, of no organisation
    ("roles-product.md", {("林晓峰", "StoneKV 负责人", None), ("林晓峰", "技术专家", "北辰云"), ("陈思远", "CTO", "Nimbus")}),
    # … but a product's name is its company's when the title has a region ("Lumio 亚太区…") or the
    # article names the company by it ("Quarkdb 中国团队")
    ("roles-product-company.md", {("林晓峰", "亚太区高级技术顾问", "Lumio"), ("陈思远", "开发者布道师", "Quarkdb"),
                                  ("宋一川", "StoneKV 负责人", None)}),
    # "**ORG TITLE，NAME，**分享了…": a line led by the titles, the name between commas; a heading is
    # a card's name only after a listed surname ("### 于远", not "### 智慧油田")
    ("persons-title-comma-name.md", {("韩远航", "软件主管", "青禾油田第一采油厂信息中心"),
                                     ("宋一鸣", "基础平台研发负责人", "北辰科技"), ("于远", "前端工程师", "北辰科技")}),
    # "TITLE - NAME ORG", "TITLE － NAME@ORG": a programme list's speakers and their companies
    ("talks-at-speakers.md", {("韩若溪", None, "北辰科技"), ("崔远迪", None, "白鹭农人"), ("David", None, "青禾图"),
                              ("La Jie", None, "青禾图")}),
    # a line's card whose first part is a work ("- 韩某，《某书》作者、ORG TITLE"): the titles after it;
    # a nationality ("华裔") is no name; an interview's turn ("NAME：…") is no card, but what the turn
    # says is the speaker's ("…2017年加入某科技": joined it)
    ("roles-listed-cards.md", {("韩远航", "高级工程师", "青禾集团"), ("宋远帆", None, "白鹭科技")}),
    # "来自 ORG" in an apposition is a bare affiliation; a list of speakers "NAME TITLE："
    # "ORG NAME TITLE": an organisation runs into the name, an academic title follows it; two
    # disciplines joined by 与 name one school ("计算机科学与技术学院")
    ("roles-org-name-title.md", {("蔡远青", "副教授", "青禾大学计算机科学与技术学院"), ("郑远永", "教授", "北辰大学电子工程学院"),
                                 ("郭远辉", "助理研究员", "星河研究所"), ("韩远航", "总经理", "青禾科技")}),
    # a heading that is a title over a line of names, each with the organisation in brackets:
    # the title each one's, the organisation a bare affiliation; a place under a heading is none
    ("roles-titled-lists.md", {("张远敏", "大会主席", None), ("张远敏", None, "青禾大学"), ("窦远成", "大会主席", None),
                               ("窦远成", None, "北辰科技大学"), ("白远婷", "宣传主席", None), ("白远婷", None, "星河邮电大学")}),
    # "TITLE @ X": an at sign names the workplace, though the article also uses X as a product
    ("talks-field-headings.md", {("柳远立", "DevRel", "Nimbus")}),
    # a table's cell of several people, one organisation on the line below: each one's; several
    # organisations cannot be matched to the people, so none is given
    ("roles-winners-table.md", {("雷远阳", None, "星河邮电大学"), ("王远捷", None, "星河邮电大学")}),
    ("persons-bio.md", {("刘洋", None, "青禾基础研发平台"), ("刘洋", "Apache Nimbus Committer", None),
                        ("陈静", "高级技术专家", "北辰云云原生团队"), ("王小明", "技术专家", "北辰云"),
                        ("韩若溪", "技术专家", "北辰云"), ("宋一鸣", "高级工程师", "青禾集团"),
                        ("柳远青", "首席架构师", "北辰云"), ("韩远帆", "副教授", "青禾大学计算机系"),
                        ("柳远舟", "首席科学家", "白鹭科技有限公司"), ("柳远川", "首席科学家", "青禾科技")}),
    # a listed card's titles after the first, each after a comma ("原…" a former one, a title alone
    # at the organisation before it); not a clause of what one does; Taiwan's 執行長
    ("roles-card-titles-run-on.md", {("韩远航", "专家工程师", "北辰云"), ("韩远航", "研发总监", "青禾科技"),
                                     ("韩远航", "虚拟化研发工程师", "StoneKV"), ("韩远航", "会员", "星河社区"),
                                     ("赵新宇", "负责人", "星河协会"), ("赵新宇", "名誉理事", "星河协会"),
                                     ("钱立新", "架构师", "北辰云"), ("宋一鸣", "執行長", "白鹭科技")}),
    # a title chain after a spaced dash starts there: the talk's title before it is no organisation
    ("talks-title-dash-card.md", {("韩远航", "CTO", "青禾科技"), ("宋一鸣", "架构师", "北辰云"),
                                  ("郭远宇", "联合创始人", "Nimbus Studio"), ("钱立新", "高级工程师", "北辰云")}),
    # ministries by name, their departments (司) a unit of theirs; a province's or a city's bureau,
    # department or association of science; a civil servant's rank
    ("orgs-government-bodies.md", {("韩远航", "副司长", "工业和信息化部信息技术发展司"),
                                   ("宋一鸣", "副司长", "科技部基础研究司"), ("钱立新", "二级巡视员", "湖南省科技厅"),
                                   ("赵新宇", "副主席", "长沙市科协")}),
    # "A、B、C 等企业家": people with their cards, no list of companies; a name before 等 ends its
    # clause, though its surname (万) is also a number
    ("roles-listed-entrepreneurs.md", {("胡远强", "COO", "星谷信息"), ("马远华", "高级副总裁", "青禾银通"),
                                       ("万辉邦", "CTO", "孚盟软件")}),
    # a school's major joined by 与 is one school's ("电子与通信工程专业"); a deputy head of a
    # department (副系主任) no unit "…系副系"
    ("orgs-leads-and-majors.md", {("韩远航", None, "青禾大学"), ("韩远航", None, "北辰"), ("韩远航", None, "白鹭"),
                                  ("宋一鸣", "副系主任", "青禾大学微纳电子系")}),
    # "曾在 ORG 领导/负责 …": where one worked, as "在 ORG 工作" is; "在某某的领导下" names no workplace
    ("roles-led-at.md", {("韩远航", "Technical Platform Lead", "青禾科技"), ("韩远航", None, "北辰区块链"),
                         ("韩远航", None, "白鹭集团")}),
    # "NAME 是一名 TITLE": a title at no organisation named; a greeting ("大家好") is no name
    ("roles-copula-one-of.md", {("韩远航", "业务总监", "吉隆坡星河证券"), ("钱立新", "软件工程师", None),
                                ("宋一鸣", "前端工程师", None)}),
    # "ORG 的 WORDS TITLE": words after 的 that name no organisation are the title's ("业务拓展经理");
    # "一家…公司的 TITLE": a company described, none named
    ("roles-de-field-title.md", {("韩远航", "业务拓展经理", "青禾科技"), ("宋一鸣", "数据平台负责人", "北辰云"),
                                 ("钱立新", "高级工程师", "青禾大学"), ("赵新宇", "SRE 负责人", None)}),
    # the subject of a sentence is a 他 later in it
    ("roles-pronoun-later.md", {("林晓峰", "首席架构师", "青禾科技"), ("林晓峰", "广告系统技术总监", "北辰")}),
    ("roles-career-frames.md", {("林晓峰", "CTO", "星河数据"), ("林晓峰", None, "北辰"),
                                ("林晓峰", None, "Nimbus"), ("林晓峰", None, "云栖"), ("欧阳明", None, "青禾集团"),
                                ("周文涛", "副教授", "南湖理工大学"),
                                # where one studies or studied: the school, not its major
                                ("韩明远", None, "白鹭理工学院"), ("韩明远", None, "青禾大学"),
                                ("韩明远", "工程师", "青禾集团"),
                                # a bio "NAME，目前就职于 ORG，UNIT TITLE": the name, its employer, its title
                                ("宋海波", None, "白鹭网"), ("宋海波", "技术专家", "基础平台研发部"),
                                # "本文作者 NAME，…，就职于 ORG"; titles in brackets after a form of address (a project's
                                # title names its community when the article names one)
                                ("潘远颖", None, "青禾智能"), ("孙远光", "StoneKV Maintainer", None),
                                # a title, then the names it covers in brackets; "几位" is no part of a name
                                ("白一鸣", "Maintainer", "StoneKV 社区"), ("程远", "Maintainer", "StoneKV 社区"),
                                ("王若川", "Maintainer", "StoneKV 社区")}),
    # a programme's name and year, or a word, before a project's community are not its name;
    # emphasis between a name and its form of address; a surname last ("华") before 同学
    ("roles-programme-student.md", {("魏明远", "中选学生", "StoneKV 社区"), ("赵志华", "中选学生", "OpenLake 社区")}),
    # a domain before a title ("金融科技") ends like a company but is the title's, after a company
    ("roles-domain-in-title.md", {("林晓峰", "金融科技产品技术总监", "北辰云"), ("欧阳明", "CTO", "青宁科技")}),
    # a section headed by an organisation whose first paragraph speaks of one person; not of two
    ("roles-section-heading.md", {("谢明远", None, "星河数据")}),
    # a byline of several names, their shared titles on the next line, or titles in brackets after
    # each name; a city in brackets inside a registered name; a handle in brackets after the name,
    # then title lines with a blank line between them
    ("roles-byline-shared.md", {("宋一鸣", "架构师", "星河网络科技（杭州）有限公司"),
                                ("韩若溪", "架构师", "星河网络科技（杭州）有限公司"), ("金明远", "技术专家", "北辰云"),
                                ("宋青", "开源负责人", "Nimbus 社区"), ("宋青", "高级技术专家", "北辰云")}),
    # a name and its other name in brackets at the end of a line, titles on the next lines (a card),
    # or after the other name inside the brackets
    ("persons-alias-card.md", {("杜明远", "高级开发工程师", "北辰云"), ("吴成海", "高级技术专家", "北辰云")}),
    # a mentor's label in an article about one community's project: that community's mentor
    ("roles-mentor.md", {("刘建明", "项目导师", "StoneKV 社区")}),
    # … or under a line that heads a community's projects, in an article about several
    ("roles-mentor-headings.md", {("刘建明", "导师", "StoneKV 社区"), ("韩若溪", "导师", "OpenLake 社区")}),
    # a title, a dash, the name
    ("persons-dash.md", {("欧阳明", "负责人", "青禾社区")}),
    # "作为 TITLES，NAME…": the titles the sentence gives its subject first; a sentence with no
    # subject in a bio that opens with a name is about that name ("曾在 A、B、C 等任职"), but not
    # in a paragraph that names two people; "我是 ORG UNIT 的 TITLE NAME", a known organisation's
    # unit; a copula after another name ("我是 NAME，花名 X，是 ORG 的 TITLE")
    ("roles-bio-sentences.md", {("韩若溪", "负责人", "星河数据平台团队"), ("宋一鸣", "高级技术专家", "北辰云"),
                                ("宋一鸣", None, "青禾网"), ("宋一鸣", None, "白鹭科技"), ("宋一鸣", None, "Nimbus"),
                                ("白榆", "高级技术专家", "北辰云系统部"), ("宋明远", "开源负责人", "星河数据")}),
    # a card line "NAME ORG TITLE、TITLE"; a project's title with no organisation after the company's
    ("talks-spaced-cards.md", {("韩远航", "大数据专家", "青禾数科"), ("韩远航", "平台架构师", "青禾数科"),
                               ("宋一川", "高级工程师", "北辰云"), ("宋一川", "Nimbus Flow Contributor", None)}),
    # a profile form: the field's titles, split at commas, and the title line below; a student by
    # year; an unnamed company ("某互联网公司") gives the title only; "来自互联网公司" names no one
    ("persons-profile-form.md", {("韩远航", "开发工程师", "青禾数科"), ("韩远航", "Nimbus Committer", None),
                                 ("宋一川", "大三学生", "南湖理工大学"), ("欧阳明", "Java开发工程师", None)}),
    # a company's officer, though a product shares its name ("Lumio CEO", "基于 Lumio"); a Latin
    # name run into its company's title; a sentence of one's career after one's card ("曾任…"),
    # the company's name ending in a domain word ("星河数据")
    ("talks-salon-recap.md", {("Tom Berg", "创始人", "Nimbusware"), ("宋一川", "CEO", "Lumio"),
                              ("欧阳明", "创始人", "青禾云"), ("白一鸣", "架构师", "北辰云平台部"),
                              ("白一鸣", "CMO", "星河数据"), ("白一鸣", "高级副总裁", "星河数据")}),
    ("talks-write-up-credit.md", {("代远航", "架构师", "青禾科技")}),
    ("talks-write-up-frames.md", {("Jason", "服务端总监", "青禾科技"), ("刘远帆", "高级研发工程师", "青禾证券金融科技工程院"),
                                  ("成柱峰", "负责人", "青禾科技基础架构团队"), ("韩远航", "Nimbus 技术专家", "青禾科技"),
                                  ("杨一帆", "Nimbus 技术专家", "青禾科技"), ("马远", "Nimbus 技术专家", "青禾科技"),
                                  ("宋青山", "委员", "Nimbus 用户委员会"), ("柳远", "委员", "Nimbus 用户委员会"),
                                  ("韩立新", "副局长", "青禾市数据局")}),
    # a project's titles in the project; a region is part of the title ("亚太区中国主席")
    ("persons-list-brackets.md", {("韩远航", "StoneKV Approver", None), ("韩远航", "主要贡献者", "StoneKV"),
                                  ("宋一川", "StoneKV Reviewer", None), ("欧阳明", "亚太区中国主席", "Nimbus"),
                                  ("韩立新", "高级技术专家", "青禾科技")}),
    # titles joined by 及 after "ORG 的"; 特聘 before a title; a unit, a space, its title ("…安全部 安全专家");
    # "NAME，BRAND，TITLE"; a company's office in a city ("Nimbus 西安"); "~" before a card; an
    # organisation in brackets after a name, but not a name spelt out or a title there
    ("roles-joined-titles.md", {("吴远伟", "创始人", "白鹭实验室"), ("吴远伟", "项目总监", "白鹭实验室"),
                                ("倪远超", "副教授", "青禾大学"), ("倪远超", "特聘研究员", "青禾大学"),
                                ("倪远超", "博士生导师", "青禾大学"), ("赵远禅", "安全专家", "北辰集团基础安全部"),
                                ("宫远静", "技术专家", "七星云"), ("孙远晨", "Resource Manager", "Nimbus"),
                                ("石远志", "信息总监", "青禾松宇投资集团"), ("夏远泽", "成员", "StoneKV 中文社区"),
                                ("夏远泽", None, "北辰优帆科技有限公司"), ("韩远航", "VP", None)}),
    # a card "NAME: COMPANY, COMPANY TITLE, bio" after an image; an interview's speaker before a
    # colon on several lines is no card
    # (a company's name that is also a word: "搜狐"); a number is no organisation ("2022 年度董事")
    ("entries-session-page.md", {("刘远畅", "基础架构工程师", "北辰跳动"), ("张远强", "机器学习系统工程师", "北辰跳动"),
                                 ("闫远刚", "资深技术专家", "搜狐")}),
    ("persons-interview-colon.md", set()),
    # a speaker label, the speakers' company, then their names
    ("talks-label-company.md", {("郭远庆", None, "北辰云"), ("陈远津", None, "北辰云"), ("吴远麟", None, "青禾")}),
    # "【COMPANY-NAME】TITLE": the speaker's company
    # … and "讲师：NAME COMPANY": the company alone after a labelled name
    ("talks-bracketed-speakers.md", {("陈远宇", None, "北辰深瞳"), ("高远旸", None, "青禾"), ("田远亮", None, "北辰云")}),
    # a table's "COMPANY, TITLE&TITLE" cell (a domain before the second title: "商业化负责人"); "NAME@COMPANYTITLE"
    # cards in cells (a title closing one cell is no title of the next cell's name); "来自 A 的甲、B 的乙": each
    # the next one's organisation
    # a roster under a heading that names an organisation: its members
    ("persons-roster.md", {("陈远群", None, "技术指导委员会"), ("吴远波", None, "技术指导委员会"),
                           ("潘远民", None, "技术指导委员会")}),
    ("roles-member-cards.md", {("李远波", "CTO", "乐言科技"), ("李远晴", "联合创始人", "青禾数科"),
                               ("李远晴", "商业化负责人", "青禾数科"), ("孙远博", "联合创始人", "深查智能"),
                               ("龙远凡", "创始人", "寻路猫科技"), ("陆远昆", "CTO", "钢蜂信息科技"),
                               ("祝远廉", None, "AutoCoder"), ("苏远洋", None, "灵心巧手"),
                               # a company known by name (tech_organizations.txt), though its name ends in a verb
                               ("杨远攀", None, "硅基流动")}),
    # a section headed by a person's name: "Kay 是 ORG TITLE之一" by given name
    ("talks-speaker-headings.md", {("Kay Berg", "联合创始人", "北辰云"), ("Tom Lund", "网络专家", "青禾科技")}),
    # "NAME · ORG TITLE" cards, a space on one side of the dot at least; "1号店" is a name, no day;
    # a former workplace ("曾任职…") is an affiliation
    ("talks-dot-cards.md", {("张远刚", "电商云平台技术总监", "1号店技术部"), ("高晓亮", "iOS工程师", "北辰网移动技术部"),
                            ("宋远川", "副教授", "青禾大学统计学院"), ("宋远川", None, "北辰国立嘉义大学金融系")}),
    # a list of cards "NAME, TITLE at ORG" with one "NAME, ORG" among them: that one's organisation too
    ("roles-roster-with-cards.md", {("Tom Berg", "Developer Advocate", "Nimbus Labs"),
                                    ("Anna Lund", "Principal Architect", "Stone Systems"), ("Jia Moreno", None, "PagerNest"),
                                    ("Nora Vance", "Developer Advocate", "HashiNest")}),
    # "…是某公司 CTO 的NAME讲解的": the titles before 的 are the speaker's
    ("talks-presented-titles.md", {("丰远文", "CTO", "星河云")}),
    # a recording's card between two dashes, a handle's organisation after @
    ("talks-linked-recordings.md", {("Carla Nitzke", "资深软件工程师", "北辰云")}),
    # a degree, a title alone or "本题目" (this topic) is no organisation; the school before a degree is
    ("roles-no-organisation-words.md", {("宋远航", "架构师", "北辰云"), ("宋远航", None, "青禾大学计算机系"),
                                        ("严远松", "Mentor", None)}),
    # "- ORG NAME" items: each one's organisation ("某公司 2012 实验室" keeps its number)
    ("persons-org-first-roster.md", {("姜远宁", None, "青禾 2012 开源实验室"), ("刘远军", None, "青禾 2012 编程语言实验室"),
                                     ("苏远涛", None, "Intel"), ("陈远滨", None, "Intel"), ("苏涛", None, "Intel"), ("谢林", None, "Intel"),
                                     ("温远迪", "高级运维总监", "星河网")}),
    # a bold line "**ORG NAME：**" over a speaker's words: the speaker's organisation; a name alone
    # ("**孙某**:") gives none, words cut across ("**系列文章**：") no one
    ("persons-bold-speaker-lines.md", {("李远波", None, "青禾科技")}),
    # cards parted by a full-width bar or slashes ("NAME｜ORG TITLE", "NAME / ORG / TITLE"); a
    # preposition after a first character names no one ("曾在北辰云担任…"); "，任X" after a
    # clause of where one works, held there ("任何" is no verb of office)
    ("roles-card-separators.md", {("孙远洋", "首席架构师", "星河科技"), ("钱远明", "算法专家", "白鹭数据"),
                                  ("宋一鸣", None, "白鹭大学"), ("宋一鸣", "架构师", "北辰云"),
                                  ("冯远南", "数据平台负责人", "星河证券"),
                                  # a project's qualifier inside a card's brackets ("（Apache X（incubating）
                                  # PPMC 成员）"): the project's, kept in the title as written
                                  ("陈远斌", "Apache Nimbus（incubating）PPMC 成员", None),
                                  ("王远良", "Apache Nimbus(incubating) PPMC 成员", None),
                                  ("王远良", "分布式事务中间件核心成员", "青禾科技"),
                                  # a card's line "TITLE NAME ORG": the organisation ending it; a label's
                                  # name and an organisation alone after it ("报告人：NAME，ORG")
                                  ("柴远鹏", "Maintainer", None), ("柴远鹏", None, "青禾大学"),
                                  ("刘远斌", "Committer", None), ("刘远斌", None, "北辰科技"), ("梁远斌", None, "八友科技"),
                                  # "主讲人：NAME ORG TITLE，prose": the card ends at the comma
                                  ("苗远杰", "首席架构师", "北辰医学"),
                                  # two hyphens between the titles and the name ("某公司的CTO--NAME")
                                  ("邓远豪", "CTO", "青禾健康"),
                                  # "来自 ORG 的 gopher NAME": a word of what one is between 的 and the name
                                  ("张远龙", None, "Nimbus"),
                                  # a list of cards each ending in a name: a chain starts after the name before
                                  # it, found or not ("某基金会主席堵某、某基金会会员姜某")
                                  ("姜远宁", "会员", "北辰软件基金会"), ("Nora Vance", "首席架构师", "青禾科技"),
                                  # a company's Latin name (a link's text), then 的 and a person
                                  ("孙远亮", None, "Nimbusio")}),
    # "**TITLE** by ORG TITLE NAME": the card between "by" and the name is the speaker's
    ("talks-marked-titles-by.md", {("王远东", "架构师", "北辰云"), ("马远一", None, "stone.cn"),
                                   ("Richard", "市场总监", "NimbusCafe")}),
    # a programme line's organisation in brackets, the speaker's (no other name of theirs); a short
    # word there that reads as no organisation is a nickname ("陈某（屹远）")
    ("talks-bracketed-programme-lines.md", {("韩立新", None, "青禾科技"), ("宋远帆", None, "北辰云"),
                                            ("周远航", None, "白鹭数据前端团队")}),
    # a list of former workplaces, each an affiliation, the last joined by 和 before "等…公司"
    ("roles-former-workplaces.md", {("韩远航", None, "青禾科技"), ("韩远航", None, "北辰网"), ("韩远航", "架构师", "星河科技"),
                                    ("李远舟", None, "白鹭云"), ("李远舟", None, "北辰资本"),
                                    ("施远成", None, "白鹭网"), ("施远成", None, "星河科技"), ("施远成", None, "青禾资本"),
                                    # a sentence led by its verb ("2014年加入…") is the one's before it;
                                    # one with a subject of its own ("StoneKV 加入…") is not
                                    ("钱远明", "高级工程师", "北辰云"), ("钱远明", None, "白鹭网"),
                                    # two joined by 和 after a verb of employment, each one's; a unit's
                                    # "与" and a name's "和" join nothing
                                    ("周远帆", "高级工程师", "北辰云"), ("周远帆", None, "青禾科技"), ("周远帆", None, "星河数据"),
                                    ("周远帆", None, "白鹭大学系统软件与安全实验室"),
                                    ("孙远洋", "架构师", "北辰云"), ("孙远洋", None, "青和恩墨"),
                                    # a name opening a sentence of where one worked; a later clause led
                                    # by its verb ("，现任…") is the sentence's subject's; a team is no one
                                    ("韩远帆", None, "青禾科技"), ("韩远帆", None, "北辰云"), ("韩远帆", "架构师", "白鹭数据")}),
    # a title chain, a dash, then the name in bold ("某社区发起人—**谭某**")
    ("roles-dashed-names.md", {("谭远意", "发起人", "星云社区"), ("陈远豪", "开源项目 StoneKV PMC", None),
                               ("陈远豪", "平台架构师", "青禾范式")}),
    # … the nested items are the card's descriptor
    ("persons-nested-cards.md", {("霍远晗", "社长", "青禾大学 Linux 俱乐部"), ("黄远鸣", "理事长", "青禾大学 Linux 俱乐部")}),
    ("talks-pipe-programme.md", {("韩立新", "校长", "南湖理工大学"), ("蔡远杰", "项目总监", "青禾科技"),
                                 ("黄远耀", "解决方案架构师", "北辰云"), ("王远南", "数据库总经理", "北辰云")}),
    # a handle, then the name in brackets, after a title ("工程师 BruceWan（万某）"); a name in bold
    # between its organisation and a verb of presenting, though a word ("某科技 **高明** 展示了"); a handle glossed
    # with a word ("sidecar（边车）") names no one
    ("persons-titled-handles.md", {("万远波", "高级前端工程师", "北辰云"), ("高明", None, "青禾科技")}),
    # a form of address after a name is that name's, not the next name's title ("主任赵某教授、副主任钱某")
    ("roles-addressed-chain.md", {("赵远山", "主任", "青禾大学智能实验室"), ("钱远明", "副主任", None)}),
    # "LABEL：NAME - CARD": the card after the dash holds the person's titles (but "第 20 期：NAME-TITLE"
    # gives a talk's title, no titles)
    # "Latin Name - ORG TITLE" (or "- TITLE, ORG") over "TIME「TALK」", or names and their organisation
    # alone over it ("A & B - ORG"), but not without it ("Spencer Judd - Transparent Systems"); a speaker's label, then one Latin
    # word, a comma and its titles (a title in lower case: "founder"); a Latin name after its titles,
    # then a form of address or 等; "上海市长宁区" names no mayor, "某金融科创中心" holds no unit "…科"
    ("roles-latin-programme.md", {("Fredrik Lindqvist", "CTO", "Nimbus"), ("Joshy Brandt", "CEO", "Obsidian Labs"),
                                  ("Qiang", "Tech Lead", "StoneStorage"), ("Tingfei Fu", "founder", "Ensoul"),
                                  ("Tingfei Fu", "技术研究员", "北辰云"), ("Katt Gu", "法律顾问", "Dimension"),
                                  ("Alistair Stewart", "首席科学家", "Nimbus 基金会"), ("Albrecht Weiss", None, "StoneChain"),
                                  ("Willam Ford", None, "StoneChain"), ("黄可欣", "研究者", "北辰实验室"),
                                  ("丁远蔚", "主任", "青禾普惠金融科创中心")}),
    # "来自成都大学的本科生NAME": 都 ends a place's name, no cut after it; "ORG的CTO Latin Name会…"; "来自ORG的
    # NAME将会带来…": the organisation, no title
    ("talks-announced-in-prose.md", {("Charlie Berg", "CTO", "青禾科技"), ("Pavel Ivanov", None, "Nimbuscore"),
                                     ("宋立群", None, "北辰科技"), ("韩立秋", "本科生", "成都大学")}),
    # "NAME@ORG TITLE" cards, a Latin name (one word too) or a Han one, the title after a space; a Latin
    # title before a name ("Nimbus Co-Founder Alex Chen"), but no name after "Developer" in an event's name
    ("roles-at-cards.md", {("Yaoqi", "亚洲负责人", "Nimbus"), ("Jocy", "创始人", "StoneKV Ventures"),
                           ("韩立秋", "技术总监", "北辰云"), ("Alex Chen", "Co-Founder", "Nimbus")}),
    # the card after a numbered talk's title ("分享2：TITLE NAME ORG TITLE", "《TITLE》——NAME、ORG TITLE")
    ("talks-numbered-lines.md", {("韩立秋", "CEO", "北辰云"), ("宋立群", "技术总监", "青禾智能"),
                                 ("黄可欣", "技术负责人", "StoneKV 产品部"), ("艾清", "主编", "北辰公众号")}),
    # 联创 (a co-founder, short) and a second title after "&"; a software park's name keeps its 园; no
    # organisation starts with a quantifier, nor is a province ("一名江苏站长": a place, then the title)
    ("roles-startup-cards.md", {("房远峰", "联创", "上海忻知"), ("房远峰", "CTO", "上海忻知"),
                                ("韩立秋", "创始人", "青禾软件园")}),
    # a name set apart, then its card on its line ("| 周某 | 青禾科技 CTO"), where the card holds a title
    ("persons-set-apart.md", {("周晓岚", "CTO", "青禾科技"), ("李明轩", "架构师", "陆金所")}),
    # a studio's and a team's roles: 主程 (lead programmer), 主美 (lead artist), 独立开发者, 敏捷教练
    ("roles-studio-titles.md", {("韩立秋", "主程", "青禾游戏"), ("黄可欣", "主美", "北辰工作室"), ("宋立群", "独立开发者", None),
                                ("王思妍", "敏捷教练", None)}),
    # a bank's titles (副行长, 首席风险官, 党委委员); a post held besides, in the clause after the titles
    # ("，兼任 ORG TITLE", "，同时担任 ORG TITLE")
    ("roles-banking.md", {("黄可欣", "首席信息官", "青禾银行"), ("黄可欣", "理事", "北辰金融科技协会"),
                          ("宋立群", "党委委员", "北辰银行"), ("宋立群", "副行长", "北辰银行"),
                          ("韩立秋", "首席风险官", "青禾证券"), ("韩立秋", "院长", "北辰研究院")}),
    # a roster "NAME，ORG，TITLE" by position: the name after a linked username, or before a nickname or
    # a linked username in brackets ("- Kat Lund, ([@katlund](…)), Quillfy"),
    # the company a number, two names (a company and its brand) or a doubled word; a Latin word run
    # into the title after the company is the title's field; "NAME，ORG" items among the titled ones
    # a board's chair and the company's chief executive ("某集团董事局主席兼首席执行官"); no one named 董事局
    # a committee named by a title word ("专家委员会", "顾问委员会") is one unit, not a title and a suffix
    # "NAME 目前在 ORG 担任 TITLE": an adverb between the name and where the post is held
    # … or "NAME 目前就职于 ORG", the organisation a brand's name
    # "现任某公司副总裁的韩某表示": 的 between the titles and a name a follower vouches for; not
    # "分析师的智慧"
    # English text: "Kent Wang from Quillfy", a person's name with a known given name, then where
    # the person is from; not "Data from Nimbus"; "ex-DBA and now an analyst at X": a former post, a
    # title after its article
    ("roles-english-from.md", {("Alexey Ivanko", None, "Nimbus Labs"), ("Kent Wang", None, "Quillfy"),
                               ("Shang Yuanjie", None, "Stonebeam"), ("Jack Gao", "DBA", None), ("Jack Gao", "analyst", "Stonebeam")}),
    # where a title starts: a project's author last in a chain ("X 作者林某"), a rank ("高级") inside
    # what reads as the organisation, one character after a suffix that opens no field ("某科创|算法总监"
    # is no "某科|创算法总监"), a Latin name glossed in Chinese ("Nimbus（某某科技）的CEO")
    ("roles-title-boundaries.md", {("林晓舟", "资深前端工程师", "青禾科技"), ("周明远", "高级攻防安全工程师", "北辰云"),
                                   ("张天宇", "算法总监", "星河科创"), ("韩立青", "CEO", "Nimbus")}),
    # an English quotation's attribution line "—NAME, TITLE, ORG[, PARENT]"
    # an HTML table's cell starts the title chain: "<td>社群經理 林某" (社群 a field of the title), not
    # the cell before it
    ("talks-html-caption.md", {("林昱澄", "社群經理", None)}),
    # a list under a line that introduces a body's members ("以下是 X 指导委员会成员的完整清单，…："), each
    # item a member; "- [NAME](…) (ORG)": where the member comes from, in brackets
    ("roles-members-lead.md", {("Kat Lund", None, "Quillfy"), ("Tomas Berg", None, "Nimbus Labs"), ("Iris Vane", None, "Red Hat"),
                               ("Kat Lund", None, "StoneKV 指导委员会"), ("Tomas Berg", None, "StoneKV 指导委员会"),
                               ("Iris Vane", None, "StoneKV 指导委员会"), ("韩立青", None, "StoneKV 指导委员会")}),
    # a title before names listed with their forms of address, the last joined by 和 ("导师韩某老师、宋某老师
    #和周某老师"): each one's; a verb of thanks or 正如 before the chain is no part of it
    # a name an HTML figure's caption gives, the card below the figure
    ("talks-figure-captions.md", {("韩立青", "Node.js 工程师", "白鹭科技"), ("宋远航", "咨询师", "青禾科技"),
                                  ("周明远", "前端工程师", "白鹭数据")}),
    # "曾在A、B等公司担任TITLE": the title at each workplace listed (a list with its kind after 等 only),
    # and not again at no organisation
    # "当选新一届 X 董事": the edition is no part of the name; "X 社区经理": a community manager at X, no
    # community named; "一位经验丰富的…": a quality of the one counted, no organisation
    ("roles-honours.md", {("韩立青", "董事", "青禾基金会"), ("Kat Lund", "董事", "QNF"), ("Kat Lund", "副总裁", "QNF 孵化器"),
                          ("Kat Lund", "社区经理", "Stonebeam"), ("宋远航", "开源倡导者", None), ("宋远航", "成员", "QNF")}),
    # titles of professions named by what one plans or assists in ("策略师", "研究助理"); a chief
    # officer of a function ("首席安全官")
    ("roles-profession-titles.md", {("韩远航", "内容策略师", "StoneKV"), ("宋一鸣", "研究助理", "青禾研究所"),
                                    ("钱立新", "首席安全官", "StoneKV")}),
    # "约翰斯·霍普金斯大学": one university, its dot no parting of a unit from its parent
    ("persons-transliterated-bodies.md", {("韩远航", "教授", "约翰斯·霍普金斯大学")}),
    # "他担任X", "目前，她担任X": a pronoun's sentence of career, its subject the one named before
    ("roles-pronoun-career.md", {("钱立新", "秘书长", "北辰基金会"), ("钱立新", "助理秘书", "北辰基金会"),
                                 ("宋一鸣", "工程师", "青禾科技"), ("宋一鸣", "首席技术官", "青禾科技")}),
    ("roles-at-several.md", {("韩立青", "前端开发工程师", "北辰云"), ("韩立青", "前端开发工程师", "青禾科技"),
                             ("韩立青", "高级前端工程师", "白鹭数据"),
                             # … in a card's part: each workplace before the verb, not the card's first
                             ("赵新宇", "首席运营官", "青禾研究院"), ("赵新宇", "高级产品经理", "北辰云"),
                             ("赵新宇", "高级产品经理", "星河科技")}),
    ("roles-thanks-siblings.md", {("韩立青", "导师", None), ("宋远航", "导师", None), ("周明远", "导师", None),
                                  ("林晓舟", "member", "QNF")}),
    # … and "said NAME, TITLE, ORG." ending at the English sentence's period
    ("roles-quote-attribution.md", {("Karel Vinter", "vice chair", "TOC"), ("Ada Crane", "CTO", "QNF"),
                                    ("Tomas Hale", "director of engineering for storage service", "Nimbus Cloud")}),
    ("roles-titles-de-name.md", {("韩明轩", "副总裁", "北辰云"), ("宋远航", "首席架构师", "青禾科技")}),
    ("roles-post-held-at.md", {("韩远凯", "前端负责人", "青禾科技"), ("宋明轩", "副总裁", "北辰云"), ("韩明轩", None, "白鹭云")}),
    # … as is one named by a title and a place's or a field's word ("架构师上海同盟")
    ("roles-expert-committee.md", {("宋远航", "主席", "StoneKV 专家委员会"), ("韩明远", "委员", "北辰云顾问委员会"),
                                   ("邵远宁", "TVP", "北辰云"), ("邵远宁", "理事", "北辰云架构师上海同盟"),
                                   ("宋明宁", "StoneKV Maintainer", None), ("宋明宁", "软件工程师", "北辰集团")}),
    ("roles-board-chair.md", {("韩明远", "主席", "青禾集团董事局"), ("韩明远", "首席执行官", "青禾集团"),
                              ("宋远航", "董事", "北辰云董事会"), ("宋远航", "总裁", "北辰云")}),
    ("roles-handle-roster.md", {("韩俊平", "前端工程师", "青禾"), ("韩明轩", "高级前端架构师", "720"),
                                ("吕思远", "前端负责人", "Nimbus"), ("邵宁", "TypeScript工程师", "星河科技"),
                                ("谢远林", "浏览器内核研发工程师", "嘀嗒嘀嗒"), ("钟远兵", None, "白鹭数据"),
                                ("苏远涛", None, "白鹭数据"), ("Kat Lund", None, "Quillfy"), ("Tomas Berg", None, "Nimbus Labs")}),
    ("roles-label-dash-card.md", {("肖远飞", "成员", "StoneKV 社区"), ("肖远飞", "架构师", "青禾物流有限公司"),
                                  ("何远傲", "成员", "StoneKV 社区"), ("何远傲", "工程师", "北辰云计算有限公司")}),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0] for c in CASES])
def test_memberships_are_exactly_those_stated(extract, article, expected):
    extraction = extract(article, EXTRACTORS)
    assert memberships(extraction) == expected
    assert_spans(extraction)


def test_a_membership_links_the_person_and_organisation_mentions(extract):
    extraction = extract("persons-apposition-paren.md", EXTRACTORS)
    (relation,) = [r for r in extraction.relations if r.kind == "holds_role"]
    body = extraction.document.body
    assert body[relation.subject.start:relation.subject.end] == "欧阳明"
    assert body[relation.obj.start:relation.obj.end] == "云栖实验室"
    assert body[relation.start:relation.end] == "欧阳明（云栖实验室研究员"


def test_a_unit_is_linked_to_its_parent(extract):
    extraction = extract("persons-unit.md", EXTRACTORS)
    assert units(extraction) == {("星河数据研究院算法部", "星河数据研究院")}
    assert texts(extraction, ORGANIZATION) == {"星河数据研究院算法部", "星河数据研究院"}


def test_a_company_name_ending_in_a_modifier_word_stays_whole(extract):
    extraction = extract("persons-title-chain-modifier.md", EXTRACTORS)
    assert memberships(extraction) == {("林晓峰", "CTO", "星河数据"), ("林晓峰", "TVP", "开源中国")}


def test_a_company_name_ending_in_a_modifier_word_before_a_han_title_stays_whole(extract):
    # "数据" ends a two-character brand's name ("星河数据"), not a rank's ("首席数据架构师")
    extraction = extract("talks-keynote.md", EXTRACTORS)
    assert memberships(extraction) == {("林晓峰", "首席架构师", "星河数据")}


def test_first_person_in_an_interview_is_the_one_who_answers_not_the_author(extract):
    extraction = extract("roles-interview-turns.md", ["authors", *EXTRACTORS])
    # "我加入了现在的公司 Nimbusware" is 明远's answer: the author 宋青 joined nothing
    assert {m for m in memberships(extraction) if m[0] == "宋青"} == set()
    assert ("韩明远", "StoneKV PPMC Member", None) in memberships(extraction)


def test_a_kind_of_company_before_a_latin_name_is_no_part_of_it():
    assert clean_organization("现在的公司 Nimbusware") == "Nimbusware"


def test_a_kind_of_school_is_no_unit_of_the_word_before_it(extract):
    extraction = extract("roles-field-pair-title.md", EXTRACTORS)
    assert units(extraction) == set()


def test_a_ministry_joined_by_he_is_the_parent_of_its_centre(extract):
    extraction = extract("orgs-joined-ministry.md", EXTRACTORS)
    assert units(extraction) == {("工业和信息化部教育考试中心", "工业和信息化部")}
