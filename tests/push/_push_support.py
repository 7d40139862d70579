"""Helpers shared by the push tests (imported as a module beside them)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

import graphkit.cli.build  # noqa: F401  (registers the commands)
import graphkit.cli.push  # noqa: F401
from graphkit.cli import cli


def push(source: Path, *args: str) -> Result:
    """``graphkit push SOURCE ARGS…``, in process."""
    return CliRunner().invoke(cli, ["push", str(source), *args])


def quads_in(outdir: Path) -> int:
    """The quads of a build folder's graph.nq."""
    return sum(1 for line in (outdir / "graph.nq").read_bytes().splitlines() if line.strip())
