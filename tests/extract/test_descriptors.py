"""graphkit/extract/descriptors.py: reading a person's descriptor into (organisation, role)."""
from __future__ import annotations

import pytest

from graphkit.extract.descriptors import Affiliation, clean_organization, left_cut, list_head, parse_descriptor, \
    split_roles, split_title, split_unit


@pytest.mark.parametrize("text, expected", [
    ("北辰云 CTO", ("北辰云", "CTO")),
    ("青禾科技区域解决方案总经理", ("青禾科技", "区域解决方案总经理")),
    ("青禾科技合伙人&CTO", ("青禾科技", "合伙人&CTO")),
    ("云栖实验室研究员", ("云栖实验室", "研究员")),
    ("Example Labs Product Manager", ("Example Labs", "Product Manager")),
    ("首席架构师", ("", "首席架构师")),
    # a supervisor of master's students, a rotating chair: titles whole
    ("硕士生导师", ("", "硕士生导师")),
    ("PFCC 轮值主席", ("PFCC", "轮值主席")),
    # a Latin title's rank or reach, and domains joined by &, are the title's
    ("Nimbus Regional Director", ("Nimbus", "Regional Director")),
    ("Nimbus Vice President", ("Nimbus", "Vice President")),
    ("Nimbus Data&AI 解决方案架构师", ("Nimbus", "Data&AI 解决方案架构师")),
    # an organiser, an editor-in-chief: titles in English too
    ("StoneCafé Organizer", ("StoneCafé", "Organizer")),
    ("Executive Editor-in-Chief of Nimbus Weekly", ("Nimbus Weekly", "Executive Editor-in-Chief")),
    # a founder or chief officer has no field: the word before is the company's
    ("青禾技术创始人", ("青禾技术", "创始人")),
    ("北辰数据 CEO", ("北辰数据", "CEO")),
    ("青禾科技大中华区董事长", ("青禾科技", "大中华区董事长")),
    ("青禾科技技术总监", ("青禾科技", "技术总监")),
    # a capitalised word between a Latin name and Han titles ends the name; an acronym-like word does not
    ("Nimbus Systems 大中华区技术总监", ("Nimbus Systems", "大中华区技术总监")),
    ("StoneKV Cloud 机器学习专家", ("StoneKV Cloud", "机器学习专家")),
    ("Nimbus DevOps 架构师", ("Nimbus", "DevOps 架构师")),
    ("Nimbus Cloud Architect", ("Nimbus", "Cloud Architect")),
    # a developer named by the part of the system one builds
    ("青禾科技后台开发", ("青禾科技", "后台开发")),
    ("StoneKV 核心开发", ("StoneKV", "核心开发")),
])
def test_split_title_separates_the_title_from_what_precedes_it(text, expected):
    assert split_title(text) == expected


@pytest.mark.parametrize("text", ["没有头衔的一句话", "星河数据科技有限公司", "Nimbus Team Leader"])
def test_split_title_is_none_without_a_title_head(text):
    # "Leader" is no title of its own and "der" must not be read inside it
    assert split_title(text) is None


def test_split_title_keeps_a_modifier_word_before_a_spaced_latin_title_in_the_organisation():
    assert split_title("星河数据 CTO") == ("星河数据", "CTO")


