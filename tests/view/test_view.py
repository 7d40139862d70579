"""The networkx view: exact nodes and edges on the sample, options, focus and reduction."""
from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from graphkit.errors import ViewError
from graphkit.rdf.vocab import GK, ORG, RDF, RDFS, SCHEMA, SKOS
from graphkit.view import KINDS, neighbourhood, reduce_view, to_networkx

ID = "https://w3id.org/graphkit/id/"


@pytest.fixture(scope="module")
def view(sample_build):
    return to_networkx(sample_build.all_quads())


def labelled(view: nx.MultiDiGraph, relation: str) -> set[tuple[str, str]]:
    return {(view.nodes[u]["label"], view.nodes[v]["label"])
            for u, v, r in view.edges(data="relation") if r == relation}


def test_sample_has_every_kind_and_ids_are_iris(view):
    assert {kind for _, kind in view.nodes(data="kind")} == set(KINDS)
    assert all(node.startswith(ID) for node in view)


def test_membership_becomes_a_person_to_organization_edge_labelled_with_the_role(view):
    assert labelled(view, "CIO") == {("苏王辉", "泸州老窖")}
    assert ("田超", "腾讯云云产品四部") in labelled(view, "总经理")
    assert ("周傲英", "华东师范大学") in labelled(view, "副校长")
    edge = view.edges[ID + "person/苏王辉", ID + "organization/泸州老窖", "role:CIO"]
    assert edge["evidence"] == [("tvp-luzhou-laojiao.md", "泸州老窖 CIO、腾讯云 TVP 苏王辉")]


def test_other_relations_on_the_sample(view):
    assert labelled(view, "unit of") == {("腾讯云云产品四部", "腾讯云"), ("中国国际商会产业供应链委员会", "中国国际商会"),
                                         ("中国食品发酵工业研究院标数部", "中国食品发酵工业研究院")}
    assert ("苏王辉", "扬帆数智化 启航新征程——泸州老窖的数字化转型之路") in labelled(view, "spoke at")
    article = "TVP走进泸州老窖：数字化时代下，共话加速转型之道"
    assert ("苏王辉", article) in labelled(view, "mentioned in")
    about = [(view.nodes[u]["kind"], view.nodes[v]["kind"]) for u, v, r in view.edges(data="relation") if r == "about"]
    assert about and set(about) == {("article", "topic")}
    assert labelled(view, "wrote") == {("腾讯云开发者", article)}


def test_node_data_for_tooltips(view):
    person = view.nodes[ID + "person/苏王辉"]
    assert person["kind"] == "person" and person["label"] == "苏王辉"
    assert person["roles"] == ["CIO, 泸州老窖", "TVP, 腾讯云"]
    assert person["articles"] == ["tvp-luzhou-laojiao.md"]
    assert ("tvp-luzhou-laojiao.md", "泸州老窖 CIO、腾讯云 TVP 苏王辉") in person["evidence"]
    assert "苏王辉: CIO" in view.nodes[ID + "organization/泸州老窖"]["roles"]


def test_kinds_option_keeps_only_those_kinds(sample_build):
    small = to_networkx(sample_build.all_quads(), kinds=["person", "organization"])
    assert {kind for _, kind in small.nodes(data="kind")} == {"person", "organization"}
    assert set(r for *_, r in small.edges(data="relation")) >= {"CIO", "unit of"}
    assert "mentioned in" not in {r for *_, r in small.edges(data="relation")}


def test_unknown_kind_is_a_view_error(sample_build):
    with pytest.raises(ViewError, match="unknown node kind 'people'"):
        to_networkx(sample_build.all_quads(), kinds=["people"])


