"""The ``graphkit`` command: one click group, errors as one line, exit codes per the contract.

0 success, 1 a failure of the run, 2 a usage error. A GraphkitError becomes one
``Error: path:line: message`` line; a traceback is shown only with ``--debug``.
"""
from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..errors import GraphkitError


class GraphkitGroup(click.Group):
    """Turns library errors into one line and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GraphkitError as error:
            if ctx.params.get("debug"):
                raise
            click.echo(f"Error: {error}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted; outputs were left as they were", err=True)
            ctx.exit(130)


@click.group(cls=GraphkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def cli(debug: bool) -> None:
    """Build a who's-who knowledge graph from folders of Markdown articles."""


# what a command's results hold is freed by the process's end, not object by object (see main)
_kept_until_exit: list[object] = []
_leaving_without_teardown = False


def keep_until_exit(result: object) -> None:
    """Spare ``result`` being freed object by object when its command returns: after a large
    build that takes a tenth of a second, and ``main`` ends the process without it. Under a
    test runner, which calls the commands in its own process, nothing is kept."""
    if _leaving_without_teardown:
        _kept_until_exit.append(result)


def main() -> None:
    """Console-script entry point."""
    global _leaving_without_teardown
    _leaving_without_teardown = True
    from . import build, push, query, serve, validate, view  # noqa: F401  (registers the commands)
    try:
        cli(prog_name="graphkit")
    except SystemExit as leaving:
        code = leaving.code
    else:
        code = 0
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # as sys.exit("message") would
        code = 1
    # leave without freeing every object one by one, as mypy does: after a large build the
    # interpreter's teardown takes a quarter of a second; outputs are written and closed by now
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:  # the reader went away (`graphkit query ... | head`): nothing to tell it
            pass
    os._exit(code or 0)


if __name__ == "__main__":
    main()
    sys.exit(0)
