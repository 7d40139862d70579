"""The interactive HTML page of a networkx view, drawn by vis-network through pyvis.

pyvis builds the node and edge options; the page is our own template because pyvis's
templates load vis-network and bootstrap from CDNs even in "in_line" mode. We inline the
vis-network build that pyvis ships, so the page works offline from file://. All text
reaches the page as JSON inside a script element with ``<``, ``>`` and ``&`` escaped, and
vis-network shows tooltips as text, never as HTML.
"""
from __future__ import annotations

import html
import json
from importlib.resources import files
from typing import Any

import networkx as nx

COLOURS = {"person": "#e15759", "organization": "#4e79a7", "talk": "#f28e2b", "event": "#59a14f",
           "topic": "#b07aa1", "article": "#9c9c9c"}
SHAPES = {"person": "dot", "organization": "box", "talk": "diamond", "event": "star",
          "topic": "ellipse", "article": "square"}


def _vis_assets() -> tuple[str, str]:
    lib = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), \
        (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no way to close the element or open a comment."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def network_data(view: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network nodes and edges for a view, built with pyvis."""
    from pyvis.network import Network  # imports IPython: only when a page is drawn
    net = Network(directed=True)
    degree = dict(view.degree())
    for node, data in view.nodes(data=True):
        kind = data.get("kind", "article")
        title = "\n".join([f"{data.get('label', node)} ({kind})", *data.get("names", [])])
        net.add_node(node, label=data.get("label", node), title=title, group=kind,
                     color=COLOURS.get(kind), shape=SHAPES.get(kind, "dot"),
                     size=10 + 3 * min(degree.get(node, 0), 20))
    for u, v, data in view.edges(data=True):
        net.add_edge(u, v, label=data.get("relation", ""), title=data.get("relation", ""), arrows="to")
    nodes = sorted(net.nodes, key=lambda n: n["id"])
    edges = sorted(net.edges, key=lambda e: (e["from"], e["to"], e.get("label", "")))
    return nodes, edges


def render_html(view: nx.MultiDiGraph, title: str = "graphkit") -> str:
    """A self-contained HTML page showing the view."""
    nodes, edges = network_data(view)
    script, css = _vis_assets()
    legend = "".join(f'<span class="kind" style="background:{c}">{html.escape(k)}</span>'
                     for k, c in COLOURS.items())
    return TEMPLATE.format(title=html.escape(title), css=css, script=script, legend=legend,
                           nodes=_script_json(nodes), edges=_script_json(edges),
                           count=len(nodes), edge_count=len(edges))


TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{css}</style>
<style>body{{margin:0;font-family:sans-serif}} #graph{{width:100vw;height:calc(100vh - 2.2em)}}
header{{padding:.3em .6em;font-size:.9em}} .kind{{color:#fff;padding:0 .4em;margin-right:.3em;border-radius:3px}}</style>
</head><body>
<header><b>{title}</b> — {count} nodes, {edge_count} edges. {legend}</header>
<div id="graph"></div>
<script>{script}</script>
<script id="graph-data" type="application/json">{{"nodes": {nodes}, "edges": {edges}}}</script>
<script>
var data = JSON.parse(document.getElementById("graph-data").textContent);
var network = new vis.Network(document.getElementById("graph"),
  {{nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}},
  {{physics: {{stabilization: {{iterations: 300}}}}, layout: {{randomSeed: 7}},
    interaction: {{hover: true}}, edges: {{font: {{size: 9}}, smooth: false}}}});
network.once("stabilizationIterationsDone", function () {{ network.setOptions({{physics: false}}); }});
</script>
</body></html>
"""
