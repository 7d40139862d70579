"""Markdown tables of speakers: "| 时间 | 分享主题 | 分享嘉宾 | 嘉宾介绍 |".

Columns are recognised by their header words, so any agenda table with a speaker column
yields rows of (person, descriptor, talk title), each with its body offset.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..model import Document

PERSON_HEADER = re.compile(r"嘉宾(?!介绍|简介)|讲师|讲者|分享人|分享者|演讲者|演讲人|主讲|姓名|Speaker|speaker|Name")
DESCRIPTOR_HEADER = re.compile(r"介绍|简介|职位|职务|头衔|公司|单位|Title|title|Company|company|Bio")
# a descriptor column that names the person's organisation only: "| 姓名 | 公司 |"
COMPANY_HEADER = re.compile(r"^(?:公司|单位|所在公司|所属公司|工作单位|组织|机构|Company|company|Organi[sz]ation|Affiliation)$")
TALK_HEADER = re.compile(r"主题|议题|题目|话题|内容(?!简介|介绍|概要)|Topic|topic|Talk|talk|Session")
ROW = re.compile(r"^[ \t]*\|?(.+?)\|?[ \t]*$")
RULE = re.compile(r"^[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*$")


@dataclass(frozen=True)
class SpeakerRow:
    """One table row naming a speaker; starts are body offsets, -1 where a column is absent."""

    person: str
    person_start: int
    descriptor: str = ""
    descriptor_start: int = -1
    talk: str = ""
    talk_start: int = -1
    descriptor_is_company: bool = False


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """(text, body offset) of each cell of a table line."""
    cells = []
    inner_start = line.index("|") + 1 if line.lstrip().startswith("|") else 0
    pos = inner_start
    for raw in line[inner_start:].rstrip().rstrip("|").split("|"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        cells.append((stripped, offset + pos + lead))
        pos += len(raw) + 1
    return cells


def kept_for_article(rows: Callable[[Document], Iterable[SpeakerRow]]) -> Callable[[Document], list[SpeakerRow]]:
    """``rows`` read once per article: several extractors ask for the same article's rows in
    turn, so the last article's are kept (a copy is returned each time)."""
    last: list = [None, []]

    @functools.wraps(rows)
    def kept(document: Document) -> list[SpeakerRow]:
        key = (document.path, document.digest)
        if last[0] != key:
            last[:] = [key, list(rows(document))]
        return list(last[1])
    return kept


@kept_for_article
def speaker_rows(document: Document) -> Iterator[SpeakerRow]:
    """Rows of every table whose header has a speaker column; the persons, roles and talks
    extractors all ask."""
    if "|" not in document.body:
        return
    lines = document.body.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i + 1 < len(lines):
        if "|" in lines[i] and RULE.match(lines[i + 1]):
            header = [c for c, _ in _cells(lines[i], offsets[i])]
            columns = {}
            for index, cell in enumerate(header):
                for key, pattern in (("talk", TALK_HEADER), ("person", PERSON_HEADER),
                                     ("descriptor", DESCRIPTOR_HEADER)):
                    if key not in columns and pattern.search(cell):
                        columns[key] = index
                        break
            i += 2
            while i < len(lines) and "|" in lines[i]:
                cells = _cells(lines[i], offsets[i])
                if "person" in columns and columns["person"] < len(cells):
                    person, person_start = cells[columns["person"]]

                    def column(key: str) -> tuple[str, int]:
                        index = columns.get(key)
                        return cells[index] if index is not None and index < len(cells) else ("", -1)

                    if person:
                        company = "descriptor" in columns and COMPANY_HEADER.match(header[columns["descriptor"]]) is not None
                        yield SpeakerRow(person, person_start, *column("descriptor"), *column("talk"), company)
                i += 1
        else:
            i += 1