@pytest.mark.parametrize("text, expected", [
    ("StoneKV 工程效率负责人", ("StoneKV", "工程效率负责人")),  # words after a space, no suffix: the title's domain
    ("Nimbus 互联网云平台分布式文件存储技术负责人", ("Nimbus", "互联网云平台分布式文件存储技术负责人")),
    ("StoneKV 中国技术团队负责人", ("StoneKV 中国技术团队", "负责人")),  # a unit stays the organisation
    ("StoneKV 中国 技术总监", ("StoneKV 中国", "技术总监")),  # so does a place
    ("Nimbus 软件基金会正式会员", ("Nimbus 软件基金会", "正式会员")),  # 正式 modifies the title
    ("Nimbus 另一位创始人", ("Nimbus 另一位", "创始人")),  # a quantifier is cleaned off later, not a title
])
def test_split_title_gives_spaced_words_without_a_suffix_to_the_title(text, expected):
    assert split_title(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青禾资深技术总监、边缘计算负责人", [("青禾", "资深技术总监"), ("青禾", "边缘计算负责人")]),  # a domain
    ("星河动力助理副总裁", [("星河动力", "助理副总裁")]),  # a rank
    ("星河售前工程师", [("星河", "售前工程师")]),
    ("北辰汽车战略新业务数字系统架构师", [("北辰汽车", "战略新业务数字系统架构师")]),
    ("青禾游戏研发总监", [("青禾游戏", "研发总监")]),  # a word that ends a two-character brand's name
    ("— 星河智能CEO", [("星河智能", "CEO")]),  # … after a card's dash
    ("软件工程师，Nimbus", [("Nimbus", "软件工程师")]),  # a title, then a Latin company after the comma
    ("开发者倡导者，Stone Labs", [("Stone Labs", "开发者倡导者")]),
    ("架构师，负责 Nimbus", [(None, "架构师")]),  # what one does names no company
    ("StoneKV PMC成员", [(None, "StoneKV PMC成员")]),  # a project's committee title, unspaced too: no organisation
    ("StoneKV 提交者，青禾云高级研发工程师", [(None, "StoneKV 提交者"), ("青禾云", "高级研发工程师")]),  # Committer in Chinese
    ("历任北辰云副总裁、青禾云副总裁", [("北辰云", "副总裁"), ("青禾云", "副总裁")]),  # a career's lead word
    # now and formerly ("现", "原"), a link's blanked address before 的
    ("现北辰漫画" + " " * 24 + "的 CTO 和原青禾百科" + " " * 20 + "的联合创始人",
     [("北辰漫画", "CTO"), ("青禾百科", "联合创始人")]),
    ("现代汽车工程师", [("现代汽车", "工程师")]),  # but 现代 is a word
    # "来自 ORG 的 LATIN TITLE": the Latin word is the title's domain, not a second organisation
    ("来自青禾科技的 Nimbus 技术负责人", [("青禾科技", "Nimbus 技术负责人")]),
    ("「北辰播客网络」创始人", [("北辰播客网络", "创始人")]),  # a name set apart in corner brackets
])
def test_parse_descriptor_reads_domains_and_ranks_into_the_title(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


def test_split_roles_splits_two_titles_joined_by_ampersand():
    assert split_roles("联合创始人&CTO") == ["联合创始人", "CTO"]
    assert split_roles("合伙人＆首席架构师") == ["合伙人", "首席架构师"]


def test_split_roles_keeps_a_modifier_pair_whole():
    assert split_roles("开发和运维") == ["开发和运维"]


@pytest.mark.parametrize("name, expected", [
    ("星河数据研究院算法部", ("星河数据研究院算法部", "星河数据研究院")),
    ("青禾集团-智能事业部", ("青禾集团智能事业部", "青禾集团")),
    ("南湖理工大学计算机学院", ("南湖理工大学计算机学院", "南湖理工大学")),
    ("星河数据科技有限公司", ("星河数据科技有限公司", None)),
    ("北辰云", ("北辰云", None)),
    # a hyphen inside a Latin name joins no unit to a parent
    ("Nimbus-php", ("Nimbus-php", None)),
    # domain words between the parent and the unit suffix
    ("青禾基础架构中心", ("青禾基础架构中心", "青禾")),
    ("StoneKV 大数据中心", ("StoneKV 大数据中心", "StoneKV")),
    # domain words alone name no parent
    ("基础架构中心", ("基础架构中心", None)),
])
def test_split_unit_finds_the_parent_by_suffix_or_separator(name, expected):
    assert split_unit(name) == expected


def test_split_unit_prefers_a_known_parent():
    assert split_unit("北辰云平台部", ["北辰云"]) == ("北辰云平台部", "北辰云")


def test_split_unit_takes_the_nearest_parent_not_a_shorter_known_prefix():
    assert split_unit("星河数据研究院算法部", ["星河数据"]) == ("星河数据研究院算法部", "星河数据研究院")


@pytest.mark.parametrize("text, expected", [
    ("来自青禾科技的", "青禾科技"),
    ("现任青禾科技", "青禾科技"),
    ("（云栖实验室）", "云栖实验室"),
    ("StoneKV 社区的几位", "StoneKV 社区"),  # the quantifier, then the 的
    ("加入到 Nimbus 孵化器", "Nimbus 孵化器"),  # 到 after a verb
    ("创立深圳星河科技有限公司", "深圳星河科技有限公司"),  # a verb of founding
    ("头部公司青禾科技", "青禾科技"),  # a class noun before the name
    ("青禾到店事业群", "青禾到店事业群"),
    ("来自 Nimbus Flow(Incubating) 社区", "Nimbus Flow(Incubating) 社区"),  # a Latin name's qualifier
    ("StoneKV、Nimbus 等社区", ""),  # the end of a list of many
    ("青禾科技等多家公司", ""),
])
def test_clean_organization_drops_the_words_around_a_name(text, expected):
    assert clean_organization(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("杭州青禾智能", "青禾智能"),  # a company named with the city it sits in
    ("西安国家青禾数学中心", "西安国家青禾数学中心"),  # a national centre the city hosts
    ("上海北辰律师事务所", "上海北辰律师事务所"),  # a firm's registered name
])
def test_clean_organization_keeps_a_city_that_is_part_of_the_name(text, expected):
    assert clean_organization(text) == expected


