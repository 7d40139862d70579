"""Extract: the Extractor protocol, the registry of extractors, and running them on a document.

Extractors are found through the ``graphkit.extractors`` entry-point group - built-in ones
too, so the plugin path is always the path in use. Each declares the mention kinds it
``requires`` and ``provides``; the registry orders them so that every extractor runs after
those that provide what it reads.
"""
from __future__ import annotations

import dataclasses
import functools
import warnings
from importlib.metadata import EntryPoint, entry_points
from typing import Iterable, Protocol, Sequence, runtime_checkable

from ..errors import ExtractError, RegistryError
from ..ingest import field_documents
from ..model import ORGANIZATION, PERSON, Document, Extraction, Mention, Relation
from .script import restore, simplified_view

__all__ = ["Extractor", "available", "load_extractors", "run_extractors", "GROUP"]

GROUP = "graphkit.extractors"


@runtime_checkable
class Extractor(Protocol):
    """Finds mentions and relations in a document, given what earlier extractors found."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    # optional: ``uses``, kinds read when an extractor providing them is loaded (ordering only)

    def __call__(self, document: Document,
                 found: Sequence[Mention]) -> Iterable[Mention | Relation]: ...


@functools.lru_cache(maxsize=1)
def available() -> dict[str, EntryPoint]:
    """Registered extractors by name."""
    return {ep.name: ep for ep in sorted(entry_points(group=GROUP), key=lambda e: e.name)}


def load_extractors(names: Sequence[str] | None = None) -> list[Extractor]:
    """Load extractors by name (all registered ones by default), in dependency order.

    A named extractor that is unknown, or whose requirements no loaded extractor provides,
    raises RegistryError listing what is available. A third-party extractor that fails to
    load when none was named is skipped with a warning.
    """
    registry = available()
    wanted = list(names) if names is not None else list(registry)
    unknown = [n for n in wanted if n not in registry]
    if unknown:
        raise RegistryError(f"unknown extractor {unknown[0]!r}; available: {', '.join(registry) or 'none'}")
    loaded: list[Extractor] = []
    for name in wanted:
        try:
            extractor = registry[name].load()()
        except Exception as error:  # a broken plugin must not stop the others
            if names is not None:
                raise RegistryError(f"extractor {name!r} failed to load: {error}") from error
            warnings.warn(f"extractor {name!r} failed to load and is skipped: {error}", stacklevel=2)
            continue
        if not isinstance(extractor, Extractor):
            raise RegistryError(f"extractor {name!r} does not implement the Extractor protocol")
        extractor.name = name
        loaded.append(extractor)
    return _order(loaded)


def _order(extractors: list[Extractor]) -> list[Extractor]:
    """Order so that providers run before the extractors that require their kinds."""
    ordered: list[Extractor] = []
    provided: set[str] = set()
    pending = sorted(extractors, key=lambda e: e.name)
    while pending:
        # ready when every other pending extractor providing a kind it reads has run
        ready = [e for e in pending if set(e.requires) <= provided
                 and not (_reads(e) & {k for o in pending if o is not e for k in o.provides})]
        if not ready:
            ready = [e for e in pending if set(e.requires) <= provided]
        if not ready:
            missing = sorted(set(pending[0].requires) - provided
                             - {k for e in pending for k in e.provides})
            if missing:
                raise RegistryError(f"extractor {pending[0].name!r} requires {', '.join(missing)}, "
                                    f"which no loaded extractor provides; available: {', '.join(available())}")
            raise RegistryError("extractors require each other in a cycle: "
                                + ", ".join(e.name for e in pending))
        for e in ready:
            ordered.append(e)
            provided.update(e.provides)
            pending.remove(e)
    return ordered


def _reads(extractor: Extractor) -> set[str]:
    """The kinds an extractor reads: those it requires and those it uses when available."""
    return set(extractor.requires) | set(getattr(extractor, "uses", ()))


def run_extractors(document: Document, extractors: Sequence[Extractor]) -> Extraction:
    """Run the extractors in order on one document, then on each prose value of its front
    matter (a lecture page's ``bio``); raise ExtractError naming the one that failed.

    What a front-matter value gives cites that value's field, as every front-matter fact
    does. Only people, their organisations and roles are taken from there: a summary's talks
    and events are loosely named, or cut short ("…《某某》的分享，讲述了 Flutt")."""
    mentions, relations = _run(document, extractors)
    for prose, field_document in field_documents(document):
        found, facts = _run(field_document, extractors)
        cited = {id(m): dataclasses.replace(m, start=-1, end=-1, field=prose.field)
                 for m in found if m.kind in WHO_KINDS}
        mentions += cited.values()
        relations += [dataclasses.replace(r, subject=cited[id(r.subject)], start=-1, end=-1,
                                          obj=cited[id(r.obj)] if r.obj is not None else None)
                      for r in facts if id(r.subject) in cited and (r.obj is None or id(r.obj) in cited)]
    return Extraction(document, tuple(mentions), tuple(relations))


WHO_KINDS = frozenset({PERSON, ORGANIZATION})


def _run(document: Document, extractors: Sequence[Extractor]) -> tuple[list[Mention], list[Relation]]:
    """The extractors' findings in one document; one in traditional characters is read through
    its simplified view (see ``script``) and what is found given back in its own script."""
    view = simplified_view(document)
    if view is None:
        return _found(document, extractors)
    return restore(view, document, *_found(view, extractors))


def _found(document: Document, extractors: Sequence[Extractor]) -> tuple[list[Mention], list[Relation]]:
    mentions: list[Mention] = []
    relations: list[Relation] = []
    for extractor in extractors:
        try:
            for item in extractor(document, tuple(mentions)):
                if isinstance(item, Mention):
                    mentions.append(item)
                else:
                    relations.append(item)
        except Exception as error:
            raise ExtractError(f"extractor {extractor.name!r} failed: {type(error).__name__}: {error}",
                               document.path) from error
    return mentions, relations
