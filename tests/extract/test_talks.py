"""graphkit/extract/talks.py: talk titles and their speakers."""
from __future__ import annotations

import pytest

from _support import assert_spans, memberships, talks, texts

from graphkit.model import ORGANIZATION, TALK

EXTRACTORS = ["authors", "persons", "talks"]

CASES = [
    # "听了《X》，某公司的CEO NAME主讲的": a talk its speaker gives as a lecture (主讲, 讲座)
    ("talks-lectured.md", {("韩远航", "如何在云上构建复杂的企业级应用")}),
    # "…NAME将会介绍…。（题目《X》）": a title in brackets after the paragraph that names who gives it
    # (names joined by 和 each); none where someone else is named there too
    ("talks-bracketed-title-after.md", {("韩远航", "自由的固件：StoneKV 的 RISC-V 移植"),
                                        ("宋一鸣", "一个为 RISC-V 实现的 CNN 加速器"), ("钱立新", "一个为 RISC-V 实现的 CNN 加速器")}),
    # "19:50-20:10 《TITLE》——NAME，ORG ROLE": a programme's slot, its title in 《》, a dash, the
    # speaker's name (an aside after it) and card; the slot without a title gives none
    ("talks-timed-booked-dash.md", {("欧阳远航", "做开发者和用户的连接者"), ("宋一鸣", "虚拟形象动作重建的AI之道")}),
    # "### TITLE" under "## 重点内容回顾" (a recap of the talks' content), an embedded video, then
    # "某团队负责人NAME介绍了…": the talk and who gave it, in the first sentence or in one of the next
    # two where a sentence of the topic comes first (not where the first named presents nothing)
    ("talks-content-recap.md", {("韩远航", "使用多个轻型引擎"), ("宋一鸣", "StoneKV 业务大规模落地及技术演进"),
                                ("钱立新", "解析混合集成视图")}),
    # "TITLE， by NAME  repo： https://…" on lines of their own, two at least: a meeting's talks; a
    # clause or a news item's sentence before "by" is no title
    ("talks-plain-by-lines.md", {("韩远航", "StoneKV 定时消息分享"), ("宋一鸣", "StoneKV rsqldb 新功能演示")}),
    # "**TITLE**：某某老师探讨了…": a recap's talk; but a point of a summary in four characters or
    # fewer of common words ("**核心概念**：…解释了…") names no talk, nor a kind of talk in any
    # layout ("- 主题演讲（演讲者：某某）")
    ("talks-recap-points.md", {("韩远航", "StoneKV 图数据库的设计与演进"), ("邵宁", "StoneKV 的未来")}),
    # "## TITLE" over "- NAME" in an agenda: the talk and its speaker; but "## Attendees" over a
    # list of names is a roll, no talk
    ("talks-attendees-heading.md", {("韩远航", "StoneKV 存储引擎的演进")}),
    # a book in 《》 that its translator or author wrote ("《X》译者", "《X》作者") is no talk; the
    # talk the card names after it is
    ("talks-book-after-card.md", {("宋一鸣", "StoneKV 的内存管理")}),
    # "NAME教授进行 “X” 学术汇报": a quoted title after 进行, a kind of talk after it; "NAME以[《X》](…)
    # 作主题报告": a linked title in 《》 after 以, then the report made
    ("talks-quoted-reports-and-linked-books.md", {("韩远航", "城市计算：释放城市数据要素价值"),
                                                  ("宋一鸣", "StoneKV 的冷热分层实践")}),
    # "TIME | ORG：TITLE" over "| 嘉宾：NAME ORG… TITLE": the title may hold commas, and the company
    # the card names leads it (a Latin word there is a project's, the title's own); a talk's
    # section under a heading of talks ending with its speaker's card "NAME，TITLE。", or opening, past an
    # embedded video, with its presenter ("…韩某分享了…")
    ("talks-agenda-cards-and-section-cards.md", {("韩远航", "从边缘到云，无所不在的 StoneKV"),
                                                 ("宋一鸣", "Nimbus：一次存储引擎的重写"),
                                                 ("钱立新", "30岁学编程，晚不晚？"), ("韩远航", "StoneKV 的冷热分层"),
                                                 # a bold title in 《》, a remark, then the card: the
                                                 # marks end the title
                                                 ("邵宁", "北辰云实时数仓的标准化治理"),
                                                 ("钱立远", "StoneKV 批流一体的探索与实践")}),
    # a heading over a first sentence that points back at it, "该主题是由…NAME分享", "为我们带来这个
    # 主题分享的，是…NAME": the talk and its speaker, with no heading of talks above ("活动花絮" is none)
    ("talks-topic-pointed-back.md", {("韩远航", "StoneKV 前端性能平台介绍"), ("宋一鸣", "基于 Node.js 的轻量级网络代理工具")}),
    # a README's agenda in a fence with no language, Chinese lines and no code: prose; its lines
    # "TIME 分享N：TITLE——NAME（别名）", "…——某公司创始人 NAME博士", "…：某公司 CTO  NAME——TITLE" (a
    # fence of code, its comment naming someone, stays code)
    ("talks-fenced-dashed-agenda.md", {("韩远航", "大模型在数字员工产品中的应用"), ("宋一鸣", "让 StoneKV 学习企业知识"),
                                       ("钱立新", "Nimbus V2 训练中的科学与工程")}),
    # "+ NAME ![photo](…) ~ TITLE ;": a spaced tilde parts speaker and title, the photo is neither,
    # the item's own nested lines (slides, notes, a list) part no items; "Stage 0 - Student Driver"
    # is a part of a whole, not a talk
    ("talks-nested-tilde-list.md", {("韩远航", "StoneKV 的存储引擎演进"), ("宋一鸣", "北辰云上的多租户实践"),
                                    ("钱立新", "Rust in StoneKV")}),
    # "讲师：甲" then "讲师：乙" under one title: both give the talk (not the next title's speaker)
    ("talks-label-run.md", {("韩远航", "StoneKV Serverless 实践"), ("远山", "StoneKV Serverless 实践"),
                            ("宋一鸣", "StoneKV Serverless 实践"), ("钱立新", "Nimbus 的可观测性")}),
    # an agenda table's speakers' cell "甲（…），ORG 专家；乙（…），ORG 专家": both give the row's talk
    ("talks-table-co-speakers.md", {("韩远航", "双 11 洗礼下的 StoneKV 超大规模实践"), ("宋一鸣", "双 11 洗礼下的 StoneKV 超大规模实践"),
                                    ("钱立新", "Nimbus 超大规模落地揭秘")}),
    # "【SERIES No.45】TITLE": the series' tag in brackets is no part of the talk's title
    ("talks-series-tag-title.md", {("韩远航", "Rust in StoneKV")}),
    # a list of bold items "**1、TITLE** 讲师：NAME", a line of the talk's recording between them (and
    # a zero-width space before an item's number)
    ("talks-bold-items-with-recordings.md", {("韩远航", "初识 StoneKV"), ("宋一鸣", "安装 StoneKV")}),
    # "### | 一、《X》": a bar and an ordinal before the heading's title in 《》, over the speaker's
    # label (the nickname in brackets the same person's); a ranked developer ("资深前端") is a title
    # before a name
    ("talks-barred-numbered-headings.md", {("韩远航", "StoneKV 服务发现的大规模实践和展望"),
                                           ("向旭", "StoneKV 服务发现的大规模实践和展望"),
                                           ("宋一鸣", "Nimbus 调度器进展回顾与展望"), ("卓与", "Nimbus 调度器进展回顾与展望"),
                                           ("钱立新", "中后台提效之路")}),
    # "議題：" before sentences is the talk's abstract, no title: the heading over the speaker's label
    # names the talk (an article in traditional characters)
    ("talks-abstract-labels.md", {("Lena Holt", "Spring + StoneKV"), ("Tom Lund", "Ktor + Nimbus")}),
    # a quoted title right after the kind of talk ("进行专题演讲 “X”"); a quoted word after another
    # verb is none
    ("talks-quoted-after-kind.md", {("Jack Stone", "SES：安全的 ECMAScript")}),
    # a numbered talk's heading ("### 议题二：X") over the cards of its three speakers: one talk, given
    # by each of them
    ("talks-numbered-heading-three-speakers.md", {("赵新宇", "StoneKV 云原生消息队列架构解析"),
                                                  ("韩远航", "云原生数据工厂- 青禾数字化转型之路"),
                                                  ("宋一鸣", "云原生数据工厂- 青禾数字化转型之路"),
                                                  ("钱立新", "云原生数据工厂- 青禾数字化转型之路")}),
    # sibling headings "一、NAME：TITLE", two or more, with no programme's heading over them; a part
    # of the article so numbered ("四、背景：…") is none; a section that names the talk in 《》 has
    # the recap's own headline over it, not the talk's title
    ("talks-numbered-name-headings.md", {("韩远航", "软件的下一个形态是「智件」"),
                                         ("宋一鸣", "我们在驯化 AI？其实 AI 在驯化我们"), ("钱立新", "Nimbus 调度实践")}),
    # a programme's items "NAME TIME TITLE", the title linked to its slides or not
    ("talks-name-time-linked-items.md", {("韩远航", "也谈开源社区的建设、运作与商业模式"),
                                         ("宋一鸣", "StoneKV 社区开发模式与代码 Upstream"), ("钱立新", "Nimbus 调度器的演进")}),
    # a recap's list of talks "@NAME 的「TITLE」": a person right before 的 and the corner brackets;
    # "社区的「开放日」", "大家的「反馈」" are no talks
    ("talks-corner-bracket-recap.md", {("宋一鸣", "聊聊 StoneKV 中的黑科技"), ("钱立新", "Nimbus 黑魔法"), ("韩远航", "面向设计的存储")}),
    # programme blocks, quoted or not: a title in bold ("**X** by @handle"), a paragraph of its
    # abstract, then the speaker's label ("讲者信息：NAME/Latin，…", "讲者：NAME，…")
    ("talks-quoted-programme-blocks.md", {("韩远航", "StoneKV 的存储引擎"), ("宋一鸣", "Nimbus 调度实践"),
                                          ("钱立新", "白鹭日志平台")}),
    # HTML headings of an exported page ("<h4>Topic1《X》</h4>") over the speaker's label; a
    # download link's heading is no talk
    ("talks-html-headings.md", {("韩远航", "StoneKV，基于 Serverless 的高可靠存储服务"), ("宋一鸣", "Nimbus 在地图数据上的应用")}),
    # a list of linked titles, each "，来自 NAME 和 NAME" or "by NAME": every person named after the
    # title gave it; an organisation after 来自 gives no talk
    ("talks-linked-by-items.md", {("Lena Holt", "忘了 Memo 吧"), ("Olga Stone", "跨平台 StoneKV"), ("宋一鸣", "跨平台 StoneKV"),
                                  ("Tom Lund", "Nimbus Q&A"), ("Ann Berg", "Nimbus Q&A")}),
    # "場次一：TITLE", "场次二：TITLE": a session's label before the title is none of it
    ("talks-session-labels.md", {("韓立群", "最適業務員配對"), ("李远舟", "实时模型评分服务")}),
    # a programme's items "TIME TITLE - @NAME 、@NAME": each speaker mentioned, an @ before the name; a
    # panel is a talk of each panelist
    ("talks-mentioned-speakers.md", {("韩远航", "StoneKV 新版本重点回顾"), ("Tom Lund", "StoneKV 圆桌讨论"),
                                     ("韩远航", "StoneKV 圆桌讨论"), ("李远舟", "StoneKV 圆桌讨论"),
                                     ("Anna Berg", "深入浅出 StoneKV 存储引擎")}),
    # a programme's items "TIME, TITLE（NAME，NOTE）": the time in bold, a comma after it, the talk's
    # language or streaming after the name; words in brackets ("最晚 12:30 结束") name no one
    ("talks-slot-notes.md", {("韩远航", "用 StoneKV 进行优化建模及求解"), ("李远舟", "在 Nimbus 平台上为 StoneKV 打造的插件")}),
    # sibling headings "TITLE, Latin Name", half of them or more: a Latin name whose given name is no
    # listed one counts and is read too, where two at least have listed ones ("Krasimir Vulev")
    ("talks-latin-heading-siblings.md", {("Anna Berg", "Opening Keynote"), ("Tom Lund", "StoneKV Roadmap"),
                                         ("Krasimir Vulev", "Vector Extensions in Practice"),
                                         ("Yunsu Park", "Nimbus Storage Internals")}),
    # a delimiter row of short rules ("| :--: |"); two columns of talk words, the one that repeats
    # ("硕士论文" row after row) gives the kinds, the other the titles
    ("talks-kind-column.md", {("韩远航", "实验室本学期研究路线"), ("李远舟", "面向开源社区的缺陷预测研究"),
                              ("王晓东", "基于图学习的代码推荐方法"), ("陈思远", "开源生态系统的演化分析")}),
    # a heading "TITLE（by NAME）": the speaker's talk, and its section names no other
    ("talks-by-speaker.md", {("Tom Lund", "国内 StoneKV 贡献者社区"), ("张远龙", "StoneKV Map 高并发读写")}),
    # a line of its own "N. NAME，NAME：《TITLE》": each speaker's talk; a label before the colon
    # ("主题三") names no one
    ("talks-names-colon-book.md", {("韩远航", "Exploring DLR"), ("王远乔", "创业的那些事"), ("吴远伟", "创业的那些事")}),
    # a title's label with a bar ("分享主题丨"), the speaker the first person its paragraphs present
    ("talks-bar-labels.md", {("韩远航", "构建面向 AI 应用的可观测能力"), ("李远舟", "事件驱动构建 AI 原生应用")}),
    # a list's linked title, then a description in which the speaker "将分享"; the talk's language
    # is no part of its title; a description that presents no one names no speaker
    ("talks-linked-items-described.md", {("Jerry Lund", "StoneKV 在青禾科技的应用"),
                                         ("Lin Wei", "在北辰云上运行 StoneKV：新挑战与实践")}),
    # sibling headings "N.N ORG - NAME - TITLE": each a speaker's talk; a break's heading names no one
    ("talks-org-name-headings.md", {("韩远航", "WebGL 新篇章"), ("李远舟", "前端与机器学习结合")}),
    # speakers joined by 和, each with titles before the name, share the talk; where they speak
    # together ("联合发表") a space parts them; a comma parts clauses, not co-speakers
    ("talks-co-speakers.md", {("韩远航", "数据库的未来"), ("李远舟", "数据库的未来"), ("杨远国", "共建开源社区"),
                              ("谢远华", "共建开源社区"), ("赵雨桐", "日志压缩实践")}),
    # a recap's bullets "**TITLE**：ORG 的 NAME 介绍了…", a title holding a colon of its own, a verb of
    # discussing ("探讨了")
    ("talks-recap-bullets.md", {("韩远航", "使 StoneKV 查询更容易：介绍 Nimbus SQL 连接器"),
                                ("陈思远", "白鹭日志的压缩实践")}),
    # a list item's title may start with words and a colon ("利其器：…"); a field's short value
    # ("地点：北京") is none, and the words before the colon name no speaker
    ("talks-field-like-titles.md", {("韩远航", "利其器：如何用 StoneKV 实现高效运维")}),
    # a table's talk column headed "演讲", its speakers' cells links to their profiles
    ("talks-linked-cells.md", {("韩远航", "用 StoneKV 实现推理系统"), ("陈思远", "Nimbus 社区与镜像介绍")}),
    # "NAME：TEXT" items under a programme's heading are talks; not under feedback or proposals
    # ("改进建议", "可选分享议题"), nor a title yet to be decided ("待定")
    ("talks-name-colon-items.md", {("韩远航", "StoneKV 的存储引擎"), ("陈思远", "白鹭日志压缩")}),
    # a line in bold alone over a speaker's label is the talk's title, not the heading over both;
    # a label before the title ("议题：") is no part of it
    ("talks-bold-titles.md", {("韩远航", "StoneKV 的存储引擎实践"), ("赵雨桐", "Nimbus 调度实践")}),
    # a heading that numbers its slot ("主题1") names the field, the title on the next line; a slot's
    # number, a part's or a chapter's is no part of the title, nor is its language in brackets;
    # three speakers or more under one heading are a programme's part, not one talk's
    ("talks-programme-slots.md", {("韩远航", "StoneKV 的存储引擎"), ("陈思远", "用 Nimbus 守护你的程序"),
                                  ("孙远舟", "白鹭日志的压缩实践"), ("赵雨桐", "星河调度器剖析"),
                                  ("韩青山", "工业物联网与开源")}),
    # profiles written as fields: the talk's field, or the heading over them; a record ends where a
    # wider gap than between its fields parts it from the next talk's field ("**分享主题**：X")
    ("roles-field-records.md", {("韩远航", "用 StoneKV 构建二级索引"), ("陈思远", "云原生监控"),
                                ("赵雨桐", "Nimbus 调度实践"), ("孙远舟", "白鹭日志压缩")}),
    # "…：NAME - CARD；": a speaker's card after a label, its ； no part of it: no talk
    ("persons-label-cards.md", set()),
    # "演讲主题：X" under a card line "NAME/ORG/TITLE": the card's person gives the talk
    ("persons-slash-card.md", {("刘远航", "StoneKV 在青禾数科的实践"), ("昝远超", "StoneKV 的探索与应用")}),
    # a recap: "### TITLE" under "## 主题分享", its first sentence naming who presented it; an agenda
    # item "TITLE（ORG-NAME 14:00-14:20）"
    ("talks-recap-sections.md", {("李远航", "StoneKV 新特性与能力矩阵"), ("王一妮", "北辰 × StoneKV：推理集群实践"),
                                 ("郭远", "StoneKV简介/概述"), ("代远东", "即将发布的特性和路线图")}),
    # agendas as lines: a time slot and its title, the speaker on the next line or after <br> (a slot's
    # label is no part of the title); list items "- NAME(花名) 《TITLE》"; headings of the day's
    # parts ("上午") are no titles
    ("talks-agenda-lines.md", {("韩明远", "StoneKV's 2019-2020 and beyond"), ("赵远航", "北辰全链路跟踪实践"),
                               ("欧阳明", "StoneKV v9 解析"), ("季远", "StoneKV 的过去、现在和未来"),
                               ("清远", "StoneKV 的过去、现在和未来"), ("申海川", "带你读透 StoneKV 的精髓"),
                               # a blank line before the speaker; a talk's heading, its speaker alone below
                               ("刘嘉远", "StoneKV 在北辰的实践"), ("霍远山", "StoneKV 在可观测性领域的探索"),
                               # "* 14:00 - 14:40 TITLE（ ORG & Committer   NAME）"
                               ("刘小川", "StoneKV与容器化的融合")}),
    # a "?" inside 《》 ends no sentence; a heading that ends in 介绍 may be a talk's title
    ("talks-book-question.md", {("韩立远", "What’s Next? 新一代存储的构想"), ("庄远航", "StoneKV 可观测性介绍")}),
    # "## 议题 1：TITLE" then "### 分享嘉宾" and one speaker a line: each gives the talk; the talk's
    # number and a (闪电演讲) tail are no part of its title
    ("talks-speaker-sections.md", {("刘远", "网关上云，如何定义一款好的网关"), ("翟远山", "网关上云，如何定义一款好的网关"),
                                   ("金远", "Run StoneKV in hybrid cloud")}),
    # "NAME 在 X 上进行了 TITLE 的主题演讲": the speaker found by the frame, the title without
    # brackets; a quality ("非常精彩的分享") is no title
    ("talks-gave-at.md", {("韩明", "StoneKV开源现状及未来规划")}),
    # programme cards in a recap: "NAME，TITLES，《TALK》" (a zero-width space inside the brackets is
    # no part of the title; "有为" ends a name before a comma); an event's theme ("《X》的…活动") is no talk
    ("talks-programme-cards.md", {("林晓峰", "StoneKV 静态化方案与实践"), ("陈有为", "基于 Triple 协议打通前后端")}),
    # a write-up "本文整理自 … 的演讲，…": the page's title without the speaker's name before it
    ("talks-write-up-comma.md", {("韩明", "支撑十亿流量的网关")}),
    # list items "NAME: TITLE (中文)": the talk's language is no part of its title
    ("persons-list-siblings.md", {("林晓峰", "StoneKV 开源现状与未来规划"), ("老猫", "StoneKV 云原生之路"),
                                  ("欧阳明", "StoneKV 的金融场景")}),
    # an interview's turns ("傅某：…" leading several lines, "Echo Tang: …" too) are answers and questions, not talks
    ("persons-interview.md", set()),
    # "### 青禾科技：TITLE" over a card that names the speaker at 青禾科技: the company leads the
    # heading, not the title ("白鹭入门：…" is the title's own, no company of the card); "NAME(handle)的《X》"
    # and "NAME 主要介绍了 《X》", "NAME 为我们介绍了《X》", "NAME老师也做了《X》" in an article about an event
    ("talks-company-led-headings.md", {("韩远航", "多云 StoneKV 池化落地实战"), ("李远舟", "Nimbus 调度优化实践"),
                                       ("赵雨桐", "白鹭入门：从零搭建日志平台"), ("吴青禾", "StoneKV 的存储引擎"),
                                       ("Kay Berg", "Text handling for Nimbus"), ("宋一鸣", "StoneKV 入门与实践"),
                                       ("钱立新", "网络原理与 IPv6")}),
    # "带来了《X》的主题演讲"
    ("talks-keynote.md", {("林晓峰", "湖仓一体的工程实践")}),
    # "发表了题为《X》的演讲"
    ("talks-titled.md", {("欧阳明", "向量检索的十个误区")}),
    # a heading with a "#### 分享嘉宾" section under it, followed by more headings
    ("talks-heading-section.md", {("宋一鸣", "实时数仓的存算分离"), ("韩若溪", "流批一体的落地经验")}),
    # a panel: the moderator 周文涛 is no performer
    ("talks-panel.md", {("陈思远", "开源商业化的下一步"), ("赵雨桐", "开源商业化的下一步")}),
    # an agenda table and list items "NAME: TITLE"
    # … and a table of lectures ("讲座名称"), the speaker's cell holding a card beside the name;
    # a cell's markup and ordinal ("<font …>#1</font> X") are no part of the title
    ("speakers-table.md", {("陈思远", "湖仓一体的工程实践"), ("赵雨桐", "向量检索的十个误区"),
                           ("柳远青", "为创新在云上起舞"), ("白远珠", "公司介绍和实习生机会"), ("Simon Berg", "黑客松项目分享"),
                           ("侯远秀", "科技与社会的交会"), ("Teemo", "开源概论")}),
    ("list-items.md", {("周文涛", "可观测性平台的建设之路"), ("欧阳明", "边缘计算中的调度难题")}),
    # lists of talks in layouts of their own, each list read alike: "[TITLE](…)，NAME @ ORG",
    # "NAME<TAB>TITLE", "NAME([blog](…)): TITLE [讲义pdf](…)", "TIME 《TITLE》-- by NAME"
    ("talks-lists-any-layout.md", {("韩明远", "StoneKV 在边缘的实践"), ("欧阳明", "Writing DSL in Nimbus"),
                                   ("庄晓远", "StoneKV 一整年的进展"), ("霍远山", "Introduction to Nimbus object code emission"),
                                   ("赵远航", "流批一体的落地经验"), ("宋一鸣", "监督进程的实现原理"),
                                   ("Tom Berg", "Modern way of using asyncio"), ("韩若溪", "向量检索的十个误区"),
                                   ("Neo Lin", "湖仓一体的取舍"), ("罗远", "Real World Nimbus Stream"),
                                   # "主题1:《TITLE》 演讲者:NAME（Latin name）": the labels are no part of either
                                   ("程远宇", "向量数据库选型"), ("陈远", "可观测性落地"),
                                   ("谢远东", "Nimbus 易用性优化方案"), ("庄晓丹", "StoneKV 的演进")}),
    # a programme's lines, each led by its time or its title in bold: "TIME：**TITLE** (NAME - CARD)",
    # "TIME **TITLE**：NAME - CARD", the title over schedule lines or over the card's own line; but
    # cards ("**NAME** - CARD"), an interview's turns ("**NAME**：…") and a label ("公众号：…") give no talk
    ("talks-programme-lines.md", {("林晓峰", "StoneKV 的分层存储实践"), ("陈有为", "基于 StoneKV 的实时风控"),
                                  ("宋一鸣", "向量检索的十个误区"), ("韩若溪", "流批一体的落地经验"),
                                  ("欧阳明", "《湖仓一体的取舍》- 从选型到上线"), ("霍远山", "可观测性平台的建设之路"),
                                  ("庄晓远", "边缘计算中的调度难题"), ("赵远航", "服务网格的渐进式迁移"),
                                  # breaks and Q&A count against no list; any Latin name after "@"; a panel
                                  # is a talk of each panelist, as the guidelines say
                                  ("柳一鸣", "StoneKV 年度精华回顾"), ("Kay Lundqvist", "深入浅出 StoneKV 协程"),
                                  ("柳一鸣", "StoneKV 圆桌讨论"), ("Tom Berg", "StoneKV 圆桌讨论"),
                                  ("Kay Lundqvist", "StoneKV 圆桌讨论"),
                                  # a slot's label before the 《title》 is no part of it
                                  ("白一川", "发布之二三事"), ("马远", "应用变更发布实践")}),
    # a talk's page of fields ("议题名称：X", "分享嘉宾：NAME（ORG）"; "话题：X" after "嘉宾："), not
    # the moderator's; a heading's label ("课程：X") is no part of the title; an event's theme
    # ("活动主题：…") is no talk of its guests
    ("talks-field-page.md", {("陈有为", "StoneKV 在生产环境的落地实践"), ("宋一鸣", "如何让 StoneKV 变得更为高效"),
                             ("韩若溪", "向量检索的十个误区")}),
    # numbered headings led by their speakers under a programme's heading ("## 演讲列表" over
    # "### 2 NAME：TITLE"); not under an interview's
    # … and a meeting's items, each presenter in brackets at the heading's end ("议题一、TITLE（NAME）");
    # not minutes' items, a decision recorded under them ("**结论**：评审通过"): proposals reviewed
    ("talks-numbered-headings.md", {("韩明远", "物联网数据的一致性"), ("欧阳明", "自动驾驶与车联网数据应用"),
                                    ("秦远明", "StoneKV 存储引擎的演进"), ("梁远超", "Nimbus 调度器实战")}),
    # sibling headings that all end "TITLE-NAME" (a nickname too; two joined by &); not "Kubernetes-入门"
    ("talks-dash-named-headings.md", {("云岚", "互联网营销概述"), ("墨尘", "大规模高并发的营销系统架构"),
                                      ("韩明远", "搜索营销触发技术"), ("隐枫", "移动端性能优化实战"),
                                      ("晓远", "移动端性能优化实战")}),
    # lists that read like them and are none: cards ("NAME ORG TITLE", "NAME：TITLES、…"), a
    # schedule of dates, links that start with a product's name; a reading list's books ("书籍："); a roster of
    # regions, each a place's label over a name's two forms ("**北京：** Han Yuanhang 韩远航"); a committee, each
    # member's Latin name, the Chinese one and a card ("[Yuanhang Qin](mailto:…) 秦远航 - Nimbus committee, …")
    # guests, each a card and a name, a company alone or a degree at a school among them ("- 某大学博士  NAME"); teams,
    # three names or more to most items ("- `peachy`(2016)：甲，乙，丙"); links to slides by number ("[簡報 #40-1](…)")
    ("talks-lists-not-talks.md", set()),
    # "[TITLE](…)，来自 [NAME](…)": a translated "TITLE, by NAME", the speakers' links kept (a middle
    # initial, a letter with a diacritic); not a site's link "from" a company
    # a heading's talk, its speaker's label then a link whose text is the name: one Latin word,
    # initials, or a Latin name before the Chinese one (each name gives the talk; they are one person's)
    # a quoted title after what the speaker gave ("某某分享的「X」"); not words in quotes a sentence
    # says something brought ("带来的“后遗症”") or others shared; nor a forum's name in 《》 ("在《X》的专题论坛上")
    ("talks-shared-quoted.md", {("黄远杰", "前端开发的自我修养"), ("韩明远", "基于 Nimbus 协议的智能体实践")}),
    # a programme of lines that are links, "[NN SPEAKER[ / SPEAKER] - TITLE (English title)](…)": a
    # talk for each speaker, the Chinese title without its translation; links to pages are none
    # label blocks parted by rules ("---"): each title with the speaker of its own block ("Topic:" and
    # "Speaker:" too); a title's own line names its speaker first; "以《X》为题" names a talk; a
    # programme's label and number ("议题三") is no one, nor a sentence about a guest a label
    # a line of a name and its talk's title in 《》 with nothing between ("**韩某《X》**"), its card below
    ("talks-name-then-title-lines.md", {("韩明远", "StoneKV 内核性能优化实践"), ("宋远航", "从个人记忆到团队资产：Agent 记忆的进化")}),
    ("talks-label-blocks.md", {("韩明远", "StoneKV 在边缘计算中的实践"), ("Tom Berg", "Building Nimbus at Scale"),
                               ("宋远航", "白鹭数据的实时数仓"), ("邵宁", "云原生可观测性"), ("吕思远", "从零开始做开源"),
                               ("石远兴", "StoneKV 的单元测试框架"), ("韩远豪", "开源社区的十年")}),
    ("talks-linked-programme.md", {("Tom Berg", "Nimbus: 践行开源之道"), ("韩明远", "城市级实时计算的力量"),
                                   ("宋远航", "Simplify Machine Learning With StoneKV"),
                                   ("邵宁", "Simplify Machine Learning With StoneKV"), ("Anna Lund", "Nimbus Forward China 2019"),
                                   # a recording's title may end as a community's name does; Kangxi
                                   # radicals copied out of a PDF ("韩远⼤") are the characters they
                                   # stand for, in the markup too
                                   ("钱立新", "快速融入 StoneKV 开源社区"), ("韩远大", "北辰云实时计算平台的实践和应用"),
                                   # a recording alone, cut off from its list by an item on two lines
                                   # or one with no link ("04 NAME - TITLE【不公开】")
                                   ("宋一鸣", "Challenges of the StoneKV Ecosystem"),
                                   ("韩远航", "Challenges of the StoneKV Ecosystem"),
                                   ("韩远柯", "为流处理世界重新设计的存储"), ("邵远航", "Nimbus 的部署实践")}),
    ("talks-labelled-links.md", {("Kalan", "選擇 StoneKV 的三個理由"), ("愷開", "選擇 StoneKV 的三個理由"),
                                 ("Paipo", "在你的庭院種一棵 Nimbus"), ("C.T Lin", "The Future of StoneKV"),
                                 ("KK", "窮途末路的 SPA"), ("韓遠凱", "窮途末路的 SPA")}),
    ("talks-from-linked-speakers.md", {("Lydia Quarnby", "原生 StoneKV"), ("Kent J. Oyelaran", "StoneKV 节奏布鲁斯"),
                                       ("Tomas Veltrin", "深入解析 Nimbus 编译器"), ("Olga Marrick", "深入解析 Nimbus 编译器"),
                                       ("Michał Pierzak", "Nimbus Native，不仅仅是移动和桌面应用")}),
    # a heading that names the field under it ("## Title"): the line below is the title
    ("talks-field-headings.md", {("柳远立", "自动化风控：从入门到精通")}),
    # speakers joined before the talk ("A、B和C将进行…演讲——《X》") all give it; a reference-style
    # link's brackets inside 《》 are no part of the title
    ("talks-joined-speakers.md", {("Tom Berg", "StoneKV 的现状与未来"), ("Neo Lin", "StoneKV 的现状与未来"),
                                  ("Kay Lund", "StoneKV 的现状与未来")}),
    # a book in 《》 with no talk word is no talk
    ("talks-not-talks.md", set()),
    # the author speaks in the first person; an earlier article's title is no talk
    ("talks-first-person.md", {("林晓峰", "服务网格的渐进式迁移")}),
    # the article writes up a talk named by its title; a speaker's bio in a list is no talk
    ("talks-write-up.md", {("林晓峰", "湖仓一体的工程实践"), ("韩若溪", "湖仓一体的工程实践")}),
    # a sentence introduces the title on the next line; "名为“X”的演讲" with a link in the quotes
    ("talks-introduced.md", {("青松", "北辰云在服务网格推进过程中对网络代理的思考"), ("青松", "服务网格：下一代微服务")}),
    # a live stream's edition before a labelled title is no part of it; a labelled name may hold 与
    ("talks-edition-label.md", {("卓与", "分布式事务长事务解决方案详解")}),
    # "分享主题：X" with the speakers' label after it; the section heading is no title
    ("talks-labelled.md", {("霜叶", "湖仓一体的工程实践"), ("柯岚", "湖仓一体的工程实践"),
                           ("林晓峰", "向量检索的十个误区")}),
    # card lines "NAME ORG TITLE", then a bio and "演讲时间：…" lines before "演讲题目：X"
    ("talks-spaced-cards.md", {("韩远航", "Nimbus Flow 在青禾数科的应用实践"), ("宋一川", "基于 Nimbus Flow 的批量导入实现")}),
    # "主题N：TITLE" then "分享讲师：NAME"; "（快速演讲）" is the slot's kind, not the title's
    ("talks-salon-recap.md", {("韩远", "漫谈云上的架构"), ("Tom Berg", "云时代的编程方法"),
                              ("宋一川", "弹性后端文件服务架构分享"), ("欧阳明", "快速构建企业应用")}),
    # "本文为 ORG TITLE NAME 分享内容": the article writes up the talk; "本文为大家分享" does not
    ("talks-write-up-credit.md", {("代远航", "StoneKV 在青禾数据可用性治理的落地实践")}),
    # write-ups: the 《》 title after a comma ("…的演讲分享，主题为《X》"), a given name alone as the speaker
    ("talks-write-up-frames.md", {("宋远航", "从 Nimbus 谈云原生时代的微服务与开源"), ("Jason", "从 0 到 1 的微服务系统建设"),
                                  ("刘远帆", "金融科技微服务建设实践")}),
    # a heading, then the speaker's card on the next line; a given name leading the heading is the
    # speaker's ("### Nora：TITLE"); a heading that names its person, or an article's part, is no title
    ("talks-headings-over-cards.md", {("梁远鹏", "StoneKV: 如何助力应用低成本演进至 Serverless"), ("罗远轩", "智算时代的流量枢纽"),
                                      ("Nora Vance", "数据驻留管理"), ("韩远航", "金融公司如何使用 StoneKV？")}),
    # a 《title》 alone on its line, then a speaker's card (a label line "嘉宾介绍" between); a title over
    # prose is no one's talk
    ("talks-titles-over-cards.md", {("祝远辰", "星河注册中心 StoneReg 分享"), ("吕远泉", "准实时的日志聚合平台")}),
    # a list of recordings "[SPEAKER - TITLE](…)": a nickname, a handle before @, a name no list holds;
    # a card between two dashes is the speaker's; one link alone in its list is no programme
    ("talks-linked-recordings.md", {("韩远柯", "Vision Pro 版本设计实践分享"), ("肘子", "探索 SwiftUI 尺寸的秘密"),
                                    ("Carla Nitzke", "超越工程：职业中的关键软技能"), ("Cristian Díaz", "为无障碍探索空间交互")}),
    # headings led by a speaker and a verb of presenting ("## NAME分享TITLE"); a word there is no name
    ("talks-presenting-headings.md", {("张远龙", "初创公司的前端工程化"), ("韩远渡", "面向前端的 V8 性能优化")}),
    # a title in bold or 《》, "by", the speaker's card and name ending the line
    # … the card an organisation alone ("by stone.cn NAME"), or titles before a Latin given name alone
    ("talks-marked-titles-by.md", {("王远东", "云原生实践"), ("Nora Vance", "Rust 在前端工具链中的实践"),
                                   ("马远一", "StoneKV 容器引擎"), ("Richard", "台湾开源社区现状分析")}),
    # sibling headings ending in their speaker, in brackets or after a dash (a number before the
    # title is the heading's; an other name may follow the speaker's); two are enough where both
    # are surnames' names; Latin words in brackets translate a title
    ("talks-named-sibling-headings.md", {("张远克", "微前端架构体系"), ("李远洲", "协同编辑原理与实践"),
                                         ("谢远舟", "复杂业务前端团队的进化之路"), ("宋一鸣", "Front-End career growth"),
                                         ("Nora Vance", "webpack 主题相关")}),
    # programme lines "NAME（ORG） 《TITLE》 20分钟": the organisation in brackets is no other name
    ("talks-bracketed-programme-lines.md", {("韩立新", "分布式存储的演进"), ("宋远帆", "编译器优化实践"),
                                            ("周远航", "构建优化"), ("陈远龙", "长事务的 Saga 模式")}),
    # a recap's sentences: the speaker right before the verb that presents the 《title》 ("第一场是
    # NAME 分享的《X》", "NAME分享了《X》", "由 NAME 带来《X》"); no one before it, no talk
    ("talks-presented-titles.md", {("韩远舟", "云生态新物种——微前端架构体系"), ("宋一鸣", "协同编辑原理与实践"),
                                   ("Nora Vance", "Rust 在前端工具链中的实践"),
                                   # … or named after the title, before "讲解的" ("《X》，是某公司 CTO 的NAME讲解的")
                                   ("丰远文", "技术驱动型公司的精益实践")}),
    # a list of "TITLE - NAME，NAME" items (link text), one title each; a host's opening words
    # ("…开场致辞") are no talk, nor the parts of a series ("系列 - 核心篇")
    ("talks-dash-list.md", {("韩明远", "使用 StoneKV 构建高效的流程"), ("汪远杰", "云原生场景下的开发和调试"),
                            ("黄青浩", "云原生场景下的开发和调试")}),
    # a title linking to a post of the same site is an article's; one linking to a write-up
    # elsewhere may be the speaker's talk
    ("talks-cited-posts.md", {("宋一川", "StoneKV 落地实践与挑战")}),
    # an agenda table whose talk column is "内容"; a speaker cell with a title ("韩某院长"); a cell
    # of two titles ("《A》及《B》")
    ("talks-agenda-content.md", {("韩立新", "国产化替代战略下的云技术应用"), ("李远帆", "基于 StoneKV 的项目参与路径"),
                                 ("李远帆", "StoneKV 在线实训")}),
    # programme lines "TITLE | ORG TITLE NAME" (a host's 致词 is no talk); "带来“X”的议题分享": the
    # quoted title; a heading "会议议程：" is no title
    ("talks-pipe-programme.md", {("蔡远杰", "StoneKV 2.0 版本介绍"), ("黄远耀", "玩转 StoneKV，实现无故障高性能运行"),
                                 ("王远南", "构建企业级开源数据库生态")}),
    # a heading, then "讲者：" and Latin names, two of them joined by 和 on the label's line; an
    # interview's guests ("受访嘉宾") give no talk
    ("talks-speaker-label-latin.md", {("Anne Berg", "通过 StoneKV 提升你和社区的互动"),
                                      ("Nadia Lund", "非技术人在开源社区的成长"), ("Anne Berg", "非技术人在开源社区的成长")}),
    # a series' episodes: the edition before a heading's title ("第十七期 ｜ X", "《…》第 31 期 - X") is
    # no part of it, an edition alone is no title; a title label takes the speaker of its own
    # section ("主讲人：Alice"), not the next section's; a 《》 heading, then the speaker's card
    ("talks-series-episodes.md", {("Alice", "分布式机器学习实践"), ("韩远东", "异步 Web 框架"), ("韩远东", "如何实现 RPC 框架"),
                                  ("韩思衡", "通过 StoneKV 拓展脚本引擎"), ("徐远帅", "高性能存储框架设计")}),
    # an agenda table's cell: 《TITLE》 then the speaker's card, the name first or last; a common
    # word after the title is no speaker
    ("talks-agenda-cells.md", {("史远寰", "数据平面热升级技术分享"), ("张远伟", "StoneKV 原理介绍"), ("钟远瑶", "使用 eBPF 加速网络"),
                               ("赵远冰", "全栈服务网格")}),
    # a programme's items: a time, a linked title, then the speaker's card ("陈某 / 独立"), the
    # "演讲：" before the title and the language after it dropped; "《TITLE》-NAME，TITLES"
    ("talks-programme-links.md", {("陈连远", "微服务——构建持续交付架构"), ("袁远凯", "面向机器学习数据平台的设计与搭建"),
                                  ("Lucas Berg", "StoneKV 的守护神"), ("郭远蕾", "把内容交付这件事做好"),
                                  ("Tomas Kulkarni", "超融合数据平台：集消息，计算和存储于一体"),
                                  # … the name closing the card; a heading "《TITLE》 NAME"
                                  ("赵志远", "在业务量暴增中痛并快乐"), ("张远亚", "内存问题探微")}),
    # a heading under a heading of talks, then the card of one or more speakers with their
    # titles; a greeting opens no card ("大家好，我是…")
    ("talks-session-cards.md", {("全立远", "迈向下一代消息中间件：星河如何迁移到 StoneKV"), ("陈建远", "迈向下一代消息中间件：星河如何迁移到 StoneKV"),
                                ("冉小远", "实践与优化：StoneKV 在青禾云的应用")}),
    # a recap's bold list items "**TITLE**：… NAME 介绍了…", the language tag dropped; "ORG 的 NAME
    # 介绍了": a speaker; a thing before 带来了 is no one
    ("talks-bold-recap.md", {("韩远航", "面向现代数据基础设施的统一消息系统"), ("Lucas Berg", "正确构建事件驱动应用"),
                             ("沈远琪", "智能教育中的应用")}),
    # a link's text before the kind of talk ("带来了 [X](…) 议题"), its speakers before it in the
    # sentence; a word in inline code stays in a title, backticks and all
    ("talks-linked-titles.md", {("Lucas Berg", "Nimbus 安全态势"), ("John Howard", "Nimbus 安全态势"),
                                ("赵远冰", "全栈服务网格 - `Aeraki` 助你管理七层流量")}),
    # a numbered list item, then "演讲嘉宾：NAME | …" on the next line; a numbered title label
    # ("议题一：《X》"); a numbered heading keeps its section's speaker, its ordinal ("报告一：") no
    # part of the title
    ("talks-numbered-lists.md", {("罗远旦", "OmniRuntime：大数据运行时的框架解析"), ("齐远锋", "存算统一的实践"),
                                 ("梅远庆", "StoneKV 支撑千亿成交额背后的技术原理"), ("周远峰", "北辰云的云计算落地实践"),
                                 ("柳青", "大模型时代的新机遇与挑战"), ("白一鸣", "工业界推荐系统十大挑战问题")}),
    # a list of events, each item's talks "（中文）[TITLE](…)，演讲人：NAME, NAME" (the language tag and a
    # form of address dropped); the section's heading is no talk, a field ("地点：…，嘉宾：") no title
    ("talks-event-list.md", {("韩若溪", "StoneKV：解锁时序数据存储"), ("Alice Wong", "StoneKV 的现状"),
                             ("宋一鸣", "流处理引擎的实践"), ("欧明远", "流处理引擎的实践")}),
    # "### TITLE" under a heading of topics, its abstract, then the speaker's card "**NAME** ORG TITLE";
    # a numbered heading's ordinal is no part of the title ("#### 2. TITLE")
    ("talks-topic-sections.md", {("张应远", "人人都能学会 StoneKV 开发"), ("王远鹏", "操作系统与交互的下一次变革"),
                                 ("韩若溪", "离散数据场景下，Nimbus 的技术路线"), ("宋一鸣", "Nimbus：数据湖的利器")}),
    # a speaker's card on its line ("**NAME**（ORG）"), the talk's 《TITLE》 leading the next
    ("talks-card-over-title.md", {("裴远宇", "我用 StoneKV 开发了一个开源工具：从想法到落地"),
                                  ("程远杰", "从路人甲到社区之光")}),
    # "NAME 和大家介绍 **TITLE** ，…": the title in bold after the presenting verb;
    # bold words inside a sentence are no title ("分享了**一些经验**和教训")
    ("talks-bold-shared.md", {("施远轩", "StoneKV DeltaTree 引擎设计及实现解析")}),
    # an interview's answers under headings ("### A：NAME，TITLES") give no talk
    ("talks-panel-answers.md", set()),
    # "演讲主题" over a list of "TITLE，NAME" items (a speaker to be named, "嘉宾待定", gives none);
    # other lists of clauses give no talk
    ("talks-comma-speakers.md", {("侯少远", "音乐播放器的开发故事"), ("夏远彬", "桌面环境介绍")}),
    # titles in 《》 on lines of their own: the two-line cards ("NAME" over "ORG TITLE") below one up
    # to the next, or the card right above one whose first line below is no card; each title
    # over its own card
    ("talks-book-title-lines-and-cards.md", {("韩远航", "青禾联盟与 StoneKV 社区进展介绍"),
                                             ("宋一鸣", "青禾联盟与 StoneKV 社区进展介绍"),
                                             ("钱立新", "青禾集团 WASM 编译器建设"), ("赵新宇", "StoneKV Micro Runtime 技术解析")}),
    ("talks-book-title-lines-cards-below.md", {("韩远航", "青禾联盟进展介绍"), ("宋一鸣", "青禾集团编译器建设"),
                                               ("钱立新", "StoneKV 技术解析")}),
    # headings "Topic1《TITLE》" over a speaker's label; bold lines "《TITLE》NAME ORG TITLE"
    ("talks-numbered-book-headings.md", {("韩远航", "StoneKV，基于Serverless的高可靠服务"), ("宋一鸣", "青禾数据平台建设"),
                                         ("钱立新", "白鹭的StoneKV实践"), ("赵新宇", "数据安全防护体系实践"),
                                         ("冯远胜", "青禾如何完成标准化治理")}),
    # list items and headings "TITLE——ORG TITLE NAME", "TITLE - ORG TITLE NAME": two or more make a
    # programme (not "参会感受 - 很有收获")
    ("talks-title-dash-card.md", {("韩远航", "高可用即时通讯架构"), ("宋一鸣", "分布式数据库实践"),
                                  ("郭远宇", "Semi-Hybrid App Framework"), ("钱立新", "移动时代用户端问题高效诊断")}),
    # a list of "TITLE - NAME", links on the lines between; the speaker's company after a space or an @
    ("talks-at-speakers.md", {("雪远", "StoneKV 归来记"), ("韩若溪", "基于 FLUX 的项目开发"),
                              ("崔远迪", "Koa-基于 StoneKV 的框架"), ("David", "Web app with StoneKV"),
                              ("La Jie", "Web app with StoneKV")}),
    # programme blocks: a "**《TITLE》**" line, field lines ("时间：…"), then "主讲人：NAME"; list items
    # "[TITLE（演讲者：NAME）](…)"; headings "TITLE ———— NAME" (not "TOPIC —— PART": no name there) and
    # "NAME - 《TITLE》"
    ("talks-programme-blocks.md", {("韩若溪", "StoneKV 社区最新路线"), ("宋一鸣", "Nimbus 的探索与思考"),
                                   ("欧阳明", "挖掘 StoneKV 的声明式能力"), ("Alice Wong", "Nimbus 多端统一的实践"),
                                   ("白一鸣", "对象的根基：无类继承"), ("宋远帆", "StoneKV 的实现")}),
    # a card "NAME: COMPANY, TITLE, bio" is no "NAME: TALK" list item
    ("entries-session-page.md", set()),
    # a programme's "- TIME - TIME NAME：TITLE" items; words in brackets after a slot's title name no
    # speaker ("自由讨论（最晚 22:00 结束）")
    # a heading "TIME - TIME TITLE" (the slot is no part of the title) over "- 分享嘉宾：COMPANY NAME、NAME"
    # (the company is no speaker); "+ 【TITLE】 主讲：NAME"
    ("talks-label-company.md", {("郭远庆", "北辰云成都 React 前端架构 & 大数据可视化应用"),
                                ("陈远津", "北辰云成都 React 前端架构 & 大数据可视化应用"),
                                ("吴远麟", "用 TypeScript 开发大型 React 应用"),
                                ("王远程", "低网速高延迟网络下的静态资源管理和优化"), ("廖远芝", "基于 HTML5 技术的文件上传组件")}),
    # "1. 【COMPANY-NAME】TITLE" items; "[《TITLE》](…) NAME(nickname) & NAME" items
    ("talks-bracketed-speakers.md", {("陈远宇", "StoneKV 在人脸识别实时业务中的应用"), ("高远旸", "实时计算场景化解决方案"),
                                     ("杨远特", "StoneKV 1.9 特性解读"), ("戴远力", "StoneKV 1.9 特性解读"),
                                     ("秦远杰", "打造基于 StoneKV Table API 的机器学习生态"), ("董远婷", "StoneKV 在北辰的应用与实践")}),
    # a talk's own page: a heading that introduces its speakers, the page's author among them, the
    # title without its episode and issue number; a card "NAME：clauses, one a title" is no talk item
    ("talks-own-page.md", {("盛远飞", "StoneKV Modules、Module Proxy 和 stonekv.cn")}),
    # a time slot's title ("8:15PM-8:45PM, TITLE"), then its speaker's label on the next line, in a
    # fence of raw HTML
    ("talks-labelled-slots.md", {("韩远航", "StoneKV 生态的新前沿"), ("Tim Berg", "StoneKV 编译延迟的相关进展")}),
    # "他演讲的主题是：TITLE（English title）" in a section headed by the speaker's name; a lead-in to a
    # list ("主题是：…：") is no title
    # headings "NAME（TITLE）" among siblings: each a speaker's talk (two speakers joined by &), not a
    # card ("林某（某公司 CTO）": titles in the brackets)
    # a line in bold, the speaker's card in brackets, the talk's title after it ("**韩某（某公司负责人）TITLE**",
    # "第三场**周某（某公司）：TITLE**"); a card alone in bold gives no talk
    # a heading over an HTML figure captioned with one speaker's name, the card below it: the talk; not a
    # heading that names a part people play ("## 共创联络人")
    ("talks-figure-captions.md", {("韩立青", "聊聊构建部署时我们要关心的数据"), ("宋远航", "从 StoneKV 认识存储引擎")}),
    ("talks-bold-card-title.md", {("韩立青", "StoneKV 的延伸 —— 论道 Database Mesh"), ("宋远航", "青禾开源的数据平面深层揭秘"),
                                  ("周明远", "大规模微服务架构下的探索之路")}),
    ("talks-name-bracket-headings.md", {("Kovar", "Hello Stone Ops"), ("韩立青", "容器技术在青禾平台中的演化"),
                                        ("宋远航", "容器技术在青禾平台中的演化"),
                                        ("周明远", "StoneKV 时代，公有云面临的挑战和机遇"),
                                        ("于远治", "Container 在青禾平台中的应用实践")}),
    ("talks-speaker-headings.md", {("Kay Berg", "可感知的 KV Cache 优化 —— 构建 AI 感知的 LLM 路由")}),
    # a summit's heading over talk headings, each with a card "NAME · ORG TITLE" below; a heading of the
    # forum's organisers ("分会场组织者") is no talk
    ("talks-dot-cards.md", {("张远刚", "系统稳定与优化-从SOA规划与治理开始"),
                            ("高晓亮", "新瓶旧酒——换个角度提升APP性能和质量的实践之路")}),
    # an HTML table read like a Markdown one, by its header words (报告名称, 报告人); tags inside a cell
    # … its header in traditional characters (時間, 主題, 講者) under a caption row spanning the table;
    # the heading over the table ("### Day 1") is no talk
    ("talks-html-caption.md", {("陳湘婷", "開放文化下公民參與的困境"), ("林昱澄", "科技如何影響人的生活")}),
    ("talks-html-table.md", {("魏远宇", "集成光子离子阱处理器上的拉曼量子比特操作"), ("陈远真", "周期性驱动系统的相变与激发")}),
    # a cell spanning rows ("<td rowspan=2>上午") keeps the rows below under their header
    # an HTML table with no header: a column of names from its first row, one of titles beside it (a
    # button's word in every row is none); a row one cell wide holds details; hosts' columns give no talks
    # "Latin Name - ORG TITLE" over "TIME「TALK」"; "**TIME 演讲一**" over "NAME 《TALK》": the slot's
    # words label it, the title is the one in book-title marks
    ("roles-latin-programme.md", {("Fredrik Lindqvist", "StoneKV Overview"), ("Joshy Brandt", "Shared Storytelling on Chains"),
                                  ("Albrecht Weiss", "Chains of Trust"), ("Willam Ford", "Chains of Trust"),
                                  ("韩立秋", "浅谈智能合约的多链设计")}),
    # talks announced in prose: "ORG的CTO Latin Name会带来演讲《X》", "来自ORG的NAME将会带来《X》的演讲" (a Latin
    # name too); "（题目：《X》）" closing a paragraph; "A/B - TITLE" items (two speakers); headings
    # "TITLE, Latin Name" among siblings
    ("talks-announced-in-prose.md", {("Charlie Berg", "面向物联网的完整解决方案"), ("Pavel Ivanov", "兼容开源指令集的处理器 IP 核"),
                                     ("宋立群", "StoneKV 的多核调度"), ("韩立秋", "减少软核处理器资源占用的若干方法"),
                                     ("黄可欣", "活动开场介绍"), ("成慕敏", "活动开场介绍"), ("王思妍", "北辰云的实践"),
                                     ("谢雨桐", "StoneKV 调优"), ("Mark Hill", "State of the Union: StoneKV"),
                                     ("Peter Stone", "Formal spec update")}),
    # a programme's numbered talks: "分享N：TITLE NAME ORG TITLE" (spaces between), "分享 N：《TITLE》——NAME、CARD",
    # a nickname with the name in brackets; a line with no card after a name gives none
    ("talks-numbered-lines.md", {("韩立秋", "大模型在客服中的落地"), ("宋立群", "LLM赋能ToB 销售的实践"),
                                 ("黄可欣", "AI Agent 创业者的内功"), ("艾清", "从copilot到super-pal")}),
    # "以“X”为题" (but "以“用户”为中心" names no talk); "给大家带来了 X 的分享": X without the kind of talk
    ("talks-quoted-frames.md", {("韩立秋", "StoneKV 的实践"), ("宋立群", "Nimbus 调度器的演进")}),
    ("talks-html-no-header.md", {("宋立群", "StoneKV 的实现与调优"), ("成慕敏", "数据融合与风险评估"),
                                 ("黄可欣", "Nimbus 上的实时计算")}),
    ("persons-name-columns.md", set()),
    ("talks-html-rowspan.md", {("韩远航", "在线社会与智能教育"), ("李远舟", "STEM 教育的路径探析"), ("王远东", "虚拟现实与课堂")}),
    ("talks-slot-colon.md", {("王远瑞", "StoneKV 设计哲学及其对打包实践的影响"), ("李远刚", "北辰在包和架构维护上的实践")}),
    # … the same in a table's cells; a card "NAME：StoneKV 开发者" (a noun of who one is) is no talk
    ("talks-slot-colon-table.md", {("王远瑞", "StoneKV 设计哲学及其对存储实践的影响"), ("李远刚", "北辰在包和架构维护上的实践")}),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0] for c in CASES])
