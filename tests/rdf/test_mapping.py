"""graphkit/rdf/mapping.py: one document's extraction as quads."""
from __future__ import annotations

from graphkit.ingest import parse_document
from graphkit.model import ORGANIZATION, Extraction, Mention
from graphkit.rdf.mapping import map_document
from graphkit.rdf.vocab import GK
from graphkit.resolve import resolve

BASE = "https://w3id.org/graphkit/id/"


def test_a_span_one_extractor_finds_twice_has_one_confidence_the_higher() -> None:
    document = parse_document("---\ntitle: 测试\ndate: 2024-01-01\n---\n来自星河数据的林晓峰。".encode(), "a.md")
    start = document.body.index("星河数据")
    found = tuple(Mention(ORGANIZATION, "星河数据", start, start + 4, "roles", confidence) for confidence in (0.65, 0.8))
    extraction = Extraction(document, found)
    quads = map_document(extraction, resolve([extraction]), BASE)
    confidences = [q.object.value for q in quads if q.predicate.value == GK + "confidence"]
    assert confidences == ["0.8"]
