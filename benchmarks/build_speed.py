"""Build speed against the floor, in one process on one core: prints figures, asserts nothing.

    python benchmarks/build_speed.py [CORPUS]     (default: ../shared/corpus-real)

The floor reads the same files and parses their front matter (decoding and YAML only);
the build is a whole ``graphkit build --workers 1`` run in a fresh process, start-up and
writing of all five outputs included. Each figure is the median of three runs. The build's
CPU time (user + system) is printed beside its wall time: on a shared machine the wall
time also counts the waits for a core, and the stage timings are those of report.json.
"""
from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graphkit.ingest import find_markdown
from graphkit.ingest.files import decode
from graphkit.ingest.frontmatter import parse, split, syntax

RUNS = 3
STAGES = ("read_extract_s", "resolve_s", "map_s", "write_s")


def floor(files: list[Path]) -> float:
    started = time.perf_counter()
    for file in files:
        try:
            text, _ = decode(file.read_bytes(), str(file))
            block, _, _, _ = split(text, str(file))
            if block is not None:
                parse(block, str(file), syntax(text))
        except Exception:  # the floor measures reading, not error handling
            pass
    return time.perf_counter() - started


def full_build(corpus: Path) -> tuple[float, float, dict[str, float]]:
    """(wall seconds, CPU seconds, report.json timings) of one whole build in a fresh process."""
    with tempfile.TemporaryDirectory() as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "graphkit", "build", str(corpus), "-o", out, "--quiet",
                        "--workers", "1"], check=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        timings = json.loads((Path(out) / "report.json").read_text(encoding="utf-8"))["timings"]
        return wall, cpu, timings


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus-real")
    files = [f for _, f in find_markdown([corpus])]
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    floor_s = statistics.median(floor(files) for _ in range(RUNS))
    builds = sorted(full_build(corpus) for _ in range(RUNS))
    wall, _, timings = builds[len(builds) // 2]
    cpu = statistics.median(b[1] for b in builds)
    print(f"corpus: {corpus} ({len(files)} files, {megabytes:.2f} MB)")
    print(f"floor (read + front matter): {floor_s:6.2f} s  {megabytes / floor_s:7.2f} MB/s")
    print(f"graphkit build, 1 worker:    {wall:6.2f} s  {megabytes / wall:7.2f} MB/s "
          f"(target >= 1 MB/s per core); CPU {cpu:.2f} s  {megabytes / cpu:.2f} MB/s")
    stages = ", ".join(f"{stage.removesuffix('_s')} {timings[stage]:.2f}" for stage in STAGES)
    startup = wall - timings["total_s"]
    print(f"  stages of the median run (s): {stages}; start-up and exit {startup:.2f}")


if __name__ == "__main__":
    main()
