"""Document-level consistency for organisations, after every extractor and the gazetteer ran.

- Coordination: the items of a list one of whose members is a known organisation are
  organisations too - "如天弘基金、信美互信、南京银行、PayTM 等", "蚂蚁集团和字节跳动".
- Brand families: two organisations named with the same leading brand ("腾讯云",
  "腾讯智慧零售") make the brand itself ("腾讯") an organisation where the text names it alone.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Callable

from ..extract import lexicons
from ..extract.descriptors import hide_frame_nouns, left_cut, list_head, split_title
from ..model import ORGANIZATION, Extraction, Mention

EXTRACTOR = "coordination"
CONFIDENCE = 0.6
HAN = "\u4e00-\u9fff"
PUNCTUATION = re.compile(r"[，。；：:！？!?;\n（）()《》「」“”\"]")
CLAUSE_REACH = 120
JOINER = re.compile(r"[ \t]*(?:、|以及|和|与|及|,)[ \t]*")
HAS_JOINER = re.compile(r"、|以及|和|与|及|,")   # literal-led: a leading optional space is tried everywhere
TAIL = re.compile(r"[ \t]*等.*$")       # "…、PayTM 等金融机构": the list ends at 等
ORG_KIND_REACH = 6                      # "等多个技术团队": the kind ends within a few characters
QUANTIFIER_AFTER_ETC = re.compile(r"^(?:[\d一二三四五六七八九十百多几数各]+[家个种类位所]|众多|多种|各种|各类|不同|知名|国内外|国内|海外|领先|头部|一线|主流)*")
ORG_KIND = re.compile(r"(?:公司|企业|机构|高校|大学|院校|厂商|银行|基金会|大厂|巨头|券商|运营商|合作伙伴|客户|用户|社区|团队|组织|单位|"
                      r"金融机构|科技公司|互联网公司|云厂商|伙伴|研究院|实验室|部门|政府|协会|联盟|媒体)")
LATIN_THEN_HAN = re.compile(rf"(?P<latin>[A-Za-z0-9][A-Za-z0-9.&+ -]*?)[ \t]+(?=[{HAN}])")
QUANTIFIED = re.compile(r"^(?:不少|很多|许多|一些|部分|多家|各|各大|其他|其它|某些|大量|众多|绝大多数|大多数|多数|大部分|少数)")
COMMUNITY_WORDS = frozenset({"社区", "Community", "community"})
WHOLE_OF = re.compile(r"(?P<org>.+?)[ \t]*(?:团队|公司|Team|team)")
WORKED_AFTER = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:任职|就职|工作|实习)$")
MAX_DROPPED = 6                         # characters a short form may leave out of the long one
BRAND = 2                               # characters of a shared leading brand
ALONE_AFTER = set("的和与及在是也都将为从对")
HAN_CHAR = re.compile(f"[{HAN}]")
LATIN_WORD_NEXT = re.compile(r"[ \t][A-Z]")
ACRONYM = re.compile(r"[A-Z]{2,5}")                               # "TOC", "TSC", "PMC"
PROJECT_BEFORE = re.compile(r"[A-Z][A-Za-z0-9.-]*(?:[ \t][A-Z][A-Za-z0-9.-]*)?[ \t]?")  # "Istio ", "Istio Day "


def complete(extraction: Extraction) -> Extraction:
    """The extraction with the organisations that coordination and brand families imply."""
    text = extraction.document.prose
    orgs = {m.text for m in extraction.mentions if m.kind == ORGANIZATION}
    if not orgs:
        return _with_aliases_spread(extraction)
    taken = {(m.start, m.end) for m in extraction.mentions}
    added: list[Mention] = []

    def add(name: str, start: int) -> None:
        if (start, start + len(name)) not in taken:
            taken.add((start, start + len(name)))
            added.append(Mention(ORGANIZATION, name, start, start + len(name), EXTRACTOR, CONFIDENCE))

    for start, end in _clauses_with_organisations(text, extraction.mentions):
        clause = text[start:end]
        if not HAS_JOINER.search(clause):
            continue
        if _listed_as_other_kind(clause):
            continue  # "支撑手机银行、营销、反欺诈等业务系统": things, not organisations
        items = _items(clause, start)
        if len(items) < 2 or not any(n in orgs for n, _ in items) or not all(_name_like(n) for n, _ in items):
            continue
        # a pair ("蚂蚁集团和字节跳动") needs its unknown member to read as a name, not a word ("SOFA 与开源")
        if len(items) == 2 and not all(n in orgs or _strong_name(n) for n, _ in items):
            continue
        for name, start in items:
            add(name, start)
    for brand in _brands(orgs):
        # the company of "腾讯云" and "腾讯蓝鲸"
        for at in _cited_at(text, re.escape(brand), lambda end: HAN_CHAR.match(text, end) is not None
                            and text[end] not in ALONE_AFTER):
            add(brand, at)
    for brand in _latin_brands(orgs):
        # "VMware" of "VMware Tanzu" and "VMware Tanzu Labs"
        for at in _cited_at(text, rf"(?<![\w.-]){re.escape(brand)}(?![\w.-])",
                            lambda end: LATIN_WORD_NEXT.match(text, end) is not None):
            add(brand, at)
    short_forms: dict[str, str] = {}
    for mention in [m for m in extraction.mentions if m.kind == ORGANIZATION and m.start >= 0]:
        # "某某数据科技有限公司（简称“某某数据”）", "上海某某网络科技有限公司(StoneCloud)": the short
        # or Latin name the article gives in brackets, the same organisation's
        short = _bracketed_short_name(text, mention)
        if short is not None:
            short_forms.setdefault(short.group("alias"), mention.text)
            add(short.group("alias"), short.start("alias"))
        glossed = LATIN_BEFORE_BRACKET.search(text, max(0, mention.start - 40), mention.start)
        if glossed and text[mention.end:mention.end + 1] in ("）", ")") and HAN_CHAR.search(mention.text):
            # "AdSame（上海某某科技）": a Latin name, then the same organisation's Chinese name in brackets
            short_forms.setdefault(glossed.group("latin"), mention.text)
            add(glossed.group("latin"), glossed.start("latin"))
    mentions = _aliases(extraction.mentions + tuple(added), short_forms)
    if mentions == extraction.mentions:
        return _with_aliases_spread(extraction)
    return _with_aliases_spread(dataclasses.replace(extraction, mentions=mentions))


SHORT_NAME_BRACKET = re.compile(r"[ \t]*[（(][ \t]*(?P<label>(?:以下|下文)?简称|下称|英文名称?|英文简称|英文)?[：:为]?[ \t]*"
                                r"[“\"「『]?(?P<alias>[^（）()“”\"「」『』，,、。：:；\n]{2,30}?)[”\"」』]?[ \t]*[）)]")
LATIN_BEFORE_BRACKET = re.compile(r"(?<![A-Za-z0-9.&+-])(?<![A-Za-z0-9.&+-][ \t])"
                                  r"(?P<latin>[A-Z][A-Za-z0-9.&+-]*(?:[ \t][A-Z][A-Za-z0-9.&+-]*){0,4})[ \t*]*[（(]$")
LATIN_SHORT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&+-]*(?:[ \t][A-Za-z0-9.&+-]+){0,3}")


def _bracketed_short_name(text: str, mention: Mention) -> re.Match[str] | None:
    """The name in brackets right after an organisation's Chinese name: labelled ("简称…"), or a
    Latin name; not a city ("（北京）") nor a count or date."""
    short = SHORT_NAME_BRACKET.match(text, mention.end)
    if short is None or short.group("alias") == mention.text or re.search(r"\d{2}", short.group("alias")):
        return None
    alias = short.group("alias").strip()
    if alias in lexicons.load("places") or alias in lexicons.load("provinces"):
        return None
    if short.group("label"):
        return short
    return short if HAN_CHAR.search(mention.text) and LATIN_SHORT_NAME.fullmatch(alias) else None


def _cited_at(text: str, pattern: str, name_goes_on: Callable[[int], bool]) -> list[int]:
    """Where a brand is cited: where the text names it alone, else where it first names it."""
    found = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    alone = [start for start, end in found if not name_goes_on(end)]
    return alone or [start for start, _ in found[:1]]


def _with_aliases_spread(extraction: Extraction) -> Extraction:
    """A name the article gives as another's ("靳文祥（花名贾岛）") is that one's wherever it
    stands in the article - the byline "贾岛" too."""
    alias_of = {(m.kind, m.text): str(m.attr("alias_of")) for m in extraction.mentions if m.attr("alias_of")}
    if not alias_of:
        return extraction
    mentions = tuple(dataclasses.replace(m, attrs=(*m.attrs, ("alias_of", alias_of[(m.kind, m.text)])))
                     if not m.attr("alias_of") and (m.kind, m.text) in alias_of else m for m in extraction.mentions)
    return extraction if mentions == extraction.mentions else dataclasses.replace(extraction, mentions=mentions)


def _aliases(mentions: tuple[Mention, ...], bracketed: dict[str, str]) -> tuple[Mention, ...]:
    """Short forms that drop a middle word - "Apache 基金会" of "Apache 软件基金会" - or the leading
    中国 ("工商银行" of "中国工商银行") are marked as aliases of the long form named in the same
    article, "X 团队" of X, a byline X of the "X 社区" the article names, a project's body named
    without the project ("TOC" of "Istio TOC") and the ``bracketed`` names given right after a
    long form ("（简称“某某”）"), so that both resolve to one entity."""
    names = {m.text for m in mentions if m.kind == ORGANIZATION}
    suffixes = sorted(lexicons.load("free_org_suffixes") | lexicons.load("unit_suffixes") | {"社区", "公司"},
                      key=len, reverse=True)
    long_form: dict[str, str] = {}
    for name in names:
        # "PingCAP 团队" where the article names PingCAP: the organisation's people, itself
        whole = WHOLE_OF.fullmatch(name)
        if whole and whole.group("org") in names:
            long_form[name] = whole.group("org")
    for name in names:
        # "工商银行" where the article names the "中国工商银行": the national name, shortened
        national = f"中国{name}"
        if len(name) >= 4 and national in names and lexicons.ends_with(name, "org_suffixes"):
            long_form[name] = national
    for account in sorted({m.text for m in mentions if m.kind == ORGANIZATION and m.field == "author"}):
        # a byline "SOFAStack" where the article names the "SOFAStack 社区": the project's community writes
        community = next((c for c in (f"{account} 社区", f"{account}社区", f"{account} Community") if c in names), None)
        if community:
            long_form[account] = community
    for short in sorted(names):
        suffix = next((x for x in suffixes if short.endswith(x) and len(short) > len(x)), None)
        if suffix is None:
            continue
        head = short[:-len(suffix)].rstrip()
        if head in lexicons.load("places") or head in lexicons.load("provinces"):
            continue  # "青岛大学" is no short form of "青岛科技大学": a place and a kind name one on their own
        # the long form that drops least, then the first in order: the same choice on every run
        for long in sorted(names, key=lambda n: (len(n), n)):
            middle = long[len(head):-len(suffix)] if long.startswith(head) and long.endswith(suffix) else ""
            # a dropped word, not the rest of a Latin word: "SOFA 社区" is no short form of "SOFAArk 社区"
            inside_word = head[-1:].isascii() and head[-1:].isalnum() and middle[:1].isascii() and middle[:1].isalnum()
            if len(head) >= 2 and long != short and 0 < len(middle.strip()) <= MAX_DROPPED and not inside_word:
                long_form.setdefault(short, long)
    for short in sorted(names):
        # "TOC", "指导委员会" where the article names the "Istio TOC": a project's body, its project
        # left out; only where one project's is named
        if short in long_form or not (ACRONYM.fullmatch(short) or lexicons.ends_with(short, "unit_suffixes", "free_org_suffixes")):
            continue
        owners = [long for long in names if long != short and long.endswith(short)
                  and PROJECT_BEFORE.fullmatch(long[:-len(short)])]
        if len(owners) == 1:
            long_form[short] = owners[0]
    for short, long in bracketed.items():
        long_form.setdefault(short, long)  # "某某数据科技有限公司（简称“某某数据”）", where no rule above spoke
    # "Microsoft" is 微软 wherever it is named, and so is "Microsoft 公司": one entity in the corpus
    # for both languages
    translations = _translations()
    long_form = {short: translations.get(long.casefold(), long) for short, long in long_form.items()}
    for name in names:
        if name.casefold() in translations:
            long_form.setdefault(name, translations[name.casefold()])
    long_form = {short: chained for short, long in long_form.items() if (chained := long_form.get(long, long)) != short}
    if not long_form:
        return mentions
    return tuple(dataclasses.replace(m, attrs=m.attrs + (("alias_of", long_form[m.text]),))
                 if m.kind == ORGANIZATION and m.text in long_form else m for m in mentions)


@functools.lru_cache(maxsize=1)
def _translations() -> dict[str, str]:
    """Chinese names of organisations by their casefolded Latin names."""
    return {latin.casefold(): chinese for latin, chinese in lexicons.pairs("company_translations").items()}


def _clauses_with_organisations(text: str, mentions: tuple[Mention, ...]) -> list[tuple[int, int]]:
    """The clauses (between punctuation marks) that name an organisation, each once."""
    clauses = set()
    for m in mentions:
        if m.kind == ORGANIZATION and m.start >= 0:
            before = PUNCTUATION.search(text[max(0, m.start - CLAUSE_REACH):m.start][::-1])
            start = m.start - before.start() if before else max(0, m.start - CLAUSE_REACH)
            after = PUNCTUATION.search(text, m.end, m.end + CLAUSE_REACH)
            end = after.start() if after else min(len(text), m.end + CLAUSE_REACH)
            if not before and start > 0:
                # a long list cut short: start and end at a joiner, never inside an item
                first = text.find("、", start, m.start)
                start = first + 1 if first >= 0 else m.start
            if not after and end < len(text):
                last = text.rfind("、", m.end, end)
                end = last if last >= 0 else m.end
            clauses.add((start, end))
    return sorted(clauses)


def _items(clause: str, offset: int) -> list[tuple[str, int]]:
    """The (name, body offset) items of a coordinated clause, its lead-in and 等-tail cut off."""
    tail = TAIL.search(clause)
    if tail:
        clause = clause[:tail.start()]
    pieces, pos = [], 0
    hidden = hide_frame_nouns(clause)  # same length: a joiner hidden there is inside a name
    for joiner in JOINER.finditer(clause):
        word = joiner.group().strip()
        if len(word) == 1 and hidden[joiner.start() + joiner.group().index(word)] != word:
            continue  # "北京市经济和信息化局", "云和恩墨": a joining character inside a name
        if len(word) == 1 and (clause[joiner.start() - 1:joiner.start()] + word in lexicons.load("common_words")
                               or word + clause[joiner.end():joiner.end() + 1] in lexicons.load("common_words")):
            continue  # "参与", "涉及", "和谐": the joining character is part of a word
        pieces.append((clause[pos:joiner.start()], offset + pos))
        pos = joiner.end()
    pieces.append((clause[pos:], offset + pos))
    if pieces:
        first, start = pieces[0]
        name = list_head(first)
        pieces[0] = (name, start + len(first) - len(name))
    items = []
    for piece, start in pieces:
        stripped = piece.strip().rstrip("…")  # "…、信美相互……": the list trails off
        items.append((stripped, start + len(piece) - len(piece.lstrip())))
    if items:
        # the last item runs on into the predicate: "…、CNCF 进行直接接触" names CNCF
        last, start = items[-1]
        latin = LATIN_THEN_HAN.match(last)
        predicate = last[latin.end():] if latin else ""
        if latin and predicate[:2] in lexicons.load("function_words") and split_title(predicate) is None:
            items[-1] = (latin.group("latin"), start)
        for suffix in _free_suffix().finditer(last):
            if last[suffix.end():suffix.end() + 2] in lexicons.load("function_words"):
                items[-1] = (last[:suffix.end()], start)  # "…与南京银行共同打造出…" names 南京银行
                break
        worked = WORKED_AFTER.search(items[-1][0])
        if worked:
            items[-1] = (items[-1][0][:worked.start()], items[-1][1])  # "曾在A、B、某购物任职": the verb after the last
    return items


def _listed_as_other_kind(clause: str) -> bool:
    """True when a list closes with 等 and a noun for things other than organisations
    ("等业务系统", "等多种能力"); a kind of organisation ("等公司", "等多家银行") or a verb may close it."""
    tail = TAIL.search(clause)
    if tail is None:
        return False
    kind = QUANTIFIER_AFTER_ETC.sub("", tail.group().strip()[1:].lstrip())
    noun = kind[:2]
    return (noun in lexicons.load("common_words") and noun not in lexicons.load("function_words")
            and not ORG_KIND.search(kind[:ORG_KIND_REACH]))


def _name_like(name: str) -> bool:
    """Short, not a generic word, no context words: an organisation's name in a list."""
    return (2 <= len(name) <= 14 and name not in lexicons.load("not_organizations")
            and name not in lexicons.load("title_modifiers")
            and left_cut(name) == name and not re.search(r"\s{2,}|…", name) and not QUANTIFIED.match(name))


