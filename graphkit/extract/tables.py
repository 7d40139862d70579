"""Markdown tables of speakers: "| 时间 | 分享主题 | 分享嘉宾 | 嘉宾介绍 |".

Columns are recognised by their header words, so any agenda table with a speaker column
yields rows of (person, descriptor, talk title), each with its body offset. A speaker's
profile written as fields, one a line ("讲师：某某" / "公司：某公司" / "讲师介绍：…"), is
such a row written down the page, its labels the header.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, TypeVar

from ..model import Document
from ..resolve.normalize import simplified
from . import lexicons
from .descriptors import split_title
from .names import surname_of
from .person_names import HAN, LATIN, is_name, no_word_inside, surnamed

# a programme's vocabulary, shared by its tables, agendas and lists of talks:
# the words that label its speakers ("分享嘉宾：", "主讲人："), a clock and a time slot ("09:55-10:30")
SPEAKER_LABEL = r"(?:分享嘉宾|演讲嘉宾|嘉宾|讲师|讲者|主讲人?|演讲者|演讲人|分享人|分享者|报告人|Speakers?)"
CLOCK_TIME = r"\d{1,2}[:：]\d{2}"
TIME_RANGE = rf"{CLOCK_TIME}[ \t]*[-–—~～至][ \t]*{CLOCK_TIME}"
LATIN_NAME = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){1,2}"
BOOK_TITLE = re.compile(r"《([^《》\n]{2,80})》")  # a talk's title in book-title marks

PERSON_HEADER = re.compile(r"嘉宾(?!介绍|简介)|讲师|讲者|分享人|分享者|演讲者|演讲人|报告人|主讲|姓名|选手|队员|获奖者|获奖人"
                           r"|参赛者|队长|教练|指导老师|指导教师"
                           r"|Speaker|speaker|Name")
# a cell of several people, their organisations on a line of their own: "甲、乙、丙<br>某大学"
CELL_LINE_BREAK = re.compile(r"</?br\s*/?>", re.I)  # "</br>" too, as browsers read it
CELL_NAME = re.compile(r"[^、，,<>\s][^、，,<>]{1,30}?(?=[ \t]*(?:[、，,]|<br|$))", re.I)
PERSON_SHAPED = re.compile(rf"[\u4e00-\u9fff]{{2,4}}|[A-Z][a-z]+|{LATIN_NAME}")  # a nickname alone too
TIME_HEADER = re.compile(r"时间|日期|时段|Time|time|Date|date")  # "课程时间": when, not what
DESCRIPTOR_HEADER = re.compile(r"介绍|简介|职位|职务|头衔|公司|单位|学校|院校|Title|title|Company|company|Bio")
# a descriptor column that names the person's organisation only: "| 姓名 | 公司 |"
COMPANY_HEADER = re.compile(r"^(?:公司|单位|所在公司|所属公司|工作单位|组织|机构|学校|Company|company|Organi[sz]ation|Affiliation)$")
TALK_HEADER = re.compile(r"主题|议题|题目|话题|(?:报告|讲座|演讲|分享|课程)名称|讲座|课程|演讲(?![者人]|嘉宾)|报告(?!人)|内容(?!简介|介绍|概要)|Topic|topic|Talk|talk|Session")
LINK_ONLY = re.compile(r"\[([^\[\]\n]+)\]\([^()\s]*\)")
ROW = re.compile(r"^[ \t]*\|?(.+?)\|?[ \t]*$")
# a table's delimiter row: cells of one hyphen or more, a colon at either end ("| :-: | --- |"), as in GFM
RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


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
        link = LINK_ONLY.fullmatch(stripped)  # "[某某](https://github.com/…)": the link's text
        cells.append((link.group(1), offset + pos + lead + 1) if link else (stripped, offset + pos + lead))
        pos += len(raw) + 1
    return cells


Row = TypeVar("Row")


def kept_for_article(rows: Callable[[Document], Iterable[Row]]) -> Callable[[Document], list[Row]]:
    """``rows`` read once per article: several extractors ask for the same article's rows in
    turn, so the last article's are kept (a copy is returned each time)."""
    last: list = [None, []]

    @functools.wraps(rows)
    def kept(document: Document) -> list[Row]:
        key = (document.path, document.digest)
        if last[0] != key:
            last[:] = [key, list(rows(document))]
        return list(last[1])
    return kept


