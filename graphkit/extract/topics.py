"""Topics of an article: its front-matter tags."""
from __future__ import annotations

from typing import Iterable, Sequence

from ..model import TOPIC, Document, Mention, Relation


class TopicExtractor:
    """Each front-matter tag (a list or a comma-separated string) is a topic."""

    name = "topics"
    requires: tuple[str, ...] = ()
    provides = (TOPIC,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        tags = document.metadata.get("tags")
        if isinstance(tags, str):
            tags = tags.split(",")
        if not isinstance(tags, list):
            return
        for tag in dict.fromkeys(t.strip() for t in tags if isinstance(t, str) and t.strip()):
            yield Mention(TOPIC, tag, -1, -1, self.name, 1.0, field="tags")
