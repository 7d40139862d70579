"""A third-party graphkit extractor: titles of works quoted in 《》 become "work" mentions.

It is installed by ``tests/extract/test_registry.py`` and registers itself only through
the ``graphkit.extractors`` entry-point group, as any outside plugin would.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from graphkit.model import Document, Mention, Relation

WORK = "work"
# a title between Chinese book-title marks: "发表了《从大数据到数字化》的演讲"
TITLE = re.compile(r"《([^《》\n]{1,80})》")


class WorkTitleExtractor:
    """Each 《title》 in the prose is a mention of a work; the span is the title inside the marks."""

    name = "example_works"
    requires: tuple[str, ...] = ()
    provides = (WORK,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        for match in TITLE.finditer(document.prose):
            start, end = match.span(1)
            text = document.body[start:end]
            if text.strip():
                yield Mention(WORK, text, start, end, self.name, 0.9)
