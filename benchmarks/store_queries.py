"""The store's speed: full and incremental builds, and the ready queries. Prints figures,
asserts nothing.

    python benchmarks/store_queries.py [CORPUS]     (default: ../shared/corpus-real)

The corpus is copied to a temporary folder. Figures: a full ``build_store`` into an empty
store; a rebuild with nothing changed; a rebuild after changing one document (the
incremental case), each split into extraction, resolution + mapping and the store update;
then the median of 20 runs of each ready query on the store. The outputs of ``-o`` are
not written here: they are the same with or without a store (benchmarks/build_speed.py).
"""
from __future__ import annotations

import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from graphkit.query import collect, open_source, ready_queries, run_query
from graphkit.store import build_store

RUNS = 20


def timed_build(corpus: Path, store: Path) -> tuple[float, dict[str, object]]:
    started = time.perf_counter()
    result, changes = build_store([corpus], store)
    total = time.perf_counter() - started
    t = result.report["timings"]
    return total, {"extract_s": t["read_extract_s"], "resolve+map_s": round(t["resolve_s"] + t["map_s"], 3),
                   "store_s": round(total - t["total_s"], 3), **changes, **result.report["cache"]}


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus-real")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, store = Path(tmp) / "corpus", Path(tmp) / "store"
        shutil.copytree(source, corpus)
        files = sorted(corpus.rglob("*.md"))
        full, detail = timed_build(corpus, store)
        print(f"full build of {len(files)} documents: {full:.2f} s  {detail}")
        same, detail = timed_build(corpus, store)
        print(f"rebuild, nothing changed: {same:.2f} s  {detail}")
        with open(files[len(files) // 2], "a", encoding="utf-8") as handle:
            handle.write("\n张三，阿里云资深技术专家，分享了《云原生的下一步》。\n")
        one, detail = timed_build(corpus, store)
        print(f"rebuild after changing 1 document: {one:.2f} s = {100 * one / full:.1f}% of the full build  {detail}")
        db = open_source(store=store)
        print(f"store: {len(db)} quads")
        for name, text in sorted(ready_queries().items()):
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                rows = len(collect(run_query(db, text)).rows)
                times.append(time.perf_counter() - started)
            print(f"  @{name}: median {1000 * statistics.median(times):.1f} ms, {rows} rows")


if __name__ == "__main__":
    main()
