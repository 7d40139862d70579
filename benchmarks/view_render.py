"""Time until a large relationship graph is interactive in headless Chromium: prints, asserts nothing.

    python benchmarks/view_render.py [NODES] [EDGES]     (default: 5000 15000)

A view of NODES nodes and EDGES edges (a seeded random graph with the kinds and labels of
real views) is written as an HTML page twice: as ``graphkit view`` writes it by default
(past 2,000 nodes only the best-connected are kept) and whole (``--max-nodes NODES``).
Each page is opened from file:// in Debian's chromium under Playwright; "interactive"
is the page's own signal: physics stopped and the first frame drawn (``graphkit.ready``).
Figures are the median of three loads: page-build time in Python, wall time from
navigation to ready, and the page's own ``performance.now()`` at ready.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graphkit.view.export import write_view

RUNS = 3
KINDS = ("person", "organization", "talk", "event", "topic", "article")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def generated_view(nodes: int, edges: int) -> nx.MultiDiGraph:
    """A seeded random view with power-law-ish degrees, as article hubs give real views."""
    graph = nx.gnm_random_graph(nodes, edges, seed=8, directed=True)
    view = nx.MultiDiGraph()
    for n in graph:
        kind = KINDS[n % len(KINDS)]
        view.add_node(f"https://example.org/{kind}/{n}", kind=kind, label=f"名字{n} Name", names=[f"名字{n} Name"],
                      roles=[], articles=[f"a{n % 97}.md"], evidence=[(f"a{n % 97}.md", f"名字{n} 出现的句子")])
    names = list(view)
    for u, v in graph.edges:
        view.add_edge(names[u], names[v], relation="mentioned in")
    return view


def time_page(browser, path: Path) -> tuple[float, float, int]:
    """(wall seconds to ready, page's performance.now() at ready in s, nodes drawn)."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(path.as_uri())
    while not page.evaluate("Boolean(window.graphkit && window.graphkit.ready)"):
        page.wait_for_timeout(20)
    wall = time.perf_counter() - started
    ready_at = page.evaluate("window.graphkit.readyAt") / 1000
    drawn = page.evaluate("window.graphkit.nodes.length")
    context.close()
    return wall, ready_at, drawn


def main(nodes: int = 5000, edges: int = 15000) -> None:
    from playwright.sync_api import sync_playwright
    view = generated_view(nodes, edges)
    print(f"view: {len(view)} nodes, {view.number_of_edges()} edges")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        for name, max_nodes in (("default (top 2000)", 2000), ("whole", nodes)):
            path = Path(tmp) / f"{max_nodes}.html"
            started = time.perf_counter()
            write_view(view, path, max_nodes=max_nodes)
            build_s = time.perf_counter() - started
            runs = [time_page(browser, path) for _ in range(RUNS)]
            wall = statistics.median(r[0] for r in runs)
            ready = statistics.median(r[1] for r in runs)
            print(f"{name:>20}: {runs[0][2]} nodes drawn, page {path.stat().st_size / 1e6:.1f} MB built in "
                  f"{build_s:.2f} s; interactive after {wall:.2f} s wall ({ready:.2f} s by the page's clock)")
        browser.close()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
