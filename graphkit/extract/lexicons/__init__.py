"""Word lists as package data: one entry per line, ``#`` starts a comment, loaded once by name."""
from __future__ import annotations

import functools
import re
from importlib.resources import files
from typing import Iterable

__all__ = ["alternation", "ends_with", "has_word", "load", "pairs"]


@functools.lru_cache(maxsize=None)
def load(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt``."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(e for e in entries if e)


@functools.lru_cache(maxsize=None)
def pairs(name: str) -> dict[str, str]:
    """The entries of ``lexicons/<name>.txt`` that are two fields parted by a tab, as a table."""
    return dict(entry.split("\t", 1) for entry in load(name) if "\t" in entry)


def has_word(text: str, name: str) -> bool:
    """True when a two-character word of ``lexicons/<name>.txt`` stands in ``text``."""
    words = load(name)
    return any(text[i:i + 2] in words for i in range(len(text) - 1))


def ends_with(text: str, *names: str) -> bool:
    """True when ``text`` ends with an entry of one of the lexicons ``names``."""
    return text.endswith(_endings(names))


@functools.lru_cache(maxsize=None)
def _endings(names: tuple[str, ...]) -> tuple[str, ...]:
    """The entries of the lexicons ``names`` as one tuple, for str.endswith to try in one call."""
    return tuple(sorted({entry for name in names for entry in load(name)}))


def alternation(words: Iterable[str]) -> str:
    """A regular expression for any of ``words``, the longest first where several match at one
    place: the words as a trie ("首席(?:架构师|技术官)"), so that the engine follows one branch
    a character instead of trying every word in turn (about twice as fast on a few hundred).

    >>> alternation(["首席", "首席架构师", "CTO"])
    '(?:CTO|首席(?:架构师)?)'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    ends_here = "" in node
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends_here else body
