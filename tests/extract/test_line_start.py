"""LineStartPattern finds what the same pattern's own finditer finds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from graphkit.extract import agenda, person_cards, persons, roles, speaker_layouts, talks
from graphkit.ingest import body as markdown_body
from graphkit.line_start import LineStartPattern

DATA = Path(__file__).resolve().parents[2] / "data"
PATTERNS = [value for module in (agenda, persons, person_cards, speaker_layouts, roles, talks, markdown_body)
            for value in vars(module).values()
            if isinstance(value, LineStartPattern)] + [persons._list_item()]

# text built from the pieces these patterns are made of: markers, names, brackets, colons, breaks
PIECES = st.sampled_from(["\n", "\n\n", "- ", "* ", "1. ", "  ", "\t", "**", "《", "》", "：", ":", "，", "、",
                          "（", "）", "|", "/", " - ", "## ", "【", "】", "[", "](x)", "09:30-10:00 ",
                          "```", "~~~", "---", "> ", "| --- |", "王小明", "李华", "张伟", "演讲", "主题分享", "嘉宾", "某公司", "工程师", "Alice Wu"])


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_a_pattern_must_lead_with_a_line_start() -> None:
    with pytest.raises(ValueError):
        LineStartPattern(r"[ \t]*-")


def test_the_first_line_and_a_match_ending_on_a_line_break_are_found() -> None:
    pattern = LineStartPattern(r"^- [^\n]*\n")
    text = "- a\n- b\nx\n- c\n"
    assert spans(pattern.finditer(text)) == spans(pattern.anchored.finditer(text)) == [(0, 4), (4, 8), (10, 14)]


def test_an_empty_match_moves_on() -> None:
    pattern = LineStartPattern(r"^-?")
    text = "a\n-b\n\n"
    assert spans(pattern.finditer(text)) == spans(pattern.anchored.finditer(text))


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_as_finditer_on_the_sample(pattern: LineStartPattern) -> None:
    for article in DATA.rglob("*.md"):
        body = article.read_text(encoding="utf-8")
        assert spans(pattern.finditer(body)) == spans(pattern.anchored.finditer(body))
        assert spans(pattern.finditer(body, 7, len(body) // 2)) == spans(pattern.anchored.finditer(body, 7, len(body) // 2))


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.integers(0, 5), st.data())
def test_same_matches_as_finditer(text: str, pos: int, data: st.DataObject) -> None:
    pattern = data.draw(st.sampled_from(PATTERNS))
    endpos = data.draw(st.integers(0, len(text) + 2))
    assert spans(pattern.finditer(text, pos, endpos)) == spans(pattern.anchored.finditer(text, pos, endpos))
    assert spans(pattern.finditer(text)) == spans(pattern.anchored.finditer(text))
    first = pattern.search(text)
    assert (first.span() if first else None) == ((m := re.search(pattern.anchored, text)) and m.span())
