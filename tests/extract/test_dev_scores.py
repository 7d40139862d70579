"""Regression guard on the dev set: each F1 must stay above a floor a little under what the
extractors reach today. Skipped where ../shared/eval is not beside the checkout."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graphkit.outputs import write_outputs
from graphkit.pipeline import build

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"
FLOORS = {"persons": 0.96, "organizations": 0.88, "memberships": 0.86, "talks": 0.96, "events": 0.91}


@pytest.mark.skipif(not (EVAL / "dev" / "gold").is_dir(), reason="no ../shared/eval/dev beside the checkout")
def test_dev_set_scores_stay_above_their_floors(tmp_path: Path) -> None:
    write_outputs(build([EVAL / "dev" / "docs"]), tmp_path)
    scored = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "dev" / "gold"),
                             "--graph", str(tmp_path / "graph.nq"), "--json"],
                            capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    below = {kind: result[kind]["f1"] for kind, floor in FLOORS.items() if result[kind]["f1"] < floor}
    assert not below, f"dev-set F1 below its floor: {below}"
