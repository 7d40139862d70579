"""Resolve: group the mentions of all documents into entities, one per real thing.

``resolve`` returns a table from (kind, folded name) to Entity; the mapping stage looks
mentions up in it to find the IRI key of what they name.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import re

from ..model import EVENT, Document, Entity, Extraction, Mention
from .normalize import fold, fold_event, has_han, variant_of

__all__ = ["resolve", "identity", "fold", "has_han", "Resolution"]


def identity(mention: Mention, document: Document) -> str:
    """The resolution key of a mention: its folded name, and for an event its edition - the
    date the text gives, else the article's year - so that "QCon" of 2018 and of 2023 stay
    two events."""
    name = mention.attr("alias_of") or mention.text
    key = fold_event(name) if mention.kind == EVENT else fold(name)
    if mention.kind == EVENT:
        year = re.match(r"\d{4}", str(document.metadata.get("date", "")))
        edition = mention.attr("date") or (year.group() if year else None)
        if edition:
            key = f"{key}_{edition}"
    return key


class Resolution:
    """Which entity each mention names, across the whole corpus."""

    def __init__(self, entities: dict[tuple[str, str], Entity]) -> None:
        self.entities = entities

    def entity(self, kind: str, name: str) -> Entity | None:
        """The entity a name of this kind refers to, if any (events: use ``entity_of``)."""
        return self.entities.get((kind, fold(name)))

    def entity_of(self, mention: Mention, document: Document) -> Entity | None:
        """The entity a mention in a document refers to, if any."""
        return self.entities.get((mention.kind, identity(mention, document)))

    def unique(self) -> list[Entity]:
        """Each entity once (spelling variants share one)."""
        return list({id(e): e for e in self.entities.values()}.values())


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge mentions whose folded names are equal, keeping every spelling seen."""
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    aliases: dict[tuple[str, str], tuple[str, str]] = {}
    for extraction in extractions:
        for mention in extraction.mentions:
            key = (mention.kind, identity(mention, extraction.document))
            spellings[key].add(mention.text.strip())
            if mention.attr("alias_of"):
                aliases[(mention.kind, fold(mention.text))] = key
    canonical = _variant_keys(spellings)
    merged: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, names in spellings.items():
        merged[canonical.get(key, key)] |= names
    entities = {key: Entity(key[0], key[1], tuple(sorted(names))) for key, names in merged.items()}
    for key, target in canonical.items():
        entities[key] = entities[target]
    for key, target in aliases.items():
        # a short form's own key finds the long form's entity unless it names one of its own
        entities.setdefault(key, entities[canonical.get(target, target)])
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
