"""The front matter's prose: values that are text to read, not data.

Static-site pages often keep what a reader sees in the front matter and leave the body a
template: a lecture page's ``bio:`` and ``abstract:``, a speaker list whose entries each
carry a ``bio``, a committee page whose members carry a ``description``. Such a value is
read like a body of its own; what is found there cites its field, as every front-matter
fact does. A value the body already holds is not read twice.

A biography often leaves out whom it is about ("图灵奖得主，某大学荣誉教授"): the entry's
person is named before it, as a card would ("NAME，BIO").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

MIN_CHARS = 12
MAX_DEPTH = 4
# text to read: Han characters in a sentence, not a list of tags or a slug; a person's
# biography may be one card's words ("某公司首席科学家")
SENTENCE = re.compile(r"[\u4e00-\u9fff][^\n]*[，。；、：,]")
HAN = re.compile(r"[\u4e00-\u9fff]")
# what the page's data says of itself, not prose about people
NOT_PROSE_KEYS = frozenset({"title", "author", "authors", "tags", "tag", "categories", "category", "keywords",
                            "slug", "url", "link", "permalink", "layout", "date", "image", "cover", "photo"})
# a biography: the entry's person is whom it is about
BIO_KEYS = frozenset({"bio", "biography", "profile", "about", "intro", "introduction", "description",
                      "简介", "个人简介", "介绍", "嘉宾简介", "讲师简介", "嘉宾介绍"})
# who an entry is: its person's name
NAME_KEYS = ("name", "speaker", "presenter", "lecturer", "guest", "姓名", "讲师", "嘉宾", "讲者")
MAX_NAME_CHARS = 40
SEVERAL = re.compile(r"[\n、,，/&＆]")  # "李某、谢某": no one person


@dataclass(frozen=True)
class FieldProse:
    """A front-matter value to read as prose: the key path it sits under, its text, and the
    name of the person its entry is about (a biography's subject), if any."""

    field: str
    text: str
    subject: str | None = None

    def as_body(self) -> str:
        """The text to read: a biography that leaves out its subject gets the name before it."""
        if self.subject and not self.text.lstrip().startswith(self.subject):
            return f"{self.subject}，{self.text.strip()}"
        return self.text


def prose_fields(metadata: Mapping[str, Any], body: str) -> Iterator[FieldProse]:
    """Every value of the front matter that is prose the body does not already hold."""
    titles = {str(metadata.get("title", "")).strip()}
    yield from _walk(metadata, "", body, titles, 0)


def _walk(value: Mapping[str, Any], path: str, body: str, titles: set[str], depth: int) -> Iterator[FieldProse]:
    if depth > MAX_DEPTH:
        return
    subject = _subject(value) if depth else _subject(value, top_level=True)
    for key, item in value.items():
        key_path = f"{path}.{key}" if path else str(key)
        if isinstance(item, str):
            folded = str(key).casefold()
            if folded in NOT_PROSE_KEYS or len(item) < MIN_CHARS \
                    or not (HAN if folded in BIO_KEYS and subject else SENTENCE).search(item):
                continue
            if item.strip() in body or item.strip() in titles:
                continue  # the body says it too, read there with its span; or it repeats the title
            yield FieldProse(key_path, item, subject if folded in BIO_KEYS else None)
        elif isinstance(item, Mapping):
            yield from _walk(item, key_path, body, titles, depth + 1)
        elif isinstance(item, list):
            for element in item:
                if isinstance(element, Mapping):
                    yield from _walk(element, key_path, body, titles, depth + 1)


def _subject(entry: Mapping[str, Any], top_level: bool = False) -> str | None:
    """The person an entry is about: its name (a page's own speaker at the top level, not
    its author or its title)."""
    folded = {str(k).casefold(): v for k, v in entry.items()}
    for key in NAME_KEYS[1:] if top_level else NAME_KEYS:
        name = folded.get(key)
        if isinstance(name, str) and 0 < len(name.strip()) <= MAX_NAME_CHARS and not SEVERAL.search(name.strip()):
            return name.strip()
    return None