def test_talks_are_exactly_those_given(extract, article, expected):
    extraction = extract(article, EXTRACTORS)
    assert talks(extraction) == expected
    assert texts(extraction, TALK) == {title for _, title in expected}
    assert_spans(extraction)
    # a fact's span is a span: a speaker listed before the title still gives start <= end
    assert all(r.start <= r.end for r in extraction.relations)


def test_a_talk_title_names_the_organisation_where_the_work_was_done(extract):
    extraction = extract("talks-host-in-title.md", EXTRACTORS)
    # "在大规模场景下的" names a setting, not an organisation
    assert texts(extraction, ORGANIZATION) == {"青禾", "北辰云"}
    assert_spans(extraction)


def test_a_talk_title_is_cited_without_its_brackets(extract):
    extraction = extract("talks-keynote.md", EXTRACTORS)
    (talk,) = [m for m in extraction.mentions if m.kind == TALK]
    body = extraction.document.body
    assert body[talk.start - 1:talk.end + 1] == "《湖仓一体的工程实践》"


def test_a_heading_talk_is_cited_at_the_heading(extract):
    extraction = extract("talks-heading-section.md", EXTRACTORS)
    body = extraction.document.body
    for talk in (m for m in extraction.mentions if m.kind == TALK):
        line_start = body.rfind("\n", 0, talk.start) + 1
        assert body[line_start:talk.end] == "### " + talk.text


