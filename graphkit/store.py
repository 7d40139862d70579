"""The persistent store: a pyoxigraph (RocksDB) store, one named graph per document,
updated incrementally by ``graphkit build --store DIR``.

A store folder holds three things::

    DIR/oxigraph/     the RocksDB store (``oxigraph serve --location DIR/oxigraph`` reads it too)
    DIR/graphs.json   per named graph: its document and the sha256 of its sorted N-Quads
    DIR/cache/        the extraction of every document seen, one pickle per content hash,
                      the last build's graphs (``graphkit.incremental``) and what the summary
                      graph was derived from (``graphkit.summary``)

Beside one named graph per document, the store holds the summary graph
``<https://w3id.org/graphkit/summary>``: rows derived from all the others for the ready
queries (``graphkit.summary``), changed in the same transaction as the graphs it comes from.

A rebuild re-extracts only documents whose bytes changed (the rest come from the cache),
then resolves the whole corpus again, so that entities merged across documents stay
right, maps again only the documents whose graph may have changed with that (see
``graphkit.incremental``), and replaces in the store only the graphs whose quads changed,
dropping the graphs of deleted documents. The replacement is one SPARQL Update, which
pyoxigraph applies in one transaction: an interrupted build leaves the store as it was or
as it is after.
``graphs.json`` is only a record of what is known to be in the store: the graphs about to
change are struck from it before the update, so a crash between the two can cost a
needless replacement next time, never a missed one.

The cache holds pickles, which are code: it is read only from the store folder the user
named, and it is keyed by the extractor code too, so that a changed extractor re-extracts.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.util
import json
import os
import pickle
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import pyoxigraph as ox

from . import __version__
from .atomicio import atomic_write
from .errors import StoreError
from .incremental import CachedGraph, GraphCache
from .model import Extraction
from .pipeline import Build
from .pipeline import build as run_build
from .rdf.export import nquads
from .rdf.mapping import graph_iri
from .summary import SUMMARY, SummaryCache, extract_graphs
from .summary import update as summary_update

STORE = "oxigraph"
INDEX = "graphs.json"
CACHE = "cache"
INDEX_VERSION = 1


def open_store(folder: str | os.PathLike[str], *, read_only: bool = False, create: bool = False) -> ox.Store:
    """Open the pyoxigraph store of a store folder.

    Parameters
    ----------
    folder : the store folder given to ``graphkit build --store``
    read_only : open without the write lock; unsafe while another process writes (RocksDB)
    create : make the folder if it does not exist

    Returns
    -------
    pyoxigraph.Store

    Raises
    ------
    StoreError
        if the folder holds no store, or another process holds it open for writing.

    Examples
    --------
    >>> import tempfile
    >>> store = open_store(tempfile.mkdtemp(), create=True)
    >>> len(store)
    0
    """
    folder = Path(folder)
    path = folder / STORE
    if not create and not path.is_dir():
        raise StoreError("no graphkit store here (build one with `graphkit build --store`)", folder)
    try:
        if create:
            folder.mkdir(parents=True, exist_ok=True)
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as error:  # pyoxigraph raises RuntimeError for RocksDB corruption
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        if "lock" in message.lower():
            message = "store is in use by another process (a build or `graphkit serve`)"
        raise StoreError(message, folder) from None


def build_store(inputs: Iterable[str | os.PathLike[str]], folder: str | os.PathLike[str],
                **options: Any) -> tuple[Build, dict[str, int]]:
    """Build the articles under ``inputs`` and bring the store in ``folder`` up to date.

    Parameters
    ----------
    inputs : folders or ``.md`` files, as for :func:`graphkit.build`
    folder : the store folder; created on the first build
    **options : passed to :func:`graphkit.build` (``base``, ``extractors``, ``workers``, ``on_document``)

    Returns
    -------
    (Build, dict)
        the build, and what changed in the store (see :func:`update_store`).

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> build, changes = build_store(["data"], folder)
    >>> changes["replaced"], build.report["cache"]
    (1, {'hits': 0, 'extracted': 1, 'mapped': 1})
    >>> build, changes = build_store(["data"], folder)
    >>> changes["replaced"], changes["unchanged"], build.report["cache"]
    (0, 1, {'hits': 1, 'extracted': 0, 'mapped': 0})
    """
    folder = Path(folder)
    store = open_store(folder, create=True)  # take the write lock before the long part
    with _collector_paused():
        cache = ExtractionCache(folder / CACHE, options.get("extractors"))
        graphs = GraphCache(folder / CACHE, cache.key, cache.fingerprint)
        result = run_build(inputs, cache=cache, graphs=graphs, **options)
        result.report["cache"]["mapped"] = len(result.quads) - graphs.reused["graphs"]
        changes = update_store(result, folder, store=store)
        graphs.save()
        cache.prune(e.document for e in result.extractions)
    return result, changes


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: a rebuild unpickles a few hundred thousand acyclic
    objects, and the collections they trigger took half of a one-document rebuild."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def update_store(build: Build, folder: str | os.PathLike[str], *, store: ox.Store | None = None) -> dict[str, int]:
    """Make the store hold exactly the build's graphs and their summary, in one transaction.

    Returns counts: ``graphs`` (now in the store), ``replaced`` (written anew),
    ``dropped`` (graphs of documents gone) and ``unchanged``.
    """
    folder = Path(folder)
    store = store if store is not None else open_store(folder, create=True)
    known, known_summary = _read_index(folder)
    new: dict[str, tuple[str, str, Sequence[ox.Quad]]] = {}
    for path, quads in build.quads.items():
        if quads:
            digest = quads.digest if isinstance(quads, CachedGraph) else hashlib.sha256(nquads(quads)).hexdigest()
            new[graph_iri(build.base, path).value] = (path, digest, quads)
    present = {_iri(g) for g in store.named_graphs()}
    if SUMMARY.value not in present:
        known_summary = None  # dropped by hand, or a store made before graphkit kept one
    present.discard(SUMMARY.value)
    dropped = sorted(present - set(new))
    replaced = sorted(g for g, (_, digest, _) in new.items()
                      if g not in present or known.get(g, {}).get("sha256") != digest)
    summary = SummaryCache(folder / CACHE)
    lines, token = summary.derive({digest: quads for _, digest, quads in new.values()})
    delete, insert = summary.changes(lines, known_summary)
    if dropped or replaced or delete is None or delete or insert:
        # strike what is about to change from the record first: see the module docstring
        _write_index(folder, {g: v for g, v in known.items() if g in present and g not in replaced
                              and g not in dropped})
        operations = [_replacement(dropped, [g for g in replaced if g in present],
                                   [q for g in replaced for q in new[g][2]]), summary_update(delete, insert)]
        try:
            store.update(" ;\n".join(o for o in operations if o))
            store.flush()
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot update the store: {error}", folder) from None
        summary.save(lines, token)
    _write_index(folder, {g: {"path": path, "sha256": digest} for g, (path, digest, _) in new.items()}, token)
    return {"graphs": len(new), "replaced": len(replaced), "dropped": len(dropped),
            "unchanged": len(new) - len(replaced)}


def refresh_summary(folder: str | os.PathLike[str], store: ox.Store) -> None:
    """Derive the summary graph again from what the store holds: after a SPARQL Update by hand
    (``graphkit query --update``), which changes the graphs and not the summary.

    The extracts read here are kept under the digests of ``graphs.json``, which a hand update
    leaves as they were: the next build takes them for what those graphs hold.
    """
    folder = Path(folder)
    known, _ = _read_index(folder)
    summary = SummaryCache(folder / CACHE)
    extracts = {known.get(graph, {}).get("sha256", f"unknown {graph}"): found
                for graph, found in extract_graphs(store).items()}
    lines, token = summary.replace(extracts)
    _write_index(folder, known)  # strike the summary first: see the module docstring
    try:
        store.update(summary_update(None, lines))
        store.flush()
    except (OSError, RuntimeError) as error:
        raise StoreError(f"cannot update the store: {error}", folder) from None
    summary.save(lines, token)
    _write_index(folder, known, token)


def _iri(graph: Any) -> str:
    """A graph name as text: the IRI of a named graph."""
    return graph.value if isinstance(graph, ox.NamedNode) else str(graph)


def _replacement(dropped: Sequence[str], cleared: Sequence[str], quads: Sequence[ox.Quad]) -> str:
    """One SPARQL Update dropping graphs and inserting quads, applied as one transaction."""
    operations = [f"DROP SILENT GRAPH {ox.NamedNode(g)}" for g in [*dropped, *cleared]]
    if quads:
        by_graph: dict[str, list[ox.Triple]] = {}
        for quad in quads:
            by_graph.setdefault(str(quad.graph_name), []).append(quad.triple)
        # N-Triples written by pyoxigraph is valid SPARQL triple syntax: no text of ours is spliced in
        blocks = [f"GRAPH {g} {{\n{(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b'').decode('utf-8')}}}"
                  for g, triples in by_graph.items()]
        operations.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    return " ;\n".join(operations)


def _read_index(folder: Path) -> tuple[dict[str, dict[str, str]], str | None]:
    """The record of graphs known to be in the store, and the digest of the summary known to
    be there; empty and None if missing or unreadable."""
    try:
        data = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, None
    if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
        return {}, None
    graphs, summary = data.get("graphs"), data.get("summary")
    return graphs if isinstance(graphs, dict) else {}, summary if isinstance(summary, str) else None


def _write_index(folder: Path, graphs: dict[str, Any], summary: str | None = None) -> None:
    """Write graphs.json atomically."""
    data = {"version": INDEX_VERSION, "graphkit": __version__, "graphs": dict(sorted(graphs.items())),
            "summary": summary}
    atomic_write(folder / INDEX, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")


class ExtractionCache:
    """Extractions of earlier builds, one pickle per document path, content and extractor code.

    Parameters
    ----------
    folder : where the pickles live (``DIR/cache``)
    extractors : the extractor names of the build, or None for all registered
    """

    def __init__(self, folder: str | os.PathLike[str], extractors: Sequence[str] | None = None) -> None:
        self.folder = Path(folder)
        self.fingerprint = _code_fingerprint(extractors)

    def key(self, path: str, digest: str) -> str:
        """The cache key of a document: its path, its bytes' sha256 and the extractor code."""
        return hashlib.sha256(f"{self.fingerprint}\0{path}\0{digest}".encode("utf-8")).hexdigest()

    def lookup(self, jobs: Iterable[tuple[str, str, Any]]) -> dict[str, Extraction]:
        """The cached extractions of the jobs' files that have one, by file."""
        found: dict[str, Extraction] = {}
        for file, root, _ in jobs:
            try:
                digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()
            except OSError:
                continue  # the extraction reports it
            extraction = self._load(self.key(Path(file).relative_to(root).as_posix(), digest))
            if extraction is not None:
                found[file] = extraction
        return found

    def save(self, file: str, result: Extraction | Exception) -> None:
        """Keep an extraction (errors are not kept: they are retried)."""
        if isinstance(result, Extraction):
            document = result.document
            atomic_write(self.folder / f"{self.key(document.path, document.digest)}.pickle",
                         pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, documents: Iterable[Any]) -> None:
        """Remove the pickles of documents that are no longer in the build."""
        keep = {f"{self.key(d.path, d.digest)}.pickle" for d in documents}
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.suffix == ".pickle" and entry.name not in keep:
                    entry.unlink(missing_ok=True)

    def _load(self, key: str) -> Extraction | None:
        """One pickle, or None if absent or unreadable (then the document is extracted again)."""
        try:
            with open(self.folder / f"{key}.pickle", "rb") as handle:
                value = pickle.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return value if isinstance(value, Extraction) else None


def _code_fingerprint(extractors: Sequence[str] | None) -> str:
    """A hash of what extraction depends on: graphkit's version, the extractors chosen and
    the source files of ingest, extract (with lexicons) and every registered extractor."""
    digest = hashlib.sha256(f"{__version__}\0{sorted(extractors) if extractors else None}".encode())
    package = Path(__file__).parent
    files = sorted([*(package / "ingest").rglob("*.py"), *(package / "extract").rglob("*.py"),
                    *(package / "extract").rglob("*.txt"), package / "model.py"])
    for point in sorted(entry_points(group="graphkit.extractors"), key=lambda p: p.name):
        digest.update(f"\0{point.name}={point.value}".encode())
        spec = importlib.util.find_spec(point.value.split(":")[0])
        if spec is not None and spec.origin and not spec.origin.startswith(str(package)):
            files.append(Path(spec.origin))
    for file in files:
        digest.update(b"\0" + file.relative_to(file.anchor).as_posix().encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:
            pass
    return digest.hexdigest()
