"""Speakers listed in the front matter: an event page's programme written as data.

Static-site event pages (Hexo, Jekyll, Hugo) often keep their programme in the front matter,
one mapping per talk or guest::

    slides:
      - author: 李某、谢某
        company: 某实验室
        title: 首页前端优化之路
    discuss:
      title: 技术提升与个人成长
      guests:
        - name: 王某
          team: 某团队

An entry with a person's key (author, speaker, name …) gives that person, their organisation
(company, team …) with their title (position, role …), and their talk: the entry's topic, or
its ``title`` when that reads as no job title; entries under a mapping with a title and no
topic of their own (a panel's guests) each give the mapping's title. The article's own
``author``/``authors`` are the authors extractor's. A value the body repeats is cited there.
"""
from __future__ import annotations

import html
import re
from typing import Any, Iterable, Iterator, Mapping, Sequence

from ..model import HOLDS_ROLE, ORGANIZATION, PERFORMS, PERSON, TALK, Document, Mention, Relation
from .authors import front_matter_mention
from .descriptors import parse_descriptor, reads_as_organization, split_title
from .names import looks_like_person

Position = tuple[str | None, str | None]  # (role, organisation)

PERSON_KEYS = ("speaker", "speakers", "author", "authors", "name", "presenter", "presenters", "lecturer", "lecturers",
               "guest", "guests", "讲师", "讲者", "嘉宾", "分享人", "演讲者", "姓名")
# a session page's own speakers: its front matter is the entry, its title the talk's
PAGE_SPEAKER_KEYS = tuple(k for k in PERSON_KEYS if k not in ("author", "authors", "name", "姓名"))
ORG_KEYS = ("company", "organization", "organisation", "org", "affiliation", "institution", "team", "公司", "单位",
            "工作单位", "团队", "机构")
ROLE_KEYS = ("position", "job", "job_title", "jobtitle", "role", "职位", "职务", "头衔")
TALK_KEYS = ("topic", "talk", "talk_title", "session_title", "subject", "session", "主题", "议题", "题目", "演讲主题",
             "演讲题目", "报告题目")
# "联席主席 / 某公司": a position's parts, a title and an organisation
POSITION_PARTS = re.compile(r"\s+/\s+|\s*[|｜]\s*")
# "Core organiser of …", "designate on behalf of …": a phrase, neither a title nor a name
SENTENCE_WORDS = re.compile(r"(?<![A-Za-z])(?:[a-z]{2,}|[\u4e00-\u9fff]*[的是在了])(?![A-Za-z])")
ARTICLE_KEYS = {"author", "authors"}  # the article's own: the authors extractor reads them
NAME_SEPARATORS = re.compile(r"[、,，/&＆]|\s+(?:and|和|与)\s+")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
MAX_DEPTH = 3


class SpeakerEntryExtractor:
    """Persons, their organisations and talks from the programme entries of the front matter."""

    name = "entries"
    requires: tuple[str, ...] = ()
    provides = (PERSON, ORGANIZATION, TALK)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        if _first(document.metadata, PAGE_SPEAKER_KEYS):
            yield from self._entry(document, "", document.metadata, None, None, PAGE_SPEAKER_KEYS)
        for field, entry, shared_title, group in _entries(document.metadata):
            yield from self._entry(document, field, entry, shared_title, group)

    def _entry(self, document: Document, field: str, entry: Mapping[str, Any], shared_title: str | None,
               group: str | None, person_keys: tuple[str, ...] = PERSON_KEYS) -> Iterator[Mention | Relation]:
        people = [n for n in _names(_first(entry, person_keys)) if looks_like_person(n)]
        field = field or next(str(k) for k in entry if str(k).casefold() in person_keys)
        if not people:
            return  # a handle, a product, or no person at all
        title = _first(entry, TALK_KEYS)
        own_title = entry.get("title")
        job = None
        if title is None and isinstance(own_title, str) and own_title.strip():
            if split_title(own_title.strip()) is None:
                title = own_title  # a talk's title, not a job's ("Technical Writer")
            else:
                job = own_title
        title = title or shared_title
        organizations: dict[str, Mention] = {}
        positions = []
        for role, org_name in _positions(entry, job, group):
            if org_name and org_name not in organizations:
                organizations[org_name] = self._mention(document, ORGANIZATION, org_name, field)
                yield organizations[org_name]
            positions.append((" ".join(role.split()) if role else None, organizations.get(org_name or "")))
        talk = self._mention(document, TALK, " ".join(title.split()), field) if title else None
        if talk is not None:
            yield talk
        for name in people:
            person = self._mention(document, PERSON, name, field)
            yield person
            for role, organization in positions:
                yield Relation(HOLDS_ROLE, person, organization, person.start, person.end, self.name, 0.8, label=role)
            if talk is not None:
                yield Relation(PERFORMS, person, talk, person.start, person.end, self.name, 0.8)

    def _mention(self, document: Document, kind: str, text: str, field: str) -> Mention:
        return front_matter_mention(document, kind, text, self.name, 0.8, field)