def test_the_last_heading_section_of_a_document_gives_its_talk(extract):
    extraction = extract("talks-heading-section-last.md", EXTRACTORS)
    assert talks(extraction) == {("宋一鸣", "实时数仓的存算分离")}


def test_name_shares_title_gives_a_talk(extract):
    extraction = extract("talks-shares.md", EXTRACTORS)
    # … its title in bold, in runs side by side ("**StoneKV** **DeltaTree …**")
    assert talks(extraction) == {("孙嘉禾", "大模型推理服务的弹性伸缩实践"), ("韩远航", "StoneKV DeltaTree 引擎设计及实现解析")}


def test_a_talk_lists_speaker_is_of_the_organisation_after_the_name_not_of_a_nickname(extract):
    # "NAME @ ORG", "NAME (ORG)" give the speaker's organisation; "NAME(花名)" and "NAME（Latin name）" none
    extraction = extract("talks-lists-any-layout.md", ["authors", "persons", "organizations", "roles", "talks"])
    assert {("韩明远", None, "青禾科技"), ("罗远", None, "北辰云"), ("庄晓丹", None, "淘宝")} <= memberships(extraction)
    assert not {"执远", "Jamie Cheng"} & texts(extraction, ORGANIZATION)


def test_a_heading_that_structures_the_article_or_a_speakers_organisation_is_no_talk(extract):
    """"### 背景" over "对谈嘉宾：…", "### 演讲内容", "主讲人：NAME - ORG", a part of the article by its
    subject ("## 技术") or a kind of talk ("#### 主题演讲"): none names a talk."""
    titles = {title for _, title in talks(extract("talks-generic-headings.md", EXTRACTORS))}
    assert titles and not titles & {"背景", "后记", "演讲内容", "青禾数据实验室", "技术", "主题演讲"}