@kept_for_article
def speaker_rows(document: Document) -> Iterator[SpeakerRow]:
    """Rows of every table whose header has a speaker column, Markdown or HTML; the persons,
    roles and talks extractors all ask."""
    tables = _tables(document)
    for header, rows in [*((header, rows) for header, rows, html in tables if not html), *_field_records(document.body)]:
        yield from _speaker_rows(header, rows)
    for header, rows, _ in (table for table in tables if table[2]):
        headed = list(_speaker_rows(header, rows))
        yield from headed or _unheaded_rows([header, *rows])


@kept_for_article  # the speakers' rows and the columns of names both read them
def _tables(document: Document) -> Iterator[tuple[Cells, list[Cells], bool]]:
    """(header, rows, whether HTML) of every Markdown table, then every HTML table, of the body."""
    for header, rows in _markdown_tables(document.body) if "|" in document.body else ():
        yield header, rows, False
    for header, rows in _html_tables(document.body) if "<td" in document.body else ():
        yield header, rows, True


Cells = list[tuple[str, int]]


def _speaker_rows(header: Cells, rows: list[Cells]) -> Iterator[SpeakerRow]:
    """The rows of one table whose header names a speaker column, read by its header words."""
    names = [simplified(c) for c, _ in header]  # "| 時間 | 主題 | 講者 |": the header words in either script
    columns: dict[str, int] = {}
    for index, cell in enumerate(names):
        for key, pattern in (("talk", TALK_HEADER), ("person", PERSON_HEADER), ("descriptor", DESCRIPTOR_HEADER)):
            if key not in columns and pattern.search(cell) and not (key == "talk" and TIME_HEADER.search(cell)):
                columns[key] = index
                break
    if "person" not in columns:
        return
    talk_columns = [i for i, cell in enumerate(names) if i != columns["person"] and TALK_HEADER.search(cell)
                    and not TIME_HEADER.search(cell)]
    if len(talk_columns) > 1:
        # "| 分享人 | 主题 | 内容 |" where 主题 says "硕士论文" row after row: the column of most
        # different values holds the titles, the other their kinds
        columns["talk"] = max(talk_columns, key=lambda i: len({cells[i][0].strip() for cells in rows if i < len(cells)}))
    # "| 姓名 | 公司 | 介绍 |": the descriptor is the introduction; the organisation's column gives a
    # row of its own ("| 姓名 | 公司 |": the organisation is the descriptor)
    described = [i for i, cell in enumerate(names)
                 if i not in (columns.get("talk"), columns["person"]) and (DESCRIPTOR_HEADER.search(cell) or COMPANY_HEADER.match(cell))]
    company_columns = [i for i in described if COMPANY_HEADER.match(names[i])]
    others = [i for i in described if i not in company_columns]
    if others:
        columns["descriptor"] = others[0]
    company = bool(company_columns) and not others
    company_column = company_columns[0] if company_columns and others else None
    other_people = [i for i, cell in enumerate(names) if i != columns["person"] and i not in described
                    and i != columns.get("talk") and PERSON_HEADER.search(cell)] if company_columns else []
    for cells in rows:
        def column(key: str) -> tuple[str, int]:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else ("", -1)

        person, person_start = column("person")
        if not person:
            continue
        lines = CELL_LINE_BREAK.split(person)
        people = list(CELL_NAME.finditer(lines[0]))
        if len(people) > 1 and (company or not column("descriptor")[0]) \
                and all(PERSON_SHAPED.fullmatch(n.group().strip()) for n in people):
            # "甲、乙、丙<br>某大学": each a row; a single organisation on the next line is each one's,
            # else the organisation's column ("| 甲、乙、丙 | 某大学 |")
            orgs = list(CELL_NAME.finditer(lines[1])) if len(lines) > 1 else []
            org, org_at = (orgs[0].group().strip(), person_start + person.find(lines[1]) + orgs[0].start()) if len(orgs) == 1 \
                else _company_cell(cells, company_columns)
            for name in people:
                yield SpeakerRow(name.group().strip(), person_start + name.start(), org, org_at, *column("talk"), org_at >= 0)
            continue
        if len(lines) > 1 and not column("descriptor")[0] and PERSON_SHAPED.fullmatch(lines[0].strip()) and lines[1].strip():
            # "陈某<br>某实验室青年科学家": the name, then its card on the cell's next line
            card = lines[1].strip()
            yield SpeakerRow(lines[0].strip(), person_start + len(lines[0]) - len(lines[0].lstrip()), card,
                             person_start + person.find(lines[1]) + len(lines[1]) - len(lines[1].lstrip()),
                             *column("talk"), company)
        else:
            yield SpeakerRow(person, person_start, *_after_name(*column("descriptor"), person), *column("talk"), company)
        if company_column is not None and company_column < len(cells) and cells[company_column][0]:
            yield SpeakerRow(person, person_start, *cells[company_column], descriptor_is_company=True)
    for index in other_people:
        # "| 队员 | 教练 | 学校 |": the people of another column belong to the row's organisation too
        for cells in rows:
            org, org_at = _company_cell(cells, company_columns)
            if index < len(cells) and org_at >= 0:
                cell, cell_start = cells[index]
                for name in CELL_NAME.finditer(CELL_LINE_BREAK.split(cell)[0]):
                    if PERSON_SHAPED.fullmatch(name.group().strip()):
                        yield SpeakerRow(name.group().strip(), cell_start + name.start(), org, org_at, descriptor_is_company=True)


