"""Cross-document resolution: folding, variant characters, event editions, the gazetteer,
and document-level completion of organisations."""
from __future__ import annotations

from graphkit.ingest import parse_document
from graphkit.model import EVENT, ORGANIZATION, PERSON, Extraction, Mention
from graphkit.resolve import document, gazetteer, identity, resolve
from graphkit.resolve.normalize import fold, fold_event, variant_of


def doc(body: str, path: str = "a.md", date: str = "2024-03-01"):
    return parse_document(f"---\ntitle: 测试\ndate: {date}\n---\n{body}".encode(), path)


def mention(kind: str, text: str, body: str, confidence: float = 0.9, extractor: str = "test") -> Mention:
    start = body.index(text)
    return Mention(kind, text, start, start + len(text), extractor, confidence)


def test_fold_merges_traditional_spacing_and_case() -> None:
    assert fold("華東師範大學") == fold("华东师范大学")
    assert fold("星河数据 TVP") == fold("星河数据TVP")
    assert fold("Alice  WONG") == "alice wong"


def test_variant_character_merges_only_rare_against_common() -> None:
    assert variant_of("青寕信安", "青宁信安")
    assert not variant_of("南京银行", "北京银行")
    assert not variant_of("青宁信安", "青寕信安")  # the common spelling is never the variant


def test_variant_spellings_resolve_to_one_entity_with_both_names() -> None:
    a, b = doc("青宁信安的产品。"), doc("青寕信安的产品。", "b.md")
    resolution = resolve([Extraction(a, (mention(ORGANIZATION, "青宁信安", a.prose),)),
                          Extraction(b, (mention(ORGANIZATION, "青寕信安", b.prose),))])
    entity = resolution.entity(ORGANIZATION, "青寕信安")
    assert entity is resolution.entity(ORGANIZATION, "青宁信安")
    assert entity.names == ("青宁信安", "青寕信安")


def test_series_events_fold_and_editions_stay_apart() -> None:
    assert fold_event("掘力计划系列活动第20场") == fold_event("掘力计划第 20 期")
    a, b = doc("DemoCon 大会开幕。", date="2018-05-01"), doc("DemoCon 大会开幕。", "b.md", "2023-05-01")
    ea, eb = mention(EVENT, "DemoCon 大会", a.prose), mention(EVENT, "DemoCon 大会", b.prose)
    assert identity(ea, a) != identity(eb, b)
    resolution = resolve([Extraction(a, (ea,)), Extraction(b, (eb,))])
    assert resolution.entity_of(ea, a) is not resolution.entity_of(eb, b)


def test_gazetteer_finds_an_organisation_learnt_in_another_article() -> None:
    a = doc("林晓峰，星河数据科技有限公司首席架构师。")
    b = doc("他后来加入了星河数据科技有限公司，负责平台。", "b.md")
    learnt = gazetteer.learn([Extraction(a, (mention(ORGANIZATION, "星河数据科技有限公司", a.prose),))])
    found = gazetteer.apply(Extraction(b), learnt, gazetteer.compile_names(learnt))
    assert [(m.kind, m.text, m.extractor) for m in found.mentions] == [
        (ORGANIZATION, "星河数据科技有限公司", "gazetteer")]
    assert b.body[found.mentions[0].start:found.mentions[0].end] == "星河数据科技有限公司"


def test_gazetteer_finds_no_name_inside_a_longer_word() -> None:
    # "青禾社" learnt; "青禾社区" is a community (社区 ends the name), "北辰数科" begins no word
    a = doc("韩远航，青禾社理事，北辰数科高级工程师。")
    b = doc("青禾社区的成员来自北辰数科。", "b.md")
    learnt = gazetteer.learn([Extraction(a, (mention(ORGANIZATION, "青禾社", a.prose),
                                             mention(ORGANIZATION, "北辰数科", a.prose)))])
    found = gazetteer.apply(Extraction(b), learnt, gazetteer.compile_names(learnt))
    assert [m.text for m in found.mentions] == ["北辰数科"]


def test_gazetteer_leaves_out_bare_latin_words_and_low_confidence_names() -> None:
    a = doc("我们使用 Nimbus 和云栖实验室的工具，走向云原生。")
    learnt = gazetteer.learn([Extraction(a, (mention(ORGANIZATION, "Nimbus", a.prose),
                                             mention(ORGANIZATION, "云栖实验室", a.prose, confidence=0.5),
                                             # a domain read once as an organisation is learnt as none
                                             mention(ORGANIZATION, "云原生", a.prose)))])
    assert learnt == {}


