"""The HTML page: escaped, offline, deterministic, and honest about what it leaves out."""
from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from graphkit.pipeline import build
from graphkit.view import to_networkx
from graphkit.view.html import PHYSICS_LIMIT, _vis_assets, network_data, node_tooltip, render_html, spiral_layout

HOSTILE = ["</script><script>window.__pwned=1</script> 注入测试 <img src=x onerror=\"window.__pwned=2\">",
           "<script>window.__pwned=3</script>张三", "<img src=x onerror=window.__pwned=5>",
           "javascript:window.__pwned=6", "\"'><svg onload=window.__pwned=7>"]


@pytest.fixture(scope="module")
def injection_view(tests_data):
    return to_networkx(build([tests_data / "articles" / "injection.md"]).all_quads(), boilerplate=True)


@pytest.fixture(scope="module")
def injection_page(injection_view):
    return render_html(injection_view, title=HOSTILE[0])


def page_data(page: str) -> dict:
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_injection_article_yields_hostile_labels(injection_view):
    labels = {d["label"] for _, d in injection_view.nodes(data=True)}
    assert set(HOSTILE) <= labels  # else the test below would prove nothing


def test_hostile_text_is_only_inside_escaped_json(injection_page):
    ours = injection_page.replace(_vis_assets()[0], "")  # core-js in vis-network spells "<script>"
    assert len(re.findall(r"<script", ours, re.I)) == 3
    assert len(re.findall(r"</script", ours, re.I)) == 3
    for tag in ("<img", "<svg", "<b ", "<a "):
        assert tag not in ours
    assert "\\u003cscript\\u003ewindow.__pwned=3\\u003c/script\\u003e张三" in injection_page
    assert "<title>&lt;/script&gt;&lt;script&gt;window.__pwned=1" in injection_page
    titles = {n["title"].splitlines()[0] for n in page_data(injection_page)["nodes"]}
    assert "javascript:window.__pwned=6 · topic" in titles  # text, never a link
    assert "<script>window.__pwned=3</script>张三 · organization" in titles


def test_csp_forbids_the_network_and_allows_only_our_scripts(injection_page):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', injection_page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    scripts = re.findall(r"<script>(.*?)</script>", injection_page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "http://" not in csp and "https://" not in csp


def test_page_is_self_contained(sample_build):
    page = render_html(to_networkx(sample_build.all_quads()))
    assert not re.search(r'(src|href)=', page.replace(_vis_assets()[0], ""))
    assert "vis.Network" in page and not re.search(r"(?i)\bcdn", page)


def test_same_view_gives_the_same_bytes(sample_build):
    quads = sample_build.all_quads()
    assert render_html(to_networkx(quads)) == render_html(to_networkx(list(reversed(quads))))


def test_nodes_carry_kind_colour_shape_and_a_text_tooltip(sample_build):
    view = to_networkx(sample_build.all_quads())
    nodes, edges = network_data(view)
    assert len(nodes) == len(view) and len(edges) == view.number_of_edges()
    su = next(n for n in nodes if n["id"].endswith("/person/苏王辉"))
    assert (su["label"], su["kind"], su["shape"], su["color"]) == ("苏王辉", "person", "dot", "#e15759")
    assert su["title"].splitlines()[:3] == ["苏王辉 · person", "Roles: CIO, 泸州老窖; TVP, 腾讯云",
                                            "Articles: tvp-luzhou-laojiao.md"]
    assert "tvp-luzhou-laojiao.md: “泸州老窖 CIO、腾讯云 TVP 苏王辉”" in su["title"]
    cio = next(e for e in edges if e.get("label") == "CIO")
    assert cio["title"].startswith("苏王辉 —CIO→ 泸州老窖\nFrom:\n")
    hub = max(nodes, key=lambda n: n["size"])
    assert hub["kind"] == "article" and hub["size"] > su["size"]


def test_tooltip_lists_names_and_caps_evidence():
    text = node_tooltip({"label": "王", "kind": "person", "names": ["王", "Wang"],
                         "evidence": [("a.md", str(i)) for i in range(10)]})
    assert text.splitlines()[1] == "Names: 王 | Wang"
    assert text.splitlines()[-1] == "… and 2 more"


def _big(n: int, m: int) -> nx.MultiDiGraph:
    graph = nx.gnm_random_graph(n, m, seed=3, directed=True)
    view = nx.MultiDiGraph()
    for node in graph:
        view.add_node(f"n{node:05}", kind=("person", "organization", "talk")[node % 3], label=f"名{node}")
    for u, v in graph.edges:
        view.add_edge(f"n{u:05}", f"n{v:05}", relation="mentioned in")
    return view


def test_a_large_graph_keeps_the_top_nodes_turns_physics_off_and_says_so():
    view = _big(3000, 6000)
    page = render_html(view, max_nodes=2000)
    data = page_data(page)
    assert len(data["nodes"]) == 2000 and data["options"]["physics"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert "Showing the 2000 best-connected of 3000 nodes; left out 1000 nodes (" in page
    assert page == render_html(view, max_nodes=2000)


def test_a_small_graph_uses_physics_and_no_note(sample_build):
    page = render_html(to_networkx(sample_build.all_quads()))
    assert page_data(page)["options"]["physics"]["stabilization"]["iterations"] > 0
    assert '<span id="note"></span>' in page and PHYSICS_LIMIT > 45


def test_spiral_layout_is_integer_and_distinct():
    positions = spiral_layout(_big(600, 1200))
    assert len(set(positions.values())) == 600
    assert all(isinstance(c, int) for xy in positions.values() for c in xy)
