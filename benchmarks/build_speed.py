"""Build speed against the floor, in one process on one core: prints figures, asserts nothing.

    python benchmarks/build_speed.py [CORPUS]     (default: ../shared/corpus-real)

The floor reads the same files and parses their front matter (decoding and YAML only);
the build is a whole ``graphkit build --workers 1`` run in a fresh process, start-up and
writing of all five outputs included. Each figure is the median of three runs.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graphkit.ingest import find_markdown
from graphkit.ingest.files import decode
from graphkit.ingest.frontmatter import parse, split

RUNS = 3


def floor(files: list[Path]) -> float:
    started = time.perf_counter()
    for file in files:
        try:
            text, _ = decode(file.read_bytes(), str(file))
            block, _, _, _ = split(text, str(file))
            if block is not None:
                parse(block, str(file))
        except Exception:  # the floor measures reading, not error handling
            pass
    return time.perf_counter() - started


def full_build(corpus: Path) -> float:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(corpus), "-o", out, "--quiet",
                        "--workers", "1"], check=True)
        return time.perf_counter() - started


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus-real")
    files = [f for _, f in find_markdown([corpus])]
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    floor_s = statistics.median(floor(files) for _ in range(RUNS))
    build_s = statistics.median(full_build(corpus) for _ in range(RUNS))
    print(f"corpus: {corpus} ({len(files)} files, {megabytes:.2f} MB)")
    print(f"floor (read + front matter): {floor_s:6.2f} s  {megabytes / floor_s:7.2f} MB/s")
    print(f"graphkit build, 1 worker:    {build_s:6.2f} s  {megabytes / build_s:7.2f} MB/s "
          f"(target >= 1 MB/s per core)")


if __name__ == "__main__":
    main()