def test_gazetteer_learns_a_two_character_name_only_where_two_articles_give_it_a_title() -> None:
    a, b = doc("北辰云架构师温青发表了演讲，专家白鹭也来了。"), doc("青禾科技专家温青也来了，专家白鹭也在。", "b.md")
    c = doc("北辰云专家邹远发布了新版本，白鹭的团队也来了。", "c.md")
    learnt = gazetteer.learn([Extraction(a, (mention(PERSON, "温青", a.prose), mention(PERSON, "白鹭", a.prose))),
                              Extraction(b, (mention(PERSON, "温青", b.prose), mention(PERSON, "白鹭", b.prose))),
                              Extraction(c, (mention(PERSON, "邹远", c.prose),
                                             mention(ORGANIZATION, "白鹭", c.prose, confidence=0.6)))])
    # 邹远 is introduced in one article only; 白鹭 is also called an organisation
    assert learnt == {"温青": PERSON}
    later = doc("我和温青聊了聊。", "d.md")
    found = gazetteer.apply(Extraction(later), learnt, gazetteer.compile_names(learnt))
    assert [(m.kind, m.text) for m in found.mentions] == [(PERSON, "温青")]


def test_gazetteer_drops_a_person_cut_out_of_an_organisation_name() -> None:
    b = doc("星河数据科技有限公司发布了新版本。")
    person = Mention(PERSON, "星河数", 0, 3, "persons", 0.7)
    learnt = {"星河数据科技有限公司": ORGANIZATION}
    found = gazetteer.apply(Extraction(b, (person,)), learnt, gazetteer.compile_names(learnt))
    assert [m.text for m in found.mentions] == ["星河数据科技有限公司"]


def test_gazetteer_cuts_words_of_the_sentence_off_a_learnt_name_but_not_a_place() -> None:
    b = doc("类似星河集团这样的公司，和北京星河集团不同。")
    found_by_suffix = (mention(ORGANIZATION, "类似星河集团", b.prose, 0.7), mention(ORGANIZATION, "北京星河集团", b.prose, 0.7))
    learnt = {"星河集团": ORGANIZATION}
    found = gazetteer.apply(Extraction(b, found_by_suffix), learnt, gazetteer.compile_names(learnt))
    assert sorted((m.text, b.body[m.start:m.end]) for m in found.mentions) == [
        ("北京星河集团", "北京星河集团"), ("星河集团", "星河集团")]


def test_coordination_with_a_known_organisation_names_its_siblings() -> None:
    d = doc("SOFAStack 被更多金融机构使用，如青禾基金、云栖互信、南湖银行、PayNow 等金融机构。")
    known = mention(ORGANIZATION, "南湖银行", d.prose)
    completed = document.complete(Extraction(d, (known,)))
    assert sorted(m.text for m in completed.mentions) == ["PayNow", "云栖互信", "南湖银行", "青禾基金"]
    assert all(d.body[m.start:m.end] == m.text for m in completed.mentions)


def test_coordination_leaves_the_work_verb_after_the_last_item() -> None:
    # "曾在A、B、C任职": the employers, not "C任职"
    d = doc("他曾在青禾财富、大智慧、北辰购物任职，经验丰富。")
    known = mention(ORGANIZATION, "青禾财富", d.prose)
    completed = document.complete(Extraction(d, (known,)))
    assert sorted(m.text for m in completed.mentions) == ["北辰购物", "大智慧", "青禾财富"]


def test_coordination_does_not_part_a_name_at_its_own_joining_character() -> None:
    # "青禾市经济和信息化局" is one office, listed with another
    d = doc("本次活动的指导单位：青禾开源基金会、青禾市经济和信息化局。")
    known = mention(ORGANIZATION, "青禾开源基金会", d.prose)
    completed = document.complete(Extraction(d, (known,)))
    assert sorted(m.text for m in completed.mentions) == ["青禾市经济和信息化局", "青禾开源基金会"]