def test_parse_descriptor_reads_a_title_chain():
    assert parse_descriptor("北辰云 CTO、开源中国 TVP") == [
        Affiliation("北辰云", "CTO"), Affiliation("开源中国", "TVP")]


def test_parse_descriptor_reads_two_titles_joined_by_ampersand():
    assert parse_descriptor("青禾科技合伙人&CTO") == [
        Affiliation("青禾科技", "合伙人"), Affiliation("青禾科技", "CTO")]


def test_parse_descriptor_gives_a_bare_title_the_previous_organisation():
    assert parse_descriptor("云栖实验室副总裁、首席科学家") == [
        Affiliation("云栖实验室", "副总裁"), Affiliation("云栖实验室", "首席科学家")]


@pytest.mark.parametrize("text, expected", [
    # "兼公司…": the same company again
    ("曾任青禾科技CMO兼公司高级副总裁", [Affiliation("青禾科技", "CMO"), Affiliation("青禾科技", "高级副总裁")]),
    # a trainer's rank; a technical domain names no organisation
    ("青禾教育金牌讲师", [Affiliation("青禾教育", "金牌讲师")]),
    # the event the sentence is about leads the chain, and is no organisation
    ("这次大会 Nimbus 主编", [Affiliation("Nimbus", "主编")]),
    # an organisation's acronym glossed before the title
    ("青禾开源联盟 (QOSA) 主席", [Affiliation("青禾开源联盟", "主席")]),
    # a name's first character that is also a word ("都"), before a company's suffix
    ("都禾科技创始人", [Affiliation("都禾科技", "创始人")]),
    # a community's committee: the community is its parent
    ("星河开源社区技术委员会成员", [Affiliation("星河开源社区技术委员会", "成员", "星河开源社区")]),
    ("本届峰会上青禾科技 CTO", [Affiliation("青禾科技", "CTO")]),
    ("嵌入式开发专家", [Affiliation(None, "嵌入式开发专家")]),
    # a student by year
    ("南湖理工大学大三学生", [Affiliation("南湖理工大学", "大三学生")]),
    # a community's name the title's words would take in; a generic community is the title's
    ("Nimbus 布道师、云端社区创始人", [Affiliation("Nimbus", "布道师"), Affiliation("云端社区", "创始人")]),
    ("开源社区负责人", [Affiliation(None, "开源社区负责人")]),
    ("Nimbus Ambassador", [Affiliation("Nimbus", "Ambassador")]),
    # two titles side by side, one organisation's; a Latin title's modifiers
    ("青禾科技联合创始人 CTO", [Affiliation("青禾科技", "联合创始人"), Affiliation("青禾科技", "CTO")]),
    ("Nimbus China Global Solution Architect", [Affiliation("Nimbus China", "Global Solution Architect")]),
    ("StoneKV 开源社区负责人", [Affiliation("StoneKV 开源社区", "负责人")]),  # the name as written
    ("Nimbus 基金会中国社区经理", [Affiliation("Nimbus 基金会", "中国社区经理")]),  # named whole already
    # a part of three domain words is what one does, no brand before the next title
    ("擅长服务端架构及技术体系建设，现任青禾支持业务研发部技术负责人", [Affiliation("业务研发部", "技术负责人")]),
    ("星河文档，前端工程师", [Affiliation("星河文档", "前端工程师")]),  # two words may be a brand
    # a domain word that opens with a context word ("解决|方案") is no place to cut
    ("北辰云 解决方案&架构部架构师", [Affiliation("北辰云 解决方案&架构部", "架构师", "北辰云")]),
    # a company the lexicon knows, a context word inside its name (从): no cut there
    ("云从科技中台产品中心技术总监", [Affiliation("云从科技中台产品中心", "技术总监", "云从科技")]),
])
def test_parse_descriptor_reads_the_words_of_a_profile(text, expected):
    assert parse_descriptor(text) == expected


