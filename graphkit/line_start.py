"""Patterns anchored at the start of a line, found from the line breaks.

A pattern led by "^" (re.M) is tried at every position of the text by Python's regex engine,
which costs as much as the pattern is rare. The same pattern led by the literal "\\n" is found
at C speed from the line breaks, then matched again, anchored, where it was found: the same
matches as ``finditer``, at a fraction of the cost on long articles.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator


class LineStartPattern:
    """A compiled "^"-led pattern (compiled with re.M) whose ``finditer`` searches from line breaks."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if not pattern.startswith("^"):
            raise ValueError(f"a line-start pattern must start with '^': {pattern[:40]!r}")
        self.anchored = re.compile(pattern, flags | re.M)
        self.after_break = re.compile("\n" + pattern[1:], flags | re.M)
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches ``self.anchored.finditer(text, pos, endpos)`` gives, in order."""
        end = len(text) if endpos is None else min(endpos, len(text))
        match = self.anchored.match(text, pos, end)
        while True:
            if match is not None:
                yield match
                # the line break that ended a match may be the one before the next (never before
                # the same start again: an empty match moves on)
                pos = max(match.end() - (text[match.end() - 1:match.end()] == "\n"), match.start())
            found = self.after_break.search(text, pos, end)
            if found is None:
                return
            match = self.anchored.match(text, found.start() + 1, end)
            if match is None:  # cannot happen: the same pattern at the same place
                pos = found.end()

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        """``self.anchored.sub(replace, text)``."""
        pieces: list[str] = []
        last = 0
        for match in self.finditer(text):
            pieces += (text[last:match.start()], replace(match))
            last = match.end()
        return "".join(pieces) + text[last:] if pieces else text

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.anchored.match(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def lines_holding(text: str, literal: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds a match of ``literal``, once each, the
    line break not included: the lines a rarer pattern need be tried on, found at C speed."""
    pos = 0
    while (found := literal.search(text, pos)) is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end()) % (len(text) + 1)
        yield start, end
        pos = end + 1
