"""``graphkit build INPUT... -o OUTDIR``."""
from __future__ import annotations

import sys
import time

import click

from ..outputs import write_outputs
from ..pipeline import build as run_build
from ..rdf.vocab import DEFAULT_BASE
from . import cli, keep_until_exit

PROGRESS_MIN_DOCUMENTS = 5


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder for graph.nq, graph.ttl, graph.jsonld, graph.html, report.json.")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of minted instances.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Processes extracting in parallel.")
@click.option("--extractor", "extractors", multiple=True,
              help="Run only these extractors (repeatable); default: all registered.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) if any document is skipped.")
@click.option("--store", "store", type=click.Path(file_okay=False),
              help="Also keep the graph in this persistent SPARQL store, updated incrementally.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary.")
def build(inputs: tuple[str, ...], outdir: str, base: str, workers: int, extractors: tuple[str, ...],
          strict: bool, quiet: bool, store: str | None = None) -> None:
    """Read every *.md under INPUTS, extract, and write the graph to OUTDIR."""
    started = time.perf_counter()
    bar = None
    show_bar = not quiet and sys.stderr.isatty()

    def on_document(path: str, skipped: str | None) -> None:
        if skipped and not quiet:
            message = f"warning: {path}: skipped: {skipped}"
            (bar.write(message, file=sys.stderr) if bar is not None else click.echo(message, err=True))
        if bar is not None:
            bar.update(1)

    if show_bar:
        from ..ingest import find_markdown
        total = sum(1 for _ in find_markdown(inputs))
        if total > PROGRESS_MIN_DOCUMENTS:
            from tqdm import tqdm
            bar = tqdm(total=total, unit="doc", file=sys.stderr, leave=False)
    try:
        options = dict(base=base, extractors=extractors or None, workers=workers, on_document=on_document)
        if store is not None:
            from ..store import build_store
            result, changes = build_store(inputs, store, **options)
        else:
            result = run_build(inputs, **options)  # type: ignore[arg-type]
    finally:
        if bar is not None:
            bar.close()
    report = write_outputs(result, outdir)
    keep_until_exit(result)
    if not quiet:
        for warning in report["warnings"]:
            click.echo(f"note: {warning}", err=True)
        docs = report["documents"]
        click.echo(f"graphkit: {docs['read']} documents read, {docs['skipped']} skipped, "
                   f"{sum(report['entities'].values())} entities, {report['triples']} triples "
                   f"in {time.perf_counter() - started:.1f} s -> {outdir}", err=True)
        if store is not None:
            cache = report["cache"]
            click.echo(f"graphkit: store {store}: {changes['replaced']} graphs replaced, "
                       f"{changes['dropped']} dropped, {changes['unchanged']} unchanged; "
                       f"{cache['extracted']} documents extracted, {cache['hits']} from cache", err=True)
    if strict and report["documents"]["skipped"]:
        raise click.ClickException(f"{report['documents']['skipped']} document(s) skipped (--strict)")
