"""graphkit/extract/script.py: an article in traditional characters, read through a simplified
view and reported in its own script."""
from __future__ import annotations

from _support import mentions
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.extract.script import simplified_view
from graphkit.ingest import parse_document, read_document
from graphkit.model import HOLDS_ROLE, ORGANIZATION, PERFORMS, PERSON

EXTRACTORS = ["organizations", "persons", "roles", "talks", "events"]


def test_traditional_text_is_read_with_the_simplified_lexicons_and_kept_as_written(extract):
    extraction = extract("traditional-script.md", EXTRACTORS)
    assert {t for k, t in mentions(extraction) if k == PERSON} == {"侯遠秀", "韓遠達", "蔡遠青"}
    assert {(r.subject.text, r.label, r.obj.text if r.obj else None) for r in extraction.relations
            if r.kind == HOLDS_ROLE} == {
        ("侯遠秀", "資深工程師", "青禾科技"), ("韓遠達", "資訊工程師", "北辰雲"),
        ("蔡遠青", "副教授", "國立青禾大學資訊工程學系")}
    # a table's lecture column (課程名稱) and its lecturer (講師)
    assert {(r.subject.text, r.obj.text) for r in extraction.relations if r.kind == PERFORMS} == {("韓遠達", "開源概論")}
    # every span cites the article's own text
    body = extraction.document.body
    assert all(body[m.start:m.end] == m.text for m in extraction.mentions if m.start >= 0)
    assert "國立青禾大學" in {t for k, t in mentions(extraction) if k == ORGANIZATION}


def test_the_view_keeps_every_offset_and_simplified_text_has_none(articles_dir):
    document = read_document(articles_dir / "traditional-script.md", articles_dir)
    view = simplified_view(document)
    assert view is not None and len(view.body) == len(document.body)
    assert "讲师" in view.body and "講師" in document.body
    assert [h.start for h in view.headings] == [h.start for h in document.headings]
    assert simplified_view(read_document(articles_dir / "persons-bio.md", articles_dir)) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x3400, max_codepoint=0x9FFF) | st.sampled_from("講師，們 \n"), max_size=60))
def test_the_view_has_the_text_s_length_whatever_the_text(body: str) -> None:
    document = parse_document(("---\ntitle: t\n---\n" + body).encode("utf-8"), "a.md")
    view = simplified_view(document)
    assert view is None or (len(view.body) == len(document.body) and len(view.prose) == len(document.prose))
