"""Minting IRIs: the only place instance IRIs are made.

IRIs are readable (Chinese names stay Chinese, as RFC 3987 allows) and minted from
content - the kind of thing and its folded name - never from counters or clocks, so the
same input always gives the same IRI. Anything outside RFC 3987's ``iunreserved`` is
percent-encoded as UTF-8; long names are cut and suffixed with a digest to stay unique.
"""
from __future__ import annotations

import functools
import hashlib
import re

from ..errors import MappingError

MAX_SEGMENT = 80        # characters of the readable part of one segment
DIGEST_CHARS = 12
VALID_BASE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$")


def _iunreserved(c: str) -> bool:
    """RFC 3987 iunreserved: ALPHA / DIGIT / -._~ / ucschar."""
    o = ord(c)
    if c.isascii():
        return c.isalnum() or c in "-._~"
    return (0xA0 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFEF
            or (0x10000 <= o <= 0xDFFFD and (o & 0xFFFF) < 0xFFFE)
            or 0xE1000 <= o <= 0xEFFFD) and c.isprintable()     # not the tag plane's E0000-E0FFF


# characters that are surely iunreserved: ASCII unreserved and the CJK blocks; the rest is checked
SAFE_RUN = re.compile(r"[A-Za-z0-9\-._~\u3400-\u4dbf\u4e00-\u9fff]+")


def _encode(c: str) -> str:
    # surrogatepass: a lone surrogate (from a file read with surrogateescape) still encodes
    return c if _iunreserved(c) else "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))


@functools.lru_cache(maxsize=65536)
def segment(text: str) -> str:
    """One path segment from arbitrary text: readable, percent-encoded, bounded in length."""
    words = "_".join(text.split())
    readable = words[:MAX_SEGMENT]
    if SAFE_RUN.fullmatch(readable):
        encoded = readable
    else:
        encoded = "".join(_encode(c) for c in readable)
    if readable != words or not encoded:
        # digest of the folded words, so that long names differing in whitespace agree too
        digest = hashlib.sha256(words.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_CHARS]
        encoded = f"{encoded}-{digest}" if encoded else digest
    return encoded


def check_base(base: str) -> str:
    """Return ``base`` if it can prefix minted IRIs, else raise MappingError."""
    if not VALID_BASE.match(base):
        raise MappingError(f"base IRI must be an absolute IRI ending in '/' or '#': {base!r}")
    return base


def mint(base: str, kind: str, *parts: str) -> str:
    """The IRI of a thing of ``kind`` identified by ``parts``: ``{base}{kind}/{part}/...``."""
    return base + "/".join([kind, *(segment(p) for p in parts)])
