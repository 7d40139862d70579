"""Writing a build's outputs - graph.nq, graph.ttl, graph.jsonld, graph.html, report.json - and
loading them back.

Every file is written atomically. The report holds timings; everything else is a pure
function of the input, so two builds give byte-identical graph files.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from pyoxigraph import Quad

from .atomicio import atomic_write
from .pipeline import Build, cycle_collector_paused
from .rdf.export import read_quads, write_rdf
from .rdf.vocab import prefixes
from .view import to_networkx
from .view.html import render_html

OUTPUTS = ("graph.nq", "graph.ttl", "graph.jsonld", "graph.html", "report.json")


def write_outputs(build: Build, outdir: str | os.PathLike[str]) -> dict[str, Any]:
    """Write the five outputs of a build into ``outdir``; return the completed report."""
    with cycle_collector_paused():
        return _write_outputs(build, Path(outdir))


def _write_outputs(build: Build, outdir: Path) -> dict[str, Any]:
    started = time.perf_counter()
    quads = build.all_quads()
    counts = write_rdf(outdir, quads, prefixes(build.base))
    page = render_html(to_networkx(quads), title="graphkit: " + ", ".join(_titles(build)))
    atomic_write(outdir / "graph.html", page.encode("utf-8"))
    report = build.report
    report["triples"] = counts["triples"]
    report["quads"] = counts["quads"]
    report["timings"]["write_s"] = round(time.perf_counter() - started, 3)
    report["timings"]["total_s"] = round(report["timings"]["total_s"] + report["timings"]["write_s"], 3)
    atomic_write(outdir / "report.json",
                 json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8") + b"\n")
    return report


def load(source: str | os.PathLike[str]) -> list[Quad]:
    """The quads of a build folder (its graph.nq) or of an RDF file."""
    return read_quads(source)


def _titles(build: Build) -> list[str]:
    titles = sorted(d.title or d.path for d in build.documents)
    return titles[:1] + ([f"and {len(titles) - 1} more"] if len(titles) > 1 else [])
