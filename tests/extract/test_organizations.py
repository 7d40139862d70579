"""graphkit/extract/organizations.py: organisations by suffix, in lists and by frame."""
from __future__ import annotations

import pytest

from _support import assert_spans, memberships, texts, units

from graphkit.extract.organizations import names_no_one
from graphkit.model import ORGANIZATION

CASES = [
    # "联盟链", a consortium blockchain: the suffix opens another word, no organisation's
    ("orgs-consortium-chain.md", {"青禾区块链产业联盟"}),
    # a Latin-named team with its company run into it ("华为昇思Nimbus团队"): the company the
    # dictionaries know opens the name; not a word of the sentence ("我们Quillfy团队")
    ("orgs-company-then-latin-team.md", {"StoneKV团队", "华为昇思Nimbus团队", "Quillfy团队"}),
    # well-known companies by their Latin names, one that opens in lower case ("eBay") too
    ("orgs-latin-companies.md", {"eBay", "LinkedIn", "Yandex"}),
    # a park or a building named after a company's words is an address ("某科技商务园区", "某科技园");
    # a university's campus is the university's
    ("orgs-parks-and-addresses.md", {"北辰大学"}),
    # who lends the venue: "由 ORG 提供场地", "感谢 ORG 的场地支持", a thanks list's "[ORG](…)提供场地"
    ("orgs-venue-hosts.md", {"青禾科技", "北辰云", "STONESPACE+"}),
    # a known company's cloud ("京东云"), not its product ("网易云音乐"); a verb that gives to or
    # receives from an organisation ("贡献至", "得到") and words of the sentence before a name the
    # dictionary knows ("于晚间参观山东大学") are no part of the name
    ("orgs-cloud-arms-and-sentence-words.md", {"京东云", "青禾科技", "北辰基金会", "开放原子开源基金会", "山东大学",
                                               "山东大学网络安全实验室"}),
    # the items of a sponsors', partners' or organisers' list, each a name (traditional characters
    # too); not a sentence after such a label
    # the items of a list closed by a count of communities or partners ("等 6 个社区及生态伙伴"); not
    # projects listed before "等开源社区"
    ("orgs-counted-communities.md", {"StoneKV 开发者社区", "北辰云架构师技术同盟", "云鹭教育", "Quillfy", "IFHub", "川鸿会"}),
    ("orgs-sponsor-lists.md", {"Quillfy", "Stonebeam", "MUX", "Vercelo", "青禾科技", "北辰云", "白鹭数据"}),
    # "应 ORG 邀请" (at the invitation of) and "起任 ORG 教授" (held a post from): no part of the name
    ("orgs-invited-by.md", {"白鹭大学", "北辰理工大学"}),
    # a known company of more than one Latin word, bare ("Hugging Face", "Red Hat"); not inside a
    # longer word ("Red Hatter")
    ("orgs-latin-phrases.md", {"Hugging Face", "Red Hat", "Python Software Foundation"}),
    # a project's community in a language or of a people ("StoneKV中文社区", "Nimbus 华人社区")
    ("orgs-language-communities.md", {"StoneKV中文社区", "Nimbus 华人社区"}),
    # "学会" after a modal or an adverb ("才能学会", "要学会") is the verb "to learn", no society
    ("orgs-learning-verb.md", {"青禾计算机学会"}),
    # a conjunction or a preposition read with a name ("以及某大学", "据某组委会", "经某委员会") is no part of it
    # … and 前 (former): "前某大学"
    ("orgs-leading-function-words.md", {"北辰大学", "南星大学", "星河大会组委会", "青禾省高等学校设置评议委员会", "青禾理工大学",
                                        "星河工商大学"}),
    # a kind of school ("世界一流大学", "现代大学", "八大学院"), or 大学 after a localiser or a verb, is
    # no school's name
    ("orgs-school-kinds.md", {"青禾科技大学"}),
    # a list of organisers ("由 A、B、C 联合承办"): each of them, a 和 inside a name kept ("经济和信息化局")
    ("orgs-organisers-list.md", {"星河开源基金会", "北京市经济和信息化局", "青禾经济技术开发区管理委员会", "青禾科技", "白鹭研究院"}),
    # an edition's year run into its host's name ("2019青禾大学…暑期学校") is no part of it
    ("orgs-glued-year.md", {"青禾大学"}),
    # a product named after its company names none ("腾讯会议", "Google Play"); its team does
    ("orgs-products.md", {"腾讯", "Google Chrome 团队"}),
    # no name starts with a verb of holding a post ("2016年任…联盟"), a student's year ("24级工学院"), an
    # at sign, or inside a word ("或者|基金会"); a club (俱乐部) is an organisation in running text
    # "曾任职 ORG": the verb is no part of the name
    ("talks-dot-cards.md", {"青禾大学", "青禾大学统计学院", "北辰国立嘉义大学", "北辰国立嘉义大学金融系"}),
    ("orgs-name-starts.md", {"青禾开源软件推进联盟", "白鹭开源基金会", "工学院", "北辰大学开源俱乐部", "北辰大学",
                              "IBM开放技术工程院"}),
    # a project written in lower case before its community ("stonekv 社区", "fCC 成都社区")
    # … a city before a project names its local community ("杭州 Nimbus 社区"), a country does not
    ("orgs-lowercase-community.md", {"stonekv 社区", "fCC 成都社区", "杭州 Nimbus 社区", "Nimbus 社区"}),
    # an incubator named by its foundation is an organisation; the incubator alone is none
    ("orgs-incubator.md", {"Nimbus 孵化器"}),
    # a particle before a kind of organisation ("为集团打造", "为大学提供") names none
    ("orgs-particle-kind.md", {"北辰大学"}),
    # "以 A、B、C 为代表的…公司": the names a kind of organisation is represented by, 以 no part of them
    ("orgs-represented-list.md", {"StoneCloud", "Nimbusware", "青禾科技"}),
    # "来自 A、B、C 等公司"
    ("orgs-list.md", {"星河数据", "云栖实验室", "Example Labs"}),
    # a university by its suffix, after 毕业于 / 来自
    # … a registered name with its city in brackets
    ("orgs-university.md", {"南湖理工大学", "青禾云帆(大连)咨询有限公司"}),
    ("orgs-university-before-han.md", {"南湖理工大学"}),
    # Latin names before 社区 / 团队
    # … a year before the name is no part of it ("2024 StoneKV 社区")
    # … nor "应" (at the request of) before one
    ("orgs-community.md", {"OpenLake 社区", "Apache Fluent 社区", "StoneKV 社区", "Nimbus 社区", "StoneKV 用户委员会"}),
    # … and a company's short name before it ("青禾 DBA 团队"), not a word ("项目中")
    ("orgs-latin-team.md", {"StoneKV 团队", "青禾 DBA 团队"}),
    # a unit of a Latin-named organisation, by domain words ("OPPO 大数据团队")
    ("orgs-latin-unit.md", {"StoneKV 存储引擎团队", "Nimbus 大数据事业部"}),
    # a Latin name after its kind ("创业公司 X"), the Chinese branch of a Latin name ("X 中国")
    # … but a Latin word run into a title is the title's ("公司Java开发工程师")
    ("orgs-latin-kinds.md", {"Nimbusware", "OpenLake 中国", "StoneKV 中国社区", "Lumio"}),
    # names listed before 等 and a kind of organisation, with no word to lead the list in; the
    # first cut off from the words before it; capabilities and generic kinds name none; an
    # organiser before 官方/共同 and the verb ("由 X 官方共同发起"), but no words of a sentence
    ("orgs-enumeration.md", {"北辰云", "青禾网", "Nimbusware", "StoneKV", "南湖农信", "星河银行", "OpenLake",
                             "Fluentware", "云栖", "白鹭", "北辰传媒", "Nimbus 中国", "Kestrelware",
                             # … or closed by a count ("下设 A、B、C 三个子公司"), one before the kind too
                             # ("等近 100 家优秀创业公司")
                             "白鹭音乐", "白鹭视讯", "白鹭数媒", "青岚物流", "找水网", "StoneTransfer"}),
    # companies a dictionary knows, named bare (lexicons/companies.txt, from CC-CEDICT); not inside
    # a longer word ("卡夫卡" is no 卡夫, "中视频" no 中视) nor a longer Latin name
    ("orgs-companies.md", {"西门子", "诺基亚", "Siemens"}),
    # the tech world's well-known organisations (tech_organizations.txt, merged into companies.txt),
    # named bare; not the platforms people post on (B站, 知乎), nor a name inside a longer one
    ("orgs-well-known.md", {"华为", "Netflix", "科大讯飞", "华为技术有限公司"}),
    # "还有 X 协会": 还有 leads the name, is no part of it
    ("persons-handle-then-name.md", {"青禾信安协会"}),
    # where the people of a list come from: "来自 A、B、C 的用户"
    # … joined by 和 too, of researchers as well; kinds of places and projects are no organisations
    ("orgs-from-list.md", {"星河数据", "北辰云", "青禾网", "StoneKV", "Nimbus", "南湖理工大学", "Fluentware"}),
    # a title on a line of its own names where the work was done; a setting ("容器环境") or a system
    # ("北辰云CDN系统") does not
    ("orgs-host-in-title.md", {"南湖物流", "北辰云"}),
    # a unit named right after its organisation
    ("orgs-unit-after.md", {"南湖理工大学", "南湖理工大学计算机学院"}),
    # … after a company named bare, by domain words ("某某|数据科学团队"), its word ending before the
    # next ("团队|长期", not "团|队长"); "在华为公司": the company's word after its name vouches for it
    ("orgs-company-teams.md", {"滴滴", "滴滴数据科学团队", "网易", "网易前端团队", "华为公司", "网易集团"}),
    # Latin names by their last word ("Stone Labs", "X, Inc.") or their first before "of" ("University of
    # X", "Department of Computer Science"); not across a sentence's end ("Lab. The Company"); a user
    # group ("Nimbus 用户组") is no unit of its language
    # … in an article of capitals alone: "STONE X Inc."
    ("orgs-latin-ending-capitals.md", {"STONE X Inc.", "NIMBUS Technologies"}),
    ("orgs-latin-endings.md", {"Stonewave Operations, Inc.", "Nimbus Mellon University", "Department of Computer Science",
                               "Stone Labs", "University of Nimbusland", "Nimbus 用户组"}),
    # 大公司, 这个团队, 配置中心, 注册中心 name no organisation, nor where traffic comes from
    # ("来自 B 的流量", "来自 Follower 的请求"), nor a sub-foundation; nor a known name inside
    # longer words ("联合|国内外"), an organiser that is words of a sentence ("由业务系统主动发起"),
    # a name with a date in it ("StoneKV 2023-05-08 社区会议"), fields ("来自金融、IT 等领域的"),
    # a kind of company ("一家大型跨国集团", "国内首个开源基金会", "了解国内银行": a word across its start),
    # an industry in a title ("在互金行业的实践"), a side ("北辰内部"),
    # people as organiser ("由我和同事某某维护")
    ("orgs-non-orgs.md", set()),
    # a company by its suffix in an apposition
    ("persons-apposition.md", {"星河数据科技有限公司"}),
    # 自 (since), 时 (when), 由 of 路由, 全 (the whole): words of the sentence, not of a name
    # and dates: "2019年青禾大学"; an organisation jieba knows (中国移动), found with no suffix;
    # verbs that take an organisation as object: "使得|南湖银行", "拥有|青禾理工大学"
    ("orgs-soft-function-words.md", {"星河集团", "云栖科技有限公司", "OPENX", "中国科学院自动化研究所",
                                      "中国科学院", "青禾大学", "云栖集团", "中国移动", "南湖银行", "青禾理工大学",
                                      "白鹭集团"}),  # "今年|白鹭集团"
    # 科技 ends a company's name after a name, but a field's after a word ("金融科技", "黑科技"); a media
    # outlet's name goes on after it ("MIT科技评论")
    ("orgs-tech-suffix.md", {"青禾科技", "汇量科技", "深圳白鹭科技", "MIT科技评论", "北辰科技日报"}),
    # a building named after a kind of company is an address ("上海虹口科技金融大厦")
    ("roles-latin-programme.md", {"Nimbus 基金会", "Obsidian Labs"}),
    # where someone works ("在X工作"), a name with no suffix; not a place, a word, a field or a part of
    # something; a list of acronyms closed by 等学校 (but "等维度组织" organises)
    ("orgs-worked-at.md", {"青岚盈科", "北辰微", "QHU", "BCU", "NMU"}),
    # a list closed by 等…公司: where two items read as names, the others whose only fault is a verb that
    # names their trade ("管理咨询", "文化传播") are names too
    ("lists-of-names.md", {"青岚灭火机器人", "易拍乐", "正禾文化传播", "超岚世纪", "星河管理咨询"}),
    # an English article or a heading's word before a Latin name is no part of it ("The X Foundation",
    # "### About X Foundation")
    ("roles-quote-attribution.md", {"Quill Native Foundation"}),
    # well-known companies named bare (lexicons/tech_organizations.txt, merged into companies.txt)
    ("orgs-known-companies.md", {"三星", "拼多多", "爱奇艺", "米哈游"}),
    # a word of the sentence ("联合主办") that starts a suffix ("…产业联合会") cuts nothing there
    ("orgs-federation.md", {"青禾省网信产业联合会", "北辰科技有限公司", "青禾大学", "南湖理工大学"}),
    # a kind of organisation, then the list that names them ("10余家公司…包括：A，B，C等"), commas
    # between; a list of fields ("领域包括：云计算，大数据…等") or of other things the kind has ("公司战略业务
    # 场景，包括…等"), nor one of software a client is ("客户端埋点包括 A、B、C 等") names none
    ("orgs-kind-then-list.md", {"青禾时代", "北辰", "星澜", "南湖智控", "白鹭数据"}),
]


