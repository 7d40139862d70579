"""Helpers shared by the extractor tests (imported as a module beside them)."""
from __future__ import annotations

from graphkit.ingest.body import RADICAL_CHARACTERS
from graphkit.model import HOLDS_ROLE, PERFORMS, UNIT_OF, Extraction


def mentions(extraction: Extraction, *kinds: str) -> set[tuple[str, str]]:
    """(kind, text) of the mentions of the given kinds (all kinds when none is given)."""
    return {(m.kind, m.text) for m in extraction.mentions if not kinds or m.kind in kinds}


def texts(extraction: Extraction, kind: str) -> set[str]:
    """The texts of the mentions of one kind."""
    return {m.text for m in extraction.mentions if m.kind == kind}


def memberships(extraction: Extraction) -> set[tuple[str, str | None, str | None]]:
    """(person, role, organisation) of every holds_role relation."""
    return {(r.subject.text, r.label, r.obj.text if r.obj else None)
            for r in extraction.relations if r.kind == HOLDS_ROLE}


def units(extraction: Extraction) -> set[tuple[str, str]]:
    """(unit, parent) of every unit_of relation."""
    return {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == UNIT_OF and r.obj}


def talks(extraction: Extraction) -> set[tuple[str, str]]:
    """(speaker, title) of every performs relation."""
    return {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PERFORMS and r.obj}


def events(extraction: Extraction) -> set[tuple[str, str | None]]:
    """(name, date) of every event mention."""
    return {(m.text, m.attr("date")) for m in extraction.mentions if m.kind == "event"}


def assert_spans(extraction: Extraction) -> None:
    """Body spans are the contract: each mention's span cites exactly its text (a Kangxi radical
    read as the character it stands for, as the prose reads it; the graph's oa:exact is the body's)."""
    body = extraction.document.body.translate(RADICAL_CHARACTERS)
    bad = [(m.kind, m.text, body[m.start:m.end]) for m in extraction.mentions
           if m.start >= 0 and body[m.start:m.end] != m.text]
    assert not bad, f"spans that do not cite their mention: {bad}"
    for m in extraction.mentions:
        assert (m.start, m.end) == (-1, -1) or 0 <= m.start < m.end <= len(body), m
