"""Finding the articles under the inputs and decoding their bytes to text.

Articles come as UTF-8, sometimes with a BOM, sometimes in GB18030 (older Chinese
editors); line ends may be CRLF or CR. Decoding returns text with ``\\n`` line ends and
the list of repairs made, so that a report can say what was fixed.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import IngestError

BOM = "\ufeff"
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def find_markdown(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, Path]]:
    """Yield ``(root, file)`` for every ``*.md`` under the inputs, each input sorted.

    A file given directly is its own root's only member; a missing input raises
    IngestError naming it.
    """
    seen: set[Path] = set()
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            root = path
            files = sorted((p for p in path.rglob("*.md") if p.is_file()),
                           key=lambda p: p.relative_to(root).as_posix())
        elif path.is_file():
            root, files = path.parent, [path]
        else:
            raise IngestError("no such file or folder", path)
        for file in files:
            resolved = file.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield root, file


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode an article's bytes; return the text with ``\\n`` line ends and the repairs made."""
    repairs: list[str] = []
    if not data.strip():
        raise IngestError("empty file", path)
    if b"\x00" in data[:8192]:
        raise IngestError("binary file (NUL bytes), not a Markdown article", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise IngestError(
                f"neither UTF-8 nor GB18030 (byte {utf8_error.start}: "
                f"{data[utf8_error.start:utf8_error.start + 1]!r})", path) from None
        repairs.append("decoded as GB18030")
    if text.startswith(BOM):
        text = text[1:]
        repairs.append("removed byte-order mark")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        repairs.append("normalised CR/CRLF line ends")
    if _looks_binary(text):
        raise IngestError("binary file (control characters), not a Markdown article", path)
    controls = len(CONTROL.findall(text))
    if controls:
        # stray backspaces and escapes that editors leave in text show as nothing; dropped as
        # line ends are normalised, so that they part no word ("想\b了解")
        text = CONTROL.sub("", text)
        repairs.append(f"removed {controls} control character{'s' * (controls > 1)}")
    return text, repairs


def _looks_binary(text: str) -> bool:
    """True when control characters make up more than a tenth of the first 4096 characters: a
    text with a few stray ones ("\b" pasted from a terminal) is still an article."""
    head = text[:4096]
    return len(CONTROL.findall(head)) > len(head) / 10
