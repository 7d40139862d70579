"""Roles: who holds which title where, read from the descriptor found next to a person.

"泸州老窖 CIO、腾讯云 TVP 苏王辉" gives (苏王辉, CIO, 泸州老窖) and (苏王辉, TVP, 腾讯云);
"田超，腾讯云云产品四部总经理" gives the unit 腾讯云云产品四部 of 腾讯云. Organisations
named in descriptors become organisation mentions, units are linked to their parents.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from ..model import HOLDS_ROLE, ORGANIZATION, PERSON, UNIT_OF, Document, Mention, Relation
from .descriptors import Affiliation, parse_descriptor, split_unit


COMMUNITY_ROLES = re.compile(r"PMC|Committer|committer|Maintainer|maintainer|Contributor|contributor|维护者|贡献者")


def _community(affiliation: Affiliation, known: set[str]) -> Affiliation:
    """A project role belongs to the project's community where the text names one:
    "Apache APISIX PMC 主席" with "Apache APISIX 社区" known."""
    org = affiliation.organization
    if org and affiliation.role and COMMUNITY_ROLES.search(affiliation.role):
        for name in (f"{org} 社区", f"{org}社区", f"{org} 开源社区", f"{org}开源社区", f"{org} Community"):
            if name in known:
                return Affiliation(name, affiliation.role, affiliation.parent)
    return affiliation


class RoleExtractor:
    """Memberships (person, role, organisation) from the descriptors of person mentions."""

    name = "roles"
    requires = (PERSON, ORGANIZATION)
    provides = ("role",)

    def __call__(self, document: Document, found: Sequence[Mention]) -> Iterable[Mention | Relation]:
        known = {m.text for m in found if m.kind == ORGANIZATION}
        people = [m for m in found if m.kind == PERSON and m.attr("descriptor")]
        # organisations named in any descriptor help split the others ("腾讯|智慧零售…")
        for person in people:
            for affiliation in parse_descriptor(person.attr("descriptor") or ""):
                if affiliation.organization and affiliation.parent is None:
                    known.add(affiliation.organization)
        seen: set[tuple[str, str | None, str | None]] = set()
        for person in people:
            descriptor = person.attr("descriptor") or ""
            desc_start = int(person.attr("descriptor_start") or person.start)
            for affiliation in parse_descriptor(descriptor, known):
                yield from self._membership(document, person, affiliation, descriptor, desc_start, seen, known)

    def _membership(self, document: Document, person: Mention, affiliation: Affiliation, descriptor: str,
                    desc_start: int, seen: set[tuple[str, str | None, str | None]],
                    known: set[str]) -> Iterable[Mention | Relation]:
        organization = None
        affiliation = _community(affiliation, known)
        if affiliation.organization:
            organization = self._org_mention(document, affiliation.organization, desc_start, descriptor)
            yield organization
            child, parent_name = organization, affiliation.parent
            while parent_name:
                parent = self._org_mention(document, parent_name, desc_start, descriptor)
                yield parent
                yield Relation(UNIT_OF, child, parent, parent.start, child.end, self.name, 0.8)
                child = parent
                _, parent_name = split_unit(parent_name, known - {parent_name})
        key = (person.text, affiliation.role, affiliation.organization)
        if key in seen:
            return
        seen.add(key)
        start = min(person.start, desc_start)
        end = max(person.end, desc_start + len(descriptor))
        yield Relation(HOLDS_ROLE, person, organization, start, end, self.name, 0.85, label=affiliation.role)

    def _org_mention(self, document: Document, name: str, desc_start: int, descriptor: str) -> Mention:
        """The organisation as a mention, its span located in the descriptor where possible."""
        offset = document.prose.find(name, desc_start, desc_start + len(descriptor) + len(name))
        if offset < 0:
            return Mention(ORGANIZATION, name, desc_start, desc_start + len(descriptor), self.name, 0.7)
        return Mention(ORGANIZATION, name, offset, offset + len(name), self.name, 0.8)
