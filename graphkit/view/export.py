"""Writing a view to a file: the HTML page, GraphML or GEXF (for Gephi, yEd, Cytoscape).

GraphML and GEXF come from networkx's own writers. Their attributes must be plain
strings and numbers, so the view's lists are joined into one string each: names and
roles with " | ", evidence as "path: text" lines.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomicio import atomic_write
from ..errors import ViewError

FORMATS = ("html", "graphml", "gexf")
SEPARATOR = " | "


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The format to write ``path`` in: ``fmt`` if given, else from the extension.

    >>> format_for("out/graph.GEXF"), format_for("page.htm"), format_for("x.xml", "graphml")
    ('gexf', 'html', 'graphml')
    """
    if fmt is not None:
        if fmt not in FORMATS:
            raise ViewError(f"unknown view format {fmt!r}; expected one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    suffix = {"htm": "html"}.get(suffix, suffix)
    if suffix not in FORMATS:
        raise ViewError(f"{os.fspath(path)}: cannot tell the format from the extension "
                        f"{Path(path).suffix!r}; use .html, .graphml or .gexf, or --format")
    return suffix


def _plain(value: Any) -> str | int | float | bool:
    """A value GraphML and GEXF can hold: lists are joined, pairs become ``path: text``."""
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(f"{v[0]}: {v[1]}" if isinstance(v, (list, tuple)) else str(v) for v in value)
    return str(value)


def flat_view(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``view`` whose attributes are strings and numbers only, each key on every
    node (and every edge), as Gephi expects.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("p", label="王", names=["王", "Wang"], evidence=[("a.md", "王老师")])
    >>> dict(flat_view(g).nodes["p"])
    {'evidence': 'a.md: 王老师', 'label': '王', 'names': '王 | Wang'}
    """
    flat: nx.MultiDiGraph = nx.MultiDiGraph()
    node_keys = sorted({k for _, d in view.nodes(data=True) for k in d})
    edge_keys = sorted({k for *_, d in view.edges(keys=True, data=True) for k in d})
    for node, data in view.nodes(data=True):
        flat.add_node(node, **{k: _plain(data.get(k, "")) for k in node_keys})
    for u, v, key, data in view.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: _plain(data.get(k, "")) for k in edge_keys})
    return flat


def serialize(view: nx.MultiDiGraph, fmt: str, **page: Any) -> bytes:
    """The bytes of ``view`` in ``fmt``; ``page`` are options of the HTML page."""
    if fmt == "html":
        from .html import render_html
        return render_html(view, **page).encode("utf-8")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat_view(view), buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(flat_view(view), buffer, encoding="utf-8")
    else:
        raise ViewError(f"unknown view format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return buffer.getvalue()


def write_view(view: nx.MultiDiGraph, path: str | os.PathLike[str], fmt: str | None = None,
               **page: Any) -> str:
    """Write ``view`` to ``path`` atomically, as HTML, GraphML or GEXF; return the format.

    Parameters
    ----------
    view : a view from :func:`graphkit.view.to_networkx`
    path : the file to write; its extension gives the format unless ``fmt`` does
    fmt : ``"html"``, ``"graphml"`` or ``"gexf"``
    **page : options of :func:`graphkit.view.html.render_html` (``title``, ``max_nodes``)

    Raises
    ------
    ViewError
        If the format is unknown or the file cannot be written.

    Examples
    --------
    >>> import tempfile, xml.etree.ElementTree as ET
    >>> g = nx.MultiDiGraph([("p", "o")]); g.nodes["p"]["label"] = "苏 Wang"
    >>> out = Path(tempfile.mkdtemp()) / "view.graphml"
    >>> write_view(g, out)
    'graphml'
    >>> "苏 Wang" in out.read_text(encoding="utf-8")
    True
    """
    fmt = format_for(path, fmt)
    data = serialize(view, fmt, **page)
    try:
        atomic_write(path, data)
    except OSError as error:
        raise ViewError(f"cannot write the view: {error.strerror or error}", os.fspath(path)) from None
    return fmt
