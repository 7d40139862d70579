"""The interactive HTML page of a view, drawn by vis-network as pyvis ships it.

The node and edge options are the dicts pyvis's ``Network`` would build, made here:
its ``add_node`` and ``add_edge`` search a list of every node at each call (quadratic:
most of the page's time on a large view), and importing pyvis imports IPython. The page
is our own template because pyvis's templates load vis-network and bootstrap from CDNs
even in "in_line" mode. We inline the
vis-network 9.1.2 build that pyvis ships, so the page works offline from file://, and a
Content-Security-Policy forbids every network request and runs only our two scripts (by
hash): an injected script or event-handler attribute would not run even if it got in.

Safety: all text reaches the page as JSON inside ``<script type="application/json">``
with ``<``, ``>`` and ``&`` escaped, and is shown through canvas labels and tooltips,
which vis-network 9 sets with ``innerText`` (visjs/vis-network#1275): never as HTML.
The page title and the notes are escaped with ``html.escape``.

Large graphs: past ``max_nodes`` only the best-connected nodes are kept and the page
says what was left out; past :data:`PHYSICS_LIMIT` nodes the layout is computed here
and physics stays off, because vis-network's physics takes minutes on a few thousand
nodes (pyvis#204).
"""
from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import math
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import ViewError
from .select import MAX_NODES, reduce_view

COLOURS = {"person": "#e15759", "organization": "#4e79a7", "talk": "#f28e2b", "event": "#59a14f",
           "topic": "#b07aa1", "article": "#9c9c9c"}
SHAPES = {"person": "dot", "organization": "box", "talk": "diamond", "event": "star",
          "topic": "ellipse", "article": "square"}
