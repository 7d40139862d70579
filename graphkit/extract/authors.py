"""The article's authors from the front matter: persons, or organisation accounts."""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Iterable, Sequence

from ..model import AUTHORED, HOLDS_ROLE, ORGANIZATION, PERSON, Document, Mention, Relation
from . import lexicons
from .descriptors import Affiliation, parse_descriptor, split_title
from .names import looks_like_person, surname_of
from .person_names import full_latin_name


class AuthorExtractor:
    """Reads ``author`` (a string, a comma-separated string, or a list) and ``authors`` (the
    same, or entries with a name and a title, as Docusaurus blogs write them) from the front matter."""

    name = "authors"
    requires: tuple[str, ...] = ()
    provides = (PERSON, ORGANIZATION)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        titles = author_titles(document.metadata.get("authors"))
        def one_affiliated(byline: str) -> bool:
            return _affiliated(byline, document.prose) is not None
        byline_value = document.metadata.get("author")
        credited = credits(byline_value)
        if credited:
            # "作者：贺某 编辑：梁某": the author's label names the authors; the editors are people too
            byline_value = [name for label, name in credited if label in AUTHOR_LABELS]
            for name in (n for label, n in credited if label not in AUTHOR_LABELS and looks_like_person(n)):
                yield self._mention(document, PERSON, name)
        bylines = author_names(byline_value, one_affiliated)
        byline_title = document.metadata.get("author_title")  # Docusaurus' older fields: author, author_title
        for author in bylines + [a for a in author_names(document.metadata.get("authors"), one_affiliated)
                                 if a not in bylines]:
            if IDENTIFIER.fullmatch(author) or ACCOUNT.fullmatch(author) or HANDLE.fullmatch(author) and not _given_name(author):
                continue  # "hami_community", "sczyh30", "TAT.joeyguo", "@Nimbus": a site's key or a handle, no name
            titled = split_title(author)
            if titled is not None and not titled[0]:
                continue  # "author: 组织者": a title alone, no one named
            affiliated = _affiliated(author, document.prose) if titled is None else None
            if titled is not None:
                # "authors: 北辰云高级工程师": an organisation's title, no one named: its account
                yield (mention := self._mention(document, ORGANIZATION, titled[0]))
            elif affiliated and split_title(affiliated[0]) is not None:
                # "Nimbus Committer 宋一鸣": the author's titles, then the name
                yield (mention := self._mention(document, PERSON, affiliated[1]))
                yield from self._titled(document, mention, affiliated[0])
            elif signed := _org_and_person(author) or affiliated:
                # "Linux 中国老王", "青禾大学 宋一鸣": a person signing with the organisation's name
                org, person = signed
                yield (organization := self._mention(document, ORGANIZATION, org))
                yield (mention := self._mention(document, PERSON, person))
                yield Relation(HOLDS_ROLE, mention, organization, mention.start, mention.end, self.name, 0.8)
            elif (project_led := PROJECT_LED.fullmatch(author)) and looks_like_person(project_led.group("person")):
                yield (mention := self._mention(document, PERSON, project_led.group("person")))
            elif (aliased := ALIASED.fullmatch(author)) and looks_like_person(aliased.group("name")):
                # "王某（花名）": the name, then the other one it goes by in brackets
                yield (mention := self._mention(document, PERSON, aliased.group("name")))
                alias = self._mention(document, PERSON, aliased.group("alias"))
                yield dataclasses.replace(alias, attrs=(("alias_of", mention.text),))
            else:
                kind = PERSON if looks_like_person(author) or _short_han_name(author) or _given_name(author) \
                    or _romanised_name(author) else ORGANIZATION
                yield (mention := self._mention(document, kind, author))
            yield Relation(AUTHORED, mention, None, mention.start, mention.end, self.name, 0.9)
            if mention.kind == PERSON and author in titles:
                yield from self._titled(document, mention, titles[author])
            elif mention.kind == PERSON and author in bylines and _real_title(byline_title, author):
                yield from self._titled(document, mention, str(byline_title).strip())

    def _titled(self, document: Document, author: Mention, title: str) -> Iterable[Mention | Relation]:
        """The author's title the front matter gives ("Technical Writer", "Nimbus 技术工程师"), or
        their organisation ("Nimbus 团队"); of titles parted by slashes, the first that reads as one."""
        parsed = (parse_descriptor(part.strip(), set()) for part in (title, *title.split("/")))
        affiliations = next(filter(None, parsed), None) or [
            Affiliation(title, None) if lexicons.ends_with(title, "org_suffixes", "unit_suffixes") else Affiliation(None, title)]
        for affiliation in affiliations[:2]:
            organization = self._mention(document, ORGANIZATION, affiliation.organization) \
                if affiliation.organization else None
            if organization is not None:
                yield organization
            yield Relation(HOLDS_ROLE, author, organization, author.start, author.end, self.name, 0.8,
                           label=affiliation.role)

    def _mention(self, document: Document, kind: str, name: str) -> Mention:
        return front_matter_mention(document, kind, name, self.name, 0.9, "author")


