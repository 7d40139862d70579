"""Name folding: the only place spellings are compared.

Two spellings are the same name when their folded forms are equal: Unicode NFKC,
traditional to simplified Chinese (OpenCC), case folded, whitespace collapsed, and
quotes and brackets that wrap names removed.
"""
from __future__ import annotations

import functools
import re
import unicodedata

import opencc

WRAPPERS = re.compile(r"[《》「」『』“”\"'‘’〈〉<>]")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HAN_SPACE = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])\s+|\s+(?=[\u3400-\u9fff\uf900-\ufaff])")


@functools.lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The comparison key of a name: ``fold("華東師範大學") == fold("华东师范大学")``.

    >>> fold("  Alex   CHEN ")
    'alex chen'
    >>> fold("「TVP 走進瀘州老窖」")
    'tvp走进泸州老窖'
    """
    text = unicodedata.normalize("NFKC", name)
    text = WRAPPERS.sub("", text)
    if HAN.search(text):
        text = _t2s().convert(text)
        # spacing around Chinese characters is typographic: "腾讯云 TVP" == "腾讯云TVP"
        text = HAN_SPACE.sub("", text)
    return " ".join(text.casefold().split())


def has_han(text: str) -> bool:
    """True when the text contains a Chinese character."""
    return HAN.search(text) is not None
