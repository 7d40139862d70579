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


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """The text in simplified characters, nothing else changed: "講者" -> "讲者"."""
    return _t2s().convert(text) if HAN.search(text) else text


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


@functools.lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """Characters common in jieba's dictionary (lexicons/common_chars.txt, 64 to a line)."""
    from ..extract import lexicons
    return frozenset("".join(lexicons.load("common_chars")))


def variant_of(a: str, b: str) -> bool:
    """True when ``a`` spells ``b`` with one rare variant character: "青寕信安" of "青宁信安".

    >>> variant_of("青寕信安", "青宁信安"), variant_of("南京银行", "北京银行")
    (True, False)
    """
    if len(a) != len(b) or len(a) < 3:
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diffs) != 1 or not (HAN.match(diffs[0][0]) and HAN.match(diffs[0][1])):
        return False
    common = _common_chars()
    return diffs[0][0] not in common and diffs[0][1] in common


SERIES_WORDS = re.compile(r"系列(?:活动)?(?=第)")
EDITION = re.compile(r"第\s*(\d+|[一二三四五六七八九十]+)\s*[期场届次]")
GENERIC_EVENT_WORDS = re.compile(r"会议|大会")
LETTER_DOT = re.compile(r"(?<=[a-z])[.·](?=[a-z\u4e00-\u9fff])")  # "openSUSE.Asia 峰会" is "openSUSE Asia 峰会"


def fold_event(name: str) -> str:
    """An event name's comparison key: "掘力计划系列活动第20场" == "掘力计划第 20 期",
    "GIAC 会议云原生专场" == "GIAC 云原生专场".

    >>> fold_event("掘力计划系列活动第20场") == fold_event("掘力计划第 20 期")
    True
    >>> "".join(fold_event("Nimbus.Asia 峰会").split()) == "".join(fold_event("Nimbus Asia 峰会").split())
    True
    """
    key = EDITION.sub(r"第\1期", SERIES_WORDS.sub("", LETTER_DOT.sub(" ", fold(name))))
    return GENERIC_EVENT_WORDS.sub("", key) or key


def has_han(text: str) -> bool:
    """True when the text contains a Chinese character."""
    return HAN.search(text) is not None