#: Past this many nodes positions are computed in Python and physics is off.
PHYSICS_LIMIT = 500
LABEL_MAX = 18  # characters of a label drawn on the canvas; the tooltip has it whole
TOOLTIP_EVIDENCE = 8  # evidence lines in a tooltip
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
# provenance edges link every entity to its article: drawn faint, without a label (tooltip only)
QUIET = {"mentioned in"}


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, as shipped inside pyvis (found without importing it)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ViewError("pyvis is not installed: it ships the vis-network script the page inlines")
    lib = Path(list(spec.submodule_search_locations)[0]) / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), \
        (lib / "vis-network.css").read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no way to close the element or open a comment."""
    return (json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _size(degree: int) -> int:
    """Node size grows with the square root of the degree, so hubs stand out but fit."""
    return min(40, 10 + round(4 * math.sqrt(degree)))


def _short(label: str) -> str:
    """A label short enough to draw; the tooltip shows it whole."""
    return label if len(label) <= LABEL_MAX else label[:LABEL_MAX - 1] + "…"


def node_tooltip(data: dict[str, Any]) -> str:
    """The plain-text tooltip of a node: names, roles, source articles, evidence."""
    lines = [f"{data.get('label', '')} · {data.get('kind', '')}"]
    if len(data.get("names", [])) > 1:
        lines.append("Names: " + " | ".join(data["names"]))
    if data.get("roles"):
        lines.append("Roles: " + "; ".join(data["roles"]))
    if data.get("articles"):
        lines.append("Articles: " + ", ".join(data["articles"]))
    lines += _evidence_lines(data.get("evidence", []))
    return "\n".join(lines)


def _evidence_lines(evidence: list[tuple[str, str]]) -> list[str]:
    """``path: “text”`` lines, at most TOOLTIP_EVIDENCE of them."""
    lines = [f"{path}: “{text}”" for path, text in evidence[:TOOLTIP_EVIDENCE]]
    if len(evidence) > TOOLTIP_EVIDENCE:
        lines.append(f"… and {len(evidence) - TOOLTIP_EVIDENCE} more")
    return (["From:"] + lines) if lines else []


def spiral_layout(view: nx.MultiDiGraph, spacing: float = 40.0) -> dict[str, tuple[int, int]]:
    """Integer positions on a golden-angle spiral, hubs in the middle and neighbours near.

    Nodes are placed in breadth-first order from the highest-degree node of each
    component (largest component first), so linked nodes land close together. Written by
    hand because networkx's spring layout needs SciPy past 500 nodes and takes seconds on
    thousands; this is linear and gives the same integers on every machine.

    >>> spiral_layout(nx.MultiDiGraph([("a", "b")]))
    {'a': (0, 0), 'b': (-29, 27)}
    """
    degree = dict(view.degree())
    undirected = view.to_undirected(as_view=True)
    components = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(c)))
    order: list[str] = []
    for component in components:
        start = min(component, key=lambda n: (-degree[n], n))
        seen = {start}
        queue = [start]
        for node in queue:
            order.append(node)
            for other in sorted(set(undirected[node]) - seen, key=lambda n: (-degree[n], n)):
                seen.add(other)
                queue.append(other)
    return {node: (round(spacing * math.sqrt(i) * math.cos(i * GOLDEN_ANGLE)),
                   round(spacing * math.sqrt(i) * math.sin(i * GOLDEN_ANGLE)))
            for i, node in enumerate(order)}


def network_data(view: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """vis-network nodes and edges for a view (the options pyvis would give them), sorted."""
    degree = dict(view.degree())
    positions = spiral_layout(view) if len(view) > PHYSICS_LIMIT else {}
    nodes: list[dict[str, Any]] = []
    for node, data in sorted(view.nodes(data=True)):
        kind = data.get("kind", "article")
        label = str(data.get("label", node))
        extra: dict[str, Any] = {}
        if node in positions:
            extra["x"], extra["y"] = positions[node]
        if data.get("focus"):
            extra["borderWidth"] = 4
        nodes.append({"id": node, "label": _short(label) or node, "title": node_tooltip(data),
                      "color": COLOURS.get(kind, "#777"), "shape": SHAPES.get(kind, "dot"),
                      "size": _size(degree.get(node, 0)), "kind": kind,
                      "search": "\n".join([label, *data.get("names", [])]).lower(), **extra})
    labels = {n: str(d.get("label", n)) for n, d in view.nodes(data=True)}
    edges: list[dict[str, Any]] = []
    for u, v, data in sorted(view.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))):
        relation = str(data.get("relation", ""))
        title = "\n".join([f"{labels[u]} —{relation}→ {labels[v]}", *_evidence_lines(data.get("evidence", []))])
        edge: dict[str, Any] = {"from": u, "to": v, "title": title, "arrows": "to", "id": f"e{len(edges)}"}
        if relation in QUIET:
            edge.update(color={"color": "#d0d0d0", "opacity": 0.7}, width=0.5)
        elif not positions:  # thousands of edge labels make the canvas crawl: tooltips only
            edge["label"] = relation
        edges.append(edge)
    return nodes, edges


def _options(physics: bool) -> dict[str, Any]:
    """vis-network options: physics that stabilises (then the page turns it off), or none."""
    options: dict[str, Any] = {
        "layout": {"randomSeed": 7, "improvedLayout": physics},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": not physics},
        "edges": {"font": {"size": 9}, "smooth": False, "color": {"inherit": "from"}},
        "nodes": {"font": {"size": 12}},
    }
    options["physics"] = ({"solver": "forceAtlas2Based", "stabilization": {"iterations": 400},
                           "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 120,
                                                "avoidOverlap": 0.5}}
                          if physics else False)
    return options


def render_html(view: nx.MultiDiGraph, title: str = "graphkit", max_nodes: int = MAX_NODES) -> str:
    """A self-contained HTML page drawing ``view``, the same bytes for the same view.

    Parameters
    ----------
    view : a view from :func:`graphkit.view.to_networkx`
    title : the page's title, shown as text
    max_nodes : past this many nodes keep the best-connected ones and say so on the page

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", kind="person", label="<b>王</b>")
    >>> page = render_html(g, title="<Wang>")
    >>> "<b>王" in page, "\\\\u003cb\\\\u003e王" in page, "&lt;Wang&gt;" in page
    (False, True, True)
    """
    shown, omitted = reduce_view(view, max_nodes)
    nodes, edges = network_data(shown)
    script, css = _vis_assets()
    counts = {kind: 0 for kind in COLOURS}
    for node in nodes:
        counts[node["kind"]] = counts.get(node["kind"], 0) + 1
    legend = "".join(
        f'<label class="kind"><input type="checkbox" data-kind="{html.escape(k)}" checked>'
        f'<span class="swatch" style="background:{COLOURS.get(k, "#777")}"></span>'
        f'{html.escape(k)} ({n}, {SHAPES.get(k, "dot")})</label>' for k, n in counts.items())
    note = omitted.describe(len(shown))
    if len(shown) > PHYSICS_LIMIT:
        note += f" Over {PHYSICS_LIMIT} nodes: fixed layout, edge labels in tooltips."
    data = {"nodes": nodes, "edges": edges, "kinds": sorted(counts),
            "options": _options(physics=len(shown) <= PHYSICS_LIMIT)}
    csp = (f"default-src 'none'; script-src {_sha256(script)} {_sha256(APP)}; "
           "style-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
    return TEMPLATE.format(title=html.escape(title), csp=csp, css=css, script=script, legend=legend,
                           data=_script_json(data), app=APP, count=len(nodes), edge_count=len(edges),
                           note=html.escape(note.strip()))


APP = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var shown = {};
  data.kinds.forEach(function (k) { shown[k] = true; });
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var visible = new vis.DataView(nodes, {filter: function (n) { return shown[n.kind] !== false; }});
  var network = new vis.Network(document.getElementById("graph"), {nodes: visible, edges: edges}, data.options);
  var state = window.graphkit = {nodes: nodes, edges: edges, network: network, ready: false, readyAt: null};
  function ready() {
    network.once("afterDrawing", function () {
      state.ready = true; state.readyAt = performance.now();
      document.body.setAttribute("data-ready", "true");
    });
    network.redraw();
  }
  if (data.options.physics === false || nodes.length === 0) { ready(); }
  else { network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false}); network.fit({animation: false}); ready(); }); }
  document.querySelectorAll("input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () { shown[box.getAttribute("data-kind")] = box.checked; visible.refresh(); });
  });
  var search = document.getElementById("search"), found = document.getElementById("found");
  function matches() {
    var q = search.value.trim().toLowerCase();
    if (!q) { return []; }
    return visible.getIds({filter: function (n) { return n.search.indexOf(q) >= 0; }});
  }
  search.addEventListener("input", function () {
    var ids = matches();
    network.selectNodes(ids);
    found.textContent = search.value.trim() ? ids.length + " found" : "";
  });
  search.addEventListener("keydown", function (event) {
    var ids = matches();
    if (event.key === "Enter" && ids.length) { network.fit({nodes: ids, animation: false}); }
  });
})();
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
<style>body{{margin:0;font-family:sans-serif}} #graph{{width:100vw;height:calc(100vh - 4.5em)}}
header{{padding:.3em .6em;font-size:.9em;line-height:1.8}} .kind{{margin-right:.8em;white-space:nowrap}}
.swatch{{display:inline-block;width:.8em;height:.8em;margin:0 .3em;border-radius:2px}}
#note{{color:#a33}} .vis-tooltip{{white-space:pre-wrap!important;max-width:40em}}</style>
</head><body>
<header><b>{title}</b> — {count} nodes, {edge_count} edges.
<input id="search" type="search" placeholder="Search names" aria-label="Search names"> <span id="found"></span><br>
{legend} <span id="note">{note}</span></header>
<div id="graph"></div>
<script>{script}</script>
<script id="graph-data" type="application/json">{data}</script>
<script>{app}</script>
</body></html>
"""
