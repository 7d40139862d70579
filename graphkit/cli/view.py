"""``graphkit view SOURCE -o FILE``: the relationship graph as an HTML page, GraphML or GEXF."""
from __future__ import annotations

from pathlib import Path

import click

from ..view import KINDS as KIND_NAMES
from . import cli


def _kinds(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """``--kinds person,organization`` (or repeated): each a known node kind."""
    kinds = tuple(k.strip() for v in value for k in v.split(",") if k.strip())
    for kind in kinds:
        if kind not in KIND_NAMES:
            raise click.BadParameter(f"unknown kind {kind!r}; expected one of {', '.join(KIND_NAMES)}")
    return kinds or KIND_NAMES


@cli.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write: .html, .graphml or .gexf.")
@click.option("--format", "fmt", type=click.Choice(["html", "graphml", "gexf"]),
              help="Output format; default: from the extension of --output.")
@click.option("--focus", metavar="NAME", help="Only this entity's neighbourhood (any of its names).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0),
              help="With --focus: how many edges away from the entity to go.")
@click.option("--kinds", multiple=True, callback=_kinds, metavar="KIND[,KIND...]",
              help=f"Node kinds to show (repeatable or comma-separated): {', '.join(KIND_NAMES)}.")
@click.option("--boilerplate", is_flag=True, help="Keep site-boilerplate topics (gk:siteTag).")
@click.option("--max-nodes", default=2000, show_default=True, type=click.IntRange(1),
              help="HTML: past this many nodes keep the best-connected ones and say so on the page.")
def view(source: str, output: str, fmt: str | None, focus: str | None, depth: int,
         kinds: tuple[str, ...], boilerplate: bool, max_nodes: int) -> None:
    """Draw SOURCE (a build folder or RDF file) as an interactive graph, or export it."""
    from .. import to_networkx
    from ..view import neighbourhood
    from ..view.export import format_for, write_view
    fmt = format_for(output, fmt)  # a bad extension fails before the graph is read
    graph = to_networkx(source, kinds=kinds, boilerplate=boilerplate)
    title = f"graphkit: {Path(source).name}"
    if focus is not None:
        graph = neighbourhood(graph, focus, depth)
        title = f"graphkit: {focus} (depth {depth})"
    page = {"title": title, "max_nodes": max_nodes} if fmt == "html" else {}
    write_view(graph, output, fmt, **page)
    click.echo(f"{output}: {len(graph)} nodes, {graph.number_of_edges()} edges", err=True)
