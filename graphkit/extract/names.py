"""What a personal name looks like, in Chinese and in Latin script.

Shared by the extractors that must tell a person from an organisation account or a word.
"""
from __future__ import annotations

import re

from . import lexicons

HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# "Alex Chen", "Daniel Kocot", "J. R. Smith", "Jean-Luc Picard"; 2-4 capitalised words
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?)){1,3}$")


def surname_of(name: str) -> str | None:
    """The Chinese family name a name starts with, compound ones first, or None."""
    surnames = lexicons.load("surnames")
    if name[:2] in surnames:
        return name[:2]
    if name[:1] in surnames:
        return name[:1]
    return None


def looks_like_person(name: str) -> bool:
    """True for a plausible personal name: a surname and one or two given characters, or a
    capitalised Latin given name and family name.

    >>> looks_like_person("苏王辉"), looks_like_person("Alex Chen"), looks_like_person("腾讯云开发者")
    (True, True, False)
    """
    name = name.strip()
    if HAN_NAME.match(name):
        surname = surname_of(name)
        return surname is not None and 1 <= len(name) - len(surname) <= 2
    return LATIN_NAME.match(name) is not None