def test_parse_descriptor_reads_a_unit_of_a_parent():
    assert parse_descriptor("星河数据研究院算法部副主任") == [
        Affiliation("星河数据研究院算法部", "副主任", "星河数据研究院")]


def test_parse_descriptor_reads_a_latin_descriptor():
    assert parse_descriptor("Example Labs Product Manager") == [Affiliation("Example Labs", "Product Manager")]


def test_parse_descriptor_drops_leading_context_words():
    assert parse_descriptor("现任青禾科技高级算法工程师") == [Affiliation("青禾科技", "高级算法工程师")]


def test_parse_descriptor_moves_words_after_a_known_organisation_into_the_role():
    assert parse_descriptor("北辰云智慧零售技术总监", ["北辰云"]) == [Affiliation("北辰云", "智慧零售技术总监")]


def test_parse_descriptor_skips_parts_without_a_title():
    assert parse_descriptor("长期从事分布式存储研究、青禾科技架构师") == [Affiliation("青禾科技", "架构师")]


def test_a_company_named_with_its_city_is_the_company_but_a_university_keeps_its_city():
    assert [(a.organization, a.role) for a in parse_descriptor("杭州星河控股工程师")] == [("星河控股", "工程师")]
    # 科技 names a company in running text, and its city is written as part of its name ("深圳某某科技")
    assert [(a.organization, a.role) for a in parse_descriptor("杭州星河科技工程师")] == [("杭州星河科技", "工程师")]
    assert [(a.organization, a.role) for a in parse_descriptor("上海南湖大学教授")] == [("上海南湖大学", "教授")]


def test_a_domain_after_a_known_organisation_is_the_title_s_though_it_ends_like_a_company():
    assert [(a.organization, a.role) for a in parse_descriptor("北辰云金融科技产品技术总监", ["北辰云"])] == [
        ("北辰云", "金融科技产品技术总监")]
    # a registered name is no domain
    assert [(a.organization, a.role) for a in parse_descriptor("星河数据科技有限公司首席架构师", ["星河数据"])] == [
        ("星河数据科技有限公司", "首席架构师")]


@pytest.mark.parametrize("text, expected", [
    # two descriptors joined by nothing: a title, then the next organisation
    ("StoneKV Maintainer北辰云软件工程师", [(None, "StoneKV Maintainer"), ("北辰云", "软件工程师")]),
    ("青禾密码库创始人北辰云高级技术专家", [("青禾密码库", "创始人"), ("北辰云", "高级技术专家")]),
    # not inside a Latin word, nor across a suffix, nor before "&"
    ("Nimbus Engineering VP", [("Nimbus", "Engineering VP")]),
    ("Nimbus 社区治理委员会核心成员", [("Nimbus 社区治理委员会", "核心成员")]),
    ("青禾科技合伙人&CTO", [("青禾科技", "合伙人"), ("青禾科技", "CTO")]),
])
def test_descriptors_joined_without_a_separator_are_split_at_the_title(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # colloquial developer titles: 核心研发, 高级开发 (but 开发 alone is no title: "Go 语言开发")
    ("北辰云分布式事务核心研发", [("北辰云", "分布式事务核心研发")]),
    ("星河科技高级开发", [("星河科技", "高级开发")]),
    ("Go 语言开发", []),
])
def test_colloquial_developer_titles(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text, ["北辰云"])] == expected


