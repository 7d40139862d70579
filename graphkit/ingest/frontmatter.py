"""Splitting an article into front matter and body, and parsing the front matter.

Front matter is YAML between ``---`` lines (or before one, as Hexo allows), or TOML between
``+++`` lines (Hugo's), read with the standard library's tomllib where it exists (Python
3.11+), else line by line, or Pelican's (and MultiMarkdown's) ``Title: …`` lines up to the
first blank line, their keys lower-cased and their list fields (tags, categories, authors)
split at commas.

YAML is parsed by python-frontmatter's handler (PyYAML's C safe loader where present).
Real corpora carry defects that make the whole block invalid YAML; this module repairs
the text before parsing, never the parser:

- ``selfDefined:"likes:2,..."`` - a key with no space after its colon;
- tabs used for indentation;
- a missing closing ``---`` (the block ends at the first line that is not YAML-like);
- trailing spaces after the ``---`` lines.

YAML that is valid but would expand past MAX_YAML_NODES nodes (an alias bomb), nest past
MAX_YAML_DEPTH or refer to itself is refused with an IngestError, never read line by line.

When repaired YAML still fails, a line-based ``key: value`` reading is the last resort.
Values are returned JSON-compatible (dates as ISO strings), and counter strings such as
``"likes:2,comments:0,"`` are decoded to mappings of integers.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

import yaml
from frontmatter.default_handlers import SafeLoader  # python-frontmatter's pick: libyaml's when present

from ..errors import IngestError

FENCE = re.compile(r"^---[ \t]*$", re.M)
HEXO_FENCE = re.compile(r"^-{3,}[ \t]*$", re.M)  # Hexo closes its fence-less front matter with three dashes or more
BLANK_LINES_BEFORE_FENCE = re.compile(r"(?:[ \t]*\n)+(?=(?:---|\+\+\+)[ \t]*(?:\n|$))")
HTML_COMMENT_LINE = re.compile(r"[ \t]*<!--.*-->[ \t]*")
OPEN_YAML_FIRST = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")  # "season: 1": Hexo's first line
TOML_FENCE = re.compile(r"^\+\+\+[ \t]*$", re.M)
TOML_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$")
# Pelican's metadata: the first line a title, date or author field, then fields up to a blank line
PELICAN_FIRST = re.compile(r"^(?:Title|title|Date|date|Author|author)[ \t]*:[ \t]*\S")
PELICAN_LINE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)\s*$")
PELICAN_LISTS = {"tags", "category", "categories", "authors", "keywords"}
TOML_LIKE_LINE = re.compile(r"^(?:[A-Za-z_\"'][\w.\"' -]*=|\[|#|[ \t]+\S)")
CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
# a key glued to its value: `selfDefined:"likes:2"`, `cover:https://...`
GLUED_KEY = re.compile(r"^([A-Za-z_][\w-]*):(?=[^\s/])", re.M)
YAML_LIKE_LINE = re.compile(r"^(?:[A-Za-z_][\w-]*\s*:|[ \t]+\S|-\s|#|\s*$)")
PLAIN_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
COUNTER_STRING = re.compile(r"^\s*(?:[A-Za-z_]\w*\s*:\s*-?\d+\s*,\s*)+(?:[A-Za-z_]\w*\s*:\s*-?\d+\s*)?$")
COUNTER_PAIR = re.compile(r"([A-Za-z_]\w*)\s*:\s*(-?\d+)")
MAX_YAML_NODES = 10_000     # a YAML alias bomb expands far beyond this
MAX_YAML_DEPTH = 100       # front matter nests two or three levels; recursion stays safe


@functools.lru_cache(maxsize=1)  # split() and then parse()'s caller ask of the same text
def syntax(text: str) -> str | None:
    """The front matter's language: "yaml" (``---``), "toml" (``+++``), "hexo" (YAML with no
    opening ``---``, as Hexo allows), "pelican" (``Title: …`` lines), or None for none. Blank
    lines before the opening fence are let pass."""
    blank = BLANK_LINES_BEFORE_FENCE.match(text)
    if blank:
        text = text[blank.end():]
    if TOML_FENCE.match(text):
        return "toml"
    if OPEN_YAML_FIRST.match(text) and _open_yaml_end(text) is not None:
        return "hexo"
    if PELICAN_FIRST.match(text):
        return "pelican"
    return "yaml" if FENCE.match(text) else None


@functools.lru_cache(maxsize=1)  # syntax() finds it, split() cuts there
def _open_yaml_end(text: str) -> re.Match[str] | None:
    """The ``---`` line that closes Hexo's front matter: every line before it YAML (or an
    HTML comment), none of them prose after a blank line."""
    closing = HEXO_FENCE.search(text)
    if closing is None:
        return None
    block = text[:closing.start()]
    if _has_prose(block) or not all(YAML_LIKE_LINE.match(line) or HTML_COMMENT_LINE.fullmatch(line)
                                    for line in block.split("\n")):
        return None
    return closing


def split(text: str, path: str) -> tuple[str | None, str, int, list[str]]:
    """Split text into (front matter or None, body, line number where the body starts, repairs)."""
    blank = BLANK_LINES_BEFORE_FENCE.match(text)
    if blank:
        block, body, line, repairs = split(text[blank.end():], path)
        lines = blank.group().count("\n")
        return block, body, line + lines, [*repairs, f"front matter after {lines} blank line{'s' * (lines > 1)}"]
    kind = syntax(text)
    if kind is None:
        return None, text, 1, []
    if kind == "pelican":
        # the lines up to the first blank one or the first that is no field
        block, body, end = _leading_block(text.split("\n"), PELICAN_LINE)
        return block, body, end + 1, []
    if kind == "hexo":
        closing = _open_yaml_end(text)
        assert closing is not None  # syntax() found it
        block = text[:closing.start()]
        after = closing.end() + 1 if closing.end() < len(text) else closing.end()
        # an HTML comment on a line of its own is no field: "<!-- live: … -->"
        fields = "\n".join("" if HTML_COMMENT_LINE.fullmatch(line) else line for line in block.split("\n"))
        return fields, text[after:], 1 + block.count("\n") + 1, []
    first_newline = text.find("\n")
    if first_newline < 0:
        return "", "", 2, [f"front matter has no closing '{text[:3]}'"]
    rest = text[first_newline + 1:]
    closing = (TOML_FENCE if kind == "toml" else CLOSING).search(rest)
    if closing and not (kind == "yaml" and _has_prose(rest[:closing.start()])):
        block = rest[:closing.start()]
        after = closing.end() + 1 if closing.end() < len(rest) else closing.end()
        return block, rest[after:], 2 + block.count("\n") + 1, []
    # no closing fence (a later '---' is a rule in the body): the block ends at the first
    # line that does not look like front matter, the body is kept
    block, body, end = _leading_block(rest.split("\n"), TOML_LIKE_LINE if kind == "toml" else YAML_LIKE_LINE)
    return block, body, 2 + end, [f"front matter has no closing '{text[:3]}'; it ends at line {end + 1}"]


def _leading_block(lines: list[str], line_pattern: re.Pattern[str]) -> tuple[str, str, int]:
    """(the leading lines that match ``line_pattern``, up to a blank one; the rest; their count)."""
    end = 0
    while end < len(lines) and lines[end].strip() and line_pattern.match(lines[end]):
        end += 1
    return "\n".join(lines[:end]), "\n".join(lines[end:]).lstrip("\n"), end


def _has_prose(block: str) -> bool:
    """True when a line that is not YAML follows a blank line: the body has begun."""
    # a quoted value may go on over unindented lines (`description: "第一行` / `第二行"`),
    # but not after a blank line
    after_blank = False
    for line in block.split("\n"):
        if not line.strip():
            after_blank = True
        elif after_blank and not YAML_LIKE_LINE.match(line):
            return True
    return False


def parse(block: str, path: str, kind: str | None = "yaml") -> tuple[dict[str, Any], list[str]]:
    """Parse a front-matter block of the given kind (see :func:`syntax`) to a JSON-compatible
    mapping; return it and the repairs made."""
    if kind == "toml":
        return _read_toml(block)
    if kind == "pelican":
        return _read_pelican(block), []
    try:
        data, repairs = _read_repaired(block, path)
    except RefusedYAML as refused:
        # valid YAML we will not build: reading it line by line would hide the attack
        raise IngestError(f"front matter refused: {refused.problem}", path,
                          refused.problem_mark.line + 2) from None
    if data is None:
        return {}, repairs
    if isinstance(data, list):
        raise IngestError("front matter is a YAML list, expected a mapping", path, 2)
    if not isinstance(data, dict):
        raise IngestError(f"front matter is a {type(data).__name__}, expected a mapping", path, 2)
    return {str(k): _jsonable(v) for k, v in data.items()}, repairs


def _read_repaired(block: str, path: str) -> tuple[Any, list[str]]:
    """The YAML as written, else repaired, else read line by line; RefusedYAML passes through."""
    try:
        return _load_yaml(block), []
    except RefusedYAML:
        raise
    except yaml.YAMLError as first_error:
        error = first_error
    fixed = GLUED_KEY.sub(r"\1: ", block.replace("\t", "  "))
    try:
        return _load_yaml(fixed), ["repaired front matter (glued 'key:value' or tabs)"]
    except RefusedYAML:
        raise
    except yaml.YAMLError:
        pass
    data = _plain_lines(block)
    if not data:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise IngestError(f"front matter is not valid YAML: {problem}", path, line)
    return data, ["front matter read line by line (invalid YAML)"]


def _read_toml(block: str) -> tuple[dict[str, Any], list[str]]:
    """TOML front matter; read line by line when invalid or when no TOML reader is at hand."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        tomllib = None  # type: ignore[assignment]
    if tomllib is not None:
        try:
            return {str(k): _jsonable(v) for k, v in tomllib.loads(block).items()}, []
        except (tomllib.TOMLDecodeError, ValueError):
            pass
    return _plain_lines(block, TOML_LINE), ["TOML front matter read line by line"]


