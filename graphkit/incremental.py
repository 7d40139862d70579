"""Reusing an earlier store build's work: each document's completed mentions and its mapped
graph, kept while nothing they were made from has changed.

Cross-document resolution makes a document's graph depend on the others, but only through
a few things, each checked here against what the earlier build recorded:

- its mentions after the gazetteer depend on its extraction and on the gazetteer names
  that occur in its text: they are reused unless a name learnt or forgotten since occurs in it;
- its graph depends on those mentions, the base IRI, the boilerplate topics among its tags
  and the entities its mentions resolve to: the mapping is run with a resolution that notes
  every lookup, and the graph is reused when every lookup gives the same entity again.

So after an edit only the edited document and those whose entities it changed (a person
newly merged, an organisation alias) are mapped again. The graphs live in
``DIR/cache/graphs/``, one N-Quads file per digest, beside ``index.pickle``, the record of
what each was made from. A reused graph is read back lazily - a store update needs only its
digest - and mapped again if its file is gone or altered. The index is written after the
graph files and before unused ones are removed, so a crash leaves it naming files that
exist. Entries are kept per code fingerprint: a changed graphkit forgets them all. The
index is a pickle, read only from the store folder the user named.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import re
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, overload

import pyoxigraph as ox

from .model import Document, Entity, Extraction, Mention
from .rdf.export import nquads
from .rdf.mapping import map_document
from .resolve import Resolution, document, fold, gazetteer, identity

GRAPHS = "graphs"
INDEX = f"{GRAPHS}/index.pickle"    # not beside the extraction pickles, which their cache prunes
INDEX_VERSION = 1
MANY_NAMES = 64          # past this many changed gazetteer names, one regex scan beats `in` tests


@dataclasses.dataclass
class Entry:
    """What one document's graph was made from, and the graph's digest."""

    source: str                                   # extraction cache key: path, bytes, extractor code
    mentions: tuple[int | Mention, ...]           # after the gazetteer and completion, see _encode
    base: str
    lookups: dict[tuple[str, str], Any]           # entity table key -> _value of what it found
    boilerplate: dict[str, bool]                  # folded topic -> whether it was boilerplate
    digest: str                                   # sha256 of the graph's sorted N-Quads
    size: int                                     # quads in the graph


class CachedGraph(Sequence[ox.Quad]):
    """A document's quads, read from the cache on first use; its digest is known without them."""

    def __init__(self, digest: str, size: int, load: Callable[[], list[ox.Quad]]) -> None:
        self.digest = digest
        self.size = size
        self._load = load
        self._quads: list[ox.Quad] | None = None

    def _all(self) -> list[ox.Quad]:
        if self._quads is None:
            self._quads = self._load()
        return self._quads

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> ox.Quad: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ox.Quad]: ...

    def __getitem__(self, index: int | slice) -> ox.Quad | Sequence[ox.Quad]:
        return self._all()[index]

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self._all())


class RecordingResolution(Resolution):
    """A resolution that notes every entity looked up, to replay against a later resolution.

    The mapping reads a resolution only through ``entity`` and ``entity_of``; a mapping that
    read ``entities`` itself would escape the record and make reused graphs stale.
    """

    def __init__(self, resolution: Resolution, value: Callable[[Entity | None], Any]) -> None:
        super().__init__(resolution.entities)
        self.value = value
        self.lookups: dict[tuple[str, str], Any] = {}

    def entity(self, kind: str, name: str) -> Entity | None:
        return self._look((kind, fold(name)))

    def entity_of(self, mention: Mention, document: Document) -> Entity | None:
        return self._look((mention.kind, identity(mention, document)))

    def _look(self, key: tuple[str, str]) -> Entity | None:
        entity = self.entities.get(key)
        self.lookups[key] = self.value(entity)
        return entity


class RecordingTopics(frozenset[str]):
    """The boilerplate topics, noting which were asked about and the answers."""

    asked: dict[str, bool]

    def __new__(cls, topics: frozenset[str]) -> RecordingTopics:
        self = super().__new__(cls, topics)
        self.asked = {}
        return self

    def __contains__(self, topic: object) -> bool:
        answer = super().__contains__(topic)
        self.asked[str(topic)] = answer
        return answer


def _value(entity: Entity | None) -> Any:
    """All of an entity that a mapping can read, comparable between builds."""
    if entity is None:
        return None
    return entity.kind, entity.key, entity.names, tuple(sorted(entity.attrs.items()))