@pytest.mark.parametrize("text, expected", [
    # a project is no organisation, nor does its title take the organisation named before it
    ("StoneKV 项目 Maintainer", [(None, "StoneKV 项目 Maintainer")]),
    ("北辰云技术专家、StoneKV 项目核心开发者", [("北辰云", "技术专家"), (None, "StoneKV 项目核心开发者")]),
    ("StoneKV 开源项目创始人", [(None, "StoneKV 开源项目创始人")]),
])
def test_a_title_in_a_project_has_no_organisation(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a brand in 【】 after the company is an aside; an event's edition before a name is no part of it
    ("北辰云科技有限公司【北辰】开发工程师", [("北辰云科技有限公司", "开发工程师")]),
    ("Nimbus Webinar#1 北辰云平台架构组研发工程师", [("北辰云平台架构组", "研发工程师")]),
])
def test_asides_and_editions_around_an_organisation_are_left_out(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a Latin modifier inside a Latin name ("Nimbus7.AI") is the name's
    ("Nimbus7.AI 联合创始人、CTO", [("Nimbus7.AI", "联合创始人"), ("Nimbus7.AI", "CTO")]),
    # what one does ("负责内部容器平台的") or a verb's words ("来看看") are no organisation's name
    ("北辰云负责内部容器平台的工程师", [("北辰云", "工程师")]),
    ("负责内部容器平台的工程师", [(None, "容器平台工程师")]),
    ("来看看 StoneKV Committer", [(None, "StoneKV Committer")]),
    # a dash between a unit and its title
    ("北辰视讯建设运行中心-高级运维工程师", [("北辰视讯建设运行中心", "高级运维工程师")]),
    ("北辰视讯建设运行中心-高级应用运维工程师", [("北辰视讯建设运行中心", "高级应用运维工程师")]),
    # a title alone, then the unit it is held at ("高级研发工程师，北辰云基础架构部"); but a part after
    # a title with its own organisation is no unit of it
    ("高级研发工程师，北辰云基础架构部", [("北辰云基础架构部", "高级研发工程师")]),
    ("北辰云 CTO，青禾科技", [("北辰云", "CTO")]),
    # an organisation, then a title alone: the title is held there
    ("北辰互联网，架构师", [("北辰互联网", "架构师")]),
    # 核心 is a rank before a Latin title; 算力 a domain; places alone are no organisation
    ("StoneKV 核心 Maintainer", [(None, "StoneKV 核心 Maintainer")]),
    ("北辰找房算力平台开发工程师", [("北辰找房", "算力平台开发工程师")]),
    ("一位德国柏林的工程师", [(None, "工程师")]),
    # 智能 and 信息 end a two-character brand's name, not start the title
    ("青禾智能联合创始人兼 CTO", [("青禾智能", "联合创始人"), ("青禾智能", "CTO")]),
    ("白鹭信息研发工程师", [("白鹭信息", "研发工程师")]),
    # "&" or "&&" between an organisation and a title, or between two titles
    ("北辰游戏 & Committer", [("北辰游戏", "Committer")]),
    ("北辰数科高级DBA && PPMC", [("北辰数科", "高级DBA"), ("北辰数科", "PPMC")]),
    # a studio group is a unit of the company before it; 后台 is the title's
    ("青禾天工工作室群后台开发工程师", [("青禾天工工作室群", "后台开发工程师")]),
    # an association's branch or special committee is a unit of it, its domain words its name's
    ("南湖软件协会智能应用服务分会副主任委员", [("南湖软件协会智能应用服务分会", "副主任委员")]),
    ("南湖人工智能学会智能决策专委会委员", [("南湖人工智能学会智能决策专委会", "委员")]),
    # a field's words after an organisation ("某科技|微服务领域专家") are the title's, as they are with none
    ("青禾科技微服务领域专家", [("青禾科技", "微服务领域专家")]),
    ("云原生领域专家", [(None, "云原生领域专家")]),
])
def test_words_around_an_organisation_are_no_part_of_it(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


def test_a_term_of_office_before_a_title_is_no_organisation():
    assert [(a.organization, a.role) for a in parse_descriptor("下一任主席")] == [(None, "主席")]
    assert [(a.organization, a.role) for a in parse_descriptor("上一届理事长")] == [(None, "理事长")]


def test_words_after_a_unit_s_dash_are_the_title_s_even_with_its_company_known():
    assert [(a.organization, a.role, a.parent) for a in parse_descriptor("北辰视讯建设运行中心-高级应用运维工程师",
                                                                        ["北辰视讯"])] == [
        ("北辰视讯建设运行中心", "高级应用运维工程师", "北辰视讯")]


@pytest.mark.parametrize("text, expected", [
    ("本文介绍青禾大学", "青禾大学"),
    # "除了…以外", "带来": words before a name, never inside one
    ("除青禾大学", "青禾大学"),
    ("带来北辰镜像站联盟", "北辰镜像站联盟"),
    # an adjective that ends in a frame's character is no frame ("自由" is not "由")
    ("他曾在自由软件基金会", "自由软件基金会"),
    # a career's moves, a gift, a founding, a form of address: words before a name
    ("随后前往青禾工业大学", "青禾工业大学"),
    ("1977年考入青禾工业大学机械工程系", "青禾工业大学机械工程系"),
    ("韩某先生现任北辰集团", "北辰集团"),
    ("StoneKV正式捐赠给星河开源基金会", "星河开源基金会"),
    ("拟向教育部申报设立青禾科技大学", "青禾科技大学"),
    # "了解有关…", "新任…": words that never sit inside a name
    ("解有关指导委员会", "指导委员会"),
    ("新任委员会", "委员会"),
    # modal verbs and verbs of asking or thinking ("可以申请…", "是否曾觉得…"); an English function word
    # before a Chinese name ("by 某某基金会")
    ("大家可以申请北辰基金会", "北辰基金会"),
    ("by 青禾公民基金会", "青禾公民基金会"),
    # a verb of giving or receiving with its complement ("贡献至", "得到"); words of the sentence before
    # a name the dictionary knows, one of them no noun ("于晚间参观…"), not a place ("上海|理工大学")
    ("并贡献至星河开源基金会", "星河开源基金会"),
    ("项目得到北辰基金会", "北辰基金会"),
    ("晚间参观山东大学", "山东大学"),
    ("上海理工大学", "上海理工大学"),
])
def test_left_cut_drops_the_words_before_an_organisation(text, expected):
    from graphkit.extract.descriptors import left_cut

    assert left_cut(text) == expected


def test_parse_descriptor_splits_at_a_slash_before_the_next_organisations_chain():
    """"工程师/Nimbus 开发者专家": two chains, not one organisation "/Nimbus"; "架构师/CTO": one."""
    assert parse_descriptor("北辰云视频工程师/Nimbus 开发者专家") == [
        Affiliation("北辰云", "视频工程师"), Affiliation("Nimbus", "开发者专家")]
    assert [a.organization for a in parse_descriptor("北辰云架构师/CTO")] == ["北辰云", "北辰云"]


@pytest.mark.parametrize("text, expected", [
    # the unit covers both fields: the 与 is inside its name, after the organisation
    ("青禾科技基础架构与数据平台部总监", Affiliation("青禾科技基础架构与数据平台部", "总监", "青禾科技")),
    ("青禾科技架构及可观测性团队负责人", Affiliation("青禾科技架构及可观测性团队", "负责人", "青禾科技")),
    ("北辰大学物理与天文学院院长", Affiliation("北辰大学物理与天文学院", "院长", "北辰大学")),
])
def test_a_unit_named_for_two_fields_keeps_its_conjunction(text, expected):
    assert parse_descriptor(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("由青禾科技与白鹭研究院", "白鹭研究院"),  # the left side is an organisation of its own
    ("由北辰与白鹭研究院", "白鹭研究院"),  # no organisation before a field: two names joined
])
def test_a_conjunction_between_two_organisations_still_cuts(text, expected):
    assert left_cut(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Apache Nimbus PMC 成员", (None, "Apache Nimbus PMC 成员")),
    ("Maintainer of StoneKV", (None, "Maintainer of StoneKV")),  # the title first, as written
    ("Nimbus Labs Maintainer", ("Nimbus Labs", "Maintainer")),  # a suffix makes it an organisation
    ("StoneKV 社区 Committer", ("StoneKV 社区", "Committer")),
    ("StoneKV 架构师", ("StoneKV", "架构师")),  # no project's title: a company's
])
def test_a_project_s_title_keeps_the_project_and_names_no_organisation(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Founder & CTO of Nimbus Labs", [("Nimbus Labs", "Founder"), ("Nimbus Labs", "CTO")]),  # two titles joined
    ("Former Technical Partner at Nimbus Labs", [("Nimbus Labs", "Technical Partner")]),  # a former post, held
    ("Member of Technical Staff at Nimbus Labs", [("Nimbus Labs", "Member of Technical Staff")]),  # "at" parts, not "of"
    ("Chief Technology Officer of Nimbus Labs", [("Nimbus Labs", "Chief Technology Officer")]),
])
def test_an_english_title_before_of_or_at_gives_its_organisation(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


def test_a_latin_name_s_gloss_inside_a_chain_is_no_part_of_the_organisation_s_name():
    # "… MATS（某某服务）团队的技术专家": the brackets gloss the acronym; the unit is the whole name
    # without them
    assert [(a.organization, a.role) for a in parse_descriptor("北辰云 Webex 产品线 MATS（媒体分析服务）团队的技术专家")] == [
        ("北辰云 Webex 产品线 MATS 团队", "技术专家")]


@pytest.mark.parametrize("text, expected", [
    ("独立研究员、顾问", [(None, "独立研究员"), (None, "顾问")]),  # independent: the title's, no organisation
    ("北辰云轮值董事长", [("北辰云", "轮值董事长")]),  # a rotating chair
    # a rank opens the title, whatever follows it; a Latin name glossed in Chinese is the organisation
    ("青禾高级攻防安全工程师", [("青禾", "高级攻防安全工程师")]),
    ("Nimbus（北辰云计算科技）的CEO", [("Nimbus", "CEO")]),
    ("本次轮值主席", [(None, "轮值主席")]),  # "this time": no organisation
    ("星河移动 技术总监", [("星河移动", "技术总监")]),  # a domain word ending a name before a space
    ("白鹭数据移动平台技术总监", [("白鹭数据", "移动平台技术总监")]),
])
def test_words_of_a_title_s_kind_are_no_organisation(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("携程软件工程师", [("携程", "软件工程师")]),  # a known company, and no company "携程软件": the word is the title's
    ("网易数据工程师", [("网易", "数据工程师")]),
    ("星河软件工程师", [("星河软件", "工程师")]),  # an unknown short brand: the word ends its name
])
def test_a_known_company_s_name_does_not_take_the_title_s_domain_word(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("北辰云北辰云事业群飞天八部技术专家", [("北辰云事业群飞天八部", "技术专家")]),  # the company's name given twice
    ("青禾青禾游戏自研运维中心总监", [("青禾游戏自研运维中心", "总监")]),  # 自研 (in-house) is no 自 (from)
])
def test_a_repeated_name_and_a_domain_word_do_not_cut_the_organisation(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("连续四届北辰云MVP", [("北辰云", "MVP")]),  # a count of terms before the organisation
])
def test_a_count_of_terms_is_no_part_of_the_organisation(text, expected):
    assert [(a.organization, a.role) for a in parse_descriptor(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("其他国内大厂如星河", "星河"),  # the kind, then "如" and the first example
    ("知名企业包括青禾科技", "青禾科技"),
    ("比如有赞", "有赞"),
    ("曾任职星河", "星河"),  # a verb of employment before a list of employers
])
def test_a_list_s_first_item_is_cut_from_the_words_that_introduce_it(text, expected):
    assert list_head(text) == expected
