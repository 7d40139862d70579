"""Site boilerplate among topics: tags attached to most articles of a site whatever their subject.

A site's CMS often adds the same tags to every article ("前端开发社区", "前端技术交流" ...).
They are recognised by frequency: a tag carried by at least MIN_DOCUMENTS documents that
comes, in at least MIN_SHARE of them, with the same other tags - a fixed tag block.
The tags are the topic mentions the topics extractor read from the front matter.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from ..model import TOPIC, Extraction
from .normalize import fold

MIN_DOCUMENTS = 3
MIN_SHARE = 0.6


def _tags(extraction: Extraction) -> set[str]:
    return {fold(m.text) for m in extraction.mentions if m.kind == TOPIC and m.field == "tags"}



def boilerplate_topics(extractions: Iterable[Extraction]) -> frozenset[str]:
    """Folded tags that are boilerplate: carried by most documents of a tag-sharing group.

    Documents are grouped by the set of tags they share with others: a tag is boilerplate
    when at least MIN_DOCUMENTS documents carry it and it co-occurs, in at least MIN_SHARE
    of them, with the same other tags (a site's fixed tag block), rather than varying
    with the subject.
    """
    docs = [_tags(e) for e in extractions]
    counts: Counter[str] = Counter(t for tags in docs for t in tags)
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for tags in docs:
        for t in tags:
            together[t].update(tags - {t})
    boiler = set()
    for tag, n in counts.items():
        if n < MIN_DOCUMENTS:
            continue
        companions = [c for c, k in together[tag].items() if k >= MIN_SHARE * n]
        # a fixed block: several tags always appearing together across documents
        if len(companions) >= 2:
            boiler.add(tag)
    return frozenset(boiler)
