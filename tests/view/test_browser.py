"""graph.html in a real headless Chromium: loads offline, draws every node, runs nothing injected.

Skips with a reason naming chromium or playwright when either is missing (see conftest.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.pipeline import build
from graphkit.view import neighbourhood, to_networkx
from graphkit.view.export import write_view

ROOT = Path(__file__).resolve().parents[2]
PWNED = "[window.__pwned, document.querySelectorAll('img, svg, iframe, a[href]').length]"


def test_committed_sample_page_loads_offline_and_draws_every_node(open_page, tmp_path):
    loaded = open_page(ROOT / "exports" / "graph.html")
    assert loaded.errors == []
    assert loaded.network_requests == []
    view = to_networkx(build([ROOT / "data"]).all_quads())
    assert loaded.page.evaluate("window.graphkit.nodes.length") == len(view)
    assert loaded.page.evaluate("window.graphkit.edges.length") == view.number_of_edges()
    assert loaded.page.evaluate("window.graphkit.network.physics.physicsEnabled") is False  # settled, stopped
    shot = tmp_path / "sample.png"
    loaded.page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_injection_article_renders_as_text_and_runs_nothing(open_page, tests_data, tmp_path):
    view = to_networkx(build([tests_data / "articles" / "injection.md"]).all_quads(), boilerplate=True)
    page_path = tmp_path / "injection.html"
    write_view(view, page_path, title=view.nodes[next(n for n, k in view.nodes(data="kind") if k == "article")]["label"])
    loaded = open_page(page_path)
    page = loaded.page
    assert page.evaluate("window.graphkit.nodes.length") == len(view)
    assert page.evaluate(PWNED) == [None, 0]
    assert page.title().startswith("</script><script>window.__pwned=1</script> 注入测试")
    # hover the node named with a script: its tooltip shows the markup as text, and nothing runs
    hostile = next(n for n, d in view.nodes(data=True) if d["label"].startswith("<script>"))
    point = page.evaluate("""id => { const g = window.graphkit.network, p = g.canvasToDOM(g.getPositions([id])[id]),
        r = document.querySelector('#graph canvas').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }""",
                          hostile)
    page.mouse.move(point[0] - 30, point[1] - 30)
    page.mouse.move(*point)
    page.wait_for_selector(".vis-tooltip", state="visible", timeout=5000)
    tooltip = page.inner_text(".vis-tooltip")
    assert tooltip.splitlines()[0] == "<script>window.__pwned=3</script>张三 · organization"
    tags = page.evaluate("[...document.querySelector('.vis-tooltip').children].map(c => c.tagName)")
    assert set(tags) <= {"BR"}  # innerText turns line ends into <br>, and nothing else is markup
    assert page.evaluate(PWNED) == [None, 0]
    assert loaded.errors == [] and loaded.network_requests == []
    page.screenshot(path=str(tmp_path / "injection.png"))


def test_search_selects_and_kind_filter_hides(open_page, tmp_path):
    view = to_networkx(build([ROOT / "data"]).all_quads())
    path = tmp_path / "sample.html"
    write_view(view, path)
    page = open_page(path).page
    page.fill("#search", "苏王辉")
    assert page.evaluate("window.graphkit.network.getSelectedNodes()") == [
        "https://w3id.org/graphkit/id/person/苏王辉"]
    assert page.text_content("#found") == "1 found"
    people = sum(1 for _, k in view.nodes(data="kind") if k == "person")
    page.uncheck("input[data-kind=person]")
    shown = page.evaluate("Object.keys(window.graphkit.network.getPositions()).length")
    assert shown == len(view) - people


def test_focus_page_draws_the_neighbourhood(open_page, tmp_path):
    view = neighbourhood(to_networkx(build([ROOT / "data"]).all_quads()), "苏王辉", 1)
    path = tmp_path / "focus.html"
    write_view(view, path)
    loaded = open_page(path)
    assert loaded.page.evaluate("window.graphkit.nodes.length") == len(view) == 5
    assert loaded.errors == [] and loaded.network_requests == []