@pytest.mark.parametrize("article, expected", CASES, ids=[c[0] for c in CASES])
def test_organisations_found_are_exactly_those_named(extract, article, expected):
    extraction = extract(article, ["organizations"])
    assert texts(extraction, ORGANIZATION) == expected
    assert {m.kind for m in extraction.mentions} <= {ORGANIZATION}
    assert_spans(extraction)


def test_a_unit_named_after_its_organisation_is_linked_to_it(extract):
    extraction = extract("orgs-unit-after.md", ["organizations"])
    assert units(extraction) == {("南湖理工大学计算机学院", "南湖理工大学")}


def test_each_list_item_is_cited_at_its_own_place(extract):
    extraction = extract("orgs-list.md", ["organizations"])
    body = extraction.document.body
    assert sorted((m.start, m.text) for m in extraction.mentions) == [
        (body.index("星河数据"), "星河数据"), (body.index("云栖实验室"), "云栖实验室"),
        (body.index("Example Labs"), "Example Labs")]


def test_a_conjunction_before_a_company_is_not_part_of_its_name(extract):
    extraction = extract("orgs-left-context-conjunction.md", ["organizations"])
    assert texts(extraction, ORGANIZATION) == {"青禾科技有限公司"}


def test_a_company_owned_by_another_is_linked_to_it(extract):
    # "由北辰传媒旗下 Nimbus 中国主办"
    assert units(extract("orgs-enumeration.md", ["organizations"])) == {("Nimbus 中国", "北辰传媒")}


