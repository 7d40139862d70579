"""Resolve: group the mentions of all documents into entities, one per real thing.

``resolve`` returns a table from (kind, folded name) to Entity; the mapping stage looks
mentions up in it to find the IRI key of what they name.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..model import Entity, Extraction
from .normalize import fold, has_han, variant_of

__all__ = ["resolve", "fold", "has_han", "Resolution"]


class Resolution:
    """Which entity each mention names, across the whole corpus."""

    def __init__(self, entities: dict[tuple[str, str], Entity]) -> None:
        self.entities = entities

    def entity(self, kind: str, name: str) -> Entity | None:
        """The entity a name of this kind refers to, if any."""
        return self.entities.get((kind, fold(name)))


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge mentions whose folded names are equal, keeping every spelling seen."""
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for extraction in extractions:
        for mention in extraction.mentions:
            spellings[(mention.kind, fold(mention.text))].add(mention.text.strip())
    canonical = _variant_keys(spellings)
    merged: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, names in spellings.items():
        merged[canonical.get(key, key)] |= names
    entities = {key: Entity(key[0], key[1], tuple(sorted(names))) for key, names in merged.items()}
    for key, target in canonical.items():
        entities[key] = entities[target]
    return Resolution(entities)


def _variant_keys(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
    """Keys spelt with one rare variant character, mapped to the common spelling's key."""
    by_mask: dict[tuple[str, int, str], list[tuple[str, str]]] = defaultdict(list)
    for kind, key in keys:
        if len(key) >= 3 and has_han(key):
            for i in range(len(key)):
                by_mask[(kind, i, key[:i] + "\0" + key[i + 1:])].append((kind, key))
    canonical = {}
    for group in by_mask.values():
        for a in group:
            for b in group:
                if a != b and variant_of(a[1], b[1]):
                    canonical[a] = b
    return canonical