def test_coordination_of_a_pair_needs_a_name_not_a_word() -> None:
    d = doc("## 星河与开源\n\n合作方是星河与北辰云科技。")
    first = d.prose.index("星河")
    second = d.prose.index("星河", first + 1)
    known = (Mention(ORGANIZATION, "星河", first, first + 2, "test"), Mention(ORGANIZATION, "星河", second, second + 2, "test"))
    completed = document.complete(Extraction(d, known))
    assert sorted({m.text for m in completed.mentions}) == ["北辰云科技", "星河"]


def test_the_last_item_of_a_list_ends_where_the_predicate_starts() -> None:
    d = doc("我们会考虑跟 Apache 基金会、OpenLake 进行直接接触。作者：吴青，StoneKV 以及 StoneMQ 开源负责人。")
    known = (mention(ORGANIZATION, "Apache 基金会", d.prose), mention(ORGANIZATION, "StoneMQ", d.prose))
    completed = document.complete(Extraction(d, known))
    # a verb after a Latin name ends the list; a title after it is no predicate to cut off
    assert sorted({m.text for m in completed.mentions}) == ["Apache 基金会", "OpenLake", "StoneMQ"]
    assert all(d.body[m.start:m.end] == m.text for m in completed.mentions)


def test_the_last_item_of_a_list_ends_after_its_suffix_where_a_verb_follows() -> None:
    d = doc("这套系统由星河集团与南湖银行共同打造出来。")
    completed = document.complete(Extraction(d, (mention(ORGANIZATION, "星河集团", d.prose),)))
    assert sorted({m.text for m in completed.mentions}) == ["南湖银行", "星河集团"]


def test_shared_brand_is_an_organisation_where_it_stands_alone() -> None:
    d = doc("青禾云与青禾智慧零售合作多年，青禾 to B 业务增长很快。")
    mentions = (mention(ORGANIZATION, "青禾云", d.prose), mention(ORGANIZATION, "青禾智慧零售", d.prose))
    completed = document.complete(Extraction(d, mentions))
    brand = [m for m in completed.mentions if m.text == "青禾"]
    assert [(m.start, m.extractor) for m in brand] == [(d.prose.index("青禾 to B"), "coordination")]


def test_a_common_word_two_organisations_open_with_is_no_brand() -> None:
    # 开源中国 and 开源社 share 开源, a word ("立足开源"), not a company's name
    d = doc("开源中国与开源社联合主办，社区立足开源，分享技术资讯。")
    mentions = (mention(ORGANIZATION, "开源中国", d.prose), mention(ORGANIZATION, "开源社", d.prose))
    completed = document.complete(Extraction(d, mentions))
    assert sorted(m.text for m in completed.mentions) == ["开源中国", "开源社"]


def test_a_shared_brand_never_named_alone_is_cited_where_first_named() -> None:
    d = doc("来自青禾云、青禾蓝鲸和 Nimbus Tanzu Labs、Nimbus Tanzu 的嘉宾。")
    mentions = tuple(mention(ORGANIZATION, n, d.prose) for n in ("青禾云", "青禾蓝鲸", "Nimbus Tanzu Labs", "Nimbus Tanzu"))
    completed = document.complete(Extraction(d, mentions))
    brands = sorted((m.text, m.start) for m in completed.mentions if m.text in ("青禾", "Nimbus"))
    assert brands == [("Nimbus", d.prose.index("Nimbus")), ("青禾", d.prose.index("青禾云"))]


def test_a_short_form_dropping_a_middle_word_resolves_to_the_long_form() -> None:
    d = doc("Nimbus 开源软件基金会成立于 2020 年。温明是 Nimbus 基金会 member。")
    long = mention(ORGANIZATION, "Nimbus 开源软件基金会", d.prose)
    short = mention(ORGANIZATION, "Nimbus 基金会", d.prose)
    completed = document.complete(Extraction(d, (long, short)))
    resolution = resolve([completed])
    entity = resolution.entity(ORGANIZATION, "Nimbus 基金会")   # the short form's own key
    assert entity is resolution.entity(ORGANIZATION, "Nimbus 开源软件基金会")
    assert entity.names == ("Nimbus 基金会", "Nimbus 开源软件基金会")


