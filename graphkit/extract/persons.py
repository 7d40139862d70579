"""Persons: names found in the frames that introduce people in this genre, then every
later occurrence of those names in the document.

Frames, each a pattern of the language rather than of particular articles:

- a title chain before the name: "泸州老窖 CIO、腾讯云 TVP 苏王辉首先发表致辞";
- an apposition after the name: "温铭，API7.ai 联合创始人", "熊飞（经纬投创合伙人）";
- a label: "分享者：陈军旭", "讲师：张三", "文｜陈岸琦";
- a table with a speaker column; a list item "罗毅: 议题";
- Latin names in the same frames: "Jean-Philippe GOUIN，VMware Tanzu Labs Product Manager".

The descriptor next to a name (title chain or apposition) is kept on the mention as the
``descriptor`` attribute for the roles extractor.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator, Sequence

from ..model import PERSON, Document, Mention, Relation
from . import lexicons
from .descriptors import parse_descriptor, split_title
from .names import LATIN_NAME, surname_of
from .tables import speaker_rows

HAN = "\u4e00-\u9fff"
SENTENCE_END = "。！？；;!?\n"
LABELS = r"(?:分享嘉宾|分享者|分享人|演讲嘉宾|演讲者|演讲人|主讲人|主讲嘉宾|讲师|讲者|嘉宾|主持人|出品人|作者|文|撰文|采访|Speaker|speaker)"
LATIN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}))+"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    singles = "".join(sorted(s for s in lexicons.load("surnames") if len(s) == 1))
    compounds = "|".join(sorted((s for s in lexicons.load("surnames") if len(s) == 2), key=len, reverse=True))
    han_name = rf"(?:(?:{compounds})[{HAN}]{{1,2}}|[{singles}][{HAN}]{{1,2}})"
    titles = "|".join(re.escape(t) for t in sorted(lexicons.load("titles"), key=len, reverse=True))
    return {
        # title chain, then the name
        "title_before": re.compile(rf"(?:{titles})[ \t]*(?P<name>{han_name})"),
        # name at a boundary, then a comma or bracket and a descriptor
        "apposition": re.compile(
            rf"(?:^|(?<=[\s>*:：（(，,、|]))(?P<name>{han_name}|{LATIN})[ \t]*"
            rf"(?:[，,：:]|[（(])[ \t]*(?P<desc>[^。！？；;\n（）()]{{2,80}})"),
        "label": re.compile(rf"{LABELS}[ \t]*[：:｜|][ \t]*(?P<name>{han_name}|{LATIN})"),
        "list_item": re.compile(rf"^[ \t]*(?P<name>{han_name}|{LATIN})[ \t]*[:：][ \t]*\S", re.M),
    }


@functools.lru_cache(maxsize=1)
def _followers() -> tuple[str, ...]:
    return tuple(sorted(lexicons.load("speech_verbs"), key=len, reverse=True))


def trim_name(text: str, start: int, candidate: str) -> str:
    """Choose a Han name's length (2, 3 or 4 characters) from what follows it.

    The longest candidate followed by a boundary (punctuation, space, end, or a word
    that typically follows a name such as 表示, 担任, 首先) wins; otherwise two characters.
    """
    if not re.match(rf"[{HAN}]", candidate):
        return candidate
    surname = surname_of(candidate) or candidate[:1]
    lengths = [n for n in (len(surname) + 2, len(surname) + 1) if n <= len(candidate)]
    followers = _followers()
    for n in lengths:
        after = text[start + n:start + n + 4]
        if not after or not re.match(rf"[{HAN}]", after[0]) or after.startswith(followers):
            return candidate[:n]
    return candidate[:lengths[-1]]


def _is_name(name: str) -> bool:
    if re.fullmatch(LATIN, name):
        return True
    surname = surname_of(name)
    return surname is not None and 1 <= len(name) - len(surname) <= 2 and name not in lexicons.load("not_names")


class PersonExtractor:
    """Finds persons through introduction frames, then all their other mentions."""

    name = "persons"
    requires: tuple[str, ...] = ()
    provides = (PERSON,)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        text = document.prose
        seeds: dict[tuple[int, int], Mention] = {}
        for mention in self._frames(document):
            key = (mention.start, mention.end)
            if key not in seeds or (mention.attr("descriptor") and not seeds[key].attr("descriptor")):
                seeds[key] = mention
        names = {m.text for m in seeds.values()}
        yield from sorted(seeds.values(), key=lambda m: m.start)
        # every other occurrence of a name found in a frame
        for name in sorted(names):
            for match in re.finditer(re.escape(name), text):
                span = (match.start(), match.end())
                if span in seeds:
                    continue
                before = text[match.start() - 1:match.start()]
                after = text[match.end():match.end() + 1]
                if (before and before.isascii() and before.isalnum()) or (after and after.isascii() and after.isalnum()):
                    continue
                yield Mention(PERSON, name, *span, self.name, 0.8)

    def _frames(self, document: Document) -> Iterator[Mention]:
        text = document.prose
        patterns = _patterns()
        for match in patterns["title_before"].finditer(text):
            name = trim_name(text, match.start("name"), match.group("name"))
            if not _is_name(name):
                continue
            chain_start = _chain_start(text, match.start())
            chain = text[chain_start:match.start("name")]
            if not parse_descriptor(chain):
                continue
            start = match.start("name")
            yield Mention(PERSON, name, start, start + len(name), self.name, 0.9,
                          attrs=(("descriptor", chain.strip()), ("descriptor_start", str(chain_start))))
        for match in patterns["apposition"].finditer(text):
            raw = match.group("name")
            name = trim_name(text, match.start("name"), raw)
            if name != raw or not _is_name(name):
                continue
            desc = match.group("desc")
            first = re.split(r"[、，,]", desc, maxsplit=1)[0]
            if split_title(first.strip()) is None and not _org_only(first):
                continue
            start = match.start("name")
            yield Mention(PERSON, name, start, start + len(name), self.name, 0.9,
                          attrs=(("descriptor", desc.strip()), ("descriptor_start", str(match.start("desc")))))
        for key in ("label", "list_item"):
            for match in patterns[key].finditer(text):
                name = trim_name(text, match.start("name"), match.group("name"))
                if _is_name(name):
                    start = match.start("name")
                    yield Mention(PERSON, name, start, start + len(name), self.name, 0.85)
        for row in speaker_rows(document):
            name = row.person.strip()
            if _is_name(name):
                yield Mention(PERSON, name, row.person_start, row.person_start + len(name), self.name, 0.85,
                              attrs=(("descriptor", row.descriptor), ("descriptor_start", str(row.descriptor_start)))
                              if row.descriptor else ())


def _chain_start(text: str, end: int) -> int:
    """Where the title chain ending at ``end`` begins: after the sentence start or a frame word."""
    start = end
    while start > 0 and text[start - 1] not in SENTENCE_END and end - start < 80:
        start -= 1
    chain = text[start:end]
    frame = None
    for m in re.finditer(r"由|邀请|请到|包括|以及|及|和|与|是|为|的|（|\(|：|:|\|", chain):
        frame = m
    if frame is not None:
        start += frame.end()
    return start


def _org_only(text: str) -> bool:
    """True for a bare affiliation in an apposition: "来自阿里巴巴"."""
    return text.startswith("来自") and len(text) > 3