def test_guests_named_in_a_sentence_are_no_speakers_label(extract):
    # "来自…的嘉宾" in prose labels no speakers: the article's own heading (a forum's, a panel word
    # in it) is no talk of the people its paragraphs name; "NAME以[《X》](…)为题": a linked title
    extraction = extract("talks-guests-in-prose.md", EXTRACTORS)
    assert talks(extraction) == {("李远舟", "StoneKV 的存储引擎演进"), ("宋一鸣", "StoneKV 在静态编译下的探针")}


def test_bold_lines_over_a_carded_presenter_are_a_recaps_talks(extract):
    # "**TITLE**" alone on its line, then (after an abstract) "ORG TITLE NAME 介绍了…": the talk;
    # the host's opening words and a conversation's points ("* **要点**：某某解释了…") are none
    extraction = extract("talks-bold-lines.md", EXTRACTORS)
    # … or, after the abstract, the name alone on its line over its card (a card in bold names no talk)
    assert talks(extraction) == {("李远舟", "StoneKV 在边缘计算中的实践"), ("王远东", "日志系统的演进与思考"),
                                 ("赵远明", "存储引擎的零拷贝之路")}
    assert_spans(extraction)


def test_a_course_table_s_time_column_is_no_title_and_a_cell_s_break_parts_name_and_card(extract):
    # "| 课程时间 | 课程内容 | 讲师 |": the time is when, the content the talk; "NAME </br>CARD" (a
    # closing break, as browsers read it) is the name, then the card
    extraction = extract("talks-course-table.md", ["persons", "organizations", "roles", "talks"])
    assert talks(extraction) == {("韩远航", "StoneKV 全链路开源体系"), ("李远舟", "Nimbus 微调实战")}
    assert memberships(extraction) == {("韩远航", "青年科学家", "上海人工智能实验室"), ("李远舟", "贡献者", "Nimbus 社区")}
    assert_spans(extraction)


