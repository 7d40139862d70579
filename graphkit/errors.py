"""The errors graphkit raises, one subclass per pipeline stage.

GraphkitError
 ├── IngestError      a document cannot be read or decoded
 ├── ExtractError     an extractor failed on a document
 ├── RegistryError    an extractor is unknown or its requirements are unmet
 ├── MappingError     extracted facts cannot be turned into RDF
 ├── ExportError      an output file cannot be written or read back
 ├── ValidationError  a graph does not conform to the SHACL shapes
 ├── StoreError       the persistent store cannot be opened or updated
 ├── QueryError       a SPARQL query is malformed or fails
 ├── PushError        a triple store refused or could not be reached
 └── ViewError        the relationship graph cannot be drawn

Every error reads as one line in compiler form: ``path:line: message``.
"""
from __future__ import annotations

from pathlib import Path


class GraphkitError(Exception):
    """Base of all graphkit errors; carries where the problem is, when known."""

    def __init__(self, message: str, path: str | Path | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = [p for p in (self.path, self.line, self.column) if p is not None]
        prefix = ":".join(str(p) for p in where)
        return f"{prefix}: {self.message}" if prefix else self.message


class IngestError(GraphkitError):
    """Raised when a document cannot be read, decoded or its front matter parsed."""


class ExtractError(GraphkitError):
    """Raised when an extractor fails on a document."""


class RegistryError(GraphkitError):
    """Raised when an extractor name is unknown or its requirements cannot be met."""


class MappingError(GraphkitError):
    """Raised when extracted facts cannot be mapped to RDF."""


class ExportError(GraphkitError):
    """Raised when an output file cannot be written, or an input graph cannot be read."""


class ValidationError(GraphkitError):
    """Raised when a graph does not conform to the SHACL shapes."""


class StoreError(GraphkitError):
    """Raised when the persistent store cannot be opened or updated."""


class QueryError(GraphkitError):
    """Raised when a SPARQL query is malformed or fails to run."""


class PushError(GraphkitError):
    """Raised when a triple store refuses a request or cannot be reached."""


class ViewError(GraphkitError):
    """Raised when the relationship graph cannot be built or rendered."""