def _company_cell(cells: Cells, company_columns: list[int]) -> tuple[str, int]:
    """The row's organisation, from the first column that names organisations, or ("", -1)."""
    index = company_columns[0] if company_columns else None
    return cells[index] if index is not None and index < len(cells) and cells[index][0] else ("", -1)


# what a cell holds where a programme has no one: "--", "待定"
HAN_CELL = re.compile(rf"[{HAN}]{{2,3}}")
TALK_CELL = re.compile(r"[^\n]{4,120}")
CLOCK_CELL = re.compile(CLOCK_TIME)
EMPTY_CELLS = frozenset({"", "-", "--", "—", "——", "/", "无", "暂无", "待定", "TBD", "N/A"})
CELL_NAME_PART = re.compile(r"[^、，,/\s][^、，,/]*?(?=[ \t]*(?:[、，,/]|$))")


def _name_in_a_column(cell: str) -> bool:
    """A table cell that is one person's name: a listed surname's, no word inside it ("容错性"), or a
    listed given name first."""
    if HAN_CELL.fullmatch(cell):
        return speaker_name(cell) and is_name(cell) and no_word_inside(cell)
    return re.fullmatch(LATIN, cell) is not None and cell.split()[0] in lexicons.load("latin_given_names") and is_name(cell)


def _name_among_names(cell: str) -> bool:
    """A table cell that may be a name among names: a listed one, one whose surname is also a word
    ("谢某"), or a Latin name."""
    if HAN_CELL.fullmatch(cell):
        return speaker_name(cell) and surnamed(cell)
    return re.fullmatch(LATIN, cell) is not None and is_name(cell)


def _people_columns(rows: list[Cells]) -> Iterator[tuple[int, dict[int, Cells]]]:
    """(column, {row index: its names}) of each column of a table that holds names only: two
    names at least, each cell one name or names joined by 、, a cell with no one ("--") aside.
    The first row counts where its cell is a name: HTML tables often have no header. Half of
    the Chinese names at least have a common surname, as people's names do ("容错性", "易用性": no)."""
    common = lexicons.load("common_surnames")
    for column in range(max((len(cells) for cells in rows), default=0)):
        cells = {i: [(part.group(), cells[column][1] + part.start()) for part in CELL_NAME_PART.finditer(cells[column][0])]
                 for i, cells in enumerate(rows) if column < len(cells) and cells[column][0] not in EMPTY_CELLS}
        first = min(cells, default=None)
        if first is not None and not all(_name_among_names(name) for name, _ in cells[first]):
            del cells[first]  # a header
        names = [name for cell in cells.values() for name, _ in cell]
        if sum(map(_name_in_a_column, names)) >= 2 and all(map(_name_among_names, names)) \
                and 2 * sum(name[0] in common for name in names) >= sum(HAN_CELL.fullmatch(name) is not None for name in names):
            yield column, cells


