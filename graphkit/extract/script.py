"""Articles in traditional characters, read through a simplified view of them.

The lexicons (surnames, titles, organisation suffixes, frame words) are written in simplified
characters. An article in traditional characters (Taiwan's and Hong Kong's communities: 講師,
資訊工程師, 國立臺灣大學) is read through a view of it converted character by character with
OpenCC's tables, so the view has the article's length and every span holds for both. What
the extractors report is then given back in the article's own script: a name, a title or a
descriptor is the text at the place the view shows it, so the graph keeps "講師", as written.

The prose already reads Kangxi radicals as the characters they stand for ("应⽤", copied out of
a PDF, is 应用); the view does so in the body too, for the extractors that read its markup
(lists of linked recordings, tables).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Callable

import opencc

from ..ingest import rewritten
from ..ingest.body import RADICAL, RADICAL_CHARACTERS
from ..model import Document, Mention, Relation

# characters common in traditional text that simplified text never uses: a cheap first look
TRADITIONAL_HINT = re.compile("[們個這來說對時會為與發學國開關實現點還後從經過問題應樣裡體業處麼認長師講團隊資訊軟網際雲動務]")
CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


@functools.lru_cache(maxsize=1)
def _to_simplified() -> dict[int, str]:
    """Traditional character -> simplified character, where OpenCC maps one to one."""
    characters = [chr(code) for start, end in CJK_RANGES for code in range(start, end)]
    # one character a line: no two of them are read as a phrase
    converted = opencc.OpenCC("t2s").convert("\n".join(characters)).split("\n")
    if len(converted) != len(characters):  # cannot happen: a line break is never converted
        return {}
    return {ord(a): b for a, b in zip(characters, converted) if len(b) == 1 and b != a}


@functools.lru_cache(maxsize=1)
def _to_simplified_and_radicals() -> dict[int, str]:
    return {**_to_simplified(), **RADICAL_CHARACTERS}


def _view_table(text: str) -> dict[int, str]:
    """What the view changes: traditional characters where the text has some, radicals always."""
    traditional, radicals = TRADITIONAL_HINT.search(text) is not None, RADICAL.search(text) is not None
    if traditional:
        return _to_simplified_and_radicals() if radicals else _to_simplified()
    return RADICAL_CHARACTERS if radicals else {}


def simplified_view(document: Document) -> Document | None:
    """The document converted to simplified characters, or None if it has none to convert."""
    table = _view_table(document.body)
    if not table:
        return None
    body = document.body.translate(table)
    return rewritten(document, body) if body != document.body else None


def restore(view: Document, document: Document, mentions: list[Mention],
            relations: list[Relation]) -> tuple[list[Mention], list[Relation]]:
    """The mentions and relations found in ``view``, their texts in ``document``'s script."""
    original = _restorer(view, document)
    restored = {id(m): dataclasses.replace(m, text=original(m.text, m.start),
                                           attrs=tuple((k, original(v, -1) if not v.isascii() else v) for k, v in m.attrs))
                for m in mentions}
    return list(restored.values()), [
        dataclasses.replace(r, subject=restored.get(id(r.subject), r.subject),
                            obj=restored.get(id(r.obj), r.obj) if r.obj is not None else None,
                            label=original(r.label, -1) if r.label else r.label)
        for r in relations]


def _restorer(view: Document, document: Document) -> Callable[[str, int], str]:
    table = _view_table(document.body)

    def original(text: str, start: int) -> str:
        """The article's text where the view shows ``text``: at ``start`` if it is there, else
        where the view first has it; unchanged if the view has it nowhere."""
        at = start if start >= 0 and view.prose.startswith(text, start) else view.prose.find(text)
        if at < 0 or not text:
            return text
        found = document.prose[at:at + len(text)]
        return found if found.translate(table) == text else text
    return original