def front_matter_mention(document: Document, kind: str, text: str, extractor: str, confidence: float,
                         field: str) -> Mention:
    """A front-matter value's mention: its span where the body repeats it, else the field's."""
    start = document.prose.find(text)
    if start >= 0:
        return Mention(kind, text, start, start + len(text), extractor, confidence, field=field)
    return Mention(kind, text, -1, -1, extractor, confidence, field=field)


ALIASED = re.compile(r"(?P<name>[^（）()]+?)[ \t]*[（(][ \t]*(?:花名[：:]?[ \t]*)?(?P<alias>[^（）()\s]{1,20})[ \t]*[）)]")
IDENTIFIER = re.compile(r"[a-z0-9]+(?:[_-][a-z0-9]+)+")
HANDLE = re.compile(r"[a-z][a-z0-9]{2,30}")  # a byline in lower case, a given name aside ("tom")
# a user's handle in any case: a dot or an underscore inside it, or digits after its letters
# ("TAT.joeyguo", "Cute233")
ACCOUNT = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]{2,}|@[ \t]*\S+")  # "@NimbusNetwork"
# "Linux 中国老王", "StoneKV 社区 小李": a form of address after an organisation's name
SIGNED = re.compile(r"(?P<org>.+?)[ \t]*(?P<person>[老小阿][\u4e00-\u9fff])")
# "StoneKV胡某": the author's project run into the name, as a speaker's card leads with it
PROJECT_LED = re.compile(r"[A-Za-z][A-Za-z0-9.+-]*[ \t]*(?P<person>[\u4e00-\u9fff]{2,3})")


def _org_and_person(author: str) -> tuple[str, str] | None:
    signed = SIGNED.fullmatch(author)
    if signed is None or surname_of(signed.group("person")[1]) is None:
        return None
    org = signed.group("org")
    if len(org) >= 2 and (re.search(r"[A-Za-z]", org) or any(org.endswith(s) for s in lexicons.load("org_suffixes"))):
        return org, signed.group("person")
    return None


# "四川大学 高继垚", "Nimbus 社区 韩若溪": an affiliation, a space, a Chinese name
AFFILIATED = re.compile(r"(?P<org>\S.*?)[ \t]+(?P<person>[\u4e00-\u9fff]{2,3})")


def _affiliated(author: str, prose: str) -> tuple[str, str] | None:
    """The organisation and person of a byline that puts the author's affiliation first.

    The first part is an organisation when it cannot be a personal name, or when the body
    writes it as one: followed by a Latin word or a unit ("北辰云IoT部门") - a name that ends in
    a brand's character (云, 华) reads as a person's otherwise, and two names are two authors.
    """
    match = AFFILIATED.fullmatch(author)
    if match is None or not looks_like_person(match.group("person")):
        return None
    org = match.group("org")
    if all(map(looks_like_person, org.split())) and not _written_as_organisation(org, prose):
        return None  # "韩若溪 宋一鸣 欧明远": names, one author each
    return org, match.group("person")


def _written_as_organisation(name: str, prose: str) -> bool:
    units = tuple(lexicons.load("unit_suffixes"))
    start = prose.find(name)
    while start >= 0:
        after = prose[start + len(name):start + len(name) + 4]
        if re.match(r"[A-Za-z]", after) or after.startswith(units):
            return True
        start = prose.find(name, start + 1)
    return False


def _short_han_name(author: str) -> bool:
    """A byline of two or three Chinese characters with no organisation suffix is a person,
    perhaps by a pen name or nickname ("老王", "嘉祁")."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,3}", author) is not None and author[-1] not in ORG_ENDINGS and not any(
        author.endswith(s) for s in lexicons.load("org_suffixes"))


# one character that ends a body's name and no given name: "开源社", "某某会", "某某组"
ORG_ENDINGS = frozenset("社会组部局院所馆厂队团盟")


def _given_name(author: str) -> bool:
    """A byline of one Titlecase word ("Max"), or a given name in lower case ("tom"), is a
    person's name; CamelCase ("SOFAStack") or capitals ("CNCF") name an account."""
    return re.fullmatch(r"[A-Z][a-z]{1,14}", author) is not None or (
        re.fullmatch(r"[a-z]{2,14}", author) is not None and author.title() in lexicons.load("latin_given_names"))