def _wide_rows(rows: list[Cells]) -> list[Cells]:
    """A table's rows but those one cell wide (a heading across, a row of details)."""
    return [cells for cells in rows if len(cells) > 1] if any(len(cells) > 1 for cells in rows) else rows


def _unheaded_rows(rows: list[Cells]) -> Iterator[SpeakerRow]:
    """The rows of a programme with no header ("<td>某某</td><td>《题目》</td><td>详情</td>"): a
    column of names only, from the first row on, and one column of titles beside it, each row's
    its own (a button's word, the same in every row, is none; nor is a clock)."""
    rows = _wide_rows(rows)
    people = list(_people_columns(rows))
    if len(people) != 1 or 0 not in people[0][1]:
        return
    column, names = people[0]
    titles = [c for c in range(max(len(cells) for cells in rows)) if c != column
              and all(c < len(rows[i]) and TALK_CELL.fullmatch(rows[i][c][0]) and not CLOCK_CELL.search(rows[i][c][0])
                      for i in names)
              and len({rows[i][c][0] for i in names}) == len(names)]
    if len(titles) != 1:
        return
    for i, cell in names.items():
        if len(cell) == 1:
            yield SpeakerRow(*cell[0], talk=rows[i][titles[0]][0], talk_start=rows[i][titles[0]][1])


def name_columns(document: Document) -> Iterator[tuple[str, int]]:
    """(name, body offset) of the cells of every table column that holds names only, whatever its
    header says ("| 时间 | 内容 | 主持人 |", or none)."""
    for header, rows, html in _tables(document):
        # an HTML table's first row is one of its rows where it holds names: such tables often have no header
        for _, cells in _people_columns(_wide_rows([header, *rows] if html else rows)):
            for names in cells.values():
                yield from names


def _after_name(descriptor: str, start: int, person: str) -> tuple[str, int]:
    """The descriptor without the person's name leading it: "高某 某公司架构师", "侯某 -- 某公司负责人"."""
    lead = NAME_LEAD.match(descriptor, len(person)) if person and descriptor.startswith(person) else None
    return (descriptor[lead.end():], start + lead.end()) if lead else (descriptor, start)


NAME_LEAD = re.compile(r"[ \t]*(?:[-—–]{1,2}|[，,：:])?[ \t]*(?=\S)")


# a field's line: "讲师：某某", "- **公司：** 某公司", "个人介绍：…"
FIELD_LINE = re.compile(r"[ \t>*+-]*(?P<key>[^\s：:*|#>]{1,8}?)(?:\*\*)?[ \t]*[：:][ \t*]*(?P<value>[^\n]*?)[ \t*]*$")
# the labels of a profile's fields, each as the header word of a table's column it stands for
RECORD_FIELDS = ((re.compile(r"公司|单位|所在公司|所属公司|工作单位|就职公司|机构|学校|Company|company|Affiliation"), "公司"),
                 (re.compile(r"(?:个人|嘉宾|讲师|讲者|演讲者|分享者|分享人)?(?:介绍|简介)|职位|职务|头衔|Bio|bio"), "介绍"),
                 (re.compile(r"(?:分享|演讲|报告|讲座)?(?:主题|议题|题目|话题)|Topic|topic|Talk|talk"), "主题"))
RECORD_PERSON_KEY = re.compile(r"(?:分享|演讲|主讲|特邀)?(?:嘉宾|讲师|讲者)|主讲人?|分享人|分享者|演讲者|演讲人|报告人|姓名|Speaker|speaker")
RECORD_NAME_MAX = 30  # a name, or a name and a short card: longer, the label opens a sentence


