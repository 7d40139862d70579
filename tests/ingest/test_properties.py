"""Properties over open input spaces: any bytes ingest cleanly or fail with IngestError; any text
mints a valid, deterministic IRI (graphkit/ingest and graphkit/rdf/iri.py)."""
from __future__ import annotations

import hashlib
import re

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graphkit.errors import IngestError
from graphkit.ingest import parse_document
from graphkit.ingest.body import RADICAL_CHARACTERS, prose
from graphkit.model import Document
from graphkit.rdf.iri import DIGEST_CHARS, MAX_SEGMENT, mint, segment

BASE = "https://w3id.org/graphkit/id/"
FORBIDDEN = re.compile(r"[\x00-\x20\x7f-\x9f<>\"{}|\\^`]")
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# bytes that look like articles: fences, YAML and Markdown syntax, Chinese, CR, BOM, NUL
PIECES = st.sampled_from([b"---\n", b"---   \r\n", b"...\n", b"title: ", "标题".encode(), b": ", b"\t- ",
                          b"&a ", b"*a", b"[", b"]", b"(", b")", b"!", b"`", b"```\n", b"#", b"\n", b"\r\n",
                          b"\xef\xbb\xbf", b"\x00", "张三".encode("gb18030"), b"\xff", b"{", b"|", b"<a>",
                          b"http://x.y/z ", b"    ", b"===\n", b"- ", b"> ", b"**", b"2023-02-30"])
ARTICLE_BYTES = st.one_of(st.binary(max_size=400), st.lists(PIECES, max_size=40).map(b"".join))


@SETTINGS
@given(ARTICLE_BYTES)
@example(b"---\na: &x [*x]\n---\n")            # recursive alias
@example(b"---\ndate: 2023-02-30\n---\n")      # PyYAML raises ValueError
@example(b"---\nx: 1" + b"0" * 5000 + b"\n---\n")   # int beyond Python's digit limit
def test_any_bytes_give_a_document_or_an_ingest_error(data: bytes) -> None:
    try:
        doc = parse_document(data, "x.md")
    except IngestError as error:
        assert error.path == "x.md"
        assert "\n" not in str(error) and str(error).startswith("x.md")
        return
    assert isinstance(doc, Document)
    assert len(doc.prose) == len(doc.body)
    for span in (*doc.headings, *doc.sections, *doc.links):
        assert 0 <= span.start <= span.end <= len(doc.body)


@SETTINGS
@given(st.text())
def test_prose_has_the_body_length_and_every_newline(body: str) -> None:
    text = prose(body)
    assert len(text) == len(body)
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(body) if c == "\n"]
    # prose only ever blanks, or reads a Kangxi radical as the character it stands for
    assert all(p == b or p == " " or p == RADICAL_CHARACTERS.get(ord(b)) for p, b in zip(text, body))


def assert_valid_iri(value: str) -> None:
    assert value.startswith(BASE + "person/")
    assert not FORBIDDEN.search(value), value
    node = ox.NamedNode(value)                     # raises ValueError on an invalid IRI
    quad = ox.Quad(node, ox.NamedNode("https://schema.org/name"), ox.Literal("名"), ox.DefaultGraph())
    data = ox.serialize([quad], format=ox.RdfFormat.N_QUADS)
    assert list(ox.parse(data, format=ox.RdfFormat.N_QUADS)) == [quad]


@SETTINGS
@given(st.text())
@example("王小明 Alice")
@example("\U000e0100")            # variation selector of the tag plane: not an RFC 3987 ucschar
@example("\ufdd0\U0001fffe")      # noncharacters
def test_any_text_mints_a_valid_deterministic_iri(text: str) -> None:
    value = mint(BASE, "person", text)
    assert_valid_iri(value)
    assert mint(BASE, "person", text) == value


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None, categories=["Cs", "Lo", "Zs"])))
def test_lone_surrogates_mint_valid_iris(text: str) -> None:
    assert_valid_iri(mint(BASE, "person", text))


def folded(text: str) -> str:
    """What segment() identifies a name by: its whitespace-separated words joined with '_'."""
    return "_".join(text.split())


@SETTINGS
@given(st.text(), st.text())
@example("王小明", "王晓明")
@example("a" * 100, "a" * 99)                 # both cut to the same readable part
@example("x" * 79 + " " + "y" * 30, "x" * 79 + "\u3000\t" + "y" * 30)
def test_iris_differ_exactly_when_the_folded_names_differ(a: str, b: str) -> None:
    assert (mint(BASE, "person", a) == mint(BASE, "person", b)) == (folded(a) == folded(b))


@pytest.mark.parametrize("a, b", [
    ("王 小明", "王\u3000小明"), (" 王小明", "王小明\n"), ("a  b", "a\tb"), ("a_b", "a b"),
    ("x" * 200 + " y", "x" * 200 + "  y"),      # long names fold the same way as short ones
    ("", " \t "),
])
def test_names_differing_only_in_whitespace_share_an_iri(a: str, b: str) -> None:
    assert mint(BASE, "person", a) == mint(BASE, "person", b)


@pytest.mark.parametrize("text, expected", [
    ("王小明", "王小明"),
    ("Alice 王", "Alice_王"),
    ("a/b?c#d%", "a%2Fb%3Fc%23d%25"),
    ('<"{}|\\^`>', "%3C%22%7B%7D%7C%5C%5E%60%3E"),
    ("\U000e0100", "%F3%A0%84%80"),
    ("", "e3b0c44298fc"),                         # sha256 of the empty name
])
def test_segment_values(text: str, expected: str) -> None:
    assert segment(text) == expected


@SETTINGS
@given(st.text(min_size=500, max_size=500))
def test_long_names_give_bounded_iris(text: str) -> None:
    value = segment(text)
    # 80 readable characters, each at most 4 UTF-8 bytes as %XX, then '-' and the digest
    assert len(value) <= MAX_SEGMENT * 12 + 1 + DIGEST_CHARS
    if len(folded(text)) > MAX_SEGMENT:
        assert re.search(r"-[0-9a-f]{12}$", value)


def test_long_name_keeps_80_readable_characters() -> None:
    name = "云" * 500
    assert segment(name) == "云" * 80 + "-" + hashlib.sha256(name.encode()).hexdigest()[:12]
