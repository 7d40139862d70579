"""What the pipeline stages hand each other: documents, spans, mentions, relations, entities.

All are frozen dataclasses so that a stage cannot change what an earlier stage produced,
and so that they pickle cheaply between worker processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

#: Mention kinds the built-in extractors produce; third-party extractors may add others.
PERSON = "person"
ORGANIZATION = "organization"
TALK = "talk"
EVENT = "event"
TOPIC = "topic"
ROLE = "role"

#: Relation kinds.
HOLDS_ROLE = "holds_role"          # person -> organization (or None), label = role title
PERFORMS = "performs"              # person -> talk
PART_OF = "part_of"                # talk -> event
UNIT_OF = "unit_of"                # organization -> parent organization
AUTHORED = "authored"              # person or organization -> the article


@dataclass(frozen=True)
class Heading:
    """A Markdown heading: its level, text and span in the body."""

    level: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Link:
    """A Markdown link or image: its visible text, target and span in the body."""

    text: str
    url: str
    start: int
    end: int
    image: bool = False


@dataclass(frozen=True)
class Section:
    """The body text under one heading (or before the first), as a span of the body."""

    heading: Heading | None
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One article: its metadata, its body and the body's structure.

    Offsets everywhere are code points into ``body``: the text after the front matter's
    closing ``---`` line, with line ends normalised to ``\\n``. ``prose`` has the same
    length as ``body`` with Markdown syntax, code, URLs and HTML blanked to spaces, so that
    extractors can match on prose and still cite body offsets.
    """

    path: str                      # relative to the input root, POSIX separators
    body: str
    prose: str
    metadata: Mapping[str, Any]
    digest: str                    # sha256 of the file's bytes
    headings: tuple[Heading, ...] = ()
    sections: tuple[Section, ...] = ()
    links: tuple[Link, ...] = ()
    repairs: tuple[str, ...] = ()  # what ingest had to fix to read the file

    @property
    def title(self) -> str | None:
        """The front matter's title, else the first heading's text."""
        title = self.metadata.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        return self.headings[0].text if self.headings else None

    def heading_at(self, line_start: int) -> bool:
        """Whether the line starting at ``line_start`` is a heading (not a '#' inside code)."""
        return any(h.start == line_start for h in self.headings)

    def headings_with_parents(self) -> Iterator[tuple[Heading, Heading | None]]:
        """Each heading with the nearest heading above it of a higher level ("## 嘉宾" over "### 某某")."""
        above: list[Heading] = []
        for heading in self.headings:
            while above and above[-1].level >= heading.level:
                above.pop()
            yield heading, above[-1] if above else None
            above.append(heading)


@dataclass(frozen=True)
class Mention:
    """A name found in a document: what kind of thing, where, and who found it.

    ``start``/``end`` are body offsets (end exclusive). A mention taken from the front
    matter has ``field`` set to the key it came from and no body span (-1, -1).
    """

    kind: str
    text: str
    start: int
    end: int
    extractor: str
    confidence: float = 1.0
    field: str | None = None
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str) -> str | None:
        """The value of one attribute, or None."""
        for k, v in self.attrs:
            if k == key:
                return v
        return None


@dataclass(frozen=True)
class Relation:
    """A fact linking two mentions (``obj`` may be None: a title with no organisation).

    ``label`` carries the role title of a ``holds_role`` relation. ``start``/``end`` is
    the span of the sentence or phrase that states the fact.
    """

    kind: str
    subject: Mention
    obj: Mention | None
    start: int
    end: int
    extractor: str
    confidence: float = 1.0
    label: str | None = None


@dataclass(frozen=True)
class Extraction:
    """All that the extractors found in one document."""

    document: Document
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True)
class Entity:
    """One real thing after resolution: its kind, identity key and every spelling seen."""

    kind: str
    key: str
    names: tuple[str, ...]
    attrs: Mapping[str, str] = field(default_factory=dict)
