"""Word lists as package data: one entry per line, ``#`` starts a comment, loaded once by name."""
from __future__ import annotations

import functools
from importlib.resources import files

__all__ = ["ends_with", "has_word", "load"]


@functools.lru_cache(maxsize=None)
def load(name: str) -> frozenset[str]:
    """The entries of ``lexicons/<name>.txt``."""
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(e for e in entries if e)


def has_word(text: str, name: str) -> bool:
    """True when a two-character word of ``lexicons/<name>.txt`` stands in ``text``."""
    words = load(name)
    return any(text[i:i + 2] in words for i in range(len(text) - 1))


def ends_with(text: str, *names: str) -> bool:
    """True when ``text`` ends with an entry of one of the lexicons ``names``."""
    return any(text.endswith(entry) for name in names for entry in load(name))