def _field_records(body: str) -> Iterator[tuple[Cells, list[Cells]]]:
    """(header, [row]) of each profile written as fields: a line that labels a person ("讲师：某某"),
    then the field lines after it, as many blank lines between as between its first two, to the
    next person's label, a heading or a line of prose. Fields of no known label ("时间：",
    "邮箱：") are passed over."""
    for person_key in RECORD_PERSON_KEY.finditer(body):
        line_start = body.rfind("\n", 0, person_key.start()) + 1
        line_end = body.find("\n", person_key.end()) % (len(body) + 1)
        first = FIELD_LINE.fullmatch(body, line_start, line_end)
        if first is None or first.start("key") != person_key.start() or first.end("key") != person_key.end() \
                or not 2 <= len(first.group("value")) <= RECORD_NAME_MAX:
            continue
        header: Cells = [("讲师", first.start("key"))]
        row: Cells = [(first.group("value"), first.start("value"))]
        # a title on the line above ("**X 实践**" over "演讲人：某某") is this person's: a title's
        # field below is the next one's
        titled = _title_above(body, line_start)
        pos = line_end + 1
        spacing, blanks = -1, 0  # the blank lines between its first two fields part all of them
        while pos < len(body):
            end = body.find("\n", pos) % (len(body) + 1)
            if not body[pos:end].strip():
                blanks += 1
            else:
                field = FIELD_LINE.fullmatch(body, pos, end)
                if field is None or body.startswith("#", pos) or RECORD_PERSON_KEY.fullmatch(field.group("key")) \
                        or 0 <= spacing < blanks:
                    break
                spacing, blanks = blanks if spacing < 0 else spacing, 0
                label = next((word for pattern, word in RECORD_FIELDS if pattern.fullmatch(field.group("key"))), "")
                if label and field.group("value") and label not in (word for word, _ in header) \
                        and not (titled and label == "主题"):
                    header.append((label, field.start("key")))
                    row.append((field.group("value"), field.start("value")))
            pos = end + 1
        if len(header) > 1:
            yield header, [row]


def _title_above(body: str, line_start: int) -> bool:
    """Whether a title stands above a person's label: a title's line (see ``title_line_above``)
    or a title's field ("议题：X") on the last line that is not blank."""
    if title_line_above(body, line_start) is not None:
        return True
    end = len(body[:line_start].rstrip())
    line = body[body.rfind("\n", 0, end) + 1:end].strip(" \t>-")
    field = FIELD_LINE.fullmatch(line)
    return field is not None and any(word == "主题" and pattern.fullmatch(field.group("key"))
                                     for pattern, word in RECORD_FIELDS)


# a programme block: "**《TITLE》** [PDF](…)" on a line, field lines ("**时间：** 14:40"), the label
STANDALONE_TITLE = re.compile(r"[ \t>*#]*《(?P<title>[^《》\n]{2,80})》[ \t*]*(?:\[[^\[\]\n]*\]\([^()\n]*\)[ \t*]*)*")
# … "by @handle" after it, the handle's underscores maybe escaped ("@Paul\_Zhu")
BOLD_LINE = re.compile(r"[ \t>]*(?:[-*+][ \t]+|\d{1,2}[.、][ \t]*)?(?:\*\*|__)(?P<title>[^*_\n]{4,120}?)(?:\*\*|__)[ \t]*"
                       r"(?:[Bb]y[ \t]+@[A-Za-z0-9_.\\-]{1,39}[ \t]*)?")
SLOT_FIELD_LINE = re.compile(r"[ \t>*]*(?:时间|地点|日期|时长|Time|Location)[ \t*]*[：:]")
FIELD_LINES_ABOVE = 4
ABSTRACT_LINES_ABOVE = 2  # an abstract's line and the blank line after it
# a paragraph of prose: no label before a colon near its start, no markup of a title or a list
ABSTRACT_LINE = re.compile(r"[ \t>]*(?![-*+#|<]|\d{1,2}[.、)])(?![^\n：:]{0,12}[：:])[^\n]{20,}")
INTERVIEW_TURN = re.compile(r"[ \t*]*(?:[QA]|问|答)[ \t]*[：:]")  # "### A：某某，…": an answer, no talk