def _romanised_name(author: str) -> bool:
    """A Chinese name romanised, the given name in CamelCase or not ("XiBei Zhao", "Zhao Xibei")."""
    words = author.split()
    return len(words) == 2 and all(w.isalpha() and w.isascii() for w in words) and full_latin_name(*words)


# "A、B", "A，B", "Alice Wong and Bob Li"
BYLINE_SEPARATORS = re.compile(r"[、,，]|\s+(?:and|&)\s+")
# a byline written as a link: "<a href=…>Name</a>", "[Name](…)"
HTML_LINK = re.compile(r"<a\b[^<>]*>([^<>]*)</a>", re.I)
MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")


# a byline of credits: "作者：某某 编辑：某某"
CREDIT_LABEL = re.compile(r"(?P<label>作者|撰文|文|编辑|责编|整理|校对|审校|排版|翻译|译者|编译)[ \t]*[：:｜|][ \t]*")
AUTHOR_LABELS = frozenset({"作者", "撰文", "文"})


def credits(value: object) -> list[tuple[str, str]]:
    """(label, name) of each credit of a byline that labels them ("作者：贺某 编辑：梁某"); no
    credits when the byline is a plain name."""
    if not isinstance(value, str):
        return []
    labels = list(CREDIT_LABEL.finditer(value))
    found: list[tuple[str, str]] = []
    for label, following in zip(labels, [*labels[1:], None]):
        names = value[label.end():following.start() if following else len(value)]
        found += [(label.group("label"), name) for name in author_names(names)]
    return found


DUAL_NAME = re.compile(r"(?P<han>[\u4e00-\u9fff]{2,4})[ \t]*[|｜/][ \t]*[A-Z][A-Za-z.'-]*(?:[ \t][A-Z][A-Za-z.'-]*){0,2}")


def author_names(value: object, affiliated: Callable[[str], bool] = lambda byline: False) -> list[str]:
    """Author names from a front-matter value, in order, without duplicates; a link's text
    stands for the link. Names parted by spaces are several authors unless ``affiliated``
    says the byline is one author's affiliation and name."""
    if isinstance(value, str):
        value = MARKDOWN_LINK.sub(r"\1", HTML_LINK.sub(r"\1", value))
    elif isinstance(value, list):
        value = [MARKDOWN_LINK.sub(r"\1", HTML_LINK.sub(r"\1", v)) if isinstance(v, str) else v for v in value]
    if isinstance(value, str):
        parts = BYLINE_SEPARATORS.split(value)
    elif isinstance(value, list):
        parts = [p for v in value for p in BYLINE_SEPARATORS.split(_entry_name(v) or "")]
    else:
        parts = []
    # "胡某 | Daniel Hu": one author's Chinese name and English name
    parts = [dual.group("han") if (dual := DUAL_NAME.fullmatch(p.strip())) and looks_like_person(dual.group("han")) else p
             for p in parts]
    # "李某 蔡某 徐某": Chinese names separated by spaces
    parts = [n for p in parts for n in (p.split() if re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+", p.strip())
                                        and all(map(looks_like_person, p.split())) and not affiliated(p.strip())
                                        else [p])]
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


# a placeholder where a Docusaurus author entry gives no real title
PLACEHOLDER_TITLES = {"author", "authors", "作者", "writer", "contributor", "guest"}


def author_titles(value: object) -> dict[str, str]:
    """The titles of the author entries that give one: ``- name: X`` / ``title: Technical Writer``."""
    if not isinstance(value, list):
        return {}
    return {str(v["name"]).strip(): str(v["title"]).strip() for v in value
            if isinstance(v, dict) and v.get("name") and v.get("title")
            and _real_title(v["title"], str(v["name"]).strip())}


def _real_title(title: object, author: str) -> bool:
    """A title, not a placeholder nor the author's name again ("author_title: tom")."""
    return isinstance(title, str) and title.strip().casefold() not in PLACEHOLDER_TITLES | {"", author.casefold()}


def _entry_name(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return value["name"]
    return None