@functools.lru_cache(maxsize=1)
def _free_suffix() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(lexicons.load("free_org_suffixes")))


def _ends_in_suffix(name: str) -> bool:
    return lexicons.ends_with(name, "org_suffixes", "unit_suffixes")


def _strong_name(name: str) -> bool:
    """A Latin name, a name with an organisation suffix, or three or more Chinese characters."""
    return re.match(r"[A-Za-z]", name) is not None or _ends_in_suffix(name) or len(name) >= 3


def _latin_brands(orgs: set[str]) -> set[str]:
    """Leading Latin words shared by two organisation names of several words."""
    first: dict[str, set[str]] = {}
    for name in orgs:
        if any(name.endswith(u) for u in lexicons.load("unit_suffixes") | COMMUNITY_WORDS):
            continue  # "SQLFlow 核心团队", "SOFAStack 开源社区": a product's team or community shows no brand
        words = name.split()
        if len(words) >= 2 and re.fullmatch(r"[A-Z][A-Za-z0-9]{2,}", words[0]):
            first.setdefault(words[0], set()).add(name)
    return {word for word, names in first.items() if len(names) >= 2}


def _brands(orgs: set[str]) -> set[str]:
    """Leading brands shared by two organisation names: 腾讯 of 腾讯云 and 腾讯智慧零售."""
    han = sorted(o for o in orgs if re.match(rf"[{HAN}]{{{BRAND + 1},}}", o))
    brands = set()
    for i, a in enumerate(han):
        for b in han[i + 1:]:
            if a[:BRAND] == b[:BRAND] and a[:BRAND + 1] != b[:BRAND + 1]:
                brands.add(a[:BRAND])
    common, companies = lexicons.load("common_words"), lexicons.load("companies")
    # a word two names open with is no brand ("开源" of 开源中国 and 开源社) unless a company's ("腾讯")
    return {b for b in brands if b not in lexicons.load("places") and (b not in common or b in companies)}