def _read_pelican(block: str) -> dict[str, Any]:
    """Pelican's ``Key: value`` lines: keys lower-cased, list fields split at commas."""
    data: dict[str, Any] = {}
    for line in block.split("\n"):
        match = PELICAN_LINE.match(line)
        if match:
            key, value = match.group(1).lower(), match.group(2)
            data[key] = [v.strip() for v in value.split(",") if v.strip()] if key in PELICAN_LISTS else _jsonable(value)
    return data


def _load_yaml(block: str) -> Any:
    """python-frontmatter's YAML reading, refusing documents whose aliases expand too far.

    Composing first and checking the node graph catches a billion-laughs document
    before construction expands it, and a recursive alias before it loops."""
    loader = SafeLoader(block)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_size(node)
        try:
            return loader.construct_document(node)
        except ValueError as error:
            # PyYAML builds dates and ints with the stdlib: `date: 2023-02-30`, 5000 digits
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read a value: {error}", node.start_mark) from None
    finally:
        loader.dispose()


class RefusedYAML(yaml.YAMLError):
    """Raised for YAML that is valid but too large, too deep or recursive to construct."""

    def __init__(self, problem: str, mark: yaml.Mark) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def _check_size(root: yaml.Node) -> None:
    """Raise RefusedYAML for aliases expanding past MAX_YAML_NODES, nesting or recursion."""
    # sizes are memoised, so a billion-laughs document costs one visit per node
    memo: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(n: yaml.Node, depth: int) -> int:
        if id(n) in open_nodes:
            raise RefusedYAML("an alias refers to itself (recursive YAML)", n.start_mark)
        if id(n) in memo:
            return memo[id(n)]
        if depth > MAX_YAML_DEPTH:
            raise RefusedYAML(f"nested deeper than {MAX_YAML_DEPTH} levels", n.start_mark)
        open_nodes.add(id(n))
        total = 1
        if isinstance(n, yaml.SequenceNode):
            total += sum(size(c, depth + 1) for c in n.value)
        elif isinstance(n, yaml.MappingNode):
            total += sum(size(k, depth + 1) + size(v, depth + 1) for k, v in n.value)
        open_nodes.discard(id(n))
        if total > MAX_YAML_NODES:
            raise RefusedYAML(f"aliases expand to more than {MAX_YAML_NODES} nodes (YAML alias bomb)",
                              n.start_mark)
        memo[id(n)] = total
        return total

    size(root, 0)


def _plain_lines(block: str, line_pattern: re.Pattern[str] = PLAIN_LINE) -> dict[str, Any]:
    """Last resort: read ``key: value`` (or ``key = value``) lines, unquoting values."""
    data: dict[str, Any] = {}
    for line in block.split("\n"):
        match = line_pattern.match(line)
        if match:
            key, value = match.groups()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            data[key] = _jsonable(value)
    return data


def _jsonable(value: Any) -> Any:
    """Dates to ISO strings, counter strings to dicts, containers recursively."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        if COUNTER_STRING.match(value) and value.count(":") >= 2:
            return {k: int(v) for k, v in COUNTER_PAIR.findall(value)}
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):    # `!!set`: sorted, so that output is deterministic
        return sorted((_jsonable(v) for v in value), key=str)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)
