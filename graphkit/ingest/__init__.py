"""Ingest: every ``*.md`` under the inputs becomes a Document, or an IngestError naming the file."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import IngestError
from ..model import Document
from . import body as body_structure
from . import frontmatter
from .field_prose import FieldProse, prose_fields
from .files import decode, find_markdown

__all__ = ["read_documents", "read_document", "parse_document", "find_markdown", "field_documents", "rewritten"]


def read_documents(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[Document | IngestError]:
    """Yield a Document for every readable article, an IngestError for every other one."""
    for root, file in find_markdown(inputs):
        try:
            yield read_document(file, root)
        except IngestError as error:
            yield error


def read_document(file: str | os.PathLike[str], root: str | os.PathLike[str] | None = None) -> Document:
    """Read one article; its path in the graph is relative to ``root``."""
    file = Path(file)
    rel = file.relative_to(root).as_posix() if root is not None else file.name
    try:
        data = file.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror}", rel) from None
    return parse_document(data, rel)


def parse_document(data: bytes, path: str) -> Document:
    """Turn an article's bytes into a Document; raise IngestError naming ``path`` if impossible."""
    text, repairs = decode(data, path)
    block, body, _, split_repairs = frontmatter.split(text, path)
    repairs += split_repairs
    metadata: dict[str, object] = {}
    if block is not None:
        metadata, parse_repairs = frontmatter.parse(block, path, frontmatter.syntax(text))
        repairs += parse_repairs
    return _document(path, body, metadata, hashlib.sha256(data).hexdigest(), tuple(repairs))


def field_documents(document: Document) -> Iterator[tuple[FieldProse, Document]]:
    """The front matter's prose (see ``field_prose``), each as a document of its own: the
    article's path, its date (to date what the text dates by day and month) and no other
    front matter, so that what reads the front matter does not read it again."""
    date = document.metadata.get("date")
    metadata = {"date": date} if date is not None else {}
    for number, prose in enumerate(prose_fields(document.metadata, document.body)):
        body = prose.as_body().replace("\r\n", "\n").replace("\r", "\n")
        # one digest per value: what the extractors keep per article is kept per digest
        yield prose, _document(document.path, body, dict(metadata), f"{document.digest}#{number}", ())


def rewritten(document: Document, body: str) -> Document:
    """The document with another body of the same length (a view of it: the same spans hold),
    its structure and prose read again."""
    return _document(document.path, body, dict(document.metadata), f"{document.digest}#view", document.repairs)


def _document(path: str, body: str, metadata: dict[str, object], digest: str, repairs: tuple[str, ...]) -> Document:
    headings, sections, links = body_structure.structure(body)
    return Document(path=path, body=body, prose=body_structure.prose(body), metadata=metadata, digest=digest,
                    headings=headings, sections=sections, links=links, repairs=repairs)
