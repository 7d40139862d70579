"""The committed ``exports/`` folder is what a fresh ``graphkit build data/`` writes today.

When this fails, the extractors or the mapping changed the sample's graph: look at the
difference, and if it is intended, regenerate with ``graphkit build data -o exports``.
"""
from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
REGENERATE = "exports/ is stale; if the change is intended, run: graphkit build data -o exports"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    script = Path(sys.executable).parent / "graphkit"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "graphkit"]
    result = subprocess.run([*command, "build", "data/", "-o", str(out), "--quiet"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # --quiet
    return out


def first_difference(old: bytes, new: bytes, context: int = 2, width: int = 200) -> str:
    """A short diff of the first lines that differ (graph.html is one long line of script)."""
    diff = difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                new.decode("utf-8", "replace").splitlines(),
                                "exports", "fresh build", n=context, lineterm="")
    return "\n".join(line[:width] for _, line in zip(range(12), diff))


@pytest.mark.parametrize("name", ["graph.nq", "graph.ttl", "graph.jsonld", "graph.html"])
def test_graph_file_equals_a_fresh_build(fresh: Path, name: str):
    committed = EXPORTS / name
    assert committed.is_file(), f"exports/{name} is missing; run: graphkit build data -o exports"
    old, new = committed.read_bytes(), (fresh / name).read_bytes()
    if old != new:  # not a bare assert: pytest would print both files in full
        pytest.fail(f"{REGENERATE}\n{first_difference(old, new)}", pytrace=False)


def test_report_equals_a_fresh_build_but_for_timings(fresh: Path):
    committed = EXPORTS / "report.json"
    assert committed.is_file(), "exports/report.json is missing; run: graphkit build data -o exports"
    old = json.loads(committed.read_text(encoding="utf-8"))
    new = json.loads((fresh / "report.json").read_text(encoding="utf-8"))
    del old["timings"], new["timings"]
    assert old == new, REGENERATE