def _positions(entry: Mapping[str, Any], job: str | None, group: str | None) -> list[Position]:
    """The (role, organisation) pairs an entry gives: its organisation and position; else a
    position that names its organisation ("某公司 CTO", "联席主席 / 某公司"); titles listed
    each with an affiliation ("title: [{name: CEO, affiliation: 某公司}, …]"). A title that
    names no organisation is held in the group that lists the entry when that is one ("程序委员会"
    over its members); a group named by a title ("大会主席") gives its members that title."""
    org_name, role = _first(entry, ORG_KEYS), _first(entry, ROLE_KEYS) or job
    group_org = group if group and split_title(group) is None and reads_as_organization(group) else None
    if org_name:
        positions: list[Position] = [(role, org_name)]
    else:
        positions = _read_position(role, pair=group_org is None) if role else []
    for listed in _listed_titles(entry):
        positions += [p for p in listed if p not in positions]
    if group_org:
        return [(r, o or (group_org if r else None)) for r, o in positions]
    if group and not positions and split_title(group) is not None:
        return [(group, None)]
    return positions


def _read_position(position: str, pair: bool = True) -> list[Position]:
    """A position's titles and organisations: "某公司 CTO"; "联席主席 / 某公司", a lone title at
    the lone organisation beside it (``pair``; in a committee's list, the committee's title
    and the member's organisation); words with no title ("某研究院"), an affiliation."""
    parts = [p.strip() for p in POSITION_PARTS.split(position) if p.strip()]
    read: list[Position] = []
    for part in parts:
        affiliations = parse_descriptor(part) if split_title(part) is not None else []
        if affiliations:
            read += [(a.role, a.organization) for a in affiliations]
        elif not looks_like_person(part) and (reads_as_organization(part) or not SENTENCE_WORDS.search(part)):
            read.append((None, part))  # no title: the position names where the person works ("某研究院")
    titles, orgs = [r for r, o in read if r and not o], [o for r, o in read if o and not r]
    if pair and len(titles) == 1 and len(orgs) == 1:
        return [(titles[0], orgs[0])]
    return read


def _listed_titles(entry: Mapping[str, Any]) -> Iterator[list[Position]]:
    """Titles listed under an entry's title or position, each a mapping of a title and an
    affiliation."""
    folded = {str(k).casefold(): v for k, v in entry.items()}
    for key in ("title", "titles", *ROLE_KEYS):
        listed = folded.get(key)
        if isinstance(listed, list):
            for item in listed:
                if isinstance(item, Mapping):
                    role = _first(item, ("name", "title", *ROLE_KEYS))
                    org_name = _first(item, ORG_KEYS)
                    if role or org_name:
                        yield [(role, org_name)] if org_name or not role else _read_position(role)


def _entries(value: Any, field: str = "", shared_title: str | None = None,
             depth: int = 0) -> Iterator[tuple[str, dict[str, Any], str | None, str | None]]:
    """Every mapping in lists of the front matter, with the key path it sits under, the title
    of the mapping that holds its list (a panel's) and that mapping's name (a team's)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        title = value.get("title") if depth and isinstance(value.get("title"), str) else None
        name = value.get("name") if depth and isinstance(value.get("name"), str) else None
        for key, item in value.items():
            if depth == 0 and key in ARTICLE_KEYS:
                continue
            path = f"{field}.{key}" if field else str(key)
            if isinstance(item, list):
                for element in item:
                    if isinstance(element, dict):
                        yield path, element, title, name.strip() if name else None
                        yield from _entries(element, path, None, depth + 1)
            elif isinstance(item, dict):
                yield from _entries(item, path, title, depth + 1)


def _first(entry: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` the entry gives a text for (case aside)."""
    folded = {str(k).casefold(): v for k, v in entry.items()}
    for key in keys:
        value = folded.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = "、".join(value)  # "speakers: [李某, 谢某]"
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _names(value: str | None) -> list[str]:
    """The names a person field lists: "李某、谢某", "A and B"; blanks (``&nbsp;``) inside a Han name dropped."""
    if not value:
        return []
    names: list[str] = []
    for part in NAME_SEPARATORS.split(html.unescape(value)):
        words = part.split()
        if words and all(HAN_WORD.fullmatch(w) for w in words):
            # "王 勇": a name spaced out; "李某 谢某": two names
            names.extend(["".join(words)] if min(map(len, words)) == 1 else words)
        elif words:
            names.append(" ".join(words))
    return names
