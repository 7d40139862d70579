"""``graphkit push SOURCE --to URL``: load a build into a triple store over HTTP."""
from __future__ import annotations

import sys

import click

from .. import push as p
from . import cli


@cli.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("--to", "url", required=True, help="The server's URL (read per --server).")
@click.option("--server", type=click.Choice(sorted(p.LAYOUTS)), default="generic", show_default=True,
              help="Endpoint layout: oxigraph URL/store, fuseki DATASET_URL/data, graphdb "
                   "REPOSITORY_URL/rdf-graphs/service, virtuoso URL/sparql-graph-crud[-auth], "
                   "generic: URL is the Graph Store endpoint.")
@click.option("--mode", type=click.Choice(["replace", "append"]), default="replace", show_default=True,
              help="replace: PUT each graph; append: POST its triples.")
@click.option("--user", help="User name; the password comes from GRAPHKIT_PASSWORD or ~/.netrc.")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication for --user (Virtuoso: digest).")
@click.option("--update-endpoint", help="Send SPARQL Update (INSERT DATA) to this URL instead.")
@click.option("--batch", default=10_000, show_default=True, type=click.IntRange(1),
              help="Triples per body chunk, or per INSERT DATA request.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds per network operation.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0),
              help="Retries on a 5xx status or a connection error, with exponential backoff.")
@click.option("--dry-run", is_flag=True, help="Send nothing; print what would be sent.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
def push(source: str, url: str, server: str, mode: str, user: str | None, auth: str,
         update_endpoint: str | None, batch: int, timeout: float, retries: int, dry_run: bool,
         quiet: bool) -> None:
    """Load SOURCE (a build folder, an RDF file or a store folder) into a triple store,
    one request per named graph. A bearer token is read from GRAPHKIT_TOKEN."""
    user, password, token = p.credentials(update_endpoint or url, user)
    bar = None

    def on_graph(done: int, total: int, graph: p.PushedGraph) -> None:
        nonlocal bar
        if dry_run:
            what = f"{graph.requests} SPARQL Update request(s)" if update_endpoint else p.N_TRIPLES
            click.echo(f"{graph.method} {graph.url}  {graph.triples} triples ({what})")
            return
        if bar is None and not quiet and sys.stderr.isatty() and total > 1:
            from tqdm import tqdm
            bar = tqdm(total=total, unit="graph", file=sys.stderr, leave=False)
        if bar is not None:
            bar.update(1)

    try:
        summary = p.push(source, url, server=server, mode=mode, update_endpoint=update_endpoint, user=user,
                         password=password, token=token, auth=auth, batch=batch, timeout=timeout,
                         retries=retries, dry_run=dry_run, on_graph=on_graph)
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        verb = "would push" if dry_run else "pushed"
        click.echo(f"graphkit: {verb} {summary.graphs} graphs, {summary.triples} triples to {summary.url} "
                   f"in {summary.seconds:.1f} s", err=True)
