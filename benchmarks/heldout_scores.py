"""Extraction scores on the held-out sets: prints a table, asserts nothing.

    python benchmarks/heldout_scores.py [SETS] [--score ../shared/eval/score.py]

SETS (default: benchmarks/heldout) holds one folder a set: ``gold/*.json`` and ``SOURCES.md`` are in
the repository; ``docs/`` holds the articles, which are not (they are other people's writing):
restore them from the repository, commit and path ``SOURCES.md`` names for each, and check them
against ``CHECKSUMS``. A set without its articles is listed and skipped. Each set is built by
``graphkit build`` in a fresh process and scored by the evaluation's ``score.py``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from restore_heldout import checksums  # the sibling script: run as benchmarks/heldout_scores.py

KINDS = ("persons", "organizations", "memberships", "talks", "events")


def restored(folder: Path) -> tuple[int, list[str]]:
    """(articles present, names whose text differs from the one scored first)."""
    docs = folder / "docs"
    if not docs.is_dir():
        return 0, []
    # (CHECKSUMS names an article "NAME.md" or "docs/NAME.md": restore_heldout reads both)
    changed = [name for name, digest in checksums(folder).items()
               if (docs / f"{name}.md").exists() and hashlib.sha256((docs / f"{name}.md").read_bytes()).hexdigest() != digest]
    return len(list(docs.glob("*.md"))), changed


def score(folder: Path, scorer: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(folder / "docs"), "-o", out, "--quiet"],
                       check=True)
        result = subprocess.run([sys.executable, str(scorer), "--gold", str(folder / "gold"),
                                 "--graph", str(Path(out) / "graph.nq"), "--json"],
                                check=True, capture_output=True, text=True)
        return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="?", default=Path(__file__).parent / "heldout", type=Path)
    parser.add_argument("--score", default=Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py",
                        type=Path, help="the evaluation's score.py")
    args = parser.parse_args()
    if not args.score.exists():
        sys.exit(f"heldout_scores.py: no score.py at {args.score} (give --score)")
    print(f"{'set':<6} {'docs':>4}  {'macro':>6}  " + "  ".join(f"{k[:7]:>7}" for k in KINDS))
    macros = []
    for folder in sorted((p for p in args.sets.iterdir() if (p / "gold").is_dir()), key=lambda p: (len(p.name), p.name)):
        present, changed = restored(folder)
        if not present:
            print(f"{folder.name:<6} {'-':>4}  articles not restored (see {folder.name}/SOURCES.md)")
            continue
        result = score(folder, args.score)
        macros.append(result["macro_f1"])
        note = f"  ({len(changed)} article(s) differ from those first scored)" if changed else ""
        print(f"{folder.name:<6} {present:>4}  {result['macro_f1']:>6.3f}  "
              + "  ".join(f"{result[k]['f1']:>7.3f}" for k in KINDS) + note)
    if macros:
        print(f"mean macro F1 {statistics.mean(macros):.3f} over {len(macros)} sets")


if __name__ == "__main__":
    main()
