"""Topics of an article: its front-matter tags, its section headings and the titles of its talks.

A tag with no support in the article's own text - none of its words, nor any four-character
stretch of it, appears in the title, description or body - is marked ``supported=no``: a
site's CMS often attaches the same tag block to every article ("前端开发社区" on a recap of a
distillery visit). Together with the corpus-wide frequency rule (resolve/topics.py) it keeps
site boilerplate apart from real topics.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import TALK, TOPIC, Document, Mention, Relation
from . import lexicons

WORD = re.compile(r"[A-Za-z][A-Za-z0-9.+#-]+|[\u4e00-\u9fff]+")
HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+(?:\.\d+)*[.、\s]|[（(]?[一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[章节部分])\s*")
WINDOW = 4


class TopicExtractor:
    """Tags, section headings and talk titles, each a topic."""

    name = "topics"
    requires: tuple[str, ...] = ()
    uses = (TALK,)
    provides = (TOPIC,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        text = " ".join(str(document.metadata.get(k, "")) for k in ("title", "description")) + document.prose
        for tag in _tags(document.metadata.get("tags")):
            supported = "yes" if _supported(tag, text) else "no"
            yield Mention(TOPIC, tag, -1, -1, self.name, 1.0, field="tags", attrs=(("supported", supported),))
        generic = lexicons.load("generic_headings")
        for heading in document.headings:
            label = HEADING_NUMBER.sub("", heading.text).strip(" ：:")
            if 2 <= len(label) <= 40 and label not in generic and not label.endswith(("介绍", "回顾")):
                start = document.body.find(label, heading.start, heading.end)
                if start >= 0:
                    yield Mention(TOPIC, label, start, start + len(label), self.name, 0.6)
        for talk in found:
            if talk.kind == TALK and talk.start >= 0:
                yield Mention(TOPIC, talk.text, talk.start, talk.end, self.name, 0.6)


def _tags(value: object) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(t.strip() for t in value if isinstance(t, str) and t.strip()))


def _supported(tag: str, text: str) -> bool:
    """True when a word of the tag, or a four-character stretch of its Chinese, is in the text."""
    lowered = text.lower()
    for word in WORD.findall(tag):
        if word.isascii():
            if word.lower() in lowered:
                return True
        elif len(word) <= WINDOW:
            if word in text:
                return True
        elif any(word[i:i + WINDOW] in text for i in range(len(word) - WINDOW + 1)):
            return True
    return False