class GraphCache:
    """The completed mentions and mapped graph of every document of the last store build.

    Parameters
    ----------
    folder : where the index and graph files live (``DIR/cache``)
    key : the extraction cache's key of a document (path, sha256 of its bytes)
    fingerprint : the extraction cache's code fingerprint
    """

    def __init__(self, folder: str | os.PathLike[str], key: Callable[[str, str], str], fingerprint: str) -> None:
        self.folder = Path(folder)
        self.key = key
        self.fingerprint = hashlib.sha256(f"{fingerprint}\0{_package_fingerprint()}".encode()).hexdigest()
        self.old, self.old_names = self._read()
        self.entries: dict[str, Entry] = {}
        self.names: dict[str, str] = {}
        self.extracted: dict[str, tuple[Mention, ...]] = {}   # mentions before the gazetteer, by path
        self.previous: dict[str, tuple[Mention, ...]] = {}    # the last build's completed mentions
        self.values: dict[int, Any] = {}                      # _value by entity, shared in the index
        self.reused = {"mentions": 0, "graphs": 0}

    # -- the gazetteer stage -------------------------------------------------------
    def complete(self, extractions: list[Extraction], names: dict[str, str]) -> list[Extraction]:
        """Each extraction with the gazetteer's names and the document's completion applied,
        reusing the last build's mentions where neither the document nor its names changed."""
        self.names = names
        changed = [n for n in self.old_names.keys() | names.keys() if self.old_names.get(n) != names.get(n)]
        occurs = _finder(changed)
        pattern: re.Pattern[str] | None = None
        completed = []
        for extraction in extractions:
            doc = extraction.document
            entry = self.old.get(doc.path)
            self.extracted[doc.path] = extraction.mentions
            if entry is not None and entry.source == self.key(doc.path, doc.digest):
                self.previous[doc.path] = _decode(entry.mentions, extraction.mentions)
            if doc.path in self.previous and not occurs(doc.prose):
                self.reused["mentions"] += 1
                extraction = dataclasses.replace(extraction, mentions=self.previous[doc.path])
            else:
                if pattern is None:
                    pattern = gazetteer.compile_names(names)
                extraction = document.complete(gazetteer.apply(extraction, names, pattern))
            completed.append(extraction)
        return completed

    # -- the mapping stage ---------------------------------------------------------
    def map_document(self, extraction: Extraction, resolution: Resolution, base: str,
                     boilerplate_topics: frozenset[str] = frozenset()) -> Sequence[ox.Quad]:
        """The quads of one document's graph: the last build's, if made from the same things."""
        doc = extraction.document
        source = self.key(doc.path, doc.digest)
        entry = self.old.get(doc.path)
        fresh = lambda: map_document(extraction, resolution, base, boilerplate_topics)  # noqa: E731
        if (entry is not None and entry.source == source and entry.base == base
                and self.previous.get(doc.path) == extraction.mentions
                and all(self.value(resolution.entities.get(k)) == v for k, v in entry.lookups.items())
                and all((t in boilerplate_topics) == v for t, v in entry.boilerplate.items())
                and self._file(entry.digest).is_file()):
            self.reused["graphs"] += 1
            self.entries[doc.path] = entry
            return CachedGraph(entry.digest, entry.size, lambda: self._load(entry.digest, fresh))
        recording, topics = RecordingResolution(resolution, self.value), RecordingTopics(boilerplate_topics)
        quads = map_document(extraction, recording, base, topics)
        data = nquads(quads)
        digest = hashlib.sha256(data).hexdigest()
        self._write(digest, data)
        mentions = _encode(extraction.mentions, self.extracted.get(doc.path, ()))
        self.entries[doc.path] = Entry(source, mentions, base, recording.lookups, topics.asked, digest, len(quads))
        return CachedGraph(digest, len(quads), lambda: quads)

    def value(self, entity: Entity | None) -> Any:
        """``_value`` of an entity, made once per entity so that the index pickles it once."""
        if entity is None:
            return None
        value = self.values.get(id(entity))
        if value is None:
            value = self.values[id(entity)] = _value(entity)
        return value

    # -- the files -----------------------------------------------------------------
    def save(self) -> None:
        """Write the index of this build's entries and remove graph files no entry names."""
        data = {"version": INDEX_VERSION, "fingerprint": self.fingerprint, "names": self.names,
                "entries": self.entries}
        write_cache_file(self.folder / INDEX, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        keep = {f"{e.digest}.nq" for e in self.entries.values()}
        if (self.folder / GRAPHS).is_dir():
            for entry in os.scandir(self.folder / GRAPHS):
                if entry.name.endswith(".nq") and entry.name not in keep:
                    os.unlink(entry.path)

    def _read(self) -> tuple[dict[str, Entry], dict[str, str]]:
        """The last build's entries and gazetteer names; none if missing, unreadable or of other code."""
        try:
            with open(self.folder / INDEX, "rb") as handle:
                data = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return {}, {}
        if (not isinstance(data, dict) or data.get("version") != INDEX_VERSION
                or data.get("fingerprint") != self.fingerprint):
            return {}, {}
        return data["entries"], data["names"]

    def _file(self, digest: str) -> Path:
        return self.folder / GRAPHS / f"{digest}.nq"

    def _write(self, digest: str, data: bytes) -> None:
        if not self._file(digest).is_file():
            write_cache_file(self._file(digest), data)

    def _load(self, digest: str, fresh: Callable[[], list[ox.Quad]]) -> list[ox.Quad]:
        """A graph file's quads; mapped again if the file is gone or does not match its digest."""
        try:
            data = self._file(digest).read_bytes()
        except OSError:
            return fresh()
        if hashlib.sha256(data).hexdigest() != digest:
            return fresh()
        return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def _encode(mentions: tuple[Mention, ...], extracted: tuple[Mention, ...]) -> tuple[int | Mention, ...]:
    """Completed mentions with those taken over from the extraction as their index in it:
    the extraction cache holds those already, and ints pickle faster than mentions."""
    index = {id(m): i for i, m in enumerate(extracted)}
    return tuple(index.get(id(m), m) for m in mentions)


def _decode(encoded: tuple[int | Mention, ...], extracted: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple(extracted[m] if isinstance(m, int) else m for m in encoded)


def _finder(names: list[str]) -> Callable[[str], bool]:
    """A test for whether a text contains any of the names."""
    if not names:
        return lambda text: False
    if len(names) > MANY_NAMES:
        pattern = re.compile("|".join(re.escape(n) for n in names))
        return lambda text: pattern.search(text) is not None
    return lambda text: any(n in text for n in names)


def write_cache_file(path: Path, data: bytes) -> None:
    """Write a cache file whole (temporary file, then rename) without waiting for the disk:
    a cache file lost in a crash only costs work, as every reader checks what it reads."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _package_fingerprint() -> str:
    """A hash of graphkit's own source and word lists: resolution and mapping code included."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for file in sorted([*package.rglob("*.py"), *package.rglob("*.txt")]):
        digest.update(b"\0" + file.relative_to(package).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()
