"""graphkit/extract/lexicons: word lists, and the alternations made of them."""
from __future__ import annotations

import re

from graphkit.extract import lexicons


def test_a_lexicon_alternation_finds_what_the_longest_first_alternation_finds():
    words = sorted(lexicons.load("titles"), key=len, reverse=True)
    text = "青禾科技首席架构师、北辰云高级技术专家和 CTO 兼联合创始人，产品经理助理，架构"
    longest_first = re.compile("|".join(map(re.escape, words)))
    trie = re.compile(lexicons.alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in longest_first.finditer(text)]
    assert trie.pattern.count("|") < longest_first.pattern.count("|")
