"""The structure of an article body - headings, sections, links, images - and its prose view.

Offsets are code points into the body. The prose view has the body's exact length with
Markdown syntax, code, URLs and HTML tags replaced by spaces (line ends kept), so that
extractors match on plain prose and cite spans that are also spans of the body.

Written with regular expressions rather than a Markdown parser: we need character
offsets (markdown-it-py gives only line maps) and a pass at regex speed, and only
the few constructs below matter for extraction.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Iterable

from ..line_start import LineStartPattern
from ..model import Heading, Link, Section

FENCED_CODE = LineStartPattern(r"^[ \t]*(```|~~~)[^\n]*\n.*?(?:^[ \t]*\1[ \t]*$|\Z)", re.S)
# led by the literal blank line (or the start): a lookbehind-led pattern is tried everywhere
INDENTED_CODE = re.compile(r"(?P<lead>\n\n|\A)(?P<code>(?: {4}|\t)[^\n]*(?:\n(?: {4}|\t)[^\n]*)*)")
INLINE_CODE = re.compile(r"`[^`\n]+`")
# "`Aeraki`", "`IstioCNI`", "`kubectl`": a name; not "`peerTaskManager`", "`a.b`", "`x_y`": code
CODE_WORD = re.compile(r"`(?:[A-Z][A-Za-z0-9+-]{0,39}|[a-z][a-z0-9-]{0,39})`")
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
# a target may hold one level of parentheses: (https://en.wikipedia.org/wiki/Go_(语言))
TARGET = r"((?:[^()\s]|\([^()\s]*\))*)(?:\s+\"[^\"\n]*\")?\)"
IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\(" + TARGET)
# "[" not after "!": led by the literal, the lookbehind checked only where a "[" is found
LINK = re.compile(r"\[(?<!!\[)([^\[\]\n]+)\]\(" + TARGET)
# each alternative led by its literal (see INLINE_MARKUP)
# reference-style links: "![Photo][photo]", "[text][label]" and the definition "[label]: /path.jpg" on a
# line of its own (not a footnote "[^1]: …", whose text is prose)
REFERENCE_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\[[^\[\]\n]*\]")
REFERENCE_LINK = re.compile(r"\[(?<!!\[)([^\[\]\n]+)\]\[[^\[\]\n]*\]")
REFERENCE_DEFINITION = LineStartPattern(r"^[ ]{0,3}\[(?!\^)[^\[\]\n]+\]:[ \t]*(?:<[^<>\n]*>|[^\s<>\u4e00-\u9fff]+)"
                                        r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$")
BARE_URL = re.compile(r"https?://[^\s)\]>\u3000-\u303f\uff00-\uffef]+|ftp://[^\s)\]>\u3000-\u303f\uff00-\uffef]+")
# Patterns are written so that no line makes them backtrack quadratically
ATX_HEADING = LineStartPattern(r"^[ ]{0,3}(#{1,6})[ \t]+([^\n]*)$")
ATX_CLOSING = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")     # "## 标题 ##", but "# C#" keeps its '#'
# an HTML heading on a line of its own, as pages exported to Markdown keep them ("<h4>Topic1《X》</h4>")
HTML_HEADING = LineStartPattern(r"^[ \t]*<[hH](?P<level>[1-6])(?:[ \t][^<>\n]*)?>(?P<text>[^\n]*?)</[hH](?P=level)>[ \t]*$")
# a setext heading's underline, led by the line break before it (the heading line is the one
# above: a pattern led by that line would be tried at every position)
SETEXT_UNDERLINE = re.compile(r"\n[ ]{0,3}(=+|-+)[ \t]*$", re.M)
# "- [@user](https://github.com/user) 王某，某公司": a roster item led by the person's username,
# linked to their profile; a label before the name, blanked so that the name opens the line's prose
LINKED_HANDLE = r"\[@[A-Za-z0-9_.-]{1,39}\]\([^()\s]*\)"
HANDLE_LEAD = LineStartPattern(rf"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?P<handle>{LINKED_HANDLE})(?=[ \t]+[^\s(（：:，,])")
# a list item's marker at a line's start, read in the body (the prose blanks it)
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]")
# a rule or a table's rule, else a line's marker (quote, list item, heading)
LINE_MARKUP = LineStartPattern(r"^(?:[ \t]*[-*_=](?:[ \t]*[-*_=]){2,}[ \t]*$|(?=[^\n]*---)[ \t:|-]+$"
                               r"|[ \t]*(?:>[ \t>]*|[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+))")
EMPHASIS = re.compile(r"\*\*?\*?|___?|~~|\|")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
# inline code, tags, URLs, entities and emphasis in one pass: each alternative is led by a
# literal, so the engine skips to the characters that can start one (a pattern led by "^" or a
# lookahead is tried at every position)
INLINE_MARKUP = re.compile("|".join(p.pattern for p in (INLINE_CODE, HTML_TAG, BARE_URL, ENTITY, EMPHASIS)))
INLINE_STRIP = re.compile(r"!\[|\]\((?:[^()\n]|\([^()\n]*\))*\)|[*_`~\[\]]")  # a link's target before its brackets


def structure(body: str) -> tuple[tuple[Heading, ...], tuple[Section, ...], tuple[Link, ...]]:
    """Find headings, the sections they open, and links and images."""
    fenced = _Spans(m.span() for m in FENCED_CODE.finditer(body)) if _fenced(body) else _Spans(())
    code = _Spans(sorted([*fenced.spans, *(m.span() for m in INLINE_CODE.finditer(body)
                                           if m.start() not in fenced)]))

    headings = []
    for m in ATX_HEADING.finditer(body):
        if m.start() not in fenced:
            text = ATX_CLOSING.sub("", m.group(2))
            headings.append(Heading(len(m.group(1)), _plain(text), m.start(), m.end()))
    for m in HTML_HEADING.finditer(body) if "<h" in body or "<H" in body else ():
        if m.start() not in fenced:
            headings.append(Heading(int(m.group("level")), _plain(HTML_TAG.sub(" ", m.group("text"))), m.start(), m.end()))
    last_end = 0
    for underline in SETEXT_UNDERLINE.finditer(body):
        start = body.rfind("\n", 0, underline.start()) + 1
        text = body[start:underline.start()]
        if start < last_end or text.isspace() or not text:
            continue  # no line above, or one that is an earlier heading's underline
        last_end = underline.end()
        # a line of dashes under a list item or table row is not a heading
        if start in fenced or re.match(r"^\s*(?:[-*+>|]|\d+\.)\s", text) or "|" in text:
            continue
        level = 1 if underline.group(1).startswith("=") else 2
        headings.append(Heading(level, _plain(text), start, underline.end()))
    headings.sort(key=lambda h: h.start)
    headings = [h for h in headings if h.text]

    sections = []
    starts = [h.start for h in headings]
    if not starts or starts[0] > 0:
        sections.append(Section(None, 0, starts[0] if starts else len(body)))
    for i, h in enumerate(headings):
        end = starts[i + 1] if i + 1 < len(starts) else len(body)
        sections.append(Section(h, h.start, end))

    linked = "](" in body
    links = [Link(_plain(m.group(1)), m.group(2), m.start(), m.end(), image=True)
             for m in (IMAGE.finditer(body) if linked else ()) if m.start() not in code]
    links += [Link(_plain(m.group(1)), m.group(2), m.start(), m.end())
              for m in (LINK.finditer(body) if linked else ()) if m.start() not in code]
    links.sort(key=lambda link: link.start)
    return tuple(headings), tuple(sections), tuple(links)


def _blank(match: re.Match[str]) -> str:
    """The matched text as spaces, line ends kept."""
    return _spaces(match.group())


def _spaces(text: str) -> str:
    """The text as spaces, line ends kept (a join of lines: a regex substitution per character
    is ten times slower on long code blocks)."""
    return " " * len(text) if "\n" not in text else "\n".join(" " * len(line) for line in text.split("\n"))


def _blank_code_fence(match: re.Match[str]) -> str:
    """A fenced block blanked; but a fence with no language around HTML (Franklin's "~~~" raw
    HTML blocks) holds the page's markup, not code, and one around Chinese lines with no line
    of code (a README's agenda, fenced to keep its line breaks) holds prose: only its fence
    lines go."""
    text = match.group()
    first_end = text.find("\n")
    content = text[first_end + 1:]
    if text[:first_end].strip(" \t`~") or not (HTML_TAG.match(content.lstrip()) or _fenced_prose(content)):
        return _blank(match)
    last_start = content.rstrip().rfind("\n") + 1
    closing = content[last_start:].strip() in ("```", "~~~")
    inner = content[:last_start] if closing else content
    return " " * first_end + "\n" + inner + (_spaces(content[last_start:]) if closing else "")


# a line of code: a comment, a brace, a statement's end or an assignment, a call
CODE_LINE = re.compile(r"^[ \t]*(?://|#|/\*|\*|--|\$|>>>)|[{};]|[^=!<>]=[^=]|\w\(", re.M)
HAN_CHAR = re.compile("[\u4e00-\u9fff]")
PROSE_SHARE = 0.35  # of the block's visible characters in Chinese: an agenda's times and places dilute it


def _fenced_prose(content: str) -> bool:
    """Lines of Chinese in a fence with no language: no line reads as code."""
    visible = len(content) - content.count(" ") - content.count("\n") - content.count("\t")
    return visible > 0 and len(HAN_CHAR.findall(content)) >= PROSE_SHARE * visible and CODE_LINE.search(content) is None


def _blank_markup(match: re.Match[str]) -> str:
    """Inline markup blanked; but a word in inline code keeps its text, its backticks blanked:
    "全栈服务网格 - `Aeraki` 助你…" names a project in a title."""
    text = match.group()
    if CODE_WORD.fullmatch(text):
        return " " + text[1:-1] + " "
    return _blank(match)


def _blank_indented_code(text: str) -> str:
    """Indented code blocks blanked, the blank line before each kept; but not the indented
    paragraphs of a list item, after its line or after another of its paragraphs
    ("- NAME" over "    > 分享了…"), as CommonMark reads them."""
    kept_until = -1

    def blank(match: re.Match[str]) -> str:
        nonlocal kept_until
        previous_end = match.start("code")
        while previous_end and text[previous_end - 1] == "\n":
            previous_end -= 1  # back over the blank lines, to the line before the block
        previous_start = text.rfind("\n", 0, previous_end) + 1
        if LIST_ITEM.match(text, previous_start, previous_end) or previous_start < kept_until:
            kept_until = match.end()
            return match.group()
        return match.group("lead") + _spaces(match.group("code"))

    return INDENTED_CODE.sub(blank, text)


def _blank_link_syntax(match: re.Match[str]) -> str:
    """A link keeps its visible text: "[text](url)" becomes " text      "."""
    rest = match.group()[len(match.group(1)) + 1:]
    return " " + match.group(1) + _spaces(rest)


# zero-width spaces and joiners too: editors leave them around emphasis ("我是\u200b**魏某**\u200b")
# (a substitution: str.translate looks up every character of the text, ten times slower)
WIDE_SPACE = re.compile("[\u00a0\u3000\u2002\u2003\u2009\u200b\u200c\u200d\u2060\ufeff]")
# Kangxi radicals, as text copied from slides and PDFs has them ("⼤模型", "负责⼈"), and CJK
# compatibility ideographs ("西\uf963工业大学"): read as the characters they stand for, one for
# one, so that offsets still hold
RADICAL = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")
RADICAL_CHARACTERS = {code: form for code in [*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)]
                      if len(form := unicodedata.normalize("NFKC", chr(code))) == 1 and form != chr(code)}


def prose(body: str) -> str:
    """The body with everything but prose blanked to spaces; same length, same line ends.
    No-break, ideographic and zero-width spaces read as spaces, Kangxi radicals and compatibility
    ideographs as the characters they stand for."""
    text = body
    if RADICAL.search(text):
        text = text.translate(RADICAL_CHARACTERS)
    # each pass only where its literal occurs: most articles have no code block or comment
    if _fenced(text):
        text = FENCED_CODE.sub(_blank_code_fence, text)
    # before the wide spaces become spaces: a line indented with no-break spaces is no code block
    # ("\xa0 \xa0 - 报名观众来自…", as rich-text editors indent a list), as in CommonMark
    if "\n\n    " in text or "\n\n\t" in text or text.startswith(("    ", "\t")):
        text = _blank_indented_code(text)
    text = WIDE_SPACE.sub(" ", text)
    if "<!--" in text:
        text = HTML_COMMENT.sub(_blank, text)
    if "[@" in text:
        text = HANDLE_LEAD.sub(lambda m: m.group()[:m.start("handle") - m.start()] + _spaces(m.group("handle")), text)
    if "](" in text:
        text = LINK.sub(_blank_link_syntax, IMAGE.sub(_blank, text))
    if "][" in text:
        text = REFERENCE_LINK.sub(_blank_link_syntax, REFERENCE_IMAGE.sub(_blank, text))
    if "]:" in text:
        text = REFERENCE_DEFINITION.sub(_blank, text)
    # line markup first: no inline markup runs across a line start, and none but emphasis can
    # start where a line's marker does, which the line's marker takes first
    return INLINE_MARKUP.sub(_blank_markup, LINE_MARKUP.sub(_blank, text))


def _fenced(text: str) -> bool:
    return "```" in text or "~~~" in text


class _Spans:
    """Sorted, non-overlapping spans; ``pos in spans`` by binary search."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self.starts = [start for start, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]


def _plain(text: str) -> str:
    """Heading or link text without inline markup."""
    return " ".join(INLINE_STRIP.sub("", text).split())
