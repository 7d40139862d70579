"""Names learnt across the corpus: an organisation introduced by a frame in one article
("来自百度的…", "百度高级研发工程师") is recognised where another article names it bare
("他进入百度…").

The gazetteer holds the organisation names that extractors found in the text with
confidence of at least MIN_CONFIDENCE - in Chinese script only: a bare Latin word is as
often a product or project (Dubbo, SOFAStack) as a company - and Chinese person names of
three or more characters, or of two when titles introduced them in two articles and they
are no word
(other two-character names are too often parts of words; Latin pairs such as "Service
Mesh" too often terms). Front-matter
authors are accounts, not mentions, and do not count. Each further occurrence becomes a
mention with the gazetteer's own, lower, confidence.
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from typing import Iterable

from ..extract import lexicons
from ..model import ORGANIZATION, PERSON, Extraction, Mention

EXTRACTOR = "gazetteer"
MIN_CONFIDENCE = 0.75
CONFIDENCE = 0.6
TITLED = 0.85  # the confidence of a person found beside a title: enough to learn a two-character name
HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def learn(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Name -> kind for the names worth finding everywhere."""
    names: dict[str, str] = {}
    never = (lexicons.load("free_org_suffixes") | lexicons.load("unit_suffixes")
             | lexicons.load("common_words") | lexicons.load("places")
             | lexicons.load("title_modifiers"))  # "云原生": a domain, however it was read once
    short: dict[str, set[str]] = {}
    called_organisations: set[str] = set()
    for extraction in extractions:
        for m in extraction.mentions:
            if m.kind == ORGANIZATION:
                called_organisations.add(m.text)
            if m.confidence < MIN_CONFIDENCE or m.start < 0:
                continue
            if (m.kind == ORGANIZATION and len(m.text) >= 2 and HAN.search(m.text) and m.field is None
                    and m.text not in never):
                names.setdefault(m.text, ORGANIZATION)
            elif m.kind == PERSON and HAN.fullmatch(m.text[0]) and m.field is None and len(m.text) >= 3:
                names.setdefault(m.text, PERSON)
            elif m.kind == PERSON and m.field is None and m.confidence >= TITLED and _plain_two_character_name(m.text, never):
                short.setdefault(m.text, set()).add(extraction.document.path)
    # a two-character name is learnt where two articles introduce it with a title, and none calls
    # it an organisation ("青禾")
    names.update((n, PERSON) for n, paths in short.items() if len(paths) >= 2
                 and n not in names and n not in called_organisations and n not in lexicons.load("companies"))
    return names


def _plain_two_character_name(name: str, never: frozenset[str]) -> bool:
    """A two-character name introduced with a title ("架构师温某") is learnt when it is no word
    and its surname is no function word: "高飞", "于是" are too often words of other sentences."""
    return HAN_ONLY.fullmatch(name) is not None and len(name) == 2 and name not in never \
        and name[0] in lexicons.load("surnames") and name[0] not in lexicons.load("function_surnames")


def apply(extraction: Extraction, names: dict[str, str], pattern: re.Pattern[str] | None) -> Extraction:
    """The extraction with a mention for every gazetteer name in the document not yet covered."""
    if pattern is None:
        return extraction
    text = extraction.document.prose
    spans = sorted((m.start, m.end) for m in extraction.mentions if m.start >= 0)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end of spans so far
    added = []
    for match in pattern.finditer(text):
        start, end = match.span()
        name = match.group()
        i = bisect.bisect_right(starts, start) - 1
        if (i >= 0 and reach[i] >= end) or _inside_latin_word(text, start, end) or _runs_into_word(text, start, end):
            continue  # already inside a mention (or part of a Latin word, or of a Chinese one)
        added.append(Mention(names[name], name, start, end, EXTRACTOR, CONFIDENCE))
    mentions = tuple(_trimmed(m, names) for m in extraction.mentions) + tuple(added)
    # a person cut out of an organisation's name ("蚂蚁金" of "蚂蚁金服") is no person
    orgs = [(m.start, m.end) for m in mentions if m.kind == ORGANIZATION and m.start >= 0]
    kept = tuple(m for m in mentions if not (m.kind == PERSON and any(
        s <= m.start and m.end <= e and (e - s) > (m.end - m.start) for s, e in orgs)))
    if kept == extraction.mentions:
        return extraction
    return dataclasses.replace(extraction, mentions=kept)


def _trimmed(mention: Mention, names: dict[str, str]) -> Mention:
    """An organisation found by its suffix with words of the sentence before a learnt name
    ("类似蚂蚁集团", "肩负蚂蚁集团") is that name; a place before it ("中国工商银行") is no such word."""
    text = mention.text
    if mention.kind != ORGANIZATION or text in names or mention.start < 0:
        return mention
    for i in range(1, min(len(text) - 1, 7)):
        prefix, rest = text[:i], text[i:]
        if names.get(rest) == ORGANIZATION and HAN_ONLY.fullmatch(prefix) and not _names_place(prefix):
            return dataclasses.replace(mention, text=rest, start=mention.start + i)
    return mention


def _names_place(prefix: str) -> bool:
    places = lexicons.load("places")
    return any(prefix.endswith(p) or prefix.startswith(p) for p in places)


def compile_names(names: dict[str, str]) -> re.Pattern[str] | None:
    """One alternation of all names, longest first, so the longest name wins."""
    if not names:
        return None
    return re.compile(lexicons.alternation(names))


def _runs_into_word(text: str, start: int, end: int) -> bool:
    """The name begins a longer word ("京东|方") or its last character and the next one end an
    organisation's name ("开源社|区"): the name is part of another."""
    pair = text[end - 1:end + 1]
    if len(pair) < 2 or HAN.fullmatch(pair[1]) is None:
        return False
    common = lexicons.load("common_words")
    return pair in lexicons.load("org_suffixes") or text[start:end + 1] in common or text[start:end + 2] in common


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    before, after = text[start - 1:start], text[end:end + 1]
    return bool((before.isascii() and before.isalnum() and text[start].isascii())
                or (after.isascii() and after.isalnum() and text[end - 1].isascii()))
