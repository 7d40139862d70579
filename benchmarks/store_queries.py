"""The store's speed: full and incremental builds, and the ready queries. Prints figures,
asserts nothing.

    python benchmarks/store_queries.py [CORPUS]           (default: ../shared/corpus-real)
    python benchmarks/store_queries.py --generate 1000    (benchmarks/corpus_generator.py, ~1M quads)

The corpus is copied (or generated) into a temporary folder. Figures, each the median of
RUNS runs: a full ``build_store`` into an empty store; a rebuild with nothing changed; a
rebuild after changing one document (the incremental case: a different document each run,
a sentence naming a new person appended), each split into extraction, resolution + mapping
and the store update; then the median of QUERY_RUNS runs (SLOW_QUERY_RUNS past a second) of each ready query on the store.
A generated corpus is first checked: how much of what was planted extraction finds.
The outputs of ``-o`` are not written here: they are the same with or without a store
(benchmarks/build_speed.py).
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import tempfile
import time
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import Any

from corpus_generator import Article, generate

from graphkit.pipeline import build
from graphkit.query import collect, open_source, ready_queries, run_query
from graphkit.store import build_store

RUNS = 3
QUERY_RUNS = 20
SLOW_QUERY_RUNS = 5      # for a query slower than a second
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus-real"


def machine() -> str:
    """Cores, RAM, CPU model, Python and pyoxigraph: what the figures depend on."""
    cpu, memory = platform.processor() or platform.machine(), "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo", encoding="utf-8")
                   if line.startswith("model name"))
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{cpu}, {os.cpu_count()} cores, {memory} RAM, Python {platform.python_version()}, "
            f"pyoxigraph {version('pyoxigraph')}, {platform.system()} {platform.release()}")


def timed_build(corpus: Path, store: Path) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    result, changes = build_store([corpus], store)
    total = time.perf_counter() - started
    t = result.report["timings"]
    return total, {"extract_s": t["read_extract_s"], "resolve_s": t["resolve_s"], "map_s": t["map_s"],
                   "store_s": round(total - t["total_s"], 3), **changes, **result.report["cache"]}


def check_extraction(corpus: Path, articles: list[Article]) -> None:
    """Print the share of planted names that extraction found, per kind."""
    result = build([corpus])
    found = {e.document.path: e for e in result.extractions}
    counts: Counter[str] = Counter()
    for article in articles:
        mentions = found[article.path].mentions
        for kind, planted in (("person", article.persons), ("organization", article.organizations),
                              ("talk", article.talks), ("event", article.events)):
            names = {m.text.strip() for m in mentions if m.kind == kind}
            counts[f"{kind} planted"] += len(planted)
            counts[f"{kind} found"] += len(planted & names)
    print("extraction finds, of the names planted: " + ", ".join(
        f"{kind} {counts[kind + ' found']}/{counts[kind + ' planted']}"
        for kind in ("person", "organization", "talk", "event")))


def main() -> None:
    parser = argparse.ArgumentParser(description="store build and query figures")
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--generate", type=int, metavar="N", help="generate N articles instead")
    options = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        if options.generate:
            articles = generate(corpus, options.generate)
            check_extraction(corpus, articles)
        else:
            shutil.copytree(options.corpus, corpus)
        files = sorted(corpus.rglob("*.md"))
        fulls = []
        for run in range(RUNS):
            store = Path(tmp) / f"store{run}"
            full, detail = timed_build(corpus, store)
            fulls.append(full)
            print(f"full build of {len(files)} documents: {full:.2f} s  {detail}")
        same, detail = timed_build(corpus, store)
        print(f"rebuild, nothing changed: {same:.2f} s  {detail}")
        ones = []
        for run in range(RUNS):
            with open(files[(run + 1) * len(files) // (RUNS + 1)], "a", encoding="utf-8") as handle:
                handle.write(f"\n张三{'丰' * run}，阿里云资深技术专家，分享了《云原生的下一步》。\n")
            one, detail = timed_build(corpus, store)
            ones.append(one)
            print(f"rebuild after changing 1 document: {one:.2f} s  {detail}")
        full, one = statistics.median(fulls), statistics.median(ones)
        print(f"median: full build {full:.2f} s, incremental {one:.2f} s = {100 * one / full:.1f}% of the full build")
        db = open_source(store=store)
        print(f"store: {len(db)} quads")
        for name, text in sorted(ready_queries().items()):
            times: list[float] = []
            while len(times) < (QUERY_RUNS if min(times, default=0) < 1 else SLOW_QUERY_RUNS):
                started = time.perf_counter()
                rows = len(collect(run_query(db, text)).rows)
                times.append(time.perf_counter() - started)
            print(f"  @{name}: median {1000 * statistics.median(times):.1f} ms, {rows} rows")


if __name__ == "__main__":
    main()
