"""``graphkit validate SOURCE``: SHACL validation of a build folder or RDF file."""
from __future__ import annotations

import click

from ..outputs import load
from . import cli


@cli.command()
@click.argument("source", type=click.Path(exists=True))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False),
              help="SHACL shapes to use instead of graphkit's.")
def validate(source: str, shapes: str | None) -> None:
    """Check SOURCE (a build folder or RDF file) against the SHACL shapes."""
    from ..rdf.validate import validate as run_validation
    report = run_validation(load(source), shapes=shapes)
    if report.conforms:
        click.echo(f"{source}: conforms")
        return
    click.echo(report.text, err=True)
    raise click.ClickException(f"{source}: does not conform ({len(report.results)} violations)")
