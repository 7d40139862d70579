"""Resolve: group the mentions of all documents into entities, one per real thing.

``resolve`` returns a table from (kind, folded name) to Entity; the mapping stage looks
mentions up in it to find the IRI key of what they name.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..model import Entity, Extraction
from .normalize import fold, has_han

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
    entities = {key: Entity(key[0], key[1], tuple(sorted(names))) for key, names in spellings.items()}
    return Resolution(entities)
