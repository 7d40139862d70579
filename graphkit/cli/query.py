"""``graphkit query QUERY --store DIR | --graph FILE``: SPARQL from the command line."""
from __future__ import annotations

import sys

import click

from .. import query as q
from ..store import refresh_summary
from . import cli


@cli.command()
@click.argument("text", metavar="QUERY")
@click.option("--store", type=click.Path(file_okay=False), help="A store folder (graphkit build --store).")
@click.option("--graph", type=click.Path(), help="A build folder or RDF file, loaded in memory.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="table for people; the others are SPARQL 1.1 results formats.")
@click.option("--update", is_flag=True, help="Run a SPARQL Update (the store is read-only without it).")
def query(text: str, store: str | None, graph: str | None, fmt: str, update: bool) -> None:
    """Run a SPARQL 1.1 QUERY: the text, @file.rq, or @NAME for a ready query
    (people-by-org, speakers-by-event, orgs-by-size, co-occurring-people, fact-provenance,
    articles-by-topic)."""
    if (store is None) == (graph is None):
        raise click.UsageError("give --store DIR or --graph FILE")
    if update and store is None:
        raise click.UsageError("--update needs --store (a --graph file is never changed)")
    source = q.open_source(store, graph, update=update)
    results = q.run_query(source, q.read_query(text), update=update)
    if update:
        assert store is not None  # --update needs --store: checked above
        refresh_summary(store, source)  # what the store derives from its graphs follows them
        click.echo("graphkit: update applied", err=True)
    elif fmt == "table":
        click.echo(q.table(q.collect(results), source))
    else:
        data = q.serialize(results, fmt)
        out = sys.stdout.buffer
        out.write(data if data.endswith(b"\n") or not data else data + b"\n")
        out.flush()