def test_units_named_by_domain_words_nest_inside_their_organisation(extract):
    # a verb in it ("开展…中心", "派驻…团队") makes no unit
    extraction = extract("orgs-unit-chain.md", ["organizations"])
    assert texts(extraction, ORGANIZATION) == {"青禾集团", "青禾集团技术风险部", "青禾集团技术风险部智能监控团队",
                                               "工商银行", "星河集团"}
    assert units(extraction) == {("青禾集团技术风险部", "青禾集团"),
                                 ("青禾集团技术风险部智能监控团队", "青禾集团技术风险部")}
    assert_spans(extraction)


def test_a_unit_followed_by_a_verb_is_linked_to_its_organisation(extract):
    extraction = extract("orgs-unit-after-before-han.md", ["organizations"])
    assert texts(extraction, ORGANIZATION) == {"南湖理工大学", "南湖理工大学计算机学院"}
    assert units(extraction) == {("南湖理工大学计算机学院", "南湖理工大学")}


@pytest.mark.parametrize("name, generic", [("某互联网公司", True), ("互联网公司", True), ("大型银行", True), ("某公司", True),
                                           ("小青书", False), ("新浪", False), ("大疆", False), ("老虎证券", False)])
def test_a_kind_of_organisation_names_no_one_but_a_brand_that_starts_like_one_does(name, generic):
    assert names_no_one(name) is generic


