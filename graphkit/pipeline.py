"""Runs the stages in order - ingest, extract, resolve, map - and collects the report.

No stage logic lives here. This module holds the only broad ``except``: a document that
fails in any stage is recorded as skipped, with its path and reason, and the build goes on.
"""
from __future__ import annotations

import gc
import os
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from pyoxigraph import Quad

from .errors import GraphkitError
from .extract import Extractor, available, load_extractors, run_extractors
from .ingest import find_markdown, read_document
from .model import Document, Extraction
from .rdf import iri
from .rdf.mapping import map_document
from .rdf.vocab import DEFAULT_BASE
from .resolve import document, gazetteer, resolve
from .resolve.topics import boilerplate_topics

if TYPE_CHECKING:
    from .incremental import GraphCache
    from .store import ExtractionCache

#: Called after each document with (path, skipped reason or None).
OnDocument = Callable[[str, "str | None"], None]


@dataclass
class Build:
    """The result of a build: quads per document graph, and the report."""

    quads: dict[str, Sequence[Quad]]
    report: dict[str, Any]
    base: str = DEFAULT_BASE
    documents: list[Document] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)

    def all_quads(self) -> list[Quad]:
        """Every quad of every document graph, in document order."""
        return [q for path in sorted(self.quads) for q in self.quads[path]]


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector, then restore it as it was.

    A build allocates millions of small objects that form no cycles and live to its end;
    the collector would walk them again and again (about a tenth of the build's time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # what was allocated meanwhile goes straight to the oldest generation (freeze, then
            # unfreeze): the next young collection would otherwise walk all of it at once
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def build(inputs: Iterable[str | os.PathLike[str]], *, base: str = DEFAULT_BASE,
          extractors: Sequence[str] | None = None, workers: int = 1,
          on_document: OnDocument | None = None, cache: ExtractionCache | None = None,
          graphs: GraphCache | None = None) -> Build:
    """Read, extract, resolve and map every article under ``inputs``.

    With a ``cache`` (see ``graphkit.store``), documents whose bytes an earlier build
    extracted are not read again; resolution always runs over all of them. With ``graphs``
    (see ``graphkit.incremental``), the gazetteer and mapping reuse what did not change.
    """
    with cycle_collector_paused():
        return _build(inputs, base=base, extractors=extractors, workers=workers,
                      on_document=on_document, cache=cache, graphs=graphs)


def _build(inputs: Iterable[str | os.PathLike[str]], *, base: str, extractors: Sequence[str] | None,
           workers: int, on_document: OnDocument | None, cache: ExtractionCache | None,
           graphs: GraphCache | None) -> Build:
    started = time.perf_counter()
    iri.check_base(base)
    timings: dict[str, float] = {}
    skipped: list[dict[str, str]] = []
    warnings: list[str] = []
    files = list(find_markdown(inputs))
    names = list(extractors) if extractors is not None else None
    load_extractors(names)  # fail early, in this process, on an unknown extractor

    def skip(path: str, error: Exception) -> None:
        reason = error.message if isinstance(error, GraphkitError) else f"{type(error).__name__}: {error}"
        skipped.append({"path": path, "error": type(error).__name__, "reason": reason})
        if on_document:
            on_document(path, reason)

    t = time.perf_counter()
    jobs = [(str(file), str(root), names) for root, file in files]
    extractions: list[Extraction] = []
    cached = cache.lookup(jobs) if cache is not None else {}
    todo = [job for job in jobs if job[0] not in cached]
    if workers > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            fresh = iter(list(pool.map(_extract_one, todo, chunksize=max(1, len(todo) // (workers * 8)))))
    else:
        fresh = map(_extract_one, todo)
    results = (cached[job[0]] if job[0] in cached else next(fresh) for job in jobs)
    for (file, root, _), result in zip(jobs, results):
        path = Path(file).relative_to(root).as_posix()
        if cache is not None and file not in cached:
            cache.save(file, result)
        if isinstance(result, Exception):
            skip(path, result)
            continue
        extractions.append(result)
        warnings += [f"{path}: {r}" for r in result.document.repairs]
        if on_document:
            on_document(path, None)
    timings["read_extract_s"] = time.perf_counter() - t

    t = time.perf_counter()
    learnt = gazetteer.learn(extractions)
    if graphs is not None:
        extractions = graphs.complete(extractions, learnt)
    else:
        pattern = gazetteer.compile_names(learnt)
        extractions = [document.complete(gazetteer.apply(e, learnt, pattern)) for e in extractions]
    resolution = resolve(extractions)
    boilerplate = boilerplate_topics(extractions)
    timings["resolve_s"] = time.perf_counter() - t

    t = time.perf_counter()
    quads: dict[str, Sequence[Quad]] = {}
    map_one = graphs.map_document if graphs is not None else map_document
    for extraction in extractions:
        try:
            quads[extraction.document.path] = map_one(extraction, resolution, base, boilerplate)
        except Exception as error:  # one bad document never sinks the build
            skip(extraction.document.path, error)
    timings["map_s"] = time.perf_counter() - t
    timings["total_s"] = time.perf_counter() - started

    kinds = Counter(entity.kind for entity in resolution.unique())
    report: dict[str, Any] = {
        "documents": {"read": len(quads), "skipped": len(skipped)},
        **({"cache": {"hits": len(cached), "extracted": len(todo)}} if cache is not None else {}),
        "skipped": sorted(skipped, key=lambda s: s["path"]),
        "warnings": sorted(warnings),
        "entities": dict(sorted(kinds.items())),
        "boilerplate_topics": sorted(boilerplate),
        "timings": {k: round(v, 3) for k, v in timings.items()},
    }
    return Build(quads, report, base, [e.document for e in extractions if e.document.path in quads],
                 [e for e in extractions if e.document.path in quads])


# per process: loaded extractors by (requested names, registry snapshot)
_EXTRACTORS: dict[tuple[tuple[str, ...] | None, tuple[str, ...]], list[Extractor]] = {}


def _extract_one(job: tuple[str, str, Sequence[str] | None]) -> Extraction | Exception:
    """Ingest and extract one file; an error is returned, not raised, so workers carry on."""
    file, root, names = job
    key = (tuple(names) if names is not None else None, tuple(available()))
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = load_extractors(names)
    try:
        return run_extractors(read_document(file, root), _EXTRACTORS[key])
    except Exception as error:  # an IngestError, or any failure: one bad document never sinks the build
        return error