def _quads() -> list[Quad]:
    """An article about one topic, with one site tag, a talk part of an event, a membership."""
    a, t, e, p, o, m, r = (NamedNode(ID + x) for x in ("article/a", "talk/t", "event/e", "person/p",
                                                        "organization/o", "membership/m", "role/r"))
    tag, topic = NamedNode(ID + "topic/tag"), NamedNode(ID + "topic/real")
    triples = [
        (a, RDF + "type", NamedNode(SCHEMA + "Article")), (a, SCHEMA + "headline", Literal("文章 A")),
        (a, GK + "sourcePath", Literal("a.md")),
        (tag, RDF + "type", NamedNode(SKOS + "Concept")), (tag, SKOS + "prefLabel", Literal("前端开发社区")),
        (topic, RDF + "type", NamedNode(SKOS + "Concept")), (topic, SKOS + "prefLabel", Literal("数据库")),
        (a, GK + "siteTag", tag), (a, SCHEMA + "about", topic),
        (t, RDF + "type", NamedNode(GK + "Talk")), (t, RDF + "type", NamedNode(SCHEMA + "Event")),
        (t, SCHEMA + "name", Literal("向量检索")), (t, SCHEMA + "superEvent", e), (t, SCHEMA + "performer", p),
        (e, RDF + "type", NamedNode(SCHEMA + "Event")), (e, SCHEMA + "name", Literal("KubeCon 2019")),
        (p, RDF + "type", NamedNode(SCHEMA + "Person")), (p, SCHEMA + "name", Literal("Ann 王")),
        (o, RDF + "type", NamedNode(SCHEMA + "Organization")), (o, SCHEMA + "name", Literal("云栖实验室")),
        (m, RDF + "type", NamedNode(ORG + "Membership")), (m, ORG + "member", p), (m, ORG + "organization", o),
        (m, ORG + "role", r), (r, RDF + "type", NamedNode(ORG + "Role")), (r, RDFS + "label", Literal("研究员")),
        (a, SCHEMA + "mentions", p), (a, SCHEMA + "mentions", t),
    ]
    return [Quad(s, NamedNode(pr), ob, a) for s, pr, ob in triples]


def test_sample_site_tags_are_left_out_by_default(sample_build):
    quads = sample_build.all_quads()
    site_tags = {q.object.value for q in quads if q.predicate.value == GK + "siteTag"}
    about = {q.object.value for q in quads if q.predicate.value == SCHEMA + "about"}
    assert not (site_tags - about) & set(to_networkx(quads))
    assert site_tags - about <= set(to_networkx(quads, boilerplate=True))


def test_site_tags_are_left_out_unless_boilerplate_is_asked_for():
    topics = lambda v: sorted(d["label"] for _, d in v.nodes(data=True) if d["kind"] == "topic")  # noqa: E731
    assert topics(to_networkx(_quads())) == ["数据库"]
    assert topics(to_networkx(_quads(), boilerplate=True)) == ["前端开发社区", "数据库"]
    assert labelled(to_networkx(_quads(), boilerplate=True), "site tag") == {("文章 A", "前端开发社区")}


def test_talk_is_part_of_its_event_and_the_role_labels_the_edge():
    view = to_networkx(_quads())
    assert view.nodes[ID + "talk/t"]["kind"] == "talk"
    assert labelled(view, "part of") == {("向量检索", "KubeCon 2019")}
    assert labelled(view, "spoke at") == {("Ann 王", "向量检索")}
    assert labelled(view, "研究员") == {("Ann 王", "云栖实验室")}
    assert view.nodes[ID + "person/p"]["articles"] == ["a.md"]


def test_focus_and_depth(view):
    one = neighbourhood(view, "苏王辉", depth=1)
    assert sorted(one.nodes[n]["label"] for n in one) == [
        "TVP走进泸州老窖：数字化时代下，共话加速转型之道", "扬帆数智化 启航新征程——泸州老窖的数字化转型之路",
        "泸州老窖", "腾讯云", "苏王辉"]
    assert one.nodes[ID + "person/苏王辉"]["focus"] is True
    assert len(neighbourhood(view, "苏王辉", depth=0)) == 1
    assert len(neighbourhood(view, "苏王辉", depth=2)) == len(view)  # the article links everything
    assert "focus" not in view.nodes[ID + "person/苏王辉"]  # the view itself is untouched


def test_focus_on_an_unknown_name_is_a_view_error(view):
    with pytest.raises(ViewError, match="no entity named '无名氏'"):
        neighbourhood(view, "无名氏")


def test_reduce_keeps_the_best_connected_and_counts_what_it_left_out(view):
    small, omitted = reduce_view(view, 10)
    degree = dict(view.degree())
    assert len(small) == 10 and omitted.nodes == len(view) - 10
    assert min(degree[n] for n in small) >= max(degree[n] for n in view if n not in small)
    assert omitted.edges == view.number_of_edges() - small.number_of_edges()
    assert sum(omitted.kinds.values()) == omitted.nodes
    assert omitted.describe(10).startswith(f"Showing the 10 best-connected of {len(view)} nodes; left out ")
    assert reduce_view(view, len(view)) == (view, reduce_view(view, len(view))[1]) and not reduce_view(view, 100)[1]


def test_kinds_constant_is_the_contract_order():
    assert KINDS == ("person", "organization", "talk", "event", "topic", "article")