def test_a_place_and_a_kind_name_an_organisation_of_their_own() -> None:
    # "杭州大学" drops no middle word of "杭州理工大学": a place, then the kind, is a name in itself
    d = doc("温明来自杭州理工大学，宋一川来自杭州大学。")
    names = ("杭州理工大学", "杭州大学")
    resolution = resolve([document.complete(Extraction(d, tuple(mention(ORGANIZATION, n, d.prose) for n in names)))])
    assert resolution.entity(ORGANIZATION, "杭州大学") is not resolution.entity(ORGANIZATION, "杭州理工大学")


def test_an_organisation_s_latin_name_resolves_to_its_chinese_name_across_documents() -> None:
    # the pairs come from CC-CEDICT (Siemens) and the hand-written list (Intel)
    a, b = doc("温明曾在 Siemens 和英特尔工作。"), doc("宋一川来自西门子，此前在 INTEL。", "b.md")
    resolution = resolve([document.complete(Extraction(a, (mention(ORGANIZATION, "Siemens", a.prose),
                                                           mention(ORGANIZATION, "英特尔", a.prose)))),
                          document.complete(Extraction(b, (mention(ORGANIZATION, "西门子", b.prose),
                                                           mention(ORGANIZATION, "INTEL", b.prose))))])
    assert resolution.entity(ORGANIZATION, "Siemens") is resolution.entity(ORGANIZATION, "西门子")
    assert resolution.entity(ORGANIZATION, "西门子").names == ("Siemens", "西门子")
    assert resolution.entity(ORGANIZATION, "英特尔").names == ("INTEL", "英特尔")
    assert len(resolution.unique()) == 2


def test_a_project_body_named_without_its_project_is_the_project_s() -> None:
    d = doc("Nimbus TOC 和 Nimbus 指导委员会都来了。TOC 成员韩远航与指导委员会成员宋一川发言，SIG 也在。"
            "Nimbus SIG 与 StoneKV SIG 的成员同台。")
    names = ("Nimbus TOC", "Nimbus 指导委员会", "Nimbus SIG", "StoneKV SIG")
    mentions = tuple(mention(ORGANIZATION, n, d.prose) for n in names)
    toc_at, board_at, sig_at = d.prose.index("TOC 成员"), d.prose.index("指导委员会成员"), d.prose.index("SIG 也")
    mentions += (Mention(ORGANIZATION, "TOC", toc_at, toc_at + 3, "test", 0.9),
                 Mention(ORGANIZATION, "指导委员会", board_at, board_at + 5, "test", 0.9),
                 Mention(ORGANIZATION, "SIG", sig_at, sig_at + 3, "test", 0.9))
    resolution = resolve([document.complete(Extraction(d, mentions))])
    assert resolution.entity(ORGANIZATION, "TOC") is resolution.entity(ORGANIZATION, "Nimbus TOC")
    assert resolution.entity(ORGANIZATION, "指导委员会") is resolution.entity(ORGANIZATION, "Nimbus 指导委员会")
    # two projects' bodies of that name: whose is not said
    assert resolution.entity(ORGANIZATION, "SIG") is not resolution.entity(ORGANIZATION, "Nimbus SIG")


def test_a_national_name_without_its_leading_china_is_the_same_organisation() -> None:
    d = doc("中国星河银行的网点遍布全国。星河银行率先上线了新系统，中国科学院和科学院不同。")
    mentions = tuple(mention(ORGANIZATION, n, d.prose) for n in ("中国星河银行", "星河银行", "中国科学院", "科学院"))
    resolution = resolve([document.complete(Extraction(d, mentions))])
    assert resolution.entity(ORGANIZATION, "星河银行") is resolution.entity(ORGANIZATION, "中国星河银行")
    # a bare suffix word is no name to shorten to
    assert resolution.entity(ORGANIZATION, "科学院") is not resolution.entity(ORGANIZATION, "中国科学院")


def test_the_team_of_an_organisation_named_alone_is_the_organisation() -> None:
    d = doc("2016 年的 StoneDB 只有 35 人，到现在 StoneDB 团队有 91 人。RocksDB 团队也来了。")
    mentions = tuple(mention(ORGANIZATION, n, d.prose) for n in ("StoneDB", "StoneDB 团队", "RocksDB 团队"))
    resolution = resolve([document.complete(Extraction(d, mentions))])
    assert resolution.entity(ORGANIZATION, "StoneDB 团队") is resolution.entity(ORGANIZATION, "StoneDB")
    # a team whose head the article names nowhere alone stays what it is
    assert resolution.entity(ORGANIZATION, "RocksDB 团队").names == ("RocksDB 团队",)