def test_one_listed_talk_under_each_of_several_events_is_a_programme(extract):
    # "* TITLE - NAME@ORG" alone under each of three events' headings: the page's programme
    extraction = extract("talks-one-item-per-event.md", ["persons", "organizations", "roles", "talks"])
    assert talks(extraction) == {("韩远航", "StoneKV 管理平台"), ("李远舟", "Nimbus 从入门到不放弃"),
                                 ("王晓东", "前端工程化实践")}
    assert memberships(extraction) == {("韩远航", None, "北辰云"), ("李远舟", None, "白鹭网"), ("王晓东", None, "星河科技")}


def test_a_title_s_first_nested_item_is_its_speaker_s_card(extract):
    # "- TITLE" over "+ NAME, CARD" (or "+ NAME ~ CARD"): a programme's list; a recording's label is no title
    extraction = extract("talks-nested-speakers.md", EXTRACTORS)
    assert talks(extraction) == {("韩远航", "使用 StoneKV 进行人流量分析"), ("李远舟", "基于 Python 构建 DevOps 体系")}


def test_an_escaped_list_item_with_a_handle_and_a_name_gives_a_talk(extract):
    # "\- 2.3 TITLE - Handle (NAME)": an item written with its dash escaped, its section's number no
    # part of the title, the speaker the name in brackets after a handle
    extraction = extract("talks-escaped-items.md", EXTRACTORS)
    assert talks(extraction) == {("韩远航", "H5 视频直播那些事"), ("李远舟", "3D 引擎架构设计"),
                                 ("王晓东", "使用 StoneKV 构建流式应用")}