def title_line_above(body: str, line_start: int) -> re.Match[str] | None:
    """A programme block's title line ("**《X》**", or a line in bold alone) above a speaker's
    label, with only blank lines, fields ("**时间：** 14:40-15:00") and one paragraph of the
    talk's abstract between (a quote's empty lines are blank lines)."""
    end = line_start - 1
    abstract_seen = False
    for _ in range(FIELD_LINES_ABOVE + ABSTRACT_LINES_ABOVE):
        if end <= 0:
            return None
        start = body.rfind("\n", 0, end) + 1
        if body[start:end].strip(" \t>") and not SLOT_FIELD_LINE.match(body, start, end):
            # … or a line in bold alone: "**X 实践**" over "演讲人：某某", "**X** by @handle"
            bold = BOLD_LINE.fullmatch(body, start, end)
            if bold and ("。" in bold.group("title") or bold.group("title").rstrip().endswith(("：", ":"))
                         or INTERVIEW_TURN.match(bold.group("title"))):
                bold = None
            title = STANDALONE_TITLE.fullmatch(body, start, end) or bold
            if title is None and not abstract_seen and ABSTRACT_LINE.fullmatch(body, start, end):
                abstract_seen = True  # "> 以 X 为代表的…" between "> **TITLE**" and "> 讲者信息：…"
            else:
                return title
        end = start - 1
    return None


def header_cell(body: str, at: int) -> bool:
    """Whether ``at`` is in a Markdown table's header: a line with bars over a delimiter row."""
    line_start, line_end = body.rfind("\n", 0, at) + 1, body.find("\n", at)
    if line_end < 0 or "|" not in body[line_start:line_end]:
        return False
    next_end = body.find("\n", line_end + 1)
    return RULE.match(body[line_end + 1:next_end if next_end >= 0 else len(body)]) is not None


def _markdown_tables(body: str) -> Iterator[tuple[Cells, list[Cells]]]:
    """(header, rows) of each Markdown table: a header line, a rule, then lines with bars."""
    lines = body.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i + 1 < len(lines):
        if "|" in lines[i] and RULE.match(lines[i + 1]):
            header = _cells(lines[i], offsets[i])
            i += 2
            rows = []
            while i < len(lines) and "|" in lines[i]:
                rows.append(_cells(lines[i], offsets[i]))
                i += 1
            yield header, rows
        else:
            i += 1


HTML_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S | re.I)
HTML_CELL = re.compile(r"<t[dh]\b(?P<attrs>[^>]*)>(.*?)</t[dh]>", re.S | re.I)
ROWSPAN = re.compile(r"rowspan\s*=\s*[\"']?(\d+)", re.I)
INNER_TAG = re.compile(r"<[^<>]*>")


def _html_tables(body: str) -> Iterator[tuple[Cells, list[Cells]]]:
    """(header, rows) of each HTML table, its first row the header; a cell's text is what
    is left between its inner tags ("<td><strong>魏某</strong></td>"). A cell spanning rows
    ("rowspan=10": a morning's label) stands, empty, in the rows below it, so that every
    row's cells stay under their header."""
    for table in HTML_TABLE.finditer(body):
        rows = []
        spanned: dict[int, int] = {}  # column -> rows below still covered by a cell above

        def covered(cells: Cells) -> None:
            """The empty cells that cells of rows above stand in, from the next column on."""
            while spanned.get(len(cells), 0) > 0:
                spanned[len(cells)] -= 1
                cells.append(("", -1))

        for row in HTML_ROW.finditer(body, table.start(), table.end()):
            cells: Cells = []
            for cell in HTML_CELL.finditer(body, row.start(1), row.end(1)):
                covered(cells)
                span = ROWSPAN.search(cell.group("attrs"))
                if span and int(span.group(1)) > 1:
                    spanned[len(cells)] = int(span.group(1)) - 1
                # the inner tags blanked, as the prose view has them: offsets stay the body's
                text = INNER_TAG.sub(lambda tag: " " * len(tag.group()), cell.group(2))
                cells.append((text.strip(), cell.start(2) + len(text) - len(text.lstrip())))
            covered(cells)
            rows.append(cells)
        if len(rows) >= 3 and sum(1 for text, _ in rows[0] if text) == 1 and len(rows[1]) > len(rows[0]):
            rows = rows[1:]  # a caption across the table ("<th colspan=3>2024/08/03 RB101</th>") over the header
        if len(rows) >= 2:
            yield rows[0], rows[1:]


def speaker_name(name: str) -> bool:
    """A speaker's name in a programme: a surname and one or two characters that make no word,
    or a Latin name."""
    if re.fullmatch(LATIN_NAME, name):
        return True
    return len(name) <= 3 and surname_of(name) is not None and name not in lexicons.load("common_words") \
        and split_title(name) is None