def test_a_name_given_as_another_s_is_that_one_s_in_the_byline_too() -> None:
    d = doc("靳文祥（花名贾岛），北辰云高级技术专家。")
    byline = Mention(PERSON, "贾岛", -1, -1, "authors", 0.9, field="author")
    name = mention(PERSON, "靳文祥", d.prose)
    alias = Mention(PERSON, "贾岛", d.prose.index("贾岛"), d.prose.index("贾岛") + 2, "persons", 0.8,
                    attrs=(("alias_of", "靳文祥"),))
    resolution = resolve([document.complete(Extraction(d, (byline, name, alias)))])
    assert resolution.entity(PERSON, "贾岛") is resolution.entity(PERSON, "靳文祥")
    assert resolution.entity(PERSON, "靳文祥").names == ("贾岛", "靳文祥")


def test_a_project_byline_is_the_project_s_community_and_communities_show_no_brand() -> None:
    d = doc("StoneKV 社区和 StoneKV 开源社区都在成长，StoneKV 也发布了新版本。")
    byline = Mention(ORGANIZATION, "StoneKV", -1, -1, "authors", 0.9, field="author")
    found = (byline, mention(ORGANIZATION, "StoneKV 社区", d.prose), mention(ORGANIZATION, "StoneKV 开源社区", d.prose))
    completed = document.complete(Extraction(d, found))
    # no brand "StoneKV" taken from the two communities: it names the project
    assert sorted(m.text for m in completed.mentions) == ["StoneKV", "StoneKV 开源社区", "StoneKV 社区"]
    resolution = resolve([completed])
    assert resolution.entity(ORGANIZATION, "StoneKV") is resolution.entity(ORGANIZATION, "StoneKV 社区")


def test_a_short_or_latin_name_in_brackets_is_the_organisation_s_other_name() -> None:
    d = doc("北辰云数据科技有限公司（简称“北辰数据”）与上海青禾网络科技有限公司(StoneCloud)签约，"
            "北辰数据的工程师出席。青禾科技（杭州）有限公司也来了，白鹭研究院（2019）不在此列。")
    names = ("北辰云数据科技有限公司", "北辰数据", "上海青禾网络科技有限公司", "青禾科技（杭州）有限公司", "白鹭研究院")
    mentions = tuple(mention(ORGANIZATION, n, d.prose) for n in names)
    resolution = resolve([document.complete(Extraction(d, mentions))])
    # a labelled short name, found by an extractor already
    assert resolution.entity(ORGANIZATION, "北辰数据") is resolution.entity(ORGANIZATION, "北辰云数据科技有限公司")
    # a Latin name in brackets, found by no extractor
    assert resolution.entity(ORGANIZATION, "StoneCloud") is resolution.entity(ORGANIZATION, "上海青禾网络科技有限公司")
    # a city or a year in brackets names no organisation
    assert resolution.entity(ORGANIZATION, "杭州") is None and resolution.entity(ORGANIZATION, "2019") is None


def test_a_latin_name_glossed_in_chinese_is_the_same_organisation() -> None:
    d = doc("Nimbus（北辰云计算科技）的工程师与 Cloud Native Quill Foundation（青禾原生基金会）的成员出席。")
    mentions = tuple(mention(ORGANIZATION, n, d.prose) for n in ("北辰云计算科技", "青禾原生基金会"))
    resolution = resolve([document.complete(Extraction(d, mentions))])
    assert resolution.entity(ORGANIZATION, "Nimbus") is resolution.entity(ORGANIZATION, "北辰云计算科技")
    # the whole Latin name, not its last words
    assert resolution.entity(ORGANIZATION, "Cloud Native Quill Foundation") is resolution.entity(ORGANIZATION, "青禾原生基金会")
    assert resolution.entity(ORGANIZATION, "Native Quill Foundation") is None


def test_coordination_closed_by_media_names_outlets() -> None:
    d = doc("青禾日报、北辰网、星河社等新闻媒体报道了这次大会。")
    known = mention(ORGANIZATION, "青禾日报", d.prose)
    completed = document.complete(Extraction(d, (known,)))
    assert sorted(m.text for m in completed.mentions) == ["北辰网", "星河社", "青禾日报"]