def test_a_title_a_degree_or_a_rank_is_no_organisation(extract):
    # "某RPA公司CTO": a title after 公司, no Latin company's name; "学士、硕士" degrees
    extraction = extract("roles-no-organisation-words.md", ["organizations"])
    assert {"青禾大学", "青禾大学计算机系"} <= texts(extraction, ORGANIZATION)
    assert not texts(extraction, ORGANIZATION) & {"CTO", "硕士", "学士", "Mentor", "mentor", "本题目"}


def test_a_name_the_dictionary_knows_is_not_cut_at_a_word_inside_it(extract):
    # 首都 and 联合 start names elsewhere ("首都北京", "联合主办"); jieba's dictionary knows these whole
    extraction = extract("orgs-kinds-and-dictionary-names.md", ["organizations", "persons", "roles"])
    assert {"首都师范大学", "首都师范大学交叉科学研究院", "联合国儿童基金会"} <= texts(extraction, ORGANIZATION)
    assert not texts(extraction, ORGANIZATION) & {"师范大学", "师范大学交叉科学研究院", "国儿童基金会"}
    assert ("韩远航", "院长", "首都师范大学交叉科学研究院") in memberships(extraction)


def test_words_saying_what_kind_or_how_many_name_no_organisation(extract):
    extraction = extract("orgs-kinds-and-dictionary-names.md", ["organizations"])
    assert "青禾集团" in texts(extraction, ORGANIZATION)
    assert not texts(extraction, ORGANIZATION) & {"综合型集团", "11个集团", "显著提升集团", "三家银行", "平台型公司"}


def test_a_local_governments_bodies_are_named_from_their_place(extract):
    extraction = extract("orgs-government-bodies.md", ["organizations"])
    assert {"湖南省科技厅", "长沙市科协", "北京市经济和信息化局", "北京市通信管理局"} <= texts(extraction, ORGANIZATION)
    assert not any("格局" in name for name in texts(extraction, ORGANIZATION))


def test_a_list_of_entrepreneurs_is_no_list_of_companies_and_an_invitation_no_name(extract):
    extraction = extract("roles-listed-entrepreneurs.md", ["organizations"])
    assert "星河区电子商务协会" in texts(extraction, ORGANIZATION)
    assert not any("COO" in name or "CTO" in name or name.startswith("邀请") for name in texts(extraction, ORGANIZATION))


def test_like_and_at_first_are_no_part_of_a_name(extract):
    # "像星河银行、…": an example's lead; "当初集团内": when, then the group the article is about
    extraction = extract("orgs-leads-and-majors.md", ["organizations"])
    assert {"星河银行", "白鹭银行"} <= texts(extraction, ORGANIZATION)
    assert not texts(extraction, ORGANIZATION) & {"像星河银行", "当初集团"}
